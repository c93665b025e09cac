"""Issue 12, BASIL recall (basil5): mild sensational words at the gate, and families of loaded words.

A mild sensational word is read at the gate's severity-2 threshold; loaded, emotive and doubt-casting words
keep their own level. The lexicon gains verbs of minimising and inflating, recycled argument, decline,
imputed anger, effusive approval, and gradings of a speech, a body or a rule, each with its literal senses.
Texts are our own.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import tag_bias
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tasks.quotes import quotes
from tasks.subjectivity import apply_subjectivity, load_model
from tests.tasks.bias_cases import CUES, run, words


def _gated(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    """Tagged, then gated by a gate that withholds every author-voice word read at severity 1 and none read
    at 2 (independent of the shipped weights)."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    gate = load_model().model_copy(update={"gate": {1: 0.999}})
    return apply_subjectivity(doc, tag_bias(doc, found, lexicon=lexicon), found, lexicon=lexicon, model=gate)


def _kept(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in result.tags if t.voice == "author"}


def _held(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in result.withheld}


# ---------------------------------------------------------------- the gate: mild sensational words


def test_a_sensational_verb_is_read_at_the_severity_2_threshold(nlp: Language, lexicon: BiasLexicon) -> None:
    # Said of a thing, not a person (no figure of speech), in a sentence that reads as plain reporting.
    result = _gated(nlp, lexicon, "The budget bill slashes programmes for the poor, the report shows.")
    assert "slashes" in _kept(result)
    # A loaded adjective and a doubt-casting verb keep their own level: read higher, loaded and emotive
    # words tagged objective sentences.
    result = _gated(nlp, lexicon, "The senator delivers a prestigious lecture at the college on Thursday.")
    assert "prestigious" in _held(result)
    held = next(t for t in result.withheld if t.text.lower() == "prestigious")
    assert "severity-1 word" in held.reason
    result = _gated(nlp, lexicon, "Officials claimed on Monday that the figures in the report were wrong.")
    assert "claimed" in _held(result)


def test_a_sensational_figure_is_withheld_below_that_threshold(nlp: Language, lexicon: BiasLexicon) -> None:
    doc = nlp("The budget bill slashes programmes for the poor, the report shows.")
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    gate = load_model().model_copy(update={"gate": {1: 0.999, 2: 0.999}})
    tags = tag_bias(doc, found, lexicon=lexicon)
    result = apply_subjectivity(doc, tags, found, lexicon=lexicon, model=gate)
    held = next(t for t in result.withheld if t.text.lower() == "slashes")
    assert "severity-2 figure" in held.reason


# ---------------------------------------------------------------- lexicon families and their literal senses


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister sought to downplay the findings of the audit.", "downplay"),
        ("Aides glossed over the cost of the scheme.", "glossed over"),
        ("The governor rehashed the same arguments again.", "rehashed"),
        ("Brat shied away from calling himself a rebel.", "shied away from"),
        ("The senator ducked the question about taxes.", "ducked"),
        ("Critics decried the plan as soon as it was published.", "decried"),
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
