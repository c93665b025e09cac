"""The writer's own words around a report: clauses the writer reports of themselves, the reporting frame
and the tail the writer tacks on after a reported clause, and a report nested in another."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import (
    _CLAUSE_SUBJECTS,
    _DOUBLE_MARKS,
    _FIRST_PERSON,
    _MEDIUM_PREPS,
    _SUBJECTS,
    _VERBS,
    _WH_TAGS,
    _inside_marks,
    _trimmed,
)
from tasks.attribution.frame_speakers import _nearest_subject, _speaker_of
from tasks.models import Quote


def _said_by_writer(verb: Token) -> bool:
    """bias26a: whether the writer is the active subject of a verb outside quotation marks ("*I* dismissed
    it as a gimmick", "*I* called it reckless and said ...", "Looking back, *I* branded it ..."): a column's
    first person is the author speaking, so the label is the author's, not a quoted source's."""
    head = verb
    while head.dep_ == "conj" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        head = head.head  # "I called it a sham and branded it ...": the first verb's subject
    opener = head.dep_ in ("advcl", "xcomp") and head.tag_ in ("VBG", "VB") and head.head.pos_ in _VERBS
    if opener and not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        head = head.head  # "Dismissing it as a fad, I ...", "I took to this column to brand it ..."
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
        head = head.head.head  # "I apologised after calling it a fad"
    subject = _nearest_subject(head)
    return subject is not None and subject.lower_ in _FIRST_PERSON and not _inside_marks(verb)


def writers_reports(doc: Doc, *, verbs: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Yield the character span of each clause the writer reports of their own words ("I wrote at the time
    that it would 'destroy the soul of the game'", "I called it 'a circus'"): a verb of saying or labelling
    whose subject is the writer (:func:`_said_by_writer`). Words in marks there are the writer quoting
    themself: the author's voice, not an unnamed source's (bias26a).

    Args:
        doc: A parsed article.
        verbs: Lemmas of verbs of saying and labelling ("say", "write", "call").
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not _said_by_writer(verb):
            continue
        said = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "oprd", "prep", "xcomp")]
        for part in said:
            first, last = part.left_edge, part.right_edge
            yield first.idx, last.idx + len(last) + 1  # a closing mark right after the clause


def without_frames(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Yield the quotes, each reported clause without the words that report it.

    Notes:
        In "the tax that greedy landlords claim is unfair" the clause's subject is the relative pronoun, so
        the quote layer's span runs from "that" to "unfair" and takes in the speech verb and its subject
        ("greedy landlords claim"): those are the writer's words, and only what follows the verb is the
        speakers'. A reported clause whose span holds its own speech verb with that verb's subject starts
        after the verb instead.
    """
    for q in quotes:
        frame = _frame_end(doc, q) if q.kind == "indirect" and q.verb else None
        if frame is None:
            yield q
            continue
        yield q.model_copy(update={"start": frame, "text": doc.text[frame : q.end]})


def nested_speakers(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the quotes, a report nested in another one given the subject of its own verb as its speaker.

    Notes:
        bias25a: in "She said a senior manager had told her the complaints were 'hysterical nonsense'" the
        quote layer names no one for the inner report (an indefinite description), so the marked words
        would fall to the outer speaker, who only relays them. A reported clause with no speaker whose
        verb of saying (``verbs``) lies, with it, inside another report with a named speaker, and has a
        noun subject of its own, is that subject's.
    """
    for q in quotes:
        if q.kind != "indirect" or q.speaker is not None or not q.verb:
            yield q
            continue
        verb = _verb_before(doc, q)
        outer = (
            verb is not None
            and verb.lemma_.lower() in verbs
            and any(
                o.speaker is not None and o.kind == "indirect" and o.start <= verb.idx and q.end <= o.end
                for o in quotes
                if o is not q
            )
        )
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if not outer or subject is None or subject.pos_ not in ("NOUN", "PROPN") or verb is None:
            yield q
            continue
        yield q.model_copy(update={"speaker": _speaker_of(subject, verb, quotes)})


def _verb_before(doc: Doc, q: Quote) -> Token | None:
    """The token of a quote's verb: the last one with its text before the quote, in the quote's sentence."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    found = [t for t in doc[sent.start : span.start] if t.text == q.verb and t.pos_ in ("VERB", "AUX")]
    return found[-1] if found else None


def without_writers_tails(
    doc: Doc, quotes: Sequence[Quote], *, participles: frozenset[str], media: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the quotes, each reported clause without the phrase the writer tacks on after it.

    Args:
        doc: A parsed article.
        quotes: Quotes and reported spans of any pass (the quote layer's, labels, reported clauses).
        participles: Lemmas of participles by which the writer adds what follows from a reported clause
            (``consequence_participles``: "leaving", "sparking", "prompting").
        media: Nouns for where something is said ("speech", "post"): a closing phrase that puts the saying
            there ("..., *in a rambling speech* to activists") describes the saying, not what was said.

    Notes:
        In "Analysts believe the bank will raise rates because inflation is stubborn, *leaving* borrowers in
        chaos" the analysts believe the bank will raise rates; "leaving ..." is the writer's account of what
        follows. The quote finder cuts it from what someone "said" (``without_consequence``); every other
        reader of a reported clause (belief verbs, "according to", hearsay, findings) does here, wherever the
        parse hung the participle inside the clause. So with "The minister said the scheme was working, in
        a rambling speech": as when the phrase stands before "that" (``without_fronted_adjunct``), the
        speech is the writer's description. Words between quote marks are a quotation, left whole.
    """
    for q in quotes:
        cut = _writers_tail_start(doc, q, participles, media) if q.kind == "indirect" else None
        if cut is None:
            yield q
            continue
        yield q.model_copy(update={"end": cut, "text": doc.text[q.start : cut]})


def _writers_tail_start(doc: Doc, q: Quote, participles: frozenset[str], media: frozenset[str]) -> int | None:
    """Where a reported span's closing phrase of the writer's begins (its comma excluded), if it has one: a
    phrase that opens after a comma with a word of :func:`_writers_tail`, hangs on a word of the span and
    runs to the span's end."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    for word in span[2:]:
        comma = doc[word.left_edge.i - 1]
        if (
            _writers_tail(word, participles, media)
            and _opens_own_phrase(word)
            and comma.i > span.start
            and comma.text == ","
            and span.start <= word.head.i < span.end
            and word.right_edge.i >= span.end - 2
            and not _DOUBLE_MARKS.intersection(doc.text[comma.idx : q.end])
        ):
            end = _trimmed(list(span[: comma.i - span.start]))
            return end[-1].idx + len(end[-1]) if end else None
    return None


def _opens_own_phrase(word: Token) -> bool:
    """Whether a word opens its phrase, or only its own adverbs stand before it: voice28, in "...,
    *conveniently* ignoring the cost" the writer's comment opens with the writer's adverb on the
    participle."""
    return all(t.dep_ == "advmod" and t.head.i == word.i for t in word.doc[word.left_edge.i : word.i])


def _writers_tail(word: Token, participles: frozenset[str], media: frozenset[str]) -> bool:
    """Whether a word opens a phrase of the writer's after a reported clause: a consequence participle
    ("..., *leaving* families stranded") or a preposition putting the saying in a medium ("..., *in* a
    rambling speech")."""
    if word.dep_ == "advcl":
        return word.tag_ == "VBG" and word.lemma_.lower() in participles
    return (
        word.dep_ == "prep"
        and word.lower_ in _MEDIUM_PREPS
        and any(c.dep_ == "pobj" and c.lemma_.lower() in media for c in word.children)
    )


def _frame_end(doc: Doc, q: Quote) -> int | None:
    """Where the reporting words inside an indirect quote's span end: after a speech verb (the quote's own)
    whose subject lies inside the span too, when the span starts with a relative pronoun."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].tag_ not in _WH_TAGS:
        return None
    for verb in span[1:-1]:
        if verb.text != q.verb:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i > span[0].i), None)
        if subject is not None and subject.left_edge.i >= span.start:
            after = doc[verb.i + 1]
            return after.idx if after.idx < q.end else None
    return None
