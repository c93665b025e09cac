"""End to end on real parts: a redis-server of our own, real Celery worker processes, the real model.

The producer is the ``wirelens enqueue`` command, the worker ``celery -A workers.app worker`` via
``WorkerProcess``; results are read from the ``wirelens:results`` stream as a downstream system would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from tasks.models import ResultRecord
from workers.embedded import EmbeddedRedis
from workers.inputs import read_articles
from workers.keys import Keys
from workers.process import WorkerProcess
from workers.producer import validate

ROOT = Path(__file__).resolve().parents[2]
WIRELENS = [sys.executable, "-m", "workers.cli"]

pytestmark = pytest.mark.e2e


def _wait(
    client: redis.Redis, stream: str, n: int, worker: WorkerProcess, timeout: float = 240
) -> list[ResultRecord]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = client.xrange(stream)
        if len(entries) >= n:
            return [ResultRecord.model_validate_json(f[b"record"]) for _, f in entries]
        assert worker.alive(), worker.log_tail()
        time.sleep(0.3)
    raise AssertionError(f"only {client.xlen(stream)} of {n} records after {timeout}s\n{worker.log_tail()}")


def test_seeds_and_an_invalid_article_each_yield_one_record(
    redis_server: EmbeddedRedis, redis_client: redis.Redis, tmp_path: Path
) -> None:
    settings = Settings(redis_url=redis_server.url)
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "bad-1", "headline": "No body here"}) + "\n")
    # The same seed article a second time under a new id: four parses for two pool processes.
    extra = tmp_path / "extra.jsonl"
    seed = (ROOT / "seeds" / "rafah-cairo-talks.txt").read_text()
    extra.write_text(json.dumps({"id": "seed-copy", "body": seed}) + "\n")
    valid = [
        a
        for a in (validate(r, settings) for r in read_articles([ROOT / "seeds", extra]))
        if hasattr(a, "body")
    ]
    expected_ids = {a.id for a in valid}  # type: ignore[union-attr]
    assert len(expected_ids) >= 3

    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url}
    with WorkerProcess(redis_server.url, settings, concurrency=2, log_path=tmp_path / "worker.log") as worker:
        enq = subprocess.run(
            [*WIRELENS, "enqueue", str(ROOT / "seeds"), str(extra), str(bad)],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert enq.returncode == 1, enq.stderr  # 1: something was rejected
        assert "rejected" in enq.stderr and "body: Field required" in enq.stderr
        records = _wait(redis_client, settings.results_stream, len(expected_ids) + 1, worker)
        time.sleep(1.0)  # would a duplicate turn up late?
        records = [
            ResultRecord.model_validate_json(f[b"record"])
            for _, f in redis_client.xrange(settings.results_stream)
        ]
    by_status = Counter(r.status for r in records)
    assert by_status == {"ok": len(expected_ids), "rejected": 1}, [
        (r.article_id, r.status, r.error) for r in records
    ]
    assert {r.article_id for r in records if r.status == "ok"} == expected_ids
    rejected = next(r for r in records if r.status == "rejected")
    assert rejected.article_id == "bad-1" and rejected.error == "body: Field required"
    assert redis_client.xlen(settings.dead_stream) == 1

    seed_record = next(r for r in records if r.article_id == "seed-copy")
    assert seed_record.model and seed_record.lexicon_version
    assert {"parse", "extract", "bias", "summarise"} <= set(seed_record.timings_ms)
    assert any(q.speaker and q.speaker.canonical == "Benjamin Netanyahu" for q in seed_record.quotes)
    assert seed_record.summary and len(seed_record.summary.sentences) == 3
    assert seed_record.bias and any(
        t.text.lower() == "genocidal" and t.voice == "author" for t in seed_record.bias.tags
    )
    # The latest record per article is retrievable by id.
    stored = redis_client.hget(Keys(settings).record("seed-copy"), "record")
    assert stored and ResultRecord.model_validate_json(stored).article_id == "seed-copy"

    # The model is loaded once per worker process, after fork, never per task.
    lines = [json.loads(x) for x in (tmp_path / "worker.log").read_text().splitlines() if x.startswith("{")]
    loads = Counter(line["pid"] for line in lines if line.get("event") == "model_loaded")
    stages_by_pid: dict[int, int] = defaultdict(int)
    logged: set[str] = set()
    for line in lines:
        if line.get("event") == "stage_done":
            stages_by_pid[line["pid"]] += 1
            assert line.get("article_id") and line.get("task_id") and "duration_ms" in line
            logged.add(line["article_id"])
    # Fused (the default): one task per batch ran every analysis; each article logged its stage.
    assert expected_ids <= logged
    assert any(line.get("stage") == "analyse" for line in lines)  # bound from the task's name
    assert {line["stage"] for line in lines if line.get("event") == "stage_done"} == {"parse"}  # no hops
    assert set(stages_by_pid) <= set(loads), "a process ran stages without the start-up load"
    assert all(n == 1 for n in loads.values()), loads
    assert len(loads) <= 2  # concurrency 2: two pool processes, the parent never loads it
