"""The worker's consumer survives the teardown of a connection Redis dropped, and loses no message by it.

Reproduces, on a real redis-server, the state celery 5.7 reaches when Redis goes away while the worker
waits in BRPOP holding an unacknowledged message: ``collect()`` fails to close the channel and detaches the
transport, then ``close()`` tries to restore the message through the detached transport.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import redis
from kombu import Connection, Exchange, Queue

from workers.app import app
from workers.consumer import ResilientConsumer, _tolerant_close
from workers.embedded import EmbeddedRedis

QUEUE = Queue("consumer-test", Exchange("consumer-test"), "consumer-test")


def _hold_one_unacked(conn: Connection) -> list[Any]:
    # One message: a second would be popped by the pending BRPOP below and lost to kombu (its known window).
    with conn.Producer() as producer:
        producer.publish(
            {"i": 0}, exchange=QUEUE.exchange, routing_key="consumer-test", declare=[QUEUE], serializer="json"
        )
    got: list[Any] = []
    consumer = conn.Consumer([QUEUE], callbacks=[lambda body, message: got.append(body)], accept=["json"])
    consumer.qos(prefetch_count=1)
    consumer.consume()
    conn.drain_events(timeout=5)
    return got


def _broken_teardown_state(conn: Connection, server: EmbeddedRedis) -> None:
    """The state after celery's ``collect()`` when the pending BRPOP read failed.

    The channel is still open and holds the unacknowledged message; the transport is detached.
    """
    channel = conn.default_channel
    channel._brpop_start()

    def refused(*args: Any, **kwargs: Any) -> None:
        raise redis.ConnectionError("connection refused")

    channel._brpop_read = refused
    server.stop(remove=False)
    conn.collect(socket_timeout=2)
    channel._brpop_read = lambda *args, **kwargs: None
    assert not channel.closed and conn._transport is None


def test_the_worker_uses_the_resilient_consumer() -> None:
    from celery.utils.imports import symbol_by_name

    assert symbol_by_name(app.conf.worker_consumer) is ResilientConsumer


def test_closing_the_broken_connection_raises_without_the_workaround(tmp_path: Path) -> None:
    """Guards the reason for ResilientConsumer: when kombu fixes this, this test says the class can go."""
    with EmbeddedRedis(directory=tmp_path, appendonly=True) as server:
        conn = Connection(server.url)
        assert _hold_one_unacked(conn) == [{"i": 0}]
        _broken_teardown_state(conn, server)
        with pytest.raises(AttributeError):
            conn.close()
        server.start()


def test_tolerant_close_survives_and_the_unacked_message_comes_back(tmp_path: Path) -> None:
    with EmbeddedRedis(directory=tmp_path, appendonly=True) as server:
        conn = Connection(server.url)
        assert _hold_one_unacked(conn) == [{"i": 0}]
        _broken_teardown_state(conn, server)
        _tolerant_close(conn.close)()  # no exception: the worker would go on to reconnect
        server.start()  # same port, data from the AOF
        # A new consumer gets the message that was in flight once its visibility timeout passes.
        again = Connection(server.url, transport_options={"visibility_timeout": 1})
        time.sleep(1.5)
        got: list[Any] = []
        consumer = again.Consumer(
            [QUEUE], callbacks=[lambda body, message: (got.append(body), message.ack())]
        )
        consumer.consume()
        deadline = time.monotonic() + 20
        while not got and time.monotonic() < deadline:
            try:
                again.drain_events(timeout=1)
            except TimeoutError:
                again.default_channel.qos.restore_visible()
        assert got == [{"i": 0}]
        again.close()
