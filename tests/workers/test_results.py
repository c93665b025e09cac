"""Reading the results stream with and without a consumer group, on a real redis-server."""

from __future__ import annotations

import redis

from config.settings import Settings
from tasks.models import ResultRecord
from workers.publish import publish_record
from workers.results import ResultReader


def _publish(client: redis.Redis, settings: Settings, n: int) -> None:
    for i in range(n):
        publish_record(client, ResultRecord(article_id=f"r{i}", status="ok"), settings)


def test_plain_read_returns_everything_in_order(redis_client: redis.Redis, test_settings: Settings) -> None:
    _publish(redis_client, test_settings, 5)
    ids = [e.record.article_id for e in ResultReader(redis_client, test_settings).read()]
    assert ids == [f"r{i}" for i in range(5)]


def test_group_resumes_from_unacknowledged_entries(
    redis_client: redis.Redis, test_settings: Settings
) -> None:
    _publish(redis_client, test_settings, 4)
    reader = ResultReader(redis_client, test_settings, group="desk", consumer="c1")
    seen = []
    for entry in reader.read():
        seen.append(entry.record.article_id)
        if len(seen) == 2:
            break  # "crash" before acknowledging r1
        reader.ack(entry.stream_id)
    # A restarted reader with the same name gets r1 again (pending), then the rest; nothing twice after ack.
    again = ResultReader(redis_client, test_settings, group="desk", consumer="c1")
    rest = []
    for entry in again.read():
        rest.append(entry.record.article_id)
        again.ack(entry.stream_id)
    assert rest == ["r1", "r2", "r3"]
    assert list(ResultReader(redis_client, test_settings, group="desk", consumer="c1").read()) == []


def test_two_groups_each_see_every_record(redis_client: redis.Redis, test_settings: Settings) -> None:
    _publish(redis_client, test_settings, 3)
    a = [e.record.article_id for e in ResultReader(redis_client, test_settings, group="a").read()]
    b = [e.record.article_id for e in ResultReader(redis_client, test_settings, group="b").read()]
    assert a == b == ["r0", "r1", "r2"]
