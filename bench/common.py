"""Helpers shared by the bench scripts."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def progress(label: str, total: int, items: Iterable[T], *, every: int = 100) -> Iterator[T]:
    """Yield ``items`` unchanged, reporting ``label i/total (rate/s)`` on stderr every ``every`` items."""
    t0 = time.perf_counter()
    for i, item in enumerate(items, 1):
        if i % every == 0 or i == total:
            rate = i / max(time.perf_counter() - t0, 1e-9)
            print(f"\r{label} {i}/{total} ({rate:.1f}/s)", end="", file=sys.stderr, flush=True)
        yield item
    print(file=sys.stderr)
