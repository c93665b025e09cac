"""Light health checks: a real worker writes its heartbeat and ready files, ``python -m workers.healthcheck``
reads them without importing Celery, spaCy or the app, and fails once the heartbeat is stale."""

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
from workers.embedded import EmbeddedRedis
from workers.keys import Keys
from workers.process import WorkerProcess

HEAVY = ("celery", "kombu", "billiard", "spacy", "thinc", "redis", "pydantic", "numpy", "structlog", "tasks")


def check(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "workers.healthcheck", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=30,
    )


def files(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    beat, ready = tmp_path / "worker.heartbeat", tmp_path / "worker.ready"
    return beat, ready, {"WIRELENS_HEARTBEAT_FILE": str(beat), "WIRELENS_READY_FILE": str(ready)}


def test_the_check_imports_nothing_heavy(tmp_path: Path) -> None:
    beat, ready, env = files(tmp_path)
    beat.touch()
    ready.touch()
    code = (
        "import json, runpy, sys\n"
        "sys.argv = ['healthcheck', '--ready']\n"
        "try:\n"
        "    runpy.run_module('workers.healthcheck', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    print(json.dumps({'code': exc.code, 'modules': sorted(sys.modules)}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, **env}, capture_output=True, text=True, timeout=30
    )
    result = json.loads(out.stdout)
    assert result["code"] == 0, out.stderr
    loaded = {m.split(".")[0] for m in result["modules"]}
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    assert "workers.app" not in result["modules"] and "config.settings" not in result["modules"]


def test_missing_stale_and_unready_heartbeats_fail(tmp_path: Path) -> None:
    beat, ready, env = files(tmp_path)
    missing = check(env)
    assert missing.returncode == 1 and "no heartbeat" in missing.stderr
    beat.touch()
    assert check(env).returncode == 0
    unready = check(env, "--ready")
    assert unready.returncode == 1 and "not ready" in unready.stderr
    ready.touch()
    assert check(env, "--ready").returncode == 0
    old = time.time() - 120
    os.utime(beat, (old, old))
    stale = check(env, "--ready")
    assert stale.returncode == 1 and "stale" in stale.stderr
    assert check(env, "--max-age", "300").returncode == 0


@pytest.mark.e2e
def test_a_real_worker_beats_becomes_ready_and_goes_stale_when_stopped(
    redis_server: EmbeddedRedis, tmp_path: Path
) -> None:
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    settings = Settings(redis_url=redis_server.url)
    beat, ready, env = files(tmp_path)
    ready.touch()  # left by an earlier run: the new worker must not count as ready because of it
    worker = WorkerProcess(
        redis_server.url,
        settings,
        log_path=tmp_path / "w.log",
        env={**env, "WIRELENS_HEARTBEAT_INTERVAL": "1"},
        name="health@test",
    )
    with worker:
        deadline = time.monotonic() + 120
        while not beat.exists():
            assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.05)
        # Beating, but the pool is still loading the model (seconds): the old ready file is gone.
        unready = check(env, "--ready")
        assert unready.returncode == 1 and "not ready" in unready.stderr
        while check(env, "--ready").returncode != 0:
            assert worker.alive(), worker.log_tail()
            assert time.monotonic() < deadline, worker.log_tail()
            time.sleep(0.5)
        first = beat.stat().st_mtime
        time.sleep(2.5)
        assert beat.stat().st_mtime > first  # touched again and again, not once
        assert check(env, "--max-age", "2").returncode == 0
        assert client.zscore(Keys(settings).workers, "health@test") is not None
    assert not ready.exists()  # a stopped worker is not ready
    time.sleep(2.5)
    stale = check(env, "--max-age", "2")
    assert stale.returncode == 1 and "stale" in stale.stderr, stale.stderr
    assert client.zscore(Keys(settings).workers, "health@test") is None


@pytest.mark.e2e
def test_the_heartbeat_pauses_while_redis_is_down_and_resumes_after(tmp_path: Path) -> None:
    """A worker waiting to reconnect does not beat (its event loop does not run): the liveness probe's
    failure threshold must ride out broker outages. Once Redis is back it beats again by itself."""
    server = EmbeddedRedis().start()
    try:
        *_, env = files(tmp_path)
        settings = Settings(redis_url=server.url)
        worker = WorkerProcess(
            server.url, settings, log_path=tmp_path / "w.log", env={**env, "WIRELENS_HEARTBEAT_INTERVAL": "1"}
        )
        with worker:
            deadline = time.monotonic() + 120
            while check(env, "--ready").returncode != 0:
                assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
                time.sleep(0.5)
            server.stop(remove=False)
            time.sleep(6)
            paused = check(env, "--max-age", "4")
            assert paused.returncode == 1 and "stale" in paused.stderr
            server.start()
            deadline = time.monotonic() + 90
            while check(env, "--max-age", "3").returncode != 0:
                assert worker.alive() and time.monotonic() < deadline, worker.log_tail()
                time.sleep(0.5)
            assert check(env, "--ready").returncode == 0
    finally:
        server.stop()
