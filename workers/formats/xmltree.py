"""Parsing untrusted XML safely, and finding elements by local name.

Wire XML arrives from outside: no external entities, no DTD loading, no network, libxml2's size limits
kept (``huge_tree=False``), entities left unresolved (their references are dropped from text). Lookups go
by local name so a NITF or NewsML-G2 document reads the same with or without its namespace.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from workers.formats.html import element_text, entity_text, localname
from workers.formats.items import clean_line

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class XMLError(ValueError):
    """The document is not well-formed XML; the message names the problem and its line."""


def parse_xml(text: str) -> etree._Element:
    """The root element of ``text``.

    Raises:
        XMLError: when the document is not well-formed (message from libxml2, with the line).
    """
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",  # the text is already decoded: any encoding declaration no longer applies
    )
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8", "replace"), parser)
    except etree.XMLSyntaxError as exc:
        msg = str(exc.msg or exc)
        if "line" not in msg and exc.lineno:
            msg = f"{msg} (line {exc.lineno})"
        raise XMLError(msg) from None
    if root is None:
        raise XMLError("empty document")
    return root


def root_name(text: str) -> tuple[str, str] | None:
    """``(namespace, local name)`` of the root element, read from the start of ``text``.

    Reads only up to the root's start tag, so a document broken further down still says what it is.
    """
    parser = etree.XMLPullParser(
        events=("start",), resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    data = text.lstrip("\ufeff").encode("utf-8", "replace")
    for at in range(0, min(len(data), 1 << 20), 4096):
        broken = False
        try:
            parser.feed(data[at : at + 4096])
        except etree.XMLSyntaxError:
            broken = True
        for _event, element in parser.read_events():
            qname = etree.QName(element)
            return (qname.namespace or "", qname.localname)
        if broken:
            break
    return None


def children(element: etree._Element, name: str) -> Iterator[etree._Element]:
    """Child elements called ``name`` (local name), in document order."""
    for child in element:
        if isinstance(child.tag, str) and localname(child) == name.lower():
            yield child


def all_children(parent: etree._Element | None, name: str) -> list[etree._Element]:
    """Child elements called ``name`` of an element that may be missing (none then)."""
    return [] if parent is None else list(children(parent, name))


def line_of(element: etree._Element | None) -> str | None:
    """An element's text as one clean line, or ``None`` when it is missing or blank."""
    return clean_line(element_text(element)) if element is not None else None


def find(element: etree._Element | None, *path: str) -> etree._Element | None:
    """The first element down ``path`` (local names, one per level), or ``None``."""
    for name in path:
        if element is None:
            return None
        element = next(children(element, name), None)
    return element


def attr(element: etree._Element | None, name: str) -> str | None:
    """An attribute's value, whitespace-trimmed, or ``None`` when absent or blank."""
    if element is None:
        return None
    value = element.get(name)
    return str(value).strip() or None if value is not None else None


def lang(element: etree._Element) -> str | None:
    """The ``xml:lang`` in scope at ``element`` (its own, else the nearest ancestor's)."""
    node: etree._Element | None = element
    while node is not None:
        value = attr(node, XML_LANG)
        if value:
            return value
        node = node.getparent()
    return None


def inline_entities(root: etree._Element) -> etree._Element:
    """``root`` with each unresolved entity reference replaced by its standard character or removed.

    For handing a tree on to a parser of its own (feedparser) without any DOCTYPE or reference in it.
    """
    for node in list(root.iter(etree.Entity)):
        parent = node.getparent()
        added = entity_text(node) + (node.tail or "")
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + added
        else:
            parent.text = (parent.text or "") + added
        parent.remove(node)
    return root
