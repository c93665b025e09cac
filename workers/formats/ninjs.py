"""IPTC ninjs (News in JSON) to article dicts: 1.x snake_case, 2.x arrays, 3.x camelCase.

One reader covers all three because their names do not collide: 1.x has ``headline``/``body_text``/
``body_html``/``byline``; 2.x moved to ``headlines``/``bodies`` arrays of ``{role, contenttype, value}``
and ``by``; 3.0 kept that shape in camelCase (``contentType``, ``versionCreated``, ``copyrightHolder``).
The fields we read are type-checked as the published JSON Schemas declare them, so a malformed
document is reported (``ninjs: bodies[0]: expected an object, got number``) instead of half-read;
fields we do not read are not validated.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from workers.formats.html import html_to_text
from workers.formats.items import (
    ParsedItem,
    article,
    clean_line,
    concept,
    concepts,
    first,
    iso_datetime,
    item_origin,
    plain_text,
    positive_int,
    qcode_concept,
    type_name,
    urgency,
    uri_concept,
)
from workers.formats.plain import json_lines

STRING_FIELDS = (
    "uri", "guid", "type", "headline", "body_text", "body_html", "body_xhtml", "byline", "by", "located",
    "language", "copyrightholder", "copyrightHolder", "source", "versioncreated", "versionCreated",
    "firstcreated", "firstCreated", "contentcreated", "contentCreated",
)  # fmt: skip
TEXT_ARRAYS = ("headlines", "bodies")
MAIN_ROLES = (None, "", "main", "body", "headline")
PLAIN = "text/plain"


class NinjsError(ValueError):
    """A field we read does not have the type the ninjs schema gives it; the message names the field."""


def parse_ninjs(text: str, origin: str) -> list[ParsedItem]:
    """Articles from a ninjs document: one object, a JSON list of objects, or JSON Lines of objects."""
    text = text.lstrip("\ufeff")
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        if _json_lines(text) or (isinstance(exc, RecursionError) and len(text.splitlines()) > 1):
            return [
                ParsedItem(where, error=f"ninjs: {error}") if error else ninjs_item(v, where)
                for where, v, error in json_lines(text, origin)
            ]
        if isinstance(exc, RecursionError):
            return [ParsedItem(origin, error="ninjs: invalid JSON: nested too deeply")]
        where = f"line {exc.lineno} column {exc.colno}"
        return [ParsedItem(origin, error=f"ninjs: invalid JSON: {exc.msg} at {where}")]
    values = value if isinstance(value, list) else [value]
    if not values:
        return [ParsedItem(origin, error="ninjs: empty list, no items")]
    return [ninjs_item(v, item_origin(origin, i, len(values))) for i, v in enumerate(values, 1)]


def ninjs_item(value: Any, origin: str) -> ParsedItem:
    """One ninjs object as a parsed item: an article dict, or the error that prevents one."""
    if not isinstance(value, dict):
        return ParsedItem(origin, error=f"ninjs: expected an object, got {type_name(value)}")
    try:
        data = ninjs_article(value)
    except NinjsError as exc:
        return ParsedItem(origin, error=f"ninjs: {exc}")
    if "body" not in data:
        kind = value.get("type") or "text"
        return ParsedItem(origin, error=f"ninjs: no text body (body_text, body_html or bodies; type {kind})")
    return ParsedItem(origin, data=data)


def ninjs_article(obj: Mapping[str, Any]) -> dict[str, Any]:
    """Our article fields from one ninjs object of any version.

    Raises:
        NinjsError: when a field we read has the wrong type.
    """
    _check_types(obj)
    return article(
        id=first(obj, "uri", "guid"),
        version=positive_int(obj.get("version")),
        headline=_headline(obj),
        body=_body(obj),
        byline=_byline(obj),
        dateline=clean_line(obj.get("located")),
        urgency=urgency(obj.get("urgency")),
        published_at=iso_datetime(
            first(obj, "versioncreated", "versionCreated", "firstcreated", "firstCreated")
        ),
        language=clean_line(obj.get("language")),
        source=clean_line(first(obj, "copyrightholder", "copyrightHolder", "source")) or _info_source(obj),
        # Provider metadata: invalid values are passed on for Article validation to drop with a note.
        subjects=concepts(first(obj, "subjects", "subject"), _concept),
        genres=concepts(first(obj, "genres", "genre"), _concept),
        keywords=obj.get("keywords"),
        located=obj.get("located"),
        embargoed=obj.get("embargoed"),
        version_created=first(obj, "versioncreated", "versionCreated"),
    )


def _concept(entry: Mapping[str, Any]) -> dict[str, Any] | None:
    """A subject or genre of any ninjs version: 1.x ``{name, scheme, code}``, 2.x/3.x ``{name, uri,
    literal}`` (the URI gives scheme and code; else a qcode-like literal, ``medtop:20000002``, is split)."""
    name = entry.get("name")
    if entry.get("code") is not None or entry.get("scheme") is not None:
        return concept(entry.get("code"), entry.get("scheme"), name)
    uri, literal = entry.get("uri"), entry.get("literal")
    if isinstance(uri, str) and uri.strip():
        return uri_concept(uri, name)
    if isinstance(literal, str) and ":" in literal and "/" not in literal:
        return qcode_concept(literal, name)
    return concept(literal, None, name)


def _check_types(obj: Mapping[str, Any]) -> None:
    for key in STRING_FIELDS:
        _expect(obj.get(key), str, key)
    if obj.get("version") is not None and (
        isinstance(obj["version"], bool) or not isinstance(obj["version"], str | int)
    ):
        raise NinjsError(f"version: expected a string, got {type_name(obj['version'])}")
    for key in TEXT_ARRAYS:
        for i, part in enumerate(_expect(obj.get(key), list, key) or []):
            where = f"{key}[{i}]"
            _expect(part, dict, where, required=True)
            _expect(part.get("value"), str, f"{where}.value", required=True)
            for name in ("role", "contenttype", "contentType"):
                _expect(part.get(name), str, f"{where}.{name}")


def _expect(value: Any, kind: type, where: str, *, required: bool = False) -> Any:
    names: dict[type, str] = {str: "a string", list: "an array", dict: "an object"}
    if (value is None and required) or (value is not None and not isinstance(value, kind)):
        raise NinjsError(f"{where}: expected {names.get(kind, kind.__name__)}, got {type_name(value)}")
    return value


def _content_type(part: Mapping[str, Any]) -> str:
    return str(first(part, "contenttype", "contentType") or "").split(";")[0].strip().lower()


def _part_text(part: Mapping[str, Any]) -> str:
    """Text of one ``{role, contenttype, value}`` part: plain text as is, markup converted."""
    value = str(part["value"])
    ctype = _content_type(part)
    if ctype == PLAIN or (not ctype and "<" not in value):
        return plain_text(value)
    return html_to_text(value)


def _pick(parts: list[Mapping[str, Any]], *, role_first: bool = False) -> Mapping[str, Any] | None:
    """The part to read: plain text before markup and main roles before others (which counts more
    depends on ``role_first``), then document order."""

    def rank(i: int) -> tuple[bool, bool, int]:
        markup = _content_type(parts[i]) != PLAIN
        secondary = parts[i].get("role") not in MAIN_ROLES
        return (secondary, markup, i) if role_first else (markup, secondary, i)

    return parts[min(range(len(parts)), key=rank)] if parts else None


def _headline(obj: Mapping[str, Any]) -> str | None:
    if obj.get("headline"):
        return clean_line(obj["headline"])
    part = _pick(obj.get("headlines") or [], role_first=True)
    return clean_line(_part_text(part).replace("\n", " ")) if part else None


def _body(obj: Mapping[str, Any]) -> str | None:
    if isinstance(obj.get("body_text"), str) and obj["body_text"].strip():
        return plain_text(obj["body_text"])
    part = _pick([p for p in obj.get("bodies") or [] if p["value"].strip()])
    if part:
        return _part_text(part) or None
    html = first(obj, "body_html", "body_xhtml")
    return html_to_text(html) or None if html else None


def _byline(obj: Mapping[str, Any]) -> str | None:
    single = clean_line(first(obj, "byline", "by"))
    if single:
        return single
    names: list[str] = []
    for entry in obj.get("bylines") or []:  # a later-version / provider extension: strings or objects
        name = clean_line(first(entry, "byline", "name") if isinstance(entry, dict) else entry)
        if name:
            names.append(name)
    return ", ".join(names) or None


def _info_source(obj: Mapping[str, Any]) -> str | None:
    sources = first(obj, "infosources", "infoSources")
    if isinstance(sources, list) and sources and isinstance(sources[0], dict):
        return clean_line(sources[0].get("name"))
    return None


def _json_lines(text: str) -> bool:
    """Whether text that is not one JSON document is JSON Lines: several lines, the first an object."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (json.JSONDecodeError, RecursionError):
        return False
