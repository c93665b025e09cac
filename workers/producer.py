"""The producer: validate articles, record them in the ledger, and enqueue each as one chain of stage tasks.

A rejected article is not dropped: it gets a ``rejected`` result record naming the field and the problem, and
its original payload goes to the dead-letter stream. A resent version is a no-op, an older version arriving
late is recorded and ignored, a newer one is analysed and supersedes the older. Urgent articles (urgency
1-3) jump the queue; when the parse backlog is over ``max_queue_depth`` the producer waits.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import redis
import structlog
from celery import Celery, chain
from pydantic import ValidationError

from config.settings import DEFAULT_PRIORITY, PRIORITY_STEPS, Settings
from tasks.analysis import rejection
from tasks.models import Article, ResultRecord, content_id
from tasks.validation import describe_validation_error
from workers.inputs import RawArticle
from workers.ledger import Ledger
from workers.publish import publish_record
from workers.queues import QueueDepth

CHAIN = ("wirelens.parse", "wirelens.extract", "wirelens.bias", "wirelens.summarise", "wirelens.publish")


@dataclass
class Rejection:
    origin: str
    article_id: str
    reason: str


@dataclass
class Skipped:
    origin: str
    article_id: str
    version: int
    reason: str  # "duplicate" or "late"
    known_version: int


@dataclass
class EnqueueReport:
    accepted: list[tuple[str, int]] = field(default_factory=list)  # (article id, version)
    rejected: list[Rejection] = field(default_factory=list)
    records: list[ResultRecord] = field(default_factory=list)  # the rejected articles' records
    skipped: list[Skipped] = field(default_factory=list)


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
    reason = rejection(article, settings)  # the same rule the worker applies: fail early, say why
    if reason:
        return Rejection(raw.origin, article.id, reason)
    return article


def priority(article: Article, settings: Settings) -> int:
    """The broker priority of an article from its wire urgency (1 flash ... 9 lowest; none: the default).

    Redis counts 0 as most urgent, RabbitMQ the highest number: ``Settings.broker_priority`` turns one into
    the other.
    """
    level = (
        DEFAULT_PRIORITY if article.urgency is None else min(max(article.urgency - 1, 0), PRIORITY_STEPS[-1])
    )
    return settings.broker_priority(level)


def article_chain(
    app: Celery,
    article: Article,
    settings: Settings,
    *,
    supersedes: int | None = None,
    request: dict[str, Any] | None = None,
) -> Any:
    """The stage chain for one article, each task on its own stage queue, all at the article's priority.

    ``request`` carries per-request analysis options (``summary_sentences``, ``summary_words``,
    ``summary_neutral``) that override the workers' settings for this article.
    """
    payload = article.model_dump(mode="json")
    # Flower and logs show "(id v2)" instead of a whole article body as the task's arguments.
    send = {"priority": priority(article, settings), "argsrepr": f"({article.id!r} v{article.version})"}
    options = {**(request or {}), **({"fused": True} if settings.fused else {})}
    first = app.signature(
        CHAIN[0], args=(payload, time.time(), supersedes, options), queue=settings.queue("parse"), **send
    )
    # Fused: the parse task runs every analysis itself and only publishing is a separate hop.
    names = CHAIN[-1:] if settings.fused else CHAIN[1:]
    rest = [app.signature(name, queue=settings.queue(name.split(".", 1)[1]), **send) for name in names]
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
    Ledger(client, settings).admit(record.article_id, record.version, {})
    publish_record(client, record, settings, original=original)
    return record


class Backpressure:
    """Wait while the parse backlog is over the limit, saying so once per wait."""

    def __init__(
        self,
        client: redis.Redis,
        settings: Settings,
        *,
        notify: Callable[[str], None] | None = None,
        check_every: int = 50,
        poll: float = 0.5,
    ) -> None:
        self.depth, self.queue, self.limit = (
            QueueDepth(client, settings),
            settings.queue("parse"),
            settings.max_queue_depth,
        )
        self.notify, self.check_every, self.poll = notify, check_every, poll
        self._since_check = check_every
        self.waited = 0.0

    def __call__(self) -> None:
        self._since_check += 1
        if self._since_check < self.check_every and self.check_every < self.limit:
            return
        self._since_check = 0
        depth = self.depth(self.queue)
        if depth <= self.limit:
            return
        log = structlog.get_logger()
        log.warning("backpressure_wait", queue=self.queue, depth=depth, limit=self.limit)
        if self.notify:
            self.notify(
                f"queue {self.queue} holds {depth} articles (limit {self.limit}); waiting for workers..."
            )
        started = time.monotonic()
        while self.depth(self.queue) > self.limit:
            time.sleep(self.poll)
        self.waited += time.monotonic() - started
        if self.notify:
            self.notify(f"queue below {self.limit} again after {time.monotonic() - started:.1f}s; resuming")


class RateLimit:
    """At most ``rate`` articles per second from this producer (0: no limit); sleeps to keep the pace."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    def __call__(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if now < self.next_at:
            time.sleep(self.next_at - now)
        self.next_at = max(now, self.next_at) + self.interval


def enqueue(
    app: Celery,
    client: redis.Redis,
    items: Iterable[RawArticle],
    settings: Settings,
    *,
    notify: Callable[[str], None] | None = None,
    request: dict[str, Any] | None = None,
) -> EnqueueReport:
    """Validate, admit and enqueue every item; report what was accepted, skipped and rejected, and why.

    ``request`` holds per-request analysis options for every article of this call (see ``article_chain``).
    """
    log = structlog.get_logger()
    ledger = Ledger(client, settings)
    wait = Backpressure(client, settings, notify=notify)
    pace = RateLimit(settings.producer_max_rate)
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
        payload = result.model_dump(mode="json")
        outcome, other = ledger.admit(result.id, result.version, payload)
        if outcome != "accepted":
            report.skipped.append(Skipped(raw.origin, result.id, result.version, outcome, other))
            log.info(
                f"article_{outcome}",
                origin=raw.origin,
                article_id=result.id,
                version=result.version,
                known_version=other,
            )
            continue
        wait()
        pace()
        article_chain(app, result, settings, supersedes=other or None, request=request).apply_async()
        report.accepted.append((result.id, result.version))
        log.debug("article_enqueued", origin=raw.origin, article_id=result.id, version=result.version)
    return report
