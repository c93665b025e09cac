"""Redis clients built from the settings; one place that knows how to connect."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel

from config.settings import SentinelURL, Settings, get_settings


def redis_client(
    url: str | None = None,
    *,
    settings: Settings | None = None,
    timeout: float = 30.0,
    retries: int | None = None,
) -> redis.Redis:
    """A client with timeouts and retries on connection errors, decoding nothing (records are UTF-8 JSON).

    ``timeout``: seconds a command may take (the exporter answers a scrape sooner than the default 30).
    ``retries``: how often a failed or timed-out command is tried again (redis-py's default when None).
    """
    settings = settings or get_settings()
    url = url or settings.redis
    options: dict[str, Any] = {
        "socket_connect_timeout": min(5.0, timeout),
        "socket_timeout": timeout,
        "health_check_interval": 30,
        "retry_on_timeout": True,
    }
    if retries is not None:
        options["retry"] = Retry(NoBackoff(), retries)
    sentinel = SentinelURL.parse(url)
    if sentinel is not None:
        # A client of whichever server the Sentinels name master now; after a failover its next command
        # asks them again (redis-py's SentinelConnectionPool).
        sentinels = Sentinel(list(sentinel.hosts), socket_connect_timeout=5, socket_timeout=5)
        return sentinels.master_for(sentinel.master, password=sentinel.password, db=sentinel.db, **options)
    return redis.Redis.from_url(url, **options)


@lru_cache(maxsize=8)
def shared_client(url: str) -> redis.Redis:
    """One client per URL per process (workers publish through it)."""
    return redis_client(url)


# Bookkeeping inside a task (the ledger's stage marks) must not cost an article its soft time limit: a
# starved or stalled Redis gets a few seconds and no retry (the sweeper reconciles), not 30 s times four.
BOOKKEEPING_TIMEOUT = 5.0


@lru_cache(maxsize=8)
def bookkeeping_client(url: str, pid: int) -> redis.Redis:
    """One short-timeout client per URL per process (``pid`` keys it, so a forked child never reuses the
    parent's)."""
    return redis_client(url, timeout=BOOKKEEPING_TIMEOUT, retries=0)
