"""A worker says it is alive and ready where a probe can see it without importing the app.

- **Heartbeat file** (``WIRELENS_HEARTBEAT_FILE``): touched every ``WIRELENS_HEARTBEAT_INTERVAL`` seconds from
  the worker's own timer, which runs in the main process's event loop: a worker whose loop is stuck stops
  touching it. (So does one waiting to reconnect to the broker: the loop runs only while connected.)
- **Ready file** (``WIRELENS_READY_FILE``): written by a pool process once it has loaded the spaCy model
  (``workers/startup.py``); removed when the worker starts and when it stops.
- **Live workers in Redis** (``wirelens:meta:workers``, node name -> time of the last beat): for the
  exporter's ``wirelens_workers_alive``, without a broadcast ping. Written from a thread of its own, so a slow
  Redis never holds the event loop.

``python -m workers.healthcheck`` reads the files (see there).
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path
from typing import Any

import redis
import structlog
from celery import bootsteps

from config.settings import Settings, get_settings
from workers.connections import shared_client
from workers.keys import Keys

log = structlog.get_logger(__name__)
FORGET_AFTER = 86_400.0  # seconds: a worker that stopped beating this long ago leaves the Redis set


def touch(path: Path) -> None:
    """Create ``path`` or set its modification time to now; a failure is logged, never raised."""
    try:
        path.touch()
    except OSError as exc:
        log.warning("health_file_not_written", path=str(path), error=str(exc))


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def mark_ready(settings: Settings) -> None:
    """The model is loaded in this process: the worker can take work (called after the warm-up)."""
    touch(settings.ready_file)


class Beacon(threading.Thread):
    """Every ``interval`` seconds, this worker's beat in Redis; on stop, its entry is removed."""

    def __init__(self, client: redis.Redis, settings: Settings, node: str) -> None:
        super().__init__(name="wirelens-beacon", daemon=True)
        self.client, self.key, self.node = client, Keys(settings).workers, node
        self.interval = settings.heartbeat_interval
        self._stop_event = threading.Event()

    def beat(self) -> None:
        now = time.time()
        pipe = self.client.pipeline(transaction=False)
        pipe.zadd(self.key, {self.node: now})
        pipe.zremrangebyscore(self.key, "-inf", now - FORGET_AFTER)
        pipe.execute()

    def run(self) -> None:
        failing = False
        while not self._stop_event.is_set():
            try:
                self.beat()
                failing = False
            except redis.RedisError as exc:  # told once per outage; the next beat tries again
                if not failing:
                    log.warning("worker_beacon_failed", error=str(exc))
                failing = True
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        with contextlib.suppress(redis.RedisError):
            self.client.zrem(self.key, self.node)


class Heartbeat(bootsteps.StartStopStep):  # type: ignore[misc]
    """Worker bootstep: the heartbeat file from the worker's timer, the ready file cleared, the beacon."""

    requires = ("celery.worker.components:Timer",)

    def __init__(self, worker: Any, **kwargs: Any) -> None:
        super().__init__(worker, **kwargs)
        self.settings = get_settings()
        # Before the pool forks (its processes write the ready file once their model is loaded): a file
        # left by an earlier run of this container must not say ready.
        remove(self.settings.ready_file)
        remove(self.settings.heartbeat_file)
        self.timer_entry: Any = None
        self.beacon: Beacon | None = None

    def start(self, worker: Any) -> None:
        path = self.settings.heartbeat_file
        touch(path)
        self.timer_entry = worker.timer.call_repeatedly(self.settings.heartbeat_interval, touch, (path,))
        self.beacon = Beacon(shared_client(self.settings.redis), self.settings, worker.hostname)
        self.beacon.start()

    def stop(self, worker: Any) -> None:
        if self.timer_entry is not None:
            self.timer_entry.cancel()
        remove(self.settings.ready_file)
        if self.beacon is not None:
            self.beacon.stop()
