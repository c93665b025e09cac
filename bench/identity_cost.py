"""What duplicates and stories cost a worker per article, against everything else it does, in one run.

    python bench/identity_cost.py [BBC.jsonl] [--n 100] [--rounds 2]

For each article (BBC News Summary dev by default, read in place): the analyses a fused worker runs (parse,
extract, bias, summary; ``tasks.analysis``), then what this feature adds: the fingerprint (MinHash and story
features) and the two Redis scripts at publishing (a private redis-server). The two parts are timed on the
same article, one after the other, over ``--rounds`` passes, so a busy machine slows both alike. Printed:
milliseconds per article of each, in wall time and in the worker's CPU time (the wall time adds the waits
for Redis's replies, which another pool process can use), and their ratio: the throughput a worker keeps with
the feature on (analyses / (analyses + feature)).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from config.settings import Settings  # noqa: E402
from tasks import analysis  # noqa: E402
from tasks.models import Article, ResultRecord  # noqa: E402
from tasks.nlp import get_nlp  # noqa: E402
from workers.embedded import EmbeddedRedis  # noqa: E402
from workers.identity import annotate  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "summaries" / "bbc-dev.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()][: args.n]
    settings = Settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    analysis.warm_up(nlp, settings)
    base: list[float] = []
    extra: list[float] = []
    base_cpu: list[float] = []
    extra_cpu: list[float] = []
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        served = Settings(redis_url=server.url)
        for round_ in range(args.rounds):
            client.flushdb()
            for r in rows:
                article = Article(id=f"{r['id']}#{round_}", headline=r.get("title"), body=r["text"])
                t0, c0 = time.perf_counter(), time.process_time()
                doc = analysis.parse(nlp, article, settings)
                ex = analysis.extract(doc, settings)
                bi = analysis.bias(doc, ex, settings, headline=analysis.parse_headline(nlp, article, doc))
                analysis.summary(doc, settings, bias=bi)
                t1, c1 = time.perf_counter(), time.process_time()
                fp = analysis.fingerprint(doc, article, ex, settings)
                record = ResultRecord(article_id=article.id, status="ok")
                annotate(client, record, fp, article.model_dump(mode="json"), served)
                t2, c2 = time.perf_counter(), time.process_time()
                base.append((t1 - t0) * 1000)
                extra.append((t2 - t1) * 1000)
                base_cpu.append((c1 - c0) * 1000)
                extra_cpu.append((c2 - c1) * 1000)
        client.close()
    for name, b, e in (
        ("wall time", statistics.mean(base), statistics.mean(extra)),
        ("CPU time of the worker", statistics.mean(base_cpu), statistics.mean(extra_cpu)),
    ):
        print(
            f"{len(base)} articles, {name}: analyses {b:.1f} ms, duplicates and stories {e:.2f} ms per "
            f"article ({e / b:.2%}); throughput kept {b / (b + e):.3f}"
        )
    print(
        f"  feature wall time per article: median {statistics.median(extra):.2f} ms, "
        f"95th percentile {sorted(extra)[int(0.95 * len(extra))]:.2f} ms"
    )


if __name__ == "__main__":
    main()
