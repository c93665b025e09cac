"""The sweeper: re-enqueue accepted articles that stopped making progress; give up after ``max_attempts``.

It covers the holes in Celery-on-Redis delivery that acks-late alone leaves open: a message taken from the
queue but never recorded as unacknowledged (celery#7950), a chain link lost with a dying process. An
article counts as lost only when nothing can still deliver it: every stage queue is empty (so it is not
waiting behind a backlog), it is not among kombu's unacknowledged messages (those come back by themselves
after the visibility timeout), and it made no progress for ``sweep_after`` seconds (longer than the hard
time limit, so it is not running). Under a continuous backlog a lost article therefore waits until the
queues drain. Should it be sent twice after all, it is analysed twice and published once.

Runs in every worker's main process as a background thread (one sweeper at a time, by a Redis lock), and
on demand with ``wirelens sweep``.
"""

from __future__ import annotations

import base64
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

import redis
import structlog
from celery import Celery

from config.settings import STAGES, Settings
from tasks.models import Article, ResultRecord, valid_version
from workers.isolation import broker_trouble, fail_alone, reason_of
from workers.keys import Keys
from workers.ledger import FINAL, Ledger
from workers.producer import article_chain
from workers.publish import publish_record
from workers.queues import QueueDepth


@dataclass
class SweepReport:
    requeued: list[str] = field(default_factory=list)
    dead: list[str] = field(default_factory=list)


def sweep(
    app: Celery, client: redis.Redis, settings: Settings, *, older_than: float | None = None
) -> SweepReport:
    """One pass over the ledger's open entries that made no progress for ``older_than`` seconds.

    An entry that raises (other than for broker trouble) is given up alone: dead, with a failed record.
    """
    log = structlog.get_logger()
    ledger = Ledger(client, settings)
    report = SweepReport()
    stale = ledger.stale(settings.sweep_after if older_than is None else older_than)
    if not stale:
        return report
    depth = QueueDepth(client, settings)
    backlog = sum(depth(settings.queue(stage)) for stage in STAGES)
    depth.close()
    if backlog:
        log.info("sweep_deferred", stale=len(stale), backlog=backlog)
        return report
    # On Redis, kombu keeps taken messages in a hash until acknowledged; RabbitMQ requeues them itself.
    in_hand = set() if settings.amqp else unacked_article_ids(client)
    for article_id in stale:
        try:
            _sweep_one(app, client, settings, ledger, article_id, in_hand, report)
        except Exception as exc:  # this entry's own: give it up, and on to the next
            if broker_trouble(exc):
                raise
            _give_up(client, settings, ledger, article_id, reason_of("sweeper", exc), report)
    return report


def _sweep_one(
    app: Celery,
    client: redis.Redis,
    settings: Settings,
    ledger: Ledger,
    article_id: str,
    in_hand: set[str],
    report: SweepReport,
) -> None:
    """Requeue one stale entry, or declare it dead after ``max_attempts``."""
    log = structlog.get_logger()
    entry = ledger.get(article_id)
    if entry is None or entry.state in FINAL or entry.payload is None:
        client.zrem(ledger.keys.ledger_open, article_id)
        return
    if article_id in in_hand:
        return
    if entry.attempts >= settings.max_attempts:
        reason = f"dead: no result after {entry.attempts} attempts (last stage: {entry.stage or 'queued'})"
        record = ResultRecord(
            article_id=article_id,
            version=entry.version,
            status="failed",
            error=reason,
            headline=entry.payload.get("headline"),
            processed_at=datetime.now(UTC),
        )
        publish_record(client, record, settings, original=entry.payload, ledger_state="dead")
        report.dead.append(article_id)
        log.error("article_dead", article_id=article_id, version=entry.version, attempts=entry.attempts)
        return
    article = Article.model_validate(entry.payload)
    ledger.progress(article_id, entry.version, "requeued")
    article_chain(app, article, settings, supersedes=entry.previous or None).apply_async()
    report.requeued.append(article_id)
    log.warning(
        "article_requeued",
        article_id=article_id,
        version=entry.version,
        attempts=entry.attempts,
        last_stage=entry.stage,
    )


def _give_up(
    client: redis.Redis,
    settings: Settings,
    ledger: Ledger,
    article_id: str,
    reason: str,
    report: SweepReport,
) -> None:
    """An entry the sweeper cannot handle (its stored payload no longer validates, a field is unreadable):
    dead, with a failed record and a dead letter of what is stored; at worst out of the open set, so that
    no later sweep meets it again."""
    structlog.get_logger().error("sweep_entry_failed", article_id=article_id, reason=reason)
    raw = {k.decode(errors="replace"): v.decode(errors="replace") for k, v in ledger.raw(article_id).items()}
    try:
        payload = json.loads(raw.get("payload") or "null")
    except ValueError:
        payload = raw.get("payload")
    version = _stored_version(raw.get("version"))
    stored = payload if isinstance(payload, dict) else {"id": article_id, "ledger": raw}
    if version is None or not fail_alone(
        client, settings, {**stored, "id": article_id}, reason, version=version, ledger_state="dead"
    ):
        client.zrem(ledger.keys.ledger_open, article_id)
    report.dead.append(article_id)


def _stored_version(raw: str | None) -> int | None:
    try:
        return valid_version(int(raw or ""))
    except ValueError:
        return None


def unacked_article_ids(client: redis.Redis, key: str = "unacked") -> set[str]:
    """Ids of the articles in kombu's unacknowledged messages (taken by a worker, not yet acknowledged)."""
    ids: set[str] = set()
    for raw in client.hvals(key):
        try:
            message = json.loads(raw)[0]
            body = message["body"]
            if message.get("properties", {}).get("body_encoding") == "base64":
                body = base64.b64decode(body)
            first = json.loads(body)[0][0]
            article = first.get("article", first)
            ids.add(str(article["id"]))
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            continue  # not one of ours, or an older protocol: nothing to match
    return ids


class SweeperThread(threading.Thread):
    """Sweep every ``interval`` seconds while the worker runs; one worker at a time holds the lock."""

    def __init__(self, app: Celery, client: redis.Redis, settings: Settings, *, interval: float) -> None:
        super().__init__(name="wirelens-sweeper", daemon=True)
        self.app, self.client, self.settings, self.interval = app, client, settings, interval
        self.stopping = threading.Event()

    def run(self) -> None:
        log = structlog.get_logger()
        lock_key = Keys(self.settings).sweeper_lock
        while not self.stopping.wait(self.interval):
            try:
                if self.client.set(lock_key, "1", nx=True, ex=max(int(self.interval), 1)):
                    sweep(self.app, self.client, self.settings)
            except redis.RedisError as exc:  # Redis away: try again next round
                log.warning("sweep_skipped", error=str(exc))
            except Exception:
                log.exception("sweep_failed")

    def stop(self) -> None:
        self.stopping.set()
