"""Issue 12, voice of bias tags (voice21): a consequence the writer tacks on after a reported clause
("..., sparking chaos") is the writer's whichever reader found the clause (a belief verb, "according to",
hearsay), not only the quote finder's "said", and so is a closing phrase that sets the saying in a medium
("..., in a rambling speech"); a likening verb's comparison ("likened the plan to a
reckless gamble") is its subject's, and so is a labelling noun's "as" label ("his description of the
plan as reckless"); an aside the parse hung on the auxiliary of the clause it is
set into ("Opponents, she said, were ...") still hands that clause to its speaker; "according to a
statement from the union" credits the union as "according to the union" does.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of


def test_consequence_after_a_belief_verbs_nested_clause_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Analysts believe the bank will raise rates as inflation is stubborn, sparking chaos for many."
    assert voice_of(nlp, lexicon, body, "chaos") == ("author", None)


def test_consequence_after_according_to_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "According to police, the men had fled the scene, sparking chaos on the roads."
    assert voice_of(nlp, lexicon, body, "chaos") == ("author", None)


def test_consequence_after_hearsay_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The company is reportedly planning to shut the plant, sparking chaos in the town."
    assert voice_of(nlp, lexicon, body, "chaos") == ("author", None)


def test_consequence_after_joined_said_clauses_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The mayor said the council would close libraries and cut bus routes, sparking chaos for residents."
    )
    assert voice_of(nlp, lexicon, body, "chaos") == ("author", None)


def test_cut_keeps_the_reported_clauses_own_words(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "According to police, the men ran a scam for years, leaving their victims in chaos."
    assert voice_of(nlp, lexicon, body, "scam") == ("quoted", "police")
    assert voice_of(nlp, lexicon, body, "chaos") == ("author", None)


def test_aside_hung_on_the_auxiliary_gives_the_clause_to_its_speaker(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Opponents of the scheme, Ms Hale said, were simply scaremongering."
    assert voice_of(nlp, lexicon, body, "scaremongering") == ("quoted", "Ms Hale")


def test_likening_verbs_comparison_is_the_subjects(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Critics have likened the plan to a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Critics")
    body = "The senator compared the bill with a betrayal of voters."
    assert voice_of(nlp, lexicon, body, "betrayal") == ("quoted", "senator")
    # a passive's "by" agent compares, wherever the parse hung it
    body = "The plan was likened to a reckless gamble by critics."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "critics")
    # a comparison no one in the clause makes stays the writer's
    body = "The plan has been compared to a reckless gamble. Profits rose, compared with a disastrous year."
    assert voice_of(nlp, lexicon, body, "reckless") == ("author", None)
    assert voice_of(nlp, lexicon, body, "disastrous") == ("author", None)


def test_labelling_nouns_as_phrase_is_its_owners(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The senator's portrayal of the bill as a betrayal of voters was unfair."
    assert voice_of(nlp, lexicon, body, "betrayal") == ("quoted", "senator")
    body = "The portrayal of the strikers as thugs by the minister was condemned."
    assert voice_of(nlp, lexicon, body, "thugs") == ("quoted", "minister")


def test_according_to_a_statement_credits_its_owner(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The scheme is a reckless gamble, according to a statement from the union."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "union")
    # a statement no one is named for stays a sourced fact in the writer's words
    body = "The scheme is a reckless gamble, according to a statement."
    assert voice_of(nlp, lexicon, body, "reckless") == ("author", None)


def test_closing_medium_phrase_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The minister told reporters the scheme was working, in a rambling speech to activists."
    assert voice_of(nlp, lexicon, body, "rambling") == ("author", None)
