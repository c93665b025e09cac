"""Quotes attributed by "according to X": the content before or after, and a name apposed after the source."""

from __future__ import annotations

from spacy.tokens import Span

from tasks.quote_context import (
    Candidate,
    Context,
    trim,
)
from tasks.quotes.reported import _close_quotes, _dateline_cut


def _according(ctx: Context) -> list[Candidate]:
    """Indirect quotes from ``..., according to X``: the clause the phrase attaches to, without it."""
    out: list[Candidate] = []
    for acc in ctx.doc:
        if acc.lower_ != "according" or acc.dep_ != "prep" or ctx.quote_of[acc.i] >= 0:
            continue
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        head = acc.head
        after = range(acc.right_edge.i + 1, head.right_edge.i + 1)
        if acc.i > head.i and any(ctx.quote_of[i] >= 0 for i in after):
            continue  # 'She was, according to her son, "hopeless ..."': the quotation is what he said
        if acc.i > head.i:
            first, last = head.left_edge, ctx.tokens[acc.left_edge.i - 1]
        else:
            first, last = ctx.tokens[acc.right_edge.i + 1], head.right_edge
            apposed = _name_apposed_after(ctx, acc.right_edge.i + 1) if source.ent_type_ != "PERSON" else None
            if apposed is not None:
                # spk29c: "According to the Secretary of Labor, Jane Doe, wages are rising.": the name the
                # parse cut off from the office is who said it, and no part of what was said
                source, first = apposed.root, ctx.tokens[apposed.end + 1]
            # "According to X, the deficit will rise.": the clause, not the comma before it or its full stop
            while first.i < last.i and first.is_punct and ctx.quote_of[first.i] < 0:
                first = ctx.tokens[first.i + 1]
            while last.i > first.i and last.text in (".", "!") and ctx.quote_of[last.i] < 0:
                last = ctx.tokens[last.i - 1]
        start, end = _close_quotes(ctx, first.idx, last.idx + len(last.text))
        start = max(start, _dateline_cut(ctx.text, start, end))
        start, end = trim(ctx.text, start, end)
        if end > start:
            verb = f"{acc.text} {to.text}" if to is not None else acc.text
            out.append(Candidate(start, end, "indirect", ctx.sent_of[acc.i], None, source, verb))
    return out


def _name_apposed_after(ctx: Context, comma: int) -> Span | None:
    """The person's name between the comma at ``comma`` and the next comma ("..., Jane Doe, ..."), the model's
    PERSON span whole and outside quotes; None otherwise."""
    tokens = ctx.tokens
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or tokens[comma + 1].ent_iob_ != "B":
        return None
    if tokens[comma + 1].ent_type_ != "PERSON" or ctx.quote_of[comma + 1] >= 0:
        return None
    end = comma + 2
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    return ctx.doc[comma + 1 : end]
