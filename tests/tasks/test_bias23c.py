"""Issue 12 (bias23c): a degree word grading an adjective in the writer's own voice is a judgement, even when
the adjective is in no lexicon entry; a degree word that only measures (quantity, time, size) or one inside
a quotation is not the writer's judgement. A word the writer sets in capitals for stress is a stance form
(``emphasis``); acronyms and capitals inside a quotation are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run


def _author_rules(nlp: Language, lexicon: BiasLexicon, body: str) -> dict[str, str]:
    return {t.text.lower(): t.rule for t in run(nlp, lexicon, body).tags if t.voice == "author"}


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        ("The new timetable was so vague that commuters gave up on it.", "so vague"),
        ("Ministers made a very puzzling choice when they scrapped the scheme.", "very puzzling"),
        ("The guidance on the new tax forms was so sparse in the first month.", "so sparse"),
    ],
)
def test_degree_word_on_an_adjective_is_the_writers_judgement(
    nlp: Language, lexicon: BiasLexicon, body: str, pair: str
) -> None:
    assert _author_rules(nlp, lexicon, body).get(pair, "").startswith("degree-judgement:")


@pytest.mark.parametrize(
    "body",
    [
        "Very few residents attended the meeting, which ended too late for the last bus.",
        "The lake is very deep near the dam, and the water is very cold in spring.",
        '"The timetable is so vague," said one commuter, Ana Ruiz.',
        # a person's state of mind, reported; a difficulty measured by its complement
        "Investors were deeply suspicious of the new finance minister.",
        "The new ticket machine is very easy to use.",
    ],
)
def test_measures_and_quotations_are_not_the_writers_judgement(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert not any(r.startswith("degree-judgement:") for r in _author_rules(nlp, lexicon, body).values())


# ---------------------------------------------------------------- emphasis: a word set in capitals


def _gated_rules(nlp: Language, body: str) -> list[tuple[str, str]]:
    settings = Settings()
    doc = nlp(body)
    result = bias(doc, extract(doc, settings), settings)
    return [(t.text, t.rule) for t in result.tags if t.voice == "author"]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("A lower bill is NOT the same thing as a fair bill.", "NOT"),
        ("The council NEVER consulted the people who live on the estate.", "NEVER"),
    ],
)
def test_a_word_in_capitals_is_the_writers_stress(nlp: Language, body: str, word: str) -> None:
    assert (word, "stance:emphasis") in _gated_rules(nlp, body)


@pytest.mark.parametrize(
    "body",
    [
        "NATO ministers met in Brussels on Tuesday to discuss the GDP figures.",
        "The UK and the EU signed the agreement at 10 AM local time.",
        "Travel firm HIS fell 3 percent as COVID cases rose in Japan.",
        "The messages broke several parts of the CAN-Spam Act, regulators found.",
        '"We will NOT back down," the union leader, Jo Reyes, said.',
    ],
)
def test_acronyms_and_quoted_capitals_are_no_stress(nlp: Language, body: str) -> None:
    assert not any(rule == "stance:emphasis" for _, rule in _gated_rules(nlp, body))


def test_a_graded_quality_passes_the_gate_one_level_up(nlp: Language) -> None:
    # The sentence model alone reads this as plain reporting (below the severity-1 threshold).
    body = "Orders at the plant fell 12 percent in March, a very abrupt decline after two years of growth."
    assert ("very abrupt", "degree-judgement:very") in _gated_rules(nlp, body)


def test_a_reported_clause_left_empty_does_not_crash(nlp: Language) -> None:
    # found by the bad-input property test: the believed-clause pass had no token to span
    assert _gated_rules(nlp, " told  he 'a") == []
