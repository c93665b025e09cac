"""Near-duplicate links (workers/dedup.py) on BBC News Summary dev and on rewrites of our own, through the
real Redis index (a private redis-server), with the cost of a signature against the parse.

    python bench/dedup.py [BBC.jsonl] [--half even|odd] [--rewrites N] [--seed 1] [--json]

BBC.jsonl is the dev split in ../shared/eval/summaries/ (read in place, never copied). Truth: articles whose
bodies are the same (ignoring whitespace) or whose titles are the same (the corpus's write-throughs: one
paragraph changed or added) form a duplicate group; every other pair is distinct. Articles go through the
index in file order (the first of a group is its first in the file), then the rewrites of our own, each made
from a distinct article with a seeded random generator:

- reorder: the paragraphs shuffled;
- add: a new paragraph inserted after the first;
- substitute: one word in 15 replaced by a word of another article;
- write-through: a new lead paragraph, the last paragraph dropped, one word in 30 replaced (a heavier
  rewrite than the others: reported, not a target).

A new paragraph is one of another article's paragraphs with its words shuffled: new text that repeats no run
of words of any article.

Printed: recall (duplicates linked to their own group's first article), link precision (links that stay
inside the right group; a link between distinct articles is a false link), per kind of rewrite; per-article
milliseconds of the signature, of the Redis script (round trip, and inside the server) and of the parse
(``nlp(body)``), and their ratios.
``--half`` keeps the groups whose normalised title hashes to that parity (study one, check the other).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from bench.common import cost_per_article  # noqa: E402
from config.settings import Settings  # noqa: E402
from tasks.fingerprint import body_signature, encode_signature, load_identity_config  # noqa: E402
from workers.dedup import DuplicateIndex  # noqa: E402
from workers.embedded import EmbeddedRedis  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "eval" / "summaries" / "bbc-dev.jsonl"
KINDS = ("reorder", "add", "substitute", "write-through")
LIGHT = ("reorder", "add", "substitute")  # the rewrites the targets are about


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def truth_groups(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Group number of every article: same body (whitespace aside) or same title is one group."""
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, r in enumerate(rows):
        for key in ("b:" + _norm(r["text"]), "t:" + _norm(r.get("title") or "").lower()):
            if key == "t:":
                continue
            if key in first:
                parent[find(i)] = find(first[key])
            else:
                first[key] = i
    return {r["id"]: find(i) for i, r in enumerate(rows)}


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _substitute(text: str, every: int, donor: list[str], rng: random.Random) -> str:
    words = text.split(" ")
    for i in range(len(words)):
        if rng.random() < 1 / every:
            words[i] = rng.choice(donor)
    return " ".join(words)


def _new_paragraph(other: str, rng: random.Random) -> str:
    """New text: a paragraph of another article with its words shuffled, so it repeats no run of words."""
    words = rng.choice(_paragraphs(other)).split()
    rng.shuffle(words)
    return " ".join(words)


def rewrite(kind: str, text: str, other: str, rng: random.Random) -> str:
    paras = _paragraphs(text)
    donor = other.split()
    if kind == "reorder":
        shuffled = paras[:]
        while len(paras) > 1 and shuffled == paras:
            rng.shuffle(shuffled)
        return "\n\n".join(shuffled)
    if kind == "add":
        return "\n\n".join([*paras[:1], _new_paragraph(other, rng), *paras[1:]])
    if kind == "substitute":
        return _substitute(text, 15, donor, rng)
    lead = _new_paragraph(other, rng)
    body = paras[:-1] if len(paras) > 2 else paras
    return _substitute("\n\n".join([lead, *body]), 30, donor, rng)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--half", choices=("even", "odd"))
    ap.add_argument("--rewrites", type=int, default=300, help="Articles rewritten, each in every kind.")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--parse-sample", type=int, default=100, help="Articles parsed to time the parse.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    if args.half:
        parity = 0 if args.half == "even" else 1
        rows = [r for r in rows if zlib.crc32(_norm(r.get("title") or "").lower().encode()) % 2 == parity]
    group = truth_groups(rows)
    settings = Settings()
    config = load_identity_config(settings.lexicon_dir).duplicates
    rng = random.Random(args.seed)

    # Rewrites of our own, from articles that are alone in their group (so the truth stays simple).
    sizes: dict[int, int] = defaultdict(int)
    for g in group.values():
        sizes[g] += 1
    singles = [r for r in rows if sizes[group[r["id"]]] == 1]
    chosen = rng.sample(singles, min(args.rewrites, len(singles)))
    rewrites: list[dict[str, Any]] = []
    for r in chosen:
        for kind in KINDS:
            other = rng.choice(rows)
            while group[other["id"]] == group[r["id"]]:
                other = rng.choice(rows)
            rid = f"rw-{kind}-{r['id']}"
            rewrites.append({"id": rid, "text": rewrite(kind, r["text"], other["text"], rng), "kind": kind})
            group[rid] = group[r["id"]]
    rng.shuffle(rewrites)

    sig_ms: list[float] = []
    script_ms: list[float] = []
    links: dict[str, str | None] = {}
    sims: dict[str, float | None] = {}
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        index = DuplicateIndex(client, Settings(redis_url=server.url), config)
        memory_before = int(client.info("memory")["used_memory"])
        for r in [*rows, *rewrites]:
            t0 = time.perf_counter()
            sig = body_signature(r["text"], config)
            t1 = time.perf_counter()
            sig_ms.append((t1 - t0) * 1000)
            if sig is None:
                links[r["id"]] = None
                continue
            link = index.link(r["id"], 1, encode_signature(sig[0]), sig[1])
            script_ms.append((time.perf_counter() - t1) * 1000)
            links[r["id"]], sims[r["id"]] = link.duplicate_of, link.similarity
        evalsha = client.info("commandstats").get("cmdstat_evalsha", {})
        indexed = max(len(script_ms), 1)
        redis_bytes = (int(client.info("memory")["used_memory"]) - memory_before) / indexed
        client.close()

    # The first article of each group, in arrival order: what a duplicate should point to.
    first_of: dict[int, str] = {}
    for r in [*rows, *rewrites]:
        first_of.setdefault(group[r["id"]], r["id"])

    def score(ids: list[str]) -> dict[str, Any]:
        expected = [i for i in ids if first_of[group[i]] != i]
        linked = [i for i in ids if links.get(i)]
        right = [i for i in linked if group[links[i] or ""] == group[i]]
        return {
            "duplicates": len(expected),
            "recall": round(
                sum(1 for i in expected if links.get(i) == first_of[group[i]]) / max(len(expected), 1), 4
            ),
            "links": len(linked),
            "precision": round(len(right) / max(len(linked), 1), 4),
            "false_links": len(linked) - len(right),
        }

    bbc_ids = [r["id"] for r in rows]
    out: dict[str, Any] = {"corpus": str(args.corpus), "half": args.half or "all", "articles": len(rows)}
    out["bbc"] = score(bbc_ids)
    out["bbc"]["groups"] = sum(1 for s in sizes.values() if s > 1)
    out["rewrites"] = {k: score([w["id"] for w in rewrites if w["kind"] == k]) for k in KINDS}
    out["all"] = score([*bbc_ids, *(w["id"] for w in rewrites if w["kind"] in LIGHT)])
    misses = [
        i for i in [*bbc_ids, *(w["id"] for w in rewrites)] if first_of[group[i]] != i and not links.get(i)
    ]
    out["missed_examples"] = misses[:8]
    false = [(i, links[i], sims[i]) for i in links if links[i] and group[links[i] or ""] != group[i]]
    out["false_link_examples"] = false[:8]

    from tasks.nlp import get_nlp

    nlp = get_nlp(settings.model, settings.fallback_model)
    sample = rows[: args.parse_sample]
    nlp(sample[0]["text"])
    parse_ms = []
    for r in sample:
        t0 = time.perf_counter()
        nlp(r["text"])
        parse_ms.append((time.perf_counter() - t0) * 1000)
    server_ms = float(evalsha.get("usec_per_call", 0)) / 1000
    out["cost_per_article"] = cost = cost_per_article(
        "signature", sig_ms, script_ms, parse_ms, redis_bytes, server_ms=server_ms
    )
    if args.json:
        print(json.dumps(out, indent=2))
        return
    print(f"BBC dev ({out['half']}): {len(rows)} articles, {out['bbc']['groups']} duplicate groups")
    b = out["bbc"]
    print(
        f"  recall {b['recall']:.3f} ({b['duplicates']} duplicates)  precision {b['precision']:.3f} "
        f"({b['links']} links, {b['false_links']} false)"
    )
    for k, s in out["rewrites"].items():
        print(
            f"  rewrite {k:13} recall {s['recall']:.3f} ({s['duplicates']})  precision {s['precision']:.3f} "
            f"({s['false_links']} false)"
        )
    a = out["all"]
    print(
        f"  BBC and light rewrites: recall {a['recall']:.3f}  precision {a['precision']:.3f} "
        f"({a['false_links']} false links)"
    )
    print(f"  missed: {out['missed_examples']}")
    print(f"  false links: {out['false_link_examples']}")
    print(
        f"cost per article: signature {cost['signature_ms']} ms, Redis script {cost['redis_script_ms']} ms "
        f"(in the server {cost['redis_server_ms']} ms), "
        f"parse {cost['parse_ms']} ms -> {cost['signature_over_parse']:.2%} and "
        f"{cost['script_over_parse']:.2%} of the parse; Redis memory {cost['redis_bytes']} bytes per body"
    )


if __name__ == "__main__":
    main()
