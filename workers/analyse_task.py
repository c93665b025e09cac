"""``WIRELENS_FUSED``: one task per small batch of articles that parses them, runs every analysis and
publishes each article's record.

For workers that take every stage. The stage chain pays a broker hop per stage (the payload with the
``DocBin`` out and back, a ``Doc`` rebuilt each time); the fused task pays none: it reads its work items
once (detecting each article's language when the producer did not), runs the analyses of
``tasks.analysis`` on the ``Doc`` in hand (with the fingerprint for the duplicate and story indexes) and
publishes each record from the same task, so an idle article costs one hop from enqueue to record and
nothing is serialised in between.
Under load the producer puts up to ``WIRELENS_BATCH_SIZE`` articles of the same priority in one message,
which spaCy parses in one ``nlp.pipe`` call (faster than one by one); an idle or urgent article travels
alone.
"""

from __future__ import annotations

import time
import traceback
from typing import Any

import structlog
from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded
from spacy.tokens import Doc

from config.settings import get_settings
from tasks import analysis
from tasks.language import analysis_language, with_detection
from tasks.models import BiasResult, Extraction, Fingerprint, ModelInfo, ResultRecord, Summary
from tasks.nlp import model_info
from workers import publish_task
from workers.connections import shared_client
from workers.isolation import broker_trouble, fail_alone, reason_of
from workers.message import FUSED, Malformed, WorkItem, logged_id, read_item
from workers.publish_task import RETRY_ON_REDIS_ERRORS
from workers.stage_tasks import bias_of, extract_of, fingerprint_of, headline_of, nlp_for, summary_of


@shared_task(bind=True, name=FUSED, ignore_result=True, **RETRY_ON_REDIS_ERRORS)
def analyse(self: Task, items: list[Any]) -> list[str | None]:
    """Parse, extract, tag, summarise and publish the article of each work item (``workers/message.py``);
    returns the records' stream ids (None where a record was already published)."""
    # The ledger heard of each article's parse from the task_prerun handler (workers/startup.py).
    log = structlog.get_logger()
    # Whatever arrived (another producer's message need not be ours): each item read alone.
    raw = items if isinstance(items, list) else [items]
    received = [read_item(x) for x in raw]
    try:
        parsed = parse_batch(received)
    except SoftTimeLimitExceeded:
        # The batch's parse ran out of time: send each article again on its own, so a slow one fails alone
        # and the others are not held to its time.
        _send_alone(self, raw, "parse")
        return []
    out: list[str | None] = []
    for k, got in enumerate(received):
        structlog.contextvars.bind_contextvars(article_id=logged_id(got))
        try:
            # In a batch, the time limit is the batch's: the article it stops (and those after it) are
            # sent again alone rather than failed for their neighbours' time. Alone, it fails as its own.
            record, fingerprint = analyse_one(got, parsed.get(k), alone=len(raw) == 1)
        except SoftTimeLimitExceeded:
            _send_alone(self, raw[k:], "analyse")
            return out
        try:
            # The article's JSON goes to the dead letters with a record that is not ok; made only then.
            original = got.original if record.status != "ok" else None
            published = {"published_at": got.article.published_at} if isinstance(got, WorkItem) else None
            out.append(publish_task.publish_result(record, original, fingerprint, published))
        except SoftTimeLimitExceeded:
            # Publishing is idempotent: this article is sent again too, and published once.
            _send_alone(self, raw[k:], "publish")
            return out
        except Exception as exc:  # this article's own: a failed record for it, and on to the next
            if broker_trouble(exc):
                raise  # every article would meet it: retried with the batch (publishing is idempotent)
            reason = reason_of("publish", exc)
            log.error("publish_failed", error=reason)
            settings = get_settings()
            fail_alone(shared_client(settings.redis), settings, got.original, reason)
            out.append(None)
    return out


def _send_alone(task: Task, items: list[Any], stage: str) -> None:
    """Send each of ``items`` again as a message of its own, at the priority the batch came with."""
    priority = (task.request.delivery_info or {}).get("priority")
    for item in items:
        task.apply_async(args=([item],), priority=priority)
    structlog.get_logger().warning("batch_split_after_time_limit", stage=stage, articles=len(items))


def parse_batch(received: list[WorkItem | Malformed]) -> dict[int, tuple[Doc, float]]:
    """The ``Doc`` and parse time (ms) of each article that several of the same language could share one
    ``nlp.pipe`` call for, by position in ``received``.

    spaCy parses a small batch faster than the same texts one by one (measured in ``bench/throughput.py``).
    Articles that will be rejected, that have no company of their language, or that fail in the batched
    parse are missing: ``analyse_item`` parses them (and they fail) one by one.
    """
    settings = get_settings()
    parsed: dict[int, tuple[Doc, float]] = {}
    groups: dict[str, list[tuple[int, WorkItem]]] = {}
    for k, got in enumerate(received):
        if not isinstance(got, WorkItem):
            continue
        with_detection(got.article, settings)  # once, when the producer did not: analyse_one reads it
        if analysis.rejection(got.article, settings) is None:
            groups.setdefault(analysis_language(got.article), []).append((k, got))
    for language, members in groups.items():
        if len(members) < 2:
            continue  # nothing to batch: the article is parsed on its own, as a single one is
        try:
            t0 = time.perf_counter()
            docs = analysis.parse_many(nlp_for(language), [i.article for _, i in members], settings)
            ms = (time.perf_counter() - t0) * 1000
            chars = sum(len(i.article.body) for _, i in members) or 1
            for (k, i), doc in zip(members, docs, strict=True):
                parsed[k] = (doc, round(ms * len(i.article.body) / chars, 2))  # the batch's time, by length
        except SoftTimeLimitExceeded:
            raise  # the caller splits the batch
        except Exception:  # the articles go one by one, where an error is their own
            structlog.get_logger().warning("batch_parse_failed", language=language, articles=len(members))
            for k, _ in members:
                parsed.pop(k, None)
    return parsed


def analyse_item(got: WorkItem | Malformed, parsed: tuple[Doc, float] | None = None) -> ResultRecord:
    """One article's record (``analyse_one`` without the fingerprint)."""
    return analyse_one(got, parsed)[0]


def analyse_one(
    got: WorkItem | Malformed, parsed: tuple[Doc, float] | None = None, *, alone: bool = True
) -> tuple[ResultRecord, Fingerprint | None]:
    """One article's record: every analysis on its ``Doc`` (``parsed``, or parsed here), in-process; and its
    fingerprint for publishing (None when the duplicate and story indexes are off or the record is not ok).

    Rejected with the reason when the item or its article is not valid here (its language detected first
    when the producer did not); failed, naming the stage, when an analysis raises or runs out of time.
    Never raises for the article's sake, except that out of ``alone`` (one of a batch) running out of time
    is raised, for the caller to send the article again on its own."""
    if isinstance(got, Malformed):
        return got.record("rejected", got.reason), None
    settings = get_settings()
    article = with_detection(got.article, settings)  # a no-op when the producer or parse_batch detected
    if reason := analysis.rejection(article, settings):
        return got.record("rejected", reason), None
    timings: dict[str, float] = {}
    model: ModelInfo | None = None
    stage, error = "parse", None
    t0 = time.perf_counter()
    try:
        nlp = nlp_for(analysis_language(article))
        if parsed is None:
            doc = analysis.timed(timings, "parse", lambda: analysis.parse(nlp, article, settings))
        else:
            doc, timings["parse"] = parsed
        model = model_info(nlp)
        stage = "extract"
        headline = headline_of(got, doc)  # parsed once for both stages (a few words: about a millisecond)
        ex: Extraction = analysis.timed(timings, stage, lambda: extract_of(doc, headline))
        fp = fingerprint_of(article, doc, ex, timings)  # timed apart, as in the chain's extract stage
        stage = "bias"
        bi: BiasResult = analysis.timed(timings, stage, lambda: bias_of(doc, ex, headline))
        stage = "summarise"
        su: Summary = analysis.timed(timings, stage, lambda: summary_of(got, doc, bi))
    except SoftTimeLimitExceeded:
        if not alone:
            raise
        error = f"{stage}: time limit exceeded"
    except Exception as exc:  # deterministic for this input: retrying would fail the same way
        error = f"{stage}: {type(exc).__name__}: {exc}"
        structlog.get_logger().error(
            "stage_failed", stage=stage, error=error, traceback=traceback.format_exc(limit=5)
        )
    timings.setdefault(stage, round((time.perf_counter() - t0) * 1000 - sum(timings.values()), 2))
    # One line per article, as the chain's parse stage logs it: the analyses ran in the same task, no hops.
    structlog.get_logger().info(
        "stage_done", stage="parse", status="ok" if error is None else "failed", duration_ms=timings["parse"]
    )
    if error is not None:
        return got.record("failed", error, timings_ms=timings, model=model), None
    record = got.record("ok", timings_ms=timings, model=model)
    return analysis.with_analyses(record, ex, bi, su, settings), fp
