"""Issue 12 (babe20): violence done to a measure, and the literal senses of "dangerous".

Short texts of our own; each test fails without the lexicon data or the parse rule it names:

* ``kill`` is a figure only when done to a measure (``context.on_measure``, the lexicon's ``measure_nouns``
  or a LAW entity): "moved to kill the bill" dramatises, "the storm killed three people" reports, and so
  for ``strangle``; a submarine or a navy torpedoing a ship is the attack itself (``torpedo``, military);
* a dangerous place, condition, level or substance is the physical risk, and a person "considered
  dangerous" the legal finding: neither is the writer's alarm.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

# ---------------------------------------------------------------- kill: a measure, not a life


@pytest.mark.parametrize(
    ("figure", "literal"),
    [
        (
            "The committee killed the bill on Tuesday.",
            "The storm killed three people in the north of the island.",
        ),
        (
            "Republicans tried again to kill the Affordable Care Act.",
            "A gunman killed two officers outside the station.",
        ),
        (
            "The plan was killed in committee after a day of debate.",
            "The driver killed the engine and stepped out.",
        ),
        (
            "The senators have voted to kill the health care law.",
            "Farmers were told to kill the infected birds.",
        ),
    ],
)
def test_kill_a_measure_not_a_life(nlp: Language, lexicon: BiasLexicon, figure: str, literal: str) -> None:
    assert {"kill", "killed"} & words(run(nlp, lexicon, figure))
    assert not {"kill", "killed"} & words(run(nlp, lexicon, literal))


@pytest.mark.parametrize(
    ("figure", "literal", "word"),
    [
        ("Critics moved to strangle the plan at birth.", "He strangled his neighbour in 2019.", "strangle"),
        ("The senator torpedoed the deal.", "A German submarine torpedoed the liner in 1915.", "torpedoed"),
        ("The senator torpedoed the deal.", "The navy torpedoed two cargo ships.", "torpedoed"),
    ],
)
def test_strangle_and_torpedo_a_measure_not_a_ship(
    nlp: Language, lexicon: BiasLexicon, figure: str, literal: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, figure))
    assert not {"strangled", "torpedoed"} & words(run(nlp, lexicon, literal))


# ---------------------------------------------------------------- dangerous: a physical risk, a legal finding


@pytest.mark.parametrize(
    "body",
    [
        "Reporters there work in an increasingly dangerous environment, where editors are sacked.",
        "Tests found dangerous levels of lead in the water supply.",
        "Only felons who may be considered dangerous lose the right to own a gun.",
        "The gorge is a dangerous place to swim in winter.",
    ],
)
def test_dangerous_physical_risk_or_legal_finding_is_literal(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert "dangerous" not in words(run(nlp, lexicon, body))
    # the writer's alarm about an idea or a debt stays tagged
    assert "dangerous" in words(run(nlp, lexicon, "The senator's plan is a dangerous idea for the economy."))
    assert "dangerous" in words(run(nlp, lexicon, "Students take out dangerous amounts of debt."))
