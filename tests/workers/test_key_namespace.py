"""Article ids cannot reach wirelens's own keys: ids named like its fixed keys, on a real redis-server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import redis
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from config.settings import Settings, get_settings
from tasks.models import ResultRecord
from workers.cli import main
from workers.keys import Keys, decode_id, encode_id
from workers.ledger import Ledger
from workers.publish import publish_record, stored_record

# Names of fixed keys, old and new, and ids that are patterns, hash tags, separators or just long.
HOSTILE = [
    "open",
    "counts",
    "sweeper-lock",
    "ledger:open",
    "meta:ledger:open",
    "../meta:sweeper-lock",
    "*",
    "{x}",
    "a:1",
    "a%3A1",
    " spaced id ",
    "x" * 512,
]


@given(st.text(max_size=40), st.text(max_size=40))
def test_encoded_ids_are_distinct_and_carry_no_separator(a: str, b: str) -> None:
    ea, eb = encode_id(a), encode_id(b)
    assert (ea == eb) == (a == b)
    assert decode_id(ea) == a
    assert not set(ea) & set(":*{}[]? \t\r\n")


def _enqueue(runner: CliRunner, path: Path, rows: list[dict[str, Any]]) -> Any:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return runner.invoke(main, ["enqueue", str(path)])


def test_ids_named_like_the_ledgers_keys_do_not_jam_enqueue_status_or_the_sweeper(
    redis_client: redis.Redis, test_settings: Settings, tmp_path: Path
) -> None:
    keys = Keys(test_settings)
    runner = CliRunner(env={"WIRELENS_REDIS_URL": test_settings.redis_url})
    get_settings.cache_clear()
    try:
        hostile = [{"id": i, "headline": "H", "body": f"Body of article {n}."} for n, i in enumerate(HOSTILE)]
        first = _enqueue(runner, tmp_path / "hostile.jsonl", hostile)
        assert first.exit_code == 0, first.output
        # The fixed keys keep their types, so the next feed's enqueue still works.
        assert redis_client.type(keys.ledger_open) == b"zset"
        assert redis_client.type(keys.ledger_counts) == b"hash"
        later = [{"id": "ordinary", "body": "Ordinary."}, {"id": "open", "version": 2, "body": "New."}]
        second = _enqueue(runner, tmp_path / "later.jsonl", later)
        assert second.exit_code == 0, second.output

        ledger = Ledger(redis_client, test_settings)
        for article_id in HOSTILE:
            entry = ledger.get(article_id)
            assert entry is not None and entry.article_id == article_id
            assert entry.version == (2 if article_id == "open" else 1)
        assert ledger.counts()["accepted"] == len(HOSTILE) + 1
        assert set(ledger.stale(-1)) == {*HOSTILE, "ordinary"}

        status = runner.invoke(main, ["status", "--json", "--no-ping"])
        assert status.exit_code == 0, status.output
        assert json.loads(status.stdout)["articles"]["accepted"] == len(HOSTILE) + 1

        # The sweeper's lock is its own: no article holds it.
        assert redis_client.set(keys.sweeper_lock, "1", nx=True, ex=1)

        # Records and publish markers are per id too: each id gets back its own record.
        for n, article_id in enumerate(HOSTILE):
            record = ResultRecord(article_id=article_id, version=1, status="ok", headline=f"h{n}")
            assert publish_record(redis_client, record, test_settings) is not None
        for n, article_id in enumerate(HOSTILE):
            got = stored_record(redis_client, article_id, test_settings)
            assert got is not None and got.headline == f"h{n}"
        assert redis_client.type(keys.ledger_open) in (b"zset", b"none")
        assert redis_client.type(keys.ledger_counts) == b"hash"
    finally:
        get_settings.cache_clear()


def test_migrate_keys_moves_an_old_deployment_to_the_namespaced_layout(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    # The layout before ids were namespaced, as an old version left it: an article "a:1" in flight.
    redis_client.hset("wirelens:ledger:a:1", mapping={"version": 1, "state": "in_flight", "attempts": 1})
    redis_client.hset("wirelens:ledger:done-1", mapping={"version": 2, "state": "done"})
    redis_client.zadd("wirelens:ledger:open", {"a:1": 100.0})
    redis_client.hset("wirelens:ledger:counts", mapping={"in_flight": 1, "done": 1})
    redis_client.hset("wirelens:ledger:ingest:feed:abc", "etag", "W/1")
    redis_client.hset("wirelens:record:done-1", "record", "{}")
    redis_client.hset("wirelens:record:x y", "record", "{}")
    redis_client.set("wirelens:published:x y:2", "1")
    runner = CliRunner(env={"WIRELENS_REDIS_URL": test_settings.redis_url})
    get_settings.cache_clear()
    try:
        result = runner.invoke(main, ["migrate-keys"])
        assert result.exit_code == 0, result.output
        keys = Keys(test_settings)
        ledger = Ledger(redis_client, test_settings)
        entry = ledger.get("a:1")
        assert entry is not None and entry.state == "in_flight"
        assert ledger.stale(-1) == ["a:1"]
        assert ledger.counts()["in_flight"] == 1 and ledger.counts()["done"] == 1
        assert redis_client.hget(keys.ingest_feed("abc"), "etag") == b"W/1"
        assert redis_client.exists(keys.record("x y"), keys.published("x y", 2), keys.record("done-1")) == 3
        assert not list(redis_client.scan_iter("wirelens:ledger:*"))
        # A second run finds the marker and leaves the encoded keys alone.
        again = runner.invoke(main, ["migrate-keys"])
        assert again.exit_code == 0 and "moved 0 keys" in again.output
        assert redis_client.exists(keys.record("x y")) == 1
    finally:
        get_settings.cache_clear()
