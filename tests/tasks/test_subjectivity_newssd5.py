"""The subjectivity gate can be chosen on out-of-fold probabilities pooled over several draws of the folds
(bench/train_subjectivity.py ``pooled``, ``--gate-seeds``): one draw's luck no longer picks the threshold."""

from __future__ import annotations

from bench.train_subjectivity import Row, choose_gate, pooled
from tasks.subjectivity import SentenceFeatures


def _rows(labels: list[int]) -> list[Row]:
    """One sentence per row, each with a severity-1 author-voice tag."""
    return [(f"r{i}", label, [SentenceFeatures(0, 1, 1, {}, [])], [[1]]) for i, label in enumerate(labels)]


def test_pooled_repeats_the_rows_once_per_draw_with_that_draws_probabilities() -> None:
    rows = _rows([1, 0])
    pool_rows, pool_probs = pooled(rows, [[[0.9], [0.2]], [[0.8], [0.4]]])
    assert [r[0] for r in pool_rows] == ["r0", "r1", "r0", "r1"]
    assert pool_probs == [[0.9], [0.2], [0.8], [0.4]]


def test_gate_chosen_on_the_pool_is_not_one_draws_luck() -> None:
    # Three subjective rows and three objective ones. In the first draw an objective row sits at 0.50, above
    # two subjective ones, so a gate chosen on it alone sits low; in the other two draws the objective rows
    # sit below every subjective one, and the pooled gate withholds them.
    rows = _rows([1, 1, 1, 0, 0, 0])
    lucky = [[[0.9], [0.45], [0.40], [0.50], [0.2], [0.1]]]
    others = [[[0.9], [0.6], [0.55], [0.30], [0.2], [0.1]], [[0.85], [0.65], [0.6], [0.35], [0.25], [0.1]]]
    one, _, fp_one = choose_gate(rows, lucky[0], limits={}, fp_bar=None, stance_gate=0.6, f1_slack=0.0)
    pool, _, fp_pool = choose_gate(
        *pooled(rows, lucky + others), limits={}, fp_bar=None, stance_gate=0.6, f1_slack=0.0
    )
    assert one[1] <= 0.40 and fp_one > 0
    assert pool[1] > 0.35 and fp_pool < fp_one
