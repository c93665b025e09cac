"""The result shape shared by every format parser, and the small coercions they all need.

Parsers map provider fields onto ``tasks.models.Article`` names but do not validate the whole article:
the producer does that once, for every format alike. What they do check is what only they can judge
(is this urgency a number 1-9, is this date a date), dropping a value that is not rather than failing
the article over a metadata field. Provider metadata (subjects, keywords, genres, located, embargoed,
version_created) is mapped to our shape and passed on as found: ``Article`` validation drops an invalid
value with a note naming it (``metadata_dropped``), so that the record says what was lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from config.schemes import SCHEME_ALIASES


@dataclass(frozen=True)
class ParsedItem:
    """One article as parsed from a document, before validation: ``data`` or ``error``, never both."""

    origin: str  # "path", "path[2]" (second item of a document) or "path:7" (line 7 of JSON Lines)
    data: dict[str, Any] | None = None
    error: str | None = None


def item_origin(origin: str, index: int, count: int) -> str:
    """Where item ``index`` (1-based) of ``count`` came from: the document itself when it holds just one."""
    return origin if count == 1 else f"{origin}[{index}]"


def article(**fields: Any) -> dict[str, Any]:
    """An article dict without the fields a format did not provide (``None`` or blank strings)."""
    return {k: v for k, v in fields.items() if v is not None and not (isinstance(v, str) and not v.strip())}


def clean_line(value: Any) -> str | None:
    """``value`` on one line, whitespace collapsed; ``None`` unless it is a non-blank string."""
    if not isinstance(value, str):
        return None
    line = " ".join(value.split())
    return line or None


def urgency(value: Any) -> int | None:
    """An IPTC urgency (1 highest .. 9 lowest) from an int or a digit string; ``None`` when out of range."""
    n = positive_int(value)
    return n if n is not None and n <= 9 else None


def positive_int(value: Any) -> int | None:
    """An int >= 1 from an int, an integral float or a digit string (ninjs versions are strings)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        # ASCII digits only ("²" is a digit int() refuses); a huge number is kept for validation to refuse.
        value = int(value.strip()) if len(value.strip()) <= 100 else 10**100
    return value if isinstance(value, int) and value >= 1 else None


def iso_datetime(value: Any) -> str | None:
    """An ISO 8601 date-time string (extended form) from ISO 8601 input, basic form included; else ``None``.

    NITF's ``norm`` attributes use the basic form (``20240512T083000Z``), which Python 3.11 reads too.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def first(mapping: Mapping[str, Any], *keys: str) -> Any:
    """The value of the first of ``keys`` present and not ``None`` in ``mapping``."""
    for key in keys:
        if mapping.get(key) is not None:
            return mapping[key]
    return None


def plain_text(value: str) -> str:
    """Plain-text body as delivered, with line ends unified, trailing spaces and outer blank lines removed."""
    lines = [line.rstrip() for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def type_name(value: Any) -> str:
    """The JSON name of a decoded value's type, for error messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def concept(code: Any = None, scheme: Any = None, name: Any = None) -> dict[str, Any] | None:
    """A subject or genre as our record carries it (``{code, scheme, name}``), the blank parts left out; a
    URI scheme of a known vocabulary becomes its alias. None when nothing is left. Values of the wrong type
    are passed on for ``Article`` validation to drop with a note."""
    parts = {"code": code, "scheme": scheme, "name": name}
    out = {k: (clean_line(v) if isinstance(v, str) else v) for k, v in parts.items() if v is not None}
    if isinstance(known := out.get("scheme"), str):
        out["scheme"] = scheme_alias(known)
    out = {k: v for k, v in out.items() if v is not None}
    return out or None


def qcode_concept(qcode: str | None, name: str | None = None) -> dict[str, Any] | None:
    """A concept from a qcode (``medtop:20000002``: scheme alias, colon, code) and its name."""
    scheme, sep, code = (qcode or "").strip().partition(":")
    return concept(code, scheme, name) if sep else concept(qcode or None, None, name)


def uri_concept(uri: str | None, name: str | None = None) -> dict[str, Any] | None:
    """A concept from a URI (``http://cv.iptc.org/newscodes/mediatopic/20000002``): the scheme is what
    precedes the last path segment, the code that segment."""
    if not uri or not uri.strip():
        return concept(None, None, name)
    head, sep, code = uri.strip().rstrip("/").rpartition("/")
    return concept(code, head + sep, name) if sep and code else concept(uri, None, name)


def scheme_alias(scheme: str) -> str:
    """The IPTC alias of a vocabulary URI (``medtop`` for the Media Topics), else the scheme as given."""
    key = scheme.strip().split("://", 1)[-1]
    key = key if key.endswith("/") else key + "/"
    return SCHEME_ALIASES.get(key, scheme.strip())


def concepts(values: Any, read: Any) -> Any:
    """``read(value)`` for each item of a provider's list (items that are not objects kept as they are, for
    validation to drop with a note naming them); a value that is not a list is passed on as it is."""
    if not isinstance(values, list):
        return values
    out = []
    for value in values:
        item = read(value) if isinstance(value, dict) else value
        if item is not None:
            out.append(item)
    return out or None
