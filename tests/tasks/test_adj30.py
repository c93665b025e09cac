"""Session 30 (adj30): a label slot tags only adjectives that pass a verdict, not a feeling, a state or a use;
a negated booster or dramatisation is denied, a negated verdict keeps half weight, "hardly" and the word it
negates are one judgement, and a label someone does not give or refuses to give is no one's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias.sense_context import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words


def _slots(nlp: Language, lexicon: BiasLexicon, body: str) -> list[str]:
    return [t.text for t in run(nlp, lexicon, body).tags if t.category == "label-slot"]


# --- the label slot: verdicts, not feelings, states or uses


@pytest.mark.parametrize(
    "body",
    [
        "Cyclists called the new bike lane useful.",
        "Parents called the new crossing helpful.",
        "Staff called the depot busy on Monday mornings.",
        "The warden called the reserve open again after the storm.",
        "The skipper called his crew tired after the long voyage.",
        "The farmer called himself lucky to be alive.",
        "The inspector called the new stand ready for the season.",
    ],
)
def test_a_use_a_state_or_a_feeling_in_the_slot_is_no_verdict(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert _slots(nlp, lexicon, body) == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Tenants called the levy unaffordable.", "unaffordable"),  # feasibility
        ("Unions called the curfew unfair.", "unfair"),  # norm
        ("The union dismissed the pay rise as inadequate.", "inadequate"),  # adequacy
        ("Rivals called the tax cut unsustainable.", "unsustainable"),  # feasibility
        ("Engineers hailed the bridge design as revolutionary.", "revolutionary"),  # significance
    ],
)
def test_a_verdict_in_the_slot_is_tagged_with_its_class(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    t = tag(run(nlp, lexicon, body), word)
    assert (t.category, t.voice) == ("label-slot", "quoted")
    assert "a verdict of" in t.reason


def test_verdict_classes_reach_prefixed_words(lexicon: BiasLexicon) -> None:
    assert lexicon.verdict_class("unworkable") == "feasibility"
    assert lexicon.verdict_class("illegitimate") == "norm"
    assert lexicon.verdict_class("useful") is None
    assert lexicon.verdict_class("unhappy") is None


# --- a label not given


@pytest.mark.parametrize(
    "body",
    [
        "The minister did not call the levy unaffordable.",
        "The mayor stopped short of calling the levy unaffordable.",
        "Nobody on the board called the levy unaffordable.",
    ],
)
def test_a_label_not_given_is_no_verdict(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert _slots(nlp, lexicon, body) == []


def test_a_lexicon_label_someone_refuses_to_give_is_held(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, "The sheriff refused to brand them thugs.", vetoed=vetoed)
    assert "thugs" not in words(result)
    assert any(v.sense == "refused" for v in vetoed)
    assert "thugs" in words(run(nlp, lexicon, "The sheriff branded them thugs."))


# --- negation, by category


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The council's move was not unprecedented.", "unprecedented"),
        ("Turnout at the by-election was not extraordinary.", "extraordinary"),
        ("The damage to the pier was not catastrophic, engineers said.", "catastrophic"),
    ],
)
def test_a_negated_booster_or_dramatisation_is_denied(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    assert word not in words(run(nlp, lexicon, body, vetoed=vetoed))
    assert any(v.sense == "denied" for v in vetoed)


def test_a_negated_verdict_keeps_half_weight(nlp: Language, lexicon: BiasLexicon) -> None:
    t = tag(run(nlp, lexicon, "The new parking rules are not draconian."), "draconian")
    assert t.negated and t.voice == "author"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The rise in fares was not only unprecedented but steep.", "unprecedented"),
        ("Isn't it extraordinary that nobody at the depot noticed?", "extraordinary"),
    ],
)
def test_not_only_and_a_negated_question_do_not_negate(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    t = tag(run(nlp, lexicon, body), word)
    assert not t.negated


def test_hardly_and_the_word_it_negates_are_one_judgement(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The parking scheme is hardly a scandal.")
    assert "hardly" not in words(result)
    assert tag(result, "scandal").negated
    # "hardly" on its own, the writer's irony, still counts
    assert "hardly" in words(run(nlp, lexicon, "It is hardly surprising that fares rose."))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ('"I am not a bigot," the referee said after the match.', "bigot"),
        ("The marchers are not thugs, the organiser told reporters.", "thugs"),
    ],
)
def test_a_denied_label_names_no_one_in_any_voice(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    assert word not in words(run(nlp, lexicon, body, vetoed=vetoed))
    assert any(v.sense == "denied" for v in vetoed)


def test_a_negated_verb_over_the_word_leaves_its_judgement(nlp: Language, lexicon: BiasLexicon) -> None:
    # the negation is of stopping, not of the chaos
    t = tag(run(nlp, lexicon, "The new timetable did not stop the chaos at the station."), "chaos")
    assert t.category in {"emotive", "sensational", "loaded"}


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("There was no gloating from the mayor after the vote.", "gloating"),
        ("The old guard on the council didn't kill the tram plan.", "kill"),
    ],
)
def test_a_negated_act_keeps_its_figure(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    t = tag(run(nlp, lexicon, body), word)
    assert t.negated
