"""Stories across outlets (workers/stories.py) on BASIL dev: pairwise precision and recall of "same story"
through the real Redis index (a private redis-server), with the cost of the story features against the parse.

    python bench/stories.py [BASIL.jsonl] [--half even|odd] [--shuffles 3] [--json]

BASIL.jsonl is the dev split in ../shared/eval/bias/ (read in place, never copied): 50 events, each reported
by Fox News, The New York Times and HuffPost, dated. Each article is parsed and analysed as a worker does
(entities, then tasks.fingerprint.story_features) and assigned a story (the parse, the features and the
Redis script timed per article); a pair of articles is "same story" when they got one story_id, and truly
so when BASIL gives them one event. ``--half`` keeps the events of that parity in sorted order (tune on
one, check on the other). Three arrival scenarios, each on a fresh index:

- dated, in time order: ``published_at`` as BASIL gives it, articles arriving in date order (a live desk);
- dated, shuffled: the same dates, arrival order shuffled (``--shuffles`` seeds; a backlog replayed);
- undated: no ``published_at``, so every article is filed under today: all 50 events (2010-2019) compete
  at once, far harder than any real day's news.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from bench.common import cost_per_article  # noqa: E402
from config.settings import Settings  # noqa: E402
from tasks import analysis  # noqa: E402
from tasks.fingerprint import load_identity_config, story_features  # noqa: E402
from tasks.models import Article  # noqa: E402
from tasks.nlp import get_nlp  # noqa: E402
from workers.embedded import EmbeddedRedis  # noqa: E402
from workers.stories import StoryIndex  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "bias" / "basil-dev.jsonl"


def pairwise(rows: list[dict[str, Any]], story: dict[str, str]) -> tuple[float, float, int, int, int]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(rows, 2):
        same, pred = a["event"] == b["event"], story[a["id"]] == story[b["id"]]
        tp += same and pred
        fp += pred and not same
        fn += same and not pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp, fn


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--shuffles", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    if args.half:
        events = sorted({r["event"] for r in rows})
        keep = set(events[0 if args.half == "even" else 1 :: 2])
        rows = [r for r in rows if r["event"] in keep]
    settings = Settings()
    config = load_identity_config(settings.lexicon_dir).stories
    nlp = get_nlp(settings.model, settings.fallback_model)
    analysis.warm_up(nlp, settings)

    features: dict[str, dict[str, float]] = {}
    parse_ms: list[float] = []
    feature_ms: list[float] = []
    for r in rows:
        article = Article(id=r["id"], headline=r.get("headline"), body=r["text"])
        t0 = time.perf_counter()
        doc = analysis.parse(nlp, article, settings)
        t1 = time.perf_counter()
        ex = analysis.extract(doc, settings)
        t2 = time.perf_counter()
        features[r["id"]] = story_features(doc, ex.entities, article.headline, config)
        feature_ms.append((time.perf_counter() - t2) * 1000)
        parse_ms.append((t1 - t0) * 1000)

    def dated(r: dict[str, Any]) -> datetime | None:
        return datetime.fromisoformat(r["published_at"]) if r.get("published_at") else None

    scenarios: list[tuple[str, list[dict[str, Any]], bool]] = [
        ("dated, time order", sorted(rows, key=lambda r: (r.get("published_at") or "", r["id"])), True)
    ]
    for seed in range(1, args.shuffles + 1):
        order = rows[:]
        random.Random(seed).shuffle(order)
        scenarios.append((f"dated, shuffled (seed {seed})", order, True))
    scenarios.append(("undated, file order", rows, False))

    out: dict[str, Any] = {"corpus": str(args.corpus), "half": args.half or "all", "articles": len(rows)}
    out["events"] = len({r["event"] for r in rows})
    results = []
    script_ms: list[float] = []
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        for name, order, use_dates in scenarios:
            client.flushdb()
            index = StoryIndex(client, Settings(redis_url=server.url), config)
            memory_before = int(client.info("memory")["used_memory"])
            story = {}
            for r in order:
                t0 = time.perf_counter()
                story[r["id"]] = index.assign(r["id"], 1, features[r["id"]], dated(r) if use_dates else None)
                script_ms.append((time.perf_counter() - t0) * 1000)
            redis_bytes = (int(client.info("memory")["used_memory"]) - memory_before) / max(len(order), 1)
            p, rec, tp, fp, fn = pairwise(rows, story)
            results.append(
                {
                    "scenario": name,
                    "precision": round(p, 4),
                    "recall": round(rec, 4),
                    "stories": len(set(story.values())),
                    "tp": tp,
                    "fp": fp,
                    "fn": fn,
                }
            )
        client.close()
    out["results"] = results
    out["cost_per_article"] = cost = cost_per_article(
        "features", feature_ms, script_ms, parse_ms, redis_bytes
    )
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"BASIL dev ({out['half']}): {len(rows)} articles, {out['events']} events")
    for x in results:
        print(
            f"  {x['scenario']:28} precision {x['precision']:.3f}  recall {x['recall']:.3f}  "
            f"({x['stories']} stories; pairs tp {x['tp']} fp {x['fp']} fn {x['fn']})"
        )
    print(
        f"cost per article: story features {cost['features_ms']} ms, Redis script {cost['redis_script_ms']} "
        f"ms, parse {cost['parse_ms']} ms -> {cost['features_over_parse']:.2%} and "
        f"{cost['script_over_parse']:.2%} of the parse; Redis memory {cost['redis_bytes']} bytes per article"
    )


if __name__ == "__main__":
    main()
