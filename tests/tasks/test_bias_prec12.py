"""Issue 12, precision of the writer's voice on straight news (prec12): a dramatic view is a spectacle, a
runner crossing the line first finishes a race, and commentators are people whose view "as far as most
commentators are concerned" reports, as it already did for critics.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of


def _words(nlp: Language, lexicon: BiasLexicon, body: str) -> set[str]:
    return {t.text.lower() for t in run(nlp, lexicon, body).tags}


def test_a_dramatic_view_is_a_spectacle_not_an_intensifier(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The hotel terrace looks out over dramatic sunsets and a dramatic coastline."
    assert "dramatic" not in _words(nlp, lexicon, body)
    body = "The minister made a dramatic U-turn on the tax plan after a dramatic row."
    assert "dramatic" in _words(nlp, lexicon, body)


def test_crossing_the_line_first_finishes_a_race(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "If the favourite crosses the line first in Boston she will silence her critics."
    assert "crosses the line" not in _words(nlp, lexicon, body)
    body = "Opposition leaders said the minister crossed the line with his remarks about judges."
    assert "crossed the line" in _words(nlp, lexicon, body)


def test_as_far_as_commentators_are_concerned_credits_the_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "As far as most commentators are concerned, the state pursues the firm out of a vendetta."
    assert voice_of(nlp, lexicon, body, "vendetta") == ("quoted", "most commentators")
    body = "As far as the law is concerned, the state pursues the firm out of a vendetta."
    assert voice_of(nlp, lexicon, body, "vendetta")[0] == "author"
