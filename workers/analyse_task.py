"""``WIRELENS_FUSED``: one task per small batch of articles that parses them, runs every analysis and
publishes each article's record.

For workers that take every stage. The stage chain pays a broker hop per stage (the payload with the
``DocBin`` out and back, a ``Doc`` rebuilt each time); the fused task pays none: the analyses run on the
``Doc`` in hand and the records are published from the same task, so an idle article costs one hop from
enqueue to record. Under load the producer puts up to ``WIRELENS_BATCH_SIZE`` articles of the same priority
in one message, which spaCy parses in one ``nlp.pipe`` call (faster than one by one); an idle or urgent
article travels alone.
"""

from __future__ import annotations

from typing import Any

import structlog
from celery import Task, shared_task
from celery.exceptions import SoftTimeLimitExceeded

from config.settings import get_settings
from tasks.jobs import parse_batch
from workers.connections import shared_client
from workers.isolation import broker_trouble, fail_alone, reason_of
from workers.publish_task import RETRY_ON_REDIS_ERRORS, publish


@shared_task(bind=True, name="wirelens.analyse", ignore_result=True, **RETRY_ON_REDIS_ERRORS)
def analyse(self: Task, items: list[dict[str, Any]]) -> list[str | None]:
    """Parse, extract, tag, summarise and publish each article of ``items`` (each ``{"article": ...,
    "enqueued_at": ..., "supersedes": ..., "options": ...}``); returns the records' stream ids (None where a
    record was already published)."""
    # The ledger heard of each article's parse from the task_prerun handler (workers/startup.py).
    log = structlog.get_logger()
    # Whatever arrived (another producer's message need not be ours): each item a dict, each article alone.
    items = [item if isinstance(item, dict) else {"article": item} for item in items]
    fused = [{**item, "options": {**_options(item), "fused": True}} for item in items]
    try:
        payloads = parse_batch(fused)
    except SoftTimeLimitExceeded:
        # The batch's parse ran out of time: send each article again on its own, so a slow one fails alone
        # and the others are not held to its time.
        priority = (self.request.delivery_info or {}).get("priority")
        for item in items:
            self.apply_async(args=([item],), priority=priority)
        log.warning("batch_split_after_time_limit", articles=len(items))
        return []
    out: list[str | None] = []
    for payload in payloads:
        structlog.contextvars.bind_contextvars(article_id=str(payload.get("article", {}).get("id")))
        try:
            out.append(publish.run(payload))
        except Exception as exc:  # this article's own: a failed record for it, and on to the next
            if broker_trouble(exc):
                raise  # every article would meet it: retried with the batch (publishing is idempotent)
            reason = reason_of("publish", exc)
            log.error("publish_failed", error=reason)
            settings = get_settings()
            fail_alone(shared_client(settings.redis), settings, payload.get("article"), reason)
            out.append(None)
    return out


def _options(item: dict[str, Any]) -> dict[str, Any]:
    options = item.get("options")
    return options if isinstance(options, dict) else {}
