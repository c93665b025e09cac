"""Defaults of the worker's health files, in a module that imports nothing: ``python -m workers.healthcheck``
reads them without loading pydantic, Celery or spaCy (``config.settings`` builds its fields from them)."""

from __future__ import annotations

HEARTBEAT_FILE = "/tmp/wirelens-worker.heartbeat"
READY_FILE = "/tmp/wirelens-worker.ready"
HEARTBEAT_ENV = "WIRELENS_HEARTBEAT_FILE"
READY_ENV = "WIRELENS_READY_FILE"
MAX_AGE = 60.0  # seconds: a heartbeat older than this fails the check (six missed beats at the default)
