"""HTML and XHTML to clean article text: one paragraph per line, no markup, entities decoded.

The NLP tasks take offsets into plain text, so markup never reaches them. Block elements (``<p>``,
``<li>``, headings, NITF's ``<hl2>`` and ``<block>`` ...) and ``<br>`` end a line; whitespace inside a line
is collapsed; scripts, styles, document heads and NITF media (captions, encoded data) are dropped.
The walk is by local name over lxml elements, so the same code serves HTML strings, XHTML inside
NewsML-G2 and NITF bodies.
"""

from __future__ import annotations

from html.entities import html5

import lxml.html
from lxml import etree

BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
        # NITF body.content
        "bq", "block", "credit", "fn", "hl1", "hl2", "nitf-table",
    }
)  # fmt: skip
DROPPED = frozenset(
    {"head", "iframe", "media", "noscript", "object", "script", "style", "svg", "template", "title"}
)


def html_to_text(html: str) -> str:
    """Clean text of an HTML document or fragment; ``""`` when it has no text."""
    if not html.strip():
        return ""
    parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError):
        return ""
    return element_text(root)


def localname(node: etree._Element) -> str:
    """An element's tag without namespace or prefix, lower-cased: ``{ns}p``, ``o:p`` and ``P`` are ``p``."""
    tag = node.tag if isinstance(node.tag, str) else ""
    return str(tag).rpartition("}")[2].rpartition(":")[2].lower()


def entity_text(node: etree._Element) -> str:
    """The character of an unresolved standard (X)HTML entity reference (``&nbsp;`` in NITF), else ``""``.

    XML parsing leaves entity references unresolved for safety; the standard character entities are
    still known by name, and anything else (a document's own declarations) is dropped.
    """
    if node.tag is not etree.Entity:
        return ""
    return html5.get(f"{node.name};", "")


def element_text(root: etree._Element) -> str:
    """Clean text of an lxml element (HTML, XHTML or NITF), its own tail excluded."""
    lines: list[list[str]] = [[]]

    def end_line() -> None:
        if lines[-1]:
            lines.append([])

    def add(text: str | None) -> None:
        if text:
            lines[-1].append(text)

    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tail = node.tail if node is not root else None
        if not isinstance(node.tag, str):  # comment, processing instruction, unresolved entity
            add(entity_text(node))
            add(tail)
            continue
        name = localname(node)
        if closing or name in DROPPED or name == "br":
            if name in BLOCKS or name == "br":
                end_line()
            add(tail)
            continue
        if name in BLOCKS:
            end_line()
        add(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    text_lines = (" ".join("".join(parts).split()) for parts in lines)
    return "\n".join(line for line in text_lines if line)
