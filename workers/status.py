"""``wirelens status``: what the pipeline is doing now, for people (a table) and scripts (``--json``)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import redis

from config.settings import STAGES, Settings
from workers.ledger import Ledger
from workers.persistence import persistence, persistence_warning
from workers.queues import QueueDepth

if TYPE_CHECKING:
    from celery import Celery


def queue_depths(client: redis.Redis, settings: Settings) -> dict[str, int]:
    """Messages waiting per stage (over every priority list of its queue), for ``status`` and the exporter."""
    depth = QueueDepth(client, settings)
    try:
        return {stage: depth(settings.queue(stage)) for stage in STAGES}
    finally:
        depth.close()


def streams(settings: Settings) -> list[str]:
    """Every stream wirelens writes: results, one per stage part, dead letters."""
    return [
        settings.results_stream,
        *(settings.stage_stream(s) for s in ("extraction", "bias", "summary")),
        settings.dead_stream,
    ]


def stream_lengths(client: redis.Redis, settings: Settings) -> dict[str, int]:
    pipe = client.pipeline(transaction=False)
    names = streams(settings)
    for name in names:
        pipe.xlen(name)
    return dict(zip(names, (int(n) for n in pipe.execute()), strict=True))


def collect(
    app: Celery | None, client: redis.Redis, settings: Settings, *, ping_timeout: float = 1.0
) -> dict[str, Any]:
    """A snapshot: workers alive, queue depth per stage, stream lengths, ledger states, recent throughput."""
    now_ms = int(time.time() * 1000)
    last_minute = client.xrange(settings.results_stream, min=f"{now_ms - 60_000}-0", max="+", count=1_000_000)
    workers: list[str] = []
    if app is not None:
        replies = app.control.ping(timeout=ping_timeout) or []
        workers = sorted(name for reply in replies for name in reply)
    ledger = Ledger(client, settings)
    return {
        "warnings": [w for w in [persistence_warning(client)] if w],
        "persistence": persistence(client),
        "workers": workers,
        "queues": queue_depths(client, settings),
        "streams": stream_lengths(client, settings),
        "articles": ledger.counts(),
        "open": ledger.open_count(),
        "results_last_minute": len(last_minute),
        "articles_per_second": round(len(last_minute) / 60.0, 2),
    }


def render(snapshot: dict[str, Any]) -> str:
    w = snapshot["workers"]
    lines = [f"warning: {text}" for text in snapshot.get("warnings", [])]
    lines.append(f"workers alive: {len(w)}" + (f"  ({', '.join(w)})" if w else ""))
    # Messages, not articles: a fused message carries up to WIRELENS_BATCH_SIZE articles ("articles" counts
    # those by state).
    depths = ", ".join(f"{k} {v}" for k, v in snapshot["queues"].items())
    lines.append(f"queue depth:   {depths} messages")
    lines.append("articles:      " + ", ".join(f"{k} {v}" for k, v in snapshot["articles"].items()))
    lines.append(f"unfinished:    {snapshot['open']}")
    lines.append("streams:       " + ", ".join(f"{k} {v}" for k, v in snapshot["streams"].items()))
    lines.append(
        f"throughput:    {snapshot['results_last_minute']} results in the last minute "
        f"({snapshot['articles_per_second']}/s)"
    )
    return "\n".join(lines)
