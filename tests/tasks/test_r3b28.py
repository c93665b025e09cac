"""Session 28 (r3b28): general precision fixes of the bias tagger. A phrasal-verb entry ("pile on")
matched on a noun is no verb; "possibly" after a negated modal strengthens the impossibility and hedges
nothing; "so-called" before a lower-case term the text then uses plainly introduces the term; a hazardous
level and a dangerous scene are the physical risk."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_a_phrasal_verb_entry_is_not_matched_on_a_noun(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Volunteers sorted the donated coats into piles on the gym floor."
    assert "piles on" not in words(run(nlp, lexicon, body))


def test_a_phrasal_verb_entry_still_tags_its_verb(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Rival candidates piled on the mayor during the televised debate."
    assert "piled on" in words(run(nlp, lexicon, body))


def test_a_phrasal_entry_marked_nominal_tags_its_noun(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The senator launched a crusade against the new tariff."
    assert "crusade against" in words(run(nlp, lexicon, body))


def test_possibly_after_a_negated_modal_is_no_hedge(nlp: Language, lexicon: BiasLexicon) -> None:
    for body in (
        "The small charity cannot possibly cover the repair bill on its own.",
        "The driver could not possibly have seen the cyclist in the fog.",
    ):
        assert "possibly" not in words(run(nlp, lexicon, body))
    assert "possibly" in words(run(nlp, lexicon, "The bridge will possibly reopen in the spring."))


def test_so_called_before_a_term_the_text_then_uses_plainly_names_it(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Investors track the so-called panic index. The panic index jumped on Friday."
    assert "so-called" not in words(run(nlp, lexicon, body))
    body = "The minister praised the so-called reform package before the vote."
    assert "so-called" in words(run(nlp, lexicon, body))
    body = "The minister praised the so-called reform package. Its authors said the package was fair."
    assert "so-called" in words(run(nlp, lexicon, body))  # only the whole term, used plainly, names it


def test_a_hazardous_level_and_a_dangerous_scene_are_the_physical_risk(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Inspectors found no hazardous levels of smoke in the flats, the fire service said."
    assert "hazardous" not in words(run(nlp, lexicon, body))
    body = "It was a very dangerous scene for the crews, the fire officer said."
    assert "dangerous" not in words(run(nlp, lexicon, body))
    assert "dangerous" in words(run(nlp, lexicon, "The senator called the new tariff a dangerous gamble."))
