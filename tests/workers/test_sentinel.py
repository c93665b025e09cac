"""Redis behind Sentinel: ``WIRELENS_REDIS_URL=sentinel://host:port/master`` reaches the master through the
Sentinels, a real worker takes its articles from there, and after a failover the pipeline goes on against the
promoted replica. Real redis-server processes: a master, a replica and a Sentinel, on free ports."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from config.settings import SentinelURL, Settings
from workers.app import use_broker
from workers.connections import redis_client
from workers.embedded import EmbeddedRedis, find_redis_server, free_port
from workers.inputs import RawArticle
from workers.process import WorkerProcess
from workers.producer import enqueue

pytestmark = pytest.mark.e2e

BODY = 'The harbour reopened on {day} after the storm. "We are back at work," said harbour master Ana Ruiz.'


def _wait_for(check: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except redis.RedisError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def sentinel_setup(tmp_path: Path) -> Iterator[tuple[str, EmbeddedRedis, EmbeddedRedis, int]]:
    master = EmbeddedRedis(directory=tmp_path / "master")
    replica = EmbeddedRedis(directory=tmp_path / "replica")
    for server in (master, replica):
        server.directory.mkdir()
        server.start()
    redis.Redis(port=replica.port).execute_command("REPLICAOF", "127.0.0.1", master.port)
    port = free_port()
    conf = tmp_path / "sentinel.conf"
    conf.write_text(
        f"port {port}\nbind 127.0.0.1\ndir {tmp_path}\n"
        f"sentinel monitor wire 127.0.0.1 {master.port} 1\n"
        "sentinel down-after-milliseconds wire 1000\nsentinel failover-timeout wire 10000\n"
    )
    log = (tmp_path / "sentinel.log").open("wb")
    sentinel = subprocess.Popen([find_redis_server(), str(conf), "--sentinel"], stdout=log, stderr=log)
    try:
        admin = redis.Redis(port=port)
        _wait_for(lambda: admin.ping(), 10, "the Sentinel")
        # Failover needs a replica the Sentinel knows of and in sync with the master.
        _wait_for(
            lambda: (
                admin.execute_command("SENTINEL", "REPLICAS", "wire")
                and redis.Redis(port=replica.port).info("replication").get("master_link_status") == "up"
            ),
            30,
            "the replica",
        )
        yield f"sentinel://127.0.0.1:{port}/wire", master, replica, port
    finally:
        sentinel.terminate()
        sentinel.wait(10)
        log.close()
        replica.stop(remove=False)
        master.stop(remove=False)


def _records(client: redis.Redis, settings: Settings) -> set[str]:
    return {f[b"article_id"].decode() for _, f in client.xrange(settings.results_stream)}


def test_pipeline_through_sentinel_survives_a_failover(
    sentinel_setup: tuple[str, EmbeddedRedis, EmbeddedRedis, int], tmp_path: Path
) -> None:
    url, master, replica, port = sentinel_setup
    settings = Settings(redis_url=url)
    assert settings.sentinel == SentinelURL(((("127.0.0.1", port),)), "wire")
    client = redis_client(url, settings=settings)
    assert client.connection_pool.connection_kwargs.get("port") is None  # no fixed server: the Sentinels
    app = use_broker(url)
    assert app.conf.broker_transport_options["master_name"] == "wire"
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    first = [RawArticle(d, data={"id": f"s-{d}", "body": BODY.format(day=d)}) for d in days[:3]]
    with WorkerProcess(url, settings, concurrency=1, log_path=tmp_path / "worker.log") as worker:
        assert len(enqueue(app, client, first, settings).accepted) == 3
        _wait_for(lambda: len(_records(client, settings)) == 3, 120, "records through the master")
        assert redis.Redis(port=master.port).xlen(settings.results_stream) == 3  # written on the master

        redis.Redis(port=port).execute_command("SENTINEL", "FAILOVER", "wire")
        _wait_for(
            lambda: (
                redis.Redis(port=port).execute_command("SENTINEL", "GET-MASTER-ADDR-BY-NAME", "wire")[1]
                == str(replica.port).encode()
            ),
            60,
            "the failover",
        )
        # The old master is told to replicate the new one (a write it took in between would be lost to the
        # resync: Redis replication is asynchronous; see README "Redis Sentinel").
        _wait_for(
            lambda: redis.Redis(port=master.port).info("replication").get("master_link_status") == "up",
            60,
            "the old master to follow the new one",
        )
        second = [RawArticle(d, data={"id": f"s-{d}", "body": BODY.format(day=d)}) for d in days[3:]]
        _wait_for(lambda: len(enqueue(app, client, second, settings).accepted) == 3, 60, "enqueue after it")
        _wait_for(lambda: len(_records(client, settings)) == 6, 180, "records after the failover")
        assert worker.alive(), worker.log_tail()
    promoted = redis.Redis(port=replica.port)
    assert promoted.info("replication")["role"] == "master"
    assert promoted.xlen(settings.results_stream) == 6  # the old records came over, the new are there
