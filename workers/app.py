"""The Celery app: ``celery -A workers.app worker`` finds it here."""

from __future__ import annotations

from celery import Celery

from config.settings import SentinelURL
from workers.heartbeat import Heartbeat
from workers.transport import install as install_transport

app = Celery("wirelens", include=["workers.stage_tasks", "workers.publish_task", "workers.analyse_task"])
app.config_from_object("config.celery")
# Celery's consumer, except that losing Redis mid-batch cannot end the worker (see workers/consumer.py).
app.conf.worker_consumer = "workers.consumer:ResilientConsumer"
# kombu's Redis transport, except that a malformed queue item or a full Redis cannot end the worker
# (see workers/transport.py).
install_transport()
# The heartbeat and ready files a probe reads without importing the app (see workers/heartbeat.py).
app.steps["worker"].add(Heartbeat)

# Signal handlers (logging, model loading after fork, per-task log context) connect on import.
import workers.startup  # noqa: E402, F401


def use_broker(url: str) -> Celery:
    """Point this process's producer side at another broker (``wirelens run``, tests, benchmarks).

    ``url`` is a Redis URL as ``WIRELENS_REDIS_URL`` takes it (``sentinel://`` included) or another broker's.
    Celery caches its connection and producer pools; they are dropped so the next send uses ``url``.
    """
    # Drop, do not close: kombu's global producer pools keep serving other apps bound to the same URL.
    app._pool = None
    app.amqp._producer_pool = None
    sentinel = SentinelURL.parse(url)
    app.conf.broker_url = SentinelURL.broker_for(url)
    options = dict(app.conf.broker_transport_options or {})
    options.pop("master_name", None)
    if sentinel:
        options["master_name"] = sentinel.master
    app.conf.broker_transport_options = options
    return app
