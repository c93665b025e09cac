"""kombu's Redis transport, made to outlive what a shared or full Redis does to a consumer.

Two things ended the worker with kombu 5.7 as it is (issue 16, items 4 and 6):

- **An item on a stage queue that is not a kombu message** (not JSON, or JSON without ``body`` and
  ``properties``): another application sharing the database, a bad client. kombu decodes the envelope inside
  its event loop and the error ends the worker, one worker per item. Here the item goes to the dead-letter
  stream with its raw bytes (``reason: broker: not a message ...``, ``queue``, ``raw``) and the loop goes
  on; should even that write fail, the item is logged (first 1,000 bytes) and dropped.
- **Redis at maxmemory** (``noeviction``): recording a delivered message as unacknowledged, acknowledging
  it (both a ``MULTI`` pipeline, which Redis refuses whole under OOM) raised ``OutOfMemoryError`` in the
  event loop, and Celery called it unrecoverable. Here each is retried with backoff for a few seconds and
  reported; if Redis is still full the worker goes on without it: an acknowledgement not written leaves
  the message to come back after the visibility timeout (analysed again, published once), and a delivery
  not recorded is covered by the ledger's sweeper. ``broker_channel_error_retry`` (``config/celery.py``)
  makes the same errors at start-up (declaring the queues) a reason to reconnect instead of exiting.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis
import structlog
from kombu import transport as kombu_transport
from kombu.transport import TRANSPORT_ALIASES
from kombu.transport import redis as kombu_redis
from kombu.transport.virtual import Empty

from config.settings import get_settings

T = TypeVar("T")
log = structlog.get_logger(__name__)

# Redis refusing a write it may accept later: full, a replica that was a master, loading, a failed RDB save.
TRANSIENT = (
    redis.exceptions.OutOfMemoryError,
    redis.exceptions.ReadOnlyError,
    redis.exceptions.BusyLoadingError,
)
ACK_RETRY_DELAYS = (0.1, 0.3, 1.0, 2.0)  # seconds: the event loop waits at most this long per message
RAW_KEEP = 100_000  # bytes of a malformed item kept in its dead letter


def is_transient(exc: BaseException) -> bool:
    """A Redis error that waiting can cure (``MISCONF``: a failed background save blocks writes too)."""
    return isinstance(exc, TRANSIENT) or (
        isinstance(exc, redis.exceptions.ResponseError) and str(exc).startswith("MISCONF")
    )


def retry_transient(what: str, fn: Callable[[], T], delays: tuple[float, ...] = ACK_RETRY_DELAYS) -> T:
    """``fn()``, retried after each of ``delays`` while Redis refuses it for a transient reason."""
    for attempt, delay in enumerate((*delays, None), 1):
        try:
            return fn()
        except redis.RedisError as exc:
            if delay is None or not is_transient(exc):
                raise
            log.warning("redis_write_retry", what=what, attempt=attempt, wait_s=delay, error=str(exc))
            time.sleep(delay)
    raise AssertionError("unreachable")


def _envelope(item: bytes | str) -> dict[str, Any] | None:
    """The kombu message in a queue item, or None when the item is not one."""
    try:
        payload = json.loads(item)
    except (ValueError, UnicodeDecodeError):
        return None
    if (
        not isinstance(payload, dict)
        or not isinstance(payload.get("properties"), dict)
        or "body" not in payload
    ):
        return None
    return payload


class SafeQoS(kombu_redis.QoS):  # type: ignore[misc]
    """Unacknowledged-message bookkeeping that retries a full Redis and never raises for it."""

    def append(self, message: Any, delivery_tag: Any) -> None:
        try:
            retry_transient("record_unacked", lambda: super(SafeQoS, self).append(message, delivery_tag))
        except redis.RedisError as exc:
            if not is_transient(exc):
                raise
            # Still in memory: the task runs; only a crash before its ack would lose it, and the sweeper
            # re-sends what the ledger shows unfinished.
            log.error("unacked_not_recorded", delivery_tag=delivery_tag, error=str(exc), recovery="sweeper")
            kombu_redis.virtual.QoS.append(self, message, delivery_tag)

    def ack(self, delivery_tag: Any) -> None:
        try:
            retry_transient("ack", lambda: self._remove_from_indices(delivery_tag).execute())
        except redis.RedisError as exc:
            if not is_transient(exc):
                raise
            log.error(
                "ack_not_written", delivery_tag=delivery_tag, error=str(exc), recovery="visibility timeout"
            )
        kombu_redis.virtual.QoS.ack(self, delivery_tag)


class _MalformedItems:
    """Mixin for kombu's Redis channels: a queue item that is not a message becomes a dead letter."""

    QoS = SafeQoS

    def _brpop_read(self, **options: Any) -> bool:
        chan: Any = self
        try:
            try:
                dest__item = chan.client.parse_response(chan.client.connection, "BRPOP", **options)
            except chan.connection_errors:
                chan.client.connection.disconnect()
                raise
            if not dest__item:
                raise Empty()
            dest, item = dest__item
            queue = (dest.decode() if isinstance(dest, bytes) else dest).rsplit(chan.sep, 1)[0]
            chan._queue_cycle.rotate(queue)
            payload = _envelope(item)
            if payload is None:
                self._dead_letter(queue, item)
                return True
            chan.connection._deliver(payload, queue)
            return True
        finally:
            chan._in_poll = None
            chan._flush_brpop_reauth()

    def _get(self, queue: str) -> dict[str, Any]:
        chan: Any = self
        with chan.conn_or_acquire() as client:
            for pri in chan.priority_steps:
                item = client.rpop(chan._q_for_pri(queue, pri))
                if item:
                    chan._maybe_update_queues_expire(client, queue)
                    payload = _envelope(item)
                    if payload is None:
                        self._dead_letter(queue, item)
                        raise Empty()
                    return payload
            chan._maybe_update_queues_expire(client, queue)
            raise Empty()

    def _dead_letter(self, queue: str, item: bytes) -> None:
        chan: Any = self
        with chan.conn_or_acquire() as client:
            dead_letter(client, queue, item, f"broker: not a message on queue {queue} ({len(item)} bytes)")


def dead_letter(client: redis.Redis, queue: str, item: bytes | str, reason: str) -> None:
    """Put a queue item no worker can run on the dead-letter stream with its raw bytes; log it if even
    that fails. Never raises: the consumer goes on either way."""
    raw = (item.encode(errors="surrogateescape") if isinstance(item, str) else item)[:RAW_KEEP]
    fields = {"article_id": "", "version": "0", "status": "malformed", "reason": reason, "queue": queue}
    try:
        retry_transient(
            "dead_letter",
            lambda: client.xadd(get_settings().dead_stream, {**fields, "raw": raw, "payload": ""}),
        )
        log.error("malformed_message_dead_lettered", queue=queue, reason=reason, bytes=len(raw))
    except redis.RedisError as exc:
        log.error("malformed_message_dropped", queue=queue, reason=reason, raw=raw[:1000], error=str(exc))


class Channel(_MalformedItems, kombu_redis.Channel):  # type: ignore[misc]
    pass


class SentinelChannel(_MalformedItems, kombu_redis.SentinelChannel):  # type: ignore[misc]
    pass


class Transport(kombu_redis.Transport):  # type: ignore[misc]
    Channel = Channel


class SentinelTransport(kombu_redis.SentinelTransport):  # type: ignore[misc]
    Channel = SentinelChannel


def install() -> None:
    """Make these the transports behind ``redis://``, ``rediss://`` and ``sentinel://`` in this process.

    Through kombu's own alias table rather than Celery's ``broker_transport``: the URL keeps its scheme, so
    kombu still turns TLS on for ``rediss://``, and Flower and the logs still see a Redis URL.
    """
    for scheme in ("redis", "rediss"):
        TRANSPORT_ALIASES[scheme] = "workers.transport:Transport"
    TRANSPORT_ALIASES["sentinel"] = "workers.transport:SentinelTransport"
    for scheme in ("redis", "rediss", "sentinel"):
        kombu_transport._transport_cache.pop(scheme, None)  # resolved before this call: resolve again
