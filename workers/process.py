"""Start and stop a Celery worker as a separate process (``wirelens run`` and the tests use it)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from config.settings import STAGES, Settings


class WorkerProcess:
    """A real ``celery -A workers.app worker`` process consuming every stage queue.

    Args:
        redis_url: Broker and streams.
        settings: Queue names.
        concurrency: Pool processes.
        log_path: Where the worker's JSON log lines go; a temporary file when None.
        env: Extra environment variables (``WIRELENS_*`` settings) for the worker.
        name: Celery node name.
    """

    def __init__(
        self,
        redis_url: str,
        settings: Settings,
        *,
        concurrency: int = 1,
        log_path: Path | None = None,
        env: dict[str, str] | None = None,
        name: str | None = None,
        queues: list[str] | None = None,
    ) -> None:
        self.redis_url, self.settings, self.concurrency = redis_url, settings, concurrency
        self.log_path = log_path or Path(tempfile.mkstemp(prefix="wirelens-worker-", suffix=".log")[1])
        self.extra_env = env or {}
        self.name = name or f"wirelens-{os.getpid()}-{int(time.time() * 1000) % 100000}@%h"
        self.queues = queues or [settings.queue(s) for s in reversed(STAGES)]  # last stage first
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            "WIRELENS_REDIS_URL": self.redis_url,
            **({"WIRELENS_BROKER": self.settings.broker} if self.settings.broker else {}),
            "WIRELENS_QUEUE_PREFIX": self.settings.queue_prefix,
            "WIRELENS_LOG_FORMAT": "json",
            **self.extra_env,
        }
        args = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workers.app",
            "worker",
            "--concurrency",
            str(self.concurrency),
            "--queues",
            ",".join(self.queues),
            "--hostname",
            self.name,
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
        ]
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        return self

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, timeout: float = 30.0) -> int | None:
        """Warm shutdown (SIGTERM: finish the current task), then SIGKILL if it does not end in time."""
        if not self.process:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        return self.process.returncode

    def __enter__(self) -> WorkerProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
