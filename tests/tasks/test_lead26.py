"""The lead's own articles, session 26: defects found on them, each a general mechanism."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of


@pytest.mark.parametrize(
    ("body", "word", "labeller"),
    [
        (
            'A controversial footbridge branded a "vanity project" by opposition councillors will cost '
            "taxpayers an extra £14m, it has emerged.",
            "vanity project",
            "opposition councillors",
        ),
        (
            'The stadium deal, branded a "betrayal" by supporters, was signed on Friday.',
            "betrayal",
            "supporters",
        ),
    ],
)
def test_a_label_given_by_someone_in_a_participle_the_parse_read_as_the_verb_is_theirs(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str, labeller: str
) -> None:
    # the parse makes the thing labelled the subject of an active "branded"; the "by" phrase says who labels
    assert voice_of(nlp, lexicon, body, word) == ("quoted", labeller)


def test_a_by_phrase_on_the_object_of_someone_who_labels_is_authorship_not_an_agent(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The council branded the proposal by the developers a disgrace on Monday."
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "council")


def test_one_charged_with_sabotage_is_a_saboteur_given_by_the_one_who_brands(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # the agent noun of an accusatory term is the same charge, made of a person
    body = "The senator was branded a saboteur by the governor on Monday."
    assert voice_of(nlp, lexicon, body, "saboteur") == ("quoted", "governor")
