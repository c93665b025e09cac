"""Security: Redis AUTH through the URL end to end, and no password in any log line or message."""

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
from workers.run import redact

SECRET = "n0t-in-any-log-7f3a"


def test_redact_hides_the_password() -> None:
    assert redact(f"redis://:{SECRET}@host:6379/0") == "redis://:***@host:6379/0"
    assert redact(f"rediss://wirelens:{SECRET}@host:6380/1") == "rediss://wirelens:***@host:6380/1"
    assert redact("redis://localhost:6379/0") == "redis://localhost:6379/0"


@pytest.mark.e2e
def test_password_protected_redis_works_and_the_password_is_never_logged(tmp_path: Path) -> None:
    with EmbeddedRedis(password=SECRET) as server:
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(port=server.port).ping()
        settings = Settings(redis_url=server.url)
        client = redis.Redis.from_url(server.url)
        from workers.app import use_broker

        app = use_broker(server.url)
        log = tmp_path / "worker.log"
        with WorkerProcess(server.url, settings, concurrency=1, log_path=log) as worker:
            enqueue(
                app,
                client,
                [RawArticle("s", data={"id": "auth-1", "body": "The port reopened on Monday."})],
                settings,
            )
            deadline = time.monotonic() + 90
            while client.xlen(settings.results_stream) < 1 and time.monotonic() < deadline:
                assert worker.alive(), worker.log_tail()
                time.sleep(0.2)
        assert client.xlen(settings.results_stream) == 1
        text = log.read_text()
        assert "redis://" in text  # Celery names its broker in the log...
        assert SECRET not in text  # ...with the password masked
