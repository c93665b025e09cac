"""Acronyms and what they stand for in the article ("the World Health Organization (WHO)")."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from tasks.entities.boundaries import _within_lines
from tasks.entities.labels import NUMERIC_LABELS
from tasks.entities.titles import _abbreviates, _tokens_text

ACRONYM_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})  # words an acronym skips


def _spelled_out(doc: Doc, acronym: str) -> str | None:
    """The name an undefined acronym stands for: the capitalised words in the article whose initials spell
    it ("Society of Motor Manufacturers and Traders" for SMMT), linked only by small words; None when no name
    or two different names fit, or the acronym is shorter than three letters (too many names fit those)."""
    if not (3 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return None
    found: set[str] = set()
    tokens = list(doc)
    for i, first in enumerate(tokens):
        if first.text[:1] != acronym[0] or not first.is_title:
            continue
        letters, j = 0, i
        while j < len(tokens) and letters < len(acronym):
            token = tokens[j]
            if token.is_title and token.text[0] == acronym[letters]:
                letters += 1
            elif not (token.lower_ in ACRONYM_LINKS and j > i):
                break
            j += 1
        if letters == len(acronym) and (j >= len(tokens) or not tokens[j].is_title):
            found.add(doc[i:j].text)
    return found.pop() if len(found) == 1 else None


def acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms and their expansion as written in the article, first definition wins.

    ``Name (ACR)`` and ``Name, ACR,`` when the name spells the acronym, and an acronym in apposition to a
    described noun phrase that starts with its first letter: "the U.N. agency for Palestinian refugees,
    UNRWA," gives ``{"UNRWA": "U.N. agency for Palestinian refugees"}`` (leading "the" dropped); "the group,
    ISIS," gives nothing, nor does a dateline's "LONDON (AP)".
    """
    out: dict[str, str] = {}
    for ent in _within_lines(doc.ents):
        if ent.label_ in NUMERIC_LABELS:
            continue
        acr = _acronym_after(ent, ent.text)
        if acr is not None and acr not in out:
            out[acr] = _tokens_text([t for t in ent if not (t.i == ent.start and t.lower_ == "the")])
    for token in doc:
        text = token.text
        if not (token.dep_ == "appos" and text.isupper() and text.isalpha() and 2 <= len(text) <= 8):
            continue
        if text in out:
            continue
        # Up from the noun the acronym is apposed to ("refugees" -> "agency" in "the U.N. agency for
        # Palestinian refugees"), to the first phrase that starts with the acronym's first letter.
        head: Token | None = token.head
        while head is not None:
            words = _described(doc, head, token)
            if words and head.pos_ in {"NOUN", "PROPN"} and words[0].text[:1].upper() == text[0]:
                if len(words) <= 12:
                    out[text] = _tokens_text(words)
                break
            up = head.head.head
            climbs = head.dep_ == "pobj" and head.head.dep_ == "prep" and up.i < head.i
            head = up if climbs else None
    return out


def _described(doc: Doc, head: Token, acronym: Token) -> list[Token]:
    """The phrase of ``head`` up to the acronym apposed to it, without "the" and punctuation at its ends."""
    if head.i >= acronym.i:
        return []
    words = [t for t in doc[head.left_edge.i : acronym.i] if not (t.is_punct and t.i == acronym.i - 1)]
    while words and (words[0].lower_ == "the" or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def _initials(name: str) -> str:
    parts: Iterable[str] = name.replace("-", " ").split()
    return "".join(p[0] for p in parts if p[:1].isupper())


def _acronym_after(ent: Span, name: str) -> str | None:
    """An acronym defined right after the entity: ``Name (ACR)``, or ``Name, ACR,`` with matching initials."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or ent.label_ == "PERSON":
        return None
    opener, acr, closer = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    if not (acr.is_alpha and acr.is_upper and len(acr.text) >= 2):
        return None
    if opener.text == "(" and closer.text == ")" and _abbreviates(acr.text, name):
        return acr.text
    if opener.text == "," and closer.text == "," and _initials(name) == acr.text:
        return acr.text
    return None
