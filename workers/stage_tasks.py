"""The stage chain (``WIRELENS_FUSED=false``): thin Celery tasks, one per stage and queue, each calling the
pure stage functions in ``tasks.analysis``.

``wirelens.parse`` takes one work item (``workers/message.py``) and parses its article once; the ``Doc``
travels to the next stages as compressed ``DocBin`` bytes (base64 in the JSON message), never re-parsed.
The later stages take and return a :class:`StagePayload` as a plain dict, so a chain
``parse | extract | bias | summarise | publish`` carries the article to exactly one result record, whatever
happens on the way: a rejected or failed article skips the remaining stages and still reaches ``publish``.
"""

from __future__ import annotations

import base64
import time
import traceback
from collections.abc import Callable
from typing import Any

import structlog
from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import get_settings
from tasks import analysis
from tasks.language import analysis_language, with_detection
from tasks.models import Article, BiasResult, Extraction, Fingerprint, ResultRecord, Status, Summary
from tasks.nlp import doc_from_bytes, doc_to_bytes, get_nlp, model_info
from workers.message import Malformed, StagePayload, WorkItem, legacy_parse_item, logged_id, read_item


def nlp_for(language: str = "en") -> Language:
    """The spaCy model for ``language`` (loaded once per process)."""
    s = get_settings()
    name = s.model_for(language)
    if name is None:
        raise ValueError(f"language: no model configured for {language!r}")
    return get_nlp(name, s.fallback_model if name == s.model else None)


def headline_of(item: WorkItem, doc: Doc, data: str | None = None) -> Doc | None:
    """The headline's ``Doc``: rebuilt from the bytes the parse stage sent (``data``), or parsed here when
    the payload carries none (one from the release that parsed it in each stage); None without a headline."""
    article = item.article
    if not article.headline:
        return None
    if data is None:
        return analysis.parse_headline(nlp_for(analysis_language(article)), article, doc)
    return analysis.with_headline_data(_decoded(item, data), article, analysis.body_names(doc))


def extract_of(doc: Doc, headline: Doc | None) -> Extraction:
    """The extract stage: the body's entities, quotes and figures and the headline's quotes."""
    return analysis.extract(doc, get_settings(), headline)


def bias_of(doc: Doc, extraction: Extraction, headline: Doc | None) -> BiasResult:
    """The bias stage: the body's tags and the headline's."""
    return analysis.bias(doc, extraction, get_settings(), headline=headline)


def fingerprint_of(
    article: Article, doc: Doc, extraction: Extraction, timings_ms: dict[str, float]
) -> Fingerprint | None:
    """The article's fingerprint for the duplicate and story indexes at publishing (part of the extract
    stage, timed on its own); None when neither index is on."""
    settings = get_settings()
    if not (settings.dedup or settings.stories):
        return None
    return analysis.timed(
        timings_ms, "fingerprint", lambda: analysis.fingerprint(doc, article, extraction, settings)
    )


def summary_of(item: WorkItem, doc: Doc, bias: BiasResult | None) -> Summary:
    """The summary stage, with the item's per-request options."""
    o = item.options
    return analysis.summary(
        doc,
        get_settings(),
        bias=bias,
        sentences=o.summary_sentences,
        words=o.summary_words,
        neutral=o.summary_neutral,
    )


def _stage(
    name: str,
    p: StagePayload,
    work: Callable[[StagePayload, WorkItem], None],
    got: WorkItem | Malformed | None = None,
) -> dict[str, Any]:
    """Run one stage on a payload: skip when an earlier stage failed, time it, turn errors into a record."""
    if got is None:
        got = p.work_item()
    structlog.contextvars.bind_contextvars(article_id=logged_id(got))
    log = structlog.get_logger()
    if p.status != "ok":
        return p.model_dump(mode="json")
    if isinstance(got, Malformed):  # a payload no parse stage of ours made
        p.status, p.error, p.doc = "rejected", got.reason, None
        return p.model_dump(mode="json")
    t0 = time.perf_counter()
    try:
        work(p, got)
    except SoftTimeLimitExceeded:
        p.status, p.error = "failed", f"{name}: time limit exceeded"
    except Exception as exc:  # deterministic for this input: retrying would fail the same way
        p.status, p.error = "failed", f"{name}: {type(exc).__name__}: {exc}"
        log.error("stage_failed", stage=name, error=p.error, traceback=traceback.format_exc(limit=5))
    p.timings_ms.setdefault(name, round((time.perf_counter() - t0) * 1000, 2))
    if p.status != "ok":
        p.doc = p.headline_doc = None
    log.info("stage_done", stage=name, status=p.status, duration_ms=p.timings_ms[name])
    return p.model_dump(mode="json")


@shared_task(name="wirelens.parse", ignore_result=True)
def parse(item: Any, *legacy: Any) -> dict[str, Any]:
    """Validate a work item and parse its article once; reject it with the field and reason when invalid.

    ``legacy``: the chain's first message from the release before work items had four arguments."""
    raw = legacy_parse_item((item, *legacy))
    got = read_item(raw)
    if isinstance(got, Malformed):
        return StagePayload(item=raw, status="rejected", error=got.reason).model_dump(mode="json")
    settings = get_settings()
    # The producer's detection travels in the item's article; another producer's item is detected here, once:
    # the later stages read it from the item this stage passes on.
    with_detection(got.article, settings)

    def work(p: StagePayload, item: WorkItem) -> None:
        reason = analysis.rejection(item.article, settings)
        if reason:
            p.status, p.error = "rejected", reason
            return
        nlp = nlp_for(analysis_language(item.article))
        doc = analysis.timed(p.timings_ms, "parse", lambda: analysis.parse(nlp, item.article, settings))
        p.model = model_info(nlp)
        p.doc = _encoded(doc)
        headline = analysis.parse_headline(nlp, item.article, doc)
        p.headline_doc = _encoded(headline) if headline is not None else None

    return _stage("parse", StagePayload(item=got.to_json()), work, got)


def _encoded(doc: Doc) -> str:
    return base64.b64encode(doc_to_bytes(doc)).decode("ascii")


def _decoded(item: WorkItem, data: str) -> Doc:
    """A ``Doc`` the parse stage sent as :func:`_encoded` bytes, rebuilt with the article's model."""
    return doc_from_bytes(nlp_for(analysis_language(item.article)), base64.b64decode(data))


def _doc(p: StagePayload, item: WorkItem) -> Doc:
    if p.doc is None:
        raise ValueError("payload carries no parsed Doc")
    return _decoded(item, p.doc)


@shared_task(name="wirelens.extract", ignore_result=True)
def extract(payload: Any) -> dict[str, Any]:
    """Entities, quotes with speakers, figures; the fingerprint publishing files in the duplicate and story
    indexes."""

    def work(p: StagePayload, item: WorkItem) -> None:
        doc = _doc(p, item)
        p.extraction = extract_of(doc, headline_of(item, doc, p.headline_doc))
        p.fingerprint = fingerprint_of(item.article, doc, p.extraction, p.timings_ms)

    return _stage("extract", StagePayload.model_validate(payload), work)


@shared_task(name="wirelens.bias", ignore_result=True)
def bias(payload: Any) -> dict[str, Any]:
    """Bias-language tags, using extraction's quotes to tell the author's voice from a quoted one."""

    def work(p: StagePayload, item: WorkItem) -> None:
        doc = _doc(p, item)
        p.bias = bias_of(doc, p.extraction or Extraction(), headline_of(item, doc, p.headline_doc))

    return _stage("bias", StagePayload.model_validate(payload), work)


@shared_task(name="wirelens.summarise", ignore_result=True)
def summarise(payload: Any) -> dict[str, Any]:
    """Extractive summary; drops the Doc afterwards since nothing downstream needs it."""

    def work(p: StagePayload, item: WorkItem) -> None:
        p.summary = summary_of(item, _doc(p, item), p.bias)
        p.doc = p.headline_doc = None

    return _stage("summarise", StagePayload.model_validate(payload), work)


def record_from_payload(p: StagePayload) -> tuple[ResultRecord, dict[str, Any]]:
    """The result record a finished (or rejected, or failed) payload stands for, and what goes to the dead
    letters with it when it is not ``ok``."""
    got = p.work_item()
    status: Status = "ok" if p.status == "ok" else ("rejected" if p.status == "rejected" else "failed")
    error = p.error
    if status == "ok" and isinstance(got, Malformed):  # a payload no parse stage of ours made
        status, error = "rejected", got.reason
    record = got.record(status, error, timings_ms=p.timings_ms, model=p.model)
    if status == "ok":
        analysis.with_analyses(record, p.extraction or Extraction(), p.bias, p.summary, get_settings())
    return record, got.original
