"""Issue 12, voice on published news (voice3): reported speech the voice map still read as the writer's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.attribution import colon_speakers
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tasks.quotemarks import quoted_spans
from tests.tasks.bias_cases import run, tag, voice_of


@pytest.fixture(scope="module")
def lexicon() -> BiasLexicon:
    return load_bias_lexicon(LEXICON_DIR)


# --------------------------------------------- people of a kind the claim picks out are the claim's words


def test_people_of_a_kind_in_reported_speech_are_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    assert voice_of(nlp, lexicon, "Smith said greedy developers were to blame.", "greedy") == (
        "quoted",
        "Smith",
    )
    body = "The senator suggested the mayor had a soft spot for brutal leaders."
    assert voice_of(nlp, lexicon, body, "brutal") == ("quoted", "senator")
    # a named or definite person's description stays the writer's ("the ... gangster Li")
    assert voice_of(nlp, lexicon, "Police said the notorious gangster Li had fled.", "notorious") == (
        "author",
        None,
    )


# ---------------------------------------------------- an aside whose clause the parser hung on the aside


def test_the_clause_after_an_aside_is_the_asides_subjects(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor has no plans, aides said, to back the reckless plan."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "aides")
    # a thing that "suggests" holds no view: the writer reads it
    body = "This is a place, it suggests, where members gather to talk, however resentfully."
    assert voice_of(nlp, lexicon, body, "resentfully") == ("author", None)


# --------------------------------------------------- a trailing attribution the parser joined as a conjunct


def test_a_trailing_attribution_parsed_as_a_conjunct_reports_the_clause(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Farmers could face prosecution in a crackdown on animal cruelty, a committee of MPs has warned."
    assert voice_of(nlp, lexicon, body, "cruelty") == ("quoted", "committee")


# ------------------------------------------------------------- a view under "seem to", "appear to"


def test_a_belief_verb_under_seem_is_its_subjects_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Anderson seemed to think the outreach was somewhat phony."
    assert voice_of(nlp, lexicon, body, "phony") == ("quoted", "Anderson")
    body = "Anderson largely agreed and seemed to think the outreach was phony."
    assert voice_of(nlp, lexicon, body, "phony") == ("quoted", "Anderson")
    # the marked words of someone who reports the view are that reporter's own
    body = 'The mayor said his critics "seem to think the reckless plan would help."'
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "mayor")
    # not a view anyone holds: a passive, a denial, the reader addressed
    for body, word in [
        (
            "Responsibility seems to have been assumed to be a matter between bureaucrats and aides.",
            "bureaucrats",
        ),
        ("That is not to suggest that the comments are making people racist.", "racist"),
        ("You could leave it thinking that the mayor is fine with the reckless plan.", "reckless"),
    ]:
        assert voice_of(nlp, lexicon, body, word) == ("author", None)


# ----------------------------------------------------- a statement the subject of "make" / "repeat" owns


def test_a_claim_made_is_its_makers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Smith has made the claim that the reckless plan will ruin the town."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Smith")


# ----------------------------------------------------------------------- an embed kept as markup


def test_a_tweet_in_markup_is_its_authors(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Leaders reacted.\n\n<tweet author="@JaneDoe">This sickening violence must stop.</tweet>'
    assert voice_of(nlp, lexicon, body, "sickening") == ("quoted", "JaneDoe")


# ------------------------------------------------------ an attack verb's "as" phrase is the attacker's label


def test_the_label_of_lambasted_as_is_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Carson lambasted the coverage as evidence of a partisan double standard."
    assert voice_of(nlp, lexicon, body, "double standard") == ("quoted", "Carson")


# --------------------------------------------------------------------- a heading about people speaks not


def test_a_heading_about_people_before_a_colon_is_no_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    people = frozenset({"police", "boss"})
    doc = nlp("Frustration with police: Activists say officers have been too aggressive.")
    assert list(colon_speakers(doc, nouns=lexicon.statement_nouns, people=people)) == []
    said = list(
        colon_speakers(
            nlp("Union boss: the deal is a betrayal."), nouns=lexicon.statement_nouns, people=people
        )
    )
    assert [q.speaker.text for q in said if q.speaker] == ["Union boss"]


# ------------------------------------------------- a right double mark typed where a quotation opens


def test_a_right_mark_opening_a_paragraph_opens_a_quotation(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Fans reacted.\n\n\u202a\u201dSorry, you lost a sickening vote!\u201d posted one fan."
    assert [text[s:e] for s, e in quoted_spans(text)] == ["Sorry, you lost a sickening vote!"]
    assert tag(run(nlp, lexicon, text), "sickening").voice == "quoted"
