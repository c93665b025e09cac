"""Language and provider metadata end to end: ``wirelens enqueue``, a real worker, the streams.

Our own short articles: a German story without a language field (rejected by the producer with its
reason, a dead letter), the same German story sent straight to the worker by another producer (rejected
there, a dead letter too), an English story quoting a German sentence (analysed), and the ninjs 1.x fixture
(its subjects, keywords, genre, embargo ... in the record).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from config.settings import Settings
from tasks.models import ResultRecord
from workers.embedded import EmbeddedRedis
from workers.process import WorkerProcess

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {
    row["id"]: row["text"]
    for row in map(json.loads, (ROOT / "tests/fixtures/language/samples.jsonl").read_text().splitlines())
}

pytestmark = pytest.mark.e2e


def _records(client: redis.Redis, stream: str, n: int, worker: WorkerProcess) -> dict[str, ResultRecord]:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        entries = client.xrange(stream)
        if len(entries) >= n:
            records = [ResultRecord.model_validate_json(f[b"record"]) for _, f in entries]
            return {r.article_id: r for r in records}
        assert worker.alive(), worker.log_tail()
        time.sleep(0.3)
    raise AssertionError(f"only {client.xlen(stream)} of {n} records\n{worker.log_tail()}")


def test_language_rejections_and_provider_metadata_through_enqueue_and_a_worker(
    redis_server: EmbeddedRedis, redis_client: redis.Redis, tmp_path: Path
) -> None:
    settings = Settings(redis_url=redis_server.url)
    feed = tmp_path / "desk.jsonl"
    feed.write_text(
        json.dumps({"id": "de-no-lang", "headline": "Fernwärme wird teurer", "body": SAMPLES["de-1"]})
        + "\n"
        + json.dumps({"id": "en-de-quote", "body": SAMPLES["en-3"], "language": "en"})
        + "\n"
    )
    ninjs = ROOT / "tests" / "fixtures" / "wire" / "ninjs-1x.json"
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url}
    with WorkerProcess(redis_server.url, settings, concurrency=1, log_path=tmp_path / "worker.log") as worker:
        enq = subprocess.run(
            [sys.executable, "-m", "workers.cli", "enqueue", str(feed), str(ninjs)],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert enq.returncode == 1, enq.stderr  # something was rejected
        assert "language: detected 'de' (0.99), no model configured for it" in enq.stderr
        # Another producer's message, straight to the worker, without a detection: the worker detects.
        from workers.app import use_broker

        use_broker(redis_server.url).send_task(
            "wirelens.analyse",
            args=([{"article": {"id": "de-direct", "body": SAMPLES["de-2"]}}],),
            queue=settings.queue("parse"),
        )
        records = _records(redis_client, settings.results_stream, 4, worker)

    german = records["de-no-lang"]
    assert (german.status, german.error) == (
        "rejected",
        "language: detected 'de' (0.99), no model configured for it",
    )
    assert german.language_detected is not None and german.language_detected.declared is None
    direct = records["de-direct"]
    assert direct.status == "rejected" and direct.error is not None
    assert direct.error.startswith("language: detected 'de' (")
    dead = {
        json.loads(f[b"payload"]).get("id"): f[b"reason"].decode()
        for _, f in redis_client.xrange(settings.dead_stream)
    }
    assert dead["de-no-lang"].startswith("language: detected 'de'") and "de-direct" in dead

    english = records["en-de-quote"]
    assert english.status == "ok" and english.language == "en"
    assert english.language_detected is not None
    assert (english.language_detected.code, english.language_detected.decision) == ("en", "agrees")
    assert english.entities and english.summary

    wire = records["urn:example-wire:2026:zrh-0512-001"]
    assert wire.status == "ok" and wire.provider is not None
    assert [(s.scheme, s.code) for s in wire.provider.subjects] == [
        ("medtop", "20000668"),
        ("medtop", "20000759"),
    ]
    assert wire.provider.keywords == ["tram", "wages", "Zürich"]
    assert [g.code for g in wire.provider.genres] == ["Current"]
    assert (wire.provider.located, wire.provider.urgency) == ("Zürich", 3)
    assert str(wire.provider.embargoed) == "2026-05-12 10:00:00+02:00"
    assert str(wire.provider.version_created) == "2026-05-12 08:30:00+02:00"
