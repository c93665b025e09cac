"""What duplicates and stories cost a worker per article, against everything else it does, in one run.

    python bench/identity_cost.py [BBC.jsonl] [--n 100] [--rounds 2]

For each article (BBC News Summary dev by default, read in place): the analyses a fused worker runs (parse,
extract, bias, summary; ``tasks.analysis``), then what this feature adds: the fingerprint (MinHash and story
features) and the two Redis scripts at publishing (a private redis-server). The two parts are timed on the
same article, one after the other, over ``--rounds`` passes, so a busy machine slows both alike. Printed:
milliseconds per article of each and their ratio, i.e. the throughput a worker keeps with the feature on
(analyses / (analyses + feature)).
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
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        served = Settings(redis_url=server.url)
        for round_ in range(args.rounds):
            client.flushdb()
            for r in rows:
                article = Article(id=f"{r['id']}#{round_}", headline=r.get("title"), body=r["text"])
                t0 = time.perf_counter()
                doc = analysis.parse(nlp, article, settings)
                ex = analysis.extract(doc, settings)
                bi = analysis.bias(doc, ex, settings, headline=analysis.parse_headline(nlp, article, doc))
                analysis.summary(doc, settings, bias=bi)
                t1 = time.perf_counter()
                fp = analysis.fingerprint(doc, article, ex, settings)
                record = ResultRecord(article_id=article.id, status="ok")
                annotate(client, record, fp, article.model_dump(mode="json"), served)
                t2 = time.perf_counter()
                base.append((t1 - t0) * 1000)
                extra.append((t2 - t1) * 1000)
        client.close()
    b, e = statistics.mean(base), statistics.mean(extra)
    print(
        f"{len(base)} articles: analyses {b:.1f} ms, duplicates and stories {e:.2f} ms per article "
        f"({e / b:.2%}); throughput kept {b / (b + e):.3f}"
    )


if __name__ == "__main__":
    main()
