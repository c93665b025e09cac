"""Real-article defects found by the lead in session 23 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words
from tests.tasks.speaker_cases import find_quotes, speaker_rule

POLICE = (
    "Detectives from Westshire Police want to trace two men after a raid on a shop in Harrowby.\n\n"
    "Staff gave officers a description, and CCTV from nearby businesses is being reviewed.\n\n"
    "A 34-year-old man was arrested on Wednesday and has been released on bail, the force said."
)


def test_the_force_is_the_police_force_named_before_not_the_nearest_organisation(nlp: Language) -> None:
    found = find_quotes(nlp, POLICE)
    assert speaker_rule(found, "has been released on bail", anywhere=True)[0] == "Westshire Police"
    # with no force named, the nearest organisation of no kind is no answer
    found = find_quotes(nlp, POLICE.replace("Detectives from Westshire Police", "Detectives"))
    assert speaker_rule(found, "has been released on bail", anywhere=True)[0] != "CCTV"


def test_a_street_tagged_as_a_person_is_a_place(nlp: Language) -> None:
    doc = nlp("Two men entered the shop on King Street on Tuesday. Anyone on King Street was asked to call.")
    found = {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }
    assert found.get("King Street", ("FAC", "King Street")) == ("FAC", "King Street")
    assert not any(canonical == "Street" for _, canonical in found.values())


def test_hazardous_materials_are_a_class_of_cargo_not_alarm(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The bill covers freight trains carrying hazardous materials through towns."
    assert "hazardous" not in words(run(nlp, lexicon, text))
    assert "hazardous" in words(run(nlp, lexicon, "The senator called the new policy hazardous for towns."))


SPORT = (
    "Harlow Rovers manager Steve Calloway accused the officials of bottling it after a late penalty "
    "handed Dunmore Athletic a 2-1 win on Saturday.\n\n"
    "The Rovers boss was furious that referee Paul Hendry did not consult the pitchside monitor before "
    "pointing to the spot in the 94th minute.\n\n"
    "\"I've been in this game 25 years and I've never seen anything like it,\" the 52-year-old said. "
    '"He has a screen right there. Go and look at it."\n\n'
    "Athletic striker Kwame Asante, who scored the winner, was more relaxed. "
    '"It was a penalty. He clipped my heel, simple as that," the Ghanaian said.'
)


def test_an_epithet_after_a_described_subject_is_whom_the_description_stands_for(nlp: Language) -> None:
    # the sentence before is about "the Rovers boss" (Calloway), not the referee in its clause; the model
    # also reads "the 52-year-old said" as a verb with "the" and "old" on it and no subject
    found = find_quotes(nlp, SPORT)
    assert speaker_rule(found, "I've been in this game")[0] == "Steve Calloway"
    assert speaker_rule(found, "He has a screen")[0] == "Steve Calloway"


def test_a_nationality_epithet_looks_before_the_quotes_own_sentences(nlp: Language) -> None:
    found = find_quotes(nlp, SPORT)
    assert speaker_rule(found, "It was a penalty")[0] == "Kwame Asante"
