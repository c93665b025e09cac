"""NITF (News Industry Text Format) documents to article dicts.

The document id is ``head/docdata/doc-id@id-string``, its version ``du-key@version``; the text is
``body/body.content`` (paragraphs, ``hl2`` subheads, blocks), with headline, byline and dateline in
``body/body.head``. Also used for NITF carried inside a NewsML-G2 ``inlineXML``.
"""

from __future__ import annotations

from lxml import etree

from config.schemes import NITF_IPR_ALIASES
from workers.formats.html import element_text, localname
from workers.formats.items import (
    ParsedItem,
    article,
    concept,
    iso_datetime,
    positive_int,
    urgency,
)
from workers.formats.xmltree import XMLError, all_children, attr, find, lang, line_of, parse_xml


def parse_nitf(text: str, origin: str) -> list[ParsedItem]:
    """The article of one NITF document."""
    try:
        root = parse_xml(text)
    except XMLError as exc:
        return [ParsedItem(origin, error=f"nitf: not well-formed XML: {exc}")]
    if localname(root) != "nitf":
        return [ParsedItem(origin, error=f"nitf: root element is <{localname(root)}>, expected nitf")]
    body = nitf_body(root)
    if not body:
        return [ParsedItem(origin, error="nitf: no text in body/body.content")]
    docdata = find(root, "head", "docdata")
    pubdata = find(root, "head", "pubdata")
    body_head = find(root, "body", "body.head")
    doc_id = find(docdata, "doc-id")
    content = find(root, "body", "body.content")
    keys = all_children(find(docdata, "key-list"), "keyword")
    source = attr(find(docdata, "doc.copyright"), "holder") or attr(pubdata, "name") or attr(doc_id, "regsrc")
    data = article(
        id=attr(doc_id, "id-string"),
        version=positive_int(attr(find(docdata, "du-key"), "version")),
        headline=line_of(find(body_head, "hedline", "hl1")) or line_of(find(root, "head", "title")),
        body=body,
        byline=line_of(find(body_head, "byline")),
        dateline=line_of(find(body_head, "dateline")),
        urgency=urgency(attr(find(docdata, "urgency"), "ed-urg")),
        published_at=iso_datetime(attr(find(docdata, "date.issue"), "norm"))
        or iso_datetime(attr(pubdata, "date.publication")),
        language=lang(root if content is None else content),
        source=source,
        subjects=_subjects(find(root, "head", "tobject")),
        genres=[{"name": g} for g in _genres(find(root, "head", "tobject"))] or None,
        keywords=[k for k in (attr(e, "key") for e in keys) if k] or None,
        located=line_of(find(body_head, "dateline", "location")) or attr(find(docdata, "evloc"), "city"),
        embargoed=iso_datetime(attr(find(docdata, "date.release"), "norm")),
    )
    return [ParsedItem(origin, data=data)]


def _subjects(tobject: etree._Element | None) -> list[dict[str, object]] | None:
    """``tobject.subject`` elements: the reference number is the code, the information provider (``IPTC``
    by default: the IPTC Subject NewsCodes) the scheme, the most detailed of detail, matter and type the
    name."""
    out = []
    for element in all_children(tobject, "tobject.subject"):
        ipr = attr(element, "tobject.subject.ipr") or "IPTC"
        name = next(
            (v for k in ("detail", "matter", "type") if (v := attr(element, f"tobject.subject.{k}"))), None
        )
        found = concept(attr(element, "tobject.subject.refnum"), NITF_IPR_ALIASES.get(ipr, ipr), name)
        if found:
            out.append(found)
    return out or None


def _genres(tobject: etree._Element | None) -> list[str]:
    """``tobject.property`` types: NITF's genre (Current, Analysis, Feature ...)."""
    found = (attr(e, "tobject.property.type") for e in all_children(tobject, "tobject.property"))
    return [g for g in found if g]


def nitf_body(root: etree._Element) -> str:
    """Clean text of a NITF document's ``body/body.content`` (all of them, in order)."""
    body = find(root, "body")
    if body is None:
        return ""
    parts = [element_text(content) for content in body if localname(content) == "body.content"]
    return "\n".join(p for p in parts if p)
