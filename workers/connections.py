"""Redis clients built from the settings; one place that knows how to connect."""

from __future__ import annotations

from functools import lru_cache

import redis

from config.settings import Settings, get_settings


def redis_client(url: str | None = None, *, settings: Settings | None = None) -> redis.Redis:
    """A client with timeouts and retries on connection errors, decoding nothing (records are UTF-8 JSON)."""
    settings = settings or get_settings()
    return redis.Redis.from_url(
        url or settings.redis,
        socket_connect_timeout=5,
        socket_timeout=30,
        health_check_interval=30,
        retry_on_timeout=True,
    )


@lru_cache(maxsize=8)
def shared_client(url: str) -> redis.Redis:
    """One client per URL per process (workers publish through it)."""
    return redis_client(url)
