"""Helpers shared by the bench scripts."""

from __future__ import annotations

import hashlib
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


def half_of(row_id: str) -> str:
    """The dev half ("even" or "odd") a row or article belongs to: the parity of the SHA-1 of its id. Every
    bench script splits by this, so a half studied in one is the same half in the others."""
    return "even" if int(hashlib.sha1(row_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "odd"
