"""Embedded social-media posts: quoted material of their author."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tasks.quote_context import (
    Candidate,
    Context,
    paragraph_spans,
)
from tasks.quotemarks import MARK_CHARS
from tasks.quotes.turns import _direct

# An embedded social-media post as a page prints it: the post, a dash, the account's name and handle, and
# the date ("Thank you all! — Jane Doe (@janedoe) May 3, 2024").
EMBEDDED_POST = re.compile(
    r"(?P<said>\S.*?)[^\S\n]*[—–―-]{1,2}[^\S\n]*(?P<name>[^()\n—–―]{2,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]{0,30}"
)


# A person's account: two or three capitalised words ("Jane Doe"); an organisation's post ("City of Toronto")
# is left out, since no later pass should guess whose it is.
POST_PERSON = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")


# The credit on a line of its own under the post ("— Jane Doe (@janedoe) May 3, 2024"), as pages paste it.
POST_CREDIT_LINE = re.compile(
    r"[—–―-]{1,2}[^\S\n]*(?P<name>[^()\n—–―]{2,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]{0,30}"
)


def embedded_posts(ctx: Context, found: Sequence[Candidate]) -> list[Candidate]:
    """Embedded posts printed without quote marks, each a direct quote of the person whose account it is
    (the ``signed`` pass reads the name after the dash, tagged by the model or not). A post in quote marks is
    found by its marks; a line of markup ("<tweet ...>") is no prose of the article."""
    text = ctx.text
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    lines = paragraph_spans(text)
    for k, (a, b) in enumerate(lines):
        m = EMBEDDED_POST.fullmatch(text, a, b)
        if m is None and k + 1 < len(lines) and (credit := POST_CREDIT_LINE.fullmatch(text, *lines[k + 1])):
            post_end = b  # the post's own line, its credit on the next
            name = credit.group("name")
        elif m is not None:
            post_end, name = m.end("said"), m.group("name")
        else:
            continue
        if text[a] in MARK_CHARS or text[a] == "<" or any(s < b and a < e for s, e in taken):
            continue
        if POST_PERSON.fullmatch(name.strip()) is not None:
            out += _direct(ctx, a, post_end)
    return out
