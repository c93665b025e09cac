"""Following a feed or a drop directory: ``wirelens ingest URL|FILE --follow`` and ``DIR --watch``.

Feeds are polled with conditional requests (``If-None-Match`` / ``If-Modified-Since``), so an unchanged feed
costs one 304. What was sent is remembered in Redis (the feed's ETag and Last-Modified, the files already
read), so a restarted follower resumes without re-sending; and the ledger makes a resend of the same
article version a no-op anyway. That state is written only after the articles were sent: a send Redis
refused is tried again at the next poll.

A feed is a remote party (issue 16, item 5): every fetch has an overall deadline (a response that drips a
byte at a time ends there), a size limit, http(s) only, redirects included, and by default no private,
loopback or link-local address (``--allow-private`` for a feed on your own network), checked on the
address actually connected to, so a name that resolves elsewhere the second time gains nothing. Any
failure of a fetch is a ``FeedError``: the follower reports it and tries again with a growing pause, it
never exits for it. A drop directory gives up only regular files inside it (a symlink to a file outside
is refused) and only once complete: the same size and modification time at two looks in a row (writers
that rename a finished file into place are taken at the second look).
"""

from __future__ import annotations

import hashlib
import http.client
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis
import structlog

from config.settings import Settings
from workers.formats import parse_document
from workers.inputs import SUFFIXES, RawArticle, read_file
from workers.keys import Keys

MAX_FEED_BYTES = 20_000_000
FETCH_TIMEOUT = 30.0  # seconds per network wait (connect, each read)
FETCH_DEADLINE = 120.0  # seconds for a whole fetch, however the server paces it
BACKOFF_MAX = 600.0  # seconds: the longest pause between attempts at a failing feed


class FeedError(Exception):
    """A fetch that failed; the follower tries again later. The message says why."""


@dataclass
class FeedFetch:
    status: int  # 200, or 304 when unchanged
    text: str | None
    etag: str | None
    modified: str | None


def _refuse_private(host: str, port: int) -> list[tuple[Any, ...]]:
    """The addresses of ``host``, or FeedError when one of them is private, loopback or link-local."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise FeedError(f"cannot resolve {host!r}: {exc}") from exc
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FeedError(
                f"{host!r} resolves to {ip}, a private, loopback or reserved address "
                "(--allow-private to allow)"
            )
    return infos


def _guarded_connect(
    address: tuple[str, int], timeout: Any = None, source_address: Any = None
) -> socket.socket:
    """``socket.create_connection`` to a checked address of the host, never a private one."""
    host, port = address
    last: OSError | None = None
    for family, kind, proto, _, sockaddr in _refuse_private(host, port):
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not None:
                sock.settimeout(timeout)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
    raise last or OSError(f"no address for {host!r}")


class _GuardedHTTP(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connect


class _GuardedHTTPS(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _guarded_connect


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_GuardedHTTP, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_GuardedHTTPS, req)


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would follow one to ftp:// too)."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise FeedError(f"redirect to {newurl!r} refused: only http(s)")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener(allow_private: bool) -> urllib.request.OpenerDirector:
    handlers: list[Any] = [_WebRedirects()]
    if not allow_private:
        handlers += [_PublicHTTPHandler(), _PublicHTTPSHandler()]
    return urllib.request.build_opener(*handlers)


def fetch_feed(
    url: str,
    *,
    etag: str | None,
    modified: str | None,
    timeout: float = FETCH_TIMEOUT,
    deadline: float = FETCH_DEADLINE,
    max_bytes: int = MAX_FEED_BYTES,
    allow_private: bool = False,
) -> FeedFetch:
    """GET a feed, conditionally, within ``deadline`` seconds in all. Only http(s) URLs.

    Raises:
        FeedError: Anything that kept the feed from being read (status, network, deadline, size, charset).
    """
    if not url.lower().startswith(("http://", "https://")):
        raise FeedError(f"feed URL must be http(s): {url!r}")
    request = urllib.request.Request(url, headers={"User-Agent": "wirelens-ingest/0.1"})
    if etag:
        request.add_header("If-None-Match", etag)
    if modified:
        request.add_header("If-Modified-Since", modified)
    until = time.monotonic() + deadline
    try:
        with _opener(allow_private).open(request, timeout=min(timeout, deadline)) as response:
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(65_536):  # one read at a time, so the deadline is checked
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError(f"feed over {max_bytes} bytes")
                if time.monotonic() > until:
                    raise FeedError(f"feed not read within the deadline of {deadline:g} s")
                chunks.append(chunk)
            charset = response.headers.get_content_charset() or "utf-8"
            try:
                text = b"".join(chunks).decode(charset, errors="replace")
            except LookupError as exc:
                raise FeedError(f"unknown charset {charset!r}") from exc
            return FeedFetch(200, text, response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return FeedFetch(304, None, etag, modified)
        raise FeedError(f"HTTP {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FeedError):
            raise reason from exc
        raise FeedError(f"cannot fetch: {reason}") from exc
    except (OSError, http.client.HTTPException) as exc:  # timeouts, resets, broken responses
        raise FeedError(f"cannot fetch: {type(exc).__name__}: {exc}") from exc


class FeedFollower:
    """Poll one feed URL; yield the articles of each changed version of it."""

    def __init__(
        self,
        url: str,
        client: redis.Redis,
        settings: Settings,
        *,
        fmt: str | None = None,
        allow_private: bool = False,
        deadline: float = FETCH_DEADLINE,
    ) -> None:
        self.url, self.client, self.fmt = url, client, fmt
        self.allow_private, self.deadline = allow_private, deadline
        key = hashlib.sha256(url.encode()).hexdigest()[:16]
        self.state_key = Keys(settings).ingest_feed(key)

    def poll(self, send: Callable[[list[RawArticle]], None] | None = None) -> list[RawArticle]:
        """The articles of the feed when it changed (``[]`` when not); with ``send``, they are sent before the
        feed's ETag is stored, so a send that fails is repeated at the next poll."""
        state = {k.decode(): v.decode() for k, v in self.client.hgetall(self.state_key).items()}
        got = fetch_feed(
            self.url,
            etag=state.get("etag"),
            modified=state.get("modified"),
            allow_private=self.allow_private,
            deadline=self.deadline,
        )
        log = structlog.get_logger()
        if got.status == 304 or got.text is None:
            log.info("feed_unchanged", url=self.url)
            return []
        items = parse_document(got.text, fmt=self.fmt or "feed", origin=self.url)
        if send is not None:
            send(items)
        mapping = {"url": self.url, "polled_at": str(time.time())}
        if got.etag:
            mapping["etag"] = got.etag
        if got.modified:
            mapping["modified"] = got.modified
        self.client.hset(self.state_key, mapping=mapping)
        log.info("feed_changed", url=self.url, items=len(items))
        return items


def follow(
    poll: Callable[[], object],
    interval: float,
    *,
    notify: Callable[[str], None],
    rounds: int | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Call ``poll`` every ``interval`` seconds (``rounds`` times, or until interrupted). A ``FeedError`` or
    a Redis error is reported and retried after a pause that doubles each time, up to ``BACKOFF_MAX`` (or
    the interval, when longer); never the end of following."""
    failures = 0
    n = 0
    while rounds is None or n < rounds:
        n += 1
        try:
            poll()
            failures = 0
            wait = interval
        except (FeedError, redis.RedisError, OSError) as exc:
            failures += 1
            wait = min(interval * 2 ** (failures - 1), max(BACKOFF_MAX, interval))
            notify(f"warning: {exc}; trying again in {wait:g}s (failure {failures})")
            structlog.get_logger().warning("ingest_retry", error=str(exc), failures=failures, wait_s=wait)
        if rounds is None or n < rounds:
            sleep(wait)


class DirectoryWatcher:
    """Pick up files that land in a directory; each file is read once (by path, size and mtime)."""

    def __init__(
        self, directory: Path, client: redis.Redis, settings: Settings, *, fmt: str | None = None
    ) -> None:
        self.directory, self.client, self.fmt = directory, client, fmt
        self.root = directory.resolve()
        key = hashlib.sha256(str(self.root).encode()).hexdigest()[:16]
        self.seen_key = Keys(settings).ingest_dir(key)
        self._last_look: dict[Path, tuple[int, int]] = {}  # size and mtime at the previous look
        self._refused: set[Path] = set()

    def _new_files(self) -> Iterator[tuple[Path, str]]:
        look: dict[Path, tuple[int, int]] = {}
        for f in sorted(self.directory.rglob("*")):
            if f.suffix.lower() not in SUFFIXES or f.name.startswith("."):
                continue
            if not f.resolve().is_relative_to(self.root):  # a symlink to a file elsewhere: never read
                if f not in self._refused:
                    self._refused.add(f)
                    structlog.get_logger().warning(
                        "ingest_symlink_refused", path=str(f), target=str(f.resolve())
                    )
                continue
            if not f.is_file():
                continue
            st = f.stat()
            look[f] = (st.st_size, st.st_mtime_ns)
            if self._last_look.get(f) != look[f]:  # new or still growing: look again next round
                continue
            mark = f"{f.relative_to(self.directory)}|{st.st_size}|{st.st_mtime_ns}"
            if not self.client.sismember(self.seen_key, mark):
                yield f, mark
        self._last_look = look

    def poll(self, send: Callable[[list[RawArticle]], None]) -> int:
        """Send the articles of every new, complete file, then remember the file; returns how many files."""
        n = 0
        for path, mark in list(self._new_files()):
            send(list(read_file(path, fmt=self.fmt)))
            self.client.sadd(self.seen_key, mark)
            n += 1
        return n
