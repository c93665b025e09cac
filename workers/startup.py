"""Worker start-up: our logging instead of Celery's, the model loaded once per process after fork,
and every log line of a task bound to its article, task and stage."""

from __future__ import annotations

import os
from typing import Any

import structlog
from celery.signals import setup_logging, task_postrun, task_prerun, worker_process_init

from config.logging import configure_logging
from config.settings import get_settings
from tasks.nlp import get_nlp


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
    get_nlp(s.model, s.fallback_model)


def _article_id(args: tuple[Any, ...] | list[Any] | None) -> str | None:
    if not args or not isinstance(args[0], dict):
        return None
    first = args[0]
    article = first.get("article", first)
    value = article.get("id") if isinstance(article, dict) else None
    return str(value) if value else None


@task_prerun.connect
def _bind_task(task_id: str | None = None, task: Any = None, args: Any = None, **_: Any) -> None:
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(
        pid=os.getpid(),
        task_id=task_id,
        stage=getattr(task, "name", "?").removeprefix("wirelens."),
        article_id=_article_id(args),
    )


@task_postrun.connect
def _unbind_task(**_: Any) -> None:
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(pid=os.getpid())
