"""RabbitMQ as the broker (Redis still holds the ledger and the streams): the end-to-end path with the
RabbitMQ server of this machine, when there is one. Queues get a per-run prefix and are deleted after."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from kombu import Connection

from config.settings import STAGES, Settings
from workers.embedded import EmbeddedRedis
from workers.process import WorkerProcess

AMQP = "amqp://guest:guest@127.0.0.1:5672//"
ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def _rabbit_available() -> bool:
    try:
        with Connection(AMQP, connect_timeout=2) as conn:
            conn.connect()
            return True
    except Exception:
        return False


@pytest.mark.skipif(not _rabbit_available(), reason="no RabbitMQ server on 127.0.0.1:5672")
def test_seeds_through_rabbitmq(redis_server: EmbeddedRedis, tmp_path: Path) -> None:
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    prefix = f"wirelens-test-{os.getpid()}."
    settings = Settings(redis_url=redis_server.url, broker=AMQP, queue_prefix=prefix)
    assert settings.amqp and settings.broker_priority(0) == 9
    env = {
        **os.environ,
        "WIRELENS_REDIS_URL": redis_server.url,
        "WIRELENS_BROKER": AMQP,
        "WIRELENS_QUEUE_PREFIX": prefix,
    }
    try:
        with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=tmp_path / "w.log") as worker:
            time.sleep(3)  # let the worker declare its queues (with x-max-priority) first
            enq = subprocess.run(
                [sys.executable, "-m", "workers.cli", "enqueue", str(ROOT / "seeds")],
                env=env,
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=120,
            )
            assert enq.returncode == 0, enq.stderr[-2000:]
            deadline = time.monotonic() + 120
            while client.xlen(settings.results_stream) < 3 and time.monotonic() < deadline:
                assert worker.alive(), worker.log_tail()
                time.sleep(0.3)
            status = subprocess.run(
                [sys.executable, "-m", "workers.cli", "status", "--json", "--no-ping"],
                env=env,
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=60,
            )
        statuses = [f[b"status"] for _, f in client.xrange(settings.results_stream)]
        assert statuses == [b"ok"] * 3
        assert '"done": 3' in status.stdout and '"parse": 0' in status.stdout
    finally:
        with Connection(AMQP) as conn:
            channel = conn.channel()
            for stage in STAGES:
                try:
                    channel.queue_delete(prefix + stage)
                except Exception:
                    channel = conn.channel()
