"""Worker start-up: our logging instead of Celery's, the model loaded once per process after fork, every
log line of a task bound to its article, task and stage, the ledger told of each stage, and the sweeper."""

from __future__ import annotations

import os
from typing import Any

import redis
import structlog
from celery.signals import (
    setup_logging,
    task_postrun,
    task_prerun,
    worker_process_init,
    worker_ready,
    worker_shutdown,
)

from config.logging import configure_logging
from config.settings import get_settings
from tasks.nlp import get_nlp
from workers.connections import bookkeeping_client, shared_client
from workers.heartbeat import mark_ready
from workers.ledger import Ledger
from workers.message import article_key, logged_id, task_items
from workers.persistence import persistence_warning

_sweeper: Any = None


@setup_logging.connect
def _logging(**_: Any) -> None:
    s = get_settings()
    configure_logging(s.log_level, s.log_format)


@worker_process_init.connect
def _load_model(**_: Any) -> None:
    # After fork, in each pool process: the parent never loads the model (fork and BLAS threads don't mix).
    s = get_settings()
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(pid=os.getpid())
    from tasks.analysis import warm_up

    warm_up(get_nlp(s.model, s.fallback_model), s)
    mark_ready(s)  # readiness: this process can take work now


@worker_ready.connect
def _start_sweeper(sender: Any = None, **_: Any) -> None:
    global _sweeper
    from workers.sweeper import SweeperThread

    s = get_settings()
    client = shared_client(s.redis)
    try:
        if warning := persistence_warning(client):
            structlog.get_logger().warning("redis_not_persistent", warning=warning)
    except redis.RedisError as exc:  # never a reason not to start
        structlog.get_logger().warning("redis_persistence_unknown", error=str(exc))
    _sweeper = SweeperThread(sender.app, client, s, interval=s.sweep_interval)
    _sweeper.start()


@worker_shutdown.connect
def _stop_sweeper(**_: Any) -> None:
    if _sweeper is not None:
        _sweeper.stop()


# The fused task begins with the parse: for the ledger it is the parse stage, which counts an attempt.
LEDGER_STAGE = {"analyse": "parse"}


@task_prerun.connect
def _bind_task(task_id: str | None = None, task: Any = None, args: Any = None, **_: Any) -> None:
    name = getattr(task, "name", "?")
    stage = name.removeprefix("wirelens.")
    items = task_items(name, args)  # a fused batch: every article in it starts its parse
    article_id = logged_id(items[0]) if len(items) == 1 else None
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(
        pid=os.getpid(), task_id=task_id, stage=stage, article_id=article_id
    )
    _progress([key for got in items if (key := article_key(got)) is not None], LEDGER_STAGE.get(stage, stage))


def _progress(articles: list[tuple[str, int]], stage: str) -> None:
    """Tell the ledger each article (id, version) reached ``stage``."""
    ledger: Ledger | None = None
    for article_id, version in articles:
        if ledger is None:
            s = get_settings()
            ledger = Ledger(bookkeeping_client(s.redis, os.getpid()), s)
        try:
            ledger.progress(article_id, version, stage)
        except (redis.RedisError, ValueError) as exc:  # bookkeeping: never fail the article for it
            structlog.get_logger().warning("ledger_progress_failed", error=repr(exc))


@task_postrun.connect
def _unbind_task(**_: Any) -> None:
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(pid=os.getpid())
