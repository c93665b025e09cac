"""Session 29 (lie29): "lie" of position is no charge of deceit (a place among its dependents, a thing as its
subject); a charge in a rule about a class charges no one; an idiom's object slot takes the whole object; "an
insult to" and "criminally" as the writer's or a speaker's verdicts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias.sense_context import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words


def _lie_rules(nlp: Language, lexicon: BiasLexicon, body: str) -> list[str]:
    return [t.text for t in run(nlp, lexicon, body).tags if t.rule == "lie/VERB"]


# --- "lie" of position


@pytest.mark.parametrize(
    "body",
    [
        "Nobody on the council could say where the blame lies.",
        "Therein lies the problem for the transport board.",
        "The answer lies not in cuts but in growth, the report argues.",
        "Hard choices lie before the new harbour committee.",
        "Its real strength lies squarely in its simplicity.",
        "Where the truth lies is hard to say after two inquiries.",
        "Statistics can lie when the sample is small.",
    ],
)
def test_lie_of_position_is_no_charge(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert _lie_rules(nlp, lexicon, body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The mayor lies about the cost of the new bridge.",
        "They lie to voters every single week.",
        "The firm lies constantly, the campaigners say.",
        "The councillor lied in his evidence to the panel.",
    ],
)
def test_lie_of_deceit_keeps_its_charge(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert _lie_rules(nlp, lexicon, body) != []


def test_the_position_pass_records_its_veto(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    run(nlp, lexicon, "Nobody on the council could say where the blame lies.", vetoed=vetoed)
    assert [(v.sense, v.rule) for v in vetoed] == [("position", "lie/VERB")]


def test_the_rule_pass_records_its_veto(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    run(nlp, lexicon, "Anyone who lies to investigators commits a crime.", vetoed=vetoed)
    assert [(v.sense, v.rule) for v in vetoed] == [("rule", "lie/VERB")]


# --- a rule about a class charges no one


@pytest.mark.parametrize(
    "body",
    [
        "Lenders who mislead borrowers will face penalties under the new code.",
        "Anyone who lies to investigators commits a crime.",
        "Candidates who tell lies in their leaflets can be disqualified.",
        "Those who mislead customers can be banned from trading.",
        "Under the bill, directors who deceive auditors could be jailed.",
    ],
)
def test_a_charge_in_a_rule_about_a_class_is_no_accusation(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert not any(t.category == "accusatory" for t in run(nlp, lexicon, body).tags)


@pytest.mark.parametrize(
    "body",
    [
        "Officials who lied to the inquiry have resigned.",
        "Lenders who mislead borrowers were fined last spring.",
        "The lenders who mislead borrowers will face penalties, the regulator said.",
    ],
)
def test_a_case_or_a_definite_group_keeps_the_accusation(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert any(t.category == "accusatory" for t in run(nlp, lexicon, body).tags)


# --- an idiom's object slot


def test_an_idioms_object_slot_takes_a_long_object(nlp: Language, lexicon: BiasLexicon) -> None:
    body = '"The union is holding thousands of commuters and their families to ransom," he said.'
    assert tag(run(nlp, lexicon, body), "holding thousands of commuters and their families to ransom")


@pytest.mark.parametrize("obj", ["passengers", "patients", "them", "the country"])
def test_a_strikes_public_held_to_ransom_is_the_idiom(nlp: Language, lexicon: BiasLexicon, obj: str) -> None:
    body = f'"They are holding {obj} to ransom," said Ann Lee, the health minister.'
    assert tag(run(nlp, lexicon, body), f"holding {obj} to ransom").speaker == "Ann Lee"


def test_a_kidnapped_captive_held_to_ransom_is_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A gang kidnapped the boy and held him to ransom for a week."
    assert not any(t.rule == "hold ... to ransom" for t in run(nlp, lexicon, body).tags)


# --- verdicts in quotes


def test_an_insult_to_is_a_verdict_insult_to_injury_is_not(nlp: Language, lexicon: BiasLexicon) -> None:
    body = '"This offer is an insult to every nurse in the country," said Ann Lee, a ward sister.'
    assert tag(run(nlp, lexicon, body), "insult to").speaker == "Ann Lee"
    assert "insult to" not in words(run(nlp, lexicon, "The late goal added insult to injury for the hosts."))


def test_criminally_as_degree_is_loaded_as_the_laws_term_is_not(nlp: Language, lexicon: BiasLexicon) -> None:
    body = '"The government has been criminally slow," said Ann Lee, a ward sister.'
    assert tag(run(nlp, lexicon, body), "criminally").voice == "quoted"
    legal = "Directors can be held criminally liable for the spill."
    assert "criminally" not in words(run(nlp, lexicon, legal))
