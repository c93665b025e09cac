"""Publishing against a real redis-server: one record per article version, latest kept, dead letters."""

from __future__ import annotations

import json

import redis

from config.settings import Settings
from tasks.models import ResultRecord
from workers.publish import latest_record, publish_record


def _rec(version: int = 1, status: str = "ok") -> ResultRecord:
    return ResultRecord(
        article_id="a1",
        version=version,
        status=status,  # type: ignore[arg-type]
        error=None if status == "ok" else "body: Field required",
    )


def test_duplicate_publish_is_suppressed(redis_client: redis.Redis, test_settings: Settings) -> None:
    first = publish_record(redis_client, _rec(), test_settings)
    second = publish_record(redis_client, _rec(), test_settings)
    assert first is not None and second is None
    assert redis_client.xlen(test_settings.results_stream) == 1


def test_latest_version_is_kept_and_older_does_not_overwrite(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(redis_client, _rec(2), test_settings)
    publish_record(redis_client, _rec(1), test_settings)  # a late older version: recorded, not latest
    latest = latest_record(redis_client, "a1", test_settings)
    assert latest is not None and latest.version == 2
    assert redis_client.xlen(test_settings.results_stream) == 2


def test_rejected_record_goes_to_dead_letters_with_payload(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    publish_record(
        redis_client, _rec(status="rejected"), test_settings, original={"id": "a1", "headline": "H"}
    )
    ((_, fields),) = redis_client.xrange(test_settings.dead_stream)
    assert fields[b"reason"] == b"body: Field required"
    assert json.loads(fields[b"payload"]) == {"id": "a1", "headline": "H"}


def test_stream_is_bounded(redis_client: redis.Redis) -> None:
    settings = Settings(stream_maxlen=10)
    for i in range(300):
        publish_record(redis_client, ResultRecord(article_id=f"x{i}", status="ok"), settings)
    # Approximate trimming keeps whole macro-nodes: the bound is loose but real.
    assert redis_client.xlen(settings.results_stream) < 300
