"""The NewsSD loss buckets (bench/subjectivity_losses.py), on result records of our own making."""

from __future__ import annotations

from typing import Any

import pytest

from bench.subjectivity_losses import bucket, found, macro_f1


def _tag(voice: str = "author", reason: str = "a loaded word") -> dict[str, Any]:
    return {"text": "reckless", "category": "loaded", "voice": voice, "reason": reason}


GATED = _tag(reason="loaded; withheld: the sentence reads as plain reporting (subjectivity 0.12 < 0.47 ...)")
UNCORROBORATED = _tag(reason="first person; withheld: the sentence model does not agree (0.40 < 0.60)")


@pytest.mark.parametrize(
    ("bias", "subjective", "expected"),
    [
        ({"tags": [_tag()]}, True, "tp"),
        ({"tags": [_tag()]}, False, "fp"),
        ({"tags": []}, False, "tn"),
        ({"tags": [], "withheld": [GATED]}, False, "tn"),
        ({"tags": [], "withheld": [GATED]}, True, "fn-gated"),
        ({"tags": [], "withheld": [UNCORROBORATED]}, True, "fn-stance"),
        ({"tags": [_tag("quoted")]}, True, "fn-quoted"),
        ({"tags": [], "withheld": [_tag(reason="withheld: the entry is withheld")]}, True, "fn-withheld"),
        ({"tags": [], "withheld": []}, True, "fn-nohit"),
    ],
)
def test_each_sentence_falls_in_one_bucket(bias: dict[str, Any], subjective: bool, expected: str) -> None:
    assert bucket(bias, subjective) == expected


def test_the_gate_bound_counts_tags_a_gate_withheld_but_not_quoted_ones() -> None:
    assert found({"tags": [], "withheld": [GATED]})
    assert found({"tags": [], "withheld": [UNCORROBORATED]})
    assert not found({"tags": [_tag("quoted")], "withheld": []})


def test_macro_f1_and_the_objective_share() -> None:
    gold = [True, True, False, False]
    assert macro_f1(gold, [True, False, True, False]) == pytest.approx((0.5, 0.5))
    assert macro_f1(gold, gold) == pytest.approx((1.0, 0.0))
