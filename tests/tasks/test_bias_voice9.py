"""Issue 12, voice of bias tags (voice9): a noun object of "describe" or "recount", the content clause of a
speech verb in a relative clause ("a group that claims ..."), and a labelling participle with a "by" agent
("dubbed by critics as ...") are the holder's words, not the writer's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of

# ------------------------------------------------------------------ recounted: a describe verb's noun object


def test_described_noun_object_is_the_subjects_account(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Residents described a chaotic escape from the burning tower."
    assert voice_of(nlp, lexicon, body, "chaotic") == ("quoted", "Residents")


def test_recounted_noun_object_is_the_subjects_account(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Witnesses recounted a horrific attack on the market."
    assert voice_of(nlp, lexicon, body, "horrific") == ("quoted", "Witnesses")


# ---------------------------------------------------------- relative_holders: "a group that claims ..."


def test_relative_that_clause_names_the_antecedent(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Police detained members of a gang that insists the election was rigged."
    assert voice_of(nlp, lexicon, body, "rigged") == ("quoted", "gang")


def test_relative_who_clause_names_the_antecedent(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "She spoke to people who believe the vote was a disgraceful fraud."
    assert voice_of(nlp, lexicon, body, "disgraceful") == ("quoted", "people")


# ------------------------------------------------------------ labelled: a participle with a "by" agent


def test_dubbed_by_critics_as_is_the_critics(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The inquiry, dubbed by critics as a shameful whitewash, ended on Monday."
    assert voice_of(nlp, lexicon, body, "whitewash") == ("quoted", "critics")


def test_branded_label_then_agent_is_the_agents(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The ruling, branded by campaigners a disgraceful betrayal, was upheld."
    assert voice_of(nlp, lexicon, body, "disgraceful") == ("quoted", "campaigners")


def test_described_by_agent_as_label_is_the_agents(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The plan was described by unions as reckless."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "unions")


def test_participle_described_by_agent_as_label_is_the_agents(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The bill, described by opponents as a reckless gamble, passed."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "opponents")
