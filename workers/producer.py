"""The producer: validate articles and enqueue each as one chain of stage tasks; reject the invalid ones.

A rejected article is not dropped: it gets a ``rejected`` result record naming the field and the problem,
and its original payload goes to the dead-letter stream.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import redis
import structlog
from celery import Celery, chain
from pydantic import ValidationError

from config.settings import Settings
from tasks.models import Article, ResultRecord, content_id
from tasks.validation import describe_validation_error
from workers.inputs import RawArticle
from workers.publish import publish_record

CHAIN = ("wirelens.parse", "wirelens.extract", "wirelens.bias", "wirelens.summarise", "wirelens.publish")


@dataclass
class Rejection:
    origin: str
    article_id: str
    reason: str


@dataclass
class EnqueueReport:
    accepted: list[tuple[str, int]] = field(default_factory=list)  # (article id, version)
    rejected: list[Rejection] = field(default_factory=list)
    records: list[ResultRecord] = field(default_factory=list)  # the rejected articles' records


def validate(raw: RawArticle, settings: Settings) -> Article | Rejection:
    """An ``Article`` or the reason it cannot be one."""
    fallback_id = content_id(raw.origin, json.dumps(raw.data, sort_keys=True, default=str))
    if raw.data is None:
        return Rejection(raw.origin, fallback_id, raw.error or "article: unreadable")
    given_id = raw.data.get("id")
    article_id = str(given_id) if isinstance(given_id, str | int) and str(given_id).strip() else fallback_id
    try:
        article = Article.model_validate(raw.data)
    except ValidationError as exc:
        return Rejection(raw.origin, article_id, describe_validation_error(exc))
    if len(article.body) > settings.max_body_chars:
        return Rejection(
            raw.origin,
            article.id,
            f"body: {len(article.body)} characters is over the limit of {settings.max_body_chars}",
        )
    return article


def article_chain(app: Celery, article: Article, settings: Settings) -> Any:
    """The stage chain for one article, each task on its own stage queue."""
    payload = article.model_dump(mode="json")
    first = app.signature(CHAIN[0], args=(payload, time.time()), queue=settings.queue("parse"))
    rest = [app.signature(name, queue=settings.queue(name.split(".", 1)[1])) for name in CHAIN[1:]]
    return chain(first, *rest)


def rejected_record(rejection: Rejection, raw: RawArticle) -> ResultRecord:
    """The ``rejected`` record of an article that failed validation."""
    given = (raw.data or {}).get("version")
    return ResultRecord(
        article_id=rejection.article_id,
        version=given if isinstance(given, int) and given >= 1 else 1,
        status="rejected",
        error=rejection.reason,
        processed_at=datetime.now(UTC),
    )


def reject(client: redis.Redis, rejection: Rejection, raw: RawArticle, settings: Settings) -> ResultRecord:
    """Publish the rejected record; the original payload goes to the dead-letter stream with the reason."""
    record = rejected_record(rejection, raw)
    original = raw.data if raw.data is not None else {"origin": raw.origin, "error": raw.error}
    publish_record(client, record, settings, original=original)
    return record


def enqueue(
    app: Celery, client: redis.Redis, items: Iterable[RawArticle], settings: Settings
) -> EnqueueReport:
    """Validate and enqueue every item; report what was accepted and what was rejected, and why."""
    log = structlog.get_logger()
    report = EnqueueReport()
    for raw in items:
        result = validate(raw, settings)
        if isinstance(result, Rejection):
            report.records.append(reject(client, result, raw, settings))
            report.rejected.append(result)
            log.warning(
                "article_rejected", origin=raw.origin, article_id=result.article_id, reason=result.reason
            )
            continue
        article_chain(app, result, settings).apply_async()
        report.accepted.append((result.id, result.version))
        log.debug("article_enqueued", origin=raw.origin, article_id=result.id, version=result.version)
    return report
