"""Who a noun phrase names as the holder of words: a lone person, group or organisation the sentence or the
one before names, a statement's owner, a part of a group ("one of them")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from config.settings import LEXICON_DIR
from tasks.attribution.clauses import _NOUNS, _SUBJECTS, _as_written, _named_by_speaker_passes
from tasks.cues import load_reporting_verbs
from tasks.models import Quote, Speaker


def _sentence_subject(participle: Token) -> Token | None:
    """The subject of the sentence a trailing participle hangs on ("The union walked out, *calling* the
    offer an insult"): wire copy sets the labelling participle after the clause whose subject speaks, and the
    parser often hangs it on a verb the subject reports ("issued a statement saying the president would
    veto it, *describing* ..."), so the sentence's root subject, not the nearest one, is the speaker."""
    root = participle.sent.root
    head = participle.head
    if root.pos_ in _NOUNS and head.dep_ == "acl" and head.head.i == root.i and head.i > root.i:
        # "The actress, 32, hit back on Instagram, calling ...": the parse made the main verb a modifier of
        # the subject, which it took for the root
        return root
    if root.i == participle.i or root.pos_ not in ("VERB", "AUX"):
        return None
    if root.i > participle.i and head.pos_ in ("VERB", "AUX") and head.i < participle.i:
        # bias25a: "A footballer sent vile texts, *calling* her a liar, a court heard": the root is the
        # closing attribution, and the clause it reports has the participle's subject
        own = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
        if own is not None:
            return own
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        # voice10: "The 47-year-old took to X to slam ..., calling ...": the parse hung the age description
        # standing for the subject on the verb itself
        subject = next(
            (c for c in root.children if c.dep_ == "amod" and c.i < root.i and _age_description(c)), None
        )
    return subject


def _owner(owner: Token, quotes: Sequence[Quote]) -> Speaker | None:
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    starts = {owner.idx, owner.left_edge.idx} | ({ent.start_char} if ent is not None else set())
    for q in quotes:
        if q.speaker is not None and q.speaker.start in starts:
            return q.speaker
    verb = owner.head if owner.dep_ in _SUBJECTS else None
    if (resolved := _named_by_speaker_passes(owner, verb)) is not None:
        return resolved
    if owner.pos_ == "PRON":
        # bias24c: "..., she believes", "..., he said, and its demands were greedy": "he" or "she" is the
        # one person named in reach, as for a labelling verb's subject; two or none, no guess
        if owner.lower_ in _PLURAL_BACK:
            return _lone_group(owner, quotes)  # bias25a: "Critics argued .... In their view, ..."
        if owner.lower_ in _VIEW_PRONOUNS:
            return _group_before(owner, quotes)  # bias25a: "Analysts were divided. Some believe ..."
        return _lone_person(owner, quotes) if owner.dep_ in ("nsubj", "nsubjpass") else None
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "case")]
    text = ent.text if ent is not None else _as_written(words)
    text = _without_possessive(re.sub(r"^[Tt]he\s+", "", text))
    return Speaker(text=text, canonical=text, start=owner.idx)


@lru_cache(maxsize=1)
def _words_for_a_person() -> frozenset[str]:
    """Every noun the reporting-verb lexicon knows for a person, built once, not on each call."""
    cues = load_reporting_verbs(LEXICON_DIR)
    people = cues.person_nouns | cues.role_nouns | cues.source_nouns | cues.proxy_nouns | cues.relation_nouns
    return people | cues.male_nouns | cues.female_nouns


def _lone_person(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """ "Trump lost the case. He branded the verdict a 'witch hunt'": "he" or "she" as a labelling verb's
    subject is the one person named before it in its sentence and the sentence before (a PERSON entity, or a
    speaker the quote layer named by a name: the tagger takes a lone surname for an organisation at times),
    as the quote layer reads "he said" (:mod:`tasks.speakers`); two people named there, or none: no guess."""
    # bias23b: a possessive too ("dismissing *his* claim that ..."): the claim is the one person's
    possessive = pronoun.dep_ == "poss" and pronoun.lower_ in ("his", "her")
    if pronoun.lower_ not in ("he", "she") and not possessive and not _age_description(pronoun):
        return None
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    found: dict[str, Speaker] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and lo <= e.start_char and e.end <= pronoun.i:
            name = re.sub(r"['’]s$", "", e.text)
            found.setdefault(name.split()[-1], Speaker(text=name, canonical=name, start=e.start_char))
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.rule == "pronoun" and lo <= q.start < pronoun.idx and _a_name(sp):
            # "He said the report was biased. He branded ...": the quote layer resolved that "he" already
            found[sp.canonical.split()[-1]] = sp
            continue
        if sp is not None and _reports_the_pronoun(q, pronoun, lo):
            # bias26a: "One of the victims told the BBC *she* felt betrayed": whoever reports the clause the
            # pronoun opens may be the one it means, named or not; beside another name, no guess
            found.setdefault((sp.canonical or sp.text).split()[-1], sp)
            continue
        if sp is None or sp.anonymous or sp.start is None or not lo <= sp.start < pronoun.idx:
            continue
        words = (sp.canonical or sp.text).split()
        span = doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if span is None or len(words) > 3 or not all(t.pos_ == "PROPN" for t in span):
            continue  # a name, not "the ministry" or "Health unions"
        if any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in span) and len(span) > 1:
            continue  # "Truth Social", "Energy UK": a body, not "he"
        found[words[-1]] = sp  # the quote layer's name for the person (a full name for "Trump")
    if len(found) > 1 and _age_description(pronoun):
        # voice10: "Jo Li has blasted ... Kai Mendes. The 29-year-old shared screenshots": an age alone
        # continues the one person who was a subject there, not someone named in a phrase
        subjects = [sp for sp in found.values() if _named_subject(doc, sp)]
        return subjects[0] if len(subjects) == 1 else None
    return next(iter(found.values())) if len(found) == 1 else None


def _reports_the_pronoun(q: Quote, pronoun: Token, lo: int) -> bool:
    """Whether ``q`` is reported speech around ``pronoun`` whose speaker, one person (no plural noun), is
    named in reach before it."""
    sp = q.speaker
    if q.kind != "indirect" or sp is None or sp.start is None or not (q.start <= pronoun.idx < q.end):
        return False
    if not lo <= sp.start < pronoun.idx:
        return False
    span = pronoun.doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
    return span is not None and span.root.tag_ not in ("NNS", "NNPS")


def _lone_group(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Critics argued the attack was cynical. In *their* view, ...": "they" or "their" is the one
    group of people (a plural noun) the quote layer made a speaker in its sentence before it and the
    sentence before; two groups, or none: no guess."""
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    found: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not lo <= sp.start < pronoun.idx:
            continue
        span = doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if span is None:
            continue
        if span.root.tag_ in ("NNS", "NNPS"):
            found.setdefault(sp.canonical or sp.text, sp)
        elif not span.root.is_punct:
            return None  # a person or a body spoke there too: "they" may be anyone's
    return next(iter(found.values())) if len(found) == 1 else None


def _group_before(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Analysts were divided. *Some* believe the board has been tone-deaf": "some", "others" or
    "most" with no "of" phrase are part of the group of people the sentence before, in the same paragraph,
    has for its subject (a plural noun)."""
    doc = pronoun.doc
    sent = pronoun.sent
    if sent.start == 0 or any(c.dep_ == "prep" and c.lower_ == "of" for c in pronoun.children):
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char]:
        return None
    heads = {before.root.i, *(c.i for c in before.root.children if c.dep_ in ("aux", "auxpass"))}
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in heads), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return None
    if subject.ent_type_ not in ("NORP", "ORG") and subject.lemma_.lower() not in _words_for_a_person():
        return None  # "Concerns were raised. Some say ...": no group of people
    return _owner(subject, quotes)


def _sentence_before_start(token: Token) -> int:
    """Where the sentence before ``token``'s opens (its own, when it is the first): how far back a labelling
    pronoun looks for the one person or organisation it stands for."""
    sent, doc = token.sent, token.doc
    return doc[doc[sent.start - 1].sent.start].idx if sent.start > 0 else sent.start_char


def _lone_organisation(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """ "IG Metall said it would fight the cuts. It called the plan a betrayal": "it" as a labelling verb's
    subject is the one organisation named in its sentence before it and in the sentence before (as the
    quote layer named it when it spoke there); two named there, or none: no guess."""
    if pronoun.lower_ != "it":
        return None
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    named = {sp.start: sp for q in quotes if (sp := q.speaker) is not None and sp.start is not None}
    found: dict[str, Speaker] = {}
    for e in doc.ents:
        if e.label_ == "ORG" and lo <= e.start_char and e.end <= pronoun.i:
            sp = named.get(e.start_char) or Speaker(text=e.text, canonical=e.text, start=e.start_char)
            found.setdefault(sp.canonical, sp)
    return next(iter(found.values())) if len(found) == 1 else None


def _named_subject(doc: Doc, sp: Speaker) -> bool:
    """Whether a person's mention (at ``sp.start``) is the subject of its clause."""
    span = (
        doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if sp.start is not None
        else None
    )
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _age_description(subject: Token) -> bool:
    """Whether a subject is a person described by age alone ("The 29-year-old"), which news copy writes for
    the person just named, as it writes "she"."""
    return bool(_AGE.fullmatch(subject.doc[subject.left_edge.i : subject.i + 1].text))


_AGE = re.compile(r"(?:[Tt]he\s+)?\d+-year-old")


def _a_name(sp: Speaker) -> bool:
    """Whether a speaker is named by a person's name: two or three capitalised words ("John Smith")."""
    words = sp.canonical.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not sp.anonymous


_PARTITIVES = frozenset(
    {"some", "many", "most", "several", "one", "few", "both", "all", "none", "each", "others"}
)


def _partitive(subject: Token) -> list[Token] | None:
    """bias26a: the words of a part named by its whole ("*Some of the players* described ...", "*One of
    the jurors* called ..."): the quantifier alone names no one, a plural pronoun whole ("some of them")
    is left to the pronoun readings. None for any other subject."""
    if subject.lower_ not in _PARTITIVES and subject.tag_ != "CD":
        return None
    described = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if described is not None and described.i > subject.i:
        # "One, a retired teacher, called ...": the part named by its description
        return [t for t in subject.doc[subject.i : described.i + 1] if t.dep_ != "punct"]
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.pos_ not in _NOUNS:
        return None
    return [t for t in subject.doc[subject.i : whole.i + 1] if not t.is_punct]


def _without_possessive(name: str) -> str:
    """bias23b: a name as the owner of what was said ("Ms Hale's view", "Kate Moore's speech") without
    its possessive ending."""
    return re.sub(r"\s*['’]s$", "", name)


_VIEW_PRONOUNS = frozenset({"many", "some", "others", "most"})


_PLURAL_BACK = frozenset({"they", "them", "their", "theirs", "themselves"})
