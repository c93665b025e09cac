"""IPTC NewsML-G2 news items to article dicts: a lone ``newsItem`` or a ``newsMessage`` of several.

Identity is the item's ``guid`` and ``version`` attributes; metadata sits in ``itemMeta`` (provider,
versionCreated) and ``contentMeta`` (urgency, located, creator/by, language, headline, dateline); the
text is ``contentSet/inlineXML`` (XHTML, or NITF as some agencies send it) or ``contentSet/inlineData``.
Each item stands alone: one without text is reported and the others are still read. Package, concept
and planning items in a message are not articles and are skipped.
"""

from __future__ import annotations

from lxml import etree

from workers.formats.html import element_text, html_to_text, localname
from workers.formats.items import (
    ParsedItem,
    article,
    iso_datetime,
    item_origin,
    plain_text,
    positive_int,
    qcode_concept,
    urgency,
    uri_concept,
)
from workers.formats.nitf import nitf_body
from workers.formats.xmltree import (
    XMLError,
    all_children,
    attr,
    children,
    find,
    inline_entities,
    lang,
    line_of,
    parse_xml,
)


def parse_newsml(text: str, origin: str) -> list[ParsedItem]:
    """Articles from a NewsML-G2 document, one per ``newsItem``."""
    try:
        root = parse_xml(text)
    except XMLError as exc:
        return [ParsedItem(origin, error=f"newsml: not well-formed XML: {exc}")]
    name = localname(root)
    if name == "newsitem":
        items = [root]
    elif name == "newsmessage":
        items = [item for item_set in children(root, "itemSet") for item in children(item_set, "newsItem")]
        if not items:
            return [ParsedItem(origin, error="newsml: newsMessage holds no newsItem")]
    else:
        expected = "expected newsItem or newsMessage"
        return [ParsedItem(origin, error=f"newsml: root element is <{name}>, {expected}")]
    return [news_item(item, item_origin(origin, i, len(items))) for i, item in enumerate(items, 1)]


def news_item(item: etree._Element, origin: str) -> ParsedItem:
    """One ``newsItem`` as a parsed item: an article dict, or the error that prevents one."""
    item_meta = find(item, "itemMeta")
    meta = find(item, "contentMeta")
    body = _body(find(item, "contentSet"))
    guid = attr(item, "guid")
    if not body:
        return ParsedItem(origin, error=f"newsml: newsItem {guid or '(no guid)'}: no text in contentSet")
    return ParsedItem(
        origin,
        data=article(
            id=guid,
            version=positive_int(attr(item, "version")),
            headline=line_of(find(meta, "headline")),
            body=body,
            byline=line_of(find(meta, "by")) or _names(meta, "creator"),
            dateline=line_of(find(meta, "dateline")) or line_of(find(meta, "located", "name")),
            urgency=urgency(line_of(find(meta, "urgency"))),
            published_at=iso_datetime(
                line_of(find(item_meta, "versionCreated")) or line_of(find(item_meta, "firstCreated"))
            ),
            language=attr(find(meta, "language"), "tag") or lang(item),
            source=_names(item_meta, "provider"),
            subjects=_concepts(meta, "subject"),
            genres=_concepts(meta, "genre"),
            keywords=[k for k in (line_of(e) for e in all_children(meta, "keyword")) if k] or None,
            located=line_of(find(meta, "located", "name")),
            embargoed=line_of(find(item_meta, "embargoed")),
            version_created=line_of(find(item_meta, "versionCreated")),
        ),
    )


def _concepts(meta: etree._Element | None, tag: str) -> list[dict[str, object]] | None:
    """``subject`` or ``genre`` elements as concepts: a ``qcode`` (``medtop:20000002``) or a ``uri``, and
    the first ``name``."""
    out = []
    for element in all_children(meta, tag):
        name = line_of(find(element, "name"))
        qcode, uri = attr(element, "qcode"), attr(element, "uri")
        found = qcode_concept(qcode, name) if qcode else uri_concept(uri, name)
        if found:
            out.append(found)
    return out or None


def _names(parent: etree._Element | None, tag: str) -> str | None:
    """Names of the ``tag`` parties (creator, provider): their ``name`` child, else ``literal``."""
    if parent is None:
        return None
    names = [line_of(find(party, "name")) or attr(party, "literal") for party in children(parent, tag)]
    return ", ".join(n for n in names if n) or None


def _body(content_set: etree._Element | None) -> str | None:
    """Clean text of the first inlineXML with text, else the first inlineData."""
    if content_set is None:
        return None
    for inline in children(content_set, "inlineXML"):
        text = _inline_xml_text(inline)
        if text:
            return text
    for inline in children(content_set, "inlineData"):
        data = "".join(inline_entities(inline).itertext())
        ctype = (attr(inline, "contenttype") or "text/plain").split(";")[0].strip().lower()
        text = html_to_text(data) if "html" in ctype else plain_text(data)
        if text.strip():
            return text
    return None


def _inline_xml_text(inline: etree._Element) -> str:
    for child in inline:
        if not isinstance(child.tag, str):
            continue
        name = localname(child)
        if name == "nitf":
            return nitf_body(child)
        if name == "html":
            body = find(child, "body")
            return element_text(child if body is None else body)
        return element_text(child)
    return element_text(inline)
