"""bias24a (issue 12, BASIL recall): figurative phrases of a political desk as lexicon families, each with its
literal sense left alone, and a spaced multiword term found in its hyphenated spelling. Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.bias_cases import author_words as _author
from tests.tasks.bias_cases import gated as _bias


def test_a_contest_told_as_a_fight_is_the_writers_figure(nlp: Language) -> None:
    text = "The senator threw down the gauntlet on Tuesday, and Republicans were up in arms over the bill."
    assert _author(_bias(nlp, text)) == ["threw down the gauntlet", "up in arms"]
    assert _author(_bias(nlp, "The senator crossed a line when he spoke about the widow of a soldier.")) == [
        "crossed a line"
    ]


def test_trouble_told_as_a_wreck_or_disorder(nlp: Language) -> None:
    assert _author(_bias(nlp, "The campaign has gone off the rails, and the party is in disarray.")) == [
        "off the rails",
        "in disarray",
    ]
    text = "A freight train went off the rails near Leeds on Tuesday, spilling coal across the tracks."
    assert _author(_bias(nlp, text)) == []


def test_a_boxers_low_blow_and_a_coat_pocket_are_literal(nlp: Language) -> None:
    assert _author(_bias(nlp, "The attack on his family was a low blow.")) == ["low blow"]
    assert _author(_bias(nlp, "The boxer was docked a point in the fourth round for a low blow.")) == []
    text = "Donors say the chairman is in the pocket of the oil industry."
    assert [t.text for t in _bias(nlp, text).tags] == ["in the pocket of"]
    assert _bias(nlp, "Officers found a knife in the pocket of his jacket.").tags == []


def test_a_spaced_term_is_found_in_its_hyphenated_spelling(nlp: Language) -> None:
    text = "The committee's witch-hunt against the agency entered its third month on Monday."
    assert _author(_bias(nlp, text)) == ["witch-hunt"]
    # Not the other way round: a hyphenated term spaced is plain grammar ("would-be", "has-been").
    assert _author(_bias(nlp, "The agency said it would be ready, and the report has been published.")) == []


def test_the_writers_grading_of_a_persons_own_deed(nlp: Language) -> None:
    # A mild hyperbole on what a person owns judges the person through the deed, as a label would.
    text = (
        "Brat celebrated his stunning victory over the majority leader on Tuesday night in a phone interview."
    )
    assert _author(_bias(nlp, text)) == ["stunning"]
    # A company's results stay at the word's own level: business copy grades them.
    assert _author(_bias(nlp, "The company reported a dramatic fall in profits, and its shares fell.")) == []


def test_a_reaction_told_as_fury_or_a_jolt_but_not_galvanized_steel(nlp: Language) -> None:
    # Said of people, the writer's verb for their reaction passes the gate like a verb of attack.
    text = "The ruling infuriated conservatives, and the new rules irked farmers across the state."
    assert _author(_bias(nlp, text)) == ["infuriated", "irked"]
    steel = _bias(nlp, "The plant makes galvanized steel pipes for the water board.")
    assert steel.tags == [] and steel.withheld == []


def test_tough_talk_is_posturing_but_tough_talks_are_negotiations(nlp: Language) -> None:
    assert _author(_bias(nlp, "The minister's tough talk on crime won applause from the party.")) == [
        "tough talk"
    ]
    text = "Carmakers have spent much of the year in tough talks with unions about trimming jobs."
    assert _bias(nlp, text).tags == []
