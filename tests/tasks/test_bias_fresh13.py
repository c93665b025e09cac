"""Issue 12, a blind check on twelve articles of our own (fresh13): the families it found.

Short texts of our own; each test fails without the mechanism or the lexicon data it names: "so-called"
on the object of a noun naming a term introduces it (``term_nouns``); a crowd's reaction something was
greeted with is reported (``reception_verbs``); literal senses as data (the body's inflammatory response,
equity worthless, an imitation good); in a review, what happens in a scene is the story
(``fiction_scenes``); and the writer's own loaded words the set missed (disease framed as a killer,
tabloid labels, opinion's images).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words

# ---------------------------------------------------------------- a term introduced, a reaction received


def test_so_called_after_a_noun_naming_a_term_introduces_it(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The pressure fell by 30 millibars in a day, meeting the definition of a so-called weather bomb."
    assert "so-called" not in words(run(nlp, lexicon, body))
    # no blanket exemption: before a plain noun it still distances the writer
    body = "The committee heard from several so-called experts before the vote."
    assert "so-called" in words(run(nlp, lexicon, body))


def test_jeers_something_was_greeted_with_are_the_crowds(nlp: Language, lexicon: BiasLexicon) -> None:
    found = words(run(nlp, lexicon, "The decision was greeted with jeers from the public gallery."))
    assert "jeers" not in found


def test_uproar_a_plan_met_with_is_reported(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "uproar" not in words(run(nlp, lexicon, "The mayor's plan was met with uproar in the chamber."))


# ---------------------------------------------------------------- literal senses as data


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Several lenders are so indebted that their equity is close to worthless.", "worthless"),
        ("The singer has launched her own range of fake tan and fake eyelashes.", "fake"),
    ],
)
def test_literal_senses(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, body))


def test_the_bodys_inflammatory_response_is_medicine(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Doctors measured markers of the body's inflammatory response in the blood samples."
    assert "inflammatory" not in words(run(nlp, lexicon, body))
    # speech called inflammatory is still the writer's verdict
    assert "inflammatory" in words(run(nlp, lexicon, "The senator made inflammatory remarks at the rally."))


REVIEW = (
    "The film is a drama set in a village in the 1930s, and the script gives its cast little to do. "
    "The cinematography is handsome, and the cinema was full. Her scene with a party official, in which she "
    "pretends not to understand a word of Russian, is the best thing in the film. The thriller that the "
    "director made last year was better, and so was its screenplay. The new film runs for almost three "
    "hours, was shot in the fields of southern Poland over two summers, and opens in cinemas across the "
    "country on Friday, with a longer cut due on a streaming service later in the year."
)


def test_what_happens_in_a_scene_of_a_review_is_the_story(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "pretends" not in words(run(nlp, lexicon, REVIEW))


# ---------------------------------------------------------------- the writer's own loaded words


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Sepsis remains a major killer in wealthy nations too.", "major killer"),
        ("Heart disease is still the biggest killer of women.", "biggest killer"),
        ("Love rat Jace was seen with his new girlfriend by the pool.", "love rat"),
        ("The reality star was spotted cosying up to a model in Marbella.", "cosying up"),
        ("The telly hunk has been partying in Puerto Banus.", "hunk"),
        ("His heartbroken wife posted a video on Sunday.", "heartbroken"),
        ("The water bosses must be laughing all the way to the bank.", "laughing all the way to the bank"),
        ("The sequence is interrupted by portentous shots of crows.", "portentous"),
    ],
)
def test_writers_loaded_words(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    t = tag(run(nlp, lexicon, body), word)
    assert t.voice == "author"


def test_a_problem_left_to_fester_is_the_writers_image_a_wound_is_medicine(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert tag(run(nlp, lexicon, "Successive governments have allowed the scandal to fester."), "fester")
    body = "The patient's wound began to fester after the surgery."
    assert "fester" not in words(run(nlp, lexicon, body))
