"""Hostile and poison articles, case by case, on a real redis-server: validation refuses what the rest
cannot carry (lone surrogates, booleans and huge numbers as versions), versions stay exact integers in the
Lua scripts, and one article's exception stays that article's in the producer, a fused batch, publishing,
the sweeper and ``wirelens analyse``."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
import redis
from click.testing import CliRunner

from config.settings import Settings
from tasks.models import ResultRecord
from workers.cli import main
from workers.deadletters import list_dead
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle, read_articles
from workers.ledger import Ledger
from workers.process import WorkerProcess
from workers.producer import ChainSender, Rejection, enqueue, validate
from workers.publish import publish_record, stored_record
from workers.sweeper import sweep

BODY = "The council met on Monday to discuss the roads."
MAX_VERSION = 2**53 - 1  # the exact range of a double (Lua numbers, JavaScript)


def _records(client: redis.Redis, settings: Settings) -> dict[str, ResultRecord]:
    out = {}
    for _, fields in client.xrange(settings.results_stream):
        record = ResultRecord.model_validate_json(fields[b"record"])
        out[record.article_id] = record
    return out


@pytest.mark.parametrize(
    "field", ["id", "headline", "body", "source", "byline", "dateline", "url", "language"]
)
def test_a_lone_surrogate_in_any_text_field_is_rejected_with_its_position(field: str) -> None:
    article = {"id": "s-1", "body": BODY, field: "half an emoji: \ud83d here"}
    result = validate(RawArticle("t", data=article), Settings())
    assert isinstance(result, Rejection)
    assert result.reason.split("; ")[0] == f"{field}: invalid Unicode (lone surrogate at 15)"
    # The rejection can be written anywhere: its id carries U+FFFD where the surrogate was.
    result.article_id.encode("utf-8")
    if field == "id":
        assert result.article_id == "half an emoji: \ufffd here"


def test_a_whole_surrogate_pair_decoded_from_json_is_text() -> None:
    article = json.loads('{"id": "e-1", "headline": "\\ud83d\\ude00 wins", "body": "Text."}')
    result = validate(RawArticle("t", data=article), Settings())
    assert not isinstance(result, Rejection) and result.headline == "\U0001f600 wins"


@pytest.mark.parametrize(
    ("version", "problem"),
    [
        (True, "Input should be a whole number, not a boolean"),
        (False, "Input should be a whole number, not a boolean"),
        (2**53, f"Input should be less than or equal to {MAX_VERSION}"),
        (10**30, f"Input should be less than or equal to {MAX_VERSION}"),
    ],
)
def test_versions_are_whole_numbers_from_1_to_2_53_minus_1(version: Any, problem: str) -> None:
    result = validate(RawArticle("t", data={"id": "v", "body": BODY, "version": version}), Settings())
    assert isinstance(result, Rejection) and result.reason == f"version: {problem}"


def test_the_largest_version_and_a_timestamp_version_are_accepted() -> None:
    for version in (MAX_VERSION, 1_733_216_400_123_456):
        result = validate(RawArticle("t", data={"id": "v", "body": BODY, "version": version}), Settings())
        assert not isinstance(result, Rejection) and result.version == version


def test_every_problem_is_reported_with_the_lone_surrogate() -> None:
    article = {"id": "x", "headline": "\udc00", "body": " ", "version": True, "urgency": 12}
    result = validate(RawArticle("t", data=article), Settings())
    assert isinstance(result, Rejection) and result.reason == (
        "headline: invalid Unicode (lone surrogate at 0); version: Input should be a whole number, not a "
        "boolean; body: body is empty or only whitespace; urgency: Input should be less than or equal to 9"
    )


def test_a_boolean_urgency_is_rejected() -> None:
    result = validate(RawArticle("t", data={"id": "u", "body": BODY, "urgency": True}), Settings())
    assert isinstance(result, Rejection) and result.reason.startswith("urgency:")


def test_one_deeply_nested_json_line_rejects_that_line_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    feed.write_text(
        "\n".join([json.dumps({"id": "a", "body": BODY}), deep, json.dumps({"id": "b", "body": BODY})]) + "\n"
    )
    items = list(read_articles([feed]))
    assert [(i.data or {}).get("id") for i in items] == ["a", None, "b"]
    assert items[1].origin.endswith(":2") and items[1].error == "jsonl: invalid JSON: nested too deeply"


def test_the_ledger_keeps_versions_above_10_14_exact(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    ledger = Ledger(redis_client, test_settings)
    big = 100_000_000_000_000
    assert ledger.admit("ts-1", big, {"id": "ts-1"}) == ("accepted", 0)
    assert ledger.admit("ts-1", big, {"id": "ts-1"}) == ("duplicate", big)
    assert ledger.admit("ts-1", big + 1, {"id": "ts-1"}) == ("accepted", big)
    assert ledger.admit("ts-1", big, {"id": "ts-1"}) == ("late", big + 1)
    entry = ledger.get("ts-1")
    assert entry is not None and (entry.version, entry.previous) == (big + 1, big)
    # At the top of the range two neighbours still compare as different numbers.
    assert ledger.admit_many(
        [("top", MAX_VERSION - 1, {}), ("top", MAX_VERSION, {}), ("top", MAX_VERSION - 1, {})]
    ) == [
        ("accepted", 0),
        ("accepted", MAX_VERSION - 1),
        ("late", MAX_VERSION),
    ]
    ledger.progress("top", MAX_VERSION - 1, "parse")  # an older version's progress is not the newer's
    top = ledger.get("top")
    assert top is not None and top.attempts == 0
    assert ledger.close("top", MAX_VERSION, "done") and ledger.get("top").state == "done"  # type: ignore[union-attr]


def test_publishing_keeps_versions_above_10_14_exact(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    big = 1_733_216_400_123_456
    for v in (big, big + 1):
        publish_record(redis_client, ResultRecord(article_id="ts-2", version=v, status="ok"), test_settings)
    (_, newer) = redis_client.xrange(test_settings.results_stream)[-1]
    assert newer[b"supersedes"] == str(big).encode()
    old = stored_record(redis_client, "ts-2", test_settings, version=big)
    assert old is not None and old.superseded_by == big + 1
    latest = stored_record(redis_client, "ts-2", test_settings)
    assert latest is not None and latest.version == big + 1


def test_a_record_with_text_utf8_cannot_encode_is_published_with_replacements(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    record = ResultRecord(article_id="sur\ud800", status="failed", headline="h\udfff", error="parse: \ud800")
    assert publish_record(redis_client, record, test_settings, original={"headline": "h\udfff"})
    stored = stored_record(redis_client, "sur\ufffd", test_settings)
    assert stored is not None and (stored.headline, stored.error) == ("h\ufffd", "parse: \ufffd")
    (letter,) = list_dead(redis_client, test_settings)
    assert letter["payload"] == {"headline": "h\udfff"}  # the original, as received (JSON-escaped)


def test_a_duplicate_failure_does_not_undo_an_article_already_done(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    # A batch-mate's failure reported after its own record was published must leave it done.
    Ledger(redis_client, test_settings).admit("mate", 1, {"id": "mate"})
    publish_record(redis_client, ResultRecord(article_id="mate", status="ok"), test_settings)
    publish_record(redis_client, ResultRecord(article_id="mate", status="failed", error="x"), test_settings)
    entry = Ledger(redis_client, test_settings).get("mate")
    assert entry is not None and entry.state == "done"
    assert Ledger(redis_client, test_settings).counts()["failed"] == 0


@pytest.fixture()
def app(test_settings: Settings) -> Any:
    from workers.app import use_broker

    return use_broker(test_settings.redis_url)


def test_a_lone_surrogate_id_is_rejected_and_its_batch_mates_are_enqueued(
    app: Any, redis_client: redis.Redis, test_settings: Settings
) -> None:
    items = [
        RawArticle("1", data={"id": "before", "body": BODY}),
        RawArticle("2", data={"id": "bad\udc80", "body": BODY}),
        RawArticle("3", data={"id": "after", "body": BODY, "headline": "fine \u202eevil\u202c"}),
    ]
    report = enqueue(app, redis_client, items, test_settings)
    assert report.accepted == [("before", 1), ("after", 1)]
    assert [(r.article_id, r.reason) for r in report.rejected] == [
        ("bad\ufffd", "id: invalid Unicode (lone surrogate at 3)")
    ]
    assert _records(redis_client, test_settings)["bad\ufffd"].status == "rejected"
    ledger = Ledger(redis_client, test_settings)
    assert [ledger.get(i).state for i in ("before", "after")] == ["accepted", "accepted"]  # type: ignore[union-attr]


def test_an_article_whose_ledger_entry_is_unreadable_fails_alone(
    app: Any, redis_client: redis.Redis, test_settings: Settings
) -> None:
    ledger = Ledger(redis_client, test_settings)
    # Entries the admission script cannot read (hand-edited, or written by another client): a version that
    # is not a number, and a key of another type. Before, the script raised on them, keeping what it had
    # written for the articles before, and the producer stopped.
    ledger.admit("garbled", 1, {"id": "garbled"})
    redis_client.hset(ledger._keys("garbled")[0], "version", "garbled")
    redis_client.set(ledger._keys("wrong-type")[0], "a string")
    names = ["a", "garbled", "b", "wrong-type", "c"]
    items = [RawArticle(str(k), data={"id": i, "body": BODY}) for k, i in enumerate(names)]
    report = enqueue(app, redis_client, items, test_settings)
    assert report.accepted == [("a", 1), ("b", 1), ("c", 1)]
    assert [f.article_id for f in report.failed] == ["garbled", "wrong-type"]
    records = _records(redis_client, test_settings)
    for name in ("garbled", "wrong-type"):
        assert records[name].status == "failed"
        assert (
            records[name].error
            == "ledger: the entry under this id cannot be read (not a hash, or no numeric version)"
        )
    assert sorted(d["article_id"] for d in list_dead(redis_client, test_settings)) == [
        "garbled",
        "wrong-type",
    ]


def test_a_batch_script_that_raises_midway_loses_none_of_the_articles_it_admitted(
    app: Any, redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_admit_many, real_admit = Ledger.admit_many, Ledger.admit

    def admit_many(self: Ledger, items: list[tuple[str, int, dict[str, Any]]], **kw: Any) -> Any:
        # A Lua script that raises keeps its earlier writes: the articles before "poison" are admitted.
        ids = [i for i, _, _ in items]
        if "poison" in ids:
            real_admit_many(self, items[: ids.index("poison")], **kw)
            raise redis.ResponseError("user_script:1: something this article triggers")
        return real_admit_many(self, items, **kw)

    def admit(self: Ledger, article_id: str, version: int, payload: dict[str, Any]) -> Any:
        if article_id == "poison" and payload:
            raise redis.ResponseError("user_script:1: something this article triggers")
        return real_admit(self, article_id, version, payload)

    monkeypatch.setattr(Ledger, "admit_many", admit_many)
    monkeypatch.setattr(Ledger, "admit", admit)
    items = [RawArticle(str(k), data={"id": i, "body": BODY}) for k, i in enumerate(["a", "poison", "b"])]
    report = enqueue(app, redis_client, items, test_settings)
    assert report.accepted == [("a", 1), ("b", 1)] and not report.skipped
    (failed,) = report.failed
    assert failed.article_id == "poison" and failed.reason.startswith("ledger: ResponseError: user_script")
    assert _records(redis_client, test_settings)["poison"].status == "failed"


def test_an_article_that_cannot_be_sent_fails_alone(
    app: Any, redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ChainSender._publish

    def publish(self: ChainSender, producer: Any, items: Any) -> None:
        if any(i.article.id == "unsendable" for i in items):
            raise TypeError("Object of type X is not JSON serializable")
        real(self, producer, items)

    monkeypatch.setattr(ChainSender, "_publish", publish)
    items = [RawArticle(str(k), data={"id": i, "body": BODY}) for k, i in enumerate(["c", "unsendable", "d"])]
    report = enqueue(app, redis_client, items, test_settings)
    assert report.accepted == [("c", 1), ("d", 1)]
    assert [f.article_id for f in report.failed] == ["unsendable"]
    ledger = Ledger(redis_client, test_settings)
    assert ledger.get("unsendable").state == "failed"  # type: ignore[union-attr]
    assert _records(redis_client, test_settings)["unsendable"].error == (
        "send: TypeError: Object of type X is not JSON serializable"
    )


def test_a_sweep_goes_past_entries_it_cannot_handle(
    app: Any, redis_client: redis.Redis, test_settings: Settings
) -> None:
    ledger = Ledger(redis_client, test_settings)
    # Stored by an older release: a payload today's validation refuses, and an unreadable version field.
    ledger.admit("stale-poison", 1, {"id": "stale-poison", "body": BODY, "headline": "\ud800"})
    ledger.admit("stale-garbled", 1, {"id": "stale-garbled", "body": BODY})
    redis_client.hset(ledger._keys("stale-garbled")[0], "version", "garbled")
    ledger.admit("lost-good", 1, {"id": "lost-good", "body": BODY})
    report = sweep(app, redis_client, test_settings, older_than=0)
    assert report.requeued == ["lost-good"]
    assert sorted(report.dead) == ["stale-garbled", "stale-poison"]
    record = _records(redis_client, test_settings)["stale-poison"]
    assert record.status == "failed" and record.error and record.error.startswith("sweeper: ValidationError")
    assert ledger.get("stale-poison").state == "dead"  # type: ignore[union-attr]
    assert ledger.stale(0) == ["lost-good"]  # the next sweep meets neither again
    assert sweep(app, redis_client, test_settings, older_than=0).dead == []


def test_a_fused_batch_publishes_each_article_alone(
    redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from config.settings import get_settings
    from workers import analyse_task, publish_task

    monkeypatch.setenv("WIRELENS_REDIS_URL", test_settings.redis_url)
    get_settings.cache_clear()
    real = publish_task.publish_record

    def publish_record_(client: Any, record: ResultRecord, *args: Any, **kwargs: Any) -> Any:
        if record.article_id == "bomb" and record.status == "ok":
            raise KeyError("something this article triggers")
        return real(client, record, *args, **kwargs)

    monkeypatch.setattr(publish_task, "publish_record", publish_record_)
    try:
        ledger = Ledger(redis_client, test_settings)
        items = []
        for i in ("x", "bomb", "y"):
            ledger.admit(i, 1, {"id": i, "body": BODY})
            items.append({"article": {"id": i, "body": BODY}, "enqueued_at": None, "supersedes": None})
        analyse_task.analyse.run(items)
        records = _records(redis_client, test_settings)
        assert {i: records[i].status for i in ("x", "bomb", "y")} == {"x": "ok", "bomb": "failed", "y": "ok"}
        assert records["bomb"].error == "publish: KeyError: 'something this article triggers'"
        assert [ledger.get(i).state for i in ("x", "bomb", "y")] == ["done", "failed", "done"]  # type: ignore[union-attr]
    finally:
        get_settings.cache_clear()


def test_a_batch_out_of_time_sends_the_rest_again_alone(
    redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time limit is the batch's: the article it stops and those after it go again one message each
    (where each has the whole limit to itself), instead of failing for their neighbours' time."""
    from celery.exceptions import SoftTimeLimitExceeded

    from config.settings import get_settings
    from workers import analyse_task

    monkeypatch.setenv("WIRELENS_REDIS_URL", test_settings.redis_url)
    get_settings.cache_clear()
    real = analyse_task.analyse_one

    def analyse_one(got: Any, parsed: Any = None, *, alone: bool = True) -> Any:
        if getattr(got, "article", None) and got.article.id == "slow-neighbour" and not alone:
            raise SoftTimeLimitExceeded()  # the limit fires while this one is analysed
        return real(got, parsed, alone=alone)

    resent: list[Any] = []
    monkeypatch.setattr(analyse_task, "analyse_one", analyse_one)
    monkeypatch.setattr(analyse_task.analyse, "apply_async", lambda args, **kw: resent.append(args[0]))
    try:
        items = [
            {"article": {"id": i, "body": BODY}, "enqueued_at": None, "supersedes": None}
            for i in ("first", "slow-neighbour", "last")
        ]
        analyse_task.analyse.run(items)
        records = _records(redis_client, test_settings)
        assert {i: r.status for i, r in records.items() if i in ("first", "slow-neighbour", "last")} == {
            "first": "ok"
        }
        assert [[m["article"]["id"] for m in batch] for batch in resent] == [["slow-neighbour"], ["last"]]
        analyse_task.analyse.run(resent[0])  # alone, it has the time it needs
        assert _records(redis_client, test_settings)["slow-neighbour"].status == "ok"
    finally:
        get_settings.cache_clear()


def test_a_task_rejected_because_its_retry_could_not_reach_redis_leaves_its_articles_to_the_sweeper(
    redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Redis down while a batch publishes: Celery cannot send the retry and rejects the task. That is the
    broker's trouble, not the articles': no permanent ``failed`` record, the ledger entries stay open for the
    sweeper. A crash of the task's own still gives each article a failed record."""
    from celery.exceptions import Reject
    from kombu.exceptions import OperationalError

    from config.settings import get_settings
    from workers import analyse_task
    from workers.publish_task import publish_failure

    monkeypatch.setenv("WIRELENS_REDIS_URL", test_settings.redis_url)
    get_settings.cache_clear()
    try:
        ledger = Ledger(redis_client, test_settings)
        batch = []
        for i in ("down-1", "down-2"):
            ledger.admit(i, 1, {"id": i, "body": BODY})
            batch.append({"article": {"id": i, "body": BODY}, "enqueued_at": None, "supersedes": None})
        refused = OperationalError("Error 111 connecting to 127.0.0.1:6390. Connection refused.")
        publish_failure(
            sender=analyse_task.analyse, task_id="t1", exception=Reject(refused, False), args=(batch,)
        )
        assert not {"down-1", "down-2"} & set(_records(redis_client, test_settings))
        assert [ledger.get(i).state for i in ("down-1", "down-2")] == ["accepted", "accepted"]  # type: ignore[union-attr]
        publish_failure(sender=analyse_task.analyse, task_id="t2", exception=KeyError("own"), args=(batch,))
        records = _records(redis_client, test_settings)
        assert [records[i].status for i in ("down-1", "down-2")] == ["failed", "failed"]
    finally:
        get_settings.cache_clear()


def test_analyse_command_handles_a_bad_article_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tasks.analysis

    real = tasks.analysis.analyse_article

    def analyse_article(nlp: Any, article: Any, settings: Any) -> ResultRecord:
        if article.id == "bomb":
            raise RuntimeError("something this article triggers")
        return real(nlp, article, settings)

    monkeypatch.setattr(tasks.analysis, "analyse_article", analyse_article)
    feed = tmp_path / "feed.jsonl"
    articles = [
        {"id": "one", "body": BODY},
        {"id": "half", "headline": "\ud83d alone", "body": BODY},
        {"id": "bomb", "body": BODY},
        {"id": "two", "body": BODY},
    ]
    feed.write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    result = CliRunner().invoke(main, ["analyse", str(feed)])
    assert result.exit_code == 1, result.output
    records = [ResultRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [(r.article_id, r.status) for r in records] == [
        ("one", "ok"),
        ("half", "rejected"),
        ("bomb", "failed"),
        ("two", "ok"),
    ]
    assert records[1].error == "headline: invalid Unicode (lone surrogate at 0)"
    assert records[2].error == "analyse: RuntimeError: something this article triggers"


GOOD = '"We will fix the roads," said Mayor Lena Park on {day}. Work starts in May, officials said.'


@pytest.mark.e2e
def test_a_hostile_batch_leaves_every_good_article_ok_and_the_pipeline_working(
    redis_server: EmbeddedRedis, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from config.settings import get_settings
    from workers.app import use_broker

    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    settings = Settings(redis_url=redis_server.url)
    app = use_broker(redis_server.url)
    ledger = Ledger(client, settings)
    # Left by an older release: an open entry whose payload today's validation refuses. The worker's sweeper
    # must give it up and keep sweeping.
    ledger.admit("stale-poison", 1, {"id": "stale-poison", "body": GOOD, "headline": "\ud800"})
    good = ["open", "counts", "sweeper-lock", "*", "{x}", "k" * 512, "bidi", "timestamp"]
    lines = [
        json.dumps({"id": "open", "body": GOOD.format(day="Monday")}),
        json.dumps({"id": "bad-id-\ud800", "body": GOOD.format(day="Monday")}),
        json.dumps({"id": "counts", "body": GOOD.format(day="Tuesday")}),
        json.dumps({"id": "bad-headline", "headline": "\udc00 half", "body": GOOD.format(day="Monday")}),
        json.dumps({"id": "sweeper-lock", "body": GOOD.format(day="Wednesday")}),
        json.dumps({"id": "bool-version", "version": True, "body": GOOD.format(day="Monday")}),
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"id": "*", "body": GOOD.format(day="Thursday")}),
        json.dumps({"id": "too-big", "version": 2**53, "body": GOOD.format(day="Monday")}),
        json.dumps({"id": "{x}", "body": GOOD.format(day="Friday")}),
        json.dumps({"id": "k" * 512, "body": GOOD.format(day="Saturday")}),
        json.dumps(
            {"id": "bidi", "headline": "\u202eevil\u202c \x1b[31mred", "body": GOOD.format(day="Sunday")}
        ),
        json.dumps({"id": "timestamp", "version": 1_733_216_400_123_456, "body": GOOD.format(day="Monday")}),
    ]
    feed = tmp_path / "hostile.jsonl"
    feed.write_text("\n".join(lines) + "\n")
    report = enqueue(app, client, read_articles([feed]), settings)
    assert sorted(i for i, _ in report.accepted) == sorted(good)
    assert len(report.rejected) == 5 and not report.failed
    # Another producer (no validation) sends a fused batch with a poison article between two good ones.
    for i in ("fused-x", "fused-y"):
        ledger.admit(i, 1, {"id": i, "body": GOOD.format(day="Monday")})
    batch = [
        {"article": {"id": "fused-x", "body": GOOD.format(day="Monday")}},
        {"article": {"id": "fused-poison", "headline": "\ud800", "body": GOOD.format(day="Monday")}},
        {"article": {"id": "fused-y", "body": GOOD.format(day="Tuesday")}},
    ]
    app.send_task("wirelens.analyse", args=(batch,), queue=settings.queue("parse"))
    good += ["fused-x", "fused-y"]

    env = {"WIRELENS_SWEEP_INTERVAL": "1", "WIRELENS_SWEEP_AFTER": "2"}
    with WorkerProcess(redis_server.url, settings, env=env, log_path=tmp_path / "w.log") as worker:
        records = _wait_for(client, settings, [*good, "fused-poison", "stale-poison"], worker)
        # The sweeper went past the poison entry: it still recovers a lost article, and the producer goes on.
        ledger.admit("lost-good", 1, {"id": "lost-good", "body": GOOD.format(day="Monday")})
        update = RawArticle("u", data={"id": "timestamp", "version": 1_733_216_400_123_457, "body": GOOD})
        assert enqueue(app, client, [update], settings).accepted == [("timestamp", 1_733_216_400_123_457)]
        records = _wait_for(client, settings, ["lost-good"], worker)
        _wait_for_version(client, settings, "timestamp", 1_733_216_400_123_457, worker)
        assert worker.alive(), worker.log_tail()
        log = (tmp_path / "w.log").read_text(errors="replace")
    for i in [*good, "lost-good"]:
        assert records[i].status == "ok", (i, records[i].error)
        entry = ledger.get(i)
        assert entry is not None and entry.state == "done", (i, entry)
    assert records["fused-poison"].status == "rejected"
    assert records["fused-poison"].error == "headline: invalid Unicode (lone surrogate at 0)"
    assert records["stale-poison"].status == "failed"
    assert (records["stale-poison"].error or "").startswith("sweeper: ValidationError")
    assert ledger.get("stale-poison").state == "dead"  # type: ignore[union-attr]
    latest = stored_record(client, "timestamp", settings)
    assert latest is not None and latest.supersedes == 1_733_216_400_123_456
    assert "sweep_failed" not in log and "Unrecoverable error" not in log
    # Exactly one record per article version.
    seen = [(f[b"article_id"], f[b"version"]) for _, f in client.xrange(settings.results_stream)]
    assert len(seen) == len(set(seen))
    monkeypatch.setenv("WIRELENS_REDIS_URL", redis_server.url)
    get_settings.cache_clear()
    try:
        status = CliRunner().invoke(main, ["status", "--json", "--no-ping"])
    finally:
        get_settings.cache_clear()
    assert status.exit_code == 0, status.output
    snapshot = json.loads(status.stdout)
    assert snapshot["open"] == 0 and snapshot["articles"]["done"] == len(good) + 1
    assert snapshot["articles"]["dead"] == 1 and snapshot["articles"]["rejected"] == 5


def _wait_for(
    client: redis.Redis, settings: Settings, ids: list[str], worker: WorkerProcess, timeout: float = 120
) -> dict[str, ResultRecord]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        records = _records(client, settings)
        if set(ids) <= records.keys():
            return records
        assert worker.alive(), worker.log_tail()
        time.sleep(0.3)
    raise AssertionError(f"no record for {sorted(set(ids) - _records(client, settings).keys())}")


def _wait_for_version(
    client: redis.Redis, settings: Settings, article_id: str, version: int, worker: WorkerProcess
) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        record = stored_record(client, article_id, settings)
        if record is not None and record.version == version:
            return
        assert worker.alive(), worker.log_tail()
        time.sleep(0.3)
    raise AssertionError(f"{article_id} v{version} has no record")


def test_a_publish_that_cannot_store_its_record_writes_nothing_and_can_be_retried(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    from workers.keys import Keys

    record_key = Keys(test_settings).record("clobbered")
    redis_client.set(record_key, "written by another application")
    record = ResultRecord(article_id="clobbered", status="ok")
    with pytest.raises(redis.ResponseError, match="WRONGTYPE the record key of this article holds a string"):
        publish_record(redis_client, record, test_settings)
    assert redis_client.xlen(test_settings.results_stream) == 0  # no marker, no stream entry left behind
    redis_client.delete(record_key)
    assert publish_record(redis_client, record, test_settings)  # the retry publishes


@pytest.mark.parametrize(
    "error",
    [
        redis.exceptions.OutOfMemoryError("OOM command not allowed when used memory > 'maxmemory'."),
        redis.ResponseError("MISCONF Redis is configured to save RDB snapshots, but it's unable to persist"),
        redis.ConnectionError("Connection refused"),
    ],
    ids=["oom", "misconf", "connection"],
)
def test_broker_trouble_in_a_fused_batch_is_no_article_s_failure(
    redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    from config.settings import get_settings
    from workers import analyse_task, publish_task

    monkeypatch.setenv("WIRELENS_REDIS_URL", test_settings.redis_url)
    get_settings.cache_clear()

    def publish_record_(client: Any, record: ResultRecord, *args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(publish_task, "publish_record", publish_record_)
    try:
        Ledger(redis_client, test_settings).admit("x", 1, {"id": "x", "body": BODY})
        with pytest.raises(type(error)):  # the task fails (and is retried): every article would meet it
            analyse_task.analyse.run([{"article": {"id": "x", "body": BODY}}])
        assert _records(redis_client, test_settings) == {}  # no permanent failed record for the article
        assert Ledger(redis_client, test_settings).get("x").state == "accepted"  # type: ignore[union-attr]
    finally:
        get_settings.cache_clear()


def test_a_results_entry_without_a_record_never_stops_a_reader(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    from workers.results import ResultReader

    stream = test_settings.results_stream
    publish_record(redis_client, ResultRecord(article_id="first", status="ok"), test_settings)
    redis_client.xadd(stream, {"from": "another application"})
    redis_client.xadd(stream, {"record": "{not json"})
    publish_record(redis_client, ResultRecord(article_id="last", status="ok"), test_settings)
    plain = [e.record.article_id for e in ResultReader(redis_client, test_settings).read()]
    assert plain == ["first", "last"]
    # A group reader that crashed before acknowledging anything: its pending entries include the bad ones,
    # which must not stop it on every restart.
    grouped = ResultReader(redis_client, test_settings, group="g", consumer="c")
    assert [e.record.article_id for e in grouped.read()] == ["first", "last"]  # taken, not acknowledged
    restarted = ResultReader(redis_client, test_settings, group="g", consumer="c")
    got = []
    for entry in restarted.read():
        got.append(entry.record.article_id)
        restarted.ack(entry.stream_id)
    assert got == ["first", "last"]
    assert redis_client.xpending(stream, "g")["pending"] == 0


def test_a_foreign_dead_letter_is_listed_not_fatal(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    redis_client.xadd(test_settings.dead_stream, {b"version": b"v2", b"\xff": b"\xfe"})
    publish_record(
        redis_client,
        ResultRecord(article_id="d", status="failed", error="x"),
        test_settings,
        original={"id": "d"},
    )
    letters = list_dead(redis_client, test_settings)
    assert [(d["article_id"], d["version"]) for d in letters] == [("d", 1), ("", 0)]
