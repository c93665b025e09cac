"""What operators see (issue 16, item 8): text from feeds escaped on the terminal, and a warning when Redis
keeps nothing across a restart. On a real redis-server."""

from __future__ import annotations

import json
from typing import Any

import redis
from click.testing import CliRunner

from config.settings import Settings, get_settings
from tasks.models import ResultRecord
from workers.cli import main
from workers.embedded import EmbeddedRedis
from workers.publish import publish_record
from workers.report import render
from workers.status import collect
from workers.status import render as render_status
from workers.terminal import printable

HOSTILE_ID = "id\n==== forged-line  v9  [ok]\x1b[2J"
HOSTILE_HEADLINE = "Title\x1b]0;owned\x07 \u202eexe.txt"


def _clean(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\n==== forged-line" not in text


def test_printable_escapes_controls_newlines_and_bidi_but_keeps_letters() -> None:
    assert printable("a\nb\tc\x1b[31md\x7f\u202ee\u2028f") == "a\\nb\\tc\\x1b[31md\\x7f\\u202ee\\u2028f"
    assert printable("Zürich, 北京, café\u200d") == "Zürich, 北京, café\u200d"


def test_report_escapes_ids_headlines_and_errors() -> None:
    ok = ResultRecord(article_id=HOSTILE_ID, version=1, status="ok", headline=HOSTILE_HEADLINE)
    failed = ResultRecord(article_id="x", status="failed", error="boom\n\x1b[1mforged")
    for record in (ok, failed):
        out = render(record)
        _clean(out)
        assert "\\x1b" in out


def test_show_results_and_dead_list_escape_what_a_feed_sent(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(
        redis_client,
        ResultRecord(article_id=HOSTILE_ID, status="ok", headline=HOSTILE_HEADLINE),
        test_settings,
    )
    publish_record(
        redis_client,
        ResultRecord(article_id=HOSTILE_ID + "-bad", status="rejected", error="body: \x1b[2Jempty\nforged"),
        test_settings,
        original={"id": HOSTILE_ID + "-bad"},
    )
    get_settings.cache_clear()
    try:
        runner = CliRunner(env={"WIRELENS_REDIS_URL": test_settings.redis_url})
        for args in (["show", HOSTILE_ID], ["results", "--format", "report"], ["dead", "list"]):
            result = runner.invoke(main, args)
            assert result.exit_code == 0, (args, result.output)
            _clean(result.stdout)
            assert "\\x1b" in result.stdout
        missing = runner.invoke(main, ["show", HOSTILE_HEADLINE])  # no such article: the error escapes it too
        assert missing.exit_code == 1 and "no record for article" in missing.stderr
        _clean(missing.stderr)
        dead = runner.invoke(main, ["dead", "list"]).stdout
        assert len(dead.splitlines()) == 1  # one letter, one line: no forged second line
        as_json = runner.invoke(main, ["dead", "list", "--json"]).stdout  # JSON stays exact
        assert json.loads(as_json)["article_id"] == HOSTILE_ID + "-bad"
    finally:
        get_settings.cache_clear()


def _status(url: str) -> dict[str, Any]:
    client = redis.Redis.from_url(url)
    try:
        return collect(None, client, Settings(redis_url=url))
    finally:
        client.close()


def test_status_warns_when_redis_has_neither_aof_nor_rdb() -> None:
    with EmbeddedRedis() as bare:  # --save "" --appendonly no
        snapshot = _status(bare.url)
        assert snapshot["persistence"] == {"aof": False, "rdb": False}
        assert snapshot["warnings"] and "neither AOF" in snapshot["warnings"][0]
        assert render_status(snapshot).startswith("warning: Redis has neither AOF")
    with EmbeddedRedis(appendonly=True) as kept:
        snapshot = _status(kept.url)
        assert snapshot["persistence"]["aof"] is True and snapshot["warnings"] == []
