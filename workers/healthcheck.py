"""``python -m workers.healthcheck [--ready] [--max-age SECONDS]``: is the worker on this host alive (ready)?

Exit 0 when the heartbeat file (``WIRELENS_HEARTBEAT_FILE``) was touched within ``--max-age`` seconds (default
60) and, with ``--ready``, the ready file (``WIRELENS_READY_FILE``) exists too: a pool process has loaded the
model. Exit 1 otherwise, with the reason on stderr. For Docker's ``HEALTHCHECK`` and Kubernetes probes, which
run it every few seconds: it imports nothing but the standard library and ``config.health`` (no Celery, spaCy,
pydantic or the app), so it reads the two variables itself rather than through ``config.settings``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from config.health import HEARTBEAT_ENV, HEARTBEAT_FILE, MAX_AGE, READY_ENV, READY_FILE


def problem(heartbeat: Path, ready: Path | None, *, max_age: float, now: float | None = None) -> str | None:
    """Why the worker is not alive (or, with ``ready``, not ready); None when it is."""
    try:
        age = (time.time() if now is None else now) - heartbeat.stat().st_mtime
    except OSError:
        return f"no heartbeat: {heartbeat} does not exist (worker not started, or not started yet)"
    if age > max_age:
        return f"heartbeat stale: {heartbeat} last touched {age:.0f}s ago (more than {max_age:g}s)"
    if ready is not None and not ready.exists():
        return f"not ready: {ready} does not exist (the model is not loaded yet)"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workers.healthcheck", description="Is the worker on this host alive (ready)?"
    )
    parser.add_argument("--ready", action="store_true", help="also require the model to be loaded")
    parser.add_argument(
        "--max-age",
        type=float,
        default=MAX_AGE,
        help=f"seconds a heartbeat stays fresh (default {MAX_AGE:g})",
    )
    args = parser.parse_args(argv)
    heartbeat = Path(os.environ.get(HEARTBEAT_ENV) or HEARTBEAT_FILE)
    ready = Path(os.environ.get(READY_ENV) or READY_FILE) if args.ready else None
    reason = problem(heartbeat, ready, max_age=args.max_age)
    if reason is not None:
        print(f"unhealthy: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
