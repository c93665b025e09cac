"""The article's quotes (:func:`quotes`): every finder run over the parse, split quotes joined, duplicates
dropped, speakers resolved; the resolver kept for the bias stage, and the speaker statistics of an article."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from spacy.tokens import Doc, Token

from tasks.cues import ReportingVerbs
from tasks.models import AuthoredDocument, Entity, HeldMention, Quote, Speaker, SpeakerMemory
from tasks.quote_context import (
    SPEAKER_RESOLVER,
    Candidate,
    Context,
    Mention,
    subject_of,
)
from tasks.quote_units import Found, by_paragraph, fold_nested
from tasks.quotemarks import MARK_CHARS
from tasks.quotes.according import _according
from tasks.quotes.marks import _cut_off, _named_in_sentence, _quoted
from tasks.quotes.posts import embedded_posts
from tasks.quotes.reported import _reported
from tasks.quotes.turns import FIRST_PERSON, labelled_answers, transcript_turns, unmarked_answers
from tasks.speakers import (
    WITHIN,
    Ask,
    Last,
    attribute,
    document_in,
    is_person,
    learn_genders,
    medium_of,
    person_subjects,
    pronoun_chains,
    resolve_speaker,
    says_of_self,
)

MAX_SPLIT_GAP = 12  # tokens between the two halves of a split quote ("A," said the spokesman, "B.")


WORD = re.compile(r"\w+")


def quotes(
    doc: Doc,
    entities: list[Entity],
    *,
    cues: ReportingVerbs,
    max_lookback: int = 2,
    indirect: bool = True,
) -> list[Quote]:
    """Quotes in document order: direct, partial and indirect, with speaker, speech verb and medium.

    Args:
        doc: A parsed article (tagger, parser, lemmatizer and the ``wirelens_paragraphs`` sentence starts).
        entities: The article's entities from :func:`tasks.entities.entities`; named speakers take their
            ``canonical`` name.
        cues: The attribution lexicon (:func:`tasks.cues.load_reporting_verbs`).
        max_lookback: How many sentences back a pronoun ("he told AFP") may look for its antecedent.
        indirect: Also return reported speech (``X said (that) ...``, ``according to X``).

    Returns:
        One :class:`~tasks.models.Quote` per quoted span (marks excluded; scare quotes skipped) plus one per
        reported-speech clause. ``speaker`` is ``None`` when no rule names one; a speaker found through a
        pronoun or inherited from the previous quote is the earlier mention (its text and offsets).

    Notes:
        Heuristics, after textacy's ``direct_quotations`` (``extract/triples.py``):

        * A quote's speech verb is the nearest cue verb among the dependency ancestors of the quoted tokens,
          outside any quote. Failing that, a full-sentence quote takes the only cue verb of its sentence.
        * The speaker is the verb's ``nsubj`` (or that of the verb it is conjoined to, or the noun an
          ``acl``/``relcl`` verb modifies; a relative pronoun resolves to its noun). A named entity there,
          or set off in apposition ("the agency, UNRWA,"), gives a named speaker with its canonical name.
        * The verb's complement is an indirect quote; one before the verb needs a comma before it
          ("..., the official said").
        * ``he``/``she``/``it`` resolve to the subject of an enclosing speech verb ("Hamas said it had
          told"), else to the nearest earlier speaker or PERSON subject of matching animacy within
          ``max_lookback`` sentences; ``they``/``we``/``I`` stay unresolved.
        * Other noun phrases are nominal speakers ("A senior Hamas official"), ``anonymous`` when the head
          is a source noun ("official", "analyst") and no name is in the phrase. A definite one ("The U.S.
          official") joins the nearest earlier nominal speaker with the same head and no new modifiers.
        * ``direct`` quotes start their sentence or follow ``:``/``,`` with a clause of their own; other
          quotes are ``partial``. Quotes of one or two words with no speech verb (with a subject) in the
          sentence are scare quotes and skipped. A direct quote with no speech verb of its own inherits
          the speaker of a direct quote in the previous sentence.
    """
    ctx = Context(doc, entities, cues)
    candidates = [c for q in range(len(ctx.spans)) if (c := _quoted(ctx, q)) is not None]
    candidates = _join_split(ctx, candidates)
    if indirect:
        reported = _reported(ctx) + _according(ctx)
        candidates = _dedupe(candidates, reported)
    candidates += unmarked_answers(ctx, candidates)
    candidates += labelled_answers(ctx, candidates)
    turns = transcript_turns(ctx, candidates)
    # "Claire Obi: ... That tells me we're on track.": a report inside a turn is part of the turn's words
    candidates = [c for c in candidates if not (c.kind == "indirect" and _inside_any(c, turns))]
    candidates += turns
    candidates += embedded_posts(ctx, candidates)
    # A caption, a credit line or a link to another story is no part of the story: nobody speaks there.
    candidates = [c for c in candidates if not (ctx.furniture[c.sent] or ctx.link[c.sent])]
    candidates.sort(key=lambda c: (c.start, c.end))

    learn_genders(ctx)
    history: list[Mention] = pronoun_chains(ctx, person_subjects(ctx), max_lookback)
    found: list[Found] = []
    last: Last | None = None  # where the last quote ended (content sentence,
    # offset) and its speaker
    last_direct = False  # whether a direct quote set ``last``
    for cand in candidates:
        speaker: Speaker | None = None
        medium: str | None = None
        if cand.subject is not None:
            # '"A. B. C," he said.': the pronoun looks back from where the quote starts.
            anchor = cand.sent if cand.kind != "indirect" and cand.start < cand.subject.idx else None
            speaker = resolve_speaker(
                ctx, cand.subject, cand.cue, history, max_lookback, anchor=anchor, cand=cand, last=last
            )
        elif cand.cue is None and cand.kind in {"direct", "partial"}:
            speaker = attribute(Ask(ctx, None, None, history, max_lookback, cand=cand, last=last))
        if speaker is None and cand.kind == "partial" and cand.cue is not None:
            # 'saying only that the "special military operation" would continue': a verb whose subject is
            # the marked words themselves says nothing of who speaks; the report around them does.
            speaker = attribute(Ask(ctx, None, None, history, max_lookback, cand=cand, last=last), WITHIN)
        if (
            speaker is not None
            and cand.subject is not None
            and _someone_else(ctx, cand.subject, speaker, found)
        ):
            speaker = None
        if cand.cue is not None:
            medium = medium_of(ctx, cand.cue)
        if speaker is not None:
            head = cand.subject.lemma_.lower() if cand.subject is not None else None
            if cand.subject is not None and cand.subject.pos_ == "PRON":
                head = _described_head(ctx, speaker) or head
            person = is_person(ctx, speaker, cand.subject)
            if not person and (gender := says_of_self(ctx, cand, speaker)) is not None:
                person = True  # "Gillies said he understood": a person, though the model tagged no one
                ctx.genders.setdefault(speaker.canonical, gender)
            pos = cand.subject.idx if cand.subject is not None else cand.start
            sent = ctx.sent_of[cand.subject.i] if cand.subject is not None else cand.sent
            history.append(Mention(pos, sent, speaker, person, head, spoke=True))
        if speaker is not None and cand.cue is not None and (paper := document_in(ctx, cand.cue)) is not None:
            modifiers = frozenset(t.lower_ for t in paper.lefts if t.dep_ != "det")
            ctx.authored.append((paper.idx, paper.lemma_.lower(), modifiers, speaker))
        if cand.kind == "direct" or (cand.kind == "indirect" and speaker is not None):
            # spk27b: ``end_sent`` -1 means the quote's own sentence ('..., according to Jo Li.'), never the
            # article's last one
            ended = max(
                cand.end_sent if cand.end_sent >= 0 else cand.sent,
                ctx.sent_of[cand.cue.i] if cand.cue is not None else -1,
            )
            end_at = max(cand.end, cand.cue.idx if cand.cue is not None else 0)
            here = ctx.csent(ended)
            # '"A," Li told Jo, after Jo assured him that B. "C."': an indirect quote in a direct quote's
            # sentence is reported within it; the quote after carries on the direct quote's voice.
            if not (cand.kind == "indirect" and last_direct and last is not None and last[0] == here):
                last = (here, speaker, end_at)
                last_direct = cand.kind == "direct"
        text = cand.text if cand.text is not None else ctx.text[cand.start : cand.end]
        quote = Quote(
            text=text,
            start=cand.start,
            end=cand.end,
            kind=cand.kind,
            verb=cand.verb,
            speaker=speaker,
            medium=medium,
        )
        found.append((quote, cand.cue))
    doc.user_data[SPEAKER_RESOLVER] = SpeakerResolver(ctx, history, max_lookback)
    return [
        woven(ctx, q, verb) for q, verb in by_paragraph(ctx.text, fold_nested(found, cues.describe_verbs))
    ]


def woven(ctx: Context, quote: Quote, verb: Token | None) -> Quote:
    """pol29: a direct quote that is a fragment of the writer's sentence is a partial one. Kind alone changes:
    span and speaker were settled on the quote as found (a cut-off title's speech verb still names who
    used it).

    * The parse broke the writer's sentence before the marks ('trashed Comey on MSNBC's / "Morning Joe,"
      calling it'): words with no clause of their own that the words before run on into
      (:func:`_cut_off`) open no sentence of the writer's.
    * The writer's sentence carries on past the marks: '"A big truck" plowed through the barriers, he said',
      '"Boots on the ground" would be needed, Carson said': the marks close on a word and the writer's words
      follow with no punctuation between (:func:`_named_in_sentence`). Its own attribution right after the
      marks, a comma left out ('"..." Li said'), is no such sentence.
    """
    if quote.kind != "direct":
        return quote
    carried_on = _named_in_sentence(ctx, quote.end) and not _attributed_after(ctx, quote, verb)
    if not (carried_on or _cut_off_quote(ctx, quote)):
        return quote
    return quote.model_copy(update={"kind": "partial"})


def _cut_off_quote(ctx: Context, quote: Quote) -> bool:
    """:func:`_cut_off` for a quote as reported: its tokens and the parse's sentence of its first one."""
    span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    idx = [t.i for t in span if ctx.quote_of[t.i] >= 0] if span is not None else []
    if not idx:
        return False
    return _cut_off(ctx, idx, ctx.sent_bounds[ctx.sent_of[idx[0]]][0])


def _attributed_after(ctx: Context, quote: Quote, verb: Token | None) -> bool:
    """Whether only the speech verb and its subject follow the closing mark ('"..." Li said', '"..." said
    Jo Li'): the quote's own attribution with its comma left out."""
    if verb is None or verb.idx < quote.end:
        return False
    subject = subject_of(verb, ctx.quote_of)
    between = [
        t for t in ctx.tokens[bisect.bisect_left(ctx.starts, quote.end) : verb.i] if t.text not in MARK_CHARS
    ]
    return all(subject is not None and t.i in {d.i for d in subject.subtree} for t in between)


# The fields of a mention that travel to another stage as they are; ``described`` (a token) goes as its index.
_HELD_FIELDS = tuple(f.name for f in fields(Mention) if f.name != "described")


class SpeakerResolver:
    """voice27: the quote layer's speaker passes over its final history (every mention and speaker it
    saw), for a holder the bias stage finds outside any quote: a labelling verb's subject ("The senator
    branded the bill a disgrace"), a view's holder. The passes read mentions before the holder, so a name
    given only later in the article is no answer, as for a quote there."""

    def __init__(self, ctx: Context, history: list[Mention], max_lookback: int) -> None:
        self.ctx, self.history, self.max_lookback = ctx, history, max_lookback

    def __call__(self, subject: Token, cue: Token | None) -> Speaker | None:
        return resolve_speaker(self.ctx, subject, cue, list(self.history), self.max_lookback)

    def memory(self) -> SpeakerMemory:
        """tidy28: the passes' state as JSON, for a stage in another process (:meth:`restored`)."""
        ctx = self.ctx
        return SpeakerMemory(
            mentions=[
                HeldMention(
                    **{name: getattr(m, name) for name in _HELD_FIELDS},
                    described=m.described.i if m.described is not None else None,
                )
                for m in self.history
            ],
            genders=ctx.genders,
            given_genders=ctx.given_genders,
            they_people=sorted(ctx.they_people),
            authored=[
                AuthoredDocument(pos=pos, noun=noun, modifiers=sorted(words), speaker=who)
                for pos, noun, words, who in ctx.authored
            ],
            turn_speakers=ctx.turn_speakers,
            max_lookback=self.max_lookback,
        )

    @classmethod
    def restored(
        cls, doc: Doc, entities: list[Entity], cues: ReportingVerbs, memory: SpeakerMemory
    ) -> SpeakerResolver:
        """The passes as :meth:`memory` left them, on the same parse: the article's lookups are built again
        (:class:`Context`), the quotes are not looked for again."""
        ctx = Context(doc, entities, cues)
        ctx.genders, ctx.given_genders = dict(memory.genders), dict(memory.given_genders)
        ctx.they_people = set(memory.they_people)
        ctx.authored = [(a.pos, a.noun, frozenset(a.modifiers), a.speaker) for a in memory.authored]
        ctx.turn_speakers = dict(memory.turn_speakers)
        history = [
            Mention(
                **{name: getattr(m, name) for name in _HELD_FIELDS},
                described=doc[m.described] if m.described is not None else None,
            )
            for m in memory.mentions
        ]
        return cls(ctx, history, memory.max_lookback)


def speaker_memory(doc: Doc) -> SpeakerMemory | None:
    """tidy28: the state :func:`quotes` left its speaker passes in on ``doc``, or None when it did not run."""
    resolver = doc.user_data.get(SPEAKER_RESOLVER)
    return resolver.memory() if isinstance(resolver, SpeakerResolver) else None


def ensure_speaker_resolver(
    doc: Doc, entities: list[Entity], cues: ReportingVerbs, memory: SpeakerMemory | None = None
) -> None:
    """Leave :class:`SpeakerResolver` on a doc whose quotes another process found (a stage's ``Doc`` is
    rebuilt without ``user_data``): restored from the ``memory`` the extract stage sent (tidy28), so the
    quotes are not found twice; without one (an extraction made by hand, or by a release that sent none)
    the passes are rerun, on first use only."""
    if SPEAKER_RESOLVER in doc.user_data:
        return
    if memory is not None:
        doc.user_data[SPEAKER_RESOLVER] = SpeakerResolver.restored(doc, entities, cues, memory)
        return

    def later(subject: Token, cue: Token | None) -> Speaker | None:
        quotes(doc, entities, cues=cues)  # leaves the real resolver in place of this one
        resolve = doc.user_data[SPEAKER_RESOLVER]
        return resolve(subject, cue) if resolve is not later else None

    doc.user_data[SPEAKER_RESOLVER] = later


THIRD_PERSON = frozenset({"he", "she"})


def _someone_else(ctx: Context, subj: Token, speaker: Speaker, found: Sequence[Found]) -> bool:
    """Whether "he"/"she", the subject of a speech verb inside a quote, was resolved to that quote's own
    speaker while the quote speaks in the first person before it ("I spoke to the manager and she told me
    ..."): the speaker says "I", so "she" is someone else, and the pronoun is left without a speaker.
    """
    if subj.lower_ not in THIRD_PERSON:
        return False
    for quote, _ in found:
        if quote.kind == "indirect" or not quote.start <= subj.idx < quote.end or quote.speaker is None:
            continue
        if quote.text != ctx.text[quote.start : quote.end]:
            continue  # a split quote joined around its attribution: '"A," he said of B, "C."'
        if quote.speaker.canonical == speaker.canonical and FIRST_PERSON.search(
            ctx.text, quote.start, subj.idx
        ):
            return True
    return False


def _inside_any(cand: Candidate, spans: Sequence[Candidate]) -> bool:
    """Whether ``cand``'s characters lie within one of ``spans``."""
    return any(s.start <= cand.start and cand.end <= s.end for s in spans)


def _described_head(ctx: Context, speaker: Speaker) -> str | None:
    """spk24a: the noun of a description a "he"/"she" was resolved to ("A hospital porter, who ... . '...,' he
    said"): the speaker a later "the porter" means (``same-description``), as if the phrase had spoken;
    None for a named speaker (a name's root is no common noun)."""
    if speaker.start is None or speaker.end is None:
        return None
    span = ctx.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root.lemma_.lower() if root is not None and root.pos_ == "NOUN" else None


def speaker_stats(found: Sequence[Quote]) -> list[dict[str, Any]]:
    """Who is quoted how often and at what length, most quoted first.

    Args:
        found: The quotes of one article (:func:`quotes`).

    Returns:
        One plain dict per speaker, keyed by canonical name (``None`` collects quotes without a speaker):
        ``speaker``, ``anonymous``, ``quotes`` (all kinds), ``direct`` (direct and partial), ``indirect``,
        ``words`` (words quoted), ``share`` (of all quoted words in the article, 0-1). Sorted by words, then
        quotes, descending.
    """
    rows: dict[tuple[str | None, bool], dict[str, Any]] = {}
    total = 0
    for q in found:
        key = (q.speaker.canonical, q.speaker.anonymous) if q.speaker is not None else (None, False)
        row = rows.setdefault(
            key,
            {"speaker": key[0], "anonymous": key[1], "quotes": 0, "direct": 0, "indirect": 0, "words": 0},
        )
        words = len(WORD.findall(q.text))
        row["quotes"] += 1
        row["indirect" if q.kind == "indirect" else "direct"] += 1
        row["words"] += words
        total += words
    out = sorted(rows.values(), key=lambda r: (-r["words"], -r["quotes"], str(r["speaker"])))
    for row in out:
        row["share"] = round(row["words"] / total, 3) if total else 0.0
    return out


def anonymous_share(found: Sequence[Quote]) -> tuple[int, int]:
    """How many quotes come from anonymous sources, and how many quotes have a speaker at all."""
    with_speaker = [q for q in found if q.speaker is not None]
    return sum(1 for q in with_speaker if q.speaker is not None and q.speaker.anonymous), len(with_speaker)


def _join_split(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Join ``"A," he said, "B."`` into one quote: the attribution sits between two halves of one sentence.

    The first half ends with a comma inside its marks, the gap holds the speech verb with its subject (or,
    :func:`_interrupting_clause`, any verb with its subject: 'she believes') and ends with a comma, and the
    second half has no speech verb of its own (or the same one). The second half may lack a clause of its own
    ('"This port," he said, "belongs to the town"': its subject is in the first half).
    """
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "direct"
            and (cand.kind == "direct" or (cand.kind == "partial" and cand.cue is None))
            and (cand.cue is None or (prev.cue is not None and cand.cue.i == prev.cue.i))
            and _split_gap(ctx, prev, cand)
        ):
            first = prev.text if prev.text is not None else ctx.text[prev.start : prev.end]
            second = ctx.text[cand.start : cand.end]
            cue, subject, verb = prev.cue, prev.subject, prev.verb
            if cue is None and (cue := _interrupting_clause(ctx, prev, cand)) is not None:
                subject, verb = subject_of(cue, ctx.quote_of), cue.text  # the verb between is the attribution
            out[-1] = Candidate(
                prev.start,
                cand.end,
                "direct",
                prev.sent,
                cue,
                subject,
                verb,
                end_sent=cand.end_sent,
                text=f"{first} {second}",
            )
            continue
        out.append(cand)
    return out


def _split_gap(ctx: Context, a: Candidate, b: Candidate) -> bool:
    if a.cue is None and b.kind == "partial":
        if _interrupting_clause(ctx, a, b) is None:
            return False
    elif a.cue is None or not (a.end <= a.cue.idx < b.start):
        return False
    raw_end = a.end
    while raw_end < len(ctx.text) and ctx.text[raw_end] not in MARK_CHARS:
        raw_end += 1
    if "," not in ctx.text[a.end : raw_end + 1] or "\n" in ctx.text[a.end : b.start]:
        return False
    gap = [t for t in ctx.tokens if a.end <= t.idx < b.start and not t.is_space and t.text not in MARK_CHARS]
    if len(gap) >= 2 and _leads_in_anew(gap[-2], a.cue):
        return False
    return 0 < len(gap) <= MAX_SPLIT_GAP and gap[-1].text == "," and gap[0].text == ","


def _leads_in_anew(last: Token, cue: Token | None) -> bool:
    """pol29: '"A," Li said, suggesting a few questions, including, "B?"': the words between the two quotes
    end on a participle or a preposition of their own (not the attribution's verb), which leads in the second
    quote as what it names: a quotation of its own, not the rest of the first."""
    if cue is not None and last.i == cue.i:
        return False
    return last.tag_ == "VBG" or (last.pos_ == "ADP" and last.dep_ == "prep")


def _interrupting_clause(ctx: Context, a: Candidate, b: Candidate) -> Token | None:
    """'"This port," Vance believes, "belongs to the town"': between the halves only a verb and its one- or
    two-word subject (a name or a pronoun), and the second half no clause of its own, so it cannot stand
    apart: one sentence interrupted by its attribution, whatever the verb (believe, think, note)."""
    gap = [t for t in ctx.tokens if a.end <= t.idx < b.start and t.is_alpha]
    verbs = [t for t in gap if t.pos_ == "VERB"]
    if len(verbs) != 1 or not 2 <= len(gap) <= 3:
        return None
    subj = [t for t in gap if t.dep_ == "nsubj" and t.head.i == verbs[0].i]
    return verbs[0] if len(subj) == 1 and subj[0].pos_ in {"PROPN", "PRON"} else None


def _dedupe(quoted: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Merge the finders: a reported clause that is all one quotation is that quotation, made ``direct``."""
    out = list(quoted)
    # (start, index) of every candidate in ``out``, sorted: only those starting inside ``rep`` are looked at
    # (a scan of all of them per clause was quadratic: 1,333 clauses with a quote each, 0.66 s).
    by_start = sorted((q.start, k) for k, q in enumerate(out))
    spans: set[tuple[int, int]] = set()
    for rep in reported:
        cue = rep.cue
        if (rep.start, rep.end) in spans:
            continue  # "denied what it described as ...": two cues report the one clause; one record of it
        spans.add((rep.start, rep.end))
        lo = bisect.bisect_left(by_start, (rep.start, -1))
        hi = bisect.bisect_right(by_start, (rep.end, len(out)))
        inner = sorted(k for _, k in by_start[lo:hi] if out[k].text is None and out[k].end <= rep.end)
        if cue is not None and len(inner) == 1:
            q = out[inner[0]]
            outside = rep.end - rep.start - (q.end - q.start)
            if outside <= 3:  # only the quote marks and a comma or full stop left over
                if q.cue is None or q.cue.i == cue.i:
                    out[inner[0]] = Candidate(
                        q.start, q.end, "direct", q.sent, cue, rep.subject, rep.verb, end_sent=q.end_sent
                    )
                continue
        if cue is None and len(inner) == 1 and out[inner[0]].kind == "direct" and out[inner[0]].cue is None:
            q = out[inner[0]]
            if rep.end - rep.start - (q.end - q.start) <= 4:
                continue  # 'According to X, "..."': the quote itself, attributed by the according-to pass
        bisect.insort(by_start, (rep.start, len(out)))
        out.append(rep)
    return out
