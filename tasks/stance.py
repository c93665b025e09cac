"""Stance forms: sentences where the writer takes a side by their form, not by a loaded word.

A prescription with the writer or anyone at all as its subject ("we must act", "no one should pay"), the
writer speaking in person ("I found", "our economy"), a question put to the reader, an exclamation. Straight
news has these only inside quotations and reported speech; the caller says which words are the writer's own
(the bias tagger's voice map, which knows quotes, "X said ..." clauses and labels), and each pass looks at
those alone. The cue words are data (``config/lexicons/stance.yaml``).

The forms are evidence of voice, not of opinion: a travel diary says "we", an explainer asks questions. The
tags they become are kept only where the sentence model corroborates them
(:func:`tasks.subjectivity.apply_subjectivity`, ``min_subjectivity``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml
from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from tasks.lexicon import Category

STANCE_FILE = "stance.yaml"
RULE_PREFIX = "stance:"
QUOTE_MARKS = frozenset('"“”«»„')
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "ROOT", "acl", "csubj"})


class StanceLexicon(BaseModel):
    """The cue words of the stance passes (``config/lexicons/stance.yaml``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    categories: dict[str, Category]
    passes: tuple[str, ...]
    prescriptive: frozenset[str]
    needs: frozenset[str]
    exhortative: frozenset[str]
    author_subjects: frozenset[str]
    author_possessives: frozenset[str]
    generic_subjects: frozenset[str]
    generic_determiners: frozenset[str] = frozenset()
    conditional_marks: frozenset[str]
    min_subjectivity: float = Field(ge=0.0, le=1.0)
    uncorroborated: frozenset[str] = Field(
        default=frozenset(), description="forms (categories) kept whatever the sentence model says"
    )


class StanceCue(NamedTuple):
    """A stance form found: which pass (a category of the lexicon), its token span ``[start, end)``, and what
    made it one."""

    kind: str
    start: int
    end: int
    why: str


@lru_cache(maxsize=4)
def load_stance_lexicon(lexicon_dir: Path) -> StanceLexicon:
    """``lexicon_dir/stance.yaml``, validated once per process."""
    data = yaml.safe_load((lexicon_dir / STANCE_FILE).read_text(encoding="utf-8"))
    lexicon = StanceLexicon.model_validate(data)
    unknown = [p for p in lexicon.passes if p not in StanceForms.PASSES]
    if unknown:
        raise ValueError(f"{STANCE_FILE}: unknown passes {unknown} (known: {StanceForms.PASSES})")
    return lexicon


def stance_cues(doc: Doc, *, lexicon: StanceLexicon, own: Callable[[int], bool]) -> Iterator[StanceCue]:
    """Yield the stance form of each sentence of a doc in the writer's own words, in order.

    Args:
        doc: A parsed article.
        lexicon: From :func:`load_stance_lexicon`.
        own: Whether the character at an offset is the writer's (not in a quotation, reported speech or a
            label someone gave).
    """
    forms = StanceForms(lexicon, own)
    for sent in doc.sents:
        # One cue per sentence, from the first pass that finds one: the evidence is the sentence's form, and
        # a second tag on "we" beside "we must" would say nothing more.
        if any(t.text in QUOTE_MARKS for t in sent):
            # Quote marks the quote layer could not pair (a quotation running over sentences, one opened and
            # not closed) may hold someone else's words: a "we" there is too likely the speaker's.
            continue
        for name in lexicon.passes:
            cue = next(iter(getattr(forms, name)(sent)), None)
            if cue is not None:
                yield cue
                break


class StanceForms:
    """The passes, each a method over one sentence with one job; the lexicon's ``passes`` orders them.

    1. ``prescription``: a prescriptive modal ("should", "must", "ought"), or "need"/"have" with a
       to-infinitive (an ``obligation``), whose subject is the writer ("we must") or anyone at all ("no one
       should"), or a first-person imperative ("let us"), outside a clause that only supposes ("if we
       must"). A noun under a generic determiner ("no parent should") stands for anyone too; "one" picked
       out by the word before it ("which one should") does not. Other subjects are left alone: "companies
       must file by Friday" describes a rule.
    2. ``first_person``: the writer as the subject of a clause ("I found", "we are using") or counting
       themself in ("our economy").
    3. ``question``: a sentence of the writer's that ends in a question mark (the tag lies on the mark).
    4. ``exclamation``: a sentence of the writer's that ends in an exclamation mark (the tag lies on the
       mark).
    """

    PASSES: tuple[str, ...] = ("prescription", "first_person", "question", "exclamation")

    def __init__(self, lexicon: StanceLexicon, own: Callable[[int], bool]) -> None:
        self.lexicon = lexicon
        self.own = own

    def _mine(self, token: Token) -> bool:
        return self.own(token.idx) and not _in_title(token)

    def prescription(self, sent: Span) -> Iterator[StanceCue]:
        lx = self.lexicon
        for t in sent:
            lemma = t.lemma_.lower()
            kind = "prescriptive"
            if t.tag_ == "MD" and lemma in lx.prescriptive:
                verb = t.head if t.dep_ == "aux" else t
            elif lemma in lx.needs and t.pos_ in ("VERB", "AUX") and _to_infinitive(t):
                # "we need to", "I have to": an obligation, which may be the writer's own necessity ("I have
                # to pay it somehow") rather than what anyone ought to do
                verb, kind = t, "obligation"
            elif lemma in lx.exhortative and t.dep_ == "ROOT" and _lets_us(t):
                if self._mine(t):
                    yield StanceCue("prescriptive", t.i, t.i + 2, "a first-person imperative")
                continue
            else:
                continue
            subject = _subject(verb)
            if subject is None or not self._mine(t) or _supposed(verb, lx.conditional_marks):
                continue
            word = subject.lower_
            # "No parent should ...": a noun under a generic determiner, the active subject of a modal only
            # ("no changes need to be made" states a fact, "no proposal should be taken forward" a rule).
            generic = (word in lx.generic_subjects and _stands_for_anyone(subject)) or (
                t.tag_ == "MD"
                and subject.dep_ == "nsubj"
                and any(c.dep_ == "det" and c.lower_ in lx.generic_determiners for c in subject.children)
            )
            if word in lx.author_subjects or generic:
                who = "the writer" if word in lx.author_subjects else "anyone at all"
                lo, hi = min(subject.i, t.i), max(subject.i, t.i) + 1
                if hi - lo > 4:  # an inverted or interrupted clause: the modal alone
                    lo, hi = t.i, t.i + 1
                yield StanceCue(kind, lo, hi, f"its subject is {who}")

    def first_person(self, sent: Span) -> Iterator[StanceCue]:
        lx = self.lexicon
        for t in sent:
            word = t.lower_
            if word in lx.author_subjects and t.dep_ in _SUBJECTS and self._mine(t):
                yield StanceCue("first-person", t.i, t.i + 1, "the writer is the subject")
                return
            if word in lx.author_possessives and t.dep_ == "poss" and self._mine(t):
                yield StanceCue("first-person", t.i, t.i + 1, "the writer counts themself in")
                return

    def question(self, sent: Span) -> Iterator[StanceCue]:
        yield from self._closing(sent, "?", "rhetorical", "a question the writer asks")

    def exclamation(self, sent: Span) -> Iterator[StanceCue]:
        yield from self._closing(sent, "!", "exclamation", "the writer exclaims")

    def _closing(self, sent: Span, mark: str, kind: str, why: str) -> Iterator[StanceCue]:
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != mark or not self._mine(words[-1]):
            return
        first = next((t for t in words if not t.is_punct), None)
        if first is None or not self._mine(first):
            return
        # The mark is the form: a tag on the question's first word would name a word that is not loaded.
        opening = " ".join(t.text for t in words[:6] if t.i < words[-1].i)
        yield StanceCue(kind, words[-1].i, words[-1].i + 1, f"{why} ('{opening} ...')")


def _in_title(token: Token) -> bool:
    """Whether a word is part of a title or name ("Here We Stand", "I Remember Tuesday", "My Year of
    Rain"): inside an entity, capitalised inside a sentence (but "I"), or before a capitalised word that does
    not start its sentence."""
    if token.ent_type_:
        return True
    if not token.is_sent_start and token.text[:1].isupper() and token.text != "I":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.is_title and not after.is_sent_start and after.pos_ != "PROPN"


def _subject(verb: Token) -> Token | None:
    # The subject of the verb, or of the clause it is the complement of ("we need to be empowering").
    for head in (verb, verb.head):
        for c in head.children:
            if c.dep_ in _SUBJECTS:
                return c
        if verb.dep_ != "xcomp":
            break
    return None


def _stands_for_anyone(subject: Token) -> bool:
    """Whether a generic subject is meant as anyone at all: "one" picked out by the word before it ("which
    one should be used", "the last one must go") stands for a thing named before; "no one" does not."""
    before = subject.doc[subject.i - 1] if subject.i > 0 else None
    return not (
        subject.lower_ == "one"
        and before is not None
        and before.tag_ in ("WDT", "DT", "JJ", "JJS", "JJR", "PRP$", "CD")
        and before.lower_ != "no"
    )


def _to_infinitive(verb: Token) -> bool:
    return any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    )


def _lets_us(verb: Token) -> bool:
    # "Let us be honest": the parser makes "us" the subject of "be", so the word after "let" is what counts.
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        after is not None
        and after.lower_ in ("us", "'s")
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )


def _supposed(verb: Token, marks: frozenset[str]) -> bool:
    """Whether the verb's clause, or one it hangs in, is introduced by a subordinator that only supposes."""
    t = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return True
        if t.dep_ not in _CLAUSE_DEPS or t.head is t:
            return False
        t = t.head
    return False
