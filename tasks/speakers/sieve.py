"""The sieve: what a pass sees (:class:`Ask`), what it answers (a speaker, :data:`VETO` or nothing), a pass
(:class:`Pass`), and :func:`attribute`, which asks the passes of :data:`tasks.speakers.registry.PASSES` in
order and records the one that answered; with the small helpers several families share (a phrase's words, a
speech word, a name's tidy form).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from spacy.tokens import Token

from tasks.entities import is_dateline_agency
from tasks.models import Entity, Speaker
from tasks.quote_context import Candidate, Context, Mention, word_piece
from tasks.quotemarks import MARK_CHARS

# Prepositions naming who made or sent something ("a study by X", "a letter from X"): an untagged name there
# may be what a later "the agency" means. (Subjects and objects were tried too: they cost right answers.)
SOURCE_PREPOSITIONS = frozenset({"by", "from"})


PRECISION_FLOOR = 0.95  # a pass measured below this on a dev corpus answers only with corroboration


class Veto:
    """A pass's answer that no later pass may name a speaker: the reading is known to be unsafe."""

    def __repr__(self) -> str:
        return "VETO"


VETO = Veto()
Answer: TypeAlias = Speaker | Veto | None  # a speaker, a veto, or nothing (the next pass is asked)
# The last quote: its content sentence, its speaker and its end offset.
Last: TypeAlias = tuple[int, Speaker | None, int]


@dataclass(frozen=True, slots=True)
class Ask:
    """What a pass sees. ``subj``: the subject of the speech verb ``cue`` (None for a quote with no verb of
    its own, ``cand``); ``history``: the speakers and persons seen so far; ``max_lookback``: how far a pronoun
    may look back; ``anchor``: the sentence a quote before its verb starts in; ``last``: the quote before."""

    ctx: Context
    subj: Token | None
    cue: Token | None
    history: list[Mention]
    max_lookback: int
    anchor: int | None = None
    cand: Candidate | None = None
    last: Last | None = None


@dataclass(frozen=True, slots=True)
class Pass:
    """One step of the sieve: its name (recorded as ``speaker.rule``) and its function. ``corroborate``: for a
    pass whose measured precision is below ``PRECISION_FLOOR`` on a dev corpus, the test its answer must
    pass to stand; an answer that fails it leaves the quote without a speaker."""

    name: str
    run: Callable[[Ask], Answer]
    corroborate: Callable[[Ask, Speaker], bool] | None = None


def attribute(ask: Ask, passes: Sequence[Pass] | None = None) -> Speaker | None:
    """The first answer of :data:`PASSES` (or of ``passes``, a part of them), most precise first, with the
    pass recorded as ``rule``; None when a pass vetoes, when its answer lacks the corroboration the pass asks
    for, or when none answers."""
    # Imported at the call: registry imports every pass, and passes ask the sieve again
    # (resolve_speaker), so a top-level import would make a cycle.
    from tasks.speakers.registry import PASSES

    for step in PASSES if passes is None else passes:
        found = step.run(ask)
        if isinstance(found, Veto):
            return None
        if found is not None:
            # An answer below the precision floor without its corroboration gives no speaker: the passes
            # after it would mostly name the same phrase, and a wrong speaker costs more than none.
            if step.corroborate is not None and not step.corroborate(ask, found):
                return None
            found = _without_leading_verb(ask.ctx, _given_name(ask.ctx, found))
            return found.model_copy(update={"rule": step.name})
    return None


_NAME_NOUNS = frozenset({"name"})


def _given_name(ctx: Context, found: Speaker) -> Speaker:
    """'said the woman, who gave her name only as Lucy', 'another worker, who gave only her first name,
    Kelly,': a described speaker whose relative clause gives the name the person goes by is that name (the
    description stays the text). Only a name the clause gives, never one merely in it."""
    if found.start is None or found.end is None or found.canonical[:1].isupper():
        return found
    span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return found
    for clause in (c for c in span.root.children if c.dep_ == "relcl"):
        noun = next(
            (c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() in _NAME_NOUNS), None
        )
        if noun is None:
            continue
        named = [c for c in noun.children if c.dep_ == "appos"]
        named += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        ent = next((e for t in named if t.pos_ == "PROPN" and (e := ctx.entity(t)) is not None), None)
        if ent is not None and ent.label == "PERSON":
            return found.model_copy(update={"canonical": ent.canonical})
        given = next((t for t in named if t.pos_ == "PROPN" and t.is_title and ctx.quote_of[t.i] < 0), None)
        if given is not None and (ent is None or ent.label not in {"ORG", "GPE", "NORP", "FAC", "LOC"}):
            # r2s24b: "who gave her name only as Pauline" with the name tagged as a work or nothing: the
            # clause says it is a name, the name the person goes by
            return found.model_copy(update={"canonical": _name_words(given)})
    return found


def _without_leading_verb(ctx: Context, found: Speaker) -> Speaker:
    """spk27b: 'Said Hale: "..."', 'Insisted Hale, ...': the model may take the speech verb that opens the
    sentence into the name ("Said Hale"); the speaker is the person the rest names, as the article named
    them before (an alias); a rest the article gave no one leaves the name whole ("Said Jalili")."""
    first, _, rest = found.canonical.partition(" ")
    if not rest or not found.text.startswith(first + " ") or not _is_speech_word(ctx, first):
        return found
    if not first.istitle():
        return found
    canonical = _person_named_as(ctx, rest, found.canonical)
    if canonical is None:
        return found  # "Said Jalili": a given name, unless the rest is someone the article named
    start = found.start + len(first) + 1 if found.start is not None else None
    return found.model_copy(
        update={"text": found.text[len(first) + 1 :], "canonical": canonical, "start": start}
    )


def _person_named_as(ctx: Context, name: str, other: str, before: int | None = None) -> str | None:
    """The one person (canonical name) the article names, outside quotes (before character ``before``), by
    ``name`` in full or as their surname, other than ``other``; None for no one or two."""
    found = {
        e.canonical
        for start, _, e in ctx.named
        if e.label == "PERSON"
        and e.canonical != other
        and (before is None or start < before)
        and (e.canonical == name or (" " in e.canonical and e.canonical.split()[-1] == name))
    }
    return found.pop() if len(found) == 1 else None


def _name_words(token: Token) -> str:
    """A capitalised name and the capitalised words compounded on it before ("Mary Ann")."""
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    return " ".join(t.text for t in words)


def resolve_speaker(
    ctx: Context,
    subj: Token,
    cue: Token | None,
    history: list[Mention],
    max_lookback: int,
    *,
    anchor: int | None = None,
    cand: Candidate | None = None,
    last: Last | None = None,
) -> Speaker | None:
    """The speaker that the subject ``subj`` of speech verb ``cue`` stands for (see :func:`attribute`);
    ``cand``: the quote the verb attributes, when there is one; ``last``: the quote before it."""
    return attribute(Ask(ctx, subj, cue, history, max_lookback, anchor, cand, last))


def _speaker_of(ent: Entity) -> Speaker:
    return Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


_ASK_VERBS = frozenset({"ask", "press", "question", "quiz"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """A described speaker's noun phrase: its tokens (quote marks and leading punctuation dropped), the
    tokens after its determiner, its characters, and whether it is definite ("the", "this")."""

    tokens: list[Token]
    body: list[Token]
    start: int
    end: int
    text: str
    definite: bool


# a live blog entry's time stamp: "10:15", "08.47"
CLOCK_STAMP = re.compile(r"\d{1,2}[:.]\d{2}")


def _phrase(ctx: Context, head: Token) -> Phrase:
    begin = head.left_edge.i
    # "Her co-star ... hinted": the parse may split a hyphenated head into subjects of its own; the phrase is
    # the whole word ("co-star", "ex-wife"), never its last piece ("star" would be someone else).
    if begin == head.i:
        while begin > 0 and not ctx.tokens[begin - 1].whitespace_ and word_piece(ctx.tokens[begin - 1]):
            begin -= 1
    # "PANAMA CITY (Reuters) - Maersk said": the parse may hang the dateline on the subject after its dash
    agency = next((t for t in ctx.tokens[begin : head.i] if _in_dateline(t)), None)
    if agency is not None:
        dash = next((t for t in ctx.tokens[agency.i : head.i] if t.text in DATELINE_DASHES), None)
        begin = dash.i + 1 if dash is not None else begin
    # '"... but we move on," one fan posted': the parse may take quoted words into the subject's phrase
    quoted = [t.i for t in ctx.tokens[begin : head.i] if ctx.quote_of[t.i] >= 0]
    if quoted and ctx.quote_of[head.i] < 0:
        begin = quoted[-1] + 1
    span = ctx.tokens[begin : head.i + 1]
    tokens = [t for t in span if not (t.is_punct and t.text in MARK_CHARS)]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    # "10:15 Climate scientists say": a live blog's time stamp opens the entry, not the phrase
    while len(tokens) > 1 and CLOCK_STAMP.fullmatch(tokens[0].text) and tokens[0].i != head.i:
        tokens.pop(0)
    if not tokens:  # a head that is itself punctuation ('.»'): name it as it stands
        tokens = [head]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    body = tokens[1:] if tokens[0].dep_ == "det" else tokens
    first = tokens[0].morph
    definite = first.get("Definite", []) == ["Def"] or first.get("PronType", []) == ["Dem"]
    return Phrase(tokens, body, start, end, ctx.text[start:end], definite)


LEAD_IN_PUNCT = frozenset(",:;")
_ATTRIBUTION_GAP = MARK_CHARS | LEAD_IN_PUNCT  # what may stand between a quote and its lead-in or attribution


def _index_before(ctx: Context, pos: int, skip: frozenset[str] | set[str]) -> int:
    """The index of the last token before ``pos`` that is neither a space nor in ``skip`` (-1 when none)."""
    k = bisect.bisect_left(ctx.starts, pos) - 1
    while k >= 0 and (ctx.tokens[k].is_space or ctx.tokens[k].text in skip):
        k -= 1
    return k


def _index_after(ctx: Context, pos: int) -> int:
    """The index of the first token from ``pos`` on that is neither a space, a quote mark nor lead-in
    punctuation (``len(ctx.tokens)`` when none)."""
    k = bisect.bisect_left(ctx.starts, pos)
    while k < len(ctx.tokens) and (ctx.tokens[k].is_space or ctx.tokens[k].text in _ATTRIBUTION_GAP):
        k += 1
    return k


def _touches(ctx: Context, start: int, end: int) -> bool:
    """Whether only spacing, quote marks and a comma or colon stand between ``start`` and ``end``."""
    gap = ctx.text[start:end]
    return "\n" not in gap.strip() and all(ch.isspace() or ch in _ATTRIBUTION_GAP for ch in gap)


def _phrase_end(token: Token) -> int:
    last = token.right_edge
    return last.idx + len(last.text)


def _near(ctx: Context, cand: Candidate) -> list[Token]:
    """The tokens of the quote's sentences outside any quote."""
    lo, hi = ctx.sent_bounds[cand.sent][0], ctx.sent_bounds[max(cand.sent, cand.end_sent)][1]
    return [t for t in ctx.tokens[lo:hi] if ctx.quote_of[t.i] < 0]


def _in_dateline(token: Token) -> bool:
    """Whether ``token`` is the agency of a dateline ("PANAMA CITY (Reuters) - Maersk said"): the parse may
    hang the place and its agency on the subject after the dash, but the agency is the writer's, no
    apposition of whoever speaks."""
    if not token.ent_type_:
        return False
    first = token.i
    while first > 0 and token.doc[first].ent_iob_ == "I":
        first -= 1
    if first == 0 or token.doc[first - 1].text != "(":
        return False  # an agency stands in brackets: the entities need no search (the phrase pass is hot)
    ent = next((e for e in token.doc.ents if e.start == first), None)
    return ent is not None and is_dateline_agency(ent)


def _is_speech_word(ctx: Context, word: str) -> bool:
    """Whether a word is a speech verb's past form or present ("Said", "Stated", "Adds")."""
    lower = word.lower()
    stems = {lower, lower[:-1], lower[:-2], lower[:-1] + "y" if lower.endswith("id") else lower}
    return lower in {"said", "says"} or any(stem in ctx.cues.verbs for stem in stems if stem)
