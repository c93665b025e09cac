"""What a new version changed, as published against a real redis-server: which older record a version is
compared with (whatever order the versions finish in), and ``wirelens show ID --diff``."""

from __future__ import annotations

import json

import redis
from click.testing import CliRunner

from config.settings import Settings, get_settings
from tasks.models import Figure, Quote, ResultRecord, Speaker
from workers.cli import main
from workers.keys import Keys
from workers.publish import publish_record, stored_record


def _rec(
    version: int, toll: float, *, supersedes: int | None = None, quote: str | None = None
) -> ResultRecord:
    quotes = []
    if quote:
        who = Speaker(text="Kaya", canonical="Mehmet Kaya")
        quotes.append(Quote(text=quote, start=0, end=len(quote), kind="direct", speaker=who))
    return ResultRecord(
        article_id="quake",
        version=version,
        status="ok",
        supersedes=supersedes,
        headline=f"Earthquake kills {toll:g}",
        figures=[Figure(text=f"{toll:g}", start=0, end=2, value=toll, counted="people")],
        quotes=quotes,
    )


def _stream(client: redis.Redis, settings: Settings) -> dict[int, ResultRecord]:
    records = [
        ResultRecord.model_validate_json(f[b"record"]) for _, f in client.xrange(settings.results_stream)
    ]
    return {r.version: r for r in records}


def _show(settings: Settings, *args: str) -> tuple[int, str, str]:
    get_settings.cache_clear()
    try:
        out = CliRunner(env={"WIRELENS_REDIS_URL": settings.redis_url}).invoke(main, ["show", "quake", *args])
    finally:
        get_settings.cache_clear()
    return out.exit_code, out.stdout, out.stderr


def test_the_stream_and_the_store_carry_the_changes_of_a_new_version(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(
        redis_client, _rec(1, 20, quote="These deaths are on the government's hands"), test_settings
    )
    publish_record(redis_client, _rec(2, 27, supersedes=1), test_settings)
    streamed = _stream(redis_client, test_settings)
    assert streamed[1].changes is None  # the first version changes nothing
    c = streamed[2].changes
    assert c is not None and c.compared and c.previous == 1
    (toll,) = c.figures.changed
    assert (toll.old.value, toll.new.value) == (20, 27)
    (withdrawn,) = c.quotes.removed
    assert withdrawn.speaker == "Mehmet Kaya"
    stored = stored_record(redis_client, "quake", test_settings)
    assert stored is not None and stored.changes == c

    code, out, _ = _show(test_settings, "--diff")
    assert code == 0
    assert "figure changed: people: 20 → 27" in out
    assert "quote removed: Mehmet Kaya, direct: “These deaths are on the government's hands”" in out
    code, out, _ = _show(test_settings, "--diff", "--format", "json")
    assert json.loads(out)["figures"]["changed"][0]["new"]["value"] == 27
    code, out, _ = _show(test_settings, "--diff", "--version", "1")
    assert "no changes recorded: it supersedes no stored version" in out


def test_an_unchanged_new_version_says_nothing_changed(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(redis_client, _rec(1, 20), test_settings)
    publish_record(redis_client, _rec(2, 20, supersedes=1), test_settings)
    c = _stream(redis_client, test_settings)[2].changes
    assert c is not None and c.compared and c.count == 0
    assert "Changes from v1: none" in _show(test_settings, "--diff")[1]


def test_a_version_finished_before_the_one_it_supersedes_says_so_and_show_compares_later(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(redis_client, _rec(2, 27, supersedes=1), test_settings)  # v1 still being analysed
    publish_record(redis_client, _rec(1, 20), test_settings)  # late: stored, not the latest
    streamed = _stream(redis_client, test_settings)
    early = streamed[2].changes
    assert early is not None and not early.compared
    assert early.reason == (
        "no record of version 1 was stored when version 2 was published (still being analysed, or lost)"
    )
    assert streamed[1].changes is None  # the late older version is never diffed against the newer
    code, out, _ = _show(test_settings, "--diff")
    assert code == 0 and "figure changed: people: 20 → 27" in out
    assert (
        "compared now from the stored records; when this version was published: no record of version 1" in out
    )


def test_a_late_version_is_compared_with_the_one_it_supersedes_not_the_latest(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(redis_client, _rec(1, 20), test_settings)
    publish_record(redis_client, _rec(3, 31, supersedes=2), test_settings)
    publish_record(redis_client, _rec(2, 27, supersedes=1), test_settings)  # published after v3
    streamed = _stream(redis_client, test_settings)
    c2 = streamed[2].changes
    assert c2 is not None and c2.previous == 1
    assert [(e.old.value, e.new.value) for e in c2.figures.changed] == [(20, 27)]
    c3 = streamed[3].changes
    assert c3 is not None and not c3.compared and c3.previous == 2


def test_after_a_rejected_version_there_is_nothing_to_compare_and_the_record_says_why(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    # A version the producer rejects never enters the ledger, so the next one supersedes nothing it knows of;
    # the store still holds the rejected record, and the new record names it.
    rejected = ResultRecord(article_id="quake", version=1, status="rejected", error="body: Field required")
    publish_record(redis_client, rejected, test_settings, original={"id": "quake"})
    publish_record(redis_client, _rec(2, 27), test_settings)
    new = _stream(redis_client, test_settings)[2]
    assert new.supersedes == 1 and new.changes is not None and not new.changes.compared
    assert new.changes.reason == "version 1 was rejected: body: Field required; nothing to compare"
    assert "not compared: version 1 was rejected" in _show(test_settings, "--diff")[1]


def test_a_failed_version_carries_no_changes_and_an_unreadable_older_record_costs_nothing(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(redis_client, _rec(1, 20), test_settings)
    failed = ResultRecord(article_id="quake", version=2, status="failed", error="parse: boom", supersedes=1)
    publish_record(redis_client, failed, test_settings)
    assert _stream(redis_client, test_settings)[2].changes is None
    redis_client.hset(Keys(test_settings).record("quake"), "v3", "{not a record")
    assert publish_record(redis_client, _rec(4, 27, supersedes=3), test_settings) is not None
    c = _stream(redis_client, test_settings)[4].changes
    assert c is not None and not c.compared and "stored record of version 3 is unreadable" in (c.reason or "")


def test_show_diff_escapes_what_the_article_said(redis_client: redis.Redis, test_settings: Settings) -> None:
    publish_record(
        redis_client, _rec(1, 20, quote="fine words \x1b]0;owned\x07 and\nFORGED LINE"), test_settings
    )
    publish_record(redis_client, _rec(2, 20, supersedes=1), test_settings)
    _, out, _ = _show(test_settings, "--diff")
    assert "\x1b" not in out and "\x07" not in out and "\\x1b]0;owned\\x07" in out
    assert not any(line.startswith("FORGED") for line in out.splitlines())


def test_the_diff_report_writes_figures_as_a_reader_does() -> None:
    from tasks.changes import compare
    from workers.version_report import render_changes

    old, new = _rec(1, 1_500_000), _rec(2, 1_600_000, supersedes=1)
    out = render_changes(new, compare(old, new))
    assert "figure changed: people: 1,500,000 → 1,600,000" in out
