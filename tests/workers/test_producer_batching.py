"""Batched enqueueing (``workers/producer.py``) on a real redis-server: the outcomes, report and ledger of one
article at a time, the messages of ``article_chain(...).apply_async()``, run by a plain worker; backpressure,
the rate limit and slow streams still honoured."""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from celery import Celery
from celery.signals import before_task_publish
from kombu.exceptions import BatchPublishError

from config.settings import PRIORITY_STEPS, Settings
from tasks.models import Article, ResultRecord
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle
from workers.keys import Keys
from workers.ledger import Ledger
from workers.message import AnalysisOptions, WorkItem, read_item
from workers.process import WorkerProcess
from workers.producer import (
    BATCH,
    ChainSender,
    EnqueueReport,
    _uuid4s,
    article_chain,
    articles_per_batch,
    enqueue,
    fused_batches,
    validate,
)
from workers.queues import redis_queue_depth

BODY = "The city council met on {day} to discuss the roads. Work starts in {month}, officials said."


def _item(origin: str, **data: Any) -> RawArticle:
    return RawArticle(origin, data=data)


def _body(i: int) -> str:
    return BODY.format(day=f"day {i}", month=f"month {i}")


def _article(raw: RawArticle, settings: Settings) -> Article:
    article = validate(raw, settings)
    assert isinstance(article, Article), article
    return article


@pytest.fixture()
def app(redis_server: EmbeddedRedis) -> Celery:
    from workers.app import use_broker

    return use_broker(redis_server.url)


def _ledger_state(client: redis.Redis, settings: Settings) -> dict[str, Any]:
    """Everything the ledger holds except the times it wrote."""
    times = {b"accepted_at", b"updated_at", b"late_at"}
    keys = Keys(settings)
    entries = {
        key: {k: v for k, v in client.hgetall(key).items() if k not in times}
        for key in client.scan_iter(keys.article_prefix + "*")
    }
    return {
        "entries": entries,
        "counts": client.hgetall(keys.ledger_counts),
        "open": sorted(client.zrange(keys.ledger_open, 0, -1)),
    }


def test_admit_many_gives_the_outcomes_of_one_admit_after_the_other(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    sequence = [
        ("a", 1),
        ("a", 1),
        ("b", 1),
        ("b", 2),
        ("c", 2),
        ("c", 1),
        ("b", 1),
        ("d", 3),
        ("d", 3),
        ("d", 4),
    ]
    ledger = Ledger(redis_client, test_settings)
    one = [ledger.admit(i, v, {"id": i, "version": v}) for i, v in sequence]
    state = _ledger_state(redis_client, test_settings)
    assert one == [
        ("accepted", 0),
        ("duplicate", 1),  # an exact resend
        ("accepted", 0),
        ("accepted", 1),  # v2 supersedes v1
        ("accepted", 0),
        ("late", 2),
        ("late", 2),
        ("accepted", 0),
        ("duplicate", 3),
        ("accepted", 3),
    ]
    redis_client.flushdb()
    many = ledger.admit_many([(i, v, {"id": i, "version": v}) for i, v in sequence])
    assert many == one
    assert _ledger_state(redis_client, test_settings) == state
    assert ledger.admit_many([]) == []


# Resend, v1 then v2, a rejected v3 between v2 and a late v1 (the rejection writes the ledger too, so it must
# come in input order), an article without a body, ids from content.
MIXED: list[tuple[str, dict[str, Any]]] = [
    ("1", {"id": "x", "body": _body(1)}),
    ("2", {"id": "x", "body": _body(1)}),
    ("3", {"id": "y", "version": 1, "body": _body(3)}),
    ("4", {"id": "y", "version": 2, "body": _body(4)}),
    ("5", {"id": "z", "version": 2, "body": _body(5)}),
    ("6", {"id": "z", "version": 3, "body": "   "}),
    ("7", {"id": "z", "version": 1, "body": _body(7)}),
    ("8", {"id": "w", "headline": "No body"}),
    ("9", {"body": _body(9)}),
    ("10", {"id": "v", "urgency": 1, "body": _body(10)}),
]


@pytest.fixture
def test_settings(test_settings: Settings) -> Settings:
    """The stage chain's messages (WIRELENS_FUSED=false); the fused ones have their own tests below."""
    return test_settings.model_copy(update={"fused": False})


def _report(report: EnqueueReport) -> dict[str, Any]:
    return {
        "accepted": report.accepted,
        "skipped": report.skipped,
        "rejected": report.rejected,
        "records": [r.model_dump(exclude={"processed_at"}) for r in report.records],
    }


def _queued(client: redis.Redis, settings: Settings) -> list[dict[str, Any]]:
    """The parse messages waiting, most urgent list first, oldest first: (article id, version, supersedes)."""
    out = []
    for p in PRIORITY_STEPS:
        key = settings.queue("parse") + (f"\x06\x16{p}" if p else "")
        for raw in reversed(client.lrange(key, 0, -1)):
            message = json.loads(raw)
            (item,) = json.loads(base64.b64decode(message["body"]))[0]
            article = item["article"]
            out.append(
                {
                    "id": article["id"],
                    "version": article["version"],
                    "supersedes": item["supersedes"],
                    "priority": p,
                }
            )
    return out


def test_a_batch_reports_and_records_what_one_at_a_time_does(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    items = [_item(origin, **data) for origin, data in MIXED]
    one = enqueue(app, redis_client, items, test_settings, batch=1)
    state, queued = _ledger_state(redis_client, test_settings), _queued(redis_client, test_settings)
    redis_client.flushdb()
    batched = enqueue(app, redis_client, items, test_settings)
    assert _report(batched) == _report(one)
    assert _ledger_state(redis_client, test_settings) == state
    assert _queued(redis_client, test_settings) == queued

    hashed = _article(items[8], test_settings)
    assert batched.accepted == [("x", 1), ("y", 1), ("y", 2), ("z", 2), (hashed.id, 1), ("v", 1)]
    assert [(s.origin, s.reason, s.known_version) for s in batched.skipped] == [
        ("2", "duplicate", 1),
        ("7", "late", 3),
    ]
    assert [(r.origin, r.article_id) for r in batched.rejected] == [("6", "z"), ("8", "w")]
    assert [(r.article_id, r.version, r.status) for r in batched.records] == [
        ("z", 3, "rejected"),
        ("w", 1, "rejected"),
    ]
    entry = Ledger(redis_client, test_settings).get("z")
    assert entry is not None and (entry.version, entry.state) == (3, "rejected")
    # The flash article first; y v2 says which version it supersedes.
    assert queued[0] == {"id": "v", "version": 1, "supersedes": None, "priority": 0}
    assert {"id": "y", "version": 2, "supersedes": 1, "priority": 5} in queued
    assert len(queued) == 6


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _normalise(value: Any, ids: dict[str, str]) -> Any:
    """Ids become their order of appearance, times and counters a placeholder: what must match remains."""
    if isinstance(value, dict):
        return {
            k: "<varies>" if k in ("timestamp", "clock", "delivery_tag") else _normalise(v, ids)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return [_normalise(v, ids) for v in value]
    if isinstance(value, float):
        return "<float>"
    if isinstance(value, str):
        return _UUID.sub(lambda m: ids.setdefault(m.group(), f"<id{len(ids)}>"), value)
    return value


def _sent(client: redis.Redis, pubsub: Any, settings: Settings) -> list[Any]:
    """The messages on the parse lists and the events published since the last call, decoded."""
    out: list[Any] = []
    for key in sorted(client.keys(settings.queue("parse") + "*")):
        if client.type(key) != b"list":
            continue
        for raw in client.lrange(key, 0, -1):
            message = json.loads(raw)
            assert message["content-type"] == "application/json"
            message["body"] = json.loads(base64.b64decode(message["body"]))
            out.append(["queue", key.decode(), message])
        client.delete(key)
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        got = pubsub.get_message(timeout=0.2)
        if got is None:
            if any(kind == "event" for kind, _, _ in out):
                break
            continue
        if got["type"] == "pmessage":
            event = json.loads(got["data"])
            event["body"] = json.loads(base64.b64decode(event["body"]))
            out.append(["event", got["channel"].decode(), event])
    return out


@pytest.mark.parametrize("fused", [False, True])
def test_batched_messages_are_those_of_apply_async(
    redis_client: redis.Redis, redis_server: EmbeddedRedis, app: Celery, fused: bool
) -> None:
    settings = Settings(redis_url=redis_server.url, fused=fused)
    article = _article(_item("m", id="m1", urgency=2, version=3, body=_body(1)), settings)
    pubsub = redis_client.pubsub()
    pubsub.psubscribe("*")
    pubsub.get_message(timeout=1)
    request = {"summary_sentences": 1}
    article_chain(app, article, settings, supersedes=2, request=request).apply_async()
    expected = _sent(redis_client, pubsub, settings)
    item = WorkItem(article, time.time(), 2, AnalysisOptions(**request), article.model_dump(mode="json"))
    ChainSender(app, settings).send([item])
    got = _sent(redis_client, pubsub, settings)
    pubsub.close()
    assert [kind for kind, _, _ in expected] == ["queue", "event"]
    assert _normalise(got, {}) == _normalise(expected, {})
    message = got[0][2]
    if fused:  # one task does it all: no chain
        assert message["headers"]["task"] == "wirelens.analyse"
        assert message["headers"]["argsrepr"] == "(['m1' v3],)"
        assert message["body"][2]["chain"] is None
        [item] = message["body"][0][0]
        assert item["article"]["id"] == "m1" and item["supersedes"] == 2 and item["options"] == request
        assert read_item(item) == WorkItem(article, item["enqueued_at"], 2, AnalysisOptions(**request))
        return
    assert message["headers"]["task"] == "wirelens.parse" and message["headers"]["argsrepr"] == "('m1' v3)"
    (item,) = message["body"][0]  # one work item, as the fused task's
    assert read_item(item) == WorkItem(article, item["enqueued_at"], 2, AnalysisOptions(**request))
    assert [s["task"] for s in message["body"][2]["chain"]] == [
        "wirelens.publish",
        "wirelens.summarise",
        "wirelens.bias",
        "wirelens.extract",
    ]


def test_uuids_are_random_version_4() -> None:
    ids = _uuid4s(1000)
    assert len(set(ids)) == 1000
    for s in ids[:50]:
        u = uuid.UUID(s)
        assert str(u) == s and u.version == 4 and u.variant == uuid.RFC_4122


def test_backpressure_holds_the_backlog_near_the_limit(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    settings = test_settings.model_copy(update={"max_queue_depth": 20})
    size = articles_per_batch(BATCH, settings)
    assert 1 <= size < settings.max_queue_depth
    notes: list[str] = []
    done: list[EnqueueReport] = []
    items = [_item(str(i), id=f"bp-{i}", body=_body(i)) for i in range(60)]
    producer = threading.Thread(
        target=lambda: done.append(enqueue(app, redis_client, items, settings, notify=notes.append))
    )
    producer.start()
    deadline = time.monotonic() + 30
    while not any("waiting" in n for n in notes) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert notes and "waiting" in notes[0], notes
    depth = redis_queue_depth(redis_client, settings.queue("parse"))
    assert settings.max_queue_depth < depth <= settings.max_queue_depth + size
    keys = [settings.queue("parse") + (f"\x06\x16{p}" if p else "") for p in PRIORITY_STEPS]
    while producer.is_alive() and time.monotonic() < deadline:  # workers catching up
        redis_client.delete(*keys)
        time.sleep(0.05)
    producer.join(5)
    assert done and len(done[0].accepted) == 60
    assert any("resuming" in n for n in notes)


def test_enqueue_waits_while_the_parse_queue_is_over_the_limit(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    settings = test_settings.model_copy(update={"max_queue_depth": 3})
    queue = settings.queue("parse")
    redis_client.rpush(queue, *[b"m"] * 5)
    notes: list[str] = []
    threading.Timer(0.5, lambda: redis_client.ltrim(queue, 0, 1)).start()
    t0 = time.monotonic()
    report = enqueue(
        app, redis_client, [_item("a", id="wait-1", body=_body(1))], settings, notify=notes.append
    )
    assert time.monotonic() - t0 >= 0.4
    assert report.accepted == [("wait-1", 1)]
    assert "holds 5 articles (limit 3); waiting" in notes[0] and "resuming" in notes[-1]


def test_rate_limit_keeps_the_pace_with_batches(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    settings = test_settings.model_copy(update={"producer_max_rate": 200.0})
    assert articles_per_batch(BATCH, settings) == 10  # 50 ms worth of articles per batch
    assert articles_per_batch(BATCH, settings.model_copy(update={"producer_max_rate": 5.0})) == 1
    items = [_item(str(i), id=f"rate-{i}", body=_body(i)) for i in range(40)]
    t0 = time.monotonic()
    report = enqueue(app, redis_client, items, settings)
    assert len(report.accepted) == 40
    assert time.monotonic() - t0 >= 0.14  # three waits of 10 intervals of 5 ms


def test_batch_one_sends_each_article_before_reading_the_next(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    queue = test_settings.queue("parse")
    seen: list[int] = []

    def stream(prefix: str) -> Iterator[RawArticle]:  # a live feed: the next article is not there yet
        for i in range(3):
            yield _item(str(i), id=f"{prefix}-{i}", body=_body(i))
            seen.append(redis_queue_depth(redis_client, queue))

    enqueue(app, redis_client, stream("live"), test_settings, batch=1)
    assert seen == [1, 2, 3]
    redis_client.flushdb()
    seen.clear()
    report = enqueue(app, redis_client, stream("file"), test_settings)
    assert seen == [0, 0, 0]  # a whole batch at the end of the input
    assert len(report.accepted) == 3 and redis_queue_depth(redis_client, queue) == 3
    with pytest.raises(ValueError, match="batch"):
        enqueue(app, redis_client, [], test_settings, batch=0)


def test_ready_sends_what_is_held_when_no_next_article_waits(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    queue = test_settings.queue("parse")
    seen: list[int] = []

    def stream(prefix: str) -> Iterator[RawArticle]:
        for i in range(3):
            yield _item(str(i), id=f"{prefix}-{i}", body=_body(i))
            seen.append(redis_queue_depth(redis_client, queue))

    enqueue(app, redis_client, stream("idle"), test_settings, ready=lambda: False)
    assert seen == [1, 2, 3]  # nothing waiting: each article went before the next was read
    redis_client.flushdb()
    seen.clear()
    enqueue(app, redis_client, stream("busy"), test_settings, ready=lambda: True)
    assert seen == [0, 0, 0] and redis_queue_depth(redis_client, queue) == 3  # more waiting: one batch


def test_publish_signal_receivers_get_celerys_own_path(
    redis_client: redis.Redis, test_settings: Settings, app: Celery
) -> None:
    heard: list[str] = []

    def receiver(sender: str | None = None, **kwargs: Any) -> None:
        heard.append(str(sender))

    before_task_publish.connect(receiver, weak=False)
    try:
        items = [_item(str(i), id=f"sig-{i}", body=_body(i)) for i in range(2)]
        report = enqueue(app, redis_client, items, test_settings)
    finally:
        before_task_publish.disconnect(receiver)
    assert len(report.accepted) == 2 and heard == ["wirelens.parse", "wirelens.parse"]
    assert redis_queue_depth(redis_client, test_settings.queue("parse")) == 2


def test_a_failed_batch_is_sent_again_one_by_one(
    redis_client: redis.Redis, test_settings: Settings, app: Celery, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(self: ChainSender, producer: Any, articles: Any) -> None:
        raise BatchPublishError("Redis publish batch failed; delivery is uncertain")

    monkeypatch.setattr(ChainSender, "_publish", fail)
    items = [_item(str(i), id=f"retry-{i}", body=_body(i)) for i in range(3)]
    report = enqueue(app, redis_client, items, test_settings)
    assert len(report.accepted) == 3
    assert redis_queue_depth(redis_client, test_settings.queue("parse")) == 3


def test_rabbitmq_sends_each_article_with_apply_async(
    test_settings: Settings, app: Celery, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = test_settings.model_copy(update={"broker": "amqp://guest:guest@localhost:5672//"})
    assert settings.amqp
    sent: list[tuple[str, int | None]] = []
    monkeypatch.setattr(
        ChainSender,
        "_apply_async",
        lambda self, batch: sent.extend((i.article.id, i.supersedes) for i in batch),
    )
    monkeypatch.setattr(ChainSender, "_publish", lambda *a: pytest.fail("no Redis batch on RabbitMQ"))
    articles = [_article(_item(str(i), id=f"amqp-{i}", body=_body(i)), settings) for i in range(2)]
    ChainSender(app, settings).send([WorkItem(a, time.time()) for a in articles])
    assert sent == [("amqp-0", None), ("amqp-1", None)]


@pytest.mark.e2e
def test_a_batch_runs_on_a_plain_worker_one_record_each(
    redis_server: EmbeddedRedis, redis_client: redis.Redis, app: Celery, tmp_path: Path
) -> None:
    settings = Settings(redis_url=redis_server.url)
    items = [_item(str(i), id=f"run-{i}", body=_body(i)) for i in range(20)]
    items += [
        _item("v1", id="run-twice", version=1, body=_body(100)),
        _item("v2", id="run-twice", version=2, body=_body(200)),
        _item("again", id="run-0", body=_body(0)),
    ]
    report = enqueue(app, redis_client, items, settings)
    expected = {(f"run-{i}", 1) for i in range(20)} | {("run-twice", 1), ("run-twice", 2)}
    assert set(report.accepted) == expected and len(report.accepted) == 22
    assert [s.reason for s in report.skipped] == ["duplicate"]

    with WorkerProcess(redis_server.url, settings, concurrency=2, log_path=tmp_path / "worker.log") as worker:
        deadline = time.monotonic() + 180
        while redis_client.xlen(settings.results_stream) < len(expected) and time.monotonic() < deadline:
            assert worker.alive(), worker.log_tail()
            time.sleep(0.3)
        time.sleep(1.0)  # would a duplicate turn up late?
    records = [
        ResultRecord.model_validate_json(f[b"record"])
        for _, f in redis_client.xrange(settings.results_stream)
    ]
    counted = Counter((r.article_id, r.version) for r in records)
    assert set(counted) == expected and set(counted.values()) == {1}, counted
    assert all(r.status == "ok" and r.summary for r in records), [
        r.error for r in records if r.status != "ok"
    ]
    assert next(r for r in records if r.article_id == "run-twice" and r.version == 2).supersedes == 1
    ledger = Ledger(redis_client, settings)
    assert all(e is not None and e.state == "done" for e in (ledger.get(f"run-{i}") for i in range(20)))


def test_fused_batches_group_articles_of_one_priority_and_send_long_ones_alone() -> None:
    settings = Settings(fused=True, batch_size=3, batch_max_chars=500)

    def art(k: int, **extra: Any) -> WorkItem:
        return WorkItem(Article(id=f"f{k}", body=extra.pop("body", _body(k)), **extra))

    articles = [art(0), art(1), art(2), art(3), art(4, urgency=1), art(5), art(6, body="x " * 400), art(7)]
    batches = [[i.article.id for i in batch] for batch in fused_batches(articles, settings)]
    # Full at three; the flash article on its own priority; the long article alone.
    assert batches == [["f0", "f1", "f2"], ["f3"], ["f4"], ["f5"], ["f6"], ["f7"]]
    assert [a for batch in fused_batches(articles, settings) for a in batch] == articles  # order kept
