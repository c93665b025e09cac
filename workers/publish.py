"""Publishing result records: one per (article id, version), atomically deduplicated in Redis.

A redelivered article (at-least-once delivery) reaches this step twice; the Lua script makes the second
publish a no-op, so downstream readers never see a duplicate. The same script keeps every version's record
by id, marks an older version ``superseded_by`` the newer one, feeds the per-stage streams and, for a record
that is not ``ok``, writes a dead letter with the reason and the original payload.
"""

from __future__ import annotations

import json
import re
from typing import Any

import redis
import structlog
from celery.exceptions import SoftTimeLimitExceeded
from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from config.settings import Settings
from tasks.changes import changes_since, not_compared
from tasks.models import MAX_VERSION, Changes, ResultRecord, encodable_record, valid_version
from workers.keys import Keys
from workers.ledger import Ledger, State
from workers.transport import retry_transient

# KEYS: published marker, results stream, record hash, dead-letter stream,
#       extraction stream, bias stream, summary stream
# ARGV: record JSON, maxlen, article id, version, status, error, original payload JSON,
#       extraction JSON, bias JSON, summary JSON
_PUBLISH = """
-- Checked before the first write: a script that raises keeps what it wrote, and a marker set by a publish
-- that then failed would suppress every retry.
local kind = redis.call('TYPE', KEYS[3]).ok
if kind ~= 'hash' and kind ~= 'none' then
  return redis.error_reply('WRONGTYPE the record key of this article holds a ' .. kind)
end
if not redis.call('SET', KEYS[1], '1', 'NX') then
  return false
end
-- Versions are compared as numbers (exact: at most 2^53 - 1) and written back as the strings received,
-- never through tostring (which writes 1e+14). A stored version that is not a number counts as none.
local known = redis.call('HGET', KEYS[3], 'version') or '0'
if not tonumber(known) then known = '0' end
local cur = tonumber(known)
local v = tonumber(ARGV[4])
local fields = {'article_id', ARGV[3], 'version', ARGV[4], 'status', ARGV[5]}
if cur > 0 and cur < v then
  table.insert(fields, 'supersedes'); table.insert(fields, known)
end
table.insert(fields, 'record'); table.insert(fields, ARGV[1])
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', unpack(fields))
redis.call('HSET', KEYS[3], 'v' .. ARGV[4], ARGV[1])
if cur <= v then
  redis.call('HSET', KEYS[3], 'version', ARGV[4], 'status', ARGV[5], 'stream_id', id, 'record', ARGV[1])
  if cur > 0 and cur < v then redis.call('HSET', KEYS[3], 'superseded_by:v' .. known, ARGV[4]) end
else
  redis.call('HSET', KEYS[3], 'superseded_by:v' .. ARGV[4], known)
end
if ARGV[5] == 'ok' then
  for i, name in ipairs({'extraction', 'bias', 'summary'}) do
    redis.call('XADD', KEYS[4 + i], 'MAXLEN', '~', ARGV[2], '*',
      'article_id', ARGV[3], 'version', ARGV[4], 'result_id', id, name, ARGV[7 + i])
  end
else
  redis.call('XADD', KEYS[4], 'MAXLEN', '~', ARGV[2], '*',
    'article_id', ARGV[3], 'version', ARGV[4], 'status', ARGV[5], 'reason', ARGV[6], 'payload', ARGV[7])
end
return id
"""

_VERSION_FIELD = re.compile(rb"v(\d{1,16})")
FINAL_STATE: dict[str, State] = {"ok": "done", "rejected": "rejected", "failed": "failed"}
PUBLISH_RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)  # 15.5 s, or until the soft time limit


class RedisUnavailable(redis.RedisError):  # type: ignore[misc]
    """Redis refused writes for as long as the task could wait."""


def publish_record(
    client: redis.Redis,
    record: ResultRecord,
    settings: Settings,
    *,
    original: Any = None,
    ledger_state: State | None = None,
) -> str | None:
    """Write ``record`` to the results streams unless this article version was already published.

    Args:
        client: Redis connection.
        record: The result record.
        settings: Stream names and MAXLEN.
        original: For a record that is not ``ok``, the payload as received; it goes to the dead-letter
            stream with the reason so nothing is lost.
        ledger_state: How the ledger closes this version; by default from the record's status.

    Returns:
        The stream entry id, or None when the record was a duplicate and nothing was written. Either way the
        ledger entry of this version is closed.
    """
    script = client.register_script(_PUBLISH)
    if record.changes is None and record.status == "ok":
        record.changes = version_changes(client, record, settings)
        if record.changes is not None and record.supersedes is None:  # found in the store, not the ledger
            record.supersedes = record.changes.previous
    try:
        record_json = record.model_dump_json()
    except PydanticSerializationError:  # text UTF-8 cannot encode (a lone surrogate): replaced, published
        record = encodable_record(record)
        record_json = record.model_dump_json()
    if valid_version(record.version) is None:
        raise ValueError(f"version: {record.version!r} is not a whole number from 1 to {MAX_VERSION}")
    names = Keys(settings)
    keys = [
        names.published(record.article_id, record.version),
        settings.results_stream,
        names.record(record.article_id),
        settings.dead_stream,
        *(settings.stage_stream(s) for s in ("extraction", "bias", "summary")),
    ]
    args = [
        record_json,
        settings.stream_maxlen,
        record.article_id,
        record.version,
        record.status,
        record.error or "",
        json.dumps(original, default=str) if original is not None else "",
        json.dumps(record.model_dump(mode="json", include={"entities", "quotes", "figures"})),
        record.bias.model_dump_json() if record.bias else "null",
        record.summary.model_dump_json() if record.summary else "null",
    ]
    # Redis full (or read-only during a failover) is not the article's fault: wait for it, then let the task
    # fail with the Redis error, which leaves the article open in the ledger for the sweeper (never a
    # ``failed`` record; see publish_task.publish_failure).
    try:
        entry = retry_transient("publish", lambda: script(keys=keys, args=args), PUBLISH_RETRY_DELAYS)
    except SoftTimeLimitExceeded as exc:  # the task's time ran out while Redis refused: still not the article
        raise RedisUnavailable("the time limit came while Redis refused writes") from exc
    log = structlog.get_logger()
    try:
        retry_transient(
            "ledger_close",
            lambda: Ledger(client, settings).close(
                record.article_id, record.version, ledger_state or FINAL_STATE[record.status]
            ),
            PUBLISH_RETRY_DELAYS,
        )
    except redis.RedisError as exc:  # the record is out; the sweeper's resend closes the entry later
        log.error("ledger_close_failed", article_id=record.article_id, error=str(exc), recovery="sweeper")
    except SoftTimeLimitExceeded as exc:  # as above, and the articles after this one wait for the sweeper
        log.error("ledger_close_failed", article_id=record.article_id, error="time limit", recovery="sweeper")
        raise RedisUnavailable("the time limit came while Redis refused writes") from exc
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


def version_changes(client: redis.Redis, record: ResultRecord, settings: Settings) -> Changes | None:
    """What ``record`` changed from the version it supersedes, read from that version's stored record.

    The older version is the one the producer's ledger knew (``supersedes``) or, when it knew none (an older
    version the producer rejected never entered the ledger), the newest stored below this one. Every
    version's record stays in the hash (``v<N>``) and is never rewritten, so the older one is there whatever
    was published since; a newer version published first never stands in for it. A Redis error propagates
    (the broker's trouble, retried); an unreadable older record or a comparison that raises is this
    version's note, never its failure.
    """
    key = Keys(settings).record(record.article_id)
    try:
        old_version = record.supersedes or _older_stored(client, key, record.version)
        if old_version is None:
            return None
        raw = client.hget(key, f"v{old_version}") if 0 < old_version < record.version else None
    except redis.ResponseError as exc:
        if not str(exc).startswith("WRONGTYPE"):
            raise
        return None  # the record key holds no hash: the publish script refuses it, naming the problem
    try:
        previous = ResultRecord.model_validate_json(raw) if raw else None
    except ValidationError as exc:
        reason = f"the stored record of version {old_version} is unreadable ({exc.error_count()} error(s))"
        structlog.get_logger().warning("changes_not_compared", article_id=record.article_id, reason=reason)
        return not_compared(old_version, reason)
    try:
        return changes_since(previous, record.model_copy(update={"supersedes": old_version}))
    except Exception as exc:  # a bug in the comparison must not cost the article its record
        structlog.get_logger().exception("changes_failed", article_id=record.article_id)
        return not_compared(old_version, f"changes: {type(exc).__name__}: {exc}")


def _older_stored(client: redis.Redis, key: str, version: int) -> int | None:
    """The newest version below ``version`` with a stored record (fields ``v<N>`` of the record hash)."""
    stored = (int(m[1]) for f in client.hkeys(key) if (m := _VERSION_FIELD.fullmatch(f)))
    older = [v for v in stored if v < version]
    return max(older, default=None)


def stored_record(
    client: redis.Redis, article_id: str, settings: Settings, *, version: int | None = None
) -> ResultRecord | None:
    """The stored record of an article: the latest version, or the one asked for, with ``superseded_by``."""
    key = Keys(settings).record(article_id)
    raw = client.hget(key, "record" if version is None else f"v{version}")
    if not raw:
        return None
    record = ResultRecord.model_validate_json(raw)
    newer = client.hget(key, f"superseded_by:v{record.version}")
    if newer:
        record.superseded_by = int(newer)
    return record


def latest_record(client: redis.Redis, article_id: str, settings: Settings) -> ResultRecord | None:
    """The latest published record of an article (highest version), or None."""
    return stored_record(client, article_id, settings)
