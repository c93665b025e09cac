"""The producer: validate articles, record them in the ledger, and enqueue them: fused (the default), up to
``batch_size`` articles per ``wirelens.analyse`` message; with ``WIRELENS_FUSED=false``, each as one chain of
stage tasks.

A rejected article is not dropped: it gets a ``rejected`` result record naming the field and the problem, and
its original payload goes to the dead-letter stream. A resent version is a no-op, an older version arriving
late is recorded and ignored, a newer one is analysed and supersedes the older. Urgent articles (urgency
1-3) jump the queue; when the parse backlog is over ``max_queue_depth`` the producer waits.

Why batches: one article at a time cost a ledger round trip, a Celery chain built and frozen through the
canvas (about 0.4 ms of CPU alone), and the message and its ``task-sent`` event sent through Celery's
``send_task`` one round trip each: under 1,000 articles/s. ``enqueue`` takes up to ``BATCH`` articles at a
time: one ledger script admits them all (the admission rule applied to one article after the other, so the
outcomes are those of one at a time), the producer makes each accepted article a ``WorkItem``
(``workers/message.py``), then ``ChainSender`` builds each message (a fused batch of items, or a chain's
first stage with the rest of the chain embedded as ``chain.apply_async`` does) and sends them all through one
kombu producer in one Redis pipeline (``Producer.batch``): about 5,500 articles/s for chains and over 20,000
fused on 2 cores (``bench/throughput.py``). The messages are those of
``article_chain(...).apply_async()`` (task names, queues, priorities, ``argsrepr``, the embedded chain,
``task-sent`` events; JSON only), so a plain Celery worker runs them. The ledger entry still exists before the
message is sent; backpressure is checked before each batch (at most a tenth of ``max_queue_depth``).
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import redis
import structlog
from celery import Celery, chain
from celery.canvas import Signature
from celery.signals import after_task_publish, before_task_publish, task_sent
from celery.utils.nodenames import anon_nodename
from celery.utils.saferepr import saferepr
from kombu.exceptions import BatchPublishError, OperationalError
from pydantic import ValidationError

from config.settings import DEFAULT_PRIORITY, PRIORITY_STEPS, Settings
from tasks.analysis import rejection
from tasks.language import with_detection
from tasks.models import Article, ProviderMetadata, ResultRecord, content_id, encodable, valid_version
from tasks.validation import describe_validation_error
from workers import producer_counts
from workers.errors import describe_redis_error
from workers.inputs import RawArticle
from workers.isolation import broker_trouble, fail_alone, reason_of
from workers.ledger import Ledger
from workers.message import NO_OPTIONS, AnalysisOptions, WorkItem
from workers.publish import publish_record
from workers.queues import QueueDepth
from workers.transport import retry_transient

CHAIN = ("wirelens.parse", "wirelens.extract", "wirelens.bias", "wirelens.summarise", "wirelens.publish")
FUSED = "wirelens.analyse"  # WIRELENS_FUSED: parse, analyses and publishing in one task
BATCH = 500  # articles admitted and sent per round trip (see the module docstring)


@dataclass
class Rejection:
    origin: str
    article_id: str
    reason: str
    article: Article | None = None  # a valid article rejected for its language or length


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
    # Valid articles that could not be admitted or sent (an exception of their own): a failed record each.
    failed: list[Rejection] = field(default_factory=list)
    # Set when Redis or the broker refused and the producer stopped: why, and the origins of the articles
    # read but not sent (the input after them was not read).
    stopped: str | None = None
    unsent: list[str] = field(default_factory=list)


def validate(raw: RawArticle, settings: Settings) -> Article | Rejection:
    """An ``Article`` or the reason it cannot be one."""

    def fallback_id() -> str:  # only a rejection without a usable id needs it: hashing costs
        try:
            text = json.dumps(raw.data, sort_keys=True, default=str)
        except (TypeError, ValueError, RecursionError):
            text = repr(raw.data)
        return content_id(raw.origin, text)

    if raw.data is None:
        return Rejection(raw.origin, fallback_id(), encodable(raw.error or "article: unreadable"))
    given_id = raw.data.get("id")
    try:
        article = Article.model_validate(raw.data)
    except ValidationError as exc:
        usable = isinstance(given_id, str | int) and str(given_id).strip()
        # An id UTF-8 cannot encode names its rejection with U+FFFD in place of the lone surrogate.
        return Rejection(
            raw.origin,
            encodable(str(given_id)) if usable else fallback_id(),
            encodable(describe_validation_error(exc)),
        )
    # Detected here, once, and carried to the worker in the payload; what the input said is not taken.
    article = with_detection(article, settings, fresh=True)
    reason = rejection(article, settings)  # the same rule the worker applies: fail early, say why
    if reason:
        return Rejection(raw.origin, article.id, reason, article)
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


def _send_options(article: Article, settings: Settings) -> dict[str, Any]:
    # Flower and logs show "(id v2)" instead of a whole article body as the task's arguments.
    return {"priority": priority(article, settings), "argsrepr": f"({article.id!r} v{article.version})"}


def analysis_options(request: AnalysisOptions | dict[str, Any] | None) -> AnalysisOptions:
    """Per-request analysis options (``summary_sentences``, ``summary_words``, ``summary_neutral``) that
    override the workers' settings for the articles of one request.

    Raises:
        ValueError: An unknown option or a bad value, named.
    """
    if isinstance(request, AnalysisOptions):
        return request
    if not request:
        return NO_OPTIONS
    try:
        return AnalysisOptions.model_validate(request)
    except ValidationError as exc:
        raise ValueError(f"analysis options: {describe_validation_error(exc)}") from exc


def article_chain(
    app: Celery,
    article: Article,
    settings: Settings,
    *,
    supersedes: int | None = None,
    request: AnalysisOptions | dict[str, Any] | None = None,
) -> Any:
    """The tasks for one article: fused, one ``wirelens.analyse`` task (a batch of one); else the stage
    chain, each task on its own stage queue, all at the article's priority.

    ``request``: per-request analysis options (see ``analysis_options``).
    """
    return item_tasks(app, WorkItem(article, time.time(), supersedes, analysis_options(request)), settings)


def item_tasks(app: Celery, item: WorkItem, settings: Settings) -> Any:
    """``article_chain`` for a work item."""
    if settings.fused:
        # One task parses, analyses and publishes (workers/analyse_task.py); here a batch of one.
        return fused_signature(app, [item], settings)
    send = _send_options(item.article, settings)
    first = app.signature(CHAIN[0], args=(item.to_json(),), queue=settings.queue("parse"), **send)
    rest = [app.signature(name, queue=settings.queue(name.split(".", 1)[1]), **send) for name in CHAIN[1:]]
    return chain(first, *rest)


def fused_batches(items: Sequence[WorkItem], settings: Settings) -> list[list[WorkItem]]:
    """Split work items, in order, into the batches of ``wirelens.analyse`` messages: up to
    ``settings.batch_size`` consecutive articles of one priority; an article longer than
    ``settings.batch_max_chars`` travels alone (a slow parse must not hold others to its time limit)."""
    out: list[list[WorkItem]] = []
    current: list[WorkItem] = []
    level: int | None = None
    for entry in items:
        article = entry.article
        alone = len(article.body) > settings.batch_max_chars
        here = priority(article, settings)
        if current and (alone or here != level or len(current) >= settings.batch_size):
            out.append(current)
            current = []
        current.append(entry)
        level = here
        if alone:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def fused_signature(app: Celery, batch: Sequence[WorkItem], settings: Settings) -> Any:
    """The ``wirelens.analyse`` task for a batch of work items (one of ``fused_batches``)."""
    items = [item.to_json() for item in batch]
    return app.signature(
        FUSED, args=(items,), queue=settings.queue("parse"), **_batch_send_options(batch, settings)
    )


def _batch_send_options(batch: Sequence[WorkItem], settings: Settings) -> dict[str, Any]:
    # Flower and logs show "(['a1' v1, 'a2' v1],)" instead of the articles' bodies.
    names = ", ".join(f"{i.article.id!r} v{i.article.version}" for i in batch)
    return {"priority": priority(batch[0].article, settings), "argsrepr": f"([{names}],)"}


class ChainSender:
    """Send article chains in batches: the messages of ``article_chain(...).apply_async()``, built cheaply.

    Celery's canvas clones and freezes every signature of a chain (about 0.4 ms per article), and
    ``send_task`` routes, reads its configuration and publishes each message with its retry wrapper (another
    0.2 ms). Yet what a worker receives is simple: the first task's message with the remaining tasks, each
    frozen (a task id and ``reply_to``), embedded in reverse order, and a ``task-sent`` event. ``send``
    builds exactly that with Celery's ``create_task_message`` (the protocol-2 message ``send_task`` builds)
    and publishes it and the event as ``send_task_message`` would, through one kombu producer inside
    ``Producer.batch()``: kombu's Redis transport writes the whole batch (``LPUSH`` to the priority list,
    ``PUBLISH`` of the event) in one pipeline.

    Celery's own path is used instead, one ``apply_async`` per article, on RabbitMQ (``settings.amqp``) and
    when anything listens to Celery's publish signals (``before_task_publish`` and the like), which the
    fast path does not send.
    """

    def __init__(self, app: Celery, settings: Settings) -> None:
        self.app, self.settings = app, settings
        # The tasks and queues come from article_chain itself, so the two never drift apart.
        template = article_chain(app, Article(id="template", body="template"), settings)
        first, *rest = getattr(template, "tasks", None) or [template]
        self.name, self.queue = first["task"], first["options"]["queue"]
        # Reversed: the worker pops the next task from the end of the list.
        self.rest = [(s["task"], s["options"]["queue"]) for s in reversed(rest)]
        self._events: Any = None

    def send(self, items: Sequence[WorkItem]) -> None:
        """Send the messages of every work item, in order."""
        if not items:
            return
        if self.settings.amqp or _publish_signals_connected():
            self._apply_async(items)
            return
        try:
            with (
                self.app.producer_or_acquire() as producer,
                producer.batch(max_size=3 * len(items)),  # LPUSH, PUBLISH (twice in fanout compat mode)
            ):
                self._publish(producer, items)
        except (BatchPublishError, OperationalError, redis.ConnectionError, redis.TimeoutError) as exc:
            # The pipeline may have been written in part: send the batch again, one article at a time with
            # Celery's publish retries. A message that arrives twice is analysed twice and published once.
            structlog.get_logger().warning("batch_send_failed", articles=len(items), error=repr(exc))
            self._apply_async(items)

    def _apply_async(self, items: Sequence[WorkItem]) -> None:
        """Celery's own path: one ``apply_async`` per chain (per fused batch)."""
        if self.settings.fused:
            for batch in fused_batches(items, self.settings):
                fused_signature(self.app, batch, self.settings).apply_async()
            return
        for item in items:
            item_tasks(self.app, item, self.settings).apply_async()

    def _messages(self, items: Sequence[WorkItem]) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
        """Each message's arguments and send options: one per article's chain, or one per fused batch."""
        if self.settings.fused:
            return [
                (([i.to_json() for i in batch],), _batch_send_options(batch, self.settings))
                for batch in fused_batches(items, self.settings)
            ]
        return [((item.to_json(),), _send_options(item.article, self.settings)) for item in items]

    def _publish(self, producer: Any, items: Sequence[WorkItem]) -> None:
        """What ``send_task`` and ``send_task_message`` do for the chain's first task, minus routing (the
        queue is known) and the per-message retry wrapper (nothing leaves before the batch is flushed)."""
        app, conf, amqp = self.app, self.app.conf, self.app.amqp
        queue = amqp.queues[self.queue]
        events = self._event_dispatcher() if conf.task_send_sent_event else None
        publish_options = {
            "exchange": "",
            "routing_key": self.queue,
            "serializer": conf.task_serializer,
            "compression": conf.task_compression,
            "delivery_mode": queue.exchange.delivery_mode or conf.task_default_delivery_mode,
            "retry": False,
            "declare": [],
        }
        # Registered when the task modules are imported (a worker): Task.apply_async then adds these from
        # the task.
        task = app.tasks.get(self.name)
        ignore_result, time_limit, soft_time_limit = (
            (task.ignore_result, task.time_limit, task.soft_time_limit) if task is not None else (None,) * 3
        )
        reply_to, origin, kwargsrepr = app.thread_oid, anon_nodename(), saferepr({})
        # The frozen signatures of the next stages as plain dicts (a Signature is a dict; plain ones encode
        # to the same JSON, faster): the worker pops the next one from the end of the list.
        templates = [dict(Signature(name, queue=q, app=app)) for name, q in self.rest]
        producer.maybe_declare(queue)
        for args, send in self._messages(items):
            task_id, *ids = _uuid4s(1 + len(templates))
            chain_ = [
                {**t, "options": {**t["options"], **send, "task_id": i, "reply_to": reply_to}}
                for t, i in zip(templates, ids, strict=True)
            ]
            headers, properties, body, sent_event = amqp.create_task_message(
                task_id,
                self.name,
                args,
                {},
                reply_to=reply_to,
                create_sent_event=events is not None,
                chain=chain_ or None,
                ignore_result=ignore_result,
                time_limit=time_limit,
                soft_time_limit=soft_time_limit,
                origin=origin,
                argsrepr=send["argsrepr"],
                kwargsrepr=kwargsrepr,
            )
            if not ignore_result:
                app.backend.on_task_call(producer, task_id)
            producer.publish(body, headers=headers, **publish_options, **properties, **send)
            if events is not None:
                sent_event.update(queue=self.queue, exchange="", routing_key=self.queue)
                events.publish("task-sent", sent_event, producer, retry=False)

    def _event_dispatcher(self) -> Any:
        if self._events is None:
            # As Celery's own (amqp._event_dispatcher): publish() with our producer, never enabled itself.
            self._events = self.app.events.Dispatcher(enabled=False)
        return self._events


def _uuid4s(n: int) -> list[str]:
    """``n`` random (version 4) UUIDs as Celery writes task ids: kombu's ``uuid()``, without its cost."""
    h = os.urandom(16 * n).hex()
    return [
        f"{h[k : k + 8]}-{h[k + 8 : k + 12]}-4{h[k + 13 : k + 16]}-"
        f"{'89ab'[int(h[k + 16], 16) & 3]}{h[k + 17 : k + 20]}-{h[k + 20 : k + 32]}"
        for k in range(0, 32 * n, 32)
    ]


def _publish_signals_connected() -> bool:
    return any(s.receivers for s in (before_task_publish, after_task_publish, task_sent))


def rejected_record(rejection: Rejection, raw: RawArticle) -> ResultRecord:
    """The ``rejected`` record of an article that failed validation; one rejected for its language or
    length still says what it is (headline, language, detection, provider metadata)."""
    article = rejection.article
    return ResultRecord(
        article_id=rejection.article_id,
        version=valid_version((raw.data or {}).get("version")) or 1,
        status="rejected",
        error=rejection.reason,
        processed_at=datetime.now(UTC),
        **(
            {
                "headline": article.headline,
                "source": article.source,
                "language": article.language,
                "language_detected": article.language_detected,
                "provider": ProviderMetadata.of(article),
            }
            if article is not None
            else {}
        ),
    )


def reject(client: redis.Redis, rejection: Rejection, raw: RawArticle, settings: Settings) -> ResultRecord:
    """Publish the rejected record; the original payload goes to the dead-letter stream with the reason."""
    record = rejected_record(rejection, raw)
    original = raw.data if raw.data is not None else {"origin": raw.origin, "error": raw.error}
    Ledger(client, settings).admit(record.article_id, record.version, {})
    publish_record(client, record, settings, original=original)
    return record


class Backpressure:
    """Wait while the parse backlog is over the limit, saying so once per wait.

    ``wait(n)`` before sending ``n`` articles: the queue depth is read once ``check_every`` articles were
    sent since the last reading (every time when the limit is below ``check_every``).
    """

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

    def __call__(self, n: int = 1) -> None:
        self._since_check += n
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
    """At most ``rate`` articles per second from this producer (0: no limit); sleeps to keep the pace.

    ``pace(n)`` before sending ``n`` articles at once: the next call waits ``n`` intervals.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.next_at = time.monotonic()

    def __call__(self, n: int = 1) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if now < self.next_at:
            time.sleep(self.next_at - now)
        self.next_at = max(now, self.next_at) + n * self.interval


def articles_per_batch(batch: int, settings: Settings) -> int:
    """Articles per batch: at most ``batch``; a tenth of ``max_queue_depth`` at most, so backpressure (read
    once per batch) holds the backlog near its limit; with ``producer_max_rate``, what 50 ms of that rate
    allows, so the pace stays even."""
    size = min(batch, max(settings.max_queue_depth // 10, 1))
    if settings.producer_max_rate > 0:
        size = min(size, int(settings.producer_max_rate * 0.05))
    return max(size, 1)


def enqueue(
    app: Celery,
    client: redis.Redis,
    items: Iterable[RawArticle],
    settings: Settings,
    *,
    notify: Callable[[str], None] | None = None,
    request: AnalysisOptions | dict[str, Any] | None = None,
    batch: int = BATCH,
    ready: Callable[[], bool] | None = None,
) -> EnqueueReport:
    """Validate, admit and enqueue every item; report what was accepted, skipped and rejected, and why.

    ``request`` holds per-request analysis options for every article of this call (see
    ``analysis_options``; a bad one raises ``ValueError`` before any article is read).
    Items are taken ``batch`` at a time (see ``articles_per_batch``): a batch is sent when it is full, when
    ``items`` ends, or, with ``ready``, as soon as ``ready()`` says no next item is waiting (a live stream:
    an article never waits for the next ones; ``batch=1`` does the same without asking). The outcome, the
    report and the ledger are the same as sending one article at a time, for any batch size.
    """
    if batch < 1:
        raise ValueError(f"batch must be at least 1, not {batch}")
    size = articles_per_batch(batch, settings)
    ledger = Ledger(client, settings)
    wait = Backpressure(client, settings, notify=notify)
    pace = RateLimit(settings.producer_max_rate)
    options = analysis_options(request)
    sender = ChainSender(app, settings)
    report = EnqueueReport()
    pending: list[tuple[RawArticle, Article | Rejection]] = []

    def flush() -> bool:
        """Send ``pending``; False (and the report says why) when Redis or the broker refused."""
        n_rejected, n_skipped = len(report.rejected), len(report.skipped)
        since = producer_counts.marks(report)
        try:
            _enqueue_batch(pending, client, settings, ledger, wait, pace, sender, report, options=options)
        except (redis.RedisError, OperationalError, BatchPublishError, OSError) as exc:
            # Stop with a summary rather than a traceback halfway: what was sent stays sent; an article the
            # ledger admitted but never sent is re-sent by the workers' sweeper. A batch's articles count as
            # accepted only once sent, so the unsent are those neither rejected nor skipped here.
            told = {r.origin for r in report.rejected[n_rejected:]} | {
                k.origin for k in report.skipped[n_skipped:]
            }
            report.unsent = [raw.origin for raw, _ in pending if raw.origin not in told]
            report.stopped = describe_redis_error(exc)
            structlog.get_logger().error("producer_stopped", reason=report.stopped, unsent=len(report.unsent))
            return False
        finally:
            producer_counts.count(client, settings, report, since)  # for the exporter's totals
        pending.clear()
        return True

    for raw in items:
        pending.append((raw, validate(raw, settings)))
        if (len(pending) >= size or (ready is not None and not ready())) and not flush():
            return report
    flush()
    return report


def _enqueue_batch(
    items: list[tuple[RawArticle, Article | Rejection]],
    client: redis.Redis,
    settings: Settings,
    ledger: Ledger,
    wait: Backpressure,
    pace: RateLimit,
    sender: ChainSender,
    report: EnqueueReport,
    *,
    options: AnalysisOptions = NO_OPTIONS,
) -> None:
    """Admit the valid articles of a batch in one round trip, reject the others, then send the accepted.

    A rejection also writes the ledger (its article id and version), so the valid articles before it are
    admitted first: the ledger sees every article in input order, as one at a time would.
    """
    log = structlog.get_logger()
    run: list[tuple[RawArticle, Article, dict[str, Any]]] = []
    accepted: list[tuple[RawArticle, Article, dict[str, Any], int | None]] = []

    def admit_run() -> None:
        for (raw, article, payload), outcome in zip(run, _admit_each(ledger, run), strict=True):
            if isinstance(outcome, BaseException):
                _fail(client, settings, raw, article, payload, reason_of("ledger", outcome), report)
                continue
            kind, other = outcome
            if kind == "unreadable":
                reason = "ledger: the entry under this id cannot be read (not a hash, or no numeric version)"
                _fail(client, settings, raw, article, payload, reason, report)
                continue
            if kind == "accepted":
                accepted.append((raw, article, payload, other or None))
                continue
            report.skipped.append(Skipped(raw.origin, article.id, article.version, kind, other))
            log.info(
                f"article_{kind}",
                origin=raw.origin,
                article_id=article.id,
                version=article.version,
                known_version=other,
            )
        run.clear()

    for raw, result in items:
        if isinstance(result, Rejection):
            admit_run()
            try:
                report.records.append(reject(client, result, raw, settings))
            except Exception as exc:  # this article's own: its rejection is reported all the same
                if broker_trouble(exc):
                    raise
                log.error("rejected_record_not_published", article_id=result.article_id, error=repr(exc))
            report.rejected.append(result)
            log.warning(
                "article_rejected", origin=raw.origin, article_id=result.article_id, reason=result.reason
            )
        else:
            run.append((raw, result, result.model_dump(mode="json")))
    admit_run()
    if not accepted:
        return
    wait(len(accepted))
    pace(len(accepted))
    now = time.time()
    work = [
        WorkItem(article, now, sup, options, article_json=payload) for _, article, payload, sup in accepted
    ]
    sent = _send_each(sender, work)
    debug = log.is_enabled_for(logging.DEBUG)  # a filtered line still costs its processors: skip it
    for (raw, article, payload, _), error in zip(accepted, sent, strict=True):
        if error is not None:
            _fail(client, settings, raw, article, payload, reason_of("send", error), report)
            continue
        report.accepted.append((article.id, article.version))
        if debug:
            log.debug("article_enqueued", origin=raw.origin, article_id=article.id, version=article.version)


def _admit_each(
    ledger: Ledger, run: Sequence[tuple[RawArticle, Article, dict[str, Any]]]
) -> list[tuple[Any, int] | BaseException]:
    """The admission of each article of ``run``: one script call, or, when that raises for a reason that
    is not the broker's, one call per article, so that the exception stays with the article that raised it.

    A script that raised keeps what it wrote before the error: an article it admitted is ``duplicate`` the
    second time, so an entry that this very call admitted (still accepted, same version, updated at the
    batch's time) counts as accepted."""
    items = [(article.id, article.version, payload) for _, article, payload in run]
    now = time.time()
    try:
        # Redis full for a moment: wait a little before giving up
        return list(retry_transient("admit", lambda: ledger.admit_many(items, now=now)))
    except Exception as exc:
        if broker_trouble(exc):
            raise
        if len(items) < 2:
            return [exc]
    out: list[tuple[Any, int] | BaseException] = []
    for article_id, version, payload in items:
        try:
            outcome = ledger.admit(article_id, version, payload)
            entry = ledger.get(article_id) if outcome[0] == "duplicate" else None
        except Exception as exc:
            if broker_trouble(exc):
                raise
            out.append(exc)
            continue
        if entry is not None and (entry.state, entry.version, entry.updated_at) == ("accepted", version, now):
            outcome = ("accepted", entry.previous)
        out.append(outcome)
    return out


def _send_each(sender: ChainSender, items: Sequence[WorkItem]) -> list[BaseException | None]:
    """Send the messages of ``items``: all at once, or, when that raises for a reason that is not the
    broker's, one article at a time; the exception of each article that could not be sent, else None."""
    try:
        sender.send(items)
        return [None] * len(items)
    except Exception as exc:
        if broker_trouble(exc):
            raise
    out: list[BaseException | None] = []
    for item in items:
        try:
            sender.send([item])
            out.append(None)
        except Exception as exc:
            if broker_trouble(exc):
                raise
            out.append(exc)
    return out


def _fail(
    client: redis.Redis,
    settings: Settings,
    raw: RawArticle,
    article: Article,
    payload: dict[str, Any],
    reason: str,
    report: EnqueueReport,
) -> None:
    """A valid article that could not be admitted or sent: a failed record, its payload a dead letter."""
    structlog.get_logger().error(
        "article_not_enqueued", origin=raw.origin, article_id=article.id, reason=reason
    )
    fail_alone(client, settings, payload, reason, version=article.version)
    report.failed.append(Rejection(raw.origin, article.id, reason))
