"""``wirelens exporter`` against a real Redis: queued messages at several priorities, articles finished by a
real worker, a rejected one and a consumer group; the scraped values are what happened."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from prometheus_client.parser import text_string_to_metric_families

from config.settings import Settings
from tasks.models import ResultRecord
from workers.embedded import EmbeddedRedis
from workers.exporter import _timings
from workers.inputs import RawArticle
from workers.process import WorkerProcess
from workers.producer import enqueue
from workers.queue_age import enqueued_at

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Exporter:
    def __init__(self, redis_url: str, log: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "WIRELENS_REDIS_URL": redis_url, "WIRELENS_EXPORTER_PORT": str(self.port)}
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "workers.cli", "exporter", "--address", "127.0.0.1"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.log = log

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=10) as reply:
                return reply.status, reply.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    def wait_listening(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            assert self.process.poll() is None, self.log.read_text()
            try:
                self.get("/")
                return
            except OSError:
                assert time.monotonic() < deadline, self.log.read_text()
                time.sleep(0.1)

    def scrape(self) -> Samples:
        status, text = self.get("/metrics")
        assert status == 200, text
        return {
            (s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text)
            for s in family.samples
        }

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture()
def exporter(redis_server: EmbeddedRedis, tmp_path: Path) -> Iterator[Exporter]:
    redis.Redis.from_url(redis_server.url).flushdb()
    running = Exporter(redis_server.url, tmp_path / "exporter.log")
    try:
        running.wait_listening()
        yield running
    finally:
        running.stop()


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples[(name, tuple(sorted(labels.items())))]


def article(i: int, urgency: int | None = None) -> RawArticle:
    data: dict[str, object] = {"id": f"a-{i}", "body": f"The council approved plan number {i} on Monday."}
    if urgency is not None:
        data["urgency"] = urgency
    return RawArticle(f"item-{i}", data=data)


@pytest.mark.e2e
def test_exporter_reports_queued_and_finished_articles(
    redis_server: EmbeddedRedis, exporter: Exporter, tmp_path: Path
) -> None:
    from workers.app import use_broker

    client = redis.Redis.from_url(redis_server.url)
    app = use_broker(redis_server.url)
    fused = Settings(redis_url=redis_server.url)
    parse = fused.queue("parse")
    started = time.time()
    assert value(exporter.scrape(), "wirelens_redis_up") == 1

    # Three articles in one fused message; finished by a real worker.
    assert len(enqueue(app, client, [article(i) for i in range(3)], fused).accepted) == 3
    time.sleep(1.0)
    waiting = exporter.scrape()
    assert value(waiting, "wirelens_queue_depth_messages", queue=parse) == 1
    assert 1.0 <= value(waiting, "wirelens_queue_oldest_message_age_seconds", queue=parse) < 30
    worker = WorkerProcess(
        redis_server.url,
        fused,
        log_path=tmp_path / "worker.log",
        env={"WIRELENS_HEARTBEAT_INTERVAL": "1", "WIRELENS_HEARTBEAT_FILE": str(tmp_path / "beat")},
    )
    with worker:
        deadline = time.monotonic() + 120
        while client.xlen(fused.results_stream) < 3:
            assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.2)
        assert value(exporter.scrape(), "wirelens_workers_alive") == 1
    assert client.xrange(fused.results_stream)[-1][1][b"status"] == b"ok"

    # Queued, no worker: one message per article (the stage chain) at three priorities; the oldest is the
    # routine one, on the lowest-priority list, 1.5 s before the others.
    stages = Settings(redis_url=redis_server.url, fused=False)
    first_queued = time.time()
    enqueue(app, client, [article(10, urgency=9)], stages)
    time.sleep(1.5)
    enqueue(app, client, [article(11, urgency=1), article(12, urgency=1)], stages)
    enqueue(app, client, [article(13), article(14), article(15)], stages)
    enqueue(app, client, [RawArticle("bad", data={"id": "no-body"})], stages)  # rejected: no body
    enqueue(app, client, [article(13)], stages)  # sent again: a duplicate, skipped
    client.xgroup_create(fused.results_stream, "archive", id="0")
    client.xreadgroup("archive", "one", {fused.results_stream: ">"}, count=1)  # read, not acknowledged

    m = exporter.scrape()
    assert value(m, "wirelens_redis_up") == 1
    assert value(m, "wirelens_queue_depth_messages", queue=parse) == 6  # the priority-0 list alone holds 2
    for stage in ("extract", "bias", "summarise", "publish"):
        assert value(m, "wirelens_queue_depth_messages", queue=stages.queue(stage)) == 0
    age = value(m, "wirelens_queue_oldest_message_age_seconds", queue=parse)
    assert 1.5 <= age <= time.time() - first_queued + 0.5
    assert value(m, "wirelens_ledger_articles", state="done") == 3
    assert value(m, "wirelens_ledger_articles", state="accepted") == 6
    assert value(m, "wirelens_ledger_articles", state="rejected") == 1
    assert value(m, "wirelens_ledger_unfinished_articles") == 6
    assert value(m, "wirelens_producer_articles_total", outcome="accepted") == 9
    assert value(m, "wirelens_producer_articles_total", outcome="rejected") == 1
    assert value(m, "wirelens_producer_articles_total", outcome="duplicate") == 1
    assert value(m, "wirelens_records_total", status="ok") == 3
    assert value(m, "wirelens_records_total", status="rejected") == 1
    assert value(m, "wirelens_dead_letters") == 1
    assert value(m, "wirelens_stream_length_entries", stream=fused.results_stream) == 4
    assert value(m, "wirelens_stream_length_entries", stream=fused.stage_stream("summary")) == 3
    group = {"stream": fused.results_stream, "group": "archive"}
    assert value(m, "wirelens_stream_group_pending_entries", **group) == 1
    assert value(m, "wirelens_stream_group_lag_entries", **group) == 3
    assert value(m, "wirelens_workers_alive") == 0  # the worker left the set when it stopped
    # Latencies of the three finished articles, from their records.
    elapsed = time.time() - started
    for stage in ("parse", "extract", "bias", "summarise"):
        assert value(m, "wirelens_stage_duration_seconds_count", stage=stage) == 3
    assert 0 < value(m, "wirelens_stage_duration_seconds_sum", stage="parse") < 3 * elapsed
    assert value(m, "wirelens_article_latency_seconds_count") == 3
    assert 3 * 1.0 <= value(m, "wirelens_article_latency_seconds_sum") < 3 * elapsed  # waited 1 s queued
    assert value(m, "wirelens_article_latency_seconds_bucket", le="+Inf") == 3
    assert value(m, "wirelens_article_latency_seconds_bucket", le="0.5") == 0
    # Counted once: a second scrape reads only what came since.
    again = exporter.scrape()
    assert value(again, "wirelens_records_total", status="ok") == 3
    assert value(again, "wirelens_article_latency_seconds_count") == 3
    status, text = exporter.get("/healthz")
    assert status == 200, text


@pytest.mark.e2e
def test_exporter_without_redis_says_so(tmp_path: Path) -> None:
    """Redis down: /healthz answers 503, /metrics still answers, with wirelens_redis_up 0."""
    nobody = f"redis://127.0.0.1:{free_port()}/0"
    running = Exporter(nobody, tmp_path / "exporter.log")
    try:
        running.wait_listening()
        status, text = running.get("/healthz")
        assert status == 503 and "redis unavailable" in text
        m = running.scrape()
        assert value(m, "wirelens_redis_up") == 0
        assert not any(name == "wirelens_queue_depth_messages" for name, _ in m)
    finally:
        running.stop()


def test_timings_are_cut_from_the_record_whatever_its_text_holds() -> None:
    """The exporter cuts ``timings_ms`` out of a record's JSON: text that looks like the key (a headline, an
    error) is escaped in JSON and never taken for it."""
    lure = '"timings_ms":{"parse":99999} {'
    record = ResultRecord(
        article_id=lure,
        status="failed",
        headline=lure,
        error=lure + "}",
        timings_ms={"parse": 12.5, "total": 40.0},
    )
    assert _timings(record.model_dump_json().encode()) == {"parse": 12.5, "total": 40.0}
    assert _timings(ResultRecord(article_id="r", status="rejected").model_dump_json().encode()) == {}
    assert _timings(b"not a record") is None
    assert _timings(b'{"timings_ms":{"parse": 1,') is None


def test_the_enqueue_time_is_read_from_every_message_shape() -> None:
    """Work items (fused batch, chain's first stage, a later stage's payload) and the release before them."""
    from tasks.models import Article
    from workers.message import StagePayload, WorkItem

    item = WorkItem(Article(id="q", body="Text."), enqueued_at=50.0).to_json()
    later = {**item, "enqueued_at": 70.0}
    assert enqueued_at([[later, item, {"article": {}}]]) == 50.0  # the earliest of a fused batch
    assert enqueued_at([item]) == 50.0  # wirelens.parse(item)
    assert enqueued_at([StagePayload(item=item).model_dump(mode="json")]) == 50.0  # extract ... publish
    assert enqueued_at([{"id": "q", "body": "Text."}, 60.0, None, {}]) == 60.0  # the old chain's first stage
    assert enqueued_at([{"article": {}, "status": "ok", "enqueued_at": 65.0}]) == 65.0  # an old payload
    assert enqueued_at([{"item": {"article": {}}}]) is None and enqueued_at([]) is None
