"""The ledger of accepted articles: identity, version, state and attempts, kept in Redis.

Every article the producer accepts gets an entry before it is enqueued; the publish step closes it. So at
any time ``wirelens status`` can say what is accepted, in flight, done, rejected, failed or dead, and the
sweeper can find what was accepted but never finished (a message lost between Redis and a worker, a worker
killed with its article) and send it again.

Keys (names from ``workers.keys``; no id can name the fixed ones):
    ``wirelens:article:<id>``        hash: version, state, attempts, stage, accepted_at, updated_at,
                                     previous, payload
    ``wirelens:meta:ledger:open``    sorted set of unfinished ids, scored by the last time they made progress
    ``wirelens:meta:ledger:counts``  hash: number of entries per state
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import redis

from config.settings import Settings
from tasks.models import MAX_VERSION, valid_version
from workers.keys import Keys

State = Literal["accepted", "in_flight", "done", "rejected", "failed", "dead"]
STATES: tuple[State, ...] = ("accepted", "in_flight", "done", "rejected", "failed", "dead")
FINAL: frozenset[str] = frozenset({"done", "rejected", "failed", "dead"})
# "unreadable": the entry under this id is not one the script can read (another type of key, a version that
# is not a number): this article alone cannot be admitted; the script goes on with the others.
Admission = Literal["accepted", "duplicate", "late", "unreadable"]

# The admission rule, once, for one article and for a batch: returns the outcome and the version known before.
# Versions are compared as numbers (exact: producers admit at most 2^53 - 1, a double's exact range) and
# returned and stored as the strings they were written as, never through tostring (which writes 1e+14).
_ADMIT_FN = """
local function admit(entry, open, counts, version, now, payload, id)
  -- A script that raises keeps what it wrote before: an entry it cannot read is answered, never raised on.
  local kind = redis.call('TYPE', entry).ok
  if kind ~= 'hash' and kind ~= 'none' then return 'unreadable', '0' end
  local known = redis.call('HGET', entry, 'version') or '0'
  local cur = tonumber(known)
  if cur == nil then return 'unreadable', '0' end
  local v = tonumber(version)
  if v == cur then
    return 'duplicate', known
  end
  if v < cur then
    redis.call('HINCRBY', entry, 'late', 1)
    redis.call('HSET', entry, 'late_version', version, 'late_at', now)
    return 'late', known
  end
  local old = redis.call('HGET', entry, 'state')
  if old then redis.call('HINCRBY', counts, old, -1) end
  redis.call('HSET', entry, 'version', version, 'state', 'accepted', 'attempts', 0, 'stage', '',
    'accepted_at', now, 'updated_at', now, 'previous', known, 'payload', payload)
  redis.call('HINCRBY', counts, 'accepted', 1)
  redis.call('ZADD', open, now, id)
  return 'accepted', known
end
"""

# KEYS: entry, open set, counts. ARGV: version, now, payload JSON, id.
_ADMIT = (
    _ADMIT_FN
    + """
local outcome, known = admit(KEYS[1], KEYS[2], KEYS[3], ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return {outcome, known}
"""
)

# KEYS: open set, counts, then one entry per article. ARGV: now, then version, payload JSON, id per article.
# One article after the other, in order: an id twice in a batch sees its first admission. Returns
# "outcome known_version" per article, one string (one reply to parse, not two per article).
_ADMIT_MANY = (
    _ADMIT_FN
    + """
local out = {}
for i = 3, #KEYS do
  local a = 2 + (i - 3) * 3
  local outcome, known = admit(KEYS[i], KEYS[1], KEYS[2], ARGV[a], ARGV[1], ARGV[a + 1], ARGV[a + 2])
  out[#out + 1] = outcome .. ' ' .. known
end
return table.concat(out, ' ')
"""
)

# KEYS: entry, open set, counts. ARGV: version, now, stage, id. A stage started: progress, one more attempt
# when it is the first stage.
_PROGRESS = """
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'version') or '-1') ~= tonumber(ARGV[1]) then return 0 end
local old = redis.call('HGET', KEYS[1], 'state')
if old ~= 'accepted' and old ~= 'in_flight' then return 0 end
if ARGV[3] == 'parse' then redis.call('HINCRBY', KEYS[1], 'attempts', 1) end
redis.call('HSET', KEYS[1], 'state', 'in_flight', 'stage', ARGV[3], 'updated_at', ARGV[2])
if old ~= 'in_flight' then
  redis.call('HINCRBY', KEYS[3], old, -1)
  redis.call('HINCRBY', KEYS[3], 'in_flight', 1)
end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
return 1
"""

# KEYS: entry, open set, counts. ARGV: version, now, final state, id. A version closes once: a duplicate
# publish (a batch-mate's failure record after its ok, a late ok after the sweeper gave up) leaves the state
# the published record gave it.
_CLOSE = """
if redis.call('TYPE', KEYS[1]).ok ~= 'hash' then return 0 end
if tonumber(redis.call('HGET', KEYS[1], 'version') or '-1') ~= tonumber(ARGV[1]) then return 0 end
local old = redis.call('HGET', KEYS[1], 'state')
if old ~= 'accepted' and old ~= 'in_flight' then return 0 end
redis.call('HINCRBY', KEYS[3], old, -1)
redis.call('HINCRBY', KEYS[3], ARGV[3], 1)
redis.call('HSET', KEYS[1], 'state', ARGV[3], 'updated_at', ARGV[2])
redis.call('HDEL', KEYS[1], 'payload')
redis.call('ZREM', KEYS[2], ARGV[4])
return 1
"""


# KEYS: entry, open set, counts. ARGV: version, now, payload JSON, id. A retry of a finished version.
_REOPEN = """
local old = redis.call('HGET', KEYS[1], 'state')
if old then redis.call('HINCRBY', KEYS[3], old, -1) end
redis.call('HSET', KEYS[1], 'version', ARGV[1], 'state', 'accepted', 'attempts', 0, 'stage', 'retry',
  'updated_at', ARGV[2], 'payload', ARGV[3])
redis.call('HINCRBY', KEYS[3], 'accepted', 1)
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
return 1
"""


@dataclass(frozen=True)
class Entry:
    article_id: str
    version: int
    state: str
    attempts: int
    stage: str
    updated_at: float
    previous: int
    payload: dict[str, Any] | None


class Ledger:
    """Ledger operations; each is one atomic Lua script or a read."""

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self.client, self.keys = client, Keys(settings)
        self._admit = client.register_script(_ADMIT)
        self._admit_many = client.register_script(_ADMIT_MANY)
        self._progress = client.register_script(_PROGRESS)
        self._close = client.register_script(_CLOSE)
        self._reopen = client.register_script(_REOPEN)

    def _keys(self, article_id: str) -> list[str]:
        return [self.keys.article(article_id), self.keys.ledger_open, self.keys.ledger_counts]

    def admit(self, article_id: str, version: int, payload: dict[str, Any]) -> tuple[Admission, int]:
        """Record an article before it is enqueued.

        Returns:
            ``accepted`` (new, or a higher version) with the version it supersedes (0 for none);
            ``duplicate`` (this version is already known: do nothing) or ``late`` (older than the one
            known: recorded, ignored) with the version the ledger holds.
        """
        outcome, other = self._admit(
            keys=self._keys(article_id),
            args=[_checked(version), time.time(), json.dumps(payload), article_id],
        )
        return outcome.decode(), _whole(other.decode())

    def admit_many(
        self, items: Sequence[tuple[str, int, dict[str, Any]]], *, now: float | None = None
    ) -> list[tuple[Admission, int]]:
        """``admit`` for each ``(id, version, payload)``, in order, in one script call (one round trip).

        The script applies ``admit``'s rule to one article after the other, so an id twice in ``items`` gets
        exactly the outcomes of one ``admit`` after the other (a resend: ``duplicate``; v1 then v2: both
        ``accepted``, v2 superseding v1). The batch is atomic, where single calls were each atomic. ``now``
        is the time recorded as the entries' ``updated_at`` (by default the current time).
        """
        if not items:
            return []
        keys = [self.keys.ledger_open, self.keys.ledger_counts]
        args: list[Any] = [time.time() if now is None else now]
        for article_id, version, payload in items:
            keys.append(self.keys.article(article_id))
            args += (_checked(version), json.dumps(payload), article_id)
        words = self._admit_many(keys=keys, args=args).decode().split(" ")
        return [(outcome, _whole(known)) for outcome, known in zip(words[::2], words[1::2], strict=True)]

    def progress(self, article_id: str, version: int, stage: str) -> None:
        """A stage of this article version started (the parse stage counts an attempt)."""
        self._progress(keys=self._keys(article_id), args=[version, time.time(), stage, article_id])

    def close(self, article_id: str, version: int, state: State) -> bool:
        """Mark the article version finished (``done``, ``rejected``, ``failed`` or ``dead``)."""
        return bool(self._close(keys=self._keys(article_id), args=[version, time.time(), state, article_id]))

    def reopen(self, article_id: str, version: int, payload: dict[str, Any]) -> None:
        """Open a finished version again (``wirelens dead retry``), with its attempts reset."""
        self._reopen(
            keys=self._keys(article_id),
            args=[_checked(version), time.time(), json.dumps(payload), article_id],
        )

    def get(self, article_id: str) -> Entry | None:
        raw = self.client.hgetall(self.keys.article(article_id))
        if not raw:
            return None
        d = {k.decode(): v.decode() for k, v in raw.items()}
        return Entry(
            article_id=article_id,
            version=_whole(d.get("version", "0")),
            state=d.get("state", "?"),
            attempts=int(d.get("attempts", 0)),
            stage=d.get("stage", ""),
            updated_at=float(d.get("updated_at", 0)),
            previous=_whole(d.get("previous", "0")),
            payload=json.loads(d["payload"]) if d.get("payload") else None,
        )

    def raw(self, article_id: str) -> dict[bytes, bytes]:
        """The entry's fields as stored (for an entry ``get`` cannot read)."""
        return dict(self.client.hgetall(self.keys.article(article_id)))

    def counts(self) -> dict[str, int]:
        raw = self.client.hgetall(self.keys.ledger_counts)
        got = {k.decode(): int(v) for k, v in raw.items()}
        return {s: got.get(s, 0) for s in STATES}

    def stale(self, older_than: float, *, limit: int = 500) -> list[str]:
        """Ids of unfinished articles that made no progress for ``older_than`` seconds."""
        cutoff = time.time() - older_than
        return [
            m.decode() for m in self.client.zrangebyscore(self.keys.ledger_open, "-inf", cutoff, 0, limit)
        ]

    def open_count(self) -> int:
        return int(self.client.zcard(self.keys.ledger_open))


def _checked(version: int) -> int:
    """A version the scripts compare exactly (a double holds every integer up to 2^53 - 1)."""
    if valid_version(version) is None:
        raise ValueError(f"version: {version!r} is not a whole number from 1 to {MAX_VERSION}")
    return version


def _whole(raw: str) -> int:
    """A stored version; entries written before versions were kept as strings may hold ``1e+14``."""
    try:
        return int(raw)
    except ValueError:
        return int(float(raw))
