"""Fault injection in CI, small versions of ``bench/faults.py``: real redis-server (AOF on, own port), real
worker processes, the real model. Every accepted article must end with exactly one record; none lost."""

from __future__ import annotations

import pytest

from bench.faultlib import ScenarioReport, drop_connections, kill_workers, restart_redis, table

pytestmark = pytest.mark.e2e


def _check(report: ScenarioReport) -> None:
    print("\n" + table([report]))
    assert report.lost == 0, report
    assert report.duplicate_records == 0, report
    assert report.results == report.accepted
    assert report.ok == report.accepted


def test_sigkill_workers_mid_batch() -> None:
    report = kill_workers(300, kills=3, timeout=240)
    assert report.faults == 3  # each kill lands while articles are still in flight
    _check(report)


def test_restart_redis_with_aof_while_articles_flow() -> None:
    report = restart_redis(120, restarts=1, timeout=240)
    _check(report)


def test_drop_worker_connections() -> None:
    report = drop_connections(120, drops=2, timeout=240)
    _check(report)


def test_sigterm_finishes_or_returns_the_article_in_hand() -> None:
    import time

    from bench.faultlib import Cluster, articles

    with Cluster(workers=1, concurrency=1) as cluster:
        accepted = cluster.enqueue(articles(6, "term"))
        from workers.ledger import Ledger

        ledger = Ledger(cluster.client, cluster.settings)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until an article is in the middle of its chain
            if ledger.counts()["in_flight"]:
                break
            time.sleep(0.05)
        worker = cluster.workers[0]
        assert worker.stop(timeout=60) == 0  # warm shutdown: exit code 0, current task finished
        cluster.start_worker()
        counts = cluster.wait(accepted, timeout=120)
        assert all(counts[k] == 1 for k in accepted), counts
        assert cluster.statuses()["ok"] == len(accepted)
