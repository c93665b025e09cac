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

    Redis errors propagate (the publish task retries, and both scripts answer a retry as before). A
    fingerprint an index cannot use leaves its fields None and is logged: it never costs the article its
    record.
    """
    if record.status != "ok" or fingerprint is None:
        return record
    log = structlog.get_logger()
    config = load_identity_config(settings.lexicon_dir)
    # Both scripts go in one round trip; each part that cannot be asked is left out, alone.
    pipe = client.pipeline(transaction=False)
    parts: list[str] = []
    try:
        if settings.dedup and fingerprint.minhash:
            dedup = DuplicateIndex(client, settings, config.duplicates)
            dedup.queue(
                pipe, record.article_id, record.version, fingerprint.minhash, fingerprint.shingles or 0
            )
            parts.append("dedup")
    except Exception as exc:  # an index problem is not the article's
        log.error("identity_failed", part="dedup", error=f"{type(exc).__name__}: {exc}")
    try:
        if settings.stories and fingerprint.story_terms:
            stories = StoryIndex(client, settings, config.stories)
            stories.queue(
                pipe, record.article_id, record.version, fingerprint.story_terms, _published_at(article)
            )
            parts.append("stories")
    except Exception as exc:
        log.error("identity_failed", part="stories", error=f"{type(exc).__name__}: {exc}")
    if not parts:
        return record
    # Redis errors propagate: the publish task retries, and both scripts answer a retry as before.
    replies = dict(zip(parts, pipe.execute(), strict=True))
    if "dedup" in replies:
        link = DuplicateIndex.parse(replies["dedup"])
        record.duplicate_of, record.similarity = link.duplicate_of, link.similarity
        if link.duplicate_of:
            log.info("duplicate_linked", duplicate_of=link.duplicate_of, similarity=link.similarity)
    if "stories" in replies:
        record.story_id = StoryIndex.parse(replies["stories"])
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
