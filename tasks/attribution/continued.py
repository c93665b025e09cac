"""Speech that runs on without a frame of its own: a clause after a trailing attribution's semicolon, free
indirect speech, a quotation running over paragraphs, and the paragraph after "X writes:"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from tasks.attribution.clauses import (
    _CLOSE_MARKS,
    _DOUBLE_MARKS,
    _FIRST_PERSON,
    _OPEN_MARKS,
    _is_passive,
    _reported,
    _trimmed,
)
from tasks.attribution.frame_speakers import _speaker
from tasks.attribution.holders import _owner
from tasks.models import Quote
from tasks.quote_context import paragraph_spans


def paragraph_quotes(text: str) -> Iterator[Quote]:
    """Yield a paragraph's quotation whose other mark lies outside the paragraph.

    Args:
        text: The article body.

    Notes:
        A paragraph whose only double quote mark opens it continues a quotation over several paragraphs
        (the wire convention: no closing mark until the last one); a paragraph whose only mark closes (a
        curly closing mark, or a straight one at its end) ends one (an excerpt that starts inside a
        quotation). Either way the paragraph's words are quoted (up to the closing mark), with the speaker
        unknown here. :mod:`tasks.quotemarks` leaves such unpaired marks out so a stray mark cannot
        swallow an article; one paragraph is as far as these go.
    """
    for lead, tail in paragraph_spans(text):
        body = text[lead:tail]
        marks = [ch for ch in body if ch in _DOUBLE_MARKS]
        if len(marks) == 1 and len(body) > 1:
            close = body.find("”")  # a curly mark says it closes, wherever it stands
            if body[0] in _OPEN_MARKS:
                yield Quote(text=text[lead + 1 : tail], start=lead + 1, end=tail, kind="direct")
            elif close > 0 or body[-1] in _CLOSE_MARKS:
                end = lead + close if close > 0 else tail - 1
                yield Quote(text=text[lead:end], start=lead, end=end, kind="direct")


def block_quotes(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the paragraph after "X writes:" / "X said:" as X's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech verbs ("say", "write", "tell").

    Notes:
        A paragraph that ends with a speech verb and a colon introduces a block quotation: the next
        paragraph, set off without quote marks, is what was said. The verb must have no clause of its own
        (then the colon opens a list or an aside), and the next paragraph no double quote mark (a quoted
        paragraph is the quote layer's). One paragraph only: where a block quotation ends is not marked.
    """
    text = doc.text
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for k, line in enumerate(lines[:-1]):
        body = line.rstrip()
        if not body.endswith(":"):
            continue
        colon = doc.char_span(offsets[k] + len(body) - 1, offsets[k] + len(body), alignment_mode="expand")
        if colon is None or not len(colon):
            continue
        verb = next(
            (
                t
                for t in colon[0].ancestors
                if t.lemma_.lower() in verbs and t.pos_ == "VERB" and t.sent.start == colon[0].sent.start
            ),
            None,
        )
        if verb is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None or any(ch in _DOUBLE_MARKS for ch in lines[nxt]):
            continue
        said = lines[nxt].strip()
        start = offsets[nxt] + len(lines[nxt]) - len(lines[nxt].lstrip())
        yield Quote(
            text=said,
            start=start,
            end=start + len(said),
            kind="direct",
            verb=verb.text,
            speaker=_speaker(verb, _is_passive(verb), quotes),
        )


def semicolon_continued(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause after a trailing attribution's semicolon as the same speaker's reported speech.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech verbs ("say", "note", "add").

    Notes:
        In "These were no mistakes, the lawyer noted; the agency had slanted its files to deceive the
        judge", the second clause goes on with the lawyer's case: a semicolon joins it to what was said
        as one argument. The parser hangs the speech verb on that clause; the clause after the semicolon
        (without the speech verb's own words) is the subject's.
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        head, semi = verb.head, verb.right_edge.i
        semi += doc[semi].text != ";"  # the semicolon may hang on the speech verb or on the clause after
        if head.i <= verb.i or semi >= len(doc) or doc[semi].text != ";":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        clause = _trimmed([t for t in head.subtree if t.i > semi])
        if subject is None or subject.lower_ in _FIRST_PERSON or not clause:
            continue
        yield _reported(doc, clause, verb, _owner(subject, quotes))


# Free indirect speech: a modal of the reported clause, backshifted ("it would be", "they could"), and the
# pronouns that carry on its subject or the speaker without naming anyone new.
_BACKSHIFTED = frozenset({"would", "could", "might"})
_CARRIED_SUBJECTS = frozenset({"it", "they", "he", "she", "this", "that", "there"})


def free_indirect(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Yield a sentence that carries on the reported speech before it, unattributed, as the same speaker's.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes (direct and indirect, with their speakers).

    Notes:
        In "'Not many remember 1997 fondly,' he declared. It would be a hard campaign because voters would
        inevitably choose between two parties." the second sentence goes on with what was declared: its
        verb backshifted as reported speech backshifts ("would", "could", "might"), its subject a pronoun
        carrying on the reported clause ("it", "they") and no attribution of its own. Only the sentence right
        after a sentence holding a speaker's quote, in the same paragraph, counts; every verb of its main
        clause and the clauses joined to it must be backshifted: "It would be a disaster, and the minister
        knew it" asserts something in the writer's own tense and stays the writer's.
    """
    for before, sent in pairwise(doc.sents):
        words = [t for t in sent if not t.is_space]
        said = [q for q in quotes if q.speaker is not None and before.start_char <= q.start < before.end_char]
        if not words or not said or _quoted_in(sent, quotes) or "\n" in doc.text[said[-1].end : words[0].idx]:
            continue  # a new paragraph is the writer's again
        root = sent.root
        if _reported_now(before, said[-1]):
            continue
        if _backshifted(root) and not _subject_named(root):
            shifted = _backshifted
        elif _past_perfect(root) and _own_subject(root):
            shifted = _past_perfect_or_shared  # bias24c: "..., he said. The ministry *had blocked* ..."
        else:
            continue
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not shifted(c) for c in root.children):
            continue
        clause = _trimmed(words)
        if clause:
            yield _reported(doc, clause, root, said[-1].speaker)


def _reported_now(sent: Span, quote: Quote) -> bool:
    """voice12: whether a quote's verb of saying is in the present ("The council claims the routes are
    unviable."): speech reported in the present is not backshifted, so a "would" after it ("Perhaps they
    would be viable if buses ran on time") is the writer's own conditional, not the speech carried on."""
    verb = (quote.verb or "").lower()
    return any(t.lower_ == verb and t.tag_ in ("VBZ", "VBP") for t in sent)


def _quoted_in(sent: Span, quotes: Sequence[Quote]) -> bool:
    return any(q.start < sent.end_char and sent.start_char < q.end for q in quotes)


def _backshifted(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _BACKSHIFTED for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """bias24c: a past perfect ("had ignored", "had been run"), the tense a report in the past shifts a
    past event into: after "he said" the next sentence's "the ministry had blocked every rescue" goes on
    with what was said, as a "would" does."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children
    )


def _past_perfect_or_shared(verb: Token) -> bool:
    """A joined verb in the past perfect, or a participle sharing the first verb's "had" ("had ignored every
    warning and left residents ...")."""
    shares = verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children
    )
    return _past_perfect(verb) or shares


def _own_subject(verb: Token) -> bool:
    """Whether the clause has a subject that is no first-person pronoun (the writer's "we had warned")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in _FIRST_PERSON


def _subject_named(verb: Token) -> bool:
    """Whether the clause's subject names something anew (not a pronoun carrying on the reported clause)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is None or subject.lower_ not in _CARRIED_SUBJECTS
