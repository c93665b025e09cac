"""Following a feed or a drop directory: ``wirelens ingest URL|FILE --follow`` and ``DIR --watch``.

Feeds are polled with conditional requests (``If-None-Match`` / ``If-Modified-Since``), so an unchanged feed
costs one 304. What was sent is remembered in Redis (the feed's ETag and Last-Modified, the files already
read), so a restarted follower resumes without re-sending; and the ledger makes a resend of the same
article version a no-op anyway.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import redis
import structlog

from config.settings import Settings
from workers.formats import parse_document
from workers.inputs import SUFFIXES, RawArticle, read_file
from workers.keys import Keys

MAX_FEED_BYTES = 20_000_000


@dataclass
class FeedFetch:
    status: int  # 200, or 304 when unchanged
    text: str | None
    etag: str | None
    modified: str | None


def fetch_feed(url: str, *, etag: str | None, modified: str | None, timeout: float = 30.0) -> FeedFetch:
    """GET a feed, conditionally. Only http(s) URLs."""
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"feed URL must be http(s): {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "wirelens-ingest/0.1"})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_FEED_BYTES + 1)
            if len(body) > MAX_FEED_BYTES:
                raise ValueError(f"feed over {MAX_FEED_BYTES} bytes")
            charset = response.headers.get_content_charset() or "utf-8"
            return FeedFetch(
                200,
                body.decode(charset, errors="replace"),
                response.headers.get("ETag"),
                response.headers.get("Last-Modified"),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FeedFetch(304, None, etag, modified)
        raise


class FeedFollower:
    """Poll one feed URL; yield the articles of each changed version of it."""

    def __init__(self, url: str, client: redis.Redis, settings: Settings, *, fmt: str | None = None) -> None:
        self.url, self.client, self.fmt = url, client, fmt
        key = hashlib.sha256(url.encode()).hexdigest()[:16]
        self.state_key = Keys(settings).ingest_feed(key)

    def poll(self) -> list[RawArticle]:
        state = {k.decode(): v.decode() for k, v in self.client.hgetall(self.state_key).items()}
        got = fetch_feed(self.url, etag=state.get("etag"), modified=state.get("modified"))
        log = structlog.get_logger()
        if got.status == 304 or got.text is None:
            log.info("feed_unchanged", url=self.url)
            return []
        items = parse_document(got.text, fmt=self.fmt or "feed", origin=self.url)
        mapping = {"url": self.url, "polled_at": str(time.time())}
        if got.etag:
            mapping["etag"] = got.etag
        if got.modified:
            mapping["modified"] = got.modified
        self.client.hset(self.state_key, mapping=mapping)
        log.info("feed_changed", url=self.url, items=len(items))
        return items


class DirectoryWatcher:
    """Pick up files that land in a directory; each file is read once (by path, size and mtime)."""

    def __init__(
        self, directory: Path, client: redis.Redis, settings: Settings, *, fmt: str | None = None
    ) -> None:
        self.directory, self.client, self.fmt = directory, client, fmt
        key = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
        self.seen_key = Keys(settings).ingest_dir(key)

    def _new_files(self) -> Iterator[tuple[Path, str]]:
        for f in sorted(self.directory.rglob("*")):
            if not f.is_file() or f.suffix.lower() not in SUFFIXES or f.name.startswith("."):
                continue
            st = f.stat()
            if time.time() - st.st_mtime < 0.5:  # still being written: next round
                continue
            mark = f"{f.relative_to(self.directory)}|{st.st_size}|{st.st_mtime_ns}"
            if not self.client.sismember(self.seen_key, mark):
                yield f, mark

    def poll(self, send: Callable[[list[RawArticle]], None]) -> int:
        """Send the articles of every new file, then remember the file; returns how many files."""
        n = 0
        for path, mark in self._new_files():
            send(list(read_file(path, fmt=self.fmt)))
            self.client.sadd(self.seen_key, mark)
            n += 1
        return n
