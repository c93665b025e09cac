"""Does Redis keep anything across a restart? Without AOF or RDB snapshots a restart loses every queued
message, the ledger, the deduplication keys and the result streams, silently: operators are told."""

from __future__ import annotations

import redis

NO_PERSISTENCE = (
    "Redis has neither AOF (appendonly) nor RDB snapshots (save): a Redis restart loses every queued "
    "article, the ledger, the deduplication keys and the result streams. Set appendonly yes "
    "(see README, Delivery)."
)


def persistence(client: redis.Redis) -> dict[str, bool | None]:
    """``{"aof": ..., "rdb": ...}``: True/False, or None where Redis will not say (CONFIG disabled)."""
    try:
        aof = client.info("persistence").get("aof_enabled")
    except redis.ResponseError:
        aof = None
    try:
        save = client.config_get("save").get("save")
    except redis.ResponseError:  # managed Redis often renames CONFIG away
        save = None
    return {
        "aof": None if aof is None else bool(int(aof)),
        "rdb": None if save is None else bool(str(save).strip()),
    }


def persistence_warning(client: redis.Redis) -> str | None:
    """``NO_PERSISTENCE`` when Redis says it has neither; None when it has one or will not say."""
    p = persistence(client)
    return NO_PERSISTENCE if p["aof"] is False and p["rdb"] is False else None
