"""One article's exception is that article's alone: tell it from broker trouble, and record it.

An exception raised while handling one article is either the broker's (Redis unreachable, out of memory,
read-only, unable to persist: every article would meet it, so it is retried or reported as it is) or the
article's own (text Redis cannot encode, a stored payload that no longer validates, a bug its content
triggers). The second kind must stop that article only: the producer, the fused batch, publishing and the
sweeper each catch it around one article, give the article a ``failed`` record with the reason (its
payload goes to the dead letters) and go on with the next.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import redis
import structlog
from kombu.exceptions import OperationalError

from config.settings import Settings
from tasks.models import ResultRecord, content_id, encodable, valid_version
from workers.ledger import State
from workers.publish import publish_record

# Replies by which Redis refuses any command for now, whatever the article (out of memory and read-only have
# classes of their own in redis-py).
_REFUSALS = ("MISCONF", "LOADING", "BUSY", "NOREPLICAS", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN")


def broker_trouble(exc: BaseException) -> bool:
    """Whether ``exc`` is the broker's trouble (every article would meet it), not one article's.

    A Redis error reply to one command (a script error, WRONGTYPE on this article's key) and a value
    redis-py cannot send (``DataError``) are the article's; every other Redis error (connection, timeout,
    out of memory, read-only, persistence failing, an error some caller raises after waiting for Redis) and
    kombu's ``OperationalError`` are the broker's.
    """
    if isinstance(exc, OperationalError | redis.exceptions.OutOfMemoryError | redis.exceptions.ReadOnlyError):
        return True
    if isinstance(exc, redis.ResponseError):
        return str(exc).startswith(_REFUSALS)
    return isinstance(exc, redis.RedisError) and not isinstance(exc, redis.DataError)


def reason_of(where: str, exc: BaseException) -> str:
    """``"publish: ValueError: ..."``: the step, the exception and its message, encodable and bounded."""
    return encodable(f"{where}: {type(exc).__name__}: {exc}")[:1000]


def article_id_of(article: Any) -> str:
    """The id an article's record goes under: its own when usable, else a hash of what was received."""
    given = article.get("id") if isinstance(article, dict) else None
    if isinstance(given, str | int) and not isinstance(given, bool) and str(given).strip():
        return encodable(str(given))
    return content_id("unidentified", encodable(repr(article)))


def fail_alone(
    client: redis.Redis,
    settings: Settings,
    article: Any,
    reason: str,
    *,
    version: int | None = None,
    ledger_state: State | None = None,
) -> bool:
    """Publish a ``failed`` record for one article (its payload to the dead letters); False when even that
    failed for a reason of the article's own (logged), so the caller goes on with the next article. Broker
    trouble is raised."""
    data = article if isinstance(article, dict) else {"value": article}
    record = ResultRecord(
        article_id=article_id_of(data),
        version=version or valid_version(data.get("version")) or 1,
        status="failed",
        error=reason,
        headline=data["headline"] if isinstance(data.get("headline"), str) else None,
        processed_at=datetime.now(UTC),
    )
    try:
        publish_record(client, record, settings, original=data, ledger_state=ledger_state)
    except Exception as exc:
        if broker_trouble(exc):
            raise
        structlog.get_logger().error(
            "failed_record_not_published", article_id=record.article_id, reason=reason, error=repr(exc)
        )
        return False
    return True
