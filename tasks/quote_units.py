"""The units quotes are reported in, once found and attributed.

A quotation is counted once: quoted words inside the reported clause of the same speech verb ('she said the
plan was "a disaster"') are part of that clause, not a second quote. And a quotation running over several
paragraphs is reported paragraph by paragraph, each with the speaker, the way news annotators and readers
count quotes; a long quote kept whole would weigh as one against a speaker's several short ones.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.models import Quote
from tasks.quote_context import TRAILING
from tasks.quotemarks import MARK_CHARS

Found = tuple[Quote, Token | None]  # a quote and the speech verb that governs it


def fold_nested(found: list[Found], describe_verbs: frozenset[str] = frozenset()) -> list[Found]:
    """Leave out a partial quote that lies inside an indirect quote of the same speech verb.

    'He said the team was "very committed" to it': the reported clause already holds the marked words. The
    bias stage still reads the marks themselves as the speaker's words (:mod:`tasks.bias`), so nothing but
    the count changes. A label quoted after a describing verb ('described it as "a very important step"')
    stays a quote of its own: the marked words are all that is said. So does a direct quote after its own
    comma or colon ('told Mic on Monday, "..."'), whatever the parse hangs it on.
    """
    clauses = [
        (q.start, q.end, verb.i)
        for q, verb in found
        if q.kind == "indirect" and verb is not None and verb.lemma_.lower() not in describe_verbs
    ]
    out: list[Found] = []
    for q, verb in found:
        if (
            q.kind == "partial"
            and verb is not None
            and any(s <= q.start and q.end <= e and v == verb.i for s, e, v in clauses)
        ):
            continue
        out.append((q, verb))
    return out


def by_paragraph(text: str, found: list[Found]) -> list[Found]:
    """Cut a quote that runs over paragraph breaks into one quote per paragraph (marks and fillers left out).

    A split quote joined around its attribution (its ``text`` differs from the span's) stays as it is.
    """
    out: list[Found] = []
    for q, verb in found:
        raw = text[q.start : q.end]
        if "\n" not in raw or q.text != raw:
            out.append((q, verb))
            continue
        pos = q.start
        for line in raw.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            while start < end and (text[start].isspace() or text[start] in MARK_CHARS):
                start += 1
            while end > start and (text[end - 1] in TRAILING or text[end - 1] in MARK_CHARS):
                end -= 1
            if not any(ch.isalnum() for ch in text[start:end]):
                continue  # a blank line or a " ." filler between paragraphs
            out.append((q.model_copy(update={"text": text[start:end], "start": start, "end": end}), verb))
    return out
