"""Issue 12 (bias23c): a word the writer sets in capitals for stress ("it is NOT a measure of ...") is a
stance form (``emphasis``), kept without the sentence model's corroboration; acronyms, names and capitals
inside a quotation are not. Also: a reported clause left with no token does not crash attribution."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import bias, extract


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
    "plain",
    [
        "NATO ministers met in Brussels on Tuesday to discuss the GDP figures.",
        "The UK and the EU signed the agreement at 10 AM local time.",
        "Travel firm HIS fell 3 percent as COVID cases rose in Japan.",
        "The messages broke several parts of the CAN-Spam Act, regulators found.",
        '"We will NOT back down," the union leader, Jo Reyes, said.',
    ],
)
def test_acronyms_and_quoted_capitals_are_no_stress(nlp: Language, plain: str) -> None:
    # beside a stressed word of the writer's, which alone is tagged
    body = f"{plain} A lower bill is NOT the same thing as a fair bill."
    assert [r for r in _gated_rules(nlp, body) if r[1] == "stance:emphasis"] == [("NOT", "stance:emphasis")]


def test_a_reported_clause_left_empty_does_not_crash(nlp: Language) -> None:
    # found by the bad-input property test: the believed-clause pass had no token to span
    assert _gated_rules(nlp, " told  he 'a") == []
