"""Fault injection on real parts: a redis-server with AOF on a free port, real worker processes, the real
model. Used by the small scenarios in ``tests/workers/test_faults.py`` and the large ones in
``bench/faults.py``; each scenario returns a :class:`ScenarioReport` (accepted, results, duplicates
suppressed, lost, time to recover).
"""

from __future__ import annotations

import json
import os
import signal
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import redis

from config.settings import Settings
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle
from workers.process import WorkerProcess
from workers.producer import enqueue

# Short limits so that recovery paths (visibility timeout, sweeper) act within a test's time.
FAST_RECOVERY = {
    "WIRELENS_TASK_SOFT_TIME_LIMIT": "8",
    "WIRELENS_TASK_TIME_LIMIT": "12",
    "WIRELENS_VISIBILITY_TIMEOUT": "20",
    "WIRELENS_SWEEP_AFTER": "15",
    "WIRELENS_SWEEP_INTERVAL": "3",
    "WIRELENS_MAX_ATTEMPTS": "5",
}

SENTENCES = [
    "The city council approved the new budget on {day} after a long debate.",
    '"We have made difficult choices," said council leader Amal Haddad.',
    "Opposition members said the cuts would hit libraries and bus routes hardest.",
    "About {n} residents attended the meeting, according to organisers.",
    "The budget takes effect in April.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(n: int, prefix: str) -> list[RawArticle]:
    """``n`` short, distinct articles of our own making."""
    out = []
    for i in range(n):
        body = " ".join(s.format(day=DAYS[i % 5], n=100 + i) for s in SENTENCES)
        out.append(
            RawArticle(f"{prefix}-{i}", data={"id": f"{prefix}-{i}", "headline": f"Budget {i}", "body": body})
        )
    return out


@dataclass
class ScenarioReport:
    scenario: str
    accepted: int = 0
    results: int = 0
    ok: int = 0
    duplicate_records: int = 0  # more than one record for an (id, version) on the stream: must be 0
    duplicates_suppressed: int = 0  # redeliveries stopped at publish
    lost: int = 0  # accepted without a record: must be 0
    faults: int = 0
    recover_s: list[float] = field(default_factory=list)
    elapsed_s: float = 0.0

    def row(self) -> dict[str, Any]:
        d = asdict(self)
        d["recover_s"] = round(max(self.recover_s), 1) if self.recover_s else 0.0
        d["elapsed_s"] = round(self.elapsed_s, 1)
        return d


def children(pid: int) -> list[int]:
    """Child processes of ``pid`` (the prefork pool of a worker), from /proc."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            out.append(int(entry.name))
    return out


class Cluster:
    """A private Redis (AOF on) and real workers, torn down on exit."""

    def __init__(self, *, workers: int = 1, concurrency: int = 2, env: dict[str, str] | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="wirelens-faults-"))
        self.redis = EmbeddedRedis(appendonly=True, directory=self.dir / "redis")
        (self.dir / "redis").mkdir()
        self.env = {**FAST_RECOVERY, **(env or {})}
        self.n_workers, self.concurrency = workers, concurrency
        self.workers: list[WorkerProcess] = []
        self.settings = Settings()

    def __enter__(self) -> Cluster:
        self.redis.start()
        self.settings = Settings(redis_url=self.redis.url)
        self.client = redis.Redis.from_url(self.redis.url, retry_on_timeout=True)
        from workers.app import use_broker

        self.app = use_broker(self.redis.url)
        for _ in range(self.n_workers):
            self.start_worker()
        return self

    def start_worker(self) -> WorkerProcess:
        n = len(self.workers)
        w = WorkerProcess(
            self.redis.url,
            self.settings,
            concurrency=self.concurrency,
            env=self.env,
            log_path=self.dir / f"worker-{n}.log",
            name=f"faults-{n}-{os.getpid()}@%h",
        ).start()
        self.workers.append(w)
        return w

    def __exit__(self, *exc: object) -> None:
        for w in self.workers:
            w.stop(timeout=15)
        self.redis.stop()

    def enqueue(self, items: list[RawArticle]) -> list[tuple[str, int]]:
        return enqueue(self.app, self.client, items, self.settings).accepted

    def record_counts(self) -> Counter[tuple[str, int]]:
        counts: Counter[tuple[str, int]] = Counter()
        for _, fields in self._all_entries():
            counts[(fields[b"article_id"].decode(), int(fields[b"version"]))] += 1
        return counts

    def _all_entries(self) -> list[tuple[bytes, dict[bytes, bytes]]]:
        for _ in range(50):
            try:
                return list(self.client.xrange(self.settings.results_stream))
            except redis.ConnectionError:
                time.sleep(0.2)
        raise RuntimeError("Redis did not come back")

    def statuses(self) -> Counter[str]:
        return Counter(f[b"status"].decode() for _, f in self._all_entries())

    def suppressed(self) -> int:
        n = 0
        for w in self.workers:
            for line in w.log_path.read_text(errors="replace").splitlines():
                if line.startswith("{") and '"publish_duplicate_suppressed"' in line:
                    n += 1
        return n

    def wait(
        self, expected: list[tuple[str, int]], *, timeout: float, tick: Callable[[int], None] | None = None
    ) -> Counter[tuple[str, int]]:
        """Wait until every expected (id, version) has a record, or the timeout."""
        deadline = time.monotonic() + timeout
        want = set(expected)
        while True:
            counts = self.record_counts()
            done = sum(1 for k in want if counts[k])
            if tick:
                tick(done)
            if done == len(want) or time.monotonic() > deadline:
                return counts
            time.sleep(0.3)

    def wait_count(self, expected: list[tuple[str, int]], n: int, *, timeout: float) -> int:
        """Wait until at least ``n`` of the expected articles have a record; return how many have."""
        deadline = time.monotonic() + timeout
        want = set(expected)
        while True:
            counts = self.record_counts()
            done = sum(1 for k in want if counts[k])
            if done >= n or time.monotonic() > deadline:
                return done
            time.sleep(0.2)

    def first_result_after(self, t0: float, *, timeout: float = 120) -> float:
        """Seconds from ``t0`` (time.time()) until a record newer than it is published."""
        deadline = time.monotonic() + timeout
        after = f"{int(t0 * 1000)}-0"
        while time.monotonic() < deadline:
            try:
                if self.client.xrange(self.settings.results_stream, min=after, max="+", count=1):
                    return time.time() - t0
            except redis.ConnectionError:
                pass
            time.sleep(0.1)
        return float("inf")


def _finish(
    report: ScenarioReport, cluster: Cluster, accepted: list[tuple[str, int]], started: float, timeout: float
) -> ScenarioReport:
    counts = cluster.wait(accepted, timeout=timeout)
    report.accepted = len(accepted)
    report.results = sum(counts[k] for k in accepted)
    report.ok = cluster.statuses()["ok"]
    report.duplicate_records = sum(c - 1 for c in counts.values() if c > 1)
    report.lost = sum(1 for k in accepted if not counts[k])
    report.duplicates_suppressed = cluster.suppressed()
    report.elapsed_s = time.monotonic() - started
    return report


def run_scenario(
    name: str,
    n_articles: int,
    faults: int,
    inject: Callable[[Cluster, int], str],
    *,
    workers: int = 1,
    timeout: float = 300,
    log: Callable[[str], None] = print,
) -> ScenarioReport:
    """Enqueue ``n_articles``, inject ``faults`` evenly spaced through the run, wait for every record.

    ``inject(cluster, k)`` does the k-th fault and returns what it did, for the log.
    """
    report = ScenarioReport(name)
    with Cluster(workers=workers, concurrency=2) as cluster:
        started = time.monotonic()
        accepted = cluster.enqueue(articles(n_articles, name))
        per = max(n_articles // (faults + 2), 1)
        for k in range(faults):
            done = cluster.wait_count(accepted, per * (k + 1), timeout=120)
            if done >= len(accepted):
                log(f"  {name}: the batch finished before fault {k + 1}; no more faults")
                break
            t0 = time.time()
            what = inject(cluster, k)
            report.faults += 1
            report.recover_s.append(cluster.first_result_after(t0))
            log(
                f"  {name} {k + 1}/{faults} at {done}/{len(accepted)} done: {what}; "
                f"next result after {report.recover_s[-1]:.1f}s"
            )
        return _finish(report, cluster, accepted, started, timeout)


def _kill_worker(cluster: Cluster, k: int) -> str:
    """SIGKILL, alternately, one pool process (its main process requeues the article) or a whole worker
    with its pool (unacknowledged messages come back by the visibility timeout or the sweeper)."""
    live = [w for w in cluster.workers if w.alive()]
    victim = live[k % len(live)]
    main_pid = victim.process.pid if victim.process else -1
    pool = children(main_pid)
    if k % 2 == 0 and pool:
        os.kill(pool[0], signal.SIGKILL)
        return f"SIGKILL pool process {pool[0]}"
    for pid in [main_pid, *pool]:
        os.kill(pid, signal.SIGKILL)
    if victim.process:
        victim.process.wait(10)
    cluster.start_worker()
    return f"SIGKILL worker {main_pid} and its pool; started another"


def _restart_redis(cluster: Cluster, k: int) -> str:
    cluster.redis.stop(remove=False)  # SHUTDOWN: the AOF is flushed
    time.sleep(1.0)
    cluster.redis.start()
    return "restarted Redis (AOF everysec)"


def _client_kill(cluster: Cluster, k: int) -> str:
    admin = redis.Redis.from_url(cluster.redis.url)
    killed = admin.execute_command("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes")
    admin.close()
    return f"CLIENT KILL: {killed} connections dropped"


def kill_workers(
    n_articles: int, kills: int, *, timeout: float = 300, log: Callable[[str], None] = print
) -> ScenarioReport:
    """SIGKILL worker processes mid-batch (two workers of two pool processes each); restart them."""
    return run_scenario(
        "sigkill-workers", n_articles, kills, _kill_worker, workers=2, timeout=timeout, log=log
    )


def restart_redis(
    n_articles: int, restarts: int, *, timeout: float = 300, log: Callable[[str], None] = print
) -> ScenarioReport:
    """Restart Redis (AOF on, appendfsync everysec) while articles flow; workers reconnect."""
    return run_scenario("restart-redis", n_articles, restarts, _restart_redis, timeout=timeout, log=log)


def drop_connections(
    n_articles: int, drops: int, *, timeout: float = 300, log: Callable[[str], None] = print
) -> ScenarioReport:
    """CLIENT KILL every client connection mid-run; workers reconnect and finish."""
    return run_scenario("client-kill", n_articles, drops, _client_kill, timeout=timeout, log=log)


def table(reports: list[ScenarioReport]) -> str:
    cols = [
        "scenario",
        "accepted",
        "results",
        "duplicate_records",
        "duplicates_suppressed",
        "lost",
        "faults",
        "recover_s",
        "elapsed_s",
    ]
    rows = [r.row() for r in reports]
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))
    out = [line, "-" * len(line)]
    out += ["  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths, strict=True)) for r in rows]
    return "\n".join(out)


def as_json(reports: list[ScenarioReport]) -> str:
    return json.dumps([r.row() for r in reports])
