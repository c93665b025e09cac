"""RSS (0.9x, 1.0, 2.0) and Atom feeds to article dicts, one per entry, through feedparser.

The feed is first parsed with the safe lxml parser, so a truncated feed is reported rather than half-read,
and feedparser gets that tree re-serialised: no DOCTYPE, no entity references, UTF-8 bytes as a stream
(so it never takes the text for a URL or a file name). Entry body: ``content`` (RSS ``content:encoded``,
Atom ``content``), else ``summary``/``description``; an entry without one is reported, the others read.
"""

from __future__ import annotations

import io
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import feedparser
from lxml import etree

from workers.formats.html import html_to_text
from workers.formats.items import ParsedItem, article, clean_line, concept, item_origin, plain_text
from workers.formats.xmltree import XMLError, inline_entities, parse_xml

HEADERS = {"content-type": "application/xml; charset=utf-8"}


def parse_feed(text: str, origin: str) -> list[ParsedItem]:
    """Articles from an RSS or Atom feed, one per entry."""
    try:
        root = parse_xml(text)
    except XMLError as exc:
        return [ParsedItem(origin, error=f"feed: not well-formed XML: {exc}")]
    clean = etree.tostring(inline_entities(root), encoding="utf-8")  # no DOCTYPE, no entity references
    parsed = feedparser.parse(io.BytesIO(clean), response_headers=HEADERS)
    entries: list[Mapping[str, Any]] = list(parsed.entries)
    if not entries:
        return [ParsedItem(origin, error="feed: no items or entries")]
    feed: Mapping[str, Any] = parsed.feed
    n = len(entries)
    return [feed_item(entry, feed, item_origin(origin, i, n), index=i) for i, entry in enumerate(entries, 1)]


def feed_item(entry: Mapping[str, Any], feed: Mapping[str, Any], origin: str, *, index: int) -> ParsedItem:
    """One feed entry as a parsed item: an article dict, or the error that prevents one."""
    body, body_lang = _body(entry)
    if not body:
        return ParsedItem(origin, error=f"feed: item {index}: no content, summary or description")
    author = entry.get("author_detail") or {}
    return ParsedItem(
        origin,
        data=article(
            id=entry.get("id") or entry.get("link"),
            headline=_text(entry.get("title_detail"), one_line=True),
            body=body,
            byline=clean_line(author.get("name")) or clean_line(entry.get("author")),
            published_at=_datetime(entry.get("published_parsed") or entry.get("updated_parsed")),
            url=_web_link(entry.get("link")),
            language=clean_line(body_lang) or clean_line(feed.get("language")),
            source=_text(feed.get("title_detail"), one_line=True),
            subjects=[c for c in (_category(t) for t in _tags(entry) if t.get("scheme")) if c] or None,
            keywords=[k for k in (_label(t) for t in _tags(entry) if not t.get("scheme")) if k] or None,
            # dict.get: feedparser's own get() answers for a missing `updated` with `published`.
            version_created=_datetime(dict.get(entry, "updated_parsed")) if isinstance(entry, dict) else None,
        ),
    )


def _tags(entry: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The entry's categories (RSS ``category``, ``dc:subject``, Atom ``category``) as feedparser reads them:
    ``{term, scheme, label}``; the scheme is RSS's ``domain``."""
    return [t for t in entry.get("tags") or [] if isinstance(t, Mapping)]


def _label(tag: Mapping[str, Any]) -> str | None:
    return clean_line(tag.get("label")) or clean_line(tag.get("term"))


def _category(tag: Mapping[str, Any]) -> dict[str, Any] | None:
    """A category with a scheme is a subject: the term its code, the label (Atom) its name."""
    return concept(clean_line(tag.get("term")), clean_line(tag.get("scheme")), clean_line(tag.get("label")))


def _body(entry: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """Text and language of the entry's content, else its summary."""
    for detail in [*(entry.get("content") or []), entry.get("summary_detail")]:
        text = _text(detail)
        if text:
            return text, detail.get("language")
    return None, None


def _text(detail: Mapping[str, Any] | None, *, one_line: bool = False) -> str | None:
    """Clean text of a feedparser text construct (``{type, value, language}``)."""
    if not detail or not isinstance(detail.get("value"), str):
        return None
    value: str = detail["value"]
    text = html_to_text(value) if "html" in str(detail.get("type") or "") else plain_text(value)
    return clean_line(text) if one_line else text or None


def _web_link(link: Any) -> str | None:
    """The entry's link when it is a web address (an RSS ``guid`` taken as permalink may be a URN)."""
    url = clean_line(link)
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _datetime(parsed: time.struct_time | None) -> str | None:
    """ISO 8601 (UTC) from feedparser's normalised date; feeds' own date strings vary too much to pass on."""
    if parsed is None:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).isoformat()
