"""What a scrape of ``wirelens exporter`` costs, measured on this machine and printed.

    python bench/exporter_scrape.py [--records 20000] [ARTICLE]

Analyses ARTICLE (default: the seed seeds/rafah-cairo-talks.txt) in-process once, writes its record
``--records`` times to the results stream of an embedded redis-server, then times the exporter's collector:
a scrape that reads all of those new records (the cost per record and the ratio to one record's size) and
an idle scrape (no new record), beside the ratio of a full JSON parse of the record to what the exporter does
(cut ``timings_ms`` out of it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from config.logging import configure_logging  # noqa: E402
from config.settings import Settings  # noqa: E402
from tasks.analysis import analyse_article, warm_up  # noqa: E402
from tasks.models import Article, record_json  # noqa: E402
from tasks.nlp import get_nlp  # noqa: E402
from workers.embedded import EmbeddedRedis  # noqa: E402
from workers.exporter import SystemCollector, _timings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("article", nargs="?", default=str(ROOT / "seeds" / "rafah-cairo-talks.txt"))
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args()
    configure_logging("WARNING", "console")
    settings = Settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    warm_up(nlp, settings)
    article = Article(id="bench", body=Path(args.article).read_text(encoding="utf-8"))
    record = record_json(analyse_article(nlp, article, settings)).encode()
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        s = Settings(redis_url=server.url)
        collector = SystemCollector(client, s)
        pipe = client.pipeline(transaction=False)
        for i in range(args.records):
            pipe.xadd(
                s.results_stream, {"article_id": f"a{i}", "version": 1, "status": "ok", "record": record}
            )
        pipe.execute()
        t0 = time.perf_counter()
        list(collector.collect())
        full = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(collector.collect())
        idle = time.perf_counter() - t0
    n = 2_000
    t0 = time.perf_counter()
    for _ in range(n):
        json.loads(record)["timings_ms"]
    parse = (time.perf_counter() - t0) / n
    t0 = time.perf_counter()
    for _ in range(n):
        _timings(record)
    cut = (time.perf_counter() - t0) / n
    print(f"record size:                        {len(record):,} bytes")
    per_record = full / args.records * 1e6
    print(f"scrape reading {args.records:,} new records:  {full:.2f} s ({per_record:.0f} us/record)")
    print(f"idle scrape:                        {idle * 1000:.1f} ms")
    print(
        f"timings_ms by full JSON parse / cut: {parse * 1e6:.0f} us / {cut * 1e6:.1f} us = {parse / cut:.0f}x"
    )


if __name__ == "__main__":
    main()
