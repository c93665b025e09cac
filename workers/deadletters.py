"""Dead letters: listing them and sending one back through the pipeline (``wirelens dead list|retry``)."""

from __future__ import annotations

import json
from typing import Any

import redis
from celery import Celery
from pydantic import ValidationError

from config.settings import Settings
from tasks.models import Article
from tasks.validation import describe_validation_error
from workers.keys import Keys
from workers.ledger import Ledger
from workers.producer import article_chain


class DeadLetterError(RuntimeError):
    """A dead letter cannot be retried; the message says why."""


def _decode(stream_id: bytes, fields: dict[bytes, bytes]) -> dict[str, Any]:
    # Whatever another client wrote to the stream is listed, never fatal to the listing.
    f = {k.decode(errors="replace"): v.decode(errors="replace") for k, v in fields.items()}
    version = f.get("version", "1") or "1"
    payload: Any = None
    if f.get("payload"):
        try:
            payload = json.loads(f["payload"])
        except json.JSONDecodeError:
            payload = f["payload"]
    return {
        "stream_id": stream_id.decode(),
        "article_id": f.get("article_id", ""),
        "version": int(version) if version.isascii() and version.isdigit() else 0,
        "status": f.get("status", ""),
        "reason": f.get("reason", ""),
        "payload": payload,
    }


def list_dead(client: redis.Redis, settings: Settings, *, count: int = 50) -> list[dict[str, Any]]:
    """The newest ``count`` dead letters, newest first."""
    return [_decode(sid, fields) for sid, fields in client.xrevrange(settings.dead_stream, count=count)]


def retry_dead(app: Celery, client: redis.Redis, settings: Settings, article_id: str) -> int:
    """Re-enqueue the article of the newest dead letter for ``article_id``; returns its version.

    Raises:
        DeadLetterError: No dead letter for that id, or its payload is not a valid article (fix it and send
            it again as a new version instead).
    """
    letter = next((d for d in _scan(client, settings) if d["article_id"] == article_id), None)
    if letter is None:
        raise DeadLetterError(f"no dead letter for article {article_id!r}")
    try:
        article = Article.model_validate(letter["payload"])
    except ValidationError as exc:
        raise DeadLetterError(
            f"the payload of {article_id!r} is not a valid article ({describe_validation_error(exc)}); "
            "correct it and send it as a new version"
        ) from exc
    # A retry is a fresh attempt at the same version: it may publish again.
    client.delete(Keys(settings).published(article.id, article.version))
    Ledger(client, settings).reopen(article.id, article.version, article.model_dump(mode="json"))
    article_chain(app, article, settings).apply_async()
    return article.version


def _scan(client: redis.Redis, settings: Settings, batch: int = 500) -> Any:
    """Dead letters newest first, in batches, so a long stream is not read at once."""
    end = "+"
    while True:
        got = client.xrevrange(settings.dead_stream, max=end, count=batch)
        if not got:
            return
        for sid, fields in got:
            yield _decode(sid, fields)
        last = got[-1][0].decode()
        ms, seq = (int(x) for x in last.split("-"))
        if seq > 0:
            end = f"{ms}-{seq - 1}"
        elif ms > 0:
            end = f"{ms - 1}-18446744073709551615"
        else:
            return
