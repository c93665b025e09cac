"""Issue 12 (babe21): a second offence of a charge that the parse hangs elsewhere.

Short texts of our own; each test fails without the sense rule it names:

* ``_Senses._joined_to_offence``: in "on charges of fraud and *inciting* hatred" the parser often reads the
  gerund after "and" as a clause of the main verb (or a conjunct of it), yet "and" joins it to the offence
  just before it: it names the second offence charged, not the writer's accusation.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


@pytest.mark.parametrize(
    "text",
    [
        "Police detained two activists on charges of vandalism and inciting hatred after the rally.",
        "Prosecutors charged the preacher with incitement and spreading hatred online.",
    ],
)
def test_second_offence_of_a_charge(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert not {"inciting", "hatred", "immorality"} & words(run(nlp, lexicon, text))
