"""Issue 12, voice (second pass): "For X," only over a verdict X holds; a hearsay adverb reports its clause.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tests.tasks.test_bias_voice import run, tag


@pytest.fixture(scope="module")
def lexicon() -> BiasLexicon:
    return load_bias_lexicon(LEXICON_DIR)


# ------------------------------------------------ "For X, ...": X's view only when the clause is a verdict


@pytest.mark.parametrize(
    "text",
    [
        "For the mayor, the reckless plan was a chance to shine.",  # the subject: the writer's name for it
        "For the mayor, the reckless plan ended his career.",  # what happened to X, not X's verdict
    ],
)
def test_for_x_over_what_happened_stays_the_writers(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag(run(nlp, lexicon, text), "reckless").voice == "author"


def test_for_x_pointed_back_to_is_what_it_meant_for_x(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(
        run(nlp, lexicon, "For the residents, the reckless plan wrecked their summer."), "reckless"
    ).voice == ("author")


def test_for_x_over_a_reading_of_someone_else_is_xs_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "For one critic, the author is exposing the cruel logic of the plan."
    t = tag(run(nlp, lexicon, body), "cruel")
    assert (t.voice, t.speaker) == ("quoted", "one critic")


def test_for_x_with_a_modal_of_obligation_is_xs_view(nlp: Language, lexicon: BiasLexicon) -> None:
    t = tag(run(nlp, lexicon, "For critics, the mayor must resign over the reckless plan."), "reckless")
    assert (t.voice, t.speaker) == ("quoted", "critics")


# ------------------------------------------------------- a hearsay adverb reports its own clause only


@pytest.mark.parametrize(
    "text",
    [
        "For all the talk of a reckless plan (his team has reportedly hired spies) the mayor is calm.",
        "The mayor, reportedly, hired spies, and the reckless plan went on.",
    ],
)
def test_a_hearsay_adverb_reports_its_own_clause(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag(run(nlp, lexicon, text), "reckless").voice == "author"


def test_a_hearsay_adverb_still_reports_its_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor, reportedly, ran a corrupt network and hired spies."
    assert tag(run(nlp, lexicon, body), "corrupt").voice == "quoted"


# ------------------------------------- "according to X": people and documents that argue make it X's claim


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("According to critics, the plan is a sham.", "sham", "critics"),
        ("The review was a whitewash, according to residents.", "whitewash", "residents"),
        ("According to the indictment, Smith ran a corrupt network.", "corrupt", "indictment"),
    ],
)
def test_according_to_people_or_a_charge_is_their_claim(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker) == ("quoted", speaker)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The brutal war has killed 300 people, according to health officials.", "brutal"),  # a figure
        ("According to the survey, the draconian rules are unpopular.", "draconian"),  # a source of facts
    ],
)
def test_according_to_a_figures_source_stays_the_writers(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tag(run(nlp, lexicon, text), word).voice == "author"


# ------------------------- a charge in a question someone put is the asker's, not vetoed as an inquiry's


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reporters asked whether the mayor was corrupt.", "Reporters"),
        ("Pressed on whether the deal was corrupt, the minister declined to comment.", None),
    ],
)
def test_a_charge_in_a_put_question_is_the_askers(
    nlp: Language, lexicon: BiasLexicon, text: str, speaker: str | None
) -> None:
    t = tag(run(nlp, lexicon, text), "corrupt")
    assert (t.voice, t.speaker, t.reported) == ("quoted", speaker, True)


def test_an_inquirys_question_is_still_vetoed(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The inquiry is investigating whether the mayor was corrupt.")
    assert not [t for t in result.tags if t.text == "corrupt"]


# ------------------------------------------- the writer's adjective on a named event inside reported speech


def test_the_writers_description_of_a_named_event_stays_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, "The coach said the troubled Olympics had been a success.")
    assert tag(result, "troubled").voice == "author"
