"""Wire formats: turning one delivered document into article dicts with our ``Article`` field names.

``detect_format`` names the format from the content; ``parse_document`` reads a document of any format
into ``ParsedItem``s, one per article, each either data or an error naming the problem. Parsing never
raises for bad input: a broken document is one error item, a broken item among good ones is one error
item beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from workers.formats.detect import detect_format, is_ninjs
from workers.formats.feeds import parse_feed
from workers.formats.html import html_to_text
from workers.formats.items import ParsedItem
from workers.formats.newsml import parse_newsml
from workers.formats.ninjs import parse_ninjs
from workers.formats.nitf import parse_nitf
from workers.formats.plain import parse_json, parse_jsonl, parse_text, text_article

__all__ = [
    "FORMATS",
    "ParsedItem",
    "detect_format",
    "html_to_text",
    "is_ninjs",
    "parse_document",
    "text_article",
]

FORMATS = ("text", "json", "jsonl", "ninjs", "newsml", "nitf", "feed")

PARSERS: dict[str, Callable[[str, str], list[ParsedItem]]] = {
    "text": parse_text,
    "json": parse_json,
    "jsonl": parse_jsonl,
    "ninjs": parse_ninjs,
    "newsml": parse_newsml,
    "nitf": parse_nitf,
    "feed": parse_feed,
}


def parse_document(text: str, *, fmt: str | None = None, origin: str = "<input>") -> list[ParsedItem]:
    """The articles in one document, in document order.

    Args:
        text: The whole document, decoded.
        fmt: One of ``FORMATS``; ``None`` detects it (``origin``'s suffix as the tie-breaker).
        origin: Where the document came from (a path); items of a several-item document get ``[i]``
            (1-based) or ``:line`` appended.

    Raises:
        ValueError: when ``fmt`` is not one of ``FORMATS`` (a caller's mistake, not bad input).
    """
    if fmt is None:
        fmt = detect_format(text, filename=origin)
    parser = PARSERS.get(fmt)
    if parser is None:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    try:
        return parser(text, origin)
    except Exception as exc:  # last line of defence (deep nesting, a library's own bug): report, go on
        return [ParsedItem(origin, error=f"{fmt}: cannot parse ({type(exc).__name__}: {exc})")]
