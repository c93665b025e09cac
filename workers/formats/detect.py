"""Which format a document is in, judged from its content; the file name only breaks ties.

Wire files are often misnamed (ninjs saved as ``.txt``, NewsML as ``.xml`` or ``.dat``), so the content
decides: an XML root element names its format, a JSON object with ninjs markers is ninjs, other JSON is
ours. The suffix is consulted only when the content cannot say (JSON that does not parse, XML whose root
cannot be read or is not one we know).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from workers.formats.xmltree import root_name

XML_ROOTS = {"newsMessage": "newsml", "newsItem": "newsml", "nitf": "nitf", "rss": "feed", "feed": "feed"}
RDF = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "RDF")  # RSS 1.0
XML_MARKERS = (("<newsMessage", "newsml"), ("<newsItem", "newsml"), ("<nitf", "nitf"), ("<rss", "feed"),
               ("<feed", "feed"), ("<rdf:RDF", "feed"))  # fmt: skip
SUFFIXES = {
    ".txt": "text", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".ninjs": "ninjs",
    ".nitf": "nitf", ".rss": "feed", ".atom": "feed",
}  # fmt: skip
NINJS_MARKERS = frozenset(
    {"body_text", "body_html", "body_xhtml", "bodies", "headlines", "versioncreated", "versionCreated",
     "firstcreated", "firstCreated"}
)  # fmt: skip


def detect_format(text: str, *, filename: str | None = None) -> str:
    """One of ``FORMATS`` for ``text``: from its content first, then the suffix of ``filename``."""
    head = text.lstrip("\ufeff \t\r\n")
    suffix = PurePath(filename).suffix.lower() if filename else ""
    if head.startswith("<"):
        return _xml_format(head) or SUFFIXES.get(suffix, "text")
    if head.startswith(("{", "[")):
        return _json_format(head, suffix)
    return "text"


def is_ninjs(value: Any) -> bool:
    """Whether a decoded JSON object looks like ninjs: ``uri`` with a ninjs-only field, or a ninjs schema."""
    if not isinstance(value, Mapping):
        return False
    if "uri" in value and NINJS_MARKERS.intersection(value):
        return True
    standard = value.get("standard")
    declared = [value.get("$schema"), value.get("profile")]
    if isinstance(standard, dict):
        declared.extend(standard.values())
    return any(isinstance(v, str) and "ninjs" in v.lower() for v in declared)


def _xml_format(head: str) -> str | None:
    root = root_name(head)
    if root is not None:
        return "feed" if root == RDF else XML_ROOTS.get(root[1])
    start = head[:4096]  # the root could not be read (broken prolog): look for a known start tag
    found = [(start.find(marker), fmt) for marker, fmt in XML_MARKERS if marker in start]
    return min(found)[1] if found else None


def _json_format(head: str, suffix: str) -> str:
    try:
        value = json.loads(head)
    except (json.JSONDecodeError, RecursionError):
        lines = [line for line in head.splitlines() if line.strip()]
        first = _first_object(lines) if len(lines) > 1 else None
        if isinstance(first, dict):  # JSON Lines, not a broken pretty-printed document
            return "ninjs" if is_ninjs(first) else "jsonl"
        if suffix in (".json", ".jsonl", ".ndjson", ".ninjs"):
            return SUFFIXES[suffix]
        return "json" if head.startswith("{") else "text"
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, dict)), None)
    if is_ninjs(value):
        return "ninjs"
    return "jsonl" if suffix in (".jsonl", ".ndjson") else "json"


def _first_object(lines: list[str]) -> Any:
    try:
        return json.loads(lines[0])
    except (json.JSONDecodeError, RecursionError):
        return None
