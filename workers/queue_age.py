"""How long the oldest message of a Redis-backed queue has waited.

Redis lists keep no times, so the time comes from the message: kombu pushes new messages on the left of each
priority list and workers take them from the right, so the oldest of a list is at index -1; its Celery body
holds the enqueue time the producer wrote in each work item (``workers/message.py``): each item's
``enqueued_at`` in a fused ``wirelens.analyse`` batch, the one item's in a chain's first stage, the item's
in a later stage's payload (``{"item": {...}}``). Messages of the release before work items are read too
(the second argument of a chain's first stage, the payload's own ``enqueued_at``).
The oldest over every priority list counts: a routine article starved by urgent ones shows.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from typing import Any

import redis

from workers.queues import priority_lists


def enqueued_at(args: Any) -> float | None:
    """The enqueue time in a wirelens task's positional arguments (the earliest of a batch), or None."""
    if not isinstance(args, list) or not args:
        return None
    first = args[0]
    if isinstance(first, list):  # a fused batch: one item per article
        times = [_number(item.get("enqueued_at")) for item in first if isinstance(item, dict)]
        known = [t for t in times if t is not None]
        return min(known) if known else None
    if isinstance(first, dict) and isinstance(first.get("item"), dict):  # a later stage's payload
        return _number(first["item"].get("enqueued_at"))
    if isinstance(first, dict) and "enqueued_at" in first:  # a chain's first stage (or an older payload)
        return _number(first["enqueued_at"])
    # An older chain's first stage: (article, enqueued_at, supersedes, options).
    return _number(args[1]) if len(args) > 1 else None


def message_enqueued_at(item: bytes) -> float | None:
    """The enqueue time in one queued kombu message (JSON envelope, base64 JSON body), or None when the item
    is not such a message (another application's, a compressed body)."""
    try:
        envelope = json.loads(item)
        body = envelope["body"]
        if (envelope.get("properties") or {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        if envelope.get("content-encoding") not in (None, "utf-8", "binary"):
            return None
        decoded = json.loads(body)
    except (ValueError, TypeError, KeyError, AttributeError, binascii.Error):
        return None
    # Celery's message protocol 2: [args, kwargs, embed].
    return enqueued_at(decoded[0]) if isinstance(decoded, list) and decoded else None


def oldest_message_age(client: redis.Redis, queue: str, *, now: float | None = None) -> float | None:
    """Seconds the oldest waiting message of ``queue`` has waited: 0 for an empty queue, None when messages
    wait but none says when it was enqueued."""
    pipe = client.pipeline(transaction=False)
    for name in priority_lists(queue):
        pipe.lindex(name, -1)
    oldest = [item for item in pipe.execute() if item is not None]
    if not oldest:
        return 0.0
    times = [t for t in (message_enqueued_at(item) for item in oldest) if t is not None]
    if not times:
        return None
    return max((time.time() if now is None else now) - min(times), 0.0)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
