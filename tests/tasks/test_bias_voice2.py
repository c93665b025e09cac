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
