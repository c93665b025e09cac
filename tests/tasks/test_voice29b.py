"""Session 29 (voice29b): whose voice a loaded word is in where a headline's clause, a definite description,
a frame of perception or an exhortation decides it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.quotes import quotes
from tests.tasks.bias_cases import CUES, run, tag

_BODY = "The company said it would respond in due course."


@pytest.mark.parametrize(
    ("headline", "word", "speaker"),
    [
        ("Tycoon Ray Moss in row as staff blast 'shameful snub'", "shameful", "staff"),
        ("Tycoon in row as staff blast 'shameful snub'", "shameful", "staff"),
        ("Club in crisis after fans brand owner 'clueless'", "clueless", "fans"),
    ],
)
def test_a_headlines_marks_are_the_subject_of_the_clause_whose_verb_takes_them(
    nlp: Language, lexicon: BiasLexicon, headline: str, word: str, speaker: str
) -> None:
    got = tag(run(nlp, lexicon, _BODY, headline=headline), word)
    assert (got.field, got.voice, got.speaker) == ("headline", "quoted", speaker)


def test_a_clause_with_no_labelling_verb_gives_the_marks_to_no_one_in_it(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    got = tag(run(nlp, lexicon, _BODY, headline="Star fumes as row over 'sexist' ad grows"), "sexist")
    assert got.speaker is None


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Minister Ann Cole accused of 'reckless gamble' by MPs", "MPs"),
        ("Council accused of 'reckless' neglect by families", "families"),
    ],
)
def test_a_headlines_accused_of_by_is_a_passive_whose_agent_speaks(
    nlp: Language, lexicon: BiasLexicon, headline: str, speaker: str
) -> None:
    assert tag(run(nlp, lexicon, _BODY, headline=headline), "reckless").speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        # "idol" is in no list of person nouns: the article's own title for Tom Hart makes it one
        "Pop idol Tom Hart, 32, was arrested on Monday. The reckless idol was seen leaving at dawn, "
        "according to neighbours.",
        "Oil tycoon Tom Hart was arrested on Monday. The arrogant tycoon had left early, witnesses said.",
        "Tom Hart, a property developer, was arrested. The arrogant developer had left early, "
        "according to witnesses.",
    ],
)
def test_a_definite_description_of_the_person_the_article_named_is_the_writers(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    result = run(nlp, lexicon, body)
    word = "reckless" if "reckless" in body else "arrogant"
    assert tag(result, word).voice == "author"


def test_a_description_of_people_the_source_picks_out_stays_the_sources(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # no one named is described: "reckless bankers" is the kind the neighbours' claim is about
    result = run(nlp, lexicon, "Reckless bankers caused the crash, according to neighbours.")
    assert tag(result, "reckless").voice == "quoted"


def test_a_wealthy_heir_is_a_person_noun(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The reckless heir was seen leaving at dawn, according to neighbours.")
    assert tag(result, "reckless").voice == "author"


def test_in_the_eyes_of_someone_the_story_does_not_quote_is_the_writers_framing(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    for body in (
        "The pensioner is, in the eyes of the board, a reckless gamble.",
        "In the eyes of the board, the pensioners are a reckless gamble.",
    ):
        assert tag(run(nlp, lexicon, body), "reckless").voice == "author"


def test_in_the_eyes_of_a_quoted_party_is_its_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        '"We have no choice," the board said in a statement. The pensioner is, in the eyes of the board, '
        "a reckless gamble."
    )
    got = tag(run(nlp, lexicon, body), "reckless")
    assert (got.voice, got.speaker) == ("quoted", "board")
    # "in the view of" states a view whoever is quoted
    assert tag(
        run(nlp, lexicon, "In the view of critics, the plan is a reckless gamble."), "reckless"
    ).voice == ("quoted")


@pytest.mark.parametrize(
    "body",
    [
        "The council should stop pretending, admit it got this wrong and apologise.",
        "Ministers must stop dithering, concede the scheme has failed and start again.",
    ],
)
def test_a_speech_verb_joined_to_a_modal_exhortation_reports_nothing(nlp: Language, body: str) -> None:
    doc = nlp(body)
    assert quotes(doc, entities(doc, titles=CUES.titles), cues=CUES) == []


def test_a_speech_verb_joined_to_a_past_report_still_reports(nlp: Language) -> None:
    doc = nlp("The minister stood up, admitted the plan had failed and resigned.")
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert [q.verb for q in found] == ["admitted"]
    # a past form joined to a bare verb under a modal is a report of its own
    doc = nlp("Officials said they would not resign but admitted mistakes had been made.")
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert "admitted" in [q.verb for q in found]


def test_a_demand_to_admit_is_no_ones_view(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(
        run(nlp, lexicon, "Officials should admit that the rollout was botched."), "botched"
    ).voice == ("author")
    got = tag(run(nlp, lexicon, "Officials admitted that the rollout was botched."), "botched")
    assert got.voice == "quoted"
