"""Publishing result records: one per (article id, version), on the results stream, atomically deduplicated.

A redelivered article (at-least-once delivery) reaches this step twice; the Lua script makes the second
publish a no-op, so downstream readers never see a duplicate.
"""

from __future__ import annotations

import json
from typing import Any

import redis
import structlog

from config.settings import Settings
from tasks.models import ResultRecord

# KEYS: published marker, results stream, latest-record hash, dead-letter stream
# ARGV: record JSON, maxlen, article id, version, status, error, original payload JSON (for dead letters)
_PUBLISH = """
if not redis.call('SET', KEYS[1], '1', 'NX') then
  return false
end
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*',
  'article_id', ARGV[3], 'version', ARGV[4], 'status', ARGV[5], 'record', ARGV[1])
local cur = redis.call('HGET', KEYS[3], 'version')
if (not cur) or tonumber(cur) <= tonumber(ARGV[4]) then
  redis.call('HSET', KEYS[3], 'version', ARGV[4], 'status', ARGV[5], 'stream_id', id, 'record', ARGV[1])
end
if ARGV[5] ~= 'ok' then
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[2], '*',
    'article_id', ARGV[3], 'version', ARGV[4], 'status', ARGV[5], 'reason', ARGV[6], 'payload', ARGV[7])
end
return id
"""


def publish_record(
    client: redis.Redis, record: ResultRecord, settings: Settings, *, original: Any = None
) -> str | None:
    """Write ``record`` to the results stream unless this article version was already published.

    Args:
        client: Redis connection.
        record: The result record.
        settings: Stream names and MAXLEN.
        original: For a record that is not ``ok``, the payload as received; it goes to the dead-letter
            stream with the reason so nothing is lost.

    Returns:
        The stream entry id, or None when the record was a duplicate and nothing was written.
    """
    script = client.register_script(_PUBLISH)
    keys = [
        f"{settings.published_key_prefix}{record.article_id}:{record.version}",
        settings.results_stream,
        f"{settings.record_key_prefix}{record.article_id}",
        settings.dead_stream,
    ]
    args = [
        record.model_dump_json(),
        settings.stream_maxlen,
        record.article_id,
        record.version,
        record.status,
        record.error or "",
        json.dumps(original, default=str) if original is not None else "",
    ]
    entry = script(keys=keys, args=args)
    log = structlog.get_logger()
    if entry is None:
        log.info("publish_duplicate_suppressed", article_id=record.article_id, version=record.version)
        return None
    entry_id = entry.decode() if isinstance(entry, bytes) else str(entry)
    log.info(
        "published",
        article_id=record.article_id,
        version=record.version,
        status=record.status,
        stream_id=entry_id,
    )
    return entry_id


def latest_record(client: redis.Redis, article_id: str, settings: Settings) -> ResultRecord | None:
    """The latest published record of an article (highest version), or None."""
    raw = client.hget(f"{settings.record_key_prefix}{article_id}", "record")
    return ResultRecord.model_validate_json(raw) if raw else None
