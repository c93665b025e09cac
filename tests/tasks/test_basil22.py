"""basil22 (issue 12, BASIL recall): the writer's adverb on a verb of saying, and lexicon families of
dismissal, temper and manner, each with its literal sense left alone. Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.bias_cases import author_words as _author
from tests.tasks.bias_cases import gated as _bias


def test_an_assertive_adverb_on_a_verb_of_saying_is_the_writer_vouching(nlp: Language) -> None:
    # The sentence reads as reporting, yet "clearly" is the writer's word on the speaker's.
    assert _author(_bias(nlp, '"We owe our soldiers support," Hale clearly says in the video.')) == [
        "clearly"
    ]
    # The assertive verb itself stays wire style: the gate still reads it at its own level.
    assert _author(_bias(nlp, '"The plan is dead," the host complained.')) == []


def test_a_verb_of_saying_left_without_its_subject_by_a_quotation_keeps_its_manner(nlp: Language) -> None:
    text = (
        "At the town hall last May, which is posted here on the party's site, Hale, arguing for veterans "
        'coming home from Iraq, angrily says, "We owe our soldiers support."'
    )
    assert _author(_bias(nlp, text)) == ["angrily"]


def test_dismissal_told_as_cold_water_but_not_water_on_a_fire(nlp: Language) -> None:
    assert _author(_bias(nlp, "Analysts poured cold water on the governor's plan.")) == [
        "poured cold water on"
    ]
    assert _author(_bias(nlp, "The firefighters poured cold water on the embers.")) == []


def test_a_court_that_wrongly_convicted_is_not_the_writers_verdict(nlp: Language) -> None:
    text = "The campaign wrongly suggested that the bill would raise taxes."
    assert _author(_bias(nlp, text)) == ["wrongly"]
    assert _author(_bias(nlp, "He was wrongly convicted of the robbery in 1998.")) == []


def test_the_writers_grading_of_temper_manner_and_worth(nlp: Language) -> None:
    assert _author(_bias(nlp, "The mercurial senator changed his position again.")) == ["mercurial"]
    assert _author(_bias(nlp, "The administration stealthily rewrote the rules on overtime pay.")) == [
        "stealthily"
    ]
    assert _author(_bias(nlp, "The speech was full of hackneyed lines about hard work.")) == ["hackneyed"]
