"""Language detection from the body: what is rejected, what is analysed in which language, offline.

The samples in tests/fixtures/language/samples.jsonl are short original articles written for these tests,
each tagged with its language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from structlog.testing import capture_logs

from config.settings import Settings
from tasks.analysis import rejection
from tasks.language import analysis_language, detection, with_detection
from tasks.models import Article
from workers.inputs import RawArticle
from workers.producer import Rejection, rejected_record, validate

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {
    row["id"]: row
    for row in (
        json.loads(line)
        for line in (ROOT / "tests" / "fixtures" / "language" / "samples.jsonl").read_text().splitlines()
        if line.strip()
    )
}
GERMAN = SAMPLES["de-1"]["text"]
ENGLISH_QUOTING_GERMAN = SAMPLES["en-3"]["text"]
# An English story whose German quote is longer than the English around it.
LONG_GERMAN_QUOTE = (
    "BERLIN - The finance minister defended the budget in parliament on Tuesday. "
    '"Wir werden die Schuldenbremse einhalten, aber wir werden auch in Schulen, Brücken und Bahnstrecken '
    "investieren, denn ohne diese Investitionen verliert unser Land seine Zukunft, und das können wir "
    'unseren Kindern nicht zumuten", he told lawmakers. The opposition accused him of hiding cuts in the '
    "health budget and said it would vote against the bill next week."
)


def settings(**changes: Any) -> Settings:
    return Settings(**changes)


def produced(data: dict[str, Any], config: Settings | None = None) -> Article | Rejection:
    return validate(RawArticle("t", data=data), config or settings())


@pytest.mark.parametrize("sample_id", sorted(SAMPLES))
def test_each_sample_article_is_detected_in_its_language(sample_id: str) -> None:
    row = SAMPLES[sample_id]
    found = detection(Article(id=sample_id, body=row["text"]), settings())
    assert (found.code, found.reliable) == (row["lang"], True), found


def test_german_text_without_a_language_field_is_rejected_with_its_reason() -> None:
    result = produced({"id": "de-story", "headline": "Fernwärme wird teurer", "body": GERMAN})
    assert isinstance(result, Rejection)
    assert result.reason == "language: detected 'de' (0.99), no model configured for it"
    record = rejected_record(result, RawArticle("t", data={"id": "de-story", "body": GERMAN}))
    assert record.status == "rejected" and record.error == result.reason
    assert record.headline == "Fernwärme wird teurer"
    assert record.language_detected is not None
    assert (record.language_detected.code, record.language_detected.decision) == ("de", "no_model")
    assert record.language_detected.declared is None


def test_a_declared_language_does_not_save_german_text() -> None:
    result = produced({"id": "de-as-en", "body": GERMAN, "language": "en"})
    assert isinstance(result, Rejection) and result.reason.startswith("language: detected 'de'")


def test_input_cannot_claim_its_own_detection() -> None:
    forged = {"code": "en", "confidence": 1.0, "reliable": True, "decision": "agrees"}
    result = produced({"id": "forged", "body": GERMAN, "language_detected": forged})
    assert isinstance(result, Rejection) and "detected 'de'" in result.reason


@pytest.mark.parametrize("body", [ENGLISH_QUOTING_GERMAN, LONG_GERMAN_QUOTE, SAMPLES["en-4"]["text"]])
def test_english_story_quoting_another_language_stays_english(body: str) -> None:
    article = produced({"id": "en-quote", "body": body})
    assert isinstance(article, Article), article
    assert article.language_detected is not None
    assert (article.language_detected.code, article.language_detected.decision) == ("en", "undeclared")
    assert analysis_language(article) == "en"


def test_a_short_english_frame_around_a_long_german_quote_is_not_rejected() -> None:
    # Too little narration to detect on its own, and it disagrees with the whole: recorded, not acted on.
    body = (
        'The minister said on Tuesday: "Wir werden die Schuldenbremse einhalten, aber wir werden auch in '
        "Schulen, Brücken und Bahnstrecken investieren, denn ohne diese Investitionen verliert unser Land "
        'seine Zukunft, und das können wir unseren Kindern nicht zumuten." The opposition said it would vote '
        "against the budget."
    )
    article = produced({"id": "frame", "body": body})
    assert isinstance(article, Article), article
    found = article.language_detected
    assert found is not None and (found.code, found.decision, found.reliable) == ("de", "mixed", False)
    assert analysis_language(article) == "en"


def test_short_text_is_never_rejected_for_its_detected_language() -> None:
    short = "Die Bahn streicht am Montag mehrere Verbindungen."  # German, under language_min_chars
    article = produced({"id": "short-de", "body": short})
    assert isinstance(article, Article)
    found = article.language_detected
    assert found is not None and (found.code, found.reliable, found.decision) == ("de", False, "too_short")
    assert analysis_language(article) == "en"  # the declared (default) language, as before detection


def test_low_confidence_is_recorded_not_acted_on() -> None:
    article = produced({"id": "unsure", "body": GERMAN}, settings(language_min_confidence=1.0))
    assert isinstance(article, Article)
    assert article.language_detected is not None
    assert article.language_detected.decision == "low_confidence"


def test_mismatch_on_a_configured_pair_is_logged_recorded_and_analysed_as_detected() -> None:
    both = settings(models={"de": "de_core_news_sm"})
    english = SAMPLES["en-1"]["text"]
    with capture_logs() as logs:
        article = with_detection(Article(id="m1", body=english, language="de"), both)
    found = article.language_detected
    assert found is not None and (found.code, found.declared, found.decision) == ("en", "de", "mismatch")
    assert analysis_language(article) == "en"
    assert rejection(article, both) is None
    [line] = [entry for entry in logs if entry["event"] == "language_mismatch"]
    assert (line["article_id"], line["declared"], line["detected"]) == ("m1", "de", "en")


def test_declared_english_dialect_agrees_with_english() -> None:
    article = with_detection(Article(id="gb", body=SAMPLES["en-2"]["text"], language="en-GB"), settings())
    assert article.language_detected is not None and article.language_detected.decision == "agrees"


def test_german_analysed_in_german_when_a_german_model_is_configured() -> None:
    with_german = settings(models={"de": "de_core_news_sm"})
    article = with_detection(Article(id="de", body=GERMAN), with_german)
    assert rejection(article, with_german) is None and analysis_language(article) == "de"


def test_detection_switched_off_trusts_the_declared_language() -> None:
    article = produced({"id": "off", "body": GERMAN}, settings(language_detection=False))
    assert isinstance(article, Article) and article.language_detected is None


def test_the_model_ships_in_the_wheel_and_nothing_is_downloaded(tmp_path: Path) -> None:
    # A fresh process with every outgoing connection refused and the library's cache in an empty folder:
    # detection still works, and nothing is written there.
    cache = tmp_path / "cache"
    cache.mkdir()
    probe = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network is off in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "from tasks.language import detect\n"
        "print(detect('Die Stadtwerke haben am Montag angekündigt, die Preise zu erhöhen.')[0])\n"
    )
    env = {**os.environ, "FTLANG_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "de"
    assert list(cache.iterdir()) == []
