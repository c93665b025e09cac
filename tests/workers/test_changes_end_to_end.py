"""A correction through the real pipeline: ``wirelens enqueue`` of three versions of our own short article,
a real Celery worker with the real model, a redis-server of our own; the records read from the results stream
as a consumer would, and ``wirelens show ID --diff`` as a desk would."""

from __future__ import annotations

import json
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
WIRELENS = [sys.executable, "-m", "workers.cli"]
VERSIONS = ROOT / "tests" / "fixtures" / "versions" / "quake.jsonl"

pytestmark = pytest.mark.e2e


def _records(
    client: redis.Redis, settings: Settings, n: int, worker: WorkerProcess
) -> dict[int, ResultRecord]:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        entries = client.xrange(settings.results_stream)
        if len(entries) >= n:
            records = [ResultRecord.model_validate_json(f[b"record"]) for _, f in entries]
            return {r.version: r for r in records}
        assert worker.alive(), worker.log_tail()
        time.sleep(0.3)
    raise AssertionError(f"only {client.xlen(settings.results_stream)} of {n} records\n{worker.log_tail()}")


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WIRELENS, *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )


@pytest.mark.parametrize("fused", [True, False], ids=["fused", "stages"])
def test_a_correction_enqueued_to_a_worker_carries_its_changes_downstream(
    redis_server: EmbeddedRedis, redis_client: redis.Redis, tmp_path: Path, fused: bool
) -> None:
    settings = Settings(redis_url=redis_server.url, fused=fused)
    v1, v2, v3 = VERSIONS.read_text().splitlines()
    first, later = tmp_path / "v1.jsonl", tmp_path / "v2-v3.jsonl"
    first.write_text(v1 + "\n")
    later.write_text(v2 + "\n" + v3 + "\n")  # the correction, then the same text re-sent as version 3
    # The producer chooses the deployment: one fused task, or the chain whose last stage publishes.
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url, "WIRELENS_FUSED": str(fused).lower()}
    with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=tmp_path / "worker.log") as worker:
        assert _cli(env, "enqueue", str(first)).returncode == 0
        _records(redis_client, settings, 1, worker)
        enq = _cli(env, "enqueue", str(later))
        assert enq.returncode == 0, enq.stderr
        records = _records(redis_client, settings, 3, worker)

    logged = [json.loads(x) for x in (tmp_path / "worker.log").read_text().splitlines() if x.startswith("{")]
    stages = {line.get("stage") for line in logged if line.get("event") == "stage_done"}
    assert stages == ({"parse"} if fused else {"parse", "extract", "bias", "summarise"}), stages
    assert records[1].changes is None
    c = records[2].changes
    assert records[2].supersedes == 1 and c is not None and c.compared
    assert [(f.counted, f.old.value, f.new.value) for f in c.figures.changed] == [("people", 20, 27)]
    assert [(q.speaker, q.kind) for q in c.quotes.removed] == [("Mehmet Kaya", "direct")]
    assert [(t.text, t.voice) for t in c.terms.removed] == [("callous", "author")]
    resent = records[3].changes
    assert records[3].supersedes == 2 and resent is not None and resent.compared and resent.count == 0

    show = _cli(env, "show", "quake-1", "--version", "2", "--diff")
    assert show.returncode == 0, show.stderr
    assert "figure changed: people: at least 20 → at least 27" in show.stdout
    assert "quote removed: Mehmet Kaya, direct: “The government abandoned this region" in show.stdout
    assert "loaded term removed: “callous” loaded [author]" in show.stdout
    latest = _cli(env, "show", "quake-1", "--diff")
    assert "Changes from v2: none" in latest.stdout


def test_wirelens_run_reports_what_each_version_changed(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "WIRELENS_REDIS_URL"}  # its own embedded Redis
    run = subprocess.run(
        [*WIRELENS, "run", str(VERSIONS), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    records = {r.version: r for r in map(ResultRecord.model_validate_json, out.read_text().splitlines())}
    assert records[1].changes is None
    c2, c3 = records[2].changes, records[3].changes
    assert c2 is not None and [(f.old.value, f.new.value) for f in c2.figures.changed] == [(20, 27)]
    assert c3 is not None and c3.compared and c3.count == 0
    assert (
        "Changes from v1 (" in run.stdout
        and "figure changed: people: at least 20 → at least 27" in run.stdout
    )
    assert "Changes from v2: none" in run.stdout
