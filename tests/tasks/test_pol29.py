"""pol29: quote marks and the kind of a quote. A left double mark typed the wrong way round to close; a pull
quote whose closing mark was set after its signature line; a closing mark glued to the next quotation's
opening one; a title or a term the parse cut off into a sentence of its own; a title keeping a short verb in
lower case; a short question quoted is speech; a split quote whose middle leads in a second quotation of its
own. Texts of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tasks.models import Quote
from tasks.quotemarks import quoted_spans
from tasks.quotes import quotes
from tests.tasks.speaker_cases import CUES, find_quotes


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_spans(text)]


def _kinds(found: list[Quote]) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in found]


def test_a_left_mark_glued_after_a_word_closes_the_quotation() -> None:
    text = "The coach called the pitch “a disgrace“ and the referee “out of his depth.”"
    assert _quoted(text) == ["a disgrace", "out of his depth."]
    assert _quoted("“We will be back,“ said the captain.") == ["We will be back,"]
    # Before a word it still opens: 'Please check this.“' ends a quotation, '“Next' starts one.
    assert _quoted("“It was fine.“ “Next time,” she said.") == ["It was fine.", "Next time,"]


def test_a_left_mark_at_a_paragraphs_end_closes_a_quotation(nlp: Language) -> None:
    text = "“Your numbers are wrong,” Lena Park wrote. “Migrants commit fewer crimes. Please check this.“"
    found = find_quotes(nlp, text)
    assert any(q.text.startswith("Migrants commit fewer crimes") for q in found), _kinds(found)


def test_a_closing_mark_glued_to_the_next_opening_one_is_two_marks(nlp: Language) -> None:
    text = "She shared a study showing “crime fell last year.”“Your figures are wrong,” Lena Park wrote."
    found = find_quotes(nlp, text)
    (answer,) = [q for q in found if "figures" in q.text]
    assert answer.text == "Your figures are wrong"
    assert answer.speaker is not None and answer.speaker.canonical == "Lena Park"


PULL_QUOTES = (
    "Economists were split on the budget.\n\n"
    '"We may see a return of austerity as the parties compete on cuts.\n'
    'Mara Ellison, Centre for Budget Studies."\n\n'
    "The treasury disagreed.\n\n"
    '"The deficit will shrink on its own.\n'
    'Tomas Breyer."'
)


def test_a_pull_quotes_closing_mark_after_its_signature_line() -> None:
    assert _quoted(PULL_QUOTES) == [
        "We may see a return of austerity as the parties compete on cuts.",
        "The deficit will shrink on its own.",
    ]
    # A sentence is no signature: the quotation left open is dropped as before.
    assert _quoted('"We will fight on.\n\nCritics called it nonsense."') == []


def test_a_pull_quote_is_signed_by_the_name_on_the_line_with_its_closing_mark(nlp: Language) -> None:
    found = find_quotes(nlp, PULL_QUOTES)
    signers = {q.text[:20]: q.speaker.canonical if q.speaker else None for q in found}
    assert signers == {"We may see a return ": "Mara Ellison", "The deficit will shr": "Tomas Breyer"}


def test_a_title_the_parse_cut_off_into_a_sentence_is_no_direct_quote(nlp: Language) -> None:
    text = "The governor hit the plan on Channel 9’s “Morning Report,” calling it a “giveaway” to developers."
    # The parse of a long article broke the sentence before the marks: set that break, then parse.
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.i == 0 or (t.text == "“" and doc[t.i + 1].text == "Morning")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert not any(q.kind == "direct" for q in found), _kinds(found)


def test_a_title_with_a_short_verb_in_lower_case_is_no_quote(nlp: Language) -> None:
    text = "“Winter is the New Summer” star Alma Reyes talked about her childhood in Lisbon."
    found = find_quotes(nlp, text)
    assert not any("Winter" in q.text for q in found), _kinds(found)


def test_a_short_question_chanted_is_speech_not_a_scare_quote(nlp: Language) -> None:
    text = 'Students marching through the campus chanted "Which deadline?" and kept going until midnight.'
    found = find_quotes(nlp, text)
    assert [q.text for q in found] == ["Which deadline?"]
    # A title that exclaims stays a name.
    assert find_quotes(nlp, 'The students staged "Hello Dolly!" in the spring.') == []


def test_a_split_quote_whose_middle_leads_in_a_new_quotation_is_two(nlp: Language) -> None:
    text = (
        '"Voters want answers on housing," Dana Ortiz said, listing questions, including, '
        '"Why do rents keep rising?"'
    )
    found = [q for q in find_quotes(nlp, text) if q.kind == "direct"]
    assert [q.text for q in found] == ["Voters want answers on housing", "Why do rents keep rising?"]
    # The attribution alone between the halves still joins them.
    joined = find_quotes(nlp, '"This harbour," Dana Ortiz said, "belongs to the town."')
    assert [q.kind for q in joined] == ["direct"]


def test_a_quote_the_writers_sentence_carries_on_past_is_partial(nlp: Language) -> None:
    text = (
        "Witnesses described the scene.\n\n"
        '"A delivery van" drove through the barriers, Omar Reid said.\n\n'
        '"Sandbags on every corner" would be needed, the mayor said.'
    )
    found = find_quotes(nlp, text)
    assert {(q.kind, q.text) for q in found if q.kind != "indirect"} == {
        ("partial", "A delivery van"),
        ("partial", "Sandbags on every corner"),
    }


def test_a_quote_with_its_attribution_after_a_left_out_comma_stays_direct(nlp: Language) -> None:
    found = find_quotes(nlp, '"The vote is a contest of small groups" Omar Reid said.')
    assert [(q.kind, q.text) for q in found] == [("direct", "The vote is a contest of small groups")]


def test_a_left_mark_after_a_sentences_end_reopens_a_quotation_left_open() -> None:
    text = (
        "Reyes said the mayor stopped her “and said hello. I was shell-shocked. “And she said, ‘Do you "
        "understand,’” Reyes said."
    )
    assert _quoted(text) == ["and said hello. I was shell-shocked.", "And she said, ‘Do you understand,’"]
