"""The Celery app: ``celery -A workers.app worker`` finds it here."""

from __future__ import annotations

from celery import Celery

app = Celery("wirelens", include=["tasks.jobs", "workers.publish_task"])
app.config_from_object("config.celery")

# Signal handlers (logging, model loading after fork, per-task log context) connect on import.
import workers.startup  # noqa: E402, F401
