"""A claim about a real case is no made-up example, and a dramatic verb's gerund is loaded as the verb is
(issue 12, babe4). Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon

from .bias_cases import run, words


def test_a_content_clause_on_any_is_the_claim_not_a_made_up_case(nlp: Language, lexicon: BiasLexicon) -> None:
    # "any evidence that ..." states what is claimed; only a relative clause on "any" makes up a case.
    text = "The agency did not offer any “proof” that the new virus is a vicious attack on the town."
    assert "vicious" in words(run(nlp, lexicon, text))
    made_up = run(nlp, lexicon, "The rule covers any case where there is an obvious choice.")
    assert "obvious" not in words(made_up)


def test_imagining_a_known_person_is_the_writers_charge(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Imagine the defeated governor, doing his best to sabotage the man who replaced him."
    assert "sabotage" in words(run(nlp, lexicon, text))
    made_up = run(nlp, lexicon, "Imagine you are a greedy landlord with ten empty flats.")
    assert "greedy" not in words(made_up)


def test_the_gerund_of_a_dramatic_verb_is_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "His constant bragging about the deal annoyed voters.")
    assert "bragging" in words(result)
    # A dramatic verb of another act: its gerund names the event, as wire copy does.
    assert "toppling" not in words(run(nlp, lexicon, "The toppling of the old regime ended a long era."))
