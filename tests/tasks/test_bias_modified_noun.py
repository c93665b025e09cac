"""Literal senses of words the lexicon tags (issue 12, babe3): an exception for the noun a modifier qualifies
holds however many words stand between them; a mock trial, gross earnings and a presidential proclamation are
plain words.

Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon

from .bias_cases import run, words


def test_an_exception_for_the_modified_noun_reaches_past_other_modifiers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # "would-be buyers" is prospective, whatever stands between: the exception reads the noun qualified.
    renters = run(nlp, lexicon, "Would-be Florida vacation renters were refused refunds.")
    assert "would-be" not in words(renters)
    assert "would-be" in words(run(nlp, lexicon, "The would-be dictator rallied his base in the capital."))


def test_a_mock_event_is_a_staged_one(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "mock" not in words(run(nlp, lexicon, "Activists staged mock funerals outside the stores."))
    assert "mock" in words(run(nlp, lexicon, "Critics mock the plan as a gift to landlords."))


def test_gross_before_a_figure_is_before_deductions(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "gross" not in words(run(nlp, lexicon, "The levy applies to gross earnings above the limit."))
    assert "gross" in words(run(nlp, lexicon, "The inquiry called it a gross abuse of power."))


def test_a_proclamation_is_an_official_instrument(nlp: Language, lexicon: BiasLexicon) -> None:
    issued = run(nlp, lexicon, "The president issued a formal proclamation declaring a national emergency.")
    assert "proclamation" not in words(issued)
    early = run(nlp, lexicon, "He proclaimed himself the winner before the count ended.")
    assert "proclaimed" in words(early)
