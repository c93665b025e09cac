"""Issue 12, BASIL recall (basil5): families of loaded words, each with its literal senses.

Verbs of minimising and inflating, recycled argument, retreat, petty complaint, uncritical boosting, decline,
alarm and effusive approval, and gradings of a speech, a body or a rule. Texts are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

# ---------------------------------------------------------------- lexicon families and their literal senses


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister sought to overstate the findings of the audit.", "overstate"),
        ("Aides glossed over the cost of the scheme.", "glossed over"),
        ("The governor rehashed the same arguments again.", "rehashed"),
        ("Brat shied away from calling himself a rebel.", "shied away from"),
        ("The senator ducked the question about taxes.", "ducked"),
        ("Critics nitpicked the plan as soon as it was published.", "nitpicked"),
        ("The new rules alarmed campaigners across the region.", "alarmed"),
        ("The board is a toothless watchdog.", "toothless"),
    ],
)
def test_a_family_member_is_tagged(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word in words(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("loaded", "literal", "word"),
    [
        (
            "Campaigners applauded the decision to scrap the tax.",
            "The audience applauded the singer at the end of the concert.",
            "applauded",
        ),
        (
            "He gave a winding speech about his own career.",
            "The road takes a winding route through the hills.",
            "winding",
        ),
        (
            "The plan poses a profound threat to the coast.",
            "The child was born with profound deafness.",
            "profound",
        ),
        (
            "The result was an extraordinary defeat for the governor.",
            "Shareholders will meet at an extraordinary general meeting in May.",
            "extraordinary",
        ),
        (
            "Rivals will dredge up his old votes on taxes.",
            "Engineers will dredge up silt from the river bed.",
            "dredge up",
        ),
        (
            "The hearing devolved into a shouting match.",
            "Powers over health were devolved to the regional assembly.",
            "devolved into",
        ),
        (
            "The senator ducked the question about taxes.",
            "The boy ducked under the fence.",
            "ducked",
        ),
    ],
)
def test_a_loaded_sense_is_tagged_and_its_literal_sense_is_not(
    nlp: Language, lexicon: BiasLexicon, loaded: str, literal: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, loaded))
    assert not any(w.startswith(word.split()[0]) for w in words(run(nlp, lexicon, literal)))
