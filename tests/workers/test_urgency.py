"""Urgency on real parts: a flash article enqueued behind 500 others is finished among the first few."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle
from workers.process import WorkerProcess
from workers.producer import enqueue
from workers.queues import redis_queue_depth

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("fused", [True, False], ids=["fused", "stages"])
def test_flash_article_jumps_a_backlog_of_500(
    redis_server: EmbeddedRedis, tmp_path: Path, fused: bool
) -> None:
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    settings = Settings(redis_url=redis_server.url, fused=fused)
    # Fused, routine articles travel in batches of batch_size (one message each); the flash one alone.
    per_message = settings.batch_size if fused else 1
    from workers.app import use_broker

    app = use_broker(redis_server.url)
    backlog = [
        RawArticle(f"b{i}", data={"id": f"routine-{i}", "body": f"Routine item number {i} was filed."})
        for i in range(500)
    ]
    report = enqueue(app, client, backlog, settings)
    assert len(report.accepted) == 500
    flash = enqueue(
        app,
        client,
        [
            RawArticle(
                "flash",
                data={
                    "id": "flash-1",
                    "urgency": 1,
                    "body": "A major earthquake struck the coast on Monday, officials said.",
                },
            )
        ],
        settings,
    )
    assert flash.accepted == [("flash-1", 1)]
    assert redis_queue_depth(client, settings.queue("parse")) == -(-500 // per_message) + 1

    with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=tmp_path / "w.log") as worker:
        deadline = time.monotonic() + 90
        order: list[str] = []
        while "flash-1" not in order and time.monotonic() < deadline:
            order = [f[b"article_id"].decode() for _, f in client.xrange(settings.results_stream)]
            assert worker.alive(), worker.log_tail()
            time.sleep(0.1)
    assert "flash-1" in order, f"flash article not finished; {len(order)} others were"
    # With prefetch 1 the worker may already hold one routine message when it starts.
    assert order.index("flash-1") <= 2 * per_message, order[:20]
    client.flushdb()  # drop the remaining backlog
