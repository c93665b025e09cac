"""NITF (News Industry Text Format) documents to article dicts.

The document id is ``head/docdata/doc-id@id-string``, its version ``du-key@version``; the text is
``body/body.content`` (paragraphs, ``hl2`` subheads, blocks), with headline, byline and dateline in
``body/body.head``. Also used for NITF carried inside a NewsML-G2 ``inlineXML``.
"""

from __future__ import annotations

from lxml import etree

from workers.formats.html import element_text, localname
from workers.formats.items import ParsedItem, article, clean_line, iso_datetime, positive_int, urgency
from workers.formats.xmltree import XMLError, attr, find, lang, parse_xml


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
    source = attr(find(docdata, "doc.copyright"), "holder") or attr(pubdata, "name") or attr(doc_id, "regsrc")
    data = article(
        id=attr(doc_id, "id-string"),
        version=positive_int(attr(find(docdata, "du-key"), "version")),
        headline=_line(find(body_head, "hedline", "hl1")) or _line(find(root, "head", "title")),
        body=body,
        byline=_line(find(body_head, "byline")),
        dateline=_line(find(body_head, "dateline")),
        urgency=urgency(attr(find(docdata, "urgency"), "ed-urg")),
        published_at=iso_datetime(attr(find(docdata, "date.issue"), "norm"))
        or iso_datetime(attr(pubdata, "date.publication")),
        language=lang(root if content is None else content),
        source=source,
    )
    return [ParsedItem(origin, data=data)]


def nitf_body(root: etree._Element) -> str:
    """Clean text of a NITF document's ``body/body.content`` (all of them, in order)."""
    body = find(root, "body")
    if body is None:
        return ""
    parts = [element_text(content) for content in body if localname(content) == "body.content"]
    return "\n".join(p for p in parts if p)


def _line(element: etree._Element | None) -> str | None:
    return clean_line(element_text(element)) if element is not None else None
