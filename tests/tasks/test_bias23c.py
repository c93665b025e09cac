"""Issue 12 (bias23c): a degree word grading an adjective in the writer's own voice is a judgement, even when
the adjective is in no lexicon entry; a degree word that only measures (quantity, time, size) or one inside
a quotation is not the writer's judgement."""

from __future__ import annotations

import pytest
from spacy.language import Language

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
    ],
)
def test_measures_and_quotations_are_not_the_writers_judgement(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert not any(r.startswith("degree-judgement:") for r in _author_rules(nlp, lexicon, body).values())
