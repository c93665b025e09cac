"""The last link of every article's chain: turn the payload into its one result record and publish it."""

from __future__ import annotations

from typing import Any

import redis
import structlog
from celery import shared_task
from celery.signals import task_failure

from config.settings import get_settings
from tasks.jobs import StagePayload, record_from_payload
from tasks.models import Fingerprint, ResultRecord
from workers.connections import shared_client
from workers.identity import annotate
from workers.publish import publish_record

# Redis lost while publishing: retry with backoff. Publishing is idempotent: a retry never makes two records.
RETRY_ON_REDIS_ERRORS: dict[str, Any] = {
    "autoretry_for": (redis.ConnectionError, redis.TimeoutError),
    "retry_backoff": True,
    "retry_backoff_max": 30,
    "max_retries": get_settings().task_max_retries,
}


@shared_task(name="wirelens.publish", ignore_result=True, **RETRY_ON_REDIS_ERRORS)
def publish(payload: dict[str, Any]) -> str | None:
    """Publish the payload's record; returns the stream id, or None for a suppressed duplicate."""
    settings = get_settings()
    record = record_from_payload(payload)
    original = payload.get("article") if record.status != "ok" else None
    client = shared_client(settings.redis)
    if record.status == "ok" and isinstance(payload.get("fingerprint"), dict):
        # Only the fingerprint is read again (record_from_payload validated the whole payload once).
        fingerprint = Fingerprint.model_validate(payload["fingerprint"])
        annotate(client, record, fingerprint, payload.get("article") or {}, settings)
    return publish_record(client, record, settings, original=original)


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
    if isinstance(exception, redis.RedisError):
        # Redis failed, not the article: no permanent ``failed`` record for it. Its ledger entry stays open
        # and the sweeper sends it again once Redis takes writes.
        structlog.get_logger().error(
            "articles_left_to_sweeper",
            task=name,
            task_id=task_id,
            error=f"{type(exception).__name__}: {exception}",
        )
        return
    first = args[0]
    if name == "wirelens.analyse" and isinstance(first, list):  # a batch: every article in it
        articles = [item.get("article", {}) for item in first if isinstance(item, dict)]
    elif isinstance(first, dict):
        articles = [first if name == "wirelens.parse" else first.get("article", {})]
    else:
        return
    settings = get_settings()
    for article in articles:
        try:
            payload = StagePayload(
                article=article, status="failed", error=f"{name}: {type(exception).__name__}: {exception}"
            )
            record: ResultRecord = record_from_payload(payload.model_dump(mode="json"))
            publish_record(shared_client(settings.redis), record, settings, original=article)
        except Exception:  # the broker itself may be what failed; the ledger sweeper picks it up
            structlog.get_logger().exception("failed_record_not_published", task=name, task_id=task_id)
