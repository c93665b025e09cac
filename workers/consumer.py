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

from functools import wraps
from typing import Any

import structlog
from celery.worker.consumer import Consumer

log = structlog.get_logger(__name__)


class ResilientConsumer(Consumer):  # type: ignore[misc]
    """Celery's consumer whose reconnect path cannot be ended by closing the dead connection."""

    def on_connection_error_after_connected(self, exc: Exception) -> None:
        connection = self.connection
        if connection is not None:
            connection.close = connection.release = _tolerant_close(connection.close)
        super().on_connection_error_after_connected(exc)


def _tolerant_close(close: Any) -> Any:
    @wraps(close)
    def tolerant() -> None:
        try:
            close()
        except AttributeError as err:  # a detached transport (see the module docstring)
            log.warning("broken_connection_close_failed", error=str(err), recovery="visibility, sweeper")

    return tolerant
