"""Flower against the test Redis: it starts only with authentication, and its API shows the tasks that
just ran, with readable names and the article id as their arguments."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import redis

from config.settings import Settings
from workers.embedded import EmbeddedRedis, free_port
from workers.inputs import RawArticle
from workers.process import WorkerProcess
from workers.producer import enqueue

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def _get(url: str, auth: str | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url)
    if auth:
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_flower_refuses_to_start_without_authentication() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIRELENS_FLOWER")}
    proc = subprocess.run(
        [sys.executable, "-m", "workers.cli", "flower"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2 and "WIRELENS_FLOWER_BASIC_AUTH" in proc.stderr


@pytest.mark.parametrize("fused", [True, False], ids=["fused", "stages"])
def test_flower_api_shows_the_tasks_that_ran(
    redis_server: EmbeddedRedis, tmp_path: Path, fused: bool
) -> None:
    """Fused (the default): one ``wirelens.analyse`` task per batch; stages: one task per stage."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    settings = Settings(redis_url=redis_server.url, fused=fused)
    last_task = "wirelens.analyse" if fused else "wirelens.publish"
    port, auth = free_port(), "desk:s3cret-for-tests"
    env = {
        **os.environ,
        "WIRELENS_REDIS_URL": redis_server.url,
        "WIRELENS_FLOWER_BASIC_AUTH": auth,
        "WIRELENS_FLOWER_DB": str(tmp_path / "flower.db"),
        "WIRELENS_FLOWER_PORT": str(port),
    }
    log = (tmp_path / "flower.log").open("wb")
    flower = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "flower"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=tmp_path / "w.log"):
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if _get(f"{base}/healthcheck")[0] == 200:
                        break
                except OSError:
                    pass
                time.sleep(0.5)
            from workers.app import use_broker

            app = use_broker(redis_server.url)

            def send(article_id: str) -> None:
                body = "The mayor said the bridge would reopen on Monday."
                enqueue(app, client, [RawArticle("t", data={"id": article_id, "body": body})], settings)

            def published(article_id: str) -> dict[str, Any] | None:
                status, body = _get(f"{base}/api/tasks", auth)
                assert status == 200
                tasks = json.loads(body)
                done = [
                    t
                    for t in tasks.values()
                    if t.get("name") == last_task
                    and t.get("state") == "SUCCESS"
                    and article_id in str(t.get("args"))
                ]
                return tasks if done else None

            # Flower's event receiver connects a moment after its web server answers: a warm-up article
            # proves events are flowing before the article under test is sent.
            send("flower-warm-up")
            while published("flower-warm-up") is None and time.monotonic() < deadline + 60:
                time.sleep(0.5)
            send("flower-1")
            tasks: dict[str, Any] | None = None
            while tasks is None and time.monotonic() < deadline + 120:
                tasks = published("flower-1")
                time.sleep(0.5)
            assert tasks is not None, f"Flower never showed the article's {last_task} task"
            tasks = {k: t for k, t in tasks.items() if "flower-1" in str(t.get("args"))}
        names = {t.get("name") for t in tasks.values()}
        if fused:
            assert names == {"wirelens.analyse"}
        else:
            stages = {"parse", "extract", "bias", "summarise", "publish"}
            assert {f"wirelens.{s}" for s in stages} <= names
        first = next(
            t for t in tasks.values() if t.get("name") == ("wirelens.analyse" if fused else "wirelens.parse")
        )
        assert "flower-1" in str(first.get("args")) and "bridge" not in str(first.get("args"))
        assert _get(f"{base}/api/tasks")[0] == 401  # no credentials, no data
        status, metrics = _get(f"{base}/metrics")
        assert status == 200 and b"flower_events_total" in metrics
    finally:
        flower.terminate()
        flower.wait(15)
        log.close()
