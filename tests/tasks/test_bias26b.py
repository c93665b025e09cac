"""Issue 12 (bias26b): recall of the writer's loaded words by family, not by word. The noun of a quality
reaches its adjective's entry through a suffix rule (strident -> stridency, petulant -> petulance), while a
derived noun with a plain sense of its own (a firm's compliance, negligence as a tort) stays untagged; the
manner adverb of a dramatic verb of speaking reaches that verb's entry ("spoke *disparagingly*"), not the
adverb of a thing's sound."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_the_noun_of_a_loaded_adjective_is_the_writers_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The senator's petulance and stridency alienated even his allies on the committee."
    tagged = words(run(nlp, lexicon, body))
    assert {"petulance", "stridency"} <= tagged


def test_a_derived_noun_with_a_plain_sense_stays_untagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The bank said its compliance team had reviewed every account, and the hospital trust admitted "
        "negligence in the case of a patient who died in 2019."
    )
    tagged = words(run(nlp, lexicon, body))
    assert "compliance" not in tagged
    assert "negligence" not in tagged


def test_the_manner_adverb_of_a_dramatic_verb_of_speaking_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The senator spoke disparagingly of the nurses' union, and her challenger gloatingly read out the "
        "poll."
    )
    tagged = words(run(nlp, lexicon, body))
    assert {"disparagingly", "gloatingly"} <= tagged


def test_the_manner_adverb_of_a_things_sound_stays_untagged(nlp: Language, lexicon: BiasLexicon) -> None:
    # "screech" colours a speaker's words; the adverb of a kettle's whistle is the sound itself
    body = "The kettle whistled screechingly as the family sat down to breakfast on Sunday."
    assert "screechingly" not in words(run(nlp, lexicon, body))
