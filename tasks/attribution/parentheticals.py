"""Attributions set into the words they attribute ("as one critic put it, ...", "It would, he argued,
..."), and what follows the colon of "Her message was blunt: ..."."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import (
    _FIRST_PERSON,
    _NOT_HOLDERS,
    _clause_tokens,
    _no_one,
    _quoted,
    _reported,
    _runs,
    _trimmed,
)
from tasks.attribution.holders import _lone_person, _owner
from tasks.models import Quote, Speaker

_ASIDE_PUTTING = frozenset({"put", "call", "describe", "term", "dub", "characterise", "characterize"})


def asides(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause around an attribution set into it ("as X put it", "..., he argued, ...") as the
    attribution's subject's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of saying and arguing ("say", "note", "argue"); "put" counts in "as X put it".

    Notes:
        "As one critic put it, the plan is a sham", "The plan, as Ms Hale noted, is a sham" and "It would, he
        argued, leave the town with a huge bill": the parser hangs the attribution on the clause (an "as"
        clause, or a parenthetical verb with no complement of its own), and the clause without it is the
        subject's. A first-person subject ("as I said") is the writer's own voice.
    """
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "parataxis") or verb.head.i == verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _FIRST_PERSON or _no_one(subject):
            continue
        close = _closing_comma(verb, subject) if subject.lower_ not in _NOT_HOLDERS else None
        # "..., he argued, ..." and "as Hale noted," have no complement of their own; "the row came as Li
        # said he would quit" has (a time, not an attribution), and so has "he said the plan ..."
        own = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        if (said := _catenated_saying(verb, verbs)) is not None:
            lemma, own = said.lemma_.lower(), False  # voice12: "..., she liked to say, ..."
        if (
            lemma == "go"
            and verb.dep_ == "parataxis"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
        ):
            lemma = "add"  # bias23b: "..., she went on, ...": she carried on speaking
        if verb.dep_ == "advcl":
            marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            # bias25a: "The plan, as the union *called* it, is a reckless gamble" as "as X put it"
            put = lemma in _ASIDE_PUTTING and [
                c.lower_ for c in verb.children if c.dep_ in ("dobj", "ccomp")
            ] == ["it"]
            if not marked or not (put or (lemma in verbs and not own)):
                continue
        elif lemma not in verbs or (own and close is None):
            continue
        clause = _clause_tokens(_host_clause(verb), without=verb)
        if close is not None:
            # "Nor does she have any plans, advisers say, to take cues from ...": the parser hung the rest
            # of the host clause on the aside; only the aside between its commas is the writer's
            aside = range(subject.left_edge.i - 1, close + 1)
            clause = _trimmed([t for t in verb.head.subtree if t.i not in aside])
        if clause and _quoted(doc, clause):
            continue  # a quotation beside the attribution is the quote layer's ('..., he said, "..."')
        speaker = _owner(subject, quotes)
        if speaker is None and subject.lower_ in ("he", "she"):
            speaker = _speaker_carried_on(subject, quotes)
        for run in _runs(clause):
            yield _reported(doc, run, verb, speaker)


def _speaker_carried_on(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Rossi said the owners had behaved like bullies. Monti, *he* said, had been forced to train
    alone": a "he said" set into the sentence after a named speaker's report, in the same paragraph, goes
    on with that speaker, however many people the report names."""
    doc, sent = pronoun.doc, pronoun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char]:
        return None
    said = [
        q
        for q in quotes
        if q.speaker is not None
        and not q.speaker.anonymous
        and before.start_char <= q.start < before.end_char
        and q.kind in ("indirect", "direct")
    ]
    names = {(q.speaker.canonical or q.speaker.text) for q in said if q.speaker is not None}
    return said[-1].speaker if len(names) == 1 else None


def _host_clause(aside: Token) -> Token:
    """The clause an aside is set into: its head, or the verb of the auxiliary the parser hung the aside on
    ("Opponents, she said, *were* simply scaremongering": the clause is "scaremongering"'s, not "were"'s)."""
    head = aside.head
    return head.head if head.dep_ in ("aux", "auxpass") and head.head.i != head.i else head


def _catenated_saying(verb: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of saying an aside's verb takes as its one complement, itself with none ("its weight, she
    liked to say, was the point"; "as he used to put it"): the aside is that verb's."""
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
    if len(complements) != 1 or complements[0].dep_ != "xcomp":
        return None
    said = complements[0]
    if said.lemma_.lower() not in verbs or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in said.children):
        return None
    return said


def _closing_comma(verb: Token, subject: Token) -> int | None:
    """The comma closing an aside set off on both sides (", advisers say, to ..."), when the parser hung
    what follows it on the aside's verb: the subject right after a comma, the verb right before one, and
    every complement of the verb after that comma."""
    doc = verb.doc
    first, close = subject.left_edge.i, verb.i + 1
    if verb.dep_ != "parataxis" or subject.i > verb.i or first == 0 or close >= len(doc):
        return None
    if doc[first - 1].text != "," or doc[close].text != "," or verb.head.i > verb.i:
        return None
    if any(t.i < first - 1 for t in verb.subtree):
        return None
    return close


def colon_statements(doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str]) -> Iterator[Quote]:
    """bias24c: yield what follows the colon of "Her message was blunt: ..." as the owner's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an owner the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that report a statement ("message", "warning", "verdict").

    Notes:
        "The union's verdict was damning: the scheme is a disgrace" and "His warning was stark: the plan is a
        catastrophe" set out someone's statement after a colon; the clause before it, a statement noun
        with its owner as the subject of "be", is the writer's frame ("damning", "stark" stay the writer's).
        Only an owner the sentence names (a possessor), and only the rest of the sentence.
    """
    for colon in doc:
        if colon.text != ":":
            continue
        # the parse makes the frame's "be" the root or a clause of the statement's
        root = next((t for t in doc[colon.sent.start : colon.i] if t.lemma_ == "be"), None)
        if root is None:
            continue
        noun = next((c for c in root.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        if owner is None or owner.lower_ in ("my", "our"):
            continue
        words = _trimmed([t for t in doc[colon.i + 1 : colon.sent.end] if not t.is_space])
        if not words:
            continue
        speaker = _lone_person(owner, quotes) if owner.pos_ == "PRON" else _owner(owner, quotes)
        yield _reported(doc, words, root, speaker)
