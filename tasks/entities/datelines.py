"""Datelines ("GAZA CITY (Reuters) -"): the place and agency that open a wire story are no mentions of the
story."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DASHES = frozenset({"—", "–", "-", "--"})


MAX_DATELINE_REGION = 4  # ", Ohio", ", Calif.", ", N.C.", ", West Virginia" after the place


def _after_dateline_place(doc: Doc, i: int) -> int:
    """The token after a dateline's region or date (", Ohio", ", Calif.", ", March 4") starting at ``i``, or
    ``i`` when none."""
    if i >= len(doc) or doc[i].text != ",":
        return i
    j = i + 1
    while (
        j < len(doc)
        and j - i <= MAX_DATELINE_REGION
        and (doc[j].is_title or doc[j].text == "." or doc[j].is_digit)
    ):
        j += 1
    return j if j > i + 1 else i


def _dateline_end(doc: Doc, end: int) -> bool:
    """Whether a dateline's furniture follows its place at ``end``: an agency in brackets and a dash, or a
    dash alone ("WARSAW (Reuters) —", "COLUMBUS, Ohio (AP) —", "LONDON —")."""
    k = _after_dateline_place(doc, end)
    if k < len(doc) and doc[k].text == "(":
        close = next((t for t in doc[k : k + 6] if t.text == ")"), None)
        return close is not None and close.i + 1 < len(doc) and doc[close.i + 1].text in DASHES
    return k < len(doc) and doc[k].text in DASHES


def is_dateline_agency(ent: Span) -> bool:
    """The agency in a dateline: "LONDON (AP) —", "COLUMBUS, Ohio (AP) —", a bracketed name after an
    upper-case place (and its region) opening a line and before a dash."""
    doc = ent.doc
    if ent.start < 2 or ent.end + 1 >= len(doc):
        return False
    if doc[ent.start - 1].text != "(" or doc[ent.end].text != ")" or doc[ent.end + 1].text not in DASHES:
        return False
    first = ent.start - 1
    while first > 0 and "\n" not in doc[first - 1].text and ent.start - first < 2 + 2 * MAX_DATELINE_REGION:
        first -= 1
    place_end = first
    while place_end < ent.start and doc[place_end].is_upper and doc[place_end].is_alpha:
        place_end += 1
    line_start = first == 0 or "\n" in doc[first - 1].text
    return line_start and place_end > first and _after_dateline_place(doc, place_end) == ent.start - 1


def _is_dateline_place(ent: Span) -> bool:
    """The place in a dateline: upper-case words opening a line, then an agency in brackets and a dash
    ("WARSAW (Reuters) —", "COLUMBUS, Ohio (AP) —") or a dash alone ("LONDON —")."""
    doc = ent.doc
    if not all(t.is_upper and t.is_alpha for t in ent) or ent.end >= len(doc):
        return False
    if ent.start > 0 and "\n" not in doc[ent.start - 1].text:
        return False
    return _dateline_end(doc, ent.end)
