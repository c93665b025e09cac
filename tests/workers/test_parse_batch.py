"""The fused task's analysis (``workers/analyse_task.py``): several articles parsed in one ``nlp.pipe`` call
give what one at a time gives, and the stage chain gives the same record as the fused task."""

from __future__ import annotations

from typing import Any

from workers.analyse_task import analyse_item, analyse_one, parse_batch
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
    # Both paths compute the fingerprint publishing files in the duplicate and story indexes.
    _, fingerprint = analyse_one(got)
    assert fingerprint is not None and fingerprint.minhash
    assert payload["fingerprint"] == fingerprint.model_dump(mode="json")


def test_the_chain_parses_the_headline_once_and_its_stages_read_it_as_written(monkeypatch: Any) -> None:
    """The parse stage sends the headline's parse on; extract and bias rebuild it (the headline as written,
    the body's names) instead of parsing it again. A payload without it (the release that parsed the headline
    in each stage) is still analysed."""
    article = {
        "id": "h2",
        "headline": "Council Passes Brutal Budget Drafted By Haddad",  # title case: parsed in sentence case
        "body": "Council leader Amal Haddad drafted the budget. The council met on Monday, officials said.",
    }
    item = _item(article)
    parsed = parse.run(item)
    assert parsed["headline_doc"]

    def no_second_parse(*_: Any, **__: Any) -> None:
        raise AssertionError("the headline was parsed again")

    monkeypatch.setattr("tasks.analysis.parse_headline", no_second_parse)
    payload = parsed
    for stage in (extract, bias, summarise):
        payload = stage.run(payload)
    assert payload["status"] == "ok" and payload["headline_doc"] is None  # dropped with the Doc
    chained, _ = record_from_payload(StagePayload.model_validate(payload))
    assert chained.bias and [(t.field, t.text) for t in chained.bias.tags] == [("headline", "Brutal")]
    monkeypatch.undo()

    legacy = dict(parsed, headline_doc=None)
    for stage in (extract, bias, summarise):
        legacy = stage.run(legacy)
    again, _ = record_from_payload(StagePayload.model_validate(legacy))
    assert again.bias == chained.bias and again.quotes == chained.quotes


GERMAN = (
    "Die Stadtwerke von Kassel haben am Montag angekündigt, die Preise für Fernwärme im kommenden Jahr um "
    "durchschnittlich sieben Prozent zu erhöhen. Als Grund nannte das Unternehmen gestiegene Kosten für "
    "Erdgas und die Modernisierung des Leitungsnetzes. Verbraucherschützer kritisierten die Entscheidung."
)
GERMAN_REJECTED = "language: detected 'de' (0.99), no model configured for it"


def test_the_worker_detects_the_language_of_an_item_that_comes_without_it() -> None:
    # Another producer's message: no language_detected. The worker detects, rejects German with its reason,
    # and records the detection of the English article it analyses, on either path.
    items = [
        _item({"id": "de-raw", "body": GERMAN}),
        _item({"id": "en-raw", "body": " ".join(SEEDS * 2), "subjects": [{"code": "1", "scheme": "x"}]}),
    ]
    received = [read_item(i) for i in items]
    parsed = parse_batch(received)
    german, english = (analyse_item(got, parsed.get(k)) for k, got in enumerate(received))
    assert (german.status, german.error) == ("rejected", GERMAN_REJECTED)
    assert german.language_detected is not None and german.language_detected.code == "de"
    assert english.status == "ok" and english.language_detected is not None
    assert (english.language_detected.code, english.language_detected.decision) == ("en", "undeclared")
    assert english.provider is not None and [s.code for s in english.provider.subjects] == ["1"]

    chained_german, _ = record_from_payload(StagePayload.model_validate(parse.run(items[0])))
    assert (chained_german.status, chained_german.error) == ("rejected", GERMAN_REJECTED)
    assert chained_german.language_detected == german.language_detected
    payload = parse.run(items[1])
    for stage in (extract, bias, summarise):
        payload = stage.run(payload)
    chained_english, _ = record_from_payload(StagePayload.model_validate(payload))
    assert chained_english.status == "ok"
    assert chained_english.language_detected == english.language_detected
    assert chained_english.provider == english.provider


def test_the_producers_detection_is_not_repeated_by_the_worker() -> None:
    # What the producer found travels in the item: the worker acts on it as it is.
    found = {"code": "en", "confidence": 0.97, "reliable": True, "decision": "undeclared", "chars": 300}
    item = _item({"id": "carried", "body": SEEDS[0], "language_detected": found})
    record = analyse_item(read_item(item))
    assert record.status == "ok" and record.language_detected is not None
    assert record.language_detected.confidence == 0.97
    payload = parse.run(item)
    assert payload["status"] == "ok" and payload["item"]["article"]["language_detected"]["confidence"] == 0.97
