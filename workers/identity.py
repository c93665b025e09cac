"""At publishing: link a record to the first article it repeats (``duplicate_of``, ``similarity``) and to
the story it reports (``story_id``), through the indexes every worker shares in Redis."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import redis
import structlog

from config.settings import Settings
from tasks.fingerprint import load_identity_config
from tasks.models import Fingerprint, ResultRecord
from workers.dedup import DuplicateIndex
from workers.stories import StoryIndex


def annotate(
    client: redis.Redis,
    record: ResultRecord,
    fingerprint: Fingerprint | None,
    article: dict[str, Any],
    settings: Settings,
) -> ResultRecord:
    """Set ``duplicate_of``, ``similarity`` and ``story_id`` on an ``ok`` record from its fingerprint.

    Redis errors propagate (the publish task retries, and both scripts answer a retry as before). Anything
    else leaves the fields None and is logged: a broken index never costs the article its record.
    """
    if record.status != "ok" or fingerprint is None:
        return record
    log = structlog.get_logger()
    config = load_identity_config(settings.lexicon_dir)
    try:
        if settings.dedup and fingerprint.minhash:
            link = DuplicateIndex(client, settings, config.duplicates).link(
                record.article_id, record.version, fingerprint.minhash, fingerprint.shingles or 0
            )
            record.duplicate_of, record.similarity = link.duplicate_of, link.similarity
            if link.duplicate_of:
                log.info("duplicate_linked", duplicate_of=link.duplicate_of, similarity=link.similarity)
        if settings.stories and fingerprint.story_terms:
            record.story_id = StoryIndex(client, settings, config.stories).assign(
                record.article_id, record.version, fingerprint.story_terms, _published_at(article)
            )
    except redis.RedisError:
        raise
    except Exception as exc:  # an index problem is not the article's
        log.error("identity_failed", error=f"{type(exc).__name__}: {exc}")
    return record


def _published_at(article: dict[str, Any]) -> datetime | None:
    value = article.get("published_at")
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None
