"""Reading result records from the results stream: plain reads, or a consumer group that acknowledges.

With a group, a reader first re-reads its own pending entries (what it took but did not acknowledge before a
crash), then new ones; an entry is acknowledged only after the caller has written it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import redis
import structlog

from config.settings import Settings
from tasks.models import ResultRecord


@dataclass(frozen=True)
class Entry:
    stream_id: str
    record: ResultRecord


def _decode(fields: dict[bytes, bytes]) -> ResultRecord | None:
    """The entry's record, or None for an entry that holds none (another application's, a bad client's):
    skipped with a warning, so one such entry never stops a reader (nor, left pending, every restart)."""
    try:
        return ResultRecord.model_validate_json(fields[b"record"])
    except (KeyError, ValueError) as exc:
        structlog.get_logger().warning("results_entry_unreadable", error=repr(exc)[:300])
        return None


_MAX_SEQ = 18446744073709551615


def parse_start(value: str) -> str:
    """A read position: ``0`` (the beginning), ``$`` (new only), a stream id, or an ISO 8601 time.

    A time becomes the id just before that millisecond, so reading "after" it includes the entries of that
    time (stream ids are milliseconds since the epoch).

    Raises:
        ValueError: Not any of these.
    """
    v = value.strip()
    if v in ("0", "$") or re.fullmatch(r"\d+(-\d+)?", v):
        return v
    try:
        when = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"--from: {value!r} is not 0, $, a stream id or an ISO 8601 time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    ms = int(when.timestamp() * 1000)
    return f"{ms - 1}-{_MAX_SEQ}"


def last_id(client: redis.Redis, stream: str) -> str:
    """Id of the newest entry, or ``0-0`` for an empty stream: read after it to see only new records."""
    newest = client.xrevrange(stream, count=1)
    return newest[0][0].decode() if newest else "0-0"


class ResultReader:
    """Iterate over result records.

    Args:
        client: Redis connection.
        settings: Stream name.
        group: Consumer group name; None reads without a group (nothing is acknowledged).
        consumer: This reader's name within the group.
        start: Where a new group (or a plain read) starts: ``0`` for the beginning, ``$`` for new only,
            or a stream id.
    """

    def __init__(
        self,
        client: redis.Redis,
        settings: Settings,
        *,
        group: str | None = None,
        consumer: str = "wirelens-cli",
        start: str = "0",
    ) -> None:
        self.client, self.stream, self.group, self.consumer = client, settings.results_stream, group, consumer
        self.start = parse_start(start)
        if group:
            try:
                client.xgroup_create(self.stream, group, id=self.start, mkstream=True)
            except redis.ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    def read(self, *, follow: bool = False, block_ms: int = 1000, count: int = 100) -> Iterator[Entry]:
        """Yield entries in stream order; with ``follow``, wait for new ones until the caller stops."""
        if self.group:
            yield from self._read_group(follow=follow, block_ms=block_ms, count=count)
        else:
            yield from self._read_plain(follow=follow, block_ms=block_ms, count=count)

    def _read_plain(self, *, follow: bool, block_ms: int, count: int) -> Iterator[Entry]:
        after = (
            "0-0"
            if self.start == "0"
            else (last_id(self.client, self.stream) if self.start == "$" else self.start)
        )
        while True:
            got = self.client.xread({self.stream: after}, count=count, block=block_ms if follow else None)
            if not got:
                if follow:
                    continue
                return
            for sid, fields in got[0][1]:
                after = sid.decode()
                if (record := _decode(fields)) is not None:
                    yield Entry(after, record)

    def _read_group(self, *, follow: bool, block_ms: int, count: int) -> Iterator[Entry]:
        assert self.group
        pending = "0"  # our own unacknowledged entries first: what a crash left behind
        while True:
            got = self.client.xreadgroup(self.group, self.consumer, {self.stream: pending}, count=count)
            entries = got[0][1] if got else []
            if not entries:
                break
            for sid, fields in entries:
                pending = sid.decode()
                # Trimmed entries come back empty; an unreadable one is acknowledged too, never re-read.
                if fields and (record := _decode(fields)) is not None:
                    yield Entry(pending, record)
                else:
                    self.ack(pending)
        while True:
            got = self.client.xreadgroup(
                self.group, self.consumer, {self.stream: ">"}, count=count, block=block_ms if follow else None
            )
            if not got or not got[0][1]:
                if follow:
                    continue
                return
            for sid, fields in got[0][1]:
                if (record := _decode(fields)) is not None:
                    yield Entry(sid.decode(), record)
                else:
                    self.ack(sid.decode())

    def ack(self, stream_id: str) -> None:
        if self.group:
            self.client.xack(self.stream, self.group, stream_id)
