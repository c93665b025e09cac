"""basil21's families (issue 12, BASIL recall): idioms of allegiance and point-scoring, and the writer's
reading of how a person spoke or behaved, each with its literal sense left alone. Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.bias_cases import author_words as _author
from tests.tasks.bias_cases import gated as _bias


def test_a_dispute_told_as_a_blame_game_is_the_writers(nlp: Language) -> None:
    assert _author(_bias(nlp, "Both parties are playing the blame game over the shutdown.")) == ["blame game"]


def test_riding_coattails_is_tagged_but_a_jackets_coattails_are_not(nlp: Language) -> None:
    assert _author(_bias(nlp, "The candidate rode the president's coattails to victory.")) == ["coattails"]
    assert _author(_bias(nlp, "The tailor shortened the coattails of the jacket.")) == []


def test_a_melodramatic_speech_is_tagged_but_a_melodramatic_film_is_its_genre(nlp: Language) -> None:
    assert _author(_bias(nlp, "The senator gave a melodramatic speech on the floor.")) == ["melodramatic"]
    assert _author(_bias(nlp, "The film is a melodramatic thriller set in Rome.")) == []


def test_how_a_person_spoke_is_the_writers_reading(nlp: Language) -> None:
    assert _author(_bias(nlp, '"We will see," the minister said huffily.')) == ["huffily"]
    assert _author(_bias(nlp, "Officials spoke cagily about the plan.")) == ["cagily"]


def test_verdicts_on_conduct_are_the_writers(nlp: Language) -> None:
    assert _author(_bias(nlp, "The governor delivered a self-righteous lecture to reporters.")) == [
        "self-righteous"
    ]
    assert _author(_bias(nlp, "The mayor's conduct at the dinner was unseemly.")) == ["unseemly"]
