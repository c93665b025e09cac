"""The work item (``workers/message.py``): the one message between the producer and the workers, JSON on
the broker, validated on receipt; a malformed one gets a rejected record and its dead letter."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis

from config.settings import Settings
from tasks.models import Article, ResultRecord
from workers.deadletters import list_dead
from workers.message import (
    AnalysisOptions,
    Malformed,
    StagePayload,
    WorkItem,
    article_key,
    read_item,
    task_items,
)

BODY = '"We will fix the roads," said Mayor Lena Park on Monday. Work starts in May, officials said.'


def _full() -> WorkItem:
    article = Article(
        id="w-1",
        headline="Roads to be fixed",
        body=BODY,
        source="Example Wire",
        urgency=2,
        version=3,
        language="en",
        published_at="2026-12-03T18:00:00Z",  # type: ignore[arg-type]
    )
    options = AnalysisOptions(summary_sentences=2, summary_neutral=True)
    return WorkItem(article, enqueued_at=1_796_320_800.25, supersedes=2, options=options)


def test_a_work_item_survives_its_json_round_trip() -> None:
    item = _full()
    wire = json.loads(json.dumps(item.to_json()))  # what the broker carries
    assert wire["schema_version"] == 1 and wire["options"] == {
        "summary_sentences": 2,
        "summary_neutral": True,
    }
    assert read_item(wire) == item
    # The producer's own dump of the article (made for the ledger) is what travels, not a second one.
    cached = WorkItem(item.article, 1.0, article_json=item.article.model_dump(mode="json"))
    assert cached.to_json()["article"] is cached.article_json
    assert read_item(cached.to_json()) == WorkItem(item.article, 1.0)


def test_an_item_of_the_release_before_schema_version_is_read() -> None:
    got = read_item({"article": {"id": "old", "body": BODY}, "enqueued_at": None, "supersedes": None})
    assert isinstance(got, WorkItem) and got.article.id == "old" and got.options == AnalysisOptions()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (["not", "an", "item"], "work item: expected a JSON object, not list"),
        (None, "work item: expected a JSON object, not null"),
        ({"schema_version": 2, "article": {"body": BODY}}, "work item: schema_version: Input should be 1"),
        ({"schema_version": 1}, "work item: article: Field required"),
        ({"article": {"body": BODY}, "enqueued_at": "yesterday"}, "work item: enqueued_at: Input should be"),
        (
            {"article": {"body": BODY}, "enqueued_at": float("nan")},
            "work item: enqueued_at: must be a finite",
        ),
        ({"article": {"body": BODY}, "supersedes": True}, "work item: supersedes: Input should be"),
        ({"article": {"body": BODY}, "supersedes": 0}, "work item: supersedes: Input should be greater"),
        ({"article": {"body": BODY}, "options": {"fused": True}}, "work item: options.fused: Extra inputs"),
        (
            {"article": {"body": BODY}, "options": {"summary_words": "ten"}},
            "work item: options.summary_words",
        ),
        ({"article": {"body": BODY}, "colour": "red"}, "work item: colour: Extra inputs are not permitted"),
        ({"article": {"id": "x"}}, "body: Field required"),  # as the producer says it
        ({"article": {"id": "x", "body": BODY, "urgency": 12}}, "urgency: Input should be less than"),
    ],
)
def test_a_malformed_item_is_refused_naming_the_field(data: Any, reason: str) -> None:
    got = read_item(data)
    assert isinstance(got, Malformed) and got.reason.startswith(reason), got
    assert got.received is data


def test_a_malformed_item_keeps_what_arrived_for_its_record() -> None:
    got = read_item({"article": {"id": "m-1", "version": 4, "headline": "H"}, "enqueued_at": 5.0})
    assert isinstance(got, Malformed)
    record = got.record("rejected", got.reason)
    assert (record.article_id, record.version, record.headline) == ("m-1", 4, "H")
    assert got.original == {"id": "m-1", "version": 4, "headline": "H"} and article_key(got) == ("m-1", 4)
    nothing = read_item(42)
    assert (
        isinstance(nothing, Malformed) and nothing.original == {"value": 42} and article_key(nothing) is None
    )
    assert nothing.record("rejected").article_id.startswith("sha256-")


def test_every_task_says_where_its_items_are() -> None:
    item = _full().to_json()
    assert [
        g.article.id for g in task_items("wirelens.analyse", ([item, item],)) if isinstance(g, WorkItem)
    ] == [
        "w-1",
        "w-1",
    ]
    assert task_items("wirelens.parse", (item,)) == [read_item(item)]
    payload = StagePayload(item=item).model_dump(mode="json")
    for name in ("wirelens.extract", "wirelens.bias", "wirelens.summarise", "wirelens.publish"):
        assert task_items(name, (payload,)) == [read_item(item)]
    assert task_items("celery.chord_unlock", (item,)) == []
    assert task_items("wirelens.analyse", None) == []
    (bad,) = task_items("wirelens.extract", ({"status": ["not", "a", "status"]},))
    assert isinstance(bad, Malformed) and bad.reason.startswith("payload: status")


def test_messages_of_the_release_before_work_items_are_read() -> None:
    """In flight during an upgrade: the chain's first message had four arguments, its payloads the
    item's fields at the top level."""
    article = {"id": "old", "body": BODY, "version": 2}
    (got,) = task_items("wirelens.parse", (article, 7.5, 1, {"summary_words": 30}))
    assert got == WorkItem(Article(**article), 7.5, 1, AnalysisOptions(summary_words=30))
    old = {
        "article": article,
        "status": "ok",
        "enqueued_at": 7.5,
        "supersedes": 1,
        "options": {"fused": True},
    }
    assert StagePayload.model_validate(old).work_item() == WorkItem(Article(**article), 7.5, 1)


def test_a_malformed_item_in_a_fused_batch_gets_a_rejected_record_and_a_dead_letter(
    redis_client: redis.Redis, test_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from config.settings import get_settings
    from workers.analyse_task import analyse

    monkeypatch.setenv("WIRELENS_REDIS_URL", test_settings.redis_url)
    get_settings.cache_clear()
    try:
        good = WorkItem(Article(id="good", body=BODY), 1.0).to_json()
        bad = {**good, "article": {"id": "bad", "body": BODY}, "options": {"summary_sentences": 0}}
        analyse.run([bad, good])
    finally:
        get_settings.cache_clear()
    records = {}
    for _, fields in redis_client.xrange(test_settings.results_stream):
        record = ResultRecord.model_validate_json(fields[b"record"])
        records[record.article_id] = record
    assert records["good"].status == "ok"
    assert records["bad"].status == "rejected"
    assert (
        records["bad"].error
        == "work item: options.summary_sentences: Input should be greater than or equal to 1"
    )
    (letter,) = list_dead(redis_client, test_settings)
    assert letter["article_id"] == "bad" and letter["payload"] == {"id": "bad", "body": BODY}
