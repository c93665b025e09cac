"""Helpers shared by the bench scripts."""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(label: str, total: int, items: Iterable[T], *, every: int = 100) -> Iterator[T]:
    """Yield ``items`` unchanged, reporting ``label i/total (rate/s)`` on stderr every ``every`` items."""
    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if i % every == 0 or i == total:
            rate = i / max(time.perf_counter() - t0, 1e-9)
            print(f"\r{label} {i}/{total} ({rate:.1f}/s)", end="", file=sys.stderr, flush=True)
        yield item
    print(file=sys.stderr)


def cost_per_article(
    own: str,
    own_ms: list[float],
    script_ms: list[float],
    parse_ms: list[float],
    redis_bytes: float,
    *,
    server_ms: float | None = None,
) -> dict[str, float]:
    """The mean cost per article of a step named ``own`` (its milliseconds, the Redis script's and, if
    measured, the server's) beside a parse's, and the Redis memory it takes, for the dedup and story
    benches' ``cost_per_article``."""
    cost = {
        f"{own}_ms": round(statistics.mean(own_ms), 3),
        "redis_script_ms": round(statistics.mean(script_ms), 3),
    }
    if server_ms is not None:
        cost["redis_server_ms"] = round(server_ms, 3)
    cost["parse_ms"] = round(statistics.mean(parse_ms), 2)
    cost[f"{own}_over_parse"] = round(cost[f"{own}_ms"] / cost["parse_ms"], 4)
    cost["script_over_parse"] = round(cost["redis_script_ms"] / cost["parse_ms"], 4)
    cost["redis_bytes"] = round(redis_bytes)
    return cost


def half_of(row_id: str) -> str:
    """The dev half ("even" or "odd") a row or article belongs to: the parity of the SHA-1 of its id. Every
    bench script splits by this, so a half studied in one is the same half in the others."""
    return "even" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "odd"
