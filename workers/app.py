"""The Celery app: ``celery -A workers.app worker`` finds it here."""

from __future__ import annotations

from celery import Celery

app = Celery("wirelens", include=["tasks.jobs", "workers.publish_task", "workers.analyse_task"])
app.config_from_object("config.celery")
# Celery's consumer, except that losing Redis mid-batch cannot end the worker (see workers/consumer.py).
app.conf.worker_consumer = "workers.consumer:ResilientConsumer"

# Signal handlers (logging, model loading after fork, per-task log context) connect on import.
import workers.startup  # noqa: E402, F401


def use_broker(url: str) -> Celery:
    """Point this process's producer side at another broker (``wirelens run``, tests, benchmarks).

    Celery caches its connection and producer pools; they are dropped so the next send uses ``url``.
    """
    # Drop, do not close: kombu's global producer pools keep serving other apps bound to the same URL.
    app._pool = None
    app.amqp._producer_pool = None
    app.conf.broker_url = url
    return app
