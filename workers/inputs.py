"""Reading articles from files, directories and stdin, in any format ``workers.formats`` knows.

The format is detected from the content (``--format`` overrides it). Reading never stops at a bad article:
each item is either an article dict or an error naming where it came from and what is wrong, for the
producer to reject with that reason.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import queue
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from workers.formats import ParsedItem, is_ninjs, parse_document, text_article

RawArticle = ParsedItem
SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".nitf", ".ninjs")

__all__ = [
    "SUFFIXES",
    "LiveLines",
    "RawArticle",
    "read_articles",
    "read_file",
    "read_stream",
    "text_article",
]


def read_file(path: Path, *, fmt: str | None = None) -> Iterator[RawArticle]:
    """Articles in one file."""
    origin = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield RawArticle(origin, error=f"file: not valid UTF-8 (byte {exc.start})")
        return
    except OSError as exc:
        yield RawArticle(origin, error=f"file: cannot read ({exc.strerror})")
        return
    yield from parse_document(text, fmt=fmt, origin=origin)


class LiveLines:
    """The lines of a stream, read by a background thread as they arrive: ``ready()`` says whether a line is
    waiting, so a producer reading a live pipe (``tail -f wire.jsonl | wirelens enqueue -``) sends what it
    holds instead of waiting for a batch to fill."""

    def __init__(self, stream: TextIO) -> None:
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._thread = threading.Thread(target=self._read, args=(stream,), name="stdin-reader", daemon=True)
        self._thread.start()

    def _read(self, stream: TextIO) -> None:
        try:
            for line in stream:
                self._lines.put(line)
        finally:
            self._lines.put(None)  # end of input (or a read error: what was read still counts)

    def ready(self) -> bool:
        return not self._lines.empty()

    def __iter__(self) -> Iterator[str]:
        while (line := self._lines.get()) is not None:
            yield line


def read_stream(
    stream: TextIO, origin: str = "<stdin>", *, fmt: str | None = None, lines: LiveLines | None = None
) -> Iterator[RawArticle]:
    """Articles from a stream (stdin).

    JSON Lines (``fmt`` jsonl or ninjs, or a first line that is a whole JSON object) are parsed line by line
    as they are read, origin ``<stdin>:N``, so articles from a live pipe go out as they arrive; any other
    format is one document, read to the end first. ``lines`` is the stream already wrapped in ``LiveLines``.
    """
    source: Iterator[str] = iter(lines if lines is not None else stream)
    head: list[str] = []
    for line in source:
        head.append(line)
        if line.strip():
            break
    first = head[-1] if head else ""
    per_line = fmt in ("jsonl", "ninjs") or (fmt is None and _one_object(first))
    if not per_line:
        text = "".join(head) + "".join(source)
        if text.strip():
            yield from parse_document(text, fmt=fmt, origin=origin)
        return
    kind = fmt or ("ninjs" if is_ninjs(json.loads(first)) else "jsonl")
    for n, line in enumerate(itertools.chain(head, source), 1):
        if line.strip():
            # A one-line document: its item's origin is the line ("<stdin>:7", as for a file).
            for item in parse_document(line, fmt=kind, origin=origin):
                yield dataclasses.replace(item, origin=f"{origin}:{n}")


def _one_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, RecursionError):
        return False


def read_articles(
    paths: Iterable[str | Path],
    *,
    stdin: TextIO | None = None,
    fmt: str | None = None,
    live: LiveLines | None = None,
) -> Iterator[RawArticle]:
    """Every article under ``paths``: files, directories (recursively, sorted) and ``-`` for stdin (read
    through ``live`` when given)."""
    for p in paths:
        if str(p) == "-":
            yield from read_stream(stdin or sys.stdin, fmt=fmt, lines=live)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield from read_file(f, fmt=fmt)
        elif path.is_file():
            yield from read_file(path, fmt=fmt)
        else:
            yield RawArticle(str(path), error="path: no such file or directory")
