"""Text from articles made safe for a terminal: ids and headlines come from feeds, and a feed can send
escape sequences (colours, cursor moves, a rewritten title bar), newlines (a forged report line) or bidi
overrides (text that reads otherwise than it is). Those are shown as escapes, ``\\x1b``, ``\\n``,
``\\u202e``; everything else as it is."""

from __future__ import annotations

import unicodedata

# Format characters that reorder or hide text; other Cf characters (soft hyphen, zero-width joiners used
# by some scripts and emoji) are left alone.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``str(text)`` with control characters, line separators and bidi controls escaped."""
    s = str(text)
    if s.isprintable() and not any(ch in _BIDI for ch in s):
        return s
    return "".join(
        _escape(ch) if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in s
    )


def one_line(text: object) -> str:
    """Running text on one line: whitespace runs (newlines included) become one space, then ``printable``."""
    return printable(" ".join(str(text).split()))
