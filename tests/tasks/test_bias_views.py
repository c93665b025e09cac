"""Issue 12, straight news: reported views without a verb of belief, and legal caution.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag

# ------------------------------------------- the clause of a noun of view is a reported view, owner or not


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There are fears that the economy is doomed to a long slump.", "doomed"),
        ("Amid concerns that the scheme is reckless, shares fell.", "reckless"),
        ("He risks accusations that he would gut public services.", "gut"),
        ("The minister denied suggestions there will be a reckless spending spree.", "reckless"),
    ],
)
def test_the_clause_of_a_noun_of_view_is_reported(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker) == ("quoted", None)


def test_a_relative_clause_on_a_noun_of_view_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The rumours that he spread about the corrupt mayor were false.")
    assert tag(result, "corrupt").voice == "author"


# ------------------------------------------------- adjectives of belief, "feel", "consider ... to be"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Shopkeepers are fearful that the plan is reckless.", "reckless"),
        ("Many residents felt the decision was callous.", "callous"),
        ("The regime bans what it considers to be immoral websites.", "immoral"),
    ],
)
def test_a_view_held_by_a_third_party_is_theirs(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tag(run(nlp, lexicon, text), word).voice == "quoted"


def test_the_writers_own_feeling_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "I feel the decision was callous."), "callous").voice == "author"


# --------------------------------------------------------- "alleged" as a modifier is legal caution


@pytest.mark.parametrize(
    "text",
    [
        "The singer allegedly shoved a photographer outside the club.",
        "The band has denied the alleged rift between its two founders.",
    ],
)
def test_alleged_as_a_modifier_is_legal_caution(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert not [t for t in run(nlp, lexicon, text).tags if t.text.lower().startswith("alleg")]


def test_allege_as_the_verb_of_a_clause_still_tags(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "Critics allege that the scheme is unfair."), "allege").voice == "author"


# ---------------------------------------------- the crime named, and plain collocations, are no verdict


@pytest.mark.parametrize(
    "text",
    [
        "The film is based on the murder of a Dutch politician.",
        "The documentary tells the story of a murdered activist.",
        "The strong pound is threatening to dampen exports.",
        "Prices fell amid fierce competition between the airlines.",
        "The bank may sound hawkish on interest in the spring.",
        "The book was hailed as inspiring debate about schools.",
        "The cut is at worst a delay.",
    ],
)
def test_literal_senses_and_collocations_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    loaded = {"murder", "murdered", "threatening", "fierce", "hawkish", "inspiring", "worst"}
    assert not [t.text for t in run(nlp, lexicon, text).tags if t.text.lower() in loaded]


@pytest.mark.parametrize(
    ("text", "word"),
    [("Troops murdered villagers in the north.", "murdered"), ("The raid was murder.", "murder")],
)
def test_murder_said_of_a_killing_still_tags(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tag(run(nlp, lexicon, text), word).voice == "author"


def test_a_passive_participle_of_feeling_holds_no_view(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The jubilation felt by workers will soon give way to misery.")
    assert tag(result, "misery").voice == "author"


def test_a_view_no_one_holds_keeps_the_reporting_voice(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The chairman said no-one in the committee felt the coach was a racist.")
    assert tag(result, "racist").speaker == "chairman"


def test_an_unnamed_holder_inside_a_named_report_takes_the_reporters_name(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert tag(run(nlp, lexicon, "Aides said they fear the plan is reckless."), "reckless").speaker == "Aides"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("There is no doubt that the plan is reckless.", "reckless"),  # the writer's own certainty
        ("The council is considering letting residents cull the vicious dogs.", "vicious"),  # a plan
    ],
)
def test_certainty_and_plans_are_no_reported_view(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tag(run(nlp, lexicon, text), word).voice == "author"
