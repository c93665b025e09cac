"""Ingest against a hostile or merely broken feed server (in-process ``http.server``) and a hostile drop
directory (issue 16, item 5). Before: the follower exited on the first 503, refused connection, timeout,
unknown charset or oversized feed, hung for ever on a slow drip, followed a redirect to ftp://, read a
symlink to a secret file outside the directory, and took a file a writer had not finished."""

from __future__ import annotations

import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from workers.embedded import free_port
from workers.ingest import DirectoryWatcher, FeedError, FeedFollower, fetch_feed, follow
from workers.inputs import RawArticle

ROOT = Path(__file__).resolve().parents[2]
RSS = (
    b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
    b"<link>http://example.org/</link><description>d</description><item><title>Bridge opens</title>"
    b"<guid>g1</guid><description>The new bridge opened on Monday.</description></item></channel></rss>"
)


class Hostile(http.server.BaseHTTPRequestHandler):
    """One path per misbehaviour."""

    flaky_left = 0

    def do_GET(self) -> None:
        path = self.path
        if path == "/ok" or (path == "/flaky" and Hostile.flaky_left <= 0):
            self._send(200, RSS, "application/rss+xml; charset=utf-8")
        elif path in ("/503", "/flaky"):
            Hostile.flaky_left -= 1
            self._send(503, b"busy", "text/plain")
        elif path == "/charset":
            self._send(200, RSS, "application/rss+xml; charset=x-no-such-charset")
        elif path == "/huge":
            self._send(200, RSS + b" " * 50_000, "application/rss+xml")
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/secret.xml")
            self.end_headers()
        elif path == "/drip":  # headers at once, then a byte every 0.1 s for ever
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                return
        elif path == "/hang":  # nothing at all
            time.sleep(3)

    def _send(self, code: int, body: bytes, kind: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetch(url: str, **kw: object) -> object:
    return fetch_feed(url, etag=None, modified=None, allow_private=True, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "options", "says"),
    [
        ("/503", {}, "HTTP 503"),
        ("/charset", {}, "unknown charset 'x-no-such-charset'"),
        ("/huge", {"max_bytes": 10_000}, "feed over 10000 bytes"),
        ("/to-ftp", {}, "redirect to 'ftp://127.0.0.1/secret.xml' refused: only http(s)"),
        ("/hang", {"timeout": 0.5}, "cannot fetch"),
    ],
)
def test_each_broken_response_is_a_feed_error(hostile: str, path: str, options: dict, says: str) -> None:
    with pytest.raises(FeedError, match=re.escape(says)):
        _fetch(hostile + path, **options)


def test_a_refused_connection_is_a_feed_error() -> None:
    with pytest.raises(FeedError, match="cannot fetch"):
        _fetch(f"http://127.0.0.1:{free_port()}/feed.rss")


def test_a_slow_drip_ends_at_the_deadline(hostile: str) -> None:
    started = time.monotonic()
    with pytest.raises(FeedError, match="deadline of 1 s"):
        _fetch(hostile + "/drip", deadline=1.0, timeout=5.0)
    assert time.monotonic() - started < 3


def test_private_and_loopback_addresses_are_refused_unless_allowed(hostile: str) -> None:
    with pytest.raises(FeedError, match=re.escape("resolves to 127.0.0.1, a private, loopback or reserved")):
        fetch_feed(hostile + "/ok", etag=None, modified=None)
    with pytest.raises(FeedError, match="resolves to ::1"):
        fetch_feed("http://[::1]:9/feed", etag=None, modified=None)
    assert _fetch(hostile + "/ok").status == 200  # type: ignore[attr-defined]


def test_the_follower_keeps_following_through_failures_with_a_growing_pause(
    hostile: str, redis_client: redis.Redis, test_settings: Settings
) -> None:
    Hostile.flaky_left = 3
    follower = FeedFollower(hostile + "/flaky", redis_client, test_settings, allow_private=True)
    sent: list[RawArticle] = []
    waits: list[float] = []
    notes: list[str] = []
    follow(lambda: follower.poll(sent.extend), 0.5, notify=notes.append, rounds=5, sleep=waits.append)
    assert [(i.data or {}).get("id") for i in sent] == ["g1", "g1"]  # no ETag from this server
    assert waits == [0.5, 1.0, 2.0, 0.5]  # doubled after each failure, back to the interval after success
    assert all("HTTP 503" in n for n in notes) and len(notes) == 3


def test_a_failed_send_is_sent_again_at_the_next_poll(
    hostile: str, redis_client: redis.Redis, test_settings: Settings
) -> None:
    follower = FeedFollower(hostile + "/ok", redis_client, test_settings, allow_private=True)

    def refuse(items: list[RawArticle]) -> None:
        raise redis.exceptions.OutOfMemoryError("full")

    with pytest.raises(redis.exceptions.OutOfMemoryError):
        follower.poll(refuse)
    sent: list[RawArticle] = []
    follower.poll(sent.extend)  # the feed's ETag was not stored: the articles come again
    assert [(i.data or {}).get("id") for i in sent] == ["g1"]


@pytest.mark.e2e
def test_ingest_follow_outlives_a_failing_feed(hostile: str, redis_server: object) -> None:
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url}  # type: ignore[attr-defined]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "workers.cli",
            "ingest",
            hostile + "/503",
            "--follow",
            "--interval",
            "0.2",
            "--allow-private",
        ],
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
        # A suite started as a background job inherits SIGINT ignored, and so would the CLI: give it
        # Ctrl-C as a user's terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Wait for the second failed poll rather than a fixed time: a loaded machine starts the CLI slowly.
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr or []), daemon=True)
    reader.start()
    deadline = time.monotonic() + 90
    while sum("warning: HTTP 503" in line for line in list(lines)) < 2 and time.monotonic() < deadline:
        assert proc.poll() is None, "".join(lines)
        time.sleep(0.1)
    assert proc.poll() is None, "".join(lines)  # still following after the feed failed twice
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=20)
    reader.join(timeout=20)
    err = "".join(lines)
    assert err.count("warning: HTTP 503") >= 2 and "Traceback" not in err


def test_a_symlink_out_of_the_drop_directory_is_refused(
    tmp_path: Path, redis_client: redis.Redis, test_settings: Settings
) -> None:
    drop, secret = tmp_path / "drop", tmp_path / "secret.txt"
    drop.mkdir()
    secret.write_text("Private\n\nThe password is hunter2.")
    (drop / "innocent.txt").symlink_to(secret)
    (drop / "real.txt").write_text("Headline\n\nA real article.")
    (drop / "inside.txt").symlink_to(drop / "real.txt")  # a link that stays inside is fine
    watcher = DirectoryWatcher(drop, redis_client, test_settings)
    sent: list[RawArticle] = []
    watcher.poll(sent.extend)
    watcher.poll(sent.extend)
    bodies = [(i.data or {}).get("body") for i in sent]
    assert bodies == ["A real article.", "A real article."]
    assert not any("hunter2" in str(b) for b in bodies)


def test_a_file_is_taken_only_once_complete(
    tmp_path: Path, redis_client: redis.Redis, test_settings: Settings
) -> None:
    watcher = DirectoryWatcher(tmp_path, redis_client, test_settings)
    sent: list[RawArticle] = []
    growing = tmp_path / "story.txt"
    growing.write_text("Storm warning\n\nForecasters warned")
    assert watcher.poll(sent.extend) == 0
    with growing.open("a") as fh:  # the writer paused, then goes on
        fh.write(" of gales along the coast on Tuesday.")
    assert watcher.poll(sent.extend) == 0  # changed since the last look: not yet
    assert watcher.poll(sent.extend) == 1
    assert [(i.data or {}).get("body") for i in sent] == [
        "Forecasters warned of gales along the coast on Tuesday."
    ]
    # A writer that renames a finished file into place: taken at the second look, complete.
    hidden = tmp_path / ".next.txt"
    hidden.write_text("Bridge\n\nThe bridge reopened.")
    assert watcher.poll(sent.extend) == 0
    hidden.rename(tmp_path / "next.txt")
    assert watcher.poll(sent.extend) == 0 and watcher.poll(sent.extend) == 1
    assert (sent[-1].data or {}).get("body") == "The bridge reopened."
