"""The last link of every article's chain: turn the payload into its one result record and publish it."""

from __future__ import annotations

from typing import Any

import redis
import structlog
from celery import shared_task
from celery.exceptions import Reject
from celery.signals import task_failure

from config.settings import get_settings
from tasks.models import Fingerprint, ResultRecord
from workers.connections import shared_client
from workers.identity import annotate
from workers.isolation import broker_trouble
from workers.message import StagePayload, task_items
from workers.publish import publish_record
from workers.stage_tasks import record_from_payload

# Redis lost while publishing: retry with backoff. Publishing is idempotent: a retry never makes two records.
RETRY_ON_REDIS_ERRORS: dict[str, Any] = {
    "autoretry_for": (redis.ConnectionError, redis.TimeoutError),
    "retry_backoff": True,
    "retry_backoff_max": 30,
    "max_retries": get_settings().task_max_retries,
}


def publish_result(
    record: ResultRecord,
    original: Any,
    fingerprint: Fingerprint | None = None,
    article: dict[str, Any] | None = None,
) -> str | None:
    """Publish a record (``original`` to the dead letters when it is not ``ok``), an ``ok`` one first linked
    to its duplicates and story from ``fingerprint`` (``workers/identity.py``; ``article`` holds its
    ``published_at``); returns the stream id, or None for a suppressed duplicate."""
    settings = get_settings()
    original = original if record.status != "ok" else None
    client = shared_client(settings.redis)
    if record.status == "ok" and fingerprint is not None and article is not None:
        annotate(client, record, fingerprint, article, settings)
    return publish_record(client, record, settings, original=original)


@shared_task(name="wirelens.publish", ignore_result=True, **RETRY_ON_REDIS_ERRORS)
def publish(payload: Any) -> str | None:
    """Publish the payload's record; returns the stream id, or None for a suppressed duplicate."""
    p = StagePayload.model_validate(payload)
    record, original = record_from_payload(p)  # original: the article's JSON, for an ok record
    return publish_result(record, original, p.fingerprint, original)


@task_failure.connect
def publish_failure(
    sender: Any = None,
    task_id: str | None = None,
    exception: BaseException | None = None,
    args: tuple[Any, ...] = (),
    **_: Any,
) -> None:
    """A stage that died outright (hard time limit, unexpected crash) still yields a ``failed`` record."""
    name = getattr(sender, "name", "")
    if not name.startswith("wirelens.") or not args:
        return
    if isinstance(exception, Reject) and isinstance(exception.reason, BaseException):
        # Celery rejects a task whose retry could not be sent (the broker down): the reason is what failed.
        exception = exception.reason
    if exception is not None and broker_trouble(exception):
        # Redis failed, not the article: no permanent ``failed`` record for it. Its ledger entry stays open
        # and the sweeper sends it again once Redis takes writes.
        structlog.get_logger().error(
            "articles_left_to_sweeper",
            task=name,
            task_id=task_id,
            error=f"{type(exception).__name__}: {exception}",
        )
        return
    error = f"{name}: {type(exception).__name__}: {exception}"
    settings = get_settings()
    for got in task_items(name, args):  # a fused batch: every article in it
        try:
            record = got.record("failed", error)
            publish_record(shared_client(settings.redis), record, settings, original=got.original)
        except Exception:  # the broker itself may be what failed; the ledger sweeper picks it up
            structlog.get_logger().exception("failed_record_not_published", task=name, task_id=task_id)
