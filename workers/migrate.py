"""Move a deployment's keys from the layout before ids were namespaced to ``workers.keys``'s layout.

The old layout kept article entries beside the ledger's own keys (``<root>:ledger:<id>`` next to
``<root>:ledger:open``) and put raw ids into record and publish-marker keys. Run once, with producers and
workers stopped (``wirelens migrate-keys``); a marker key says it ran, so a second run does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import redis

from config.settings import Settings
from workers.keys import Keys


@dataclass
class Migration:
    moved: int = 0
    merged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # a new key of that name exists already: left alone


def _move(client: redis.Redis, old: str, new: str, report: Migration) -> None:
    if old == new:
        return
    if client.renamenx(old, new):
        report.moved += 1
    else:
        report.skipped.append(old)


def migrate_keys(client: redis.Redis, settings: Settings) -> Migration:
    """Rename every old-layout key of this root to its new name; merge the open set and the counts."""
    keys, root = Keys(settings), settings.key_root
    marker = f"{keys.meta_prefix}layout"
    report = Migration()
    if client.get(marker) == b"2" or not has_legacy_keys(client, settings):
        client.set(marker, "2")  # a new deployment: its record keys are already encoded
        return report
    old_ledger = f"{root}:ledger:"
    for raw in list(client.scan_iter(old_ledger + "*", count=1000)):
        key = raw.decode("utf-8", "surrogateescape")
        rest, kind = key[len(old_ledger) :], client.type(raw)
        if rest == "open" and kind == b"zset":
            for member, score in client.zrange(raw, 0, -1, withscores=True):
                client.zadd(keys.ledger_open, {member: score})
            client.delete(raw)
            report.merged.append(key)
        elif rest == "counts" and kind == b"hash" and not client.hexists(raw, "version"):
            for state, n in client.hgetall(raw).items():
                client.hincrby(keys.ledger_counts, state.decode(), int(n))
            client.delete(raw)
            report.merged.append(key)
        elif rest == "sweeper-lock" and kind == b"string":
            client.delete(raw)
        elif rest.startswith("ingest:"):
            _move(client, key, keys.meta_prefix + rest, report)
        elif kind == b"hash" and client.hexists(raw, "version"):
            _move(client, key, keys.article(rest), report)
        else:
            report.skipped.append(key)
    for raw in list(client.scan_iter(keys.record_prefix + "*", count=1000)):
        key = raw.decode("utf-8", "surrogateescape")
        _move(client, key, keys.record(key[len(keys.record_prefix) :]), report)
    for raw in list(client.scan_iter(keys.published_prefix + "*", count=1000)):
        key = raw.decode("utf-8", "surrogateescape")
        article_id, _, version = key[len(keys.published_prefix) :].rpartition(":")
        if version.isdigit():
            _move(client, key, keys.published(article_id, int(version)), report)
    client.set(marker, "2")
    return report


def has_legacy_keys(client: redis.Redis, settings: Settings) -> bool:
    """Whether this root still holds the old layout's ledger (what ``migrate_keys`` is for)."""
    return any(True for _ in client.scan_iter(f"{settings.key_root}:ledger:*", count=1000))
