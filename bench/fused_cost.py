"""In-process cost per article of the fused task against the bare in-process analysis, as a ratio.

    python bench/fused_cost.py CORPUS.jsonl [--n 64] [--rounds 3] [--batch 8]

``wirelens.analyse`` is run in this process (``analyse.run``, no broker, publishing replaced by a no-op) on
batches of ``--batch`` work items, and ``tasks.analysis.analyse_article`` on the same texts one by one;
rounds alternate so a machine whose speed drifts (shared hosts do) tilts both alike. The ratio is what the
fused task adds to (or, through ``nlp.pipe`` batching, saves from) the analyses themselves: reading the work
items, building the records. It needs no Redis and no worker, so it can compare two versions of the code
on a busy machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from bench.throughput import load
from config.logging import configure_logging
from config.settings import get_settings
from tasks.analysis import analyse_article, warm_up
from tasks.models import Article
from tasks.nlp import get_nlp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSON Lines with the text in 'text' or 'body'")
    ap.add_argument("--n", type=int, default=64, help="articles per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=8, help="work items per wirelens.analyse message")
    args = ap.parse_args()
    configure_logging("WARNING")
    from workers import analyse_task, publish_task

    publish_task.publish_record = lambda *a, **k: "0-0"  # type: ignore[assignment]  # no Redis: cost only
    settings = get_settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    warm_up(nlp, settings)
    texts = load(args.corpus, args.n)
    items: list[dict[str, Any]] = [
        {"article": {"id": f"cost-{k}", "body": t}, "enqueued_at": time.time(), "supersedes": None}
        for k, t in enumerate(texts)
    ]
    fused: list[float] = []
    bare: list[float] = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for k in range(0, len(items), args.batch):
            analyse_task.analyse.run(items[k : k + args.batch])
        fused.append((time.perf_counter() - t0) * 1000 / len(items))
        t0 = time.perf_counter()
        for k, t in enumerate(texts):
            analyse_article(nlp, Article(id=f"cost-{k}", body=t), settings)
        bare.append((time.perf_counter() - t0) * 1000 / len(texts))
    ratios = [f / b for f, b in zip(fused, bare, strict=True)]
    print(f"{len(texts)} articles x {args.rounds} rounds, batches of {args.batch}")
    print(f"fused task in-process: {statistics.median(fused):.1f} ms/article (rounds {_fmt(fused)})")
    print(f"bare analyse_article:  {statistics.median(bare):.1f} ms/article (rounds {_fmt(bare)})")
    print(f"ratio fused / bare: {statistics.median(ratios):.3f} (rounds {', '.join(f'{r:.3f}' for r in ratios)})")


def _fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.1f}" for v in values)


if __name__ == "__main__":
    main()
