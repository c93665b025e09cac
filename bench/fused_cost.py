"""In-process cost per article of the fused task against the bare in-process analysis, as a ratio.

    python bench/fused_cost.py CORPUS.jsonl [--n 64] [--rounds 3] [--batch 8]

``wirelens.analyse`` is run in this process (``analyse.run``, no broker, publishing replaced by a no-op) on
batches of ``--batch`` work items, and ``tasks.analysis.analyse_article`` on the same texts one by one,
batch after batch. The ratio is what the fused task adds to (or, through ``nlp.pipe`` batching, saves from)
the analyses themselves: reading the work items, building the records; its time outside the stages' own
timings (``timings_ms``) is printed too. It needs no Redis and no worker, so it can compare two versions of
the code on a busy machine.
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

STAGES = ("parse", "extract", "bias", "summarise")  # timed inside the task; the rest is its own cost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSON Lines with the text in 'text' or 'body'")
    ap.add_argument("--n", type=int, default=64, help="articles per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=8, help="work items per wirelens.analyse message")
    args = ap.parse_args()
    configure_logging("WARNING")
    from workers import analyse_task, publish_task

    published: list[Any] = []

    def publish_record(client: Any, record: Any, *args: Any, **kwargs: Any) -> str:
        published.append(record)  # no Redis: the cost only
        return "0-0"

    setattr(publish_task, "publish_record", publish_record)  # noqa: B010
    settings = get_settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    warm_up(nlp, settings)
    texts = load(args.corpus, args.n)
    items: list[dict[str, Any]] = [
        {"article": {"id": f"cost-{k}", "body": t}, "enqueued_at": time.time(), "supersedes": None}
        for k, t in enumerate(texts)
    ]
    # Chunk by chunk, the fused task then the bare analysis on the same texts, in CPU time of this process:
    # each ratio divides two measurements seconds apart, so a busy or drifting machine tilts both alike.
    clock = time.process_time
    fused = bare = glue = 0.0
    ratios: list[float] = []
    for r in range(args.rounds + 1):  # round 0 warms caches and is not counted
        for k in range(0, len(items), args.batch):
            published.clear()
            t0, w0 = clock(), time.perf_counter()
            analyse_task.analyse.run(items[k : k + args.batch])
            t1, w1 = clock(), time.perf_counter()
            for j, t in enumerate(texts[k : k + args.batch], k):
                analyse_article(nlp, Article(id=f"cost-{j}", body=t), settings)
            t2 = clock()
            if r:
                fused, bare = fused + t1 - t0, bare + t2 - t1
                stages = sum(v for rec in published for s, v in rec.timings_ms.items() if s in STAGES) / 1000
                glue += w1 - w0 - stages  # wall time, as the stages' timings are
                ratios.append((t1 - t0) / (t2 - t1))
    n = len(texts) * args.rounds
    print(f"{len(texts)} articles x {args.rounds} rounds, batches of {args.batch}, CPU time of this process")
    print(f"fused task in-process: {fused * 1000 / n:.1f} ms/article")
    print(f"bare analyse_article:  {bare * 1000 / n:.1f} ms/article")
    print(f"fused task outside its stages' own timings (wall time): {glue * 1000 / n:.2f} ms/article")
    q = statistics.quantiles(ratios, n=4)
    median = statistics.median(ratios)
    print(f"ratio fused / bare per batch: median {median:.3f} (quartiles {q[0]:.3f}, {q[2]:.3f})")


if __name__ == "__main__":
    main()
