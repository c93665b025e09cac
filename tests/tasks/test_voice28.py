"""Issue 12 (voice28): a tag's voice where the attribution structure says whose word it is. The writer's
comment on what a speaker passed over, tacked on after a reported clause ("..., conveniently ignoring the
cost"), is the writer's; so is a restrictive clause inside the writer's comma-set apposition to a reported
clause ("signed the deal, an agreement that has drawn furious criticism"); and a curly quotation that runs
through paragraphs with no mark of their own (a post quoted line by line) is the poster's to its closing
mark."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.quotemarks import scan_quotes
from tasks.quotes import quotes
from tests.tasks.bias_cases import voice_of

CUES = load_reporting_verbs(LEXICON_DIR)


def test_the_writers_comment_on_what_a_speaker_ignored_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The mayor said the ferry plan would save money, conveniently ignoring the cost of the new pier."
    assert voice_of(nlp, lexicon, body, "conveniently") == ("author", None)


def test_the_writers_comment_after_a_belief_is_the_writers_too(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The governor insisted the budget was balanced, shamelessly overlooking the deficit it left."
    assert voice_of(nlp, lexicon, body, "shamelessly") == ("author", None)


def test_the_reported_clause_ends_before_the_writers_comment(nlp: Language) -> None:
    doc = nlp("The mayor said the ferry plan would save money, conveniently forgetting the cost of the pier.")
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert [q.text for q in found if q.kind == "indirect"] == ["the ferry plan would save money"]


def test_a_participle_of_the_reported_clause_stays_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    # what the company will do is the chief's claim: "ruthlessly cutting" is no comment on the chief
    body = "The chief executive said the company would expand, ruthlessly cutting costs at every plant."
    assert voice_of(nlp, lexicon, body, "ruthlessly") == ("quoted", "chief executive")


def test_a_restrictive_clause_inside_the_writers_apposition_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The senator said she backed the treaty, a pact that has faced scathing attacks from farmers."
    assert voice_of(nlp, lexicon, body, "scathing") == ("author", None)


def test_a_restrictive_clause_inside_the_report_stays_the_speakers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The senator said the pact that faced scathing attacks from farmers would be signed on Monday."
    assert voice_of(nlp, lexicon, body, "scathing") == ("quoted", "senator")


POST = (
    "The senator posted on Sunday: “I voted against the bill because it is a disgrace.\n"
    "It hurts farmers.\n"
    "Shameful!”\n"
    "Her office declined to comment."
)


def test_a_quotation_runs_through_unmarked_paragraphs_to_its_closing_mark() -> None:
    _, spans = scan_quotes(POST)
    assert [POST[s:e] for s, e in spans] == [
        "I voted against the bill because it is a disgrace.\nIt hurts farmers.\nShameful!"
    ]


def test_a_post_quoted_line_by_line_is_the_posters(nlp: Language, lexicon: BiasLexicon) -> None:
    assert voice_of(nlp, lexicon, POST, "disgrace") == ("quoted", "senator")


def test_a_quotation_left_open_with_no_closing_mark_stays_unpaired() -> None:
    text = "The mayor said: “We will rebuild.\nThe council met on Monday.\nOfficials said work would start."
    assert scan_quotes(text)[1] == []


def test_a_closing_mark_after_a_marked_paragraph_pairs_nothing_back() -> None:
    # the paragraph between has marks of its own: the open quotation does not run through it
    text = "He said: “We will rebuild.\nThe council called it “vital” on Monday.\nIt was done.”"
    assert all("council" not in text[s:e] for s, e in scan_quotes(text)[1])


def test_a_paragraph_opening_with_a_mark_after_unmarked_ones_opens_its_own_quotation() -> None:
    # the first quotation never closes: the third paragraph's marks are a quotation of their own
    text = "He said: “We will rebuild.\nThe council met.\n“Is it true,” a reporter asked, “that it is late?”"
    spans = [text[s:e] for s, e in scan_quotes(text)[1]]
    assert spans == ["Is it true,", "that it is late?"]


def test_a_quote_paragraph_after_a_lead_in_ending_in_a_colon_is_not_the_last_speakers(nlp: Language) -> None:
    # the paragraph before introduces the quotation ("...:"): it names its own source, not the cameraman
    text = (
        "“We are just students,” the cameraman replied.\n"
        "A blog post gave this commentary on the clash:\n"
        "“Expect more of this. The left has captured Congress.”"
    )
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    post = next(q for q in found if q.text.startswith("Expect"))
    assert post.speaker is None or post.speaker.canonical != "cameraman"
