"""The worker's broker consumer: Celery's own, made to survive the teardown of a broken connection.

With celery 5.7 and kombu 5.7 on Redis, losing the broker while the worker holds unacknowledged messages can
end the worker instead of reconnecting: after a connection error the consumer first ``collect()``s the
connection (which detaches its transport) and then ``close()``s it, and closing the default channel tries to
restore its unacknowledged messages through that detached transport. The ``AttributeError`` that follows
is not a connection error, so Celery calls it unrecoverable and the worker stops consuming for good
(seen in ``tests/workers/test_faults.py::test_restart_redis_with_aof_while_articles_flow``).

Here the close of a connection that is already broken ignores that error. Nothing is lost by it: the
messages it could not restore are still in kombu's unacked set in Redis and come back through the
visibility timeout, and the ledger's sweeper re-enqueues any accepted article that has no record.
"""

from __future__ import annotations

import time
from functools import wraps
from typing import Any

import structlog
from celery.worker.consumer import Consumer

from workers.transport import dead_letter, is_transient

log = structlog.get_logger(__name__)
BACKOFF_FIRST, BACKOFF_MAX = 0.5, 10.0  # seconds between attempts while Redis refuses writes


class ResilientConsumer(Consumer):  # type: ignore[misc]
    """Celery's consumer whose reconnect path cannot be ended by closing the dead connection, and which
    waits, with a growing backoff, while Redis refuses writes (OOM at maxmemory, READONLY, MISCONF): Celery
    retries those (``broker_channel_error_retry``) but without a pause, five times a second."""

    _refused = 0
    _refused_at = 0.0

    def on_connection_error_after_connected(self, exc: Exception) -> None:
        connection = self.connection
        if connection is not None:
            connection.close = connection.release = _tolerant_close(connection.close)
        super().on_connection_error_after_connected(exc)
        self._back_off(exc)

    def on_connection_error_before_connected(self, exc: Exception) -> None:
        super().on_connection_error_before_connected(exc)
        self._back_off(exc)

    # A message in kombu's envelope that no task can run: Celery logs it and drops it; it also goes to the
    # dead letters with its raw body, like an item that is not a message at all (workers/transport.py).
    def on_decode_error(self, message: Any, exc: Exception) -> None:
        _dead_letter(message, f"broker: undecodable message ({type(exc).__name__}: {exc})")
        super().on_decode_error(message, exc)

    def on_unknown_message(self, body: Any, message: Any) -> None:
        _dead_letter(message, "broker: not a task message")
        super().on_unknown_message(body, message)

    def on_unknown_task(self, body: Any, message: Any, exc: Exception) -> None:
        _dead_letter(message, f"broker: unknown task {message.headers.get('task')!r}")
        super().on_unknown_task(body, message, exc)

    def on_invalid_task(self, body: Any, message: Any, exc: Exception) -> None:
        _dead_letter(message, f"broker: invalid task message ({type(exc).__name__}: {exc})")
        super().on_invalid_task(body, message, exc)

    def _back_off(self, exc: Exception) -> None:
        if not is_transient(exc):
            return
        now = time.monotonic()
        self._refused = 1 if now - self._refused_at > 2 * BACKOFF_MAX else self._refused + 1
        wait = min(BACKOFF_FIRST * 2 ** (self._refused - 1), BACKOFF_MAX)
        log.error("broker_refuses_writes", error=str(exc), attempt=self._refused, retry_in_s=wait)
        time.sleep(wait)
        self._refused_at = time.monotonic()


def _dead_letter(message: Any, reason: str) -> None:
    from config.settings import get_settings
    from workers.connections import shared_client

    queue = str((message.delivery_info or {}).get("routing_key") or "?")
    dead_letter(shared_client(get_settings().redis), queue, message.body, reason)


def _tolerant_close(close: Any) -> Any:
    @wraps(close)
    def tolerant() -> None:
        try:
            close()
        except AttributeError as err:  # a detached transport (see the module docstring)
            log.warning("broken_connection_close_failed", error=str(err), recovery="visibility, sweeper")

    return tolerant
