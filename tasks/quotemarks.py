"""Which quote marks open and which close a quotation, from the text alone.

Curly marks say it themselves; straight marks alternate within a paragraph. A paragraph that opens a quote
and never closes it continues into the next paragraph when that one opens with a quote mark too (the wire
convention for a quote running over several paragraphs), so the two make one quotation; so does a curly
quotation left open that runs through a few paragraphs with no mark at all to one whose first mark closes it
(a post quoted line by line). Two apostrophes
(``''`` or ``’’``, AP wire copy's closing mark) close a quotation that a double mark opened; nothing else.
A left single mark doubled at the start of a word (``‘’It’s``, ``‘‘It’s``: the same wire copy's opening
mark) opens one, and so do two straight apostrophes before words that run to another pair (the NYT
archive's marks: ``''It is,'' he said``).
An article with no double marks but curly single ones quotes in the British way: ``‘`` opens, and ``’``
closes unless it is an apostrophe (``don’t``, ``the players’ union``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Role = Literal["open", "close"]
OPENERS = frozenset("“«„")
CLOSERS = frozenset("”»")
STRAIGHT = frozenset('"')
QUOTE_CHARS = OPENERS | CLOSERS | STRAIGHT
DOUBLED_CLOSERS = ("''", "’’")  # two apostrophes standing for a closing double mark
DOUBLED_OPENERS = (
    "‘’",
    "‘‘",
    "``",
    "''",
)  # a left single mark and another before a word: an opening double mark
APOSTROPHES = "''"  # two straight apostrophes open too (NYT archive copy: ''Like this,'' he said.), but only
# before words that run to a second pair or the paragraph's end: one word between them is a nickname (''Doc'')
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
BACKQUOTE = "`"  # old wire and LaTeX-style copy opens with two (``Like this,'' he said)
STRAIGHT_SINGLE = "'"  # British quotes typed plain: opens and closes, told apart by where it stands
SINGLE_OPENERS = frozenset({SINGLE_OPEN, STRAIGHT_SINGLE})  # single marks that may open a quotation
SINGLE_CLOSERS = frozenset({SINGLE_CLOSE, STRAIGHT_SINGLE})  # and that may close one
# a quotation may begin or end with
MARK_CHARS = QUOTE_CHARS | {SINGLE_OPEN, SINGLE_CLOSE, STRAIGHT_SINGLE, BACKQUOTE}


def scan_quotes(text: str) -> tuple[dict[int, Role], list[tuple[int, int]]]:
    """Find paired double quote marks.

    Returns:
        The role of each paired mark by character offset, and the ``(start, end)`` spans of quoted text
        (marks excluded). Unpaired marks are left out: a stray mark must not swallow the rest of an article.
    """
    roles: dict[int, Role] = {}
    spans: list[tuple[int, int]] = []
    doubles = (any(ch in QUOTE_CHARS for ch in text) and not _doubles_nested(text)) or _wire_doubled(text)
    british = SINGLE_OPEN in text and not doubles
    plain = not british and not doubles and SINGLE_CLOSE not in text and _plain_singles(text)
    openers, closers = ({SINGLE_OPEN}, {SINGLE_CLOSE}) if british else (OPENERS, CLOSERS)
    if plain:
        openers, closers = set(), set()
    carried: int | None = None  # start of a quotation left open at the end of the previous paragraph
    # whether that quotation was opened by a single mark of a paragraph quoting the British way
    carried_single = False
    unmarked = 0  # paragraphs without a mark that the carried quotation has run through
    line_start = 0
    said_end = 0  # where the words of the last paragraph with any end (trailing spaces left out)
    for line in text.split("\n"):
        plain_open: set[int] = set()
        plain_close: set[int] = set()
        doubled: set[int] = set()
        opening: set[int] = set()
        single_line = doubles and _single_paragraph(line, carried is not None and carried_single)
        if carried is not None and not carried_single and single_line:
            single_line = False  # a double quotation runs on here: its single marks are nested ones
        if single_line:
            marks = _single_marks(line, line_start)
        elif british:
            marks = [
                line_start + i
                for i, ch in enumerate(line)
                if ch == SINGLE_OPEN or (ch == SINGLE_CLOSE and _single_closes(line, i))
            ]
        elif plain:
            plain_open = {line_start + i for i in range(len(line)) if _plain_opens(line, i)}
            plain_close = {line_start + i for i in range(len(line)) if _plain_closes(line, i)}
            marks = sorted(plain_open | plain_close)
        else:
            opening = _doubled_openers(line, line_start)
            doubled = _doubled(line, line_start) - opening
            marks = sorted(
                [line_start + i for i, ch in enumerate(line) if ch in QUOTE_CHARS] + list(doubled | opening)
            )
        lead = line_start + len(line) - len(line.lstrip())
        if not line.strip():  # a blank line between paragraphs neither continues nor ends a quotation
            line_start += len(line) + 1
            continue
        closed_at: int | None = None  # the closing mark of a quotation run on through unmarked paragraphs
        # after unmarked paragraphs, a paragraph that opens with a mark opens a quotation of its own
        if carried is not None and (unmarked or not (marks and marks[0] == lead)):
            if not marks and not carried_single and unmarked < MAX_UNMARKED_PARAGRAPHS:
                unmarked += 1  # voice28: a post or statement set line by line, marks only at its two ends
                line_start += len(line) + 1
                continue
            if unmarked and _first_mark_closes(text, marks, line_start):
                roles[marks[0]] = "close"
                spans.append((carried, marks[0]))
                closed_at = marks[0]
            elif not (unmarked or carried_single) and _signature_closes(
                text, line, marks, line_start, said_end
            ):
                # pol29: the quotation ended with the paragraph before; its closing mark follows the signature
                roles[marks[0]] = "close"
                spans.append((carried, said_end))
                closed_at = marks[0]
            carried = None  # the next paragraph does not continue the quotation
        unmarked = 0
        open_at: int | None = None
        reopened = False  # the open quotation was reopened on this line: it runs on to the line's end
        line_openers = SINGLE_OPENERS if single_line else openers
        for pos in marks:
            if pos == closed_at:
                continue
            ch = text[pos]
            if single_line:
                ch = "‘" if pos in _single_openers(line, line_start) else "’"
            if plain and pos not in (plain_close if open_at is not None else plain_open):
                continue  # a plain mark only where it can open (nothing open) or close (one open)
            if open_at is None:
                if single_line:
                    open_at = pos if ch == "‘" else None
                elif (ch not in closers or _closer_opens(text, pos, line_start)) and pos not in doubled:
                    open_at = pos
            elif (ch in STRAIGHT or ch == "“") and _reopens(text, pos):
                # paragraphs merged into one line: the quotation ran on, and this mark reopens it; pol29: so
                # does a left mark there (a quotation the writer left open: 'her “and said hi. “And then')
                roles[open_at] = "open"
                spans.append((_content_start(open_at, opening, carried, lead), pos - 1))
                carried, open_at, reopened = None, pos, True
            elif (ch not in line_openers or _opener_closes(text, pos)) and pos not in opening:
                roles[open_at], roles[pos] = "open", "close"
                spans.append((_content_start(open_at, opening, carried, lead), pos))
                carried, open_at, reopened = None, None, False
        if open_at is not None and reopened:
            roles[open_at] = "open"
            spans.append((open_at + 1, line_start + len(line.rstrip())))
            carried = None
        elif open_at is not None:
            roles[open_at] = "open"
            carried = _content_start(open_at, opening, carried, lead)
            carried_single = single_line
        said_end = line_start + len(line.rstrip())
        line_start += len(line) + 1
    return roles, spans


# voice28: paragraphs without a quote mark that a quotation left open may run through to a paragraph whose
# first mark closes it (a tweet quoted line by line: 'tweeted: “I had to fire him.' / 'He lied.' / 'Sad!”')
MAX_UNMARKED_PARAGRAPHS = 4


MAX_SIGNATURE_WORDS = 12  # words of a signature line under a pull quote ("Dean Baker, Center for ...")


def _signature_closes(text: str, line: str, marks: list[int], line_start: int, said_end: int) -> bool:
    """pol29: whether a paragraph's one mark, its last character, closes the quotation the paragraph before
    opened and left open, where the closing mark was set after the signature under a pull quote:
    '"We will need stimulus again." / Jo Li, Policy Institute."'. The quoted paragraph ends a sentence; the
    signature is a short line opening with a name (two capitalised words) and no sentence's end before its
    last word."""
    body = line.strip()
    if len(marks) != 1 or not body or marks[0] != line_start + len(line.rstrip()) - 1:
        return False
    words = body[:-1].lstrip("-–—― ").rstrip(".").split()
    if len(words) < 2 or len(words) > MAX_SIGNATURE_WORDS or not all(w[:1].isupper() for w in words[:2]):
        return False  # a name opens a signature: "Critics called it nonsense." is a sentence
    if any(ch in ".?!" for ch in " ".join(words).replace(".,", ",")) and not _initials_only(words):
        return False
    return text[said_end - 1 : said_end] in {".", "?", "!"}


def _initials_only(words: list[str]) -> bool:
    """Whether every full stop in a signature's words ends an initial or an abbreviation ("Jo A. Li, Inc")."""
    return all(len(w.rstrip(".,")) <= 3 for w in words if "." in w.rstrip(","))


def _first_mark_closes(text: str, marks: list[int], line_start: int) -> bool:
    """Whether a paragraph's first mark is a curly closing one (not one typed the wrong way round to open)."""
    return bool(marks) and text[marks[0]] in CLOSERS and not _closer_opens(text, marks[0], line_start)


def _doubles_nested(text: str) -> bool:
    """Whether every double mark of an article sits inside a single quotation: British copy quoting the
    way its readers expect ('She told me, "Never give up,"' he said), where double marks quote within a
    quote. The single marks then set the article's convention, and the double ones quote nothing apart."""
    if _wire_doubled(text) or not (_plain_singles(text) or SINGLE_OPEN in text):
        return False
    lines = [line for line in text.split("\n") if any(ch in QUOTE_CHARS for ch in line)]
    return all(_doubles_inside_singles(line) for line in lines)


def _doubles_inside_singles(line: str) -> bool:
    """Whether each double mark of a paragraph falls between a single mark that opens and one that closes
    later in the paragraph (``‘’It’s``, a wire copy's doubled opening mark, opens no single quotation)."""
    inside = nested = False
    for i, ch in enumerate(line):
        if ch in QUOTE_CHARS:
            if not inside:
                return False
            nested = True
        elif not inside and _opens_at(line, i, 1) and ch in SINGLE_OPENERS:
            inside = True
        elif inside and i and ((ch == SINGLE_CLOSE and _single_closes(line, i)) or _plain_closes(line, i)):
            inside = nested = False
    return not nested


def _wire_doubled(text: str) -> bool:
    """Whether the article quotes with doubled single marks (AP wire copy's ``‘‘...’’``): double marks, so
    its single marks are no British quotation marks."""
    return "‘‘" in text or "’’" in text


def _single_paragraph(line: str, continues: bool) -> bool:
    """Whether a paragraph of an article that quotes with double marks quotes with single ones itself (copy
    merged from a British source): no double mark in it, and it opens with a single mark before a capital
    or closes one after a clause's punctuation before a lower-case word ("'We stopped,' Fenwick said") or
    opens one after a colon ("Fenwick added: 'We'll be fine.'"), or
    it opens with a single mark and carries on a single quotation left open in the paragraph before."""
    if any(ch in QUOTE_CHARS for ch in line) or "‘‘" in line or "’’" in line:
        return False
    text = line.strip()
    opens = text[:1] in SINGLE_OPENERS and text[1:2].isalnum()
    if continues and opens:
        return True
    if _title_case(text):
        return False  # "Trump: 'I'm the Worst Thing That Ever Happened'": a headline
    # "'Relationships that last.'" alone on its line is a subheading: a paragraph opening a quotation says
    # who speaks after it closes ("'...,' Hartley said. '...") or runs on into the next paragraph.
    attributed = re.search(r"[,.?!][’'] \S|[^’'.?!]$", text) is not None
    # "Fenwick, whose side remain top, added: 'We'll be fine.'": a colon before a single quotation, in a
    # sentence of its own (a headline's "Fiorina: 'Bill Clinton's fair game.'" is short).
    colon = re.search(r": [‘'][A-Z]", text) is not None and len(text.split()) >= COLON_WORDS
    return (
        (opens and text[1:2].isupper() and attributed)
        or colon
        or (re.search(r"[,.?!][’'] [a-z]", text) is not None and _ends_sentence(text))
    )


def _ends_sentence(text: str) -> bool:
    """Whether a paragraph ends as a story's sentences do (a full stop, a question or exclamation mark, or a
    closing mark after one): a headline set in the body ("Ryan calls line 'racist,' but backs him;") does
    not."""
    return re.search(r"[.?!][’'\"”]?$", text) is not None


COLON_WORDS = 12  # words in a paragraph whose colon opens a single quotation: fewer is a headline


def _title_case(text: str) -> bool:
    """Whether a line is set in title case (most of its words capitalised): a headline, not a paragraph."""
    words = [w.strip("‘’'\"“”:,.") for w in text.split()]
    words = [w for w in words if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _single_marks(line: str, line_start: int) -> list[int]:
    """Offsets of the single marks of a paragraph quoting with them that open or close a quotation."""
    return sorted(_single_openers(line, line_start) | _single_closers(line, line_start))


def _single_openers(line: str, line_start: int) -> set[int]:
    """Single marks that open: a left mark, or a straight one where a quotation opens (:func:`_opens_at`)."""
    return {
        line_start + i
        for i, ch in enumerate(line)
        if ch == SINGLE_OPEN or (ch == STRAIGHT_SINGLE and _opens_at(line, i, 1))
    }


def _single_closers(line: str, line_start: int) -> set[int]:
    """Single marks that close: a right mark or a straight one that is no apostrophe
    (:func:`_single_closes`)."""
    return {
        line_start + i for i, ch in enumerate(line) if ch in SINGLE_CLOSERS and i and _single_closes(line, i)
    }


def _closer_opens(text: str, pos: int, line_start: int) -> bool:
    """Whether a right double mark opens a quotation, typed the wrong way round: at the start of its
    paragraph (invisible formatting characters aside) and before a word, with another right mark later in
    the paragraph to close it ('”Sorry, we lost,” wrote a fan.')."""
    lead = text[line_start:pos]
    end = text.find("\n", pos)
    rest = text[pos + 1 : end if end >= 0 else len(text)]
    return (
        text[pos] == "”"
        and all(unicodedata.category(c) == "Cf" or c.isspace() for c in lead)
        and rest[:1].isalnum()
        and "”" in rest
    )


def _opener_closes(text: str, pos: int) -> bool:
    """pol29: whether a left double mark closes the quotation open before it, typed the wrong way round: glued
    to the word or punctuation it follows and followed by a space, punctuation or the paragraph's end, never
    by a word ('blasted the film “Frozen“ and the books', 'Please check this.“'). An opening mark stands
    before its first word; left to open, it ran the quotation on over the writer's words to the next mark."""
    before = text[pos - 1 : pos]
    after = text[pos + 1 : pos + 2]
    return text[pos] == "“" and bool(before) and not before.isspace() and not after.isalnum() and after != "“"


def _content_start(open_at: int, opening: set[int], carried: int | None, lead: int) -> int:
    """Where the quoted text of the mark at ``open_at`` starts: where a quotation carried over from the
    paragraph before started, when the mark opens its paragraph; else right after the mark (a doubled single
    mark is two characters)."""
    if carried is not None and open_at == lead:
        return carried
    return open_at + (2 if open_at in opening else 1)


def _reopens(text: str, pos: int) -> bool:
    """Whether a straight mark inside an open quotation reopens it: after a sentence's end and a space, before
    a word ('... play. "The next ...'): a paragraph of a running quotation whose line break was lost. A
    closing mark follows its punctuation directly ('play."')."""
    ended = text[pos - 2 : pos - 1] in {".", "?", "!"}
    return text[pos - 1 : pos] == " " and ended and text[pos + 1 : pos + 2].isalnum()


def _plain_singles(text: str) -> bool:
    """Whether an article with no double marks quotes with plain single marks: a line opens with one, one
    closes after a comma ('... character,' said ...), the British way typed on a plain keyboard, or one opens
    after a colon (a headline's "Minister: 'We will not back down'", a body's "He said: 'It was ..."), or
    (r2s25c) one opens after a space and closes after a comma before a name ("'It was hard,' Alves said"):
    an apostrophe never follows a comma."""
    return (
        re.search(r"(?m)^'[A-Z]|[,.?!]' [a-z]|: '[A-Z]| '[A-Z](?:[^'\n]|(?<=\w)'(?=\w))*,' [A-Z]", text)
        is not None
    )


def _plain_opens(line: str, i: int) -> bool:
    """A plain single mark that opens: at the line's start or after a space or bracket, before a letter
    or digit ("'It was", not "rock 'n' roll" closing nor "the '90s" after its space: both rare in quotes)."""
    return line[i] == STRAIGHT_SINGLE and _opens_at(line, i, 1)


def _opens_at(line: str, i: int, width: int) -> bool:
    """Whether a mark ``width`` characters wide at ``i`` stands where a quotation opens: at the line's start
    or after a space or opening bracket, and right before a letter or digit."""
    before = line[i - 1] if i else " "
    return (before.isspace() or before in "([") and line[i + width : i + width + 1].isalnum()


def _plain_closes(line: str, i: int) -> bool:
    """A plain single mark that closes: right after a sentence's or clause's punctuation, or after a word
    and before a space or punctuation that is no plural possessive ("the players' union")."""
    if line[i] != STRAIGHT_SINGLE or i == 0:
        return False
    before, after = line[i - 1], line[i + 1 : i + 2]
    if before in ".,!?;:":
        return True
    if before in '"”' and not after.isalnum():
        return True  # a quotation within a quotation closes with it ('She said, "Go,"' he recalled)
    return before.isalnum() and not after.isalnum() and not _plural_possessive(line, i)


def _single_closes(line: str, i: int) -> bool:
    """Whether the ``’`` at ``i`` closes a quotation: not inside a word ("don’t") nor a plural possessive
    ("the players’ union"), so after punctuation, or before anything but a letter or a space after "s"."""
    before, after = line[i - 1 : i], line[i + 1 : i + 2]
    if before in {".", ",", "!", "?", ";", ":"}:
        return True
    return not after.isalpha() and not _plural_possessive(line, i)


# Words that follow a closing mark but never a plural possessive: "to 'fix the foundations' of the finances".
_AFTER_A_CLOSE = frozenset(
    {"of", "to", "in", "on", "at", "for", "from", "by", "with", "as", "and", "or", "but", "than", "that"}
    | {"the", "a", "an", "is", "was", "are", "were", "be"}
)


def _plural_possessive(line: str, i: int) -> bool:
    """Whether the mark at ``i`` after an "s" is a plural possessive ("the players' union"), not a quotation
    closing after a plural ("to 'fix the foundations' of"): a possessive's next word is what is owned, never
    a preposition, an article or a conjunction."""
    if line[i - 1 : i].lower() != "s" or line[i + 1 : i + 2] != " ":
        return False
    following = line[i + 2 :].split(maxsplit=1)
    return not following or following[0].lower() not in _AFTER_A_CLOSE


def _doubled(line: str, line_start: int) -> set[int]:
    """Offsets of the doubled apostrophes in a line (each pair once, at its first character)."""
    out: set[int] = set()
    for pair in DOUBLED_CLOSERS:
        i = line.find(pair)
        while i >= 0:
            out.add(line_start + i)
            i = line.find(pair, i + 2)
    return out


def _doubled_openers(line: str, line_start: int) -> set[int]:
    """Offsets of two single marks that open a quotation (``‘’It’s not``, see :func:`_opens_at`)."""
    out: set[int] = set()
    for pair in DOUBLED_OPENERS:
        i = line.find(pair)
        while i >= 0:
            if _opens_at(line, i, 2) and (pair != APOSTROPHES or _runs_to_a_pair(line, i)):
                out.add(line_start + i)
            i = line.find(pair, i + 2)
    return out


def _runs_to_a_pair(line: str, i: int) -> bool:
    """Whether the two apostrophes at ``i`` start words that run, over a space, to a second pair or to the
    paragraph's end (a quotation running on into the next paragraph)."""
    close = line.find(APOSTROPHES, i + 2)
    return " " in line[i + 2 : close if close > 0 else len(line)]


def single_quote_open_at(text: str, at: int) -> bool:
    """Whether a single quote mark opened in the paragraph before ``at`` is still open there (an outer quote
    in single marks the quote layer did not take, for the double marks inside it); an apostrophe between
    letters ("didn't") is neither. A reading of one place by its paragraph alone, unlike
    :func:`scan_quotes`, which reads the article's convention."""
    line = text.rfind("\n", 0, at) + 1
    is_open = False
    for k in range(line, at):
        ch = text[k]
        before = text[k - 1] if k > line else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe
        if ch in SINGLE_OPENERS and not before.isalnum() and after.isalnum():
            is_open = True
        elif ch in SINGLE_CLOSERS and not after.isalnum():
            is_open = False
    return is_open


def quote_roles(text: str) -> dict[int, Role]:
    """Map the character offset of each paired double quote mark to ``open`` or ``close``."""
    return scan_quotes(text)[0]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text, marks excluded, in document order."""
    return scan_quotes(text)[1]
