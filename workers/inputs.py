"""Reading articles from files, directories and stdin, in any format ``workers.formats`` knows.

The format is detected from the content (``--format`` overrides it). Reading never stops at a bad article:
each item is either an article dict or an error naming where it came from and what is wrong, for the
producer to reject with that reason.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from workers.formats import ParsedItem, parse_document, text_article

RawArticle = ParsedItem
SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".nitf", ".ninjs")

__all__ = ["SUFFIXES", "RawArticle", "read_articles", "read_file", "read_stream", "text_article"]


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


def read_stream(stream: TextIO, origin: str = "<stdin>", *, fmt: str | None = None) -> Iterator[RawArticle]:
    """Articles from a stream (stdin)."""
    text = stream.read()
    if text.strip():
        yield from parse_document(text, fmt=fmt, origin=origin)


def read_articles(
    paths: Iterable[str | Path], *, stdin: TextIO | None = None, fmt: str | None = None
) -> Iterator[RawArticle]:
    """Every article under ``paths``: files, directories (recursively, sorted) and ``-`` for stdin."""
    for p in paths:
        if str(p) == "-":
            yield from read_stream(stdin or sys.stdin, fmt=fmt)
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
