"""``wirelens run``: Redis (embedded if none is configured), a worker, the producer, the report, the file."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import redis

from config.settings import Settings
from config.urls import mask_passwords
from tasks.models import ResultRecord
from workers.connections import redis_client
from workers.embedded import EmbeddedRedis
from workers.inputs import SUFFIXES, read_articles
from workers.process import WorkerProcess
from workers.producer import enqueue
from workers.publish import stored_record
from workers.report import render
from workers.results import last_id
from workers.terminal import printable


class RunError(RuntimeError):
    """Something failed that the user must hear about; the message says what."""


@dataclass
class RunOutcome:
    records: list[ResultRecord] = field(default_factory=list)
    rejected: int = 0
    failed: int = 0


def _progress(out: TextIO, done: int, total: int, started: float) -> None:
    if not out.isatty():  # a log file, not a terminal: a line per change instead of a redrawn bar
        out.write(f"  results: {done}/{total} after {time.monotonic() - started:.1f}s\n")
        return
    width = 30
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "-" * (width - filled)
    out.write(f"\r  waiting for results [{bar}] {done}/{total}  {time.monotonic() - started:5.1f}s")
    out.flush()


def wait_for_records(
    client: redis.Redis,
    settings: Settings,
    expected: set[tuple[str, int]],
    *,
    after: str,
    worker: WorkerProcess | None,
    timeout: float,
    progress: TextIO | None = None,
) -> dict[tuple[str, int], ResultRecord]:
    """Read the results stream after ``after`` until every expected (id, version) has its record."""
    got: dict[tuple[str, int], ResultRecord] = {}
    started = time.monotonic()
    shown = -1
    while len(got) < len(expected):
        if worker is not None and not worker.alive():
            raise RunError(f"the worker stopped unexpectedly; last log lines:\n{worker.log_tail()}")
        if time.monotonic() - started > timeout:
            missing = sorted(expected - got.keys())[:5]
            raise RunError(
                f"timed out after {timeout:.0f}s waiting for {len(expected) - len(got)} result(s), "
                f"for example {missing}"
            )
        entries = client.xread({settings.results_stream: after}, count=100, block=500)
        for _, items in entries or []:
            for sid, fields in items:
                after = sid.decode()
                record = ResultRecord.model_validate_json(fields[b"record"])
                key = (record.article_id, record.version)
                if key in expected:
                    got[key] = record
        if progress and (progress.isatty() or len(got) != shown):
            _progress(progress, len(got), len(expected), started)
            shown = len(got)
    if progress and progress.isatty():
        progress.write("\n")
    return got


def run(
    paths: Sequence[str],
    settings: Settings,
    *,
    out_path: Path | None,
    concurrency: int,
    timeout: float,
    report: TextIO = sys.stdout,
    status: TextIO = sys.stderr,
    fmt: str | None = None,
) -> RunOutcome:
    """The main job: analyse every article under ``paths`` on a real worker and report the results.

    Articles go fused (one task per batch, no hops) unless ``WIRELENS_FUSED=false``: its one worker takes
    every stage either way.
    """
    with contextlib.ExitStack() as stack:
        if settings.redis_url:
            url = settings.redis_url
            status.write(f"Using Redis at {redact(url)}\n")
        else:
            server = stack.enter_context(EmbeddedRedis())
            url = server.url
            status.write(f"Started an embedded redis-server ({server.binary}) at {url}\n")
        client = redis_client(url, settings=settings)
        try:
            client.ping()
        except redis.RedisError as exc:
            raise RunError(f"cannot reach Redis at {redact(url)}: {exc}") from exc

        worker = WorkerProcess(url, settings, concurrency=concurrency)
        stack.callback(worker.stop)
        worker.start()
        status.write(f"Started a Celery worker (concurrency {concurrency}); its log: {worker.log_path}\n")

        from workers.app import use_broker

        app = use_broker(url)  # the producer side of the same app, pointed at this Redis
        after = last_id(client, settings.results_stream)
        result = enqueue(
            app, client, read_articles(paths, fmt=fmt), settings, notify=lambda m: print(m, file=status)
        )
        for rej in result.rejected:
            status.write(f"  rejected {printable(rej.origin)}: {printable(rej.reason)}\n")
        if not result.accepted and not result.rejected and not result.skipped:
            raise RunError(f"no articles found in {', '.join(paths)} (looked for {', '.join(SUFFIXES)})")
        if result.stopped:
            raise RunError(f"the producer stopped: {result.stopped}")
        status.write(f"Enqueued {len(result.accepted)} article(s), rejected {len(result.rejected)}\n")

        got = wait_for_records(
            client,
            settings,
            set(result.accepted),
            after=after,
            worker=worker,
            timeout=timeout,
            progress=status,
        )
        known = [
            stored_record(client, s.article_id, settings) for s in result.skipped if s.reason == "duplicate"
        ]
        for s in result.skipped:
            status.write(
                f"  skipped {printable(s.origin)}: {printable(s.article_id)} v{s.version} ({s.reason}, "
                f"have v{s.known_version})\n"
            )
        outcome = RunOutcome(
            records=[got[k] for k in dict.fromkeys(result.accepted)]
            + [r for r in known if r]
            + result.records
        )
        for record in outcome.records:
            report.write(render(record) + "\n")
        outcome.rejected = sum(1 for r in outcome.records if r.status == "rejected")
        outcome.failed = sum(1 for r in outcome.records if r.status == "failed")
        if out_path:
            with out_path.open("w", encoding="utf-8") as fh:
                for record in outcome.records:
                    fh.write(record.model_dump_json() + "\n")
            status.write(f"Wrote {len(outcome.records)} record(s) to {out_path}\n")
        status.write("Stopping the worker...\n")
        worker.stop()
    return outcome


def redact(url: str) -> str:
    """The URL (or any text) without its passwords, for messages."""
    return mask_passwords(url)
