"""Passes on a quote whose speaker stands in a clause without a speech verb of its own: "according to X", "as
X put it", what a person "believed", a quote a person's verb takes as its object, the clause after the
quote, a participle ("writing"), a colon's lead-in, the lead-in sentence, a sentence pointing back at a
quote, and marked words inside another's report.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence

from spacy.tokens import Span, Token

from tasks.models import Entity, Speaker
from tasks.quote_context import OBJECT_DEPS, SUBJECT_DEPS, Candidate, Context, faulted_for, subject_of
from tasks.quotemarks import MARK_CHARS
from tasks.speakers.documents import _document_noun
from tasks.speakers.epithets import _known_speaker_noun
from tasks.speakers.sieve import (
    _ASK_VERBS,
    _ATTRIBUTION_GAP,
    SOURCE_PREPOSITIONS,
    Answer,
    Ask,
    _index_after,
    _index_before,
    _near,
    _phrase_end,
    _speaker_of,
    _touches,
    resolve_speaker,
)


def _verbless(a: Ask) -> Candidate | None:
    cand = a.cand
    if a.subj is not None or cand is None or cand.cue is not None or cand.kind != "direct":
        return None
    return cand


def _verbless_or_partial(a: Ask) -> Candidate | None:
    """As :func:`_verbless`, a partial quote too (a fragment a person's verb takes: 'ruled he would "pose a
    risk"')."""
    cand = a.cand
    if a.subj is not None or cand is None or cand.cue is not None or cand.kind == "indirect":
        return None
    return cand


def _as_speech_subject(a: Ask, subj: Token | None) -> Speaker | None:
    """A subject a layout pass found, read as a speech verb's subject would be (name, description or veto)."""
    return resolve_speaker(a.ctx, subj, None, a.history, a.max_lookback) if subj is not None else None


def _within_report(a: Ask) -> Answer:
    """'Peskov declined to comment, saying only that the "special military operation" would continue': marked
    words with no verb of their own inside the clause just reported are the reporter's source's words."""
    cand, last = a.cand, a.last
    if a.subj is not None or cand is None or cand.kind != "partial":
        return None
    if last is None or last[1] is None or cand.end > last[2] or a.ctx.csent(cand.sent) != last[0]:
        return None
    if a.ctx.text[: last[2]].rstrip("\"'”’ ").endswith("?"):
        return None  # 'what did you mean by "whatever it takes"?': a question quotes its words back
    return last[1]


def _pointed_back(a: Ask) -> Answer:
    """lead24: a quote paragraph with no verb, then a sentence that points back at it and names who said it:
    '"I never thought it would happen here." That is how Maria Lopez, 52, describes the night ...', "Those
    were the words of ...", "So says ...", "That's Maria Lopez, ...". The first person named in that sentence,
    as the subject of its speech verb, as whose words, verdict or message it was (``utterance_nouns``), or as
    whom the pointer is."""
    cand = _verbless(a)
    if cand is None:
        return None
    ctx = a.ctx
    k = next((j for j, (lo, _) in enumerate(ctx.sent_bounds) if ctx.tokens[lo].idx >= cand.end), None)
    if k is None or ctx.text[cand.end : ctx.tokens[ctx.sent_bounds[k][0]].idx].strip(" \n\"'”’"):
        return None
    lo, hi = ctx.sent_bounds[k]
    words = [t for t in ctx.tokens[lo:hi] if not (t.is_punct or t.is_space)]
    if not words or not _points_back(ctx, words) or any(ctx.quote_of[t.i] >= 0 for t in words):
        return None
    for t in words:
        ent = ctx.ent_of.get(t.i)
        if ent is None or ent.label != "PERSON":
            continue
        root = ctx.tokens[t.i]
        while root.head.i != root.i and ctx.ent_of.get(root.head.i) is ent:
            root = root.head
        reports = [c for c in root.head.children if c.dep_ in ("ccomp", "parataxis")]
        said = (
            root.dep_ in SUBJECT_DEPS
            and ctx.is_cue(root.head)
            # "That promise was broken, Diaz admitted": the pointer is in what she says now, not the quote's
            and not any(c.left_edge.i <= words[0].i <= c.right_edge.i for c in reports)
        )
        whose = (
            root.dep_ == "pobj"
            and root.head.lower_ in ("of", "from")
            and (
                root.head.head.lemma_.lower() in ctx.cues.utterance_nouns | _WORDS
                or _came_from(ctx, root.head)
            )
        )
        # r2s26: '"..." That's Jo Li, an engineer who ...': the pointer is the one named
        named = (
            root.dep_ == "attr"
            and root.head.lemma_ == "be"
            and any(c.dep_ in SUBJECT_DEPS and c.i == words[0].i for c in root.head.children)
        )
        return _speaker_of(ent) if said or whose or named else None
    return None


def _points_back(ctx: Context, words: list[Token]) -> bool:
    """Whether a sentence opens by pointing back at the quote before it: "That is how ...", "So says ...",
    or r2s26b "The warning came from ..." (the quote's own utterance noun, ``utterance_nouns``)."""
    first = words[0].lower_
    if first in _POINTERS:
        return True
    return first == "the" and len(words) > 1 and words[1].lemma_.lower() in ctx.cues.utterance_nouns | _WORDS


def _came_from(ctx: Context, prep: Token) -> bool:
    """r2s26b: "The warning came from Dr. Jo Li": "from" on "come" whose subject is an utterance noun."""
    verb = prep.head
    return (
        prep.lower_ == "from"
        and verb.lemma_.lower() == "come"
        and any(
            c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in ctx.cues.utterance_nouns | _WORDS
            for c in verb.children
        )
    )


# What a sentence pointing back at a quote opens with ("That is how ...", "So says ...", "Those were ...").
_POINTERS = frozenset({"that", "those", "this", "these", "so", "such", "thus"})
_WORDS = frozenset({"word", "view", "plea", "cry", "refrain", "lament"})


def according_source(ctx: Context, cand: Candidate) -> Token | None:
    """'According to the newspaper, "..."', '"...," according to Jo Li.': the source of an "according to"
    phrase that a quote with no speech verb touches (only marks and a comma or colon between)."""
    for acc in _near(ctx, cand):
        if acc.lower_ != "according":
            continue
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None or source.pos_ not in {"NOUN", "PROPN"}:
            continue
        before = _phrase_end(acc) <= cand.start and _touches(ctx, _phrase_end(acc), cand.start)
        after = acc.idx >= cand.end and _touches(ctx, cand.end, acc.idx)
        if before or after:
            return source
    return None


def words_of_source(ctx: Context, cand: Candidate) -> Token | None:
    """spk26a: 'She became, in the words of one neighbour, "the switchboard of the valley"', '"...," in his
    words': whose words an "in the words of X" / "in X's words" phrase that the quote touches says they are
    (only marks and a comma or colon between)."""
    for words in _near(ctx, cand):
        if words.lemma_.lower() != "word" or words.tag_ != "NNS" or words.head.lower_ != "in":
            continue
        of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owners = of.children if of is not None else words.children
        source = next((c for c in owners if c.dep_ in {"pobj", "poss"}), None)
        if source is None or source.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        phrase = words.head
        before = _phrase_end(phrase) <= cand.start and _touches(ctx, _phrase_end(phrase), cand.start)
        after = phrase.idx >= cand.end and _touches(ctx, cand.end, phrase.idx)
        if before or after:
            return source
    return None


def _according_to(a: Ask) -> Answer:
    """'According to the newspaper, "..."': the source of the phrase, read as a speech verb's subject; a
    partial quote too ('She was, according to her son, "hopeless in a kitchen"'); "in the words of X" too
    (:func:`words_of_source`)."""
    cand = _verbless_or_partial(a)
    source = according_source(a.ctx, cand) if cand is not None else None
    if source is None and cand is not None:
        source = words_of_source(a.ctx, cand)
    return resolve_speaker(a.ctx, source, None, a.history, a.max_lookback) if source is not None else None


def as_clause_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'As Jo Li put it, "..."', 'As the report noted: "..."': the subject of an "as" clause that leads
    straight into a quote with no speech verb. The clause must say nothing of its own (no object but "it",
    no clause of its own), so that it can only introduce the quote."""
    for mark in _near(ctx, cand):
        verb = mark.head
        if mark.lower_ != "as" or mark.dep_ != "mark" or verb.pos_ != "VERB" or verb.idx > cand.start:
            continue
        if not _touches(ctx, _phrase_end(verb), cand.start):
            continue
        if any(
            c.dep_ in {"ccomp", "xcomp", "advcl"} or (c.dep_ in OBJECT_DEPS and c.lower_ != "it")
            for c in verb.children
        ):
            continue
        subj = subject_of(verb, ctx.quote_of)
        if subj is not None and subj.i > mark.i:
            return subj
    return None


def _as_clause(a: Ask) -> Answer:
    """'As Jo Li put it, "..."': the subject of the clause, read as a speech verb's subject."""
    cand = _verbless(a)
    subj = as_clause_subject(a.ctx, cand) if cand is not None else None
    return _as_speech_subject(a, subj)


def _fragment_roots(span: Span) -> Iterator[Token]:
    """The tokens of a quoted fragment whose head lies outside it (or that head themselves): where the
    fragment hangs in the sentence's parse."""
    for token in span:
        if not (span.start <= token.head.i < span.end) or token.head.i == token.i:
            yield token


def clausal_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'He believed the station had acted by "tossing roadblocks ...",' 'The judge ruled he would "pose a
    risk"': a quote with no speech verb inside the clausal complement (``ccomp``) of a verb the lexicon
    lacks, whose subject is a person (a PERSON, "he"/"she", or a noun the lexicon knows for a person). A
    verb that takes a clause and has a person for its subject says what that person says or holds, whatever
    the word (a verb class read from the parse, not a list); the nearest verb above the quote decides."""
    return _clause_verb_subject(ctx, cand, _person_like)


def _clause_verb_subject(
    ctx: Context, cand: Candidate, test: Callable[[Context, Token], bool]
) -> Token | None:
    """The subject, passing ``test``, of the nearest verb outside a quote whose clausal complement (or a
    clause conjoined to it) holds the quote: "believed", "ruled", "found" in 'The study found that "..."'."""
    span = ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    inside = range(span.start, span.end)
    for token in _fragment_roots(span):
        node = token
        while node.head.i != node.i and node.dep_ != "ccomp":
            if node.dep_ == "conj" and node.i == token.i and _quoted_clause(ctx, node, inside):
                break  # 'he believed X, and "it would send the wrong message"': what he believed, too
            node = node.head
        verb = node.head
        if node.dep_ not in {"ccomp", "conj"} or verb.i in inside or ctx.quote_of[verb.i] >= 0:
            continue
        subj = subject_of(verb, ctx.quote_of)
        if subj is not None and test(ctx, subj):
            return subj
    return None


def _quoted_clause(ctx: Context, conj: Token, inside: range) -> bool:
    """Whether a verb conjoined to a verb that takes a clause is a whole clause of the quote (its subject in
    the quote too), set beside that clause: 'he believed the station had erred, and "it would be wrong"'."""
    head = conj.head
    if head.pos_ != "VERB" or not any(c.dep_ == "ccomp" for c in head.children):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i in inside for c in conj.children)


def _person_like(ctx: Context, token: Token) -> bool:
    """Whether a subject is a person: a PERSON named, "he"/"she", or a noun for a person ("the judge")."""
    if token.lower_ in {"he", "she"}:
        return True
    ent = ctx.entity(token)
    if ent is not None:
        return ent.label == "PERSON"
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and (
        lemma in ctx.cues.person_nouns or lemma in ctx.cues.source_nouns or lemma in ctx.titles_seen
    )


def _clausal_verb(a: Ask) -> Answer:
    """A quote inside what a person "believed", "ruled", "feared": see :func:`clausal_subject`. Failing a
    person, 'A poll released by Leger found that most voters "want a fund"': inside what a document's verb
    says ("found", "showed", "concluded": a document's speech), the document's words, so its issuer's, found
    as for "the poll said" (no issuer in sight gives no speaker)."""
    cand = _verbless_or_partial(a)
    subj = clausal_subject(a.ctx, cand) if cand is not None else None
    if subj is None and cand is not None:
        subj = _clause_verb_subject(a.ctx, cand, _document_noun)
    return _as_speech_subject(a, subj)


# Dependencies from a quote up to the verb whose object it is ("labels the plan "a ..."", "thanked him
# for "..."", "described it as "..."", "a dig at "...""): objects, prepositions, and a noun they modify.
OBJECT_PATH = frozenset({"dobj", "pobj", "pcomp", "prep", "attr", "oprd", "dative", "acomp", "appos"})
MAX_OBJECT_HOPS = 3


def object_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'Jo Li thanked him for "stepping up"', 'Jo Li is labeling the plan "an abuse"', 'Jo Li described it
    as "news to me"': a quote with no speech verb that is the object of a verb the lexicon lacks (or what
    one of its prepositions takes) whose subject, before the quote, is a person or a named organisation.
    A verb of a person's that takes the quoted words as its object puts them in that person's mouth,
    whatever the word (a verb class read from the parse, as for ``clausal-verb``)."""
    span = ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    inside = range(span.start, span.end)
    for token in _fragment_roots(span):
        node, hops = token, 0
        path = [token]
        while node.dep_ in OBJECT_PATH and node.head.i != node.i and hops < MAX_OBJECT_HOPS:
            node, hops = node.head, hops + 1
            path.append(node)
            if node.pos_ == "VERB":
                break
        verb = node
        if verb is token or verb.pos_ != "VERB" or verb.i in inside or ctx.quote_of[verb.i] >= 0:
            continue
        if faulted_for(verb) is not None:
            # 'Li ripped Ruiz for acting as "judge and jury"': no speech verb, so the words are the critic's
            # own description of what Ruiz did, not Ruiz's; the critic is not this verb's subject either.
            continue
        subj = subject_of(verb, ctx.quote_of)
        if subj is None or subj.i >= span.start or not (_person_like(ctx, subj) or _named_org(ctx, subj)):
            continue
        if _owned_by_another(ctx, [n for n in path if n.i not in inside], subj):
            return None
        return subj
    return None


def _owned_by_another(ctx: Context, path: Sequence[Token], subj: Token) -> bool:
    """Whether the quote is what a noun "of" someone named other than the verb's subject holds ('Li mocked
    the governor's promise of "..."'): the quoted words are that owner's, which the subject only passes on."""
    own = ctx.entity(subj)
    for below, node in itertools.pairwise(path):
        if below.dep_ != "prep" or below.lower_ != "of":
            continue  # "labeling Obama's actions "an abuse"": the quote describes the noun, not its content
        for c in node.children:
            if c.dep_ != "poss" or c.pos_ not in {"NOUN", "PROPN"} or ctx.quote_of[c.i] >= 0:
                continue
            if not (_person_like(ctx, c) or _named_org(ctx, c) or c.lemma_.lower() in ctx.role_of):
                continue
            ent = ctx.entity(c)
            if own is None or ent is None or ent.canonical != own.canonical:
                return True
    return False


def _named_org(ctx: Context, token: Token) -> bool:
    """Whether a token names an organisation ("CREW filed a request for "..."")."""
    ent = ctx.entity(token)
    return ent is not None and ent.label == "ORG"


def _object_of_person(a: Ask) -> Answer:
    """A quote a person's verb takes as its object: see :func:`object_subject`."""
    cand = _verbless_or_partial(a)
    subj = object_subject(a.ctx, cand) if cand is not None else None
    return _as_speech_subject(a, subj)


def trailing_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'"...?" Jo Li questioned.', '"..." reacted Jo Li.': a clause right after a quote with no speech
    verb, of nothing but a person and a verb the lexicon lacks (no object, no clause of its own; times
    and places may follow), attributes the quote as a speech verb would: the verb is whatever the person
    did in saying it."""
    tokens = ctx.tokens
    k = _index_after(ctx, cand.end)
    if k >= len(tokens) or ctx.quote_of[k] >= 0 or not _touches(ctx, cand.end, tokens[k].idx):
        return None
    if "\n" in ctx.text[cand.end : tokens[k].idx]:
        return None  # the next paragraph is no part of the quote's attribution
    first = tokens[k]
    if (paper := _document_reading(ctx, k)) is not None:
        return paper
    if first.pos_ == "VERB":  # '"..." reacted Jo Li.'
        verb = first
        subj = subject_of(verb, ctx.quote_of)
        if subj is None or subj.left_edge.i != verb.i + 1:
            return None
    else:  # '"..." Jo Li questioned.'
        subj = next((t for t in tokens[k : k + 8] if t.dep_ in SUBJECT_DEPS), None)
        if subj is None or subj.left_edge.i != k:
            return None
        verb = subj.head
        between = tokens[subj.right_edge.i + 1 : verb.i]
        if verb.pos_ != "VERB" or verb.i < subj.i or any(t.dep_ not in {"advmod", "aux"} for t in between):
            return None
    if not verb.is_alpha or ctx.quote_of[verb.i] >= 0 or ctx.quote_of[subj.i] >= 0:
        return None  # a signature's dash the parse took for a verb ('"..." ― Jo Li, who ...')
    if not _person_like(ctx, subj):
        return None
    if any(c.dep_ in OBJECT_DEPS | {"ccomp", "xcomp"} and ctx.quote_of[c.i] < 0 for c in verb.children):
        return None  # '"..." Jo Li wrote the book.': a clause of its own
    if any(c.tag_ == "MD" and c.lower_ != "would" for c in verb.children):
        return None  # '"..." She will work with the dancers.': a modal tells what is to come, not the saying
    return subj


def _document_reading(ctx: Context, k: int) -> Token | None:
    """'"...," the email read.', '"...," the note read': a document whose words the quote gives, its issuer
    to be found (the document passes). The parse mostly reads "email read" as one noun, so the words are
    read from the text: a definite phrase of nouns ending in a document noun, then "read" ending the
    sentence."""
    tokens = ctx.tokens
    if tokens[k].lower_ not in {"the", "his", "her", "their", "its"}:
        return None
    j = k + 1
    while j < len(tokens) and tokens[j].pos_ in {"NOUN", "ADJ", "PROPN"} and tokens[j].lower_ != "read":
        j += 1
    if j == k + 1 or j + 1 >= len(tokens) or tokens[j].lower_ != "read":
        return None
    if not (tokens[j + 1].text in {".", ";"} or tokens[j + 1].is_space) or ctx.quote_of[j] >= 0:
        return None
    paper = tokens[j - 1]
    return paper if _document_noun(ctx, paper) else None


def _trailing_clause(a: Ask) -> Answer:
    """'"...?" Jo Li questioned.': the subject of the clause after the quote (see
    :func:`trailing_subject`), read as a speech verb's subject."""
    cand = _verbless(a)
    subj = trailing_subject(a.ctx, cand) if cand is not None else None
    return _as_speech_subject(a, subj)


MAX_ADDRESSEE = 4  # words of an addressee between a lead-in participle and its quote ("telling the crowd")
PARTICIPLE_LINKS = frozenset({",", "by", "before", "after", "while"})


def participle_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'Jo Li shared the news, writing "..."', 'Li seemed ready, telling the crowd, "..."': a speech verb's
    participle leading straight into the quote (a comma, a colon, a paragraph break after a colon, or its
    addressee between), with no
    subject of its own, after a comma or "by"/"before"/"after". The participle shares the subject of its
    sentence's main clause, which the parse often loses (it makes the participle a subject in the quote)."""
    k = _index_before(ctx, cand.start, _ATTRIBUTION_GAP)
    tokens = ctx.tokens
    if k < 0:
        return None
    # The lead-in may end the paragraph before the quote ("..., reporting:" then the quote paragraph).
    lo = ctx.sent_bounds[ctx.sent_of[k]][0]
    between = 0
    while k >= lo and tokens[k].tag_ != "VBG" and between < MAX_ADDRESSEE:
        t = tokens[k]
        addressee = t.pos_ in {"DET", "NOUN", "PROPN", "PRON", "ADJ"} or t.lower_ == "to"
        if ctx.quote_of[t.i] >= 0 or not addressee:
            return None
        k, between = k - 1, between + 1
    if k <= lo or ctx.quote_of[k] >= 0:
        return None
    verb = tokens[k]
    if verb.tag_ != "VBG" or not ctx.is_cue(verb) or tokens[k - 1].lower_ not in PARTICIPLE_LINKS:
        return None
    if any(c.dep_ in SUBJECT_DEPS and ctx.quote_of[c.i] < 0 and c.i < verb.i for c in verb.children):
        return None  # "with Trump yelling": a subject of its own
    main = _main_verb(ctx, lo, k - 1)
    subj = subject_of(main, ctx.quote_of) if main is not None else None
    if subj is None or not lo <= subj.i < k or ctx.quote_of[subj.i] >= 0:
        return None
    return subj


def _participle(a: Ask) -> Answer:
    """'Jo Li shared the news, writing "..."': the main clause's subject (see :func:`participle_subject`),
    read as a speech verb's subject."""
    cand = _verbless(a)
    subj = participle_subject(a.ctx, cand) if cand is not None else None
    return _as_speech_subject(a, subj)


def _main_verb(ctx: Context, lo: int, k: int) -> Token | None:
    """The main verb of the lead-in from ``lo`` to before ``k``: its root outside quotes, or the first verb
    the parse hung on the quote or on something after ``k``."""
    return next(
        (
            t
            for t in ctx.tokens[lo:k]
            if ctx.quote_of[t.i] < 0
            and t.pos_ in {"VERB", "AUX"}
            and (t.dep_ == "ROOT" or ctx.quote_of[t.head.i] >= 0 or t.head.i >= k)
        ),
        None,
    )


def colon_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'The board was blunt in its findings: "..."', 'Jo Li is rolling out a new message:' then the quote
    paragraph: a lead-in sentence that ends in a colon right before the quote introduces it, though its verb
    is no speech verb; its subject (a noun, a name, "he"/"she"/"they") is who speaks."""
    k = _index_before(ctx, cand.start, MARK_CHARS)
    if cand.kind == "partial" and k > 0:
        k = _colon_before_clause(ctx, k)
    tokens = ctx.tokens
    if k <= 0 or tokens[k].text != ":" or ctx.quote_of[k] >= 0:
        return None
    lo = ctx.sent_bounds[ctx.sent_of[k]][0]
    main = _main_verb(ctx, lo, k)
    subj = subject_of(main, ctx.quote_of) if main is not None else None
    if subj is None or not lo <= subj.i < k or ctx.quote_of[subj.i] >= 0:
        return None
    if subj.pos_ not in {"NOUN", "PROPN"} and subj.lower_ not in {"he", "she", "they"}:
        return None
    own = {t.i for t in subj.subtree}
    if any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" and t.i not in own
        for t in ctx.tokens[subj.i + 1 : k]
    ):
        return None  # "The mayor spoke to Jo Li:": either may speak next
    return subj


MAX_COLON_CLAUSE = 8  # words between a lead-in's colon and a partial quote in the clause after it


def _colon_before_clause(ctx: Context, k: int) -> int:
    """'Osei was adamant: the budget "will not survive the vote"': the colon a few words before a partial
    quote in its sentence, with no verb between (the quote holds the clause's verb); -1 when none."""
    lo = ctx.sent_bounds[ctx.sent_of[k]][0]
    for j in range(k, max(lo, k - MAX_COLON_CLAUSE) - 1, -1):
        t = ctx.tokens[j]
        if t.text == ":":
            return j
        if ctx.quote_of[j] >= 0 or t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", "?", "!"}:
            return -1
    return -1


def _colon(a: Ask) -> Answer:
    """'The board was blunt in its findings: "..."': the lead-in's subject (see :func:`colon_subject`), read
    as a speech verb's subject, when it names someone: a lead-in that is no speech verb is weaker evidence
    than one, so a mere description ("The crowd shrugged:") gives nothing. A partial quote holding the verb of
    the clause after the colon is the lead-in's too (:func:`_colon_before_clause`)."""
    cand = _verbless_or_partial(a)
    subj = colon_subject(a.ctx, cand) if cand is not None else None
    if subj is not None and (owner := _utterance_owner(a.ctx, subj)) is not None:
        subj = owner
    if subj is not None and subj.pos_ == "NOUN" and not _known_speaker_noun(a.ctx, subj):
        return None  # "The verdict from the union was blunt:": a thing, not someone who speaks
    found = _as_speech_subject(a, subj)
    return found if found is not None and _names_someone(a.ctx, found) else None


def _utterance_owner(ctx: Context, subj: Token) -> Token | None:
    """'Lyall's response was brief: "..."': a lead-in whose subject is what someone said (an utterance noun)
    has that someone, its possessor, as the one who speaks."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in ctx.cues.utterance_nouns:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in {"PROPN", "PRON"} else None


def lead_in_subject(ctx: Context, cand: Candidate) -> Token | None:
    """'Jo Li agreed. "..."', 'Jo Li said in a statement. "..."': a sentence whose main verb is a speech
    verb with nothing said of its own (no object but an addressee, no clause), ending right before the
    quote on the same line, leads into it as a colon would; its subject is who speaks."""
    k = _index_before(ctx, cand.start, MARK_CHARS)
    tokens = ctx.tokens
    if k <= 0 or tokens[k].text != "." or ctx.quote_of[k] >= 0:
        return None
    if "\n" in ctx.text[tokens[k].idx : cand.start]:
        return None  # a paragraph of its own: named-before's case
    lo = ctx.sent_bounds[ctx.sent_of[k]][0]
    if any(ctx.quote_of[t.i] >= 0 for t in tokens[lo:k]):
        return None  # a sentence with a quote of its own: continuation's case
    main = _main_verb(ctx, lo, k)
    if main is None:
        return None
    # r2s25c: "Asked what we should do, she laughed. "Walk more."": a question put to the subject, who
    # answers in the quote (the opener is no clause the sentence reports; the main verb need not be a cue)
    others = [t for t in tokens[lo:k] if ctx.is_cue(t) and t.i != main.i]
    asked = _asked_opener(ctx, ctx.sent_of[k], others)
    opener = asked.head.i if asked is not None and asked.head.i == main.i else -1
    if opener < 0 and not ctx.is_cue(main):
        return None
    objects = {"ccomp", "xcomp", "advcl"} | (
        set() if main.lemma_.lower() in ctx.cues.addressee_verbs or opener >= 0 else OBJECT_DEPS
    )
    if any(
        c.dep_ in objects and not (c.dep_ == "advcl" and c.i < main.i and opener >= 0) for c in main.children
    ):
        return None  # "Jo Li said the plan works.": the sentence reports something of its own
    subj = subject_of(main, ctx.quote_of)
    if subj is None or not lo <= subj.i < k:
        return None
    return subj


def _lead_in_sentence(a: Ask) -> Answer:
    """'Jo Li agreed. "..."': the lead-in sentence's subject (see :func:`lead_in_subject`), read as a
    speech verb's subject."""
    cand = _verbless(a)
    subj = lead_in_subject(a.ctx, cand) if cand is not None else None
    return _as_speech_subject(a, subj)


def _names_someone(ctx: Context, speaker: Speaker) -> bool:
    """Whether a speaker is, or belongs to, a person or organisation named in the article (quotes too): a
    looser test than :func:`_is_named`, for a lead-in whose subject may be "the Rovers spokesman"."""
    names = {e.canonical for e in ctx.ent_of.values() if e.label in {"PERSON", "ORG"}}
    return speaker.canonical in names or any(n in speaker.canonical for n in names)


def _asked_opener(ctx: Context, sent: int, cues: Sequence[Token]) -> Token | None:
    """spk23a: "Asked whether he would sign again, Weller smiled." then a quote paragraph: the subject of a
    main clause opened by "Asked ..." (a question put to that subject, none of its own) answers it. None
    when the sentence has any other speech verb."""
    lo, hi = ctx.sent_bounds[sent]
    root = next((t for t in ctx.tokens[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"VERB", "AUX"} or ctx.quote_of[root.i] >= 0:
        return None
    opener = next(
        (
            c
            for c in root.children
            if c.dep_ == "advcl"
            and c.i < root.i
            and c.tag_ in {"VBN", "VBD"}  # the model reads "Asked whether ..." either way
            and c.i == c.left_edge.i == next(t.i for t in ctx.tokens[lo:hi] if not t.is_space)
            and c.lemma_.lower() in _ASK_VERBS
            and not any(g.dep_ in SUBJECT_DEPS | {"nsubjpass"} for g in c.children)
        ),
        None,
    )
    if opener is None or any(t.i != opener.i for t in cues):
        return None
    return subject_of(root, ctx.quote_of)


def _colon_not_anothers(a: Ask, _: Speaker) -> bool:
    """Corroboration of ``colon``: see :func:`_not_anothers_text`."""
    return a.cand is None or _not_anothers_text(a.ctx, a.cand, colon_subject(a.ctx, a.cand))


def _object_not_anothers(a: Ask, _: Speaker) -> bool:
    """Corroboration of ``object-of-person``: see :func:`_not_anothers_text`; and no noun on the way from the
    quote up to the verb names a source of its own ('Li faced questions from Reed about her "secret deal"':
    the words are in Reed's questions, not in what Li says)."""
    if a.cand is None:
        return True
    ctx = a.ctx
    subj = object_subject(ctx, a.cand)
    if subj is None or not _not_anothers_text(ctx, a.cand, subj):
        return subj is None
    span = ctx.doc.char_span(a.cand.start, a.cand.end, alignment_mode="expand")
    if span is None:
        return True
    own = ctx.entity(subj)
    for token in _fragment_roots(span):
        node = token
        while node.head.i != node.i and node.i != subj.head.i:
            node = node.head
            outside = node.i < span.start or node.i >= span.end
            if outside and node.pos_ == "NOUN" and _owner_other_than(ctx, node, own, possessive=False):
                return False
    return True


def _not_anothers_text(ctx: Context, cand: Candidate, subj: Token | None) -> bool:
    """Part of the corroboration of ``colon`` and ``object-of-person`` (below the floor on PolNeAR): a quote
    set after a colon that ends the verb's object is that object's text, and the object may belong to someone
    else: "Li pointed to a banner held by protesters:", "Li showed reporters the letter from the council:",
    "Li read the mayor's letter:". Such an object (or what its preposition takes) with an owner of its own
    (a possessive, a "from" or "by" phrase, a participle with an agent) other than the subject ``subj`` leaves
    the quote to no one: the owner wrote the words, the subject only shows them."""
    if subj is None:
        return True
    k = _index_before(ctx, cand.start, MARK_CHARS)
    if k < 0 or ctx.tokens[k].text != ":" or ctx.quote_of[k] >= 0:
        return True
    verb = subj.head
    own = ctx.entity(subj)
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and verb.i < c.i < k]
    for prep in (c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < k):
        objects.extend(c for c in prep.children if c.dep_ == "pobj" and c.i < k)
    return not any(_owner_other_than(ctx, obj, own) for obj in objects)


def _owner_other_than(ctx: Context, obj: Token, own: Entity | None, *, possessive: bool = True) -> bool:
    """Whether a noun has an owner of its own (a possessive noun unless not ``possessive``, "from"/"by" X, a
    participle's agent) that is not the entity ``own``."""
    owners: list[Token] = []
    for c in obj.children:
        if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"} and possessive:
            owners.append(c)
        elif c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS:
            owners.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "acl":
            agents = [ag for ag in c.children if ag.dep_ == "agent"]
            owners.extend(g for ag in agents for g in ag.children if g.dep_ == "pobj")
    for owner in owners:
        if owner.pos_ not in {"NOUN", "PROPN"} or ctx.quote_of[owner.i] >= 0:
            continue
        ent = ctx.entity(owner)
        if own is None or ent is None or ent.canonical != own.canonical:
            return True
    return False
