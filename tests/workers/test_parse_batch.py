"""The fused task's analysis (``workers/analyse_task.py``): several articles parsed in one ``nlp.pipe`` call
give what one at a time gives, and the stage chain gives the same record as the fused task."""

from __future__ import annotations

from typing import Any

from workers.analyse_task import analyse_item, parse_batch
from workers.message import StagePayload, WorkItem, read_item
from workers.stage_tasks import bias, extract, parse, record_from_payload, summarise

SEEDS = [
    'The council approved the budget on Monday. "We made hard choices," said council leader Amal Haddad.',
    "Heavy rain flooded 300 homes in the valley, officials said. Schools stay closed on Tuesday.",
]
PARTS = ("entities", "quotes", "figures", "speakers", "bias", "summary", "model", "lexicon_version")


def _item(article: Any, **extra: Any) -> dict[str, Any]:
    return {"schema_version": 1, "article": article, "enqueued_at": 1.0, **extra}


def test_a_batch_gives_the_same_records_as_one_at_a_time(seed_text: str) -> None:
    received = [read_item(_item({"id": f"b-{i}", "body": b})) for i, b in enumerate([seed_text, *SEEDS])]
    parsed = parse_batch(received)
    assert sorted(parsed) == [0, 1, 2]  # one nlp.pipe call for the three
    batched = [analyse_item(got, parsed[k]) for k, got in enumerate(received)]
    single = [analyse_item(got) for got in received]
    assert [r.status for r in batched] == ["ok"] * 3
    for b, s in zip(batched, single, strict=True):
        assert b.article_id == s.article_id
        for part in PARTS:
            assert getattr(b, part) == getattr(s, part), part
        assert b.timings_ms["parse"] > 0 and {"extract", "bias", "summarise", "total"} <= set(b.timings_ms)


def test_bad_articles_in_a_batch_fail_alone_in_order() -> None:
    received = [
        read_item(_item({"id": "ok-1", "body": SEEDS[0]})),
        read_item(_item({"id": "no-body"})),  # invalid: rejected with the field named
        read_item(
            _item({"id": "de-1", "body": "Der Stadtrat hat den Haushalt beschlossen.", "language": "de"})
        ),
        read_item(_item({"id": "ok-2", "body": SEEDS[1]}, supersedes=1)),
    ]
    parsed = parse_batch(received)
    assert sorted(parsed) == [0, 3]
    records = [analyse_item(got, parsed.get(k)) for k, got in enumerate(received)]
    assert [(r.article_id, r.status) for r in records] == [
        ("ok-1", "ok"),
        ("no-body", "rejected"),
        ("de-1", "rejected"),
        ("ok-2", "ok"),
    ]
    assert records[1].error == "body: Field required"
    assert records[2].error and "no model configured for 'de'" in records[2].error
    assert records[3].supersedes == 1 and records[3].entities


def test_the_stage_chain_gives_the_record_of_the_fused_task() -> None:
    """The headline is tagged, the per-request options hold, whichever way the article goes."""
    article = {
        "id": "h1",
        "headline": "Council passes brutal budget",
        "body": " ".join(f"The council met on Monday about item {i}, officials said." for i in range(5)),
    }
    item = _item(article, supersedes=2, options={"summary_sentences": 1})
    payload = parse.run(item)
    for stage in (extract, bias, summarise):
        payload = stage.run(payload)
    chained, original = record_from_payload(StagePayload.model_validate(payload))
    got = read_item(item)
    assert isinstance(got, WorkItem)
    fused = analyse_item(got)
    assert chained.status == fused.status == "ok" and chained.supersedes == fused.supersedes == 2
    for part in PARTS:
        assert getattr(chained, part) == getattr(fused, part), part
    assert fused.bias and [(t.field, t.text) for t in fused.bias.tags] == [("headline", "brutal")]
    assert fused.summary and len(fused.summary.sentences) == 1
    assert original["id"] == "h1"
