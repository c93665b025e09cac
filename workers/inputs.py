"""Reading articles from files, directories and stdin: ``.txt``, ``.json`` and ``.jsonl``.

Reading never stops at a bad article: each item is either an article dict or an error naming where it came
from and what is wrong, for the producer to reject with that reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson")


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before validation."""

    origin: str  # "path", "path:line" or "<stdin>:line"
    data: dict[str, Any] | None = None
    error: str | None = None


def text_article(text: str) -> dict[str, Any]:
    """A ``.txt`` article: a first line followed by a blank line is the headline, else all is body."""
    lines = text.split("\n")
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        return {"headline": lines[0].strip(), "body": "\n".join(lines[2:]).strip("\n")}
    return {"body": text.strip("\n")}


def _json_items(text: str, origin: str, *, lines: bool) -> Iterator[RawArticle]:
    if not lines:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield RawArticle(origin, error=f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
            return
        values = value if isinstance(value, list) else [value]
        for i, v in enumerate(values, 1):
            where = origin if len(values) == 1 else f"{origin}[{i}]"
            yield _as_article(v, where)
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawArticle(f"{origin}:{n}", error=f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _as_article(value, f"{origin}:{n}")


def _as_article(value: Any, origin: str) -> RawArticle:
    if not isinstance(value, dict):
        return RawArticle(origin, error=f"article: expected a JSON object, got {type(value).__name__}")
    return RawArticle(origin, data=value)


def read_file(path: Path) -> Iterator[RawArticle]:
    """Articles in one file, by suffix (``.jsonl``/``.ndjson``: one per line)."""
    origin = str(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield RawArticle(origin, error=f"file: not valid UTF-8 (byte {exc.start})")
        return
    except OSError as exc:
        yield RawArticle(origin, error=f"file: cannot read ({exc.strerror})")
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _json_items(text, origin, lines=True)
    elif suffix == ".json":
        yield from _json_items(text, origin, lines=False)
    else:
        yield RawArticle(origin, data=text_article(text))


def read_stream(stream: TextIO, origin: str = "<stdin>") -> Iterator[RawArticle]:
    """Articles from a stream: JSON Lines when it starts with ``{``, else one plain-text article."""
    text = stream.read()
    if text.lstrip().startswith("{"):
        yield from _json_items(text, origin, lines=True)
    elif text.strip():
        yield RawArticle(origin, data=text_article(text))


def read_articles(paths: Iterable[str | Path], *, stdin: TextIO | None = None) -> Iterator[RawArticle]:
    """Every article under ``paths``: files, directories (recursively, sorted) and ``-`` for stdin."""
    for p in paths:
        if str(p) == "-":
            yield from read_stream(stdin or sys.stdin)
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield from read_file(f)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield RawArticle(str(path), error="path: no such file or directory")
