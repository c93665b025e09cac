"""Which quote marks open and which close a quotation, from the text alone.

Curly marks say it themselves; straight marks alternate within a paragraph. A paragraph that opens a quote
and never closes it continues into the next paragraph when that one opens with a quote mark too (the wire
convention for a quote running over several paragraphs), so the two make one quotation.
"""

from __future__ import annotations

from typing import Literal

Role = Literal["open", "close"]
OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = frozenset('"')
QUOTE_CHARS = OPENERS | CLOSERS | STRAIGHT


def scan_quotes(text: str) -> tuple[dict[int, Role], list[tuple[int, int]]]:
    """Find paired double quote marks.

    Returns:
        The role of each paired mark by character offset, and the ``(start, end)`` spans of quoted text
        (marks excluded). Unpaired marks are left out: a stray mark must not swallow the rest of an article.
    """
    roles: dict[int, Role] = {}
    spans: list[tuple[int, int]] = []
    carried: int | None = None  # start of a quotation left open at the end of the previous paragraph
    line_start = 0
    for line in text.split("\n"):
        marks = [line_start + i for i, ch in enumerate(line) if ch in QUOTE_CHARS]
        lead = line_start + len(line) - len(line.lstrip())
        if not line.strip():  # a blank line between paragraphs neither continues nor ends a quotation
            line_start += len(line) + 1
            continue
        if carried is not None and not (marks and marks[0] == lead):
            carried = None  # the next paragraph does not continue the quotation
        open_at: int | None = None
        for pos in marks:
            ch = text[pos]
            if open_at is None:
                if ch not in CLOSERS:
                    open_at = pos
            elif ch not in OPENERS:
                roles[open_at], roles[pos] = "open", "close"
                start = carried if carried is not None and open_at == lead else open_at + 1
                spans.append((start, pos))
                carried, open_at = None, None
        if open_at is not None:
            roles[open_at] = "open"
            carried = carried if carried is not None and open_at == lead else open_at + 1
        line_start += len(line) + 1
    return roles, spans


def quote_roles(text: str) -> dict[int, Role]:
    """Map the character offset of each paired double quote mark to ``open`` or ``close``."""
    return scan_quotes(text)[0]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text, marks excluded, in document order."""
    return scan_quotes(text)[1]
