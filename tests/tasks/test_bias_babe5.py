"""Issue 12, BABE word F1 (babe5): plain descriptors of belief systems ("an ideological divide") and the
medical or military sense of 'dangerous' are not tagged; the loaded senses still are. Texts are our own.
(babe5's gate reading of doubt verbs was measured and left out: NewsSD odd objective-tagged 0.058.)"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


@pytest.mark.parametrize(
    ("plain", "loaded", "word"),
    [
        (
            "Voters in the county are split along an ideological divide over schools.",
            "The campaign against the library was ideologically driven.",
            "ideological",
        ),
        (
            "Doctors warned that the infection was dangerous for older patients.",
            "The senator spread a dangerous message about the vote.",
            "dangerous",
        ),
    ],
)
def test_plain_senses_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, plain: str, loaded: str, word: str
) -> None:
    assert not any(w.startswith(word[:9]) for w in words(run(nlp, lexicon, plain)))
    assert any(w.startswith(word[:9]) for w in words(run(nlp, lexicon, loaded)))
