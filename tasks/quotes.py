"""Who says what: direct, partial and indirect quotes, each with its speaker, speech verb and medium.

A wrong speaker is worse than none, so every rule here prefers to leave ``speaker`` empty over guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tasks.cues import ReportingVerbs
from tasks.models import Entity, Quote, QuoteKind, Speaker
from tasks.quotemarks import QUOTE_CHARS, quoted_spans

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
TRAILING = ",;: \n\t"
MAX_SCARE_WORDS = 2


@dataclass(slots=True)
class _Mention:
    """A speaker seen so far, for pronouns and definite descriptions ("the official") to resolve to."""

    pos: int
    sent: int
    speaker: Speaker
    person: bool
    head: str | None  # head lemma of a nominal speaker


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: QuoteKind
    sent: int
    cue: Token | None
    subject: Token | None
    verb: str | None


class _Context:
    """Per-document lookups shared by the helpers: text, sentence and quote of every token, entities."""

    def __init__(self, doc: Doc, ents: Sequence[Entity], cues: ReportingVerbs) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: list[Token] = list(doc)
        self.cues = cues
        self.spans = quoted_spans(self.text)
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        for k, sent in enumerate(doc.sents):
            self.sent_bounds.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        # Index of the quoted span each token lies in, or -1.
        self.quote_of: list[int] = [-1] * len(doc)
        q = 0
        for token in self.tokens:
            while q < len(self.spans) and self.spans[q][1] <= token.idx:
                q += 1
            if q < len(self.spans) and self.spans[q][0] <= token.idx < self.spans[q][1]:
                self.quote_of[token.i] = q
        self.ent_of: dict[int, Entity] = {}
        for ent in ents:
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.ent_of[token.i] = ent

    def is_cue(self, token: Token) -> bool:
        return token.pos_ == "VERB" and token.lemma_.lower() in self.cues.verbs and self.quote_of[token.i] < 0

    def entity(self, token: Token) -> Entity | None:
        ent = self.ent_of.get(token.i)
        return ent if ent is not None and ent.label in SPEAKER_LABELS else None


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
    ctx = _Context(doc, entities, cues)
    candidates = [c for q in range(len(ctx.spans)) if (c := _quoted(ctx, q)) is not None]
    if indirect:
        candidates.extend(_reported(ctx))
        candidates.extend(_according(ctx))
    candidates.sort(key=lambda c: (c.start, c.end))

    history: list[_Mention] = _person_subjects(ctx)
    out: list[Quote] = []
    last_direct: tuple[int, Speaker | None] | None = None
    for cand in candidates:
        speaker: Speaker | None = None
        medium: str | None = None
        if cand.subject is not None:
            speaker = _speaker(ctx, cand.subject, cand.cue, history, max_lookback)
        elif cand.cue is None and cand.kind == "direct" and last_direct is not None:
            prev_sent, prev_speaker = last_direct
            if 0 <= cand.sent - prev_sent <= 1:
                speaker = prev_speaker
        if cand.cue is not None:
            medium = _medium(ctx, cand.cue)
        if speaker is not None:
            head = cand.subject.lemma_.lower() if cand.subject is not None else None
            person = _is_person(ctx, speaker, cand.subject)
            history.append(_Mention(cand.start, cand.sent, speaker, person, head))
        if cand.kind == "direct":
            last_direct = (cand.sent, speaker)
        text = ctx.text[cand.start : cand.end]
        out.append(
            Quote(
                text=text,
                start=cand.start,
                end=cand.end,
                kind=cand.kind,
                verb=cand.verb,
                speaker=speaker,
                medium=medium,
            )
        )
    return out


# -- finding quotes ---------------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _quoted(ctx: _Context, q: int) -> _Candidate | None:
    """The candidate for quoted span ``q``: kind, speech verb and subject; ``None`` for scare quotes."""
    qs, qe = ctx.spans[q]
    idx = _tokens_in(ctx, q)
    if not idx:
        return None
    doc = ctx.tokens
    first_sent, last_sent = ctx.sent_of[idx[0]], ctx.sent_of[idx[-1]]
    lo, hi = ctx.sent_bounds[first_sent][0], ctx.sent_bounds[last_sent][1]
    words = sum(1 for i in idx if not (doc[i].is_punct or doc[i].is_space))
    cue = _governing_cue(ctx, idx)
    cues_here = [doc[i] for i in range(lo, hi) if ctx.is_cue(doc[i]) and _subject(doc[i]) is not None]
    kind = _kind(ctx, idx, lo)
    if cue is None and kind == "direct" and len(cues_here) == 1:
        cue = cues_here[0]
    if kind == "partial" and words <= MAX_SCARE_WORDS and not cues_here:
        return None
    start, end = _trim(ctx.text, qs, qe)
    if start >= end:
        return None
    subject = _subject(cue) if cue is not None else None
    return _Candidate(start, end, kind, first_sent, cue, subject, cue.text if cue is not None else None)


def _tokens_in(ctx: _Context, q: int) -> list[int]:
    qs, qe = ctx.spans[q]
    span = ctx.doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return []
    return [t.i for t in span if ctx.quote_of[t.i] == q]


def _kind(ctx: _Context, idx: Sequence[int], sent_start: int) -> QuoteKind:
    """``direct`` for a quote that opens its sentence or follows ``:``/``,`` with its own clause."""
    doc = ctx.tokens
    before = [t for t in doc[sent_start : idx[0]] if not t.is_space and t.text not in QUOTE_CHARS]
    if not before:
        return "direct"
    inside = set(idx)
    has_clause = any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx)
    if before[-1].text in {":", ","} and has_clause:
        return "direct"
    return "partial"


def _governing_cue(ctx: _Context, idx: Sequence[int]) -> Token | None:
    """The nearest cue verb with a subject, outside quotes, among the ancestors of the quoted tokens.

    A cue verb without a subject ("in denying Hamas ...") is passed over for the next one up.
    """
    inside = set(idx)
    best: tuple[int, Token] | None = None
    for i in idx:
        token = ctx.tokens[i]
        if token.head.i in inside and token.head.i != i:
            continue  # not a root of the quoted fragment
        hops, node = 0, token
        while node.head.i != node.i:
            node = node.head
            hops += 1
            if node.i not in inside and ctx.is_cue(node) and _subject(node) is not None:
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
    return best[1] if best else None


def _reported(ctx: _Context) -> list[_Candidate]:
    """Indirect quotes: the clausal complement of a reported-speech verb, outside quotes."""
    out: list[_Candidate] = []
    doc = ctx.tokens
    for verb in doc:
        if not ctx.is_cue(verb) or verb.lemma_.lower() not in ctx.cues.reported_speech:
            continue
        for comp in verb.children:
            if comp.dep_ != "ccomp" or ctx.quote_of[comp.i] >= 0:
                continue
            after = comp.right_edge.i + 1
            if comp.i < verb.i and (after >= len(doc) or doc[after].text != ","):
                continue  # "..., the official said" needs its comma; anything else is a misparse
            tokens = [
                t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i and t.i < comp.i)
            ]
            while tokens and (tokens[0].is_punct or tokens[0].is_space):
                tokens.pop(0)
            if not tokens:
                continue
            start = tokens[0].idx
            end = tokens[-1].idx + len(tokens[-1].text)
            start, end = _close_quotes(ctx, start, end)
            start, end = _trim(ctx.text, start, end)
            if end > start:
                out.append(
                    _Candidate(start, end, "indirect", ctx.sent_of[comp.i], verb, _subject(verb), verb.text)
                )
    return out


def _according(ctx: _Context) -> list[_Candidate]:
    """Indirect quotes from ``..., according to X``: the clause the phrase attaches to, without it."""
    out: list[_Candidate] = []
    for acc in ctx.doc:
        if acc.lower_ != "according" or acc.dep_ != "prep" or ctx.quote_of[acc.i] >= 0:
            continue
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        head = acc.head
        if acc.i > head.i:
            first, last = head.left_edge, ctx.tokens[acc.left_edge.i - 1]
        else:
            first, last = ctx.tokens[acc.right_edge.i + 1], head.right_edge
        start, end = _trim(ctx.text, first.idx, last.idx + len(last.text))
        start, end = _close_quotes(ctx, start, end)
        if end > start:
            verb = f"{acc.text} {to.text}" if to is not None else acc.text
            out.append(_Candidate(start, end, "indirect", ctx.sent_of[acc.i], None, source, verb))
    return out


def _close_quotes(ctx: _Context, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so that it does not cut a quotation in half (marks included)."""
    for qs, qe in ctx.spans:
        if start <= qs < end < qe + 1:
            end = min(qe + 1, len(ctx.text))
        elif start - 1 <= qs and qs < start < qe <= end:
            start = qs - 1
    return start, end


# -- speakers ---------------------------------------------------------------------------------------------


def _subject(verb: Token) -> Token | None:
    """The speaker token of a speech verb: its subject, the conjoined verb's, or the noun it modifies."""
    node: Token | None = verb
    seen = 0
    while node is not None and seen < 4:
        seen += 1
        subj = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            if subj.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
                return node.head
            return subj
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head
        else:
            node = None
    return None


def _speaker(
    ctx: _Context, subj: Token, cue: Token | None, history: list[_Mention], max_lookback: int
) -> Speaker | None:
    ent = ctx.entity(subj)
    if ent is not None:
        return Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
    if (app := _apposed_name(ctx, subj)) is not None:
        return Speaker(text=app.text, canonical=app.canonical, start=app.start, end=app.end)
    if subj.pos_ == "PRON":
        return _resolve_pronoun(ctx, subj, cue, history, max_lookback)
    if subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _nominal(ctx, subj, history)


def _apposed_name(ctx: _Context, subj: Token) -> Entity | None:
    """A name set off by commas or brackets in apposition: "the U.N. agency ..., UNRWA," or "an aide, Jo Li,".

    The name must fit the head: a person for a source noun ("official"), an organisation otherwise.
    """
    wanted = "PERSON" if subj.lemma_.lower() in ctx.cues.source_nouns else "ORG"
    for token in subj.subtree:
        if token.dep_ != "appos" or (ent := ctx.entity(token)) is None or ent.label != wanted:
            continue
        first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if first is not None and first.start > 0 and ctx.tokens[first.start - 1].text in {",", "("}:
            return ent
    return None


def _resolve_pronoun(
    ctx: _Context, pron: Token, cue: Token | None, history: list[_Mention], max_lookback: int
) -> Speaker | None:
    """``he``/``she`` to the nearest person, ``it`` to the nearest non-person; others stay unresolved."""
    gender = pron.morph.get("Gender", [])
    number = pron.morph.get("Number", [])
    if pron.morph.get("Person", []) != ["3"] or number != ["Sing"] or not gender:
        return None
    person = gender[0] in {"Masc", "Fem"}
    # "Hamas said it had told ...": the subject of the enclosing speech verb.
    if cue is not None and cue.dep_ in {"ccomp", "xcomp"} and ctx.is_cue(cue.head):
        outer = _subject(cue.head)
        if outer is not None and outer.pos_ != "PRON":
            found = _speaker(ctx, outer, None, history, max_lookback)
            if found is not None and _is_person(ctx, found, outer) == person:
                return found
    sent = ctx.sent_of[pron.i]
    for mention in reversed(history):
        if mention.pos >= pron.idx:
            continue
        if sent - mention.sent > max_lookback:
            break
        if mention.person == person:
            return mention.speaker
    return None


def _nominal(ctx: _Context, head: Token, history: list[_Mention]) -> Speaker:
    """A speaker described, not named: ``A senior Hamas official``, ``The Israeli military``."""
    doc = ctx.tokens
    tokens = [t for t in doc[head.left_edge.i : head.i + 1] if not (t.is_punct and t.text in QUOTE_CHARS)]
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = ctx.text[start:end]
    body = tokens[1:] if tokens[0].dep_ == "det" else tokens
    definite = tokens[0].morph.get("Definite", []) == ["Def"] or tokens[0].morph.get("PronType", []) == [
        "Dem"
    ]
    lemma = head.lemma_.lower()
    if definite:
        words = {t.lower_ for t in body if t.i != head.i}
        for mention in reversed(history):
            if mention.head == lemma and mention.speaker.start is not None:
                before = {w.lower() for w in mention.speaker.text.split()}
                if words <= before:
                    return Speaker(
                        text=text,
                        canonical=mention.speaker.canonical,
                        anonymous=mention.speaker.anonymous,
                        start=start,
                        end=end,
                    )
    named = any(ctx.ent_of.get(t.i) is not None and ctx.ent_of[t.i].label == "PERSON" for t in tokens)
    anonymous = lemma in ctx.cues.source_nouns and not named
    return Speaker(
        text=text, canonical=_canonical_phrase(ctx, body), anonymous=anonymous, start=start, end=end
    )


def _canonical_phrase(ctx: _Context, tokens: Sequence[Token]) -> str:
    """The phrase with each entity in it replaced by its canonical name ("Benjamin Netanyahu's office")."""
    if not tokens:
        return ""
    parts: list[str] = []
    pos = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    for token in tokens:
        ent = ctx.ent_of.get(token.i)
        if ent is not None and ent.start >= pos and ent.end <= end and token.idx == ent.start:
            parts.append(ctx.text[pos : ent.start] + ent.canonical)
            pos = ent.end
    parts.append(ctx.text[pos:end])
    return "".join(parts)


def _is_person(ctx: _Context, speaker: Speaker, subj: Token | None) -> bool:
    """Whether a speaker can be ``he``/``she``: a PERSON entity or a source noun ("official")."""
    if speaker.start is not None:
        span = ctx.doc.char_span(speaker.start, speaker.end or speaker.start, alignment_mode="expand")
        if span is not None:
            ent = ctx.ent_of.get(span[-1].i)
            if ent is not None and ent.start == speaker.start:
                return ent.label == "PERSON"
            return span.root.lemma_.lower() in ctx.cues.source_nouns
    return subj is not None and subj.lemma_.lower() in ctx.cues.source_nouns


def _person_subjects(ctx: _Context) -> list[_Mention]:
    """PERSON entities that are the subject of a clause: antecedents for a later ``he``/``she``."""
    out: list[_Mention] = []
    seen: set[int] = set()
    for i, ent in ctx.ent_of.items():
        if ent.label == "PERSON" and ctx.tokens[i].dep_ in SUBJECT_DEPS and ent.start not in seen:
            seen.add(ent.start)
            speaker = Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
            out.append(_Mention(ent.start, ctx.sent_of[i], speaker, True, None))
    out.sort(key=lambda m: m.pos)
    return out


def _medium(ctx: _Context, verb: Token) -> str | None:
    """The news medium a speaker told: ``told Agence France-Presse (AFP)``, ``speaking to Reuters``."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for prep in verb.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "with"}:
            objects.extend(c for c in prep.children if c.dep_ == "pobj")
    for obj in objects:
        tokens = list(obj.subtree)
        names = {t.text for t in tokens} | {e.text for t in tokens if (e := ctx.ent_of.get(t.i)) is not None}
        if obj.lemma_.lower() in ctx.cues.media_nouns or names & ctx.cues.media_outlets:
            last = tokens[-1]
            end = last.idx + len(last.text)
            opened = sum(t.text == "(" for t in tokens) - sum(t.text == ")" for t in tokens)
            if opened > 0 and last.i + 1 < len(ctx.tokens) and ctx.tokens[last.i + 1].text == ")":
                end = ctx.tokens[last.i + 1].idx + 1
            start, end = _trim(ctx.text, tokens[0].idx, end)
            return ctx.text[start:end]
    return None
