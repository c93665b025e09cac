"""Validation at the producer: the field and the problem, an id even without one, limits from settings."""

from __future__ import annotations

from config.settings import Settings
from workers.inputs import RawArticle
from workers.producer import Rejection, validate


def _check(data: dict[str, object], settings: Settings | None = None) -> object:
    return validate(RawArticle("t", data=data), settings or Settings())


def test_valid_article_gets_content_hash_id_when_absent() -> None:
    a = _check({"body": "Some text."})
    b = _check({"body": "Some text."})
    assert not isinstance(a, Rejection) and not isinstance(b, Rejection)
    assert a.id == b.id and a.id.startswith("sha256-")
    assert a.version == 1 and a.language == "en"


def test_missing_body_names_the_field() -> None:
    r = _check({"id": "x1", "headline": "H"})
    assert isinstance(r, Rejection)
    assert r.article_id == "x1"
    assert r.reason == "body: Field required"


def test_blank_body_and_bad_urgency_are_both_reported() -> None:
    r = _check({"id": "x2", "body": "   \n ", "urgency": 12})
    assert isinstance(r, Rejection)
    assert "body: body is empty or only whitespace" in r.reason
    assert "urgency: Input should be less than or equal to 9" in r.reason


def test_wrong_type_for_version() -> None:
    r = _check({"body": "Text.", "version": "two"})
    assert isinstance(r, Rejection) and r.reason.startswith("version:")


def test_body_over_size_limit() -> None:
    r = _check({"id": "big", "body": "word " * 100}, Settings(max_body_chars=50))
    assert isinstance(r, Rejection)
    assert r.reason == "body: 500 characters is over the limit of 50"


def test_unreadable_item_keeps_its_error() -> None:
    r = validate(RawArticle("f.jsonl:3", error="invalid JSON: Expecting value at column 1"), Settings())
    assert isinstance(r, Rejection) and r.reason.startswith("invalid JSON") and r.origin == "f.jsonl:3"


def test_language_without_a_model_is_rejected_with_the_reason() -> None:
    r = _check({"id": "de1", "body": "Der Rat hat am Montag getagt.", "language": "de"})
    assert isinstance(r, Rejection)
    assert r.reason == "language: no model configured for 'de' (configured: en)"


def test_language_mapping_and_regional_tags() -> None:
    s = Settings(models={"de": "de_core_news_sm"})
    assert s.model_for("de-AT") == "de_core_news_sm"
    assert s.model_for("en-GB") == s.model
    assert s.model_for("fr") is None
    assert not isinstance(_check({"body": "Text.", "language": "en-GB"}), Rejection)


def test_rate_limit_paces_the_producer() -> None:
    import time

    from workers.producer import RateLimit

    pace = RateLimit(100.0)
    t0 = time.monotonic()
    for _ in range(21):
        pace()
    assert time.monotonic() - t0 >= 0.19  # 20 intervals of 10 ms
    unlimited = RateLimit(0)
    t0 = time.monotonic()
    for _ in range(1000):
        unlimited()
    assert time.monotonic() - t0 < 0.19
