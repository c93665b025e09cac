"""``parse_batch``: several articles parsed in one ``nlp.pipe`` call give what one at a time gives."""

from __future__ import annotations

from typing import Any

from tasks.jobs import _parse, parse_batch

SEEDS = [
    'The council approved the budget on Monday. "We made hard choices," said council leader Amal Haddad.',
    "Heavy rain flooded 300 homes in the valley, officials said. Schools stay closed on Tuesday.",
]


def _item(article: Any, **extra: Any) -> dict[str, Any]:
    return {"article": article, "enqueued_at": 1.0, "options": {"fused": True}, **extra}


def test_a_batch_gives_the_same_payloads_as_one_at_a_time(seed_text: str) -> None:
    articles = [{"id": f"b-{i}", "body": body} for i, body in enumerate([seed_text, *SEEDS])]
    batched = parse_batch([_item(a) for a in articles])
    single = [_parse(a, 1.0, None, {"fused": True}) for a in articles]
    assert [p["status"] for p in batched] == ["ok"] * 3
    for b, s in zip(batched, single, strict=True):
        assert b["article"]["id"] == s["article"]["id"]
        for part in ("extraction", "bias", "summary", "model"):
            assert b[part] == s[part], part
        assert b["timings_ms"]["parse"] > 0


def test_bad_articles_in_a_batch_fail_alone_in_order() -> None:
    items = [
        _item({"id": "ok-1", "body": SEEDS[0]}),
        _item({"id": "no-body"}),  # invalid: rejected with the field named
        _item({"id": "de-1", "body": "Der Stadtrat hat den Haushalt beschlossen.", "language": "de"}),
        _item({"id": "ok-2", "body": SEEDS[1]}, supersedes=1),
    ]
    out = parse_batch(items)
    assert [(p["article"].get("id"), p["status"]) for p in out] == [
        ("ok-1", "ok"),
        ("no-body", "rejected"),
        ("de-1", "rejected"),
        ("ok-2", "ok"),
    ]
    assert "body" in out[1]["error"] and "no model configured for 'de'" in out[2]["error"]
    assert out[3]["supersedes"] == 1 and out[3]["extraction"]["entities"]


GERMAN = (
    "Die Stadtwerke von Kassel haben am Montag angekündigt, die Preise für Fernwärme im kommenden Jahr um "
    "durchschnittlich sieben Prozent zu erhöhen. Als Grund nannte das Unternehmen gestiegene Kosten für "
    "Erdgas und die Modernisierung des Leitungsnetzes. Verbraucherschützer kritisierten die Entscheidung."
)


def test_the_worker_detects_the_language_of_a_payload_that_comes_without_it() -> None:
    # Another producer's message: no language_detected. The worker detects, rejects German with its reason,
    # and records the detection of the English article it analyses.
    from tasks.jobs import record_from_payload

    items = [
        _item({"id": "de-raw", "body": GERMAN}),
        _item({"id": "en-raw", "body": " ".join(SEEDS * 2), "subjects": [{"code": "1", "scheme": "x"}]}),
    ]
    german, english = (record_from_payload(p) for p in parse_batch(items))
    assert (german.status, german.error) == (
        "rejected",
        "language: detected 'de' (0.99), no model configured for it",
    )
    assert german.language_detected is not None and german.language_detected.code == "de"
    assert english.status == "ok" and english.language_detected is not None
    assert (english.language_detected.code, english.language_detected.decision) == ("en", "undeclared")
    assert english.provider is not None and [s.code for s in english.provider.subjects] == ["1"]


def test_the_producers_detection_is_not_repeated_by_the_worker() -> None:
    # What the producer found travels in the payload: the worker acts on it as it is.
    found = {"code": "en", "confidence": 0.97, "reliable": True, "decision": "undeclared", "chars": 300}
    [payload] = parse_batch([_item({"id": "carried", "body": SEEDS[0], "language_detected": found})])
    assert payload["status"] == "ok" and payload["article"]["language_detected"]["confidence"] == 0.97
