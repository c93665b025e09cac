"""What producers did, as totals in Redis (``wirelens:meta:producer:counts``), for the exporter: every
producer process (``enqueue``, ``ingest``, ``run``) adds to the same hash: one exporter reports them all."""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import TYPE_CHECKING

import redis

from config.settings import Settings
from workers.keys import Keys

if TYPE_CHECKING:
    from workers.producer import EnqueueReport

# accepted: admitted and sent; duplicate / late: skipped (this version, or a newer one, was known);
# rejected: invalid (a rejected record); failed: valid but could not be admitted or sent (a failed record).
OUTCOMES = ("accepted", "duplicate", "late", "rejected", "failed")


def marks(report: EnqueueReport) -> tuple[int, int, int, int]:
    """Where the report's lists end now: ``count`` adds what comes after."""
    return len(report.accepted), len(report.skipped), len(report.rejected), len(report.failed)


def count(
    client: redis.Redis, settings: Settings, report: EnqueueReport, since: tuple[int, int, int, int]
) -> None:
    """Add the outcomes the report gained since ``since`` (from ``marks``) to the totals; best effort: a
    count that cannot be written never stops a producer."""
    accepted, skipped, rejected, failed = since
    added: Counter[str] = Counter(s.reason for s in report.skipped[skipped:])
    added.update(
        accepted=len(report.accepted) - accepted,
        rejected=len(report.rejected) - rejected,
        failed=len(report.failed) - failed,
    )
    key = Keys(settings).producer_counts
    pipe = client.pipeline(transaction=False)
    for outcome, n in added.items():
        if n:
            pipe.hincrby(key, outcome, n)
    if len(pipe):
        with contextlib.suppress(redis.RedisError):
            pipe.execute()


def totals(client: redis.Redis, settings: Settings) -> dict[str, int]:
    raw = client.hgetall(Keys(settings).producer_counts)
    got = {k.decode(): int(v) for k, v in raw.items()}
    return {outcome: got.get(outcome, 0) for outcome in OUTCOMES}
