"""Feed following with conditional requests and directory watching, against a local HTTP server and a
real redis-server; what was sent is not sent again after a restart."""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from workers.ingest import DirectoryWatcher, FeedFollower
from workers.inputs import RawArticle

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>http://example.org/</link>
<description>t</description>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><guid>{guid}</guid><link>http://example.org/{guid}</link>
<description>{body}</description></item>"""


class _Feed:
    def __init__(self) -> None:
        self.items = [("Bridge opens", "g1", "The new bridge opened on Monday after four years of work.")]
        self.requests: list[tuple[str | None, int]] = []

    @property
    def etag(self) -> str:
        return f'"v{len(self.items)}"'

    def body(self) -> bytes:
        xml = "".join(ITEM.format(title=t, guid=g, body=b) for t, g, b in self.items)
        return RSS.format(items=xml).encode()


@pytest.fixture()
def feed_server() -> Iterator[tuple[str, _Feed]]:
    feed = _Feed()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            inm = self.headers.get("If-None-Match")
            if inm == feed.etag:
                feed.requests.append((inm, 304))
                self.send_response(304)
                self.end_headers()
                return
            feed.requests.append((inm, 200))
            body = feed.body()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("ETag", feed.etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/wire.rss", feed
    server.shutdown()


def test_feed_is_polled_conditionally_and_resumes(
    feed_server: tuple[str, _Feed], redis_client: redis.Redis, test_settings: Settings
) -> None:
    url, feed = feed_server
    first = FeedFollower(url, redis_client, test_settings, allow_private=True).poll()
    assert [(i.data or {}).get("id") for i in first] == ["g1"]
    assert (first[0].data or {}).get("headline") == "Bridge opens"
    # A new follower (a restart) sends the stored ETag: the unchanged feed is a 304 and yields nothing.
    assert FeedFollower(url, redis_client, test_settings, allow_private=True).poll() == []
    assert feed.requests[-1] == ('"v1"', 304)
    feed.items.append(("Storm warning", "g2", "Forecasters warned of gales along the coast on Tuesday."))
    changed = FeedFollower(url, redis_client, test_settings, allow_private=True).poll()
    assert sorted((i.data or {}).get("id") for i in changed) == ["g1", "g2"]
    assert feed.requests[-1] == ('"v1"', 200)


def test_directory_watcher_reads_each_file_once(
    tmp_path: Path, redis_client: redis.Redis, test_settings: Settings
) -> None:
    sent: list[RawArticle] = []
    (tmp_path / "a.txt").write_text("Headline A\n\nBody of A.")
    old = time.time() - 5
    os.utime(tmp_path / "a.txt", (old, old))
    watcher = DirectoryWatcher(tmp_path, redis_client, test_settings)
    assert watcher.poll(sent.extend) == 0  # first look: complete only once unchanged at the next
    assert watcher.poll(sent.extend) == 1
    restarted = DirectoryWatcher(tmp_path, redis_client, test_settings)
    assert restarted.poll(sent.extend) == 0 and restarted.poll(sent.extend) == 0  # after a restart
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "body": "Body of B."}\n')
    os.utime(tmp_path / "b.jsonl", (old, old))
    assert watcher.poll(sent.extend) == 0
    assert watcher.poll(sent.extend) == 1
    assert [(i.data or {}).get("headline") or (i.data or {}).get("id") for i in sent] == ["Headline A", "b1"]
