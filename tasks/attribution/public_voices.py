"""The public's words: embedded social-media posts and their credit lines, readers' comments (signed or
not), a crowd's cries and the words on its signs."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import _COUNTS, _DOUBLE_MARKS, _FIRST_PERSON, _MARKED_FRAGMENT, _counted
from tasks.attribution.holders import _owner, _partitive
from tasks.models import Quote, Speaker

# "— Jo Li (@joli) May 3, 2026" (an embedded X/Twitter post), "A post shared by Jo Li (@joli)" (Instagram).
_CREDIT = re.compile(
    r"(?:^|\s)(?:[—–-]\s*|A post shared by\s+)(?P<name>[^\n()@—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"(?P<tail>[^\n]{0,40})",
)


def post_credits(text: str) -> Iterator[tuple[int, str]]:
    """Where each embedded post's credit line names its author, and the name ("— Jo Li (@joli) May 3, 2026"
    on the post's line or a line of its own)."""
    for m in _CREDIT.finditer(text):
        yield m.start("name"), m.group("name").strip()


_CROWD = frozenset({"one", "another", "many", "some", "others", "several", "most"})


def crowd_voices(doc: Doc, *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the quotation after ", with one writing:" as the words of that one ("Hundreds complained
    online, with one writing: '...'", "with many calling it 'a joke'"): the absolute "with" phrase counts
    off a member of the crowd the sentence names and makes it the subject of the speech verb; the parse
    takes the verb for a noun, so the quote layer finds no speaker.

    Args:
        doc: A parsed article.
        verbs: Lemmas of verbs of saying ("write", "add", "say").
    """
    for w in doc:
        if w.lower_ != "with" or w.i + 2 >= len(doc):
            continue
        who, verb = doc[w.i + 1], doc[w.i + 2]
        if who.lower_ not in _CROWD or verb.tag_ not in ("VBG", "NN") or not verb.lower_.endswith("ing"):
            continue
        if (
            verb.lemma_.lower() not in verbs
            and verb.lower_[:-3] not in verbs
            and verb.lower_[:-3] + "e" not in verbs
        ):
            continue
        end = w.sent.end
        marks = [t for t in doc[verb.i + 1 : end] if t.is_quote]
        if not marks or marks[0].i + 1 >= len(doc):
            continue
        start_char = doc[marks[0].i + 1].idx
        # bias26a: the quotation may run on past the sentence ("'He is lazy. We have every right.'")
        end_char = _closing_mark(doc.text, start_char, single=marks[0].text in ("'", "‘"))
        if end_char is None or end_char <= start_char:
            continue
        yield Quote(
            text=doc.text[start_char:end_char],
            start=start_char,
            end=end_char,
            kind="direct",
            verb=verb.text,
            speaker=Speaker(
                text=(name := _crowd_member(w, who)), canonical=name, anonymous=True, start=who.idx
            ),
        )


def _closing_mark(text: str, start: int, *, single: bool = False) -> int | None:
    """Where the quotation opened just before ``start`` closes, within its paragraph (a single mark: one
    not inside a word, as "don't" has); None if it does not."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    found = (_SINGLE_CLOSE if single else _DOUBLE_CLOSE).search(text, start, end)
    return found.start() if found is not None else None


_SINGLE_CLOSE = re.compile(r"['’](?!\w)")
_DOUBLE_CLOSE = re.compile(r"[”\"]")


def _crowd_member(w: Token, who: Token) -> str:
    """bias26a: the member ", with one writing:" counts off, named by the crowd its sentence's subject names
    ("Fans were furious, with one writing ..." -> "one fan"; "Some of the fans ..., with many ..." -> "many
    fans"): "one" alone names no one. A crowd that is no plural noun ("Hundreds complained") leaves the
    word as it is."""
    subject = next((c for c in w.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and (part := _partitive(subject)) is not None and part[-1].tag_ == "NNS":
        subject = part[-1]  # "Some of the fans": the fans
    if subject is None or subject.tag_ != "NNS" or subject.like_num or subject.lower_ in _COUNTS:
        return who.text  # "Hundreds complained online, with one writing": one of a count, no kind
    return f"{who.lower_} {subject.lemma_.lower() if who.lower_ == 'one' else subject.lower_}"


def _paragraph_before(text: str, at: int) -> tuple[int, str]:
    """Where the paragraph before offset ``at`` starts, and its text (trailing spacing left out)."""
    before = text[:at].rstrip()
    start = before.rfind("\n") + 1
    return start, before[start:]


def social_posts(text: str) -> Iterator[Quote]:
    """Yield each embedded social-media post (its paragraph up to the credit line) as its author's quote.

    Args:
        text: The article body.

    Notes:
        An embed pasted into article text keeps its credit line: "— Display Name (@handle) Month D, YYYY"
        after an X/Twitter post, "A post shared by Display Name (@handle)" after an Instagram one. The post
        is the paragraph before the credit (or the text since the last blank line); the speaker is the
        display name.
    """
    for m in _CREDIT.finditer(text):
        end = m.start("name")
        dash = text.rfind("\n", 0, end)
        para_start = dash + 1
        head = text[para_start:end].rstrip(" —–-").rstrip()
        if m.group(0).lstrip().startswith("A post shared by"):
            head = text[para_start : m.start()].rstrip()
            if not head:  # Instagram puts the credit on its own line, after the caption
                prev = text.rfind("\n", 0, max(0, dash - 1))
                para_start = prev + 1
                head = text[para_start:dash].rstrip()
        if not head.strip() and text[para_start:end].strip(" —–-") == "":
            # voice6: an X/Twitter credit pasted as a paragraph of its own: the post is the paragraph before
            para_start, head = _paragraph_before(text, para_start)
        if not head.strip():
            continue
        name = m.group("name").strip()
        yield Quote(
            text=head,
            start=para_start,
            end=para_start + len(head),
            kind="direct",
            verb="posted",
            speaker=Speaker(text=name, canonical=name),
        )
    # bias23b: a credit line with the handle alone ("— @joli", a line of its own): the post is the paragraph
    # before, the handle its author
    for m in _HANDLE_CREDIT.finditer(text):
        para_start, head = _paragraph_before(text, m.start())
        if head.strip() and not _CREDIT.search(head):
            name = "@" + m.group("handle")
            yield Quote(
                text=head,
                start=para_start,
                end=para_start + len(head),
                kind="direct",
                verb="posted",
                speaker=Speaker(text=name, canonical=name),
            )
    # An embed kept as markup: '<tweet author="@handle" ...>text</tweet>' (archived web copy)
    for m in _EMBED.finditer(text):
        name = m.group("author").lstrip("@")
        if name and m.group("post").strip() and not _CREDIT.search(m.group("post")):  # a credit line names it
            speaker = Speaker(text=name, canonical=name)
            start, end = m.span("post")
            yield Quote(
                text=m.group("post"), start=start, end=end, kind="direct", verb="posted", speaker=speaker
            )


_HANDLE_CREDIT = re.compile(r"(?m)^[ \t]*[—–][ \t]*@(?P<handle>\w{1,30})\b[^\n@]{0,40}$")
_EMBED = re.compile(
    r"<(?P<tag>tweet|post|embed)\b[^<>]*?\bauthor=[\"'](?P<author>[^\"'<>]{1,60})[\"'][^<>]*>(?P<post>[^<>]{1,2000}?)</(?P=tag)>"
)


# A reader's signature closing a comment: a name of one to four capitalised words, a comma, a place of
# capitalised words (towns, "UK", "Nairobi, Kenya"), and no full stop: a line of its own or the last sentence
# of the comment's paragraph.
_WORD = r"[A-Z][\w'’.-]*"
_SIGNATURE = re.compile(
    rf"(?:^|(?<=[.!?\"”')]))[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}),[ \t]+"
    rf"(?P<place>{_WORD}(?:[ \t]+{_WORD})*(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD})*){{0,2}})[ \t]*$"
)
_COMMENT_ENDS = frozenset(".!?\"”'’)")
_MIN_SIGNED = 3  # one or two lines ending "Name, Place" could be anything; a comments page has several


def signed_comments(text: str) -> Iterator[Quote]:
    """Yield each reader's comment of a comments page ("Have your say") as its signatory's words.

    Args:
        text: The article body.

    Notes:
        A page of readers' views prints each comment as a paragraph signed "Name, Place" at its end, on a
        line of its own or as the paragraph's last sentence, and quotes nothing: the comments' "I think",
        "disgraceful" are the readers', not the writer's. Several signed paragraphs are needed. The comment
        is the paragraph the signature closes; after the first signature, every paragraph up to the next
        one (a comment runs over several paragraphs; the page's introduction comes before the first).
    """
    lines = _paragraphs(text)
    signed = [(k, m) for k, (_, line) in enumerate(lines) if (m := _SIGNATURE.search(line))]
    if len(signed) < _MIN_SIGNED:
        return
    previous = -1  # the line of the last signature
    for k, m in signed:
        start_line, line = lines[k]
        own = line[: m.start()].strip()
        # A signature on its own line closes the paragraph before it (and, after the first, those since
        # the last signature); one at the end of a paragraph closes that paragraph.
        first = k if own else (k - 1 if previous < 0 else previous + 1)
        if first < 0 or first > k or (first == k and not own):
            previous = k
            continue
        start = lines[first][0] + len(lines[first][1]) - len(lines[first][1].lstrip())
        end = start_line + m.start() if own else lines[k - 1][0] + len(lines[k - 1][1].rstrip())
        if own:
            end = start_line + len(line[: m.start()].rstrip())
        name = m.group("name")
        previous = k
        # A comment is written in sentences: a list line before a name ("Wales: Gareth Thomas, Cardiff")
        # is no comment.
        if end > start and text[end - 1] in _COMMENT_ENDS:
            yield Quote(
                text=text[start:end],
                start=start,
                end=end,
                kind="direct",
                speaker=Speaker(text=name, canonical=name, rule="signed"),
            )


# The writer of a news report does not speak in the first person outside quote marks; a reader does.
_OWN_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|We|our|Our|us)\b")
_IN_MARKS = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_MIN_COMMENTS = 4  # a comments page prints several views; a report's last paragraphs are not one
# lead25b: of the paragraphs from the first view on, the share with quote marks that makes them a column's
# argument with the people it quotes (a column read 0.44; a BBC page of readers' views 0.21)
_COLUMN_MARKED_SHARE = 1 / 3
_COMMENTS_SHARE = 0.5  # of the paragraphs from the first view to the end, those in the first person


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each non-blank line of ``text`` with its offset: a paragraph of wire copy."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _speaks_for_self(paragraph: str) -> bool:
    """Whether a paragraph says "I" or "we" outside quote marks."""
    return bool(_OWN_WORDS.search(_IN_MARKS.sub("", paragraph)))


def _first_view(paragraphs: list[str]) -> int | None:
    """Where a report's appended readers' views begin, or None when it has none.

    The views are a trailing run of paragraphs, at least half in the first person, after a report that
    quotes someone (marks in an earlier paragraph) and never speaks in the first person itself outside a
    quotation: a column or review whose writer says "I" or "we" from the start is the writer's.
    """
    own = [_speaks_for_self(p) for p in paragraphs]
    marked = [any(ch in _DOUBLE_MARKS for ch in p) for p in paragraphs]
    for k in range(2, len(paragraphs) - _MIN_COMMENTS + 1):
        if not own[k] or marked[k]:
            continue
        if any(own[j] and not marked[j] for j in range(k)) or not any(marked[:k]):
            return None
        if sum(marked[k:]) >= _COLUMN_MARKED_SHARE * len(marked[k:]):
            return None  # lead25b: a column goes on quoting the people it argues with; readers' views seldom
        tail = own[k:]
        return k if sum(tail) >= _COMMENTS_SHARE * len(tail) else None
    return None


def unsigned_comments(text: str) -> Iterator[Quote]:
    """Yield each paragraph of readers' views appended, unsigned, to a news report as a reader's words.

    Args:
        text: The article body.

    Notes:
        A report followed by "your views" prints the comments as plain paragraphs; copy that has lost the
        "Name, Place" signatures (:func:`signed_comments`) still changes voice where the paragraphs turn
        to the first person without quote marks ("I work for minimum wage", "we would be foolish"). The
        comments' "I think", "whining", "disgraceful" are the readers', not the writer's. The speaker is
        left unknown: nothing names them.
    """
    if any(signed_comments(text)):  # the signatures say whose each comment is
        return
    lines = _paragraphs(text)
    first = _first_view([line for _, line in lines])
    if first is None:
        return
    for offset, line in lines[first:]:
        start = offset + len(line) - len(line.lstrip())
        end = offset + len(line.rstrip())
        yield Quote(text=text[start:end], start=start, end=end, kind="direct")


# Words between a sign and the words on it: "a sign *reading* ...", "placards *that said* ...", "a banner
# *with the words* ...".
_SIGN_LINKS = frozenset(
    {"reading", "read", "reads", "saying", "said", "says", "that", "which", "with", "the", "words"}
)
_SIGN_JOINS = frozenset({"and", "or", ","})


def held_signs(doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str]) -> Iterator[Quote]:
    """bias24c: yield the words in marks on a sign, placard or banner as its holders' ("protesters held a sign
    reading 'witch hunt'", "Fans waved banners reading 'Out' and 'Clueless'").

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a holder the quote layer resolved keeps its canonical name.
        nouns: Lemmas of things with words on them held up or worn (``sign_nouns``).

    Notes:
        The words must follow the sign at once, through "reading", "saying", "that read" or "with the
        words"; further marked fragments joined by "and", "or" or a comma are on the same signs. The holder
        is the subject of the verb that takes the sign as its object ("held", "carried", "waved"), the noun
        a "with" phrase hangs on ("protesters with placards"), or the subject the parse gave the sign
        itself; with none found, nothing is yielded and the marks stay as they were.
    """
    for sign in doc:
        if sign.pos_ != "NOUN" or sign.lemma_.lower() not in nouns:
            continue
        holder = _sign_holder(sign)
        if holder is None or holder.lower_ in _FIRST_PERSON:
            continue
        fragments = list(_sign_words(doc, sign))
        if not fragments:
            continue
        speaker = _owner(holder, quotes)
        if speaker is None:
            continue
        for start, end in fragments:
            yield Quote(text=doc.text[start:end], start=start, end=end, kind="direct", speaker=speaker)


def _sign_holder(sign: Token) -> Token | None:
    """Who holds a sign: the subject of the verb whose object it is, the noun of "X with placards", or the
    subject the parse hung on the sign itself ("Some carried placards ..." read as a noun phrase)."""
    if sign.dep_ == "conj":
        # r2b24: "waved flags and held signs", the parse joining the sign to the first verb (or to its
        # object): the first conjunct's holder
        first = sign
        while first.dep_ == "conj":
            first = first.head
        if first.pos_ in ("VERB", "AUX"):
            subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
            return _counted(subject) if subject is not None else None
        sign = first
    if sign.dep_ == "dobj":
        subject = next((c for c in sign.head.children if c.dep_ == "nsubj"), None)
        return _counted(subject) if subject is not None else None
    if sign.dep_ == "pobj" and sign.head.lower_ == "with" and sign.head.head.pos_ in ("NOUN", "PROPN"):
        return sign.head.head
    return next((c for c in sign.children if c.dep_ == "nsubj"), None)


def _sign_words(doc: Doc, sign: Token) -> Iterator[tuple[int, int]]:
    """The character spans of the marked words right after a sign and those joined to them."""
    sent_end = sign.sent.end_char
    at = sign.idx + len(sign)
    links = _SIGN_LINKS
    while True:
        m = _MARKED_FRAGMENT.search(doc.text, at, sent_end)
        if m is None:
            return
        gap = doc.text[at : m.start()].replace(",", " , ").lower().split()
        if len(gap) > 4 or any(w not in links for w in gap):
            return
        yield m.start("words"), m.end("words")
        at, links = m.end(), _SIGN_JOINS
