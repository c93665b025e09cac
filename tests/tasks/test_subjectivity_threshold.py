"""The subjectivity gate's thresholds are chosen for precision where macro-F1 is flat
(bench/train_subjectivity.py F1_SLACK), and the shipped model was fitted with that rule."""

from __future__ import annotations

from bench.train_subjectivity import F1_SLACK, Row, choose_gate
from tasks.subjectivity import SentenceFeatures, load_model


def _rows(spec: list[tuple[int, float, bool, int]]) -> tuple[list[Row], list[list[float]]]:
    """Rows of one sentence each from (label, probability, has a severity-1 author tag, how many)."""
    rows: list[Row] = []
    probs: list[list[float]] = []
    for label, p, tagged, n in spec:
        for _ in range(n):
            feats = [SentenceFeatures(0, 1, 1, {}, [])]
            rows.append((f"r{len(rows)}", label, feats, [[1] if tagged else []]))
            probs.append([p])
    return rows, probs


def test_gate_takes_the_precision_a_flat_macro_f1_offers() -> None:
    # Tags in sentences the model gives 0.3: four subjective, three objective. Keeping them wins 0.003 of
    # macro-F1 and tags 2% of the objective rows; withholding them tags none.
    rows, probs = _rows(
        [
            (1, 0.97, True, 150),
            (0, 0.10, False, 150),
            (1, 0.30, True, 4),
            (0, 0.30, True, 3),
            (1, 0.10, False, 20),
        ]
    )
    assert F1_SLACK > 0.003
    gate, f1, false_alarms = choose_gate(rows, probs, limits={}, fp_bar=None, stance_gate=0.6)
    assert gate[1] > 0.30 and false_alarms == 0.0
    # without the slack the argmax keeps them
    gate0, f10, false_alarms0 = choose_gate(
        rows, probs, limits={}, fp_bar=None, stance_gate=0.6, f1_slack=0.0
    )
    assert gate0.get(1, 0.0) <= 0.30 and f10 > f1 and false_alarms0 > 0.0


def test_shipped_gate_was_chosen_with_the_slack() -> None:
    model = load_model()
    assert f"within {F1_SLACK} of the best macro-F1" in model.metrics["gate_rule"]
    assert model.provenance["licence"] == "CC BY 4.0"
    assert "NewsSD-ENG" in model.provenance["data"]
