"""Workers and producers that outlive broker trouble (issue 16, items 4, 6 and 8), on a private
redis-server with maxmemory set (noeviction), real worker processes and the real model.

Before: a worker started while Redis was full exited within seconds ("Unrecoverable error:
OutOfMemoryError"), one whose acknowledgement hit OOM exited too, publishing wrote permanent ``failed``
records for articles Redis had merely refused, a queue item that is not a kombu message ended the worker,
and the producer died with a traceback halfway through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from bench.faultlib import FAST_RECOVERY, Cluster, articles
from config.settings import Settings
from workers.app import use_broker
from workers.embedded import EmbeddedRedis, free_port
from workers.process import WorkerProcess
from workers.producer import enqueue

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def fill(client: redis.Redis) -> None:
    """Set maxmemory just above what Redis holds and fill it until it refuses writes."""
    client.config_set("maxmemory", int(client.info("memory")["used_memory"]) + 100_000)
    for i in range(10_000):
        try:
            client.set(f"filler:{i}", b"x" * 10_000)
        except redis.exceptions.OutOfMemoryError:
            return
    raise AssertionError("Redis never filled up")


def make_room(client: redis.Redis) -> None:
    client.config_set("maxmemory", 0)


def wirelens(*args: str, url: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WIRELENS_REDIS_URL": url}
    return subprocess.run(
        [sys.executable, "-m", "workers.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_a_worker_started_while_redis_is_full_waits_and_recovers() -> None:
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        settings = Settings(redis_url=server.url)
        accepted = enqueue(use_broker(server.url), client, articles(6, "full"), settings).accepted
        fill(client)
        with WorkerProcess(server.url, settings, env=FAST_RECOVERY) as worker:
            time.sleep(12)
            assert worker.alive(), worker.log_tail()
            make_room(client)
            deadline = time.monotonic() + 90
            while client.xlen(settings.results_stream) < len(accepted) and time.monotonic() < deadline:
                time.sleep(0.5)
            statuses = [f[b"status"] for _, f in client.xrange(settings.results_stream)]
            assert statuses == [b"ok"] * len(accepted), worker.log_tail()
            log = worker.log_path.read_text()
            assert "broker_refuses_writes" in log and "Unrecoverable" not in log
            assert "redis_not_persistent" in log  # this Redis has neither AOF nor RDB


def test_redis_full_mid_run_fails_no_article_and_no_worker() -> None:
    with Cluster(workers=1, concurrency=2) as cluster:
        accepted = cluster.enqueue(articles(40, "mid"))
        cluster.wait_count(accepted, 4, timeout=120)
        fill(cluster.client)
        time.sleep(15)  # acknowledgements, publishing and ledger writes hit OOM meanwhile
        worker = cluster.workers[0]
        assert worker.alive(), worker.log_tail()
        make_room(cluster.client)
        counts = cluster.wait(accepted, timeout=150)
        assert all(counts[k] == 1 for k in accepted), counts
        errors = [
            json.loads(f[b"record"])["error"]
            for _, f in cluster.client.xrange(cluster.settings.results_stream)
            if f[b"status"] != b"ok"
        ]
        assert errors == []  # no permanent "failed" record for an article Redis merely refused
        assert worker.alive()
        # Redis's refusals did reach the worker (which path met them first depends on timing): an
        # acknowledgement retried, or a task's writes refused and its articles left to the sweeper.
        log = worker.log_path.read_text()
        assert "redis_write_retry" in log or "articles_left_to_sweeper" in log, worker.log_tail()


def test_items_that_are_not_messages_go_to_the_dead_letters_and_the_worker_goes_on() -> None:
    with Cluster(workers=1, concurrency=1) as cluster:
        queue = cluster.settings.queue("parse")
        junk = [b"\xff\xfe not json at all", b'{"hello": "world"}', b"[1, 2, 3]"]
        # kombu envelopes whose content no task can run: a body that is not JSON, a message without a task
        bodies = [b"{not json", b'{"just": "data"}']
        for item in junk + [_envelope(queue, body) for body in bodies]:
            cluster.client.lpush(queue, item)
        accepted = cluster.enqueue(articles(2, "after-junk"))
        counts = cluster.wait(accepted, timeout=120)
        assert all(counts[k] == 1 for k in accepted)
        assert cluster.workers[0].alive()
        letters = [f for _, f in cluster.client.xrange(cluster.settings.dead_stream)]
        assert sorted(f[b"raw"] for f in letters) == sorted(junk + bodies)
        assert all(f[b"status"] == b"malformed" and f[b"queue"] == queue.encode() for f in letters)
        reasons = b" ".join(f[b"reason"] for f in letters)
        assert b"not a message on queue" in reasons and b"undecodable message" in reasons
        assert b"not a task message" in reasons


def _envelope(queue: str, body: bytes) -> bytes:
    """A kombu message as the Redis transport stores it, around ``body``."""
    import base64

    return json.dumps(
        {
            "body": base64.b64encode(body).decode(),
            "content-encoding": "utf-8",
            "content-type": "application/json",
            "headers": {},
            "properties": {
                "body_encoding": "base64",
                "delivery_tag": f"junk-{len(body)}",
                "delivery_info": {"exchange": "", "routing_key": queue},
                "priority": 0,
                "delivery_mode": 2,
            },
        }
    ).encode()


def test_the_producer_stops_with_a_summary_and_a_nonzero_exit_when_redis_is_full() -> None:
    with EmbeddedRedis() as server:
        client = redis.Redis.from_url(server.url)
        fill(client)
        lines = "".join(json.dumps({"id": f"p-{i}", "body": f"Item {i} was filed."}) + "\n" for i in range(5))
        result = wirelens("enqueue", "-", url=server.url, stdin=lines)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "error: stopped: Redis is full (maxmemory reached, noeviction)" in result.stderr
        assert "not sent: 5 article(s) read (<stdin>:1, <stdin>:2, <stdin>:3, <stdin>:4, <stdin>:5)" in (
            result.stderr
        )
        assert "enqueued 0, skipped 0, rejected 0, not sent 5 (stopped)" in result.stderr


@pytest.mark.parametrize(
    "args", [["enqueue", "-"], ["status", "--no-ping"], ["ingest", "-"], ["results"], ["show", "x"]]
)
def test_commands_say_in_one_line_that_redis_is_unreachable(args: list[str]) -> None:
    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    result = wirelens(*args, url=url, stdin=json.dumps({"id": "a", "body": "Text."}) + "\n")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "hunter2" not in result.stderr + result.stdout
    assert "Redis is unreachable" in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("redis://:hunter2@127.0.0.1:6399/abc", "the database must be a number (0, 1, ...), got 'abc'"),
        ("sentinel://:hunter2@127.0.0.1:26379", "a sentinel URL needs hosts and a master name"),
        ("sentinel://:hunter2@127.0.0.1:2x/m", "a sentinel port must be a number"),
    ],
)
def test_a_bad_redis_url_is_refused_clearly_and_its_password_never_shown(url: str, says: str) -> None:
    result = wirelens("status", "--no-ping", url=url)
    assert result.returncode == 2
    assert says in result.stderr
    assert "hunter2" not in result.stderr + result.stdout and "Traceback" not in result.stderr
    with pytest.raises(ValueError, match="must be a number"):
        Settings(redis_url="redis://127.0.0.1:6379/abc")
