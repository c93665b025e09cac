"""Issue 12, recall of the writer's own loaded language (lexcov): families of entries written by us.

Short sentences of our own, two per family: a loaded use the family's entries tag, and a literal use their
sense conditions leave alone. Each loaded case fails without the family's entries in ``bias.yaml``; each
literal case fails if the entry loses the condition that names its literal sense.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

LOADED = [
    # loaded nominalisations of political conduct
    ("The campaign has descended into mudslinging over the mayor's tax returns.", "mudslinging"),
    # intensified hyperbole
    ("The campaign went off the rails after the first debate.", "off the rails"),
    # derisive verbs for how someone spoke
    ("Her critics squawked about the new tax on second homes.", "squawked"),
    # culture-war framing terms
    ("Schools now teach gender ideology to seven-year-olds.", "gender ideology"),
]

LITERAL = [
    ("The kabuki troupe from Kyoto performed for a packed hall.", "kabuki"),
    ("The train came off the rails near the station.", "off the rails"),
    ("Gulls squawked over the harbour all morning.", "squawked"),
    ("The anglers practise catch and release on the river.", "catch and release"),
]


@pytest.mark.parametrize(("body", "word"), LOADED)
def test_the_writers_loaded_use_is_tagged(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word in words(run(nlp, lexicon, body))


@pytest.mark.parametrize(("body", "word"), LITERAL)
def test_the_literal_use_is_not(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, body))
