"""Our own formats: a plain-text article, a JSON article (or list of them) and JSON Lines.

These carry our field names already, so items pass through unchanged; only the document structure is
checked. The rules match ``workers.inputs`` (which reads by suffix) so either path yields the same dicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from workers.formats.items import ParsedItem, item_origin, type_name

# A first line ending like this is a sentence, a dateline ("LONDON (AP) —") or a label, not a headline.
_NOT_HEADLINE_ENDINGS = (".", ",", ";", ":", "—", "–", "-", '."', ".\u201d", ".'", ".\u2019")
HEADLINE_MAX_WORDS = 20


def text_article(text: str) -> dict[str, Any]:
    """A plain-text article: a first line followed by a blank line is the headline; so is a first line that
    reads as one (short, not ended like a sentence, no byline) directly above a body paragraph, the way text
    is pasted from a web page. Otherwise all is body."""
    lines = text.lstrip("\ufeff").split("\n")
    if len(lines) > 2 and lines[0].strip() and not lines[1].strip():
        return {"headline": lines[0].strip(), "body": "\n".join(lines[2:]).strip("\n")}
    if len(lines) > 1 and _reads_as_headline(lines[0], lines[1]):
        return {"headline": lines[0].strip(), "body": "\n".join(lines[1:]).strip("\n")}
    return {"body": text.lstrip("\ufeff").strip("\n")}


def _reads_as_headline(first: str, second: str) -> bool:
    """A short unpunctuated line above a line that ends a sentence: the usual pasted headline and lede."""
    first, second = first.strip(), second.strip()
    words = first.split()
    return (
        2 <= len(words) <= HEADLINE_MAX_WORDS
        and not first.endswith(_NOT_HEADLINE_ENDINGS)
        and words[0].lower() != "by"
        and len(second.split()) > len(words)
        and second.endswith((".", "!", "?", '"', "\u201d", "'", "\u2019"))
    )


def parse_text(text: str, origin: str) -> list[ParsedItem]:
    """One plain-text article."""
    return [ParsedItem(origin, data=text_article(text))]


def parse_json(text: str, origin: str) -> list[ParsedItem]:
    """A JSON article object, or a list of them (each item's origin is ``origin[i]``)."""
    try:
        value = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        return [ParsedItem(origin, error=f"json: invalid JSON: {exc.msg} at {where}")]
    except RecursionError:
        return [ParsedItem(origin, error="json: invalid JSON: nested too deeply")]
    values = value if isinstance(value, list) else [value]
    if not values:
        return [ParsedItem(origin, error="json: empty list, no articles")]
    return [_as_article(v, item_origin(origin, i, len(values)), "json") for i, v in enumerate(values, 1)]


def parse_jsonl(text: str, origin: str) -> list[ParsedItem]:
    """One article object per non-blank line (origin ``origin:line``); a bad line does not stop the rest."""
    items = [
        ParsedItem(where, error=f"jsonl: {error}") if error else _as_article(value, where, "jsonl")
        for where, value, error in json_lines(text, origin)
    ]
    return items or [ParsedItem(origin, error="jsonl: no lines, no articles")]


def json_lines(text: str, origin: str) -> Iterator[tuple[str, Any, str | None]]:
    """``(origin:line, value, error)`` for each non-blank line of a JSON Lines document."""
    for n, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{origin}:{n}", None, f"invalid JSON: {exc.msg} at column {exc.colno}"
        except RecursionError:  # this line only: the others are read
            yield f"{origin}:{n}", None, "invalid JSON: nested too deeply"
        else:
            yield f"{origin}:{n}", value, None


def _as_article(value: Any, origin: str, fmt: str) -> ParsedItem:
    if not isinstance(value, dict):
        return ParsedItem(origin, error=f"{fmt}: expected a JSON object, got {type_name(value)}")
    return ParsedItem(origin, data=value)
