"""Duplicates and stories end to end: ``wirelens enqueue`` and ``wirelens run`` with real Celery worker
processes, a redis-server of our own and the real model, on short articles of our own."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from tasks.models import ResultRecord
from workers.embedded import EmbeddedRedis
from workers.process import WorkerProcess

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "identity"
WIRELENS = [sys.executable, "-m", "workers.cli"]

pytestmark = pytest.mark.e2e


def _check(records: dict[str, ResultRecord]) -> None:
    assert {r.status for r in records.values()} == {"ok"}
    first, resend = records["wire-lisbon-1"], records["wire-lisbon-1-resend"]
    # Two pool processes may publish either copy first: exactly one points to the other.
    links = {first.duplicate_of, resend.duplicate_of}
    assert links in ({None, "wire-lisbon-1"}, {None, "wire-lisbon-1-resend"}), links
    linked = resend if resend.duplicate_of else first
    assert linked.similarity is not None and linked.similarity >= 0.8
    assert records["daily-tagus-storm"].duplicate_of is None  # another outlet's words: a story, no copy
    stories = {name: r.story_id for name, r in records.items()}
    assert stories["wire-lisbon-1"] and stories["wire-boston-marathon"]
    assert stories["wire-lisbon-1"] == stories["wire-lisbon-1-resend"] == stories["daily-tagus-storm"]
    assert stories["wire-boston-marathon"] != stories["wire-lisbon-1"]


@pytest.mark.parametrize("fused", ["true", "false"])
def test_enqueue_and_workers_link_a_resend_and_group_a_story(
    redis_server: EmbeddedRedis, redis_client: redis.Redis, tmp_path: Path, fused: str
) -> None:
    settings = Settings(redis_url=redis_server.url, fused=fused == "true")
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url, "WIRELENS_FUSED": fused}
    with WorkerProcess(
        redis_server.url,
        settings,
        concurrency=2,
        log_path=tmp_path / "worker.log",
        env={"WIRELENS_FUSED": fused},
    ) as worker:
        enq = subprocess.run(
            [*WIRELENS, "enqueue", str(FIXTURES)],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert enq.returncode == 0, enq.stderr
        deadline = time.monotonic() + 240
        while redis_client.xlen(settings.results_stream) < 4 and time.monotonic() < deadline:
            assert worker.alive(), worker.log_tail()
            time.sleep(0.3)
    entries = redis_client.xrange(settings.results_stream)
    records = {}
    for _, fields in entries:
        record = ResultRecord.model_validate_json(fields[b"record"])
        records[record.article_id] = record
    assert len(records) == 4, worker.log_tail()
    _check(records)


def test_run_links_a_resend_and_groups_a_story(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "WIRELENS_REDIS_URL"}
    proc = subprocess.run(
        [*WIRELENS, "run", str(FIXTURES), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = {r.article_id: r for r in map(ResultRecord.model_validate_json, out.read_text().splitlines())}
    _check(records)
    # The report says it too.
    assert "duplicate of wire-lisbon-1" in proc.stdout and "story story-" in proc.stdout
