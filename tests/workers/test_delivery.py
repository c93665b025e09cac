"""Delivery on real parts (redis-server of our own, a real worker process, the real model): versions and
resends, the sweeper recovering a lost message, dead letters and their retry, and JSON-only messages."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery

from config.settings import Settings
from tasks.models import ResultRecord
from workers.deadletters import list_dead, retry_dead
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle
from workers.ledger import Ledger
from workers.process import WorkerProcess
from workers.producer import enqueue
from workers.publish import stored_record
from workers.sweeper import sweep

pytestmark = pytest.mark.e2e

BODY = (
    "The city council met on {day} to discuss the state of the roads. "
    '"We will fix the roads," said Mayor Lena Park. Work on the main roads starts in {month}, officials said.'
)


@pytest.fixture(scope="module")
def stack(
    redis_server: EmbeddedRedis, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Celery, Settings]]:
    settings = Settings(redis_url=redis_server.url, max_attempts=2)
    redis.Redis.from_url(redis_server.url).flushdb()
    from workers.app import use_broker

    app = use_broker(redis_server.url)
    log = tmp_path_factory.mktemp("delivery") / "worker.log"
    with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=log) as worker:
        yield app, settings
        assert worker.alive(), worker.log_tail()


def _records(client: redis.Redis, settings: Settings, article_id: str) -> list[ResultRecord]:
    out = []
    for _, fields in client.xrange(settings.results_stream):
        if fields[b"article_id"].decode() == article_id:
            out.append(ResultRecord.model_validate_json(fields[b"record"]))
    return out


def _wait(
    client: redis.Redis, settings: Settings, article_id: str, n: int, timeout: float = 60
) -> list[ResultRecord]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = _records(client, settings, article_id)
        if len(got) >= n:
            return got
        time.sleep(0.2)
    raise AssertionError(f"{article_id}: {len(_records(client, settings, article_id))} of {n} records")


def _send(app: Celery, client: redis.Redis, settings: Settings, **article: Any) -> Any:
    return enqueue(app, client, [RawArticle("test", data=article)], settings)


def test_resend_newer_and_late_versions(stack: tuple[Celery, Settings], redis_server: EmbeddedRedis) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    first = _send(app, client, settings, id="ver-1", version=1, body=BODY.format(day="Monday", month="May"))
    assert first.accepted == [("ver-1", 1)]
    (v1,) = _wait(client, settings, "ver-1", 1)
    assert v1.status == "ok" and v1.supersedes is None

    again = _send(app, client, settings, id="ver-1", version=1, body=BODY.format(day="Monday", month="May"))
    assert not again.accepted and again.skipped[0].reason == "duplicate"

    newer = _send(app, client, settings, id="ver-1", version=2, body=BODY.format(day="Tuesday", month="June"))
    assert newer.accepted == [("ver-1", 2)]
    records = _wait(client, settings, "ver-1", 2)
    assert [r.version for r in records] == [1, 2] and records[1].supersedes == 1
    old = stored_record(client, "ver-1", settings, version=1)
    latest = stored_record(client, "ver-1", settings)
    assert old is not None and old.superseded_by == 2
    assert (
        latest is not None
        and latest.version == 2
        and "June" in (latest.summary.text if latest.summary else "")
    )

    late = _send(app, client, settings, id="ver-1", version=1, body=BODY.format(day="Sunday", month="April"))
    assert not late.accepted and late.skipped[0].reason == "late" and late.skipped[0].known_version == 2
    time.sleep(1.0)
    assert len(_records(client, settings, "ver-1")) == 2  # no analysis of the resend or the late version


def test_sweeper_recovers_an_accepted_article_whose_message_was_lost(
    stack: tuple[Celery, Settings], redis_server: EmbeddedRedis
) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    # Accepted into the ledger, but the message never reached a queue (as when a worker dies between
    # taking it from Redis and recording it as unacknowledged).
    Ledger(client, settings).admit(
        "lost-1", 1, {"id": "lost-1", "body": BODY.format(day="Friday", month="July")}
    )
    report = sweep(app, client, settings, older_than=0)
    assert report.requeued == ["lost-1"] and not report.dead
    (record,) = _wait(client, settings, "lost-1", 1)
    assert record.status == "ok"
    entry = Ledger(client, settings).get("lost-1")
    assert entry is not None and entry.state == "done"
    assert sweep(app, client, settings, older_than=0).requeued == []  # finished: nothing left to sweep


def test_article_without_progress_after_max_attempts_is_dead_and_can_be_retried(
    stack: tuple[Celery, Settings], redis_server: EmbeddedRedis
) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    ledger = Ledger(client, settings)
    ledger.admit("poison-1", 1, {"id": "poison-1", "body": BODY.format(day="Monday", month="March")})
    for _ in range(settings.max_attempts):
        ledger.progress("poison-1", 1, "parse")  # attempts that never finished
    report = sweep(app, client, settings, older_than=0)
    assert report.dead == ["poison-1"]
    (dead,) = _wait(client, settings, "poison-1", 1)
    assert (
        dead.status == "failed" and dead.error and dead.error.startswith("dead: no result after 2 attempts")
    )
    letters = [d for d in list_dead(client, settings) if d["article_id"] == "poison-1"]
    assert letters and letters[0]["payload"]["id"] == "poison-1"
    entry = ledger.get("poison-1")
    assert entry is not None and entry.state == "dead"

    assert retry_dead(app, client, settings, "poison-1") == 1
    records = _wait(client, settings, "poison-1", 2)
    assert records[-1].status == "ok"


def test_pickled_message_is_refused_and_the_worker_goes_on(
    stack: tuple[Celery, Settings], redis_server: EmbeddedRedis, tmp_path: Path
) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    app.send_task(
        "wirelens.parse",
        args=({"id": "pickled-1", "body": "A pickled article."},),
        serializer="pickle",
        queue=settings.queue("parse"),
    )
    _send(app, client, settings, id="after-pickle", body=BODY.format(day="Monday", month="May"))
    _wait(client, settings, "after-pickle", 1)
    assert _records(client, settings, "pickled-1") == []


def test_per_request_summary_length(stack: tuple[Celery, Settings], redis_server: EmbeddedRedis) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    body = " ".join(f"Sentence number {i} says the council met on Monday about item {i}." for i in range(8))
    report = enqueue(
        app,
        client,
        [RawArticle("r", data={"id": "req-1", "body": body})],
        settings,
        request={"summary_sentences": 1},
    )
    assert report.accepted == [("req-1", 1)]
    (record,) = _wait(client, settings, "req-1", 1)
    assert record.summary is not None and len(record.summary.sentences) == 1


def test_fused_mode_runs_every_analysis_in_one_task_per_batch(
    stack: tuple[Celery, Settings], redis_server: EmbeddedRedis, tmp_path_factory: pytest.TempPathFactory
) -> None:
    app, settings = stack
    client = redis.Redis.from_url(redis_server.url)
    fused = settings.model_copy(update={"fused": True, "batch_size": 8})
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    items = [
        RawArticle(str(k), data={"id": f"fused-{k}", "body": BODY.format(day=days[k % 5], month="May")})
        for k in range(11)
    ]
    report = enqueue(app, client, items, fused)
    assert len(report.accepted) == 11
    records = [_wait(client, settings, f"fused-{k}", 1)[0] for k in range(11)]
    for record in records:
        assert record.status == "ok" and {"parse", "extract", "bias", "summarise"} <= set(record.timings_ms)
        assert (
            record.quotes and record.quotes[0].speaker and record.quotes[0].speaker.canonical == "Lena Park"
        )
    logs = [p for p in tmp_path_factory.getbasetemp().rglob("worker.log") if "delivery" in str(p)]
    lines = [json.loads(x) for x in logs[0].read_text().splitlines() if x.startswith("{")]
    ours = [x for x in lines if str(x.get("article_id", "")).startswith("fused-")]
    assert not [x for x in ours if x.get("event") == "stage_done" and x.get("stage") != "parse"]  # no hops
    # Eleven articles, batches of eight: two messages, each parsed in one nlp.pipe call and published.
    tasks = {x["task_id"] for x in ours if x.get("event") == "published"}
    assert len(tasks) == 2, tasks
    # The ledger saw each article's parse start (one attempt) and its end.
    ledger = Ledger(client, settings)
    for k in range(11):
        entry = ledger.get(f"fused-{k}")
        assert entry is not None and entry.state == "done" and entry.attempts == 1, entry
