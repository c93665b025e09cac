"""Redis and broker errors told in one line, for the command line and the producer's summary."""

from __future__ import annotations

import redis
from kombu.exceptions import OperationalError

from config.urls import mask_passwords


def describe_redis_error(exc: BaseException) -> str:
    """What Redis (or the broker) did, in one line, without a password or a traceback."""
    cause = exc.__cause__ or exc.__context__
    inner = cause if isinstance(exc, OperationalError) and cause is not None else exc
    if isinstance(inner, redis.exceptions.OutOfMemoryError):
        what = "Redis is full (maxmemory reached, noeviction): it refuses writes"
    elif isinstance(inner, redis.exceptions.ReadOnlyError):
        what = "Redis is a read-only replica (a failover in progress?)"
    elif isinstance(inner, redis.TimeoutError):
        what = "Redis did not answer in time"
    elif isinstance(inner, redis.ConnectionError | ConnectionError | OSError):
        what = "Redis is unreachable"
    else:
        what = "Redis refused"
    return f"{what} ({type(inner).__name__}: {mask_passwords(str(inner))})"
