"""``wirelens status``: what the pipeline is doing now, for people (a table) and scripts (``--json``)."""

from __future__ import annotations

import time
from typing import Any

import redis
from celery import Celery

from config.settings import STAGES, Settings
from workers.ledger import Ledger
from workers.persistence import persistence, persistence_warning
from workers.queues import QueueDepth


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
    streams = [
        settings.results_stream,
        *(settings.stage_stream(s) for s in ("extraction", "bias", "summary")),
    ]
    ledger = Ledger(client, settings)
    depth = QueueDepth(client, settings)
    queues = {stage: depth(settings.queue(stage)) for stage in STAGES}
    depth.close()
    return {
        "warnings": [w for w in [persistence_warning(client)] if w],
        "persistence": persistence(client),
        "workers": workers,
        "queues": queues,
        "streams": {name: int(client.xlen(name)) for name in [*streams, settings.dead_stream]},
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
