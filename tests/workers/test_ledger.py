"""The ledger on a real redis-server: admission by version, progress, closing, counts, staleness."""

from __future__ import annotations

import socket
import time

import pytest
import redis

from config.settings import Settings, get_settings
from tasks.models import ResultRecord
from workers.connections import BOOKKEEPING_TIMEOUT
from workers.keys import Keys
from workers.ledger import Ledger
from workers.publish import publish_record


def test_admission_by_version(redis_client: redis.Redis, test_settings: Settings) -> None:
    ledger = Ledger(redis_client, test_settings)
    assert ledger.admit("a", 1, {"id": "a", "body": "x"}) == ("accepted", 0)
    assert ledger.admit("a", 1, {"id": "a", "body": "x"}) == ("duplicate", 1)
    assert ledger.admit("a", 3, {"id": "a", "body": "y"}) == ("accepted", 1)
    assert ledger.admit("a", 2, {"id": "a", "body": "z"}) == ("late", 3)
    entry = ledger.get("a")
    assert entry is not None and entry.version == 3 and entry.previous == 1 and entry.state == "accepted"
    assert redis_client.hget(Keys(test_settings).article("a"), "late_version") == b"2"


def test_progress_counts_attempts_and_publish_closes(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    ledger = Ledger(redis_client, test_settings)
    ledger.admit("b", 1, {"id": "b", "body": "x"})
    ledger.progress("b", 1, "parse")
    ledger.progress("b", 1, "extract")
    ledger.progress("b", 1, "parse")  # redelivered
    entry = ledger.get("b")
    assert entry is not None and entry.state == "in_flight" and entry.attempts == 2 and entry.stage == "parse"
    assert ledger.counts()["in_flight"] == 1
    publish_record(redis_client, ResultRecord(article_id="b", version=1, status="ok"), test_settings)
    entry = ledger.get("b")
    assert entry is not None and entry.state == "done" and entry.payload is None
    assert ledger.counts() == {
        "accepted": 0,
        "in_flight": 0,
        "done": 1,
        "rejected": 0,
        "failed": 0,
        "dead": 0,
    }
    assert ledger.open_count() == 0


def test_progress_of_an_older_version_is_ignored(redis_client: redis.Redis, test_settings: Settings) -> None:
    ledger = Ledger(redis_client, test_settings)
    ledger.admit("c", 2, {"id": "c", "body": "x"})
    ledger.progress("c", 1, "parse")
    entry = ledger.get("c")
    assert entry is not None and entry.state == "accepted" and entry.attempts == 0


def test_stale_lists_only_unfinished_idle_articles(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    ledger = Ledger(redis_client, test_settings)
    ledger.admit("d", 1, {"id": "d", "body": "x"})
    ledger.admit("e", 1, {"id": "e", "body": "x"})
    ledger.close("e", 1, "done")
    time.sleep(0.05)
    assert ledger.stale(0.01) == ["d"]
    assert ledger.stale(60) == []


def test_backpressure_waits_while_the_parse_queue_is_over_the_limit(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    import threading

    from workers.producer import Backpressure

    settings = test_settings.model_copy(update={"max_queue_depth": 3})
    queue = settings.queue("parse")
    redis_client.rpush(queue, *[b"m"] * 5)
    messages: list[str] = []
    wait = Backpressure(redis_client, settings, notify=messages.append, poll=0.05)
    threading.Timer(0.5, lambda: redis_client.ltrim(queue, 0, 1)).start()  # workers catch up
    t0 = time.monotonic()
    wait()
    assert time.monotonic() - t0 >= 0.4
    assert "holds 5 articles (limit 3); waiting" in messages[0] and "resuming" in messages[-1]


def test_a_stalled_redis_costs_the_stage_mark_seconds_not_the_soft_time_limit(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A server that takes the connection and never answers: what a starved or stalled Redis looks like to
    # the client. The stage mark is bookkeeping: it gives up with a warning, well inside the 60 s soft limit
    # (redis-py's defaults would wait 30 s per try, four tries).
    from workers import startup

    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        url = f"redis://127.0.0.1:{server.getsockname()[1]}/0"
        monkeypatch.setenv("WIRELENS_REDIS_URL", url)
        get_settings.cache_clear()
        warnings: list[dict[str, object]] = []
        monkeypatch.setattr(startup.structlog, "get_logger", lambda: _Recorder(warnings))
        try:
            began = time.monotonic()
            startup._progress([("stalled-1", 1)], "parse")
            waited = time.monotonic() - began
        finally:
            get_settings.cache_clear()
    assert warnings and warnings[0]["event"] == "ledger_progress_failed"
    assert waited < 2 * BOOKKEEPING_TIMEOUT < get_settings().task_soft_time_limit


class _Recorder:
    def __init__(self, into: list[dict[str, object]]) -> None:
        self.into = into

    def warning(self, event: str, **fields: object) -> None:
        self.into.append({"event": event, **fields})
