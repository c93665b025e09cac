"""Thin Celery tasks, one per stage and queue; each calls the pure stage functions in ``tasks.analysis``.

The article is parsed once, in ``wirelens.parse``; the ``Doc`` travels to the next stages as compressed
``DocBin`` bytes (base64 in the JSON message), never re-parsed. Every task takes and returns a
:class:`StagePayload` as a plain dict, so a chain ``parse | extract | bias | summarise | publish`` carries
the article to exactly one result record, whatever happens on the way: a rejected or failed article skips
the remaining stages and still reaches ``publish``.
"""

from __future__ import annotations

import base64
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import structlog
from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from pydantic import BaseModel, Field, ValidationError

from config.settings import get_settings
from tasks import analysis
from tasks.language import analysis_language, analysis_language_of, with_detection
from tasks.models import (
    METADATA_FIELDS,
    Article,
    BiasResult,
    Extraction,
    Fingerprint,
    LanguageDetection,
    ModelInfo,
    ProviderMetadata,
    ResultRecord,
    Summary,
    content_id,
    valid_version,
)
from tasks.nlp import doc_from_bytes, doc_to_bytes, get_nlp, model_info
from tasks.validation import describe_validation_error


class StagePayload(BaseModel):
    """What travels from stage to stage (JSON on the broker)."""

    article: dict[str, Any]
    status: str = "ok"
    error: str | None = None
    doc: str | None = None  # base64 DocBin bytes
    extraction: Extraction | None = None
    bias: BiasResult | None = None
    summary: Summary | None = None
    fingerprint: Fingerprint | None = None  # for the duplicate and story indexes at publishing
    model: ModelInfo | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    enqueued_at: float | None = None
    supersedes: int | None = None  # the older version of this article that the producer already had
    options: dict[str, Any] = Field(default_factory=dict)  # per-request: summary_sentences, _words, _neutral


def _nlp(language: str = "en") -> Any:
    s = get_settings()
    name = s.model_for(language)
    if name is None:
        raise ValueError(f"language: no model configured for {language!r}")
    return get_nlp(name, s.fallback_model if name == s.model else None)


def _stage(name: str, payload: dict[str, Any], work: Callable[[StagePayload], None]) -> dict[str, Any]:
    """Run one stage on a payload: skip when an earlier stage failed, time it, turn errors into a record."""
    p = StagePayload.model_validate(payload)
    structlog.contextvars.bind_contextvars(article_id=p.article.get("id"))
    log = structlog.get_logger()
    if p.status != "ok":
        return p.model_dump(mode="json")
    t0 = time.perf_counter()
    try:
        work(p)
    except SoftTimeLimitExceeded:
        p.status, p.error = "failed", f"{name}: time limit exceeded"
    except Exception as exc:  # deterministic for this input: retrying would fail the same way
        p.status, p.error = "failed", f"{name}: {type(exc).__name__}: {exc}"
        log.error("stage_failed", stage=name, error=p.error, traceback=traceback.format_exc(limit=5))
    p.timings_ms.setdefault(name, round((time.perf_counter() - t0) * 1000, 2))
    if p.status != "ok":
        p.doc = None
    log.info("stage_done", stage=name, status=p.status, duration_ms=p.timings_ms[name])
    return p.model_dump(mode="json")


@shared_task(name="wirelens.parse", ignore_result=True)
def parse(
    article: dict[str, Any],
    enqueued_at: float | None = None,
    supersedes: int | None = None,
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Validate and parse an article once; reject it with the field and reason when invalid."""
    return _parse(article, enqueued_at, supersedes, options)


def _parse(
    article: dict[str, Any],
    enqueued_at: float | None,
    supersedes: int | None,
    options: dict[str, Any] | None,
    parsed: tuple[Any, float] | None = None,
) -> dict[str, Any]:
    """The parse stage; ``parsed`` is the article's ``Doc`` and its parse time (ms) when a batch already
    parsed it (``parse_batch``)."""
    try:
        valid = Article.model_validate(article)
    except ValidationError as exc:
        raw = article if isinstance(article, dict) else {"value": article}
        return StagePayload(
            article=raw, status="rejected", error=describe_validation_error(exc), enqueued_at=enqueued_at
        ).model_dump(mode="json")
    settings = get_settings()
    valid = with_detection(valid, settings)  # the producer's detection travels with the payload

    def work(p: StagePayload) -> None:
        reason = analysis.rejection(valid, settings)
        if reason:
            p.status, p.error = "rejected", reason
            return
        nlp = _nlp(analysis_language(valid))
        if parsed is None:
            doc = analysis.timed(p.timings_ms, "parse", lambda: analysis.parse(nlp, valid, settings))
        else:
            doc, p.timings_ms["parse"] = parsed
        p.model = model_info(nlp)
        if p.options.get("fused"):
            # One task for every stage: no Doc serialisation, no hops (workers that take all stages).
            analysis.timed(p.timings_ms, "extract", lambda: _extract(p, doc))
            analysis.timed(p.timings_ms, "bias", lambda: _bias(p, doc))
            analysis.timed(p.timings_ms, "summarise", lambda: _summary(p, doc))
        else:
            p.doc = base64.b64encode(doc_to_bytes(doc)).decode("ascii")

    payload = StagePayload(
        article=valid.model_dump(mode="json"),
        enqueued_at=enqueued_at,
        supersedes=supersedes,
        options=options or {},
    )
    return _stage("parse", payload.model_dump(mode="json"), work)


def parse_batch(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parse stage for several articles at once: one ``nlp.pipe`` call per model, then each article on its
    own (``_parse``), so one bad article fails alone.

    Each item holds ``article`` and optionally ``enqueued_at``, ``supersedes``, ``options``. spaCy parses a
    small batch faster than the same texts one by one (measured in ``bench/throughput.py``). Articles that
    will be rejected or that fail in the batched parse are parsed (and fail) one by one.
    """
    settings = get_settings()
    parsed: dict[int, tuple[Any, float]] = {}
    groups: dict[str, list[tuple[int, Article]]] = {}
    items = [item if isinstance(item, dict) else {"article": item} for item in items]
    for k, item in enumerate(items):
        try:
            valid = Article.model_validate(item.get("article"))
        except ValidationError:
            continue
        if valid.language_detected is None and settings.language_detection:
            valid = with_detection(valid, settings)  # once: _parse below reads it from the item
            items[k] = {**item, "article": {**item["article"], "language_detected": valid.language_detected}}
        if analysis.rejection(valid, settings) is None:
            groups.setdefault(analysis_language(valid), []).append((k, valid))
    for language, members in groups.items():
        if len(members) < 2:
            continue  # nothing to batch: the article is parsed in its own stage, as a single one is
        try:
            t0 = time.perf_counter()
            docs = analysis.parse_many(_nlp(language), [a for _, a in members], settings)
            ms = (time.perf_counter() - t0) * 1000
            chars = sum(len(a.body) for _, a in members) or 1
            for (k, a), doc in zip(members, docs, strict=True):
                parsed[k] = (doc, round(ms * len(a.body) / chars, 2))  # the batch's time, shared by length
        except SoftTimeLimitExceeded:
            raise  # the caller splits the batch (workers/analyse_task.py)
        except Exception:  # the articles go one by one below, where an error is their own
            structlog.get_logger().warning("batch_parse_failed", language=language, articles=len(members))
            for k, _ in members:
                parsed.pop(k, None)
    out = []
    for k, item in enumerate(items):
        try:
            out.append(
                _parse(
                    item.get("article", {}),
                    item.get("enqueued_at"),
                    item.get("supersedes"),
                    item.get("options"),
                    parsed.get(k),
                )
            )
        except SoftTimeLimitExceeded:
            raise
        except Exception as exc:  # outside the stage's own guard (a malformed item): this article only
            structlog.get_logger().error("parse_failed", error=repr(exc))
            out.append(failed_payload(item.get("article"), f"parse: {type(exc).__name__}: {exc}"))
    return out


def failed_payload(article: Any, error: str) -> dict[str, Any]:
    """The payload of an article that failed outside a stage: a ``failed`` record for whatever arrived."""
    raw = article if isinstance(article, dict) else {"value": article}
    return StagePayload(article=raw, status="failed", error=error).model_dump(mode="json")


def _doc(p: StagePayload) -> Any:
    if p.doc is None:
        raise ValueError("payload carries no parsed Doc")
    return doc_from_bytes(_nlp(analysis_language_of(p.article)), base64.b64decode(p.doc))


@shared_task(name="wirelens.extract", ignore_result=True)
def extract(payload: dict[str, Any]) -> dict[str, Any]:
    """Entities, quotes with speakers, figures."""

    return _stage("extract", payload, lambda p: _extract(p, _doc(p)))


def _extract(p: StagePayload, doc: Any) -> None:
    settings = get_settings()
    p.extraction = analysis.extract(doc, settings)
    if settings.dedup or settings.stories:
        article = Article.model_validate(p.article)
        extraction = p.extraction
        p.fingerprint = analysis.timed(
            p.timings_ms, "fingerprint", lambda: analysis.fingerprint(doc, article, extraction, settings)
        )


def _bias(p: StagePayload, doc: Any) -> None:
    article = Article.model_validate(p.article)
    nlp = _nlp(analysis_language(article))
    headline = analysis.parse_headline(nlp, article, doc) if article.headline else None
    p.bias = analysis.bias(doc, p.extraction or Extraction(), get_settings(), headline=headline)


def _summary(
    p: StagePayload,
    doc: Any,
    sentences: int | None = None,
    words: int | None = None,
    neutral: bool | None = None,
) -> None:
    o = p.options
    p.summary = analysis.summary(
        doc,
        get_settings(),
        bias=p.bias,
        sentences=sentences or o.get("summary_sentences"),
        words=words or o.get("summary_words"),
        neutral=neutral if neutral is not None else o.get("summary_neutral"),
    )


@shared_task(name="wirelens.bias", ignore_result=True)
def bias(payload: dict[str, Any]) -> dict[str, Any]:
    """Bias-language tags, using extraction's quotes to tell the author's voice from a quoted one."""

    return _stage("bias", payload, lambda p: _bias(p, _doc(p)))


@shared_task(name="wirelens.summarise", ignore_result=True)
def summarise(
    payload: dict[str, Any],
    sentences: int | None = None,
    words: int | None = None,
    neutral: bool | None = None,
) -> dict[str, Any]:
    """Extractive summary; drops the Doc afterwards since nothing downstream needs it."""

    def work(p: StagePayload) -> None:
        _summary(p, _doc(p), sentences, words, neutral)
        p.doc = None

    return _stage("summarise", payload, work)


def record_from_payload(payload: dict[str, Any]) -> ResultRecord:
    """The result record a finished (or rejected, or failed) payload stands for."""
    p = StagePayload.model_validate(payload)
    a = p.article
    article_id = str(a.get("id") or "") or content_id(str(a.get("headline") or ""), str(a.get("body") or a))
    version = valid_version(a.get("version")) or 1
    record = ResultRecord(
        article_id=article_id,
        version=version,
        status="ok" if p.status == "ok" else ("rejected" if p.status == "rejected" else "failed"),
        error=p.error,
        headline=a.get("headline") if isinstance(a.get("headline"), str) else None,
        source=a.get("source") if isinstance(a.get("source"), str) else None,
        language=a.get("language") if isinstance(a.get("language"), str) else None,
        language_detected=_detected(a),
        provider=_provider(a),
        timings_ms=p.timings_ms,
        model=p.model,
        processed_at=datetime.now(UTC),
        supersedes=p.supersedes,
    )
    if p.status == "ok":
        analysis.with_analyses(record, p.extraction or Extraction(), p.bias, p.summary, get_settings())
    if p.enqueued_at is not None:
        record.timings_ms["total"] = round((time.time() - p.enqueued_at) * 1000, 2)
    return record


def _detected(article: dict[str, Any]) -> LanguageDetection | None:
    """The language detection a payload's article carries, if it is one (a rejected payload may hold any)."""
    try:
        return LanguageDetection.model_validate(article.get("language_detected"))
    except ValidationError:
        return None


def _provider(article: dict[str, Any]) -> ProviderMetadata | None:
    """The provider metadata of a payload's article: its metadata fields alone, so that an article rejected
    for another field still passes on what it said."""
    keys = (*METADATA_FIELDS, "byline", "urgency", "metadata_dropped")
    fields = {k: article[k] for k in keys if k in article}
    try:
        return ProviderMetadata.of(Article.model_validate({**fields, "body": "-"}))
    except ValidationError:
        return None
