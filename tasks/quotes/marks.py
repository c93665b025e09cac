"""Quotations found by their marks, and the cue that attributes each (a verb before or after, a colon, a name
before the verb, an orphan cue), with its kind (direct or partial)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from tasks.components import abbreviation_at, is_title_abbreviation
from tasks.models import QuoteKind
from tasks.quote_context import (
    SUBJECT_DEPS,
    Candidate,
    Context,
    faulted_for,
    previous_content,
    subject_of,
    trim,
)
from tasks.quotemarks import MARK_CHARS

MAX_SCARE_WORDS = 2


def _quoted(ctx: Context, q: int) -> Candidate | None:
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
    cut_off = _cut_off(ctx, idx, lo)
    if (
        cue is None
        and kind == "direct"
        and len(cues_here) == 1
        and not _subordinate_cue(ctx, cues_here[0], qe)
    ):
        cue = cues_here[0]
    if cue is not None and (nearer := _colon_cue(ctx, idx[0], lo)) is not None and cue.i < nearer.i:
        cue = nearer  # '"...," Cruz said as the heckler yelled: "You suck!"': the verb the colon ends
    if cue is not None and _bare_end(ctx.text, qe) and _in_subject(ctx, idx, cue):
        cue = None  # '"Broad City" star Arturo Castro asked ...': the words name the one who speaks
    inverted = _inverted_cue(ctx, qe) if cue is None and kind == "direct" else None
    if cue is None and kind == "direct" and inverted is None:
        inverted = _orphan_cue(ctx, idx)
    if inverted is not None:
        cue = inverted[0]
    if cue is None and kind == "direct":
        cue = _trailing_cue(ctx, qe) or _lead_in_cue(ctx, first_sent, qs) or _colon_verb(ctx, idx[0], lo)
    # '"Containment" has been U.S. policy'; 'on MSNBC's "Morning Joe."', the parse's sentence break before it
    named = kind == "partial" or _named_in_sentence(ctx, qe) or cut_off
    if named and cue is None and (words <= MAX_SCARE_WORDS or _is_title(doc, idx)) and not _cried(doc, idx):
        return None  # a scare quote, a nickname, a term or the title of a work: not speech
    if cue is None and _heading(ctx, qs, qe, idx):
        return None
    start, end = trim(ctx.text, qs, qe)
    if start >= end:
        return None
    subject = subject_of(cue, ctx.quote_of) if cue is not None else None
    if cue is not None and cue.idx >= qe and (subject is None or ctx.quote_of[subject.i] >= 0):
        subject = _name_before_verb(ctx, qe, cue) or subject
    if inverted is not None and subject is None:
        subject = inverted[1]
    verb = cue.text if cue is not None else None
    return Candidate(start, end, kind, first_sent, cue, subject, verb, end_sent=last_sent)


# Words opening an adverbial clause that sets a scene ("... when reporters asked", "... as the crowd sang").
_SCENE_OPENERS = frozenset({"when", "as", "after", "before", "while", "until", "once", "whenever"})


def _subordinate_cue(ctx: Context, cue: Token, close: int) -> bool:
    """'"I just do my job," the keeper shrugged when reporters asked about the saves': the sentence's one
    speech verb after the quote sits in a clause of time hung on another verb, so its subject only sets the
    scene; the quote is not theirs."""
    if cue.idx < close or cue.dep_ != "advcl" or ctx.is_cue(cue.head):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.i < cue.i and c.lower_ in _SCENE_OPENERS for c in cue.children
    )


MAX_APPOSITION = 10  # tokens of an apposition between a trailing name and its speech verb ("Ramos, 58,")


def _name_before_verb(ctx: Context, close: int, cue: Token) -> Token | None:
    """'"...," Ramos, 58, told AFP': the parser left the speech verb without a subject. A name opening the
    text after the closing mark, then nothing or one comma-set apposition, then the verb: that name."""
    tokens = [t for t in ctx.tokens[bisect.bisect_left(ctx.starts, close) : cue.i] if not t.is_space]
    while tokens and (tokens[0].text in MARK_CHARS or tokens[0].text == ","):
        tokens.pop(0)
    if not tokens or "\n" in ctx.text[close : cue.idx]:
        return None
    tokens = _after_title(ctx, tokens)
    ent = ctx.ent_of.get(tokens[0].i) if tokens else None
    if ent is None or ent.start != tokens[0].idx or ent.label not in {"PERSON", "ORG", "NORP"}:
        return None
    name = [t for t in tokens if t.idx < ent.end]
    rest = tokens[len(name) :]
    if rest and not (rest[0].text == "," and rest[-1].text == "," and len(rest) <= MAX_APPOSITION):
        return None
    return name[-1]


MAX_TITLE = 5  # words of a title, office or place before a trailing name ("Tulsa police Chief")


def _after_title(ctx: Context, tokens: list[Token]) -> list[Token]:
    """'"...," Tulsa police Chief Ana Ruiz said': the tokens from the PERSON a title of at most ``MAX_TITLE``
    words (nouns, names, a place, however the parser tagged them) leads up to; ``tokens`` as they are when
    no such person follows."""
    for k, t in enumerate(tokens[: MAX_TITLE + 1]):
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label == "PERSON" and ent.start == t.idx:
            return tokens[k:]
        if not (t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.ent_type_):
            break
    return tokens


MAX_ASIDE = 4  # tokens of a comma-set aside between a name and its verb ("Clinton, exasperated, responded")


def _orphan_cue(ctx: Context, idx: Sequence[int]) -> tuple[Token, Token] | None:
    """'In a statement to the Observer, her adviser, Jake Sullivan, said: "..."', 'Clinton, exasperated,
    famously responded: "..."': a speech verb governing the quote that the parse left without a subject,
    with a person named right before it (see :func:`_name_before`). The verb and the name, or None."""
    inside = set(idx)
    for i in idx:
        node = ctx.tokens[i]
        if node.head.i in inside and node.head.i != i:
            continue
        for _ in range(3):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in inside:
                continue
            if ctx.is_cue(node) and subject_of(node, ctx.quote_of) is None:
                name = _name_before(ctx, node)
                return (node, name) if name is not None else None
            break
    return None


def _name_before(ctx: Context, verb: Token) -> Token | None:
    """The last token of a PERSON named right before ``verb`` in its sentence: only commas, the verb's own
    adverbs and one comma-set aside of at most ``MAX_ASIDE`` tokens between."""
    lo = ctx.sent_bounds[ctx.sent_of[verb.i]][0]
    i = verb.i - 1
    aside = False
    while i >= lo:
        token = ctx.tokens[i]
        if token.is_space or (token.dep_ == "advmod" and token.head.i == verb.i):
            i -= 1
            continue
        if token.text == ",":
            ent = ctx.ent_of.get(i - 1)
            if ent is not None and ent.label == "PERSON" and ctx.quote_of[i - 1] < 0:
                return ctx.tokens[i - 1]
            if aside:
                return None
            # "Clinton, exasperated, responded": pass over the aside to the comma before it.
            k = next(
                (j for j in range(i - 1, max(lo, i - MAX_ASIDE - 2) - 1, -1) if ctx.tokens[j].text == ","),
                None,
            )
            if k is None or any(ctx.quote_of[j] >= 0 for j in range(k, i)):
                return None
            aside, i = True, k
            continue
        ent = ctx.ent_of.get(i)
        return token if ent is not None and ent.label == "PERSON" and ctx.quote_of[i] < 0 else None
    return None


def _inverted_cue(ctx: Context, close: int) -> tuple[Token, Token] | None:
    """'"The risk," said Edward Leamer, an economist ..., "is that ...."': a speech verb right after the
    closing mark, with a name right after it that the parser hung on another verb (the next quote's), so the
    verb has no subject. That name is its subject: the verb and the name's head, or None. Any verb will do
    before a person ('"...," tweeted Jo Li'): only speech puts a verb before its subject after a quote."""
    k = bisect.bisect_left(ctx.starts, close)
    doc = ctx.tokens
    while k < len(doc) and (doc[k].text in MARK_CHARS or doc[k].text == "," or doc[k].is_space):
        if "\n" in doc[k].text:
            return None
        k += 1
    if k + 1 >= len(doc) or doc[k].pos_ != "VERB" or subject_of(doc[k], ctx.quote_of) is not None:
        return None
    verb, first = doc[k], doc[k + 1]
    ent = ctx.ent_of.get(first.i)
    if ent is None or ent.start != first.idx or ent.label not in {"PERSON", "ORG", "NORP"}:
        return None
    if not ctx.is_cue(verb) and ent.label != "PERSON":
        return None  # '"...," tweeted Jo Li': a verb the lexicon lacks, inverted after a quote, with a person
    name = [t for t in doc[first.i : first.i + 8] if t.idx < ent.end]
    head = next((t for t in name if not (name[0].i <= t.head.i <= name[-1].i) or t.head.i == t.i), None)
    return (verb, head) if head is not None and ctx.quote_of[head.i] < 0 else None


MAX_TRAILING_VERB = 6  # tokens before the speech verb of a sentence that attributes the quote before it


MAX_TRAILING = 10  # the same when a subject phrase opens that sentence ("a staffer in the room wondered")


def _trailing_cue(ctx: Context, close: int) -> Token | None:
    """``"Who are they?" Trump asked.``: a sentence the model starts after "?"/"!" that attributes the quote.

    The sentence must start right after the closing mark, on the same line, and open with ``subject verb``
    (or ``verb subject``) where the verb is a speech verb with no complement of its own.
    """
    doc = ctx.tokens
    k = bisect.bisect_right(ctx.starts, close)
    after = doc[k] if k < len(doc) else None
    if (
        after is not None
        and not after.is_sent_start
        and k + 2 < len(doc)
        and doc[k + 2].is_sent_start
        and is_title_abbreviation(abbreviation_at(ctx.doc, k + 1))
    ):
        after = doc[k + 2]  # '"...," Const. Ana Ruiz said.': the parser ends a sentence at a title's stop
    if after is None or not after.is_sent_start or "\n" in ctx.text[close : after.idx]:
        return None
    lo, hi = ctx.sent_bounds[ctx.sent_of[after.i]]
    for token in doc[lo : min(hi, lo + MAX_TRAILING)]:
        # A complement of its own means the sentence says something else; an object of "ask"/"tell" is
        # the person addressed ('"Why?" Obama asked Republican politicians.').
        complements = {"ccomp"} if token.lemma_.lower() in ctx.cues.addressee_verbs else {"ccomp", "dobj"}
        if not ctx.is_cue(token) or any(c.dep_ in complements and c.i > token.i for c in token.children):
            continue
        subj = subject_of(token, ctx.quote_of)
        # Further in, only after a subject phrase that opens the sentence ("a staffer in the room
        # wondered"), not after a clause of its own.
        if subj is not None and subj.i >= lo and (token.i - lo < MAX_TRAILING_VERB or subj.left_edge.i == lo):
            return token
    return None


def _lead_in_cue(ctx: Context, sent: int, open_at: int) -> Token | None:
    """``Trump said:`` closing the paragraph before a quote that opens its own: that speech verb."""
    prev = previous_content(ctx, sent)
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    words = [t for t in ctx.tokens[lo:hi] if not t.is_space]
    if not words or words[-1].text != ":" or words[-1].idx > open_at:
        return None
    cues = [t for t in words if ctx.is_cue(t) and subject_of(t, ctx.quote_of) is not None]
    if not cues:
        return _named_colon_verb(ctx, words[-1])
    return cues[-1] if len(cues) == 1 else None


def _colon_cue(ctx: Context, first: int, sent_start: int) -> Token | None:
    """The speech verb (with a subject) nearest before a colon that opens the quote, in its sentence."""
    i = first - 1
    while i >= sent_start and (ctx.tokens[i].is_space or ctx.tokens[i].text in MARK_CHARS):
        i -= 1
    if i < sent_start or ctx.tokens[i].text != ":":
        return None
    for token in reversed(ctx.tokens[sent_start:i]):
        if ctx.quote_of[token.i] >= 0:
            return None
        if ctx.is_cue(token) and subject_of(token, ctx.quote_of) is not None:
            return token
    return None


def _colon_verb(ctx: Context, first: int, sent_start: int) -> Token | None:
    """``Jo Li boomed: "..."``: the verb before a colon that opens the quote, in its sentence."""
    for i in range(first - 1, sent_start - 1, -1):
        token = ctx.tokens[i]
        if token.is_space or token.text in MARK_CHARS:
            continue
        return _named_colon_verb(ctx, token) if token.text == ":" else None
    return None


def _named_colon_verb(ctx: Context, colon: Token) -> Token | None:
    """The verb a colon hangs from, when it is no speech verb but a named person is its subject.

    ``Jo Li echoed:``, ``Jo Li thanked them, writing:``; a verb of any kind, so only a PERSON will do.
    """
    verb = colon.head
    if colon.text != ":" or verb.pos_ != "VERB" or verb.i > colon.i or ctx.quote_of[verb.i] >= 0:
        return None
    subj = subject_of(verb, ctx.quote_of)
    ent = ctx.entity(subj) if subj is not None else None
    return verb if ent is not None and ent.label == "PERSON" else None


def _in_subject(ctx: Context, idx: Sequence[int], cue: Token) -> bool:
    """Whether the quoted tokens lie within the noun phrase that is their speech verb's subject, no verb
    between them and its head: a title or a name in the phrase for who speaks, not what is said."""
    subject = subject_of(cue, ctx.quote_of)
    if subject is None or ctx.quote_of[subject.i] >= 0:
        return False
    inside = set(idx)
    for i in idx:
        node = ctx.tokens[i]
        if node.head.i in inside and node.head.i != i:
            continue  # not a root of the quoted words
        while node.i != subject.i:
            if node.head.i == node.i or (node.i not in inside and node.pos_ in {"VERB", "AUX"}):
                return False  # a clause of its own within the subject ('who called it "a fraud"')
            node = node.head
    return True


END_PUNCTUATION = frozenset(".!?…")


def _bare_end(text: str, close: int) -> bool:
    """Whether the quote closing at offset ``close`` ends on a word, no punctuation of its own before the mark
    ('"Broad City" star', not '"We won," she said'; 'calls "hell"': a mark after a space opens a quote
    within the quote)."""
    if close == 0 or close >= len(text) or text[close] not in MARK_CHARS:
        return False
    return text[close - 1].isalnum() or text[close - 1] == ")"


def _named_in_sentence(ctx: Context, close: int) -> bool:
    """Whether the writer's sentence carries on past a quote that ends without punctuation of its own, a word
    or a bracket right after the closing mark ('"Broad City" star Arturo Castro', '"Refoulement" (forcible
    return) is forbidden', 'he "left" with them'): the marked words are a title, a term or a phrase the
    sentence names, not speech set off with its own clause."""
    text = ctx.text
    if not _bare_end(text, close):
        return False
    after = close
    while after < len(text) and (text[after] in MARK_CHARS or text[after] in " \t"):
        after += 1
    return after > close and after < len(text) and (text[after].isalpha() or text[after] == "(")


def _cried(doc: Sequence[Token], idx: Sequence[int]) -> bool:
    """pol29: 'chanted "What curfew?"': two words or more asking or exclaiming with their own mark inside the
    quote marks are something said; a term, a nickname or a scare-quoted word asks nothing. A title may
    exclaim ("Mamma Mia!"), so words in title case stay a name."""
    words = [doc[i] for i in idx if not (doc[i].is_punct or doc[i].is_space)]
    return len(words) >= 2 and doc[idx[-1]].text in {"?", "!"} and not _is_title(doc, idx)


def _heading(ctx: Context, start: int, end: int, idx: Sequence[int]) -> bool:
    """Whether a quote is its paragraph's only words, in title case or capitals without a full stop of its
    own: a subhead ('"DIVISIVE, STUPID AND WRONG"') or a label ('"Related":'), not speech."""
    text = ctx.text
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    around = text[para_start:start] + text[end:para_end]
    if any(ch.isalnum() for ch in around) or any(ch in END_PUNCTUATION for ch in text[start:end]):
        return False
    return _is_title(ctx.tokens, idx)


def _is_title(doc: Sequence[Token], idx: Sequence[int]) -> bool:
    """Title case throughout ("The Kid Who Would Be King"): the name of a work, show or slogan."""
    words = [doc[i] for i in idx if doc[i].is_alpha]
    if not words or len(words) > 8:
        return False
    return all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in words) and words[0].text[0].isupper()


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"}
    # pol29: short linking words a title may keep in lower case ("Orange is the New Black", "Up in Arms")
    | {"is", "are", "as", "vs", "from", "into", "up"}
)


def _tokens_in(ctx: Context, q: int) -> list[int]:
    qs, qe = ctx.spans[q]
    span = ctx.doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return []
    return [t.i for t in span if ctx.quote_of[t.i] == q]


def _kind(ctx: Context, idx: Sequence[int], sent_start: int) -> QuoteKind:
    """``direct`` for a quote that opens its sentence or follows ``:``/``,`` with its own clause."""
    doc = ctx.tokens
    before: list[Token] = []  # the last two tokens before the quote in its sentence (scanning back)
    for i in range(idx[0] - 1, sent_start - 1, -1):
        if not doc[i].is_space and doc[i].text not in MARK_CHARS:
            before.insert(0, doc[i])
            if len(before) == 2:
                break
    inside = set(idx)
    has_clause = any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx)
    if not before:
        return "direct"
    if before[-1].text == ":" and _sentence_after_colon(ctx, idx, sent_start):
        return "direct"
    if has_clause and (
        before[-1].text in {":", ","}
        or (before[-1].pos_ == "VERB" and before[-1].lemma_.lower() in ctx.cues.verbs)
        or (before[-1].lower_ == "that" and len(before) > 1 and before[-2].lemma_.lower() in ctx.cues.verbs)
    ):
        return "direct"
    return "partial"


def _sentence_after_colon(ctx: Context, idx: Sequence[int], sent_start: int) -> bool:
    """r2s25b: 'Li posted on X: "So proud of you."': words that open with a capital and close on a stop inside
    the marks, after a speech verb's colon, are a sentence quoted whole though the parse finds no clause."""
    first, last = ctx.tokens[idx[0]], ctx.tokens[idx[-1]]
    if not first.text[:1].isupper() or last.text not in {".", "!", "?"}:
        return False
    return _colon_cue(ctx, idx[0], sent_start) is not None


SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…", "-", "—", "–"})


def _cut_off(ctx: Context, idx: Sequence[int], sent_start: int) -> bool:
    """Whether quoted words with no clause of their own open a sentence of the parse that the words before
    them run on into (:func:`_runs_on`): a name or title the writer's sentence ends on."""
    doc = ctx.tokens
    if any(not (doc[i].is_space or doc[i].text in MARK_CHARS) for i in range(sent_start, idx[0])):
        return False
    inside = set(idx)
    if any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx):
        return False
    return _runs_on(ctx, idx[0])


def _runs_on(ctx: Context, first: int) -> bool:
    """Whether the words before token ``first`` (a quote's first, opening a sentence of the parse) run on
    into it within their paragraph, ending in no stop, colon or dash: the sentence break is the parse's."""
    for i in range(first - 1, -1, -1):
        token = ctx.tokens[i]
        if "\n" in token.text or "\n" in ctx.text[token.idx + len(token) : ctx.tokens[i + 1].idx]:
            return False
        if token.is_space or token.text in MARK_CHARS:
            continue
        return not (token.text in SENTENCE_ENDS or token.text.endswith("."))
    return False


def _governing_cue(ctx: Context, idx: Sequence[int]) -> Token | None:
    """The nearest cue verb with a subject, outside quotes, among the ancestors of the quoted tokens.

    A cue verb without a subject ("in denying Hamas ...") is passed over for the next one up.
    """
    inside = set(idx)
    cue = _nearest_cue(ctx, idx, inside)
    # 'Li blasted Ruiz for saying the plan was "dead on arrival."': the full stop inside the marks hangs on
    # the sentence's root (Li's verb), while the words are what Ruiz is faulted for saying.
    said = _nearest_cue(ctx, [i for i in idx if not ctx.tokens[i].is_punct], inside)
    if said is not None and said is not cue and faulted_for(said) is not None:
        return said
    # 'Reid praised Li, who said she was "proud of everyone."': the same full stop hangs on the root, a verb
    # of Reid's, while the words are the complement of Li's "said" (spk23c). The words' own cue wins.
    if said is not None and cue is not None and said is not cue and _outside_report(cue, said):
        return said
    return cue


def _outside_report(top: Token, token: Token) -> bool:
    """Whether ``token`` lies below ``top`` in the parse but not in a clause ``top`` reports: "praised Li,
    who said ..." (Li's words), not "said RCMP will maintain ..." (the words of whoever said it)."""
    node = token
    while node.head.i != node.i and node.head.i != top.i:
        node = node.head
    return node.head.i == top.i and node is not top and node.dep_ not in _REPORTED_DEPS


_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj"})


def _nearest_cue(ctx: Context, idx: Sequence[int], inside: set[int]) -> Token | None:
    """The cue verb with a subject fewest steps up from a root of the quoted tokens ``idx``."""
    best: tuple[int, Token] | None = None
    for i in idx:
        token = ctx.tokens[i]
        if token.head.i in inside and token.head.i != i:
            continue  # not a root of the quoted fragment
        hops, node = 0, token
        while node.head.i != node.i:
            node = node.head
            hops += 1
            if node.i not in inside and ctx.is_cue(node) and subject_of(node, ctx.quote_of) is not None:
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
    return best[1] if best else None
