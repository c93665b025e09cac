"""Who says what: direct, partial and indirect quotes, each with its speaker, speech verb and medium.

A wrong speaker is worse than none, so every rule here prefers to leave ``speaker`` empty over guessing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from tasks.cues import ReportingVerbs
from tasks.models import Entity, Quote, QuoteKind, Speaker
from tasks.quotemarks import QUOTE_CHARS, quoted_spans

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
TRAILING = ",;: \n\t"
MAX_SCARE_WORDS = 2
MAX_SPLIT_GAP = 12  # tokens between the two halves of a split quote ("A," said the spokesman, "B.")
WORD = re.compile(r"\w+")
PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})
MISPARSED_NAME_DEPS = frozenset({"aux", "npadvmod"})  # a name before a speech verb, parsed as neither
MAX_ORG_LOOKBACK = 3  # content sentences back that "the agency" may look for its organisation
MAX_ORG_SCAN = 200  # names looked through for "the commission" (bounds the work on long articles)
DASHES = frozenset("―—–-")
MAX_CHAIN_WINDOW = 50  # mentions a pronoun of a chain looks through (bounds the work in run-on sentences)
MAX_PRONOUN_REACH = 5  # narrative sentences a speaker "he"/"she" may look back when no one is nearer
MAX_CONTINUATION = 3  # content sentences between a quote and a quote paragraph that continues its speaker


@dataclass(slots=True)
class _Mention:
    """A speaker seen so far, for pronouns and definite descriptions ("the official") to resolve to."""

    pos: int
    sent: int
    speaker: Speaker
    person: bool
    head: str | None  # head lemma of a nominal speaker
    subject: bool = True  # a speaker or the subject of a clause, not just named in passing
    unknown: bool = False  # a name the model did not tag: someone a pronoun may mean, but not who
    spoke: bool = False  # the speaker of a quote (not only the subject of some clause)


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: QuoteKind
    sent: int
    cue: Token | None
    subject: Token | None
    verb: str | None
    end_sent: int = -1  # sentence of the last token; -1: same as ``sent``
    text: str | None = None  # joined parts of a split quote; None: the text between start and end


class _Context:
    """Per-document lookups shared by the helpers: text, sentence and quote of every token, entities."""

    def __init__(self, doc: Doc, ents: Sequence[Entity], cues: ReportingVerbs) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens: list[Token] = list(doc)
        self.starts: list[int] = [t.idx for t in self.tokens]
        self.cues = cues
        self.spans = quoted_spans(self.text)
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_bounds: list[tuple[int, int]] = []
        # Sentences on a line of page furniture or a photo caption: they count as no sentence at all.
        self.furniture: list[bool] = []
        furniture_lines: dict[int, bool] = {}
        # Index of each sentence among sentences with words: "\n .\n" paragraph fillers do not count.
        self.content_sent: list[int] = []
        n_content = -1
        for k, sent in enumerate(doc.sents):
            self.sent_bounds.append((sent.start, sent.end))
            line = self.text.rfind("\n", 0, sent.start_char) + 1
            if line not in furniture_lines:
                end = self.text.find("\n", line)
                furniture_lines[line] = _is_furniture(
                    self.text[line : end if end >= 0 else len(self.text)], cues
                )
            self.furniture.append(furniture_lines[line])
            if any(t.is_alpha for t in sent) and not self.furniture[k]:
                n_content += 1
            self.content_sent.append(max(n_content, 0))
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
        # Index of each sentence among sentences with words outside quotes: the narrative a pronoun looks
        # back through (a long quote in between does not put its speaker out of reach).
        self.narr_sent: list[int] = []
        n_narr = -1
        for k, (lo, hi) in enumerate(self.sent_bounds):
            if not self.furniture[k] and any(
                self.tokens[i].is_alpha and self.quote_of[i] < 0 for i in range(lo, hi)
            ):
                n_narr += 1
            self.narr_sent.append(max(n_narr, 0))
        self.ent_of: dict[int, Entity] = {}
        # Role words seen before a person's name ("Mayor Doug McCallum"): "the mayor" later is that person.
        self.role_of: dict[str, str] = {}
        # Role words seen before two different people ("Prime Minister A", "Foreign Minister B"): "the
        # minister" may be either, so it stands for no one (a modifier may still tell: "the prime minister").
        self.shared_roles: set[str] = set()
        title_words = {w for t in cues.titles for w in t.split()}
        for ent in ents:
            if ent.label in SPEAKER_LABELS and not any(c.isupper() for c in ent.text):
                continue  # "the rookie defenceman" tagged ORG: a description, not a name
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.ent_of[token.i] = ent
                if ent.label == "PERSON":
                    for token in doc[max(span.start - 3, 0) : span.end]:
                        if token.lower_ in title_words and token.lower_ not in ent.canonical.lower().split():
                            known_role = self.role_of.setdefault(token.lower_, ent.canonical)
                            if known_role != ent.canonical:
                                self.shared_roles.add(token.lower_)
        self._title_persons(title_words | cues.person_nouns)
        # Names by their words as written ("Sinclair" for Murray Sinclair), for a mention the model did not
        # tag; a word two different entities share maps to None.
        self.alias: dict[str, Entity | None] = {}
        for ent in ents:
            if ent.label in SPEAKER_LABELS:
                for word in {ent.text, ent.canonical, ent.canonical.split()[-1]}:
                    known = self.alias.setdefault(word, ent)
                    if known is not None and known.canonical != ent.canonical:
                        self.alias[word] = None
        # PERSON entities by surname, for an untagged surname whose word other entities also use; a surname
        # two people share maps to None.
        self.surname: dict[str, Entity | None] = {}
        for ent in ents:
            if ent.label == "PERSON":
                known = self.surname.setdefault(ent.canonical.split()[-1], ent)
                if known is not None and known.canonical != ent.canonical:
                    self.surname[ent.canonical.split()[-1]] = None
        self.genders: dict[str, str] = {}
        # Documents a speaker wrote or spoke in ("X wrote in a recent report"): (offset, lemma, modifier
        # words, speaker), for a later "the report said".
        self.authored: list[tuple[int, str, frozenset[str], Speaker]] = []
        self._cues_by_sent: dict[int, list[Token]] = {}
        # Named speakers outside quotes, by start offset: ORGs for "the agency", all for "no one intervenes".
        self.named: list[tuple[int, int, Entity]] = []  # (start offset, token index, entity)
        seen: set[int] = set()
        for i in sorted(self.ent_of):
            ent = self.ent_of[i]
            furniture = self.furniture[self.sent_of[i]]
            if (
                ent.start not in seen
                and ent.label in SPEAKER_LABELS
                and self.quote_of[i] < 0
                and not furniture
            ):
                seen.add(ent.start)
                self.named.append((ent.start, i, ent))
        self.named_starts: list[int] = [n[0] for n in self.named]

    def _title_persons(self, roles: frozenset[str] | set[str]) -> None:
        """A PERSON the model makes of a place and a title ("Yellowhead MP") stands for the person it is the
        title of: the name it is set beside ("Jim Eglinski, Yellowhead MP,") or that follows it
        ("Yellowhead MP Jim Eglinski"). Without such a name it is left as it is."""
        done: set[int] = set()
        for i in sorted(self.ent_of):
            ent = self.ent_of[i]
            if ent.label != "PERSON" or ent.start in done or ent.text.split()[-1].lower() not in roles:
                continue
            done.add(ent.start)
            span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            root = span.root
            # The name it is set beside, else the name right after it.
            beside = self.ent_of.get(root.head.i) if root.dep_ == "appos" else None
            person = beside or self.ent_of.get(span.end)
            if person is not None and person.label == "PERSON" and person.start != ent.start:
                for token in span:
                    self.ent_of[token.i] = person

    def content(self, sent: int) -> bool:
        """Whether sentence ``sent`` has words and is part of the story (no filler, furniture or caption)."""
        lo, hi = self.sent_bounds[sent]
        return not self.furniture[sent] and any(t.is_alpha for t in self.tokens[lo:hi])

    def nsent(self, token_or_sent: Token | int) -> int:
        k = token_or_sent if isinstance(token_or_sent, int) else self.sent_of[token_or_sent.i]
        return self.narr_sent[k]

    def csent(self, token_or_sent: Token | int) -> int:
        k = token_or_sent if isinstance(token_or_sent, int) else self.sent_of[token_or_sent.i]
        return self.content_sent[k]

    def cues_in(self, first_sent: int, last_sent: int) -> list[Token]:
        """Speech verbs with a subject in sentences ``first_sent`` to ``last_sent``, each scanned once."""
        out: list[Token] = []
        for k in range(first_sent, last_sent + 1):
            if k not in self._cues_by_sent:
                lo, hi = self.sent_bounds[k]
                self._cues_by_sent[k] = [
                    self.tokens[i]
                    for i in range(lo, hi)
                    if self.is_cue(self.tokens[i]) and _subject(self.tokens[i], self.quote_of) is not None
                ]
            out.extend(self._cues_by_sent[k])
        return out

    def is_cue(self, token: Token) -> bool:
        if token.pos_ != "VERB" or self.quote_of[token.i] >= 0:
            return False
        lemma = token.lemma_.lower()
        if lemma in self.cues.verbs:
            return True
        # Phrasal speech verbs: '"...," Trump went on.', 'Sanders shot back'.
        return any(
            c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in self.cues.phrasal_verbs
            for c in token.children
        )

    def entity(self, token: Token) -> Entity | None:
        ent = self.ent_of.get(token.i)
        return ent if ent is not None and ent.label in SPEAKER_LABELS else None


def _is_furniture(line: str, cues: ReportingVerbs) -> bool:
    """Whether a line is page furniture or a photo caption (``cues.boilerplate_lines``), not the story."""
    return any(p.match(line) for p in cues.boilerplate_lines)


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
    candidates = _join_split(ctx, candidates)
    if indirect:
        reported = _reported(ctx) + _according(ctx)
        candidates = _dedupe(candidates, reported)
    candidates.sort(key=lambda c: (c.start, c.end))

    _learn_genders(ctx)
    history: list[_Mention] = _pronoun_chains(ctx, _person_subjects(ctx), max_lookback)
    out: list[Quote] = []
    last: tuple[int, Speaker | None, int] | None = None  # where the last quote ended (content sentence,
    # offset) and its speaker
    for cand in candidates:
        speaker: Speaker | None = None
        medium: str | None = None
        if cand.subject is not None:
            # '"A. B. C," he said.': the pronoun looks back from where the quote starts.
            anchor = cand.sent if cand.kind != "indirect" and cand.start < cand.subject.idx else None
            speaker = _speaker(ctx, cand.subject, cand.cue, history, max_lookback, anchor=anchor)
        elif cand.cue is None and cand.kind == "direct":
            speaker = _floating(ctx, cand, last)
            named = _signed(ctx, cand) if speaker is None else None
            named = named or (_named_before(ctx, cand) if speaker is None else None)
            if named is not None:
                speaker = Speaker(
                    text=named.text, canonical=named.canonical, start=named.start, end=named.end
                )
        if cand.cue is not None:
            medium = _medium(ctx, cand.cue)
        if speaker is not None:
            head = cand.subject.lemma_.lower() if cand.subject is not None else None
            person = _is_person(ctx, speaker, cand.subject)
            pos = cand.subject.idx if cand.subject is not None else cand.start
            sent = ctx.sent_of[cand.subject.i] if cand.subject is not None else cand.sent
            history.append(_Mention(pos, sent, speaker, person, head, spoke=True))
        if (
            speaker is not None
            and cand.cue is not None
            and (paper := _document_in(ctx, cand.cue)) is not None
        ):
            modifiers = frozenset(t.lower_ for t in paper.lefts if t.dep_ != "det")
            ctx.authored.append((paper.idx, paper.lemma_.lower(), modifiers, speaker))
        if cand.kind == "direct" or (cand.kind == "indirect" and speaker is not None):
            ended = max(cand.end_sent, ctx.sent_of[cand.cue.i] if cand.cue is not None else -1)
            end_at = max(cand.end, cand.cue.idx if cand.cue is not None else 0)
            last = (ctx.csent(ended), speaker, end_at)
        text = cand.text if cand.text is not None else ctx.text[cand.start : cand.end]
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
    lo = ctx.sent_bounds[first_sent][0]
    words = sum(1 for i in idx if not (doc[i].is_punct or doc[i].is_space))
    cue = _governing_cue(ctx, idx)
    cues_here = ctx.cues_in(first_sent, last_sent)
    kind = _kind(ctx, idx, lo)
    if cue is None and kind == "direct" and len(cues_here) == 1:
        cue = cues_here[0]
    if cue is None and kind == "direct":
        cue = _trailing_cue(ctx, qe) or _lead_in_cue(ctx, first_sent, qs) or _colon_verb(ctx, idx[0], lo)
    if kind == "partial" and cue is None and (words <= MAX_SCARE_WORDS or _is_title(doc, idx)):
        return None  # a scare quote, a nickname or the title of a work: not speech
    start, end = _trim(ctx.text, qs, qe)
    if start >= end:
        return None
    subject = _subject(cue, ctx.quote_of) if cue is not None else None
    verb = cue.text if cue is not None else None
    return _Candidate(start, end, kind, first_sent, cue, subject, verb, end_sent=last_sent)


def _trailing_cue(ctx: _Context, close: int) -> Token | None:
    """``"Who are they?" Trump asked.``: a sentence the model starts after "?"/"!" that attributes the quote.

    The sentence must start right after the closing mark, on the same line, and open with ``subject verb``
    (or ``verb subject``) where the verb is a speech verb with no complement of its own.
    """
    doc = ctx.tokens
    k = bisect.bisect_right(ctx.starts, close)
    after = doc[k] if k < len(doc) else None
    if after is None or not after.is_sent_start or "\n" in ctx.text[close : after.idx]:
        return None
    lo, hi = ctx.sent_bounds[ctx.sent_of[after.i]]
    for token in doc[lo : min(hi, lo + 6)]:
        # A complement of its own means the sentence says something else; an object of "ask"/"tell" is
        # the person addressed ('"Why?" Obama asked Republican politicians.').
        complements = {"ccomp"} if token.lemma_.lower() in ctx.cues.addressee_verbs else {"ccomp", "dobj"}
        if not ctx.is_cue(token) or any(c.dep_ in complements and c.i > token.i for c in token.children):
            continue
        if (subj := _subject(token, ctx.quote_of)) is not None and subj.i >= lo:
            return token
    return None


def _previous_content(ctx: _Context, sent: int) -> int:
    """The sentence with words before ``sent`` (paragraph fillers such as " ." skipped), or -1."""
    prev = sent - 1
    while prev >= 0 and not ctx.content(prev):
        prev -= 1
    return prev


def _lead_in_cue(ctx: _Context, sent: int, open_at: int) -> Token | None:
    """``Trump said:`` closing the paragraph before a quote that opens its own: that speech verb."""
    prev = _previous_content(ctx, sent)
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    words = [t for t in ctx.tokens[lo:hi] if not t.is_space]
    if not words or words[-1].text != ":" or words[-1].idx > open_at:
        return None
    cues = [t for t in words if ctx.is_cue(t) and _subject(t, ctx.quote_of) is not None]
    if not cues:
        return _named_colon_verb(ctx, words[-1])
    return cues[-1] if len(cues) == 1 else None


def _colon_verb(ctx: _Context, first: int, sent_start: int) -> Token | None:
    """``Jo Li boomed: "..."``: the verb before a colon that opens the quote, in its sentence."""
    for i in range(first - 1, sent_start - 1, -1):
        token = ctx.tokens[i]
        if token.is_space or token.text in QUOTE_CHARS:
            continue
        return _named_colon_verb(ctx, token) if token.text == ":" else None
    return None


def _named_colon_verb(ctx: _Context, colon: Token) -> Token | None:
    """The verb a colon hangs from, when it is no speech verb but a named person is its subject.

    ``Jo Li echoed:``, ``Jo Li thanked them, writing:``; a verb of any kind, so only a PERSON will do.
    """
    verb = colon.head
    if colon.text != ":" or verb.pos_ != "VERB" or verb.i > colon.i or ctx.quote_of[verb.i] >= 0:
        return None
    subj = _subject(verb, ctx.quote_of)
    ent = ctx.entity(subj) if subj is not None else None
    return verb if ent is not None and ent.label == "PERSON" else None


def _is_title(doc: Sequence[Token], idx: Sequence[int]) -> bool:
    """Title case throughout ("The Kid Who Would Be King"): the name of a work, show or slogan."""
    words = [doc[i] for i in idx if doc[i].is_alpha]
    if not words or len(words) > 8:
        return False
    return all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in words) and words[0].text[0].isupper()


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"}
)


def _join_split(ctx: _Context, cands: list[_Candidate]) -> list[_Candidate]:
    """Join ``"A," he said, "B."`` into one quote: the attribution sits between two halves of one sentence.

    The first half ends with a comma inside its marks, the gap holds the speech verb with its subject and ends
    with a comma, and the second half has no speech verb of its own (or the same one).
    """
    out: list[_Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "direct"
            and cand.kind == "direct"
            and prev.cue is not None
            and (cand.cue is None or cand.cue.i == prev.cue.i)
            and _split_gap(ctx, prev, cand)
        ):
            first = prev.text if prev.text is not None else ctx.text[prev.start : prev.end]
            second = ctx.text[cand.start : cand.end]
            out[-1] = _Candidate(
                prev.start,
                cand.end,
                "direct",
                prev.sent,
                prev.cue,
                prev.subject,
                prev.verb,
                end_sent=cand.end_sent,
                text=f"{first} {second}",
            )
            continue
        out.append(cand)
    return out


def _split_gap(ctx: _Context, a: _Candidate, b: _Candidate) -> bool:
    if a.cue is None or not (a.end <= a.cue.idx < b.start):
        return False
    raw_end = a.end
    while raw_end < len(ctx.text) and ctx.text[raw_end] not in QUOTE_CHARS:
        raw_end += 1
    if "," not in ctx.text[a.end : raw_end + 1] or "\n" in ctx.text[a.end : b.start]:
        return False
    gap = [t for t in ctx.tokens if a.end <= t.idx < b.start and not t.is_space and t.text not in QUOTE_CHARS]
    return 0 < len(gap) <= MAX_SPLIT_GAP and gap[-1].text == "," and gap[0].text == ","


def _dedupe(quoted: list[_Candidate], reported: list[_Candidate]) -> list[_Candidate]:
    """Merge the finders: a reported clause that is all one quotation is that quotation, made ``direct``."""
    out = list(quoted)
    for rep in reported:
        cue = rep.cue
        inner = [k for k, q in enumerate(out) if q.text is None and rep.start <= q.start and q.end <= rep.end]
        if cue is not None and len(inner) == 1:
            q = out[inner[0]]
            outside = rep.end - rep.start - (q.end - q.start)
            if outside <= 3:  # only the quote marks and a comma or full stop left over
                if q.cue is None or q.cue.i == cue.i:
                    out[inner[0]] = _Candidate(
                        q.start, q.end, "direct", q.sent, cue, rep.subject, rep.verb, end_sent=q.end_sent
                    )
                continue
        out.append(rep)
    return out


def _tokens_in(ctx: _Context, q: int) -> list[int]:
    qs, qe = ctx.spans[q]
    span = ctx.doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return []
    return [t.i for t in span if ctx.quote_of[t.i] == q]


def _kind(ctx: _Context, idx: Sequence[int], sent_start: int) -> QuoteKind:
    """``direct`` for a quote that opens its sentence or follows ``:``/``,`` with its own clause."""
    doc = ctx.tokens
    before: list[Token] = []  # the last two tokens before the quote in its sentence (scanning back)
    for i in range(idx[0] - 1, sent_start - 1, -1):
        if not doc[i].is_space and doc[i].text not in QUOTE_CHARS:
            before.insert(0, doc[i])
            if len(before) == 2:
                break
    if not before:
        return "direct"
    inside = set(idx)
    has_clause = any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx)
    if has_clause and (
        before[-1].text in {":", ","}
        or (before[-1].pos_ == "VERB" and before[-1].lemma_.lower() in ctx.cues.verbs)
        or (before[-1].lower_ == "that" and len(before) > 1 and before[-2].lemma_.lower() in ctx.cues.verbs)
    ):
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
            if node.i not in inside and ctx.is_cue(node) and _subject(node, ctx.quote_of) is not None:
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
    return best[1] if best else None


def _reported(ctx: _Context) -> list[_Candidate]:
    """Indirect quotes: the clausal complement of a reported-speech verb, outside quotes."""
    out: list[_Candidate] = []
    doc = ctx.tokens
    for verb in doc:
        if not ctx.is_cue(verb):
            continue
        for comp in verb.children:
            if verb.lemma_.lower() not in ctx.cues.reported_speech:
                break
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
                    _Candidate(
                        start,
                        end,
                        "indirect",
                        ctx.sent_of[comp.i],
                        verb,
                        _subject(verb, ctx.quote_of),
                        verb.text,
                    )
                )
        if verb.lemma_.lower() in ctx.cues.describe_verbs:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if obj is not None and as_ is not None and ctx.quote_of[as_.i] < 0 and obj.i < as_.i:
                last = as_.right_edge
                start, end = _close_quotes(ctx, obj.left_edge.idx, last.idx + len(last.text))
                start, end = _trim(ctx.text, start, end)
                if end > start:
                    sent = ctx.sent_of[verb.i]
                    out.append(
                        _Candidate(
                            start, end, "indirect", sent, verb, _subject(verb, ctx.quote_of), verb.text
                        )
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


def _subject(verb: Token, quote_of: Sequence[int] = ()) -> Token | None:
    """The speaker token of a speech verb: its subject, the conjoined verb's, or the noun it modifies.

    ``quote_of`` (the quoted span of each token, -1 outside quotes) passes over a subject inside a quote:
    '"Or Ferguson," Trump said.' gives the verb two subjects, and the speaker is the one outside; of
    several outside, the nearest to the verb.
    """
    node: Token | None = verb
    seen = 0
    while node is not None and seen < 4:
        seen += 1
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        outside = [c for c in subjects if not quote_of or quote_of[c.i] < 0]
        # Of several (a misparse), the nearest to the verb: "Berea, OH, ..., Gov. John Kasich said".
        at = node.i
        subj = min(outside or subjects, key=lambda c: abs(c.i - at)) if subjects else None
        if subj is not None:
            if subj.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
                return node.head
            return subj
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        # '"...," Conway notes.': the model takes the name for a compound of the verb.
        # '"...," DeBoer said.': or for an auxiliary ("DeBoer/NNP aux said").
        named = [
            c
            for c in node.children
            if c.i < node.i
            and (
                (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ in MISPARSED_NAME_DEPS and c.tag_ in {"NNP", "NNPS"})
            )
        ]
        # '"Go back," Trump barked.' may come out as "Trump/compound barked/VBN" as well.
        if named and (node.tag_ in {"VBZ", "VBD"} or (node.tag_ == "VBN" and named[-1].i == node.i - 1)):
            return named[-1]
        if node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i):
            node = node.head  # "..., Clark said, noting that ...": the participle shares the subject
        elif node.dep_ == "pcomp" and node.head.lower_ == "as" and node.head.head.lemma_.lower() == "quote":
            # '"...," he was quoted as saying.': who was quoted is the speaker.
            quoted = node.head.head
            return next((c for c in quoted.children if c.dep_ == "nsubjpass"), None)
        elif node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return node.head
        else:
            node = None
    return None


def _speaker(
    ctx: _Context,
    subj: Token,
    cue: Token | None,
    history: list[_Mention],
    max_lookback: int,
    *,
    anchor: int | None = None,
) -> Speaker | None:
    ent = ctx.entity(subj)
    if ent is not None:
        return Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
    if (app := _apposed_name(ctx, subj)) is not None:
        return Speaker(text=app.text, canonical=app.canonical, start=app.start, end=app.end)
    if subj.text[:1].isupper() and subj.pos_ != "PRON" and (alias := ctx.alias.get(subj.text)) is not None:
        # '"...," Sinclair writes.' with "Sinclair" untagged (or tagged as a common noun) this time.
        end = subj.idx + len(subj.text)
        return Speaker(text=subj.text, canonical=alias.canonical, start=subj.idx, end=end)
    if subj.pos_ == "PRON":
        return _resolve_pronoun(ctx, subj, cue, history, max_lookback, anchor=anchor)
    if subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if subj.lemma_.lower() in ctx.cues.document_nouns and any(
        c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in subj.children
    ):
        return None  # "his release", "her letter": a person's own (a release from jail), no issued document
    issuer = _issuer(ctx, subj) if subj.lemma_.lower() in ctx.cues.document_nouns else None
    # "a statement e-mailed by Jo Li", "a complaint filed by prosecutors": who issued it speaks.
    if issuer is not None and (found := _speaker(ctx, issuer, None, history, max_lookback)) is not None:
        return found
    if subj.pos_ == "NOUN" and (person := _epithet(ctx, subj, history) or _named_next(ctx, subj)) is not None:
        described = _nominal(ctx, subj, history)
        return described.model_copy(update={"canonical": person.canonical, "anonymous": False})
    if subj.pos_ == "NOUN" and ctx.cues.speaker_nouns:
        lemma = subj.lemma_.lower()
        known = (
            ctx.cues.source_nouns | ctx.cues.person_nouns | ctx.cues.speaker_nouns | ctx.cues.document_nouns
        )
        known = known | ctx.cues.organisation_nouns
        if lemma not in known and lemma not in ctx.role_of:
            return None  # "That makes me smart," the spot said: a misparse, not a speaker
    return _nominal(ctx, subj, history)


def _document_in(ctx: _Context, cue: Token) -> Token | None:
    """The document a speech verb says its subject spoke in: "wrote in a recent report" -> "report"."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.lemma_.lower() in ctx.cues.document_nouns
                and ctx.quote_of[pobj.i] < 0
            ):
                return pobj
    return None


def _issuer(ctx: _Context, document: Token) -> Token | None:
    """Who issued a document, when its phrase says: "a statement from X", "a report by X", "a complaint
    filed by X" (a participle of an issuing verb with an agent; "obtained by X" names no author). A
    pronoun does not count ("his release" is no press release)."""
    for child in document.children:
        by: Token | None = None
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            by = child
        elif (
            child.dep_ == "acl"
            and child.tag_ in {"VBN", "VBD"}  # a participle after its noun is often tagged as a past tense
            and child.lemma_.lower() in ctx.cues.issue_verbs
        ):
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        if by is None:
            continue
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
            return pobj
    return None


def _describes_one(ctx: _Context, head: Token, determiners: frozenset[str]) -> bool:
    """Whether ``head`` heads a description of one person that a name may stand behind: a singular noun
    after one of ``determiners`` and modifiers (no person's name among them), and not a word for an
    institution, a group, a document, a medium or an anonymous source."""
    if head.tag_ != "NN" or ctx.quote_of[head.i] >= 0:
        return False
    lemma = head.lemma_.lower()
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns | cues.media_nouns
    if lemma in institution | cues.source_nouns | ctx.cues.document_nouns:
        return False
    left = [t for t in ctx.doc[head.left_edge.i : head.i] if not t.is_punct]
    if not left or left[0].lower_ not in determiners or left[0].dep_ not in {"det", "nummod"}:
        return False
    return not any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in left)


def _person_subject(ctx: _Context, token: Token) -> Entity | None:
    """The PERSON a subject token names (an untagged surname through the names seen), or None."""
    ent = ctx.ent_of.get(token.i)
    if ent is None and _untagged_name(ctx, token):
        ent = ctx.surname.get(token.text)
    if ent is None or ent.label != "PERSON":
        return None
    clause = token.head if token.dep_ == "appos" else token
    return ent if clause.dep_ in SUBJECT_DEPS | {"nsubjpass"} else None


def _epithet(ctx: _Context, head: Token, history: list[_Mention]) -> Entity | None:
    """``Jones scored late. "...," said the rookie defenceman.``: a definite description with a modifier
    ("the 26-year-old winger") stands for the one person who is a subject in its sentence (before it) or
    the sentence before, in sports and wire copy a common way not to repeat a name.

    Only when the description has no better reading: a title seen with a name ("the mayor"), an earlier
    speaker of the same description, or an organisation noun. Two people in reach: no guess.
    """
    lemma = head.lemma_.lower()
    if lemma in ctx.role_of or not _describes_one(ctx, head, frozenset({"the"})):
        return None
    if head.i - head.left_edge.i < 2 or any(m.head == lemma for m in history):
        return None  # "the judge" alone may be anyone's judge; an earlier "a judge" is that judge
    sent = ctx.sent_of[head.i]
    prev = _previous_content(ctx, sent)
    lo = ctx.sent_bounds[prev][0] if prev >= 0 else ctx.sent_bounds[sent][0]
    found: dict[str, Entity] = {}
    for token in ctx.tokens[lo : head.left_edge.i]:
        if ctx.quote_of[token.i] >= 0:
            continue
        ent = ctx.ent_of.get(token.i)
        if ent is not None and ent.label == "PERSON" and (person := _person_subject(ctx, token)) is None:
            if token.dep_ not in {"compound", "poss"}:
                return None  # a person named, but not as a subject: who the description means is unclear
            continue
        if (person := _person_subject(ctx, token)) is not None:
            found[person.canonical] = person
        elif _untagged_name(ctx, token):
            return None  # someone the model did not name
    return next(iter(found.values())) if len(found) == 1 else None


def _named_next(ctx: _Context, head: Token) -> Entity | None:
    """``A Vancouver hockey coach says ... . Stephen Gillis said ...``: an indefinite description of one
    person named in the next sentence, where a new PERSON (not named before outside captions) is the
    subject of the main verb, with no role of his own set beside the name ("Jo Li, a neighbour,")."""
    if not _describes_one(ctx, head, frozenset({"a", "an", "one"})):
        return None
    sent = ctx.sent_of[head.i]
    nxt = sent + 1
    while nxt < len(ctx.sent_bounds) and not ctx.content(nxt):
        nxt += 1
    if nxt >= len(ctx.sent_bounds):
        return None
    lo, hi = ctx.sent_bounds[nxt]
    root = next((t for t in ctx.tokens[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or ctx.quote_of[root.i] >= 0:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    ent = ctx.entity(subj) if subj is not None else None
    if subj is None or ent is None or ent.label != "PERSON" or any(c.dep_ == "appos" for c in subj.children):
        return None
    for i, other in ctx.ent_of.items():
        if i < lo and other.canonical == ent.canonical and not ctx.furniture[ctx.sent_of[i]]:
            return None  # named before: the description introduces no one new
    return ent


def _apposed_name(ctx: _Context, subj: Token) -> Entity | None:
    """A name set off by commas or brackets in apposition: "the U.N. agency ..., UNRWA," or "an aide, Jo Li,".

    The name must fit the head: a person for a source noun ("official"), an organisation otherwise.
    """
    lemma = subj.lemma_.lower()
    role = lemma in ctx.cues.source_nouns or lemma in ctx.cues.person_nouns
    wanted = {"PERSON"} if role else {"ORG"}
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns | cues.media_nouns
    if subj.pos_ == "PROPN" and lemma not in institution | ctx.cues.document_nouns:
        wanted = {"PERSON", "ORG"}  # "Keeper of the Seal, Jo Li,": a title the lexicon does not know
    for token in subj.subtree:
        if (
            role
            and token.dep_ == "oprd"
            and token.head.dep_ == "acl"
            and token.head.lemma_.lower() in {"name", "call"}
            and (ent := ctx.entity(token)) is not None
            and ent.label == "PERSON"
        ):
            return ent  # "an official named Jo Li told reporters"
        if token.dep_ != "appos" or (ent := ctx.entity(token)) is None or ent.label not in wanted:
            continue
        first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        # "an aide, Jo Li," or, for a role, also "rookie defenceman Caleb Jones" with no comma.
        if ctx.tokens[first.start - 1].text in {",", "("} or (role and first.start - 1 == subj.i):
            return ent
    if lemma in ctx.cues.document_nouns:
        # "a statement from the EU", "TransLink's statement": the author speaks through the document.
        for child in subj.children:
            if child.dep_ == "poss" and (ent := ctx.entity(child)) is not None:
                return ent
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (ent := ctx.entity(pobj)) is not None:
                    return ent
    return None


def _resolve_pronoun(
    ctx: _Context,
    pron: Token,
    cue: Token | None,
    history: list[_Mention],
    max_lookback: int,
    *,
    anchor: int | None = None,
    strict: bool = False,
) -> Speaker | None:
    """``he``/``she`` to the nearest compatible person, ``it`` to the nearest non-person; others unresolved.

    Candidates are earlier speakers and PERSON subjects within ``max_lookback`` sentences (sentences without
    words, such as paragraph fillers, do not count), counted from ``anchor`` (the sentence where the quote the
    pronoun attributes starts) when given. A person known to be "she" (a pronoun already resolved to
    her, "Ms.", or "X said she ...") is passed over for "he", and the other way round. ``strict``: resolve
    only when every candidate is the same person, and learn no gender from it (for pronouns that are no
    speakers).
    """
    gender = pron.morph.get("Gender", [])
    number = pron.morph.get("Number", [])
    if pron.morph.get("Person", []) != ["3"] or number != ["Sing"] or not gender:
        return None
    person = gender[0] in {"Masc", "Fem"}
    # "Hamas said it had told ...": the subject of the enclosing speech verb.
    if cue is not None and cue.dep_ in {"ccomp", "xcomp"} and ctx.is_cue(cue.head):
        outer = _subject(cue.head, ctx.quote_of)
        if outer is not None and outer.pos_ != "PRON":
            found = _speaker(ctx, outer, None, history, max_lookback)
            if (
                found is not None
                and _is_person(ctx, found, outer) == person
                and _gender_ok(ctx, found, gender[0])
            ):
                return found
    here = ctx.nsent(pron if anchor is None else min(anchor, ctx.sent_of[pron.i]))
    by_sent: dict[int, list[_Mention]] = {}
    for mention in history:
        near = mention.pos < pron.idx and ctx.nsent(mention.sent) <= ctx.nsent(pron)
        near = near and here - ctx.nsent(mention.sent) <= max_lookback
        if near and mention.person == person and _gender_ok(ctx, mention.speaker, gender[0]):
            by_sent.setdefault(ctx.nsent(mention.sent), []).append(mention)
    if not by_sent and person and not strict and max_lookback < MAX_PRONOUN_REACH:
        # No one in reach: "Li left at dawn. ... (narrative naming no one else) ... He said ...". Look
        # further back, but only when one person is all there is to find there.
        return _resolve_pronoun(ctx, pron, cue, history, MAX_PRONOUN_REACH, anchor=anchor, strict=True)
    if not by_sent or (strict and len({m.speaker.canonical for ms in by_sent.values() for m in ms}) > 1):
        return None
    # The nearest sentence with a compatible mention: its last subject, else its first mention.
    nearest = sorted(by_sent[max(by_sent)], key=lambda m: m.pos)
    subjects = [m for m in nearest if m.subject]
    chosen = subjects[-1] if subjects else nearest[0]
    if chosen.unknown:
        # "Laurin said she ...": the untagged name is also a speaker, known to be a person.
        chosen = next((m for m in nearest if m.pos == chosen.pos and not m.unknown), chosen)
    if chosen.unknown:
        # "Mills said ...; ... after Mills won ... '...,' he said": the untagged name spoke before (as a
        # speaker of its own, with that name), so it is known to be that person.
        unknown = chosen
        chosen = next(
            (
                m
                for m in reversed(history)
                if m.spoke
                and not m.unknown
                and m.pos < unknown.pos
                and m.speaker.canonical.split()[-1:] == [unknown.speaker.text]
                and _gender_ok(ctx, m.speaker, gender[0])
            ),
            unknown,
        )
    if chosen.unknown and ctx.genders.get(chosen.speaker.canonical) != gender[0]:
        # The nearest person is one the model did not name: better no speaker than a guess, unless the name's
        # own sentence says it is this "he"/"she" (see _learn_genders).
        return None
    if person and chosen.speaker.canonical not in ctx.genders:
        # Someone known to be "she" (or "he") close by beats a person of unknown gender; a speaker of unknown
        # gender in the nearest sentence is beaten only by someone in that sentence.
        # A subject of the nearest sentence is not beaten by a possessive or an object: in "he denied
        # Mr. Li's request" the "Mr." tells Li's gender, not who "he" is.
        known = [
            m
            for k in sorted(by_sent, reverse=True)[: 1 if chosen.spoke else 2]
            for m in by_sent[k]
            if ctx.genders.get(m.speaker.canonical) == gender[0] and (m.subject or not chosen.subject)
        ]
        if known:
            chosen = max(known, key=lambda m: m.pos)
    if person and not chosen.speaker.anonymous and not strict:
        ctx.genders.setdefault(chosen.speaker.canonical, gender[0])
    return chosen.speaker


def _gender_ok(ctx: _Context, speaker: Speaker, gender: str) -> bool:
    known = ctx.genders.get(speaker.canonical)
    return known is None or gender not in {"Masc", "Fem"} or known == gender


GENDERED_TITLES = {"mr.": "Masc", "mr": "Masc", "mrs.": "Fem", "mrs": "Fem", "ms.": "Fem", "ms": "Fem"}


def _learn_genders(ctx: _Context) -> None:
    """Cheap gender evidence for named persons: "Ms. Levine", and "Levine said she ..." (one person only)."""
    for i, person in ctx.ent_of.items():
        title = ctx.tokens[i - 1].lower_ if i > 0 else ""
        if person.label != "PERSON" or ctx.tokens[i].idx != person.start:
            continue
        if title in GENDERED_TITLES:
            ctx.genders.setdefault(person.canonical, GENDERED_TITLES[title])
        elif i > 0 and ctx.tokens[i - 1].pos_ == "NOUN" and ctx.tokens[i - 1].head.i >= i:
            # "her father Khaled": a word for a man or a woman right before the name, and part of its phrase.
            if title in ctx.cues.male_nouns:
                ctx.genders.setdefault(person.canonical, "Masc")
            elif title in ctx.cues.female_nouns:
                ctx.genders.setdefault(person.canonical, "Fem")
    for pron in ctx.tokens:
        if pron.lower_ not in {"he", "she"} or pron.dep_ not in SUBJECT_DEPS:
            continue
        if pron.head.dep_ == "advcl" and ctx.quote_of[pron.i] < 0:
            # "Yuni was asleep when she heard the water": an untagged name whose own clause says "she" (and
            # no one else is named) is a person of that gender, so a later "he" need not stop at her.
            owner = _subject(pron.head.head, ctx.quote_of)
            lo, hi = ctx.sent_bounds[ctx.sent_of[pron.i]]
            if (
                owner is not None
                and ctx.entity(owner) is None
                and _untagged_name(ctx, owner)
                and not any(
                    (e := ctx.ent_of.get(k)) is not None and e.label == "PERSON" for k in range(lo, hi)
                )
            ):
                ctx.genders.setdefault(owner.text, "Fem" if pron.lower_ == "she" else "Masc")
            continue
        if pron.head.dep_ != "ccomp":
            continue
        verb = pron.head.head
        subj = _subject(verb, ctx.quote_of) if ctx.is_cue(verb) else None
        ent = ctx.entity(subj) if subj is not None else None
        if subj is not None and ent is None and _untagged_name(ctx, subj):
            lo, hi = ctx.sent_bounds[ctx.sent_of[pron.i]]
            # "Now living in Ottawa, Laurin said she ...": no other person named (places may be).
            if not any((e := ctx.ent_of.get(k)) is not None and e.label == "PERSON" for k in range(lo, hi)):
                ctx.genders.setdefault(subj.text, "Fem" if pron.lower_ == "she" else "Masc")
            continue
        if ent is None or ent.label != "PERSON":
            continue
        lo, hi = ctx.sent_bounds[ctx.sent_of[pron.i]]
        people = {
            e.canonical for k in range(lo, hi) if (e := ctx.ent_of.get(k)) is not None and e.label == "PERSON"
        }
        if len(people) == 1:
            ctx.genders.setdefault(ent.canonical, "Fem" if pron.lower_ == "she" else "Masc")


def _floating(
    ctx: _Context, cand: _Candidate, last: tuple[int, Speaker | None, int] | None
) -> Speaker | None:
    """A quote with no speech verb: the speaker of the quote just before it, or of a ``X said:`` lead-in.

    A quote that makes a paragraph of its own continues the last quote's speaker a little further (up to
    ``MAX_CONTINUATION`` sentences), as long as no other name comes between the two outside quotes.
    """
    if last is None or last[1] is None or _own_attribution(ctx, cand) or _after_colon(ctx.text, cand.start):
        return None  # 'Bush: "..."': a lead-in of its own, even when its name is not recognised
    here = ctx.csent(cand.sent)
    if 0 <= here - last[0] <= 1:
        return last[1]
    if not 0 <= here - last[0] <= MAX_CONTINUATION or not _opens_paragraph(ctx.text, cand.start):
        return None
    k = bisect.bisect_left(ctx.named_starts, last[2])
    if k < len(ctx.named) and ctx.named[k][0] < cand.start:
        return None  # someone else is named in between
    return last[1]


def _named_before(ctx: _Context, cand: _Candidate) -> Entity | None:
    """``Garland said costs will rise.`` then a paragraph that is only a quote: Garland speaks on.

    The sentence before the quote's paragraph must hold exactly one speech verb and its subject must be a
    named person; the quote's own sentences must name no one and have no subject outside the quote.
    """
    if not _opens_paragraph(ctx.text, cand.start) or _own_attribution(ctx, cand):
        return None
    prev = _previous_content(ctx, cand.sent)
    if prev < 0:
        return None
    found = ctx.cues_in(prev, prev)
    subj = _subject(found[0], ctx.quote_of) if len(found) == 1 else None
    ent = ctx.entity(subj) if subj is not None else None
    return ent if ent is not None and ent.label == "PERSON" else None


def _person_at(ctx: _Context, start: int) -> Entity | None:
    """The PERSON named (outside quotes) from character ``start`` on, if one starts there."""
    k = bisect.bisect_left(ctx.named_starts, start)
    if k < len(ctx.named) and ctx.named[k][0] == start and ctx.named[k][2].label == "PERSON":
        return ctx.named[k][2]
    return None


def _signed(ctx: _Context, cand: _Candidate) -> Entity | None:
    """A quote signed by a name: '"..." ― Ana Ruiz' ending its line, or led in by 'Ana Ruiz: "..."'.

    Vox pops and digests attribute so, with no verb. The name must be a PERSON entity and nothing but the
    dash (or colon) may stand between it and the quote marks; a name before a colon must head its line or
    follow a dash or the end of a sentence.
    """
    text = ctx.text
    j = cand.end
    while j < len(text) and j - cand.end < 4 and text[j] in QUOTE_CHARS | set(".,!?"):
        j += 1
    after = text[j : j + 3].lstrip(" ")
    if after[:1] in DASHES:
        name_at = j + len(text[j : j + 3]) - len(after) + 1
        while name_at < len(text) and text[name_at] == " ":
            name_at += 1
        ent = _person_at(ctx, name_at)
        line_end = text.find("\n", ent.end) if ent is not None else -1
        if ent is not None and not text[ent.end : line_end if line_end >= 0 else len(text)].strip(" ."):
            return ent
    i = cand.start
    while i > 0 and cand.start - i < 3 and (text[i - 1] in QUOTE_CHARS or text[i - 1] == " "):
        i -= 1
    if i > 0 and text[i - 1] == ":":
        k = bisect.bisect_left(ctx.named_starts, i) - 1
        ent = ctx.named[k][2] if k >= 0 else None
        if ent is not None and ent.end == i - 1 and ent.label == "PERSON":
            # "Jo Li:" right before the quote, heading its line or after a dash or a full stop, not the
            # object of a clause ("... delivered a message to Jo Li:").
            before = text[text.rfind("\n", 0, ent.start) + 1 : ent.start].rstrip()
            if not before or before[-1] in DASHES | QUOTE_CHARS | set(".!?"):
                return ent
    return None


def _own_attribution(ctx: _Context, cand: _Candidate) -> bool:
    """'"...," Trump shot back.': a named person or "he"/"she" as a subject outside the quote in its
    sentences, with a verb that is not in the lexicon. Such a quote takes no speaker from elsewhere."""
    lo, hi = ctx.sent_bounds[cand.sent][0], ctx.sent_bounds[max(cand.sent, cand.end_sent)][1]
    return any(
        ctx.quote_of[t.i] < 0
        and t.dep_ in SUBJECT_DEPS
        and (((e := ctx.entity(t)) is not None and e.label == "PERSON") or t.lower_ in {"he", "she"})
        for t in ctx.tokens[lo:hi]
    )


def _after_colon(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` follows a colon on its line ('Bush: "..."')."""
    lead = text[max(0, start - 4) : start].rstrip("".join(QUOTE_CHARS) + " ")
    return lead.endswith(":")


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only a quote mark (and spacing) stands between ``start`` and the line start before it."""
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start].strip()
    return len(lead) == 1 and lead in QUOTE_CHARS


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
    # "the mayor", "the new mayor", "the prime minister" (the model may make a title's words proper nouns).
    if (
        definite
        and lemma in ctx.role_of
        and all(t.i == head.i or t.pos_ == "ADJ" or t.lower_ in ctx.role_of for t in body)
    ):
        role = _role_person(ctx, head, body)
        if role is not None:
            return Speaker(text=text, canonical=role, start=start, end=end)  # "the mayor"
    if head.pos_ == "PROPN" and (name := _name(ctx, body)) is not None:
        return Speaker(text=text, canonical=name, start=start, end=end)
    if tokens[0].lower_ == "the" and len(body) == 1 and head.pos_ == "NOUN":
        org = _last_org(ctx, head)
        # "according to media buying company GroupM ... the company wrote": a speaker described with the
        # same noun after the organisation was named is the one meant.
        spoke = next(
            (m for m in reversed(history) if m.spoke and m.head == lemma and m.pos < head.idx),
            None,
        )
        if org is not None and spoke is not None and spoke.pos > org.start:
            org = None
        if org is not None:
            return Speaker(text=text, canonical=org.canonical, start=start, end=end)  # "the agency"
    if definite:
        words = {t.lower_ for t in body if t.i != head.i}
        earlier: Speaker | None = None
        earlier_at = -1
        for mention in reversed(history):
            if mention.head == lemma and mention.speaker.start is not None:
                before = {w.lower() for w in mention.speaker.text.split()}
                if words <= before:
                    earlier, earlier_at = mention.speaker, mention.pos
                    break
        # "X wrote in a recent report. ... , the report said": the nearer of that report and an earlier
        # "the report" speaker is the one meant.
        authored = [
            (pos, who)
            for pos, noun, modifiers, who in ctx.authored
            if noun == lemma and pos < head.idx and words <= modifiers
        ]
        if authored:
            pos, who = max(authored, key=lambda a: a[0])
            if earlier is None or earlier_at < pos:
                earlier = who
        if earlier is not None:
            return Speaker(
                text=text, canonical=earlier.canonical, anonymous=earlier.anonymous, start=start, end=end
            )
    named = any(ctx.ent_of.get(t.i) is not None and ctx.ent_of[t.i].label == "PERSON" for t in tokens)
    anonymous = lemma in ctx.cues.source_nouns and not named
    return Speaker(
        text=text, canonical=_canonical_phrase(ctx, body), anonymous=anonymous, start=start, end=end
    )


def _role_person(ctx: _Context, head: Token, body: Sequence[Token]) -> str | None:
    """The person "the mayor" stands for: the one named with that title, or, when two people were (two
    ministers), the one named with a modifier of the description as well ("the prime minister")."""
    lemma = head.lemma_.lower()
    if lemma not in ctx.shared_roles:
        return ctx.role_of.get(lemma)
    named = [t.lower_ for t in body if t.i != head.i and t.lower_ in ctx.role_of]
    if len(named) == 1 and named[0] not in ctx.shared_roles:
        return ctx.role_of[named[0]]
    return None


def _last_org(ctx: _Context, head: Token) -> Entity | None:
    """The organisation "the commission" refers to: the last ORG named outside quotes with the noun in its
    name ("the Police Commission"); for a generic organisation noun ("the agency", "the company"), failing
    that, the last ORG named at most ``MAX_ORG_LOOKBACK`` sentences back.

    A news outlet counts only for a media noun ("the network"): "told CNN" names no speaker.
    """
    here = ctx.csent(head)
    lemma = head.lemma_.lower()
    generic = lemma in ctx.cues.organisation_nouns
    nearest: Entity | None = None
    last = bisect.bisect_left(ctx.named_starts, head.idx) - 1
    for k in range(last, max(last - MAX_ORG_SCAN, -1), -1):
        _, i, ent = ctx.named[k]
        if ent.label != "ORG":
            continue
        if lemma in ent.canonical.lower().split():
            return ent
        if (
            generic
            and nearest is None
            and here - ctx.csent(ctx.tokens[i]) <= MAX_ORG_LOOKBACK
            and (ent.text not in ctx.cues.media_outlets or lemma in ctx.cues.media_nouns)
        ):
            nearest = ent
    return nearest


def _name(ctx: _Context, tokens: Sequence[Token]) -> str | None:
    """A person's name the model missed, without its titles: "Mayor Ana Ruiz" -> "Ana Ruiz".

    The phrase must be proper nouns after the titles; a surname alone takes the full name of an earlier (or
    the only) PERSON with that surname.
    """
    words = [t for t in tokens if not t.is_punct]
    n = 0
    while n < len(words):
        size = next(
            (
                k
                for k in range(min(4, len(words) - n), 0, -1)
                if " ".join(t.lower_ for t in words[n : n + k]) in ctx.cues.titles
            ),
            0,
        )
        if size == 0:
            break
        n += size
    rest = words[n:]
    if not rest or not all(t.pos_ == "PROPN" for t in rest) or any(ctx.ent_of.get(t.i) for t in rest):
        return None
    name = ctx.doc[rest[0].i : rest[-1].i + 1].text
    if n == 0 and len(rest) > 1:
        return None  # several proper nouns and no title: an organisation as likely as a person
    surname = rest[-1].text
    fulls = [
        (e.start, e.canonical)
        for e in ctx.ent_of.values()
        if e.label == "PERSON" and e.canonical.split()[-1] == surname and e.canonical != name
    ]
    earlier = [f for f in fulls if f[0] < rest[0].idx]
    if earlier:
        return max(earlier)[1]
    if len({c for _, c in fulls}) == 1:
        return fulls[0][1]
    return name if n > 0 else None


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
    if speaker.canonical in ctx.genders or speaker.canonical in ctx.role_of.values():
        return True
    if speaker.start is not None:
        span = ctx.doc.char_span(speaker.start, speaker.end or speaker.start, alignment_mode="expand")
        if span is not None:
            ent = ctx.ent_of.get(span[-1].i)
            if ent is not None and ent.start == speaker.start:
                return ent.label == "PERSON"
            if any(e.label == "PERSON" and e.canonical == speaker.canonical for e in ctx.ent_of.values()):
                return True
            return span.root.lemma_.lower() in ctx.cues.source_nouns | ctx.cues.person_nouns
    return subj is not None and subj.lemma_.lower() in ctx.cues.source_nouns | ctx.cues.person_nouns


def _person_subjects(ctx: _Context) -> list[_Mention]:
    """PERSON mentions outside quotes (flagged when a clause's subject): antecedents for ``he``/``she``."""
    out: list[_Mention] = []
    seen: set[int] = set()
    for i, ent in ctx.ent_of.items():
        token = ctx.tokens[i]
        if (
            ent.label != "PERSON"
            or ent.start in seen
            or ctx.quote_of[i] >= 0
            or ctx.furniture[ctx.sent_of[i]]
        ):
            continue  # a caption's people are no antecedents for the story's pronouns
        root = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if root is None or root.root.i != i or token.dep_ in {"compound", "nmod"}:
            continue  # "the Kinder Morgan pipeline": named in passing
        if token.dep_ == "pobj" and not _closing_person(ctx, token):
            continue  # "the death of Jordan Lafond": named in passing
        seen.add(ent.start)
        subject = token.dep_ in SUBJECT_DEPS | {"nsubjpass"} or (
            token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS | {"nsubjpass"}
        )
        clause = token.head if token.dep_ == "appos" else token
        spoke = subject and clause.dep_ in SUBJECT_DEPS and ctx.is_cue(clause.head)  # "Jo Li, an MP, said"
        speaker = Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
        out.append(_Mention(ent.start, ctx.sent_of[i], speaker, True, None, subject, spoke=spoke))
    # A name the model missed as the subject of a verb ("Niederreiter has four goals"): a pronoun after it
    # may mean that person, so it must not skip back to someone named earlier.
    for token in ctx.tokens:
        if (
            _untagged_name(ctx, token)
            and token.head.pos_ in {"VERB", "AUX"}
            and not ctx.furniture[ctx.sent_of[token.i]]
        ):
            unknown = Speaker(
                text=token.text, canonical=token.text, start=token.idx, end=token.idx + len(token)
            )
            out.append(_Mention(token.idx, ctx.sent_of[token.i], unknown, True, None, True, unknown=True))
    # "the mayor" as a subject, when a person was named with that title ("Mayor Doug McCallum").
    for token in ctx.tokens if ctx.role_of else ():
        lemma = token.lemma_.lower()
        if (
            token.dep_ in SUBJECT_DEPS
            and lemma in ctx.role_of
            and lemma not in ctx.shared_roles
            and token.i not in ctx.ent_of
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            start, end = token.left_edge.idx, token.idx + len(token.text)
            speaker = Speaker(text=ctx.text[start:end], canonical=ctx.role_of[lemma], start=start, end=end)
            out.append(_Mention(token.idx, ctx.sent_of[token.i], speaker, True, lemma))
    out.sort(key=lambda m: m.pos)
    return out


def _closing_person(ctx: _Context, pobj: Token) -> bool:
    """``It also worked for Mississauga teacher Ana Li, 50.`` then ``"...," she says.``: a person who closes a
    sentence naming no other person, right before a quote paragraph, is whom it introduces."""
    k = ctx.sent_of[pobj.i]
    lo, hi = ctx.sent_bounds[k]
    rest = [t for t in ctx.tokens[pobj.i + 1 : hi] if not t.is_space]
    if any(
        t.text not in {",", "."} and not (t.like_num and t.dep_ in {"appos", "npadvmod", "amod"})
        for t in rest
    ):
        return False
    people = {
        e.canonical for i in range(lo, hi) if (e := ctx.ent_of.get(i)) is not None and e.label == "PERSON"
    }
    nxt = hi
    while nxt < len(ctx.tokens) and (ctx.tokens[nxt].is_space or ctx.tokens[nxt].text in QUOTE_CHARS):
        nxt += 1
    return len(people) == 1 and nxt < len(ctx.tokens) and ctx.quote_of[nxt] >= 0


def _untagged_name(ctx: _Context, token: Token) -> bool:
    """A one-word proper noun subject outside quotes that the model tagged as no entity ("Laurin said")."""
    return (
        token.dep_ in SUBJECT_DEPS
        and token.pos_ == "PROPN"
        and token.i not in ctx.ent_of
        and not token.ent_type_
        and ctx.quote_of[token.i] < 0
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _pronoun_chains(ctx: _Context, people: list[_Mention], max_lookback: int) -> list[_Mention]:
    """Add every ``he``/``she`` subject outside quotes, resolved in document order, to the mentions.

    "Patterson dragged her outside. He pulled her across the yard. ... He told police ...": each pronoun
    resolves like a speaker's (:func:`_resolve_pronoun`, strictly: one person in reach, or none) against the
    mentions before it, earlier resolved pronouns included, so a chain of them carries the person further
    than ``max_lookback`` sentences.
    Only mentions within ``max_lookback`` sentences are looked at, so the work stays linear.
    """
    out: list[_Mention] = []
    k = 0  # next of ``people`` (sorted by position) to merge
    lo = 0  # first mention of ``out`` still within reach
    for pron in ctx.tokens:
        if pron.lower_ not in {"he", "she"} or pron.dep_ not in SUBJECT_DEPS or ctx.quote_of[pron.i] >= 0:
            continue
        while k < len(people) and people[k].pos < pron.idx:
            out.append(people[k])
            k += 1
        here = ctx.nsent(pron)
        while lo < len(out) and here - ctx.nsent(out[lo].sent) > max_lookback:
            lo += 1
        window = out[max(lo, len(out) - MAX_CHAIN_WINDOW) :]
        found = _resolve_pronoun(ctx, pron, None, window, max_lookback, strict=True)
        if found is not None:
            out.append(_Mention(pron.idx, ctx.sent_of[pron.i], found, True, None, True))
    out.extend(people[k:])
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
