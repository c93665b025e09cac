"""The stages in order over one parse (tasks/analysis.py): the record a worker publishes, built in-process."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article, rejection
from tasks.models import Article


def test_seed_record_has_every_part(nlp: Language, seed_text: str) -> None:
    record = analyse_article(nlp, Article(id="seed", body=seed_text), Settings())
    assert record.status == "ok" and record.model and record.lexicon_version
    assert set(record.timings_ms) == {"parse", "extract", "bias", "summarise"}
    by_speaker = {s.speaker: s for s in record.speakers}
    assert by_speaker["Muhanad Ahmad Qishta"].quotes == 2 and not by_speaker["Muhanad Ahmad Qishta"].anonymous
    assert record.anonymous_quotes >= 2  # the senior Hamas official and the U.S. administration official
    assert sum(s.quotes for s in record.speakers) == len(record.quotes)
    unrwa = next(e for e in record.entities if e.text == "UNRWA")
    assert unrwa.expansion == "U.N. agency for Palestinian refugees"
    assert record.summary and len(record.summary.sentences) == 3
    assert record.summary.loaded_terms is not None  # bias ran before the summary


def test_rejection_reasons() -> None:
    settings = Settings(max_body_chars=10)
    assert rejection(Article(body="short"), settings) is None
    too_long = rejection(Article(body="far too long a body"), settings)
    assert too_long == "body: 19 characters is over the limit of 10"
    assert rejection(Article(body="kurz", language="de"), settings) == (
        "language: no model configured for 'de' (configured: en)"
    )
