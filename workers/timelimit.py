"""The workers' time limits for analyses run in this process (``wirelens analyse``).

A worker stops a task at ``WIRELENS_TASK_SOFT_TIME_LIMIT`` (the article gets a ``failed`` record, the worker
goes on) and kills its process at ``WIRELENS_TASK_TIME_LIMIT``. ``article_time_limit`` does the same in the
main thread of a plain process: at the soft limit ``TimeLimitExceeded`` is raised where the analysis is (a
signal, delivered between Python steps), and should the analysis not return to Python by the hard limit
(a parse stuck inside compiled code) the process reports it and exits with ``HARD_LIMIT_EXIT``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

HARD_LIMIT_EXIT = 2

# The soft-limit signal comes again this often until the block ends: raised where Python swallows
# exceptions (a finaliser run by the garbage collector, "Exception ignored in ..."), the first one is lost.
SOFT_LIMIT_REPEAT = 0.5


class TimeLimitExceeded(Exception):
    """The analysis of one article ran past the soft time limit."""


@contextmanager
def article_time_limit(soft: float, hard: float, *, what: str) -> Iterator[None]:
    """Run the block under the soft and hard limits (seconds; 0 or less: none). Main thread only."""
    if soft <= 0 and hard <= 0:
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"time limit exceeded ({soft:g} s)")

    def on_hard_limit() -> None:
        with contextlib.suppress(OSError, ValueError):  # the records already written must reach the reader
            sys.stdout.flush()
        sys.stderr.write(f"error: {what} ran past the hard time limit ({hard:g} s); stopping\n")
        sys.stderr.flush()
        os._exit(HARD_LIMIT_EXIT)

    previous = signal.signal(signal.SIGALRM, on_alarm) if soft > 0 else None
    if soft > 0:
        signal.setitimer(signal.ITIMER_REAL, soft, SOFT_LIMIT_REPEAT)
    killer = threading.Timer(hard, on_hard_limit) if hard > 0 else None
    if killer is not None:
        killer.daemon = True
        killer.start()
    try:
        yield
    finally:
        if soft > 0:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        if killer is not None:
            killer.cancel()
