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


def test_replay_from_a_time_and_from_an_id(redis_client: redis.Redis, test_settings: Settings) -> None:
    import time
    from datetime import UTC, datetime

    _publish(redis_client, test_settings, 2)
    time.sleep(0.01)
    middle = datetime.now(UTC).isoformat()
    time.sleep(0.01)
    for i in range(2, 4):
        publish_record(redis_client, ResultRecord(article_id=f"r{i}", status="ok"), test_settings)
    by_time = [e.record.article_id for e in ResultReader(redis_client, test_settings, start=middle).read()]
    assert by_time == ["r2", "r3"]
    group = [
        e.record.article_id
        for e in ResultReader(redis_client, test_settings, group="late", start=middle).read()
    ]
    assert group == ["r2", "r3"]
    first_id = redis_client.xrange(test_settings.results_stream, count=1)[0][0].decode()
    after_first = [
        e.record.article_id for e in ResultReader(redis_client, test_settings, start=first_id).read()
    ]
    assert after_first == ["r1", "r2", "r3"]


def test_bad_start_names_the_option() -> None:
    import pytest

    from workers.results import parse_start

    with pytest.raises(ValueError, match="--from"):
        parse_start("yesterday")


def test_stage_streams_carry_their_part(redis_client: redis.Redis, test_settings: Settings) -> None:
    from tasks.models import Summary

    record = ResultRecord(article_id="s1", status="ok", summary=Summary(text="One."))
    sid = publish_record(redis_client, record, test_settings)
    ((_, fields),) = redis_client.xrange(test_settings.stage_stream("summary"))
    assert fields[b"result_id"].decode() == sid and b"One." in fields[b"summary"]
    assert redis_client.xlen(test_settings.stage_stream("extraction")) == 1
    assert redis_client.xlen(test_settings.stage_stream("bias")) == 1
