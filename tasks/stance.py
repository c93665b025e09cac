"""Stance forms: sentences where the writer takes a side by their form, not by a loaded word.

A prescription with the writer or anyone at all as its subject ("we must act", "no one should pay"), the
writer speaking in person ("I found", "our economy"), a question put to the reader, an exclamation, and
forms that argue by their shape alone: a leading question ("..., right?"), a verbless retort ("Of course
not."), a categorical forecast ("will never"), a verdict of absence ("there is nothing in the bill ..."), a
verdict on a proposition ("it is striking that ...") and an opening concession ("Admittedly, ..."). Straight
news has these only inside quotations and reported speech; the caller says which words are the writer's own
(the bias tagger's voice map, which knows quotes, "X said ..." clauses and labels), and each pass looks at
those alone. The cue words are data (``config/lexicons/stance.yaml``).

The forms are evidence of voice, not of opinion: a travel diary says "we", an explainer asks questions. The
tags they become are kept only where the sentence model corroborates them
(:func:`tasks.subjectivity.apply_subjectivity`, ``min_subjectivity``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
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
_VERDICT_CLAUSES = frozenset({"ccomp", "xcomp", "csubj", "advcl", "acl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp", "conj", "relcl", "ROOT", "acl", "csubj"})


_WEIGHED = frozenset({"ccomp", "dobj", "xcomp"})  # what a gerund after "worth" takes as its object


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
    newsroom_verbs: frozenset[str] = Field(
        default=frozenset(), description="verbs of the newsroom's 'we' (first_person): 'we can reveal'"
    )
    newsroom_aspects: frozenset[str] = Field(
        default=frozenset(),
        description="r2b26b: verbs that carry a newsroom verb on ('we will keep following this story', 'we "
        "will continue to update'); any other verb before one is the writer's ('we need to follow the law')",
    )
    generic_subjects: frozenset[str]
    generic_determiners: frozenset[str] = frozenset()
    conditional_marks: frozenset[str]
    question_tags: frozenset[str] = frozenset()
    why_modals: frozenset[str] = frozenset()
    retort_openers: frozenset[str] = frozenset()
    absolutes: frozenset[str] = frozenset()
    forecast_modals: frozenset[str] = frozenset()
    absences: frozenset[str] = frozenset()
    verdicts: frozenset[str] = frozenset()
    verdict_hard: frozenset[str] = frozenset()
    verdict_hard_verbs: frozenset[str] = frozenset()
    verdict_nouns: frozenset[str] = frozenset()
    concessions: tuple[str, ...] = ()
    comments: tuple[str, ...] = Field(
        default=(), description="nsd29: adverbs of the writer's feeling opening a sentence ('Sadly, ...')"
    )
    correctness_adverbs: frozenset[str] = Field(
        default=frozenset(), description="nsd29: adverbs that grade a person's act as right or wrong"
    )
    correctness_adjectives: frozenset[str] = Field(
        default=frozenset(), description="nsd29: predicates that rule a person right or wrong"
    )
    judged_pronouns: frozenset[str] = Field(
        default=frozenset(), description="nsd29: pronoun subjects that stand for people ('they are right')"
    )
    sarcasm_openers: tuple[str, ...] = Field(
        default=(),
        description="tab30: phrases that open a sentence with mock agreement ('So much for ...', "
        "'Surprise, surprise')",
    )
    sarcasm_asides: tuple[str, ...] = Field(
        default=(),
        description="tab30: comment words that, before a comma and 'nobody', mock ('Of course, ...')",
    )
    sarcasm_subjects: frozenset[str] = Field(
        default=frozenset(), description="tab30: the subjects of an aside's mocked omission ('nobody asked')"
    )
    stressed: frozenset[str] = Field(
        default=frozenset(), description="function words that, set in capitals, stress a point (emphasis)"
    )
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


def stance_cues(
    doc: Doc,
    *,
    lexicon: StanceLexicon,
    own: Callable[[int], bool],
    people: frozenset[str] = frozenset(),
) -> Iterator[StanceCue]:
    """Yield the stance form of each sentence of a doc in the writer's own words, in order.

    Args:
        doc: A parsed article.
        lexicon: From :func:`load_stance_lexicon`.
        own: Whether the character at an offset is the writer's (not in a quotation, reported speech or a
            label someone gave).
        people: Nouns for people (the bias lexicon's ``people_subjects``): a subject the ``judgement`` pass
            reads as a person, besides names, pronouns and nouns of a person's shape.
    """
    forms = StanceForms(lexicon, own, people)
    for sent in doc.sents:
        # One cue per sentence, from the first pass that finds one: the evidence is the sentence's form, and
        # a second tag on "we" beside "we must" would say nothing more.
        if any(t.text in QUOTE_MARKS for t in sent):
            # Quote marks the quote layer could not pair (a quotation running over sentences, one opened and
            # not closed) may hold someone else's words: a "we" there is too likely the speaker's. (nsd29:
            # reading around marks that pair up inside the sentence added the writer's "we" and "our" beside
            # scare quotes, but as many words BABE's annotators did not mark as sentences NewsSD's did.)
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
    2. ``leading_question``: a question built to be answered one way: a tag ("..., right?"), a negative
       inversion ("Isn't it time ...?"), "why would" (the tag lies on the mark).
    3. ``retort``: a verbless phrase opening with "not" ("Of course not.", "Not more roads; ...").
    4. ``absolute``: "never" with a modal in a clause of its own ("will never pay for itself"); not in a
       clause that describes a noun ("songs that will never be performed") or only supposes.
    5. ``absence``: "there is nothing / (very) little ..." in the present tense, a standing verdict.
    6. ``verdict``: "it" standing for a clause the writer judges ("it is striking that", "it is hard to
       see how", "it is worth remembering", "it is no wonder"); not in a "whether" clause.
    7. ``concession``: an opening comment adverb set off by a comma ("Admittedly, ...", "Mind you, ...").
       ``comment`` (nsd29): the same form with an adverb of the writer's feeling ("Sadly, ...");
       ``judgement`` (nsd29): the writer ruling a person or a group right or wrong ("they are
       right", "critics rightly note"). ``sarcasm`` (tab30): a sentence that opens in mock agreement
       ("So much for transparency.", "Surprise, surprise, ...") or a comment of course over an omission
       ("Of course, nobody asked the residents.").
    8. ``first_person``: the writer as the subject of a clause ("I found", "we are using") or counting
       themself in ("our economy").
    9. ``question``: a sentence of the writer's that ends in a question mark (the tag lies on the mark).
    10. ``exclamation``: a sentence of the writer's that ends in an exclamation mark (the tag lies on the
        mark).

    Passes 2-7 (newssd6) are forms that argue by their shape alone, so the lexicon's ``uncorroborated``
    keeps them whatever the sentence model says; they come before ``first_person`` and ``question`` so
    that a leading question is not read as an open one the model must corroborate.
    """

    PASSES: tuple[str, ...] = (
        "prescription",
        "leading_question",
        "retort",
        "absolute",
        "absence",
        "verdict",
        "concession",
        "comment",
        "sarcasm",
        "emphasis",
        "judgement",
        "first_person",
        "question",
        "exclamation",
    )

    def __init__(
        self, lexicon: StanceLexicon, own: Callable[[int], bool], people: frozenset[str] = frozenset()
    ) -> None:
        self.lexicon = lexicon
        self.own = own
        self.people = people

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

    def emphasis(self, sent: Span) -> Iterator[StanceCue]:
        """bias23c: a word the writer sets in capitals to stress it ("it is NOT a measure of ...", "they
        NEVER asked"): one of the lexicon's ``stressed`` function words (negation, quantifiers, modals,
        auxiliaries) in upper case, in a sentence otherwise in ordinary case and outside any name. A closed
        list, because any other word in capitals is more often an acronym ("COVID", "DRM", "HIS" the travel
        firm); a headline or a sentence set in capitals throughout stresses nothing."""
        letters = [c for c in sent.text if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
            return
        for t in sent:
            if (
                len(t) >= 2
                and t.is_alpha
                and t.is_upper
                and t.lower_ in self.lexicon.stressed
                and not _in_name(t)
                and self.own(t.idx)
            ):
                yield StanceCue("emphasis", t.i, t.i + 1, f"'{t.text}' is set in capitals for stress")
                return

    def first_person(self, sent: Span) -> Iterator[StanceCue]:
        lx = self.lexicon
        for t in sent:
            word = t.lower_
            if word in lx.author_subjects and t.dep_ in _SUBJECTS and self._mine(t):
                if word == "we" and _desk_line(t.head, lx.newsroom_verbs, lx.newsroom_aspects):
                    continue  # r2b25: "we can reveal", "as we reported": the paper as reporter, no opinion
                yield StanceCue("first-person", t.i, t.i + 1, "the writer is the subject")
                return
            if word in lx.author_possessives and t.dep_ == "poss" and self._mine(t):
                yield StanceCue("first-person", t.i, t.i + 1, "the writer counts themself in")
                return
            if word == "us" and _partitive(t) and self._mine(t):
                # nsd29: "most of us", "all of us", "the rest of us": the writer counts themself in a group
                yield StanceCue("first-person", t.i, t.i + 1, "the writer counts themself in")
                return

    def leading_question(self, sent: Span) -> Iterator[StanceCue]:
        """A question built to be answered one way: a tag ("..., right?", "..., isn't it?"), a negative
        inversion ("Isn't this ...?", "Why wouldn't ...?") or "why" with a modal ("so why would it work?")."""
        words = [t for t in sent if not t.is_space]
        if len(words) < 3 or words[-1].text != "?" or not self._mine(words[-1]):
            return
        mark = words[-1]
        before = words[-2]
        comma = words[-3]
        lx = self.lexicon
        form = ""
        if comma.text == "," and before.lower_ in lx.question_tags:
            form = f"it ends in a question tag (', {before.text}?')"
        elif (
            len(words) >= 4 and words[-4].text == "," and words[-3].pos_ == "AUX" and words[-2].tag_ == "PRP"
        ) or (len(words) >= 5 and words[-5].text == "," and words[-3].lower_ in ("n't", "not")):
            form = "it ends in a question tag"
        else:
            for a, b in pairwise(words):
                if a.lower_ == "why" and b.lower_ in self.lexicon.why_modals:
                    form = f"it asks '{a.text} {b.text}', a reason no one could give"
                    break
                if a.pos_ == "AUX" and b.lower_ in ("n't", "not") and a.i == _opening(words).i:
                    form = f"it opens with a negative question ('{a.text}{b.text_with_ws.rstrip()}')"
                    break
                if a.lower_ == "any" and b.lemma_.lower() in lx.verdict_nouns and b.head.lemma_ == "be":
                    form = (
                        f"it asks '{a.text} {b.text}', a verdict put as a question"  # "Is it any wonder ...?"
                    )
                    break
            if not form and self._answered(sent):
                form = "the writer answers it in the next sentence"
        if form and self._mine(words[0]):
            yield StanceCue("leading-question", mark.i, mark.i + 1, form)

    def _answered(self, sent: Span) -> bool:
        """prec22: whether the writer answers a question at once with a verbless retort ("Who will pay when
        the costs overrun? Not the consultants."): a question asked to be answered one way, the writer's."""
        doc = sent.doc
        k = sent.end
        while k < len(doc) and doc[k].is_space:
            k += 1
        return k < len(doc) and any(True for _ in self.retort(doc[k].sent))

    def retort(self, sent: Span) -> Iterator[StanceCue]:
        """A verbless retort of the writer's: a sentence that opens with "not" (after "of course",
        "certainly" and the like), in a first phrase with no finite verb: "Of course not.", "Not less
        government, you see; ...". It answers a question the writer raised, or corrects a reading."""
        words = [t for t in sent if (not t.is_space and not t.is_punct) or t.text in ",;:"]
        first = []
        for t in words:
            if t.text in ",;:":
                break
            first.append(t)
        lead = 0
        while lead < len(first) and first[lead].lower_ in self.lexicon.retort_openers:
            lead += 1
        if lead >= len(first) or first[lead].lower_ != "not":
            return
        if any(t.tag_ in _FINITE or (t.tag_ == "VB" and t.dep_ == "ROOT") for t in first):
            return
        if _inverted_credit(sent, first[-1]):
            return
        if all(self._mine(t) for t in first):
            no = first[lead]
            yield StanceCue("retort", no.i, no.i + 1, "it opens with 'not' and has no verb of its own")

    def absolute(self, sent: Span) -> Iterator[StanceCue]:
        """A categorical forecast of the writer's: "never" with a modal of future or ability ("will never
        want followers", "can never be counted on"), outside a clause that only supposes."""
        for t in sent:
            if t.lower_ not in self.lexicon.absolutes or t.dep_ not in ("neg", "advmod") or not self._mine(t):
                continue
            verb = t.head
            modal = next(
                (c for c in verb.children if c.tag_ == "MD" and c.lower_ in self.lexicon.forecast_modals),
                None,
            )
            if modal is None or _supposed(verb, self.lexicon.conditional_marks) or _describes(verb):
                continue
            # The tag lies on "never" alone: the modal is grammar, and a span of plain words would mark them
            # as loaded where words are scored.
            yield StanceCue("absolute", t.i, t.i + 1, f"'{modal.text} {t.text}', in a clause of its own")
            return

    def absence(self, sent: Span) -> Iterator[StanceCue]:
        """The writer's verdict that something is missing: "there is nothing in the bill that ...", "there
        is very little in the way of investment" (present tense: a standing judgement, not an event)."""
        for t in sent:
            if t.dep_ != "expl" or t.lower_ != "there" or t.head.tag_ not in ("VBZ", "VBP"):
                continue
            be = t.head
            what = next((c for c in be.children if c.dep_ in ("attr", "nsubj", "dobj")), None)
            if what is None or what.lower_ not in self.lexicon.absences or not self._mine(be):
                continue
            if what.lower_ == "little" and any(c.dep_ == "amod" for c in what.children):
                continue
            why = f"'{t.text} {be.text} {what.text}', present tense"
            yield StanceCue("absence", what.i, what.i + 1, why)
            return

    def verdict(self, sent: Span) -> Iterator[StanceCue]:
        """The writer's verdict on a proposition, with "it" standing for the clause after it: "it is striking
        that ...", "it is hard to see how ...", "it is worth remembering that ...", "it is no wonder that
        ..." (the clause is what the writer judges; a plain "it is clear that" is left to the lexicon)."""
        lx = self.lexicon
        for t in sent:
            if t.lower_ != "it" or t.dep_ not in _SUBJECTS or not self._mine(t):
                continue
            head = t.head
            if _supposed(head, lx.conditional_marks):
                continue  # "whether it is worth taking the money": a question weighed, not a verdict
            if head.lemma_ == "be":
                predicates = [c for c in head.children if c.dep_ in ("acomp", "attr")]
            elif head.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in head.children):
                predicates = [head]  # "it is striking that ...", parsed as a progressive
            else:
                continue
            for c in predicates:
                clause = [g for g in (*head.children, *c.children) if g.dep_ in _VERDICT_CLAUSES]
                if clause and self._judges(c, clause):
                    frame = f"{t.text}{t.whitespace_}{head.text} ... {c.text}"
                    why = f"'{frame}': 'it' stands for the clause after it"
                    yield StanceCue("verdict", c.i, c.i + 1, why)
                    return

    def _judges(self, predicate: Token, clause: list[Token]) -> bool:
        lx = self.lexicon
        word = predicate.lower_ if predicate.tag_ == "VBG" else predicate.lemma_.lower()
        if word in lx.verdicts:
            return True
        if word in lx.verdict_hard:  # "hard to see how", not "hard to find staff"
            return any(g.lemma_.lower() in lx.verdict_hard_verbs for g in clause)
        if word == "worth":  # "worth remembering that"
            # r2b25: the gerund must weigh a proposition or a thing ("worth recalling that ...", "worth
            # noting the timing"); "worth being careful" is the writer's advice to caution, no verdict
            return any(g.tag_ == "VBG" and any(c.dep_ in _WEIGHED for c in g.children) for g in clause)
        no = any(d.dep_ == "det" and d.lower_ == "no" for d in predicate.children)
        return word in lx.verdict_nouns and no  # "no wonder that"

    def judgement(self, sent: Span) -> Iterator[StanceCue]:
        """nsd29: the writer ruling whether a person or a group is right: an adverb of the lexicon's
        ``correctness_adverbs`` on an active verb ("critics rightly point out", "voters correctly sensed",
        "the minister wisely stayed away") or a predicate of ``correctness_adjectives`` after "be" or "prove"
        ("they are probably right", "the critics were wrong", "she was proved right"), with a person or a
        group for its subject. A thing's correctness ("the figures are correct") is a check of fact, a
        passive ("was wrongly convicted") a court's or an official's finding, and "rightly or wrongly"
        withholds judgement."""
        lx = self.lexicon
        for t in sent:
            word = t.lower_
            if t.pos_ == "ADV" and word in lx.correctness_adverbs and t.dep_ == "advmod":
                verb = t.head
                if verb.pos_ not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubjpass", "auxpass") for c in verb.children
                ):
                    continue
                subjects: tuple[str, ...] = ("nsubj",)
            elif (
                t.pos_ == "ADJ"
                and word in lx.correctness_adjectives
                and t.dep_ in ("acomp", "oprd")
                and _copula(t.head)
            ):
                verb, subjects = t.head, ("nsubj", "nsubjpass")
            else:
                continue
            near = [t.doc[k].lower_ for k in (t.i - 1, t.i + 1) if 0 <= k < len(t.doc)]
            if "or" in near or not self._mine(t) or _supposed(verb, lx.conditional_marks):
                continue
            subject = next((c for c in verb.children if c.dep_ in subjects), None)
            if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                subject = verb.head  # "critics who rightly note": the noun the clause is on
            if subject is not None and self._person(subject):
                yield StanceCue("judgement", t.i, t.i + 1, f"'{t.text}' rules on {subject.text}")
                return

    def _person(self, subject: Token) -> bool:
        """A person or a group: a pronoun for people, a name of a person, a people or an organisation, or a
        noun for people (the bias lexicon's, or one of a person's shape: "voters", "economists")."""
        if subject.pos_ == "PRON":
            return subject.lower_ in self.lexicon.judged_pronouns
        if subject.ent_type_ in ("PERSON", "NORP", "ORG"):
            return True
        noun = subject.lemma_.lower()
        return subject.pos_ == "NOUN" and (
            noun in self.people or (len(noun) > 4 and noun.endswith(("er", "or", "ist", "ian")))
        )

    def concession(self, sent: Span) -> Iterator[StanceCue]:
        """A comment adverb opening the writer's sentence and set off by a comma: "Admittedly, ...",
        "Frankly, ...", "Mind you, ..." (it grants or presses a point in the writer's own voice)."""
        yield from self._opening_comment(sent, self.lexicon.concessions, "concession")

    def comment(self, sent: Span) -> Iterator[StanceCue]:
        """nsd29: the writer's feeling about what the sentence tells, opening it and set off by a comma:
        "Sadly, ...", "Ironically, ...", "Predictably, ..." (the lexicon's ``comments``). Inside a clause the
        same adverb may grade a manner ("ended predictably"), so only the opening form counts."""
        yield from self._opening_comment(sent, self.lexicon.comments, "comment")

    def sarcasm(self, sent: Span) -> Iterator[StanceCue]:
        """tab30: the writer's sarcasm by its opening: a phrase of mock agreement followed by what it mocks
        ("*So much for* transparency.", "*Surprise, surprise*, the fees went up"; ``sarcasm_openers``), or an
        aside of course set off by a comma before an omission by nobody ("*Of course*, nobody asked the
        taxpayers"; ``sarcasm_asides`` with a subject of ``sarcasm_subjects``). "Of course" over a plain fact
        ("Of course, the city is important") is news copy's and stays out; so does "paid so much for" inside
        a clause."""
        words = [t for t in sent if not t.is_space]
        lead = 0
        while lead < len(words) and words[lead].pos_ == "CCONJ":
            lead += 1
        lower = [t.lower_ for t in words[lead:]]
        for phrase in self.lexicon.sarcasm_openers:
            parts = phrase.replace(",", " ,").split()
            n = len(parts)
            rest = words[lead + n : lead + n + 1]
            if lower[:n] != parts or (parts[-1] == "for" and not (rest and not rest[0].is_punct)):
                continue  # "so much for" needs what it mocks after it
            span = words[lead : lead + n]
            if all(self._mine(t) for t in span):
                yield StanceCue("sarcasm", span[0].i, span[-1].i + 1, "an opening of mock agreement")
                return
        for phrase in self.lexicon.sarcasm_asides:
            parts = phrase.split()
            n = len(parts)
            after = words[lead + n : lead + n + 3]
            if lower[:n] != parts or len(after) < 2 or after[0].text != ",":
                continue
            subject = " ".join(t.lower_ for t in after[1:3])
            if after[1].lower_ in self.lexicon.sarcasm_subjects or subject in self.lexicon.sarcasm_subjects:
                span = words[lead : lead + n]
                if all(self._mine(t) for t in span):
                    yield StanceCue(
                        "sarcasm", span[0].i, span[-1].i + 1, "a comment of course on an omission"
                    )
                    return

    def _opening_comment(self, sent: Span, phrases: Sequence[str], kind: str) -> Iterator[StanceCue]:
        words = [t for t in sent if not t.is_space]
        lead = 0
        while lead < len(words) and words[lead].pos_ == "CCONJ":
            lead += 1
        for phrase in phrases:
            parts = phrase.split()
            span = words[lead : lead + len(parts)]
            after = words[lead + len(parts)] if lead + len(parts) < len(words) else None
            opens = [t.lower_ for t in span] == parts and after is not None and after.text == ","
            if opens and all(self._mine(t) for t in span):
                why = "an opening comment set off by a comma"
                yield StanceCue(kind, span[0].i, span[-1].i + 1, why)
                return

    def question(self, sent: Span) -> Iterator[StanceCue]:
        if self._answered_by_source(sent):
            return
        yield from self._closing(sent, "?", "rhetorical", "a question the writer asks")

    def _answered_by_source(self, sent: Span) -> bool:
        """r2b26b: whether a source answers the question at once, in their words or credited after the
        answer ("So what can you do? Not much, admits Jo Reed, a former regulator."): an explainer's
        signpost put to the source, not a question that argues with the reader."""
        doc = sent.doc
        k = sent.end
        while k < len(doc) and (doc[k].is_space or doc[k].is_punct):
            k += 1
        if k >= len(doc):
            return False
        return not self._mine(doc[k]) or _inverted_credit(doc[k].sent, doc[k])

    def exclamation(self, sent: Span) -> Iterator[StanceCue]:
        yield from self._closing(sent, "!", "exclamation", "the writer exclaims")

    def _closing(self, sent: Span, mark: str, kind: str, why: str) -> Iterator[StanceCue]:
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != mark or not self._mine(words[-1]):
            return
        first = next((t for t in words if not t.is_punct), None)
        if first is None or not self._mine(first):
            return
        # bias23b: the mark closes the last clause; after "X wrote: ..." that clause is X's, though the
        # reported span stops short of the mark
        last = next((t for t in reversed(words) if not t.is_punct), None)
        if last is not None and not self.own(last.idx):
            return
        # The mark is the form: a tag on the question's first word would name a word that is not loaded.
        opening = " ".join(t.text for t in words[:6] if t.i < words[-1].i)
        yield StanceCue(kind, words[-1].i, words[-1].i + 1, f"{why} ('{opening} ...')")


def _copula(verb: Token) -> bool:
    """ "be" or "prove" ("they were right", "she was proved right"), with a contracted "be" whose lemma the
    tagger leaves as written ("they’re right")."""
    return verb.lemma_.lower().replace("’", "'") in ("be", "prove", "'re", "'s", "'m")


def _partitive(us: Token) -> bool:
    """nsd29: whether "us" is counted into a quantity ("most of us", "all of us", "the rest of us")."""
    of = us.head
    if us.dep_ != "pobj" or of.lower_ != "of" or of.head is of:
        return False
    whole = of.head
    return whole.pos_ in ("ADJ", "DET", "PRON", "NUM") or whole.lemma_.lower() == "rest"


def _inverted_credit(sent: Span, last: Token) -> bool:
    """r2b26b: whether a sentence's opening phrase (ending at ``last``) is credited after it, the verb before
    its subject ("Not much, individually, admits Jo Reed"; "Not a chance, says the mayor"): the answer is
    the source's, whatever the quote layer made of it."""
    root = sent.root
    return (
        root.pos_ == "VERB"
        and root.i > last.i
        and root.nbor(-1).is_punct  # "..., says": a comma or a closing mark sets the credit off
        and any(c.dep_ == "nsubj" and c.i > root.i for c in root.children)
    )


def _desk_line(verb: Token, newsroom: frozenset[str], aspects: frozenset[str]) -> bool:
    """r2b26b: whether a "we" whose verb is ``verb`` is the paper at work as reporter: the verb is a newsroom
    verb, or one of ``aspects`` carrying one on ("we'll keep *following* this story"), or the clause hangs
    on such a verb by "and" or "as" ("... and bring you updates as *we* get them", the broadcast sign-off)."""
    while True:
        lemma = verb.lemma_.lower()
        if lemma in newsroom or (
            lemma in aspects
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in newsroom for c in verb.children)
        ):
            return True
        if verb.dep_ not in ("conj", "advcl") or verb.head is verb:
            return False
        verb = verb.head


def _describes(verb: Token) -> bool:
    """Whether a verb heads a clause that describes a noun ("scores that will never be performed")."""
    return verb.dep_ in ("relcl", "acl")


def _opening(words: list[Token]) -> Token:
    """The first word of a sentence after an opening conjunction ("But isn't it ...", "So why ...")."""
    for t in words:
        if not t.is_punct and t.pos_ != "CCONJ" and t.lower_ not in ("so", "then"):
            return t
    return words[0]


def _in_name(token: Token) -> bool:
    """Whether a word in capitals belongs to a name of several words ("WE ARE NOT AMUSED LTD") or sits
    beside a capitalised word inside its sentence (a title): the tagger may read one stressed word alone as
    an entity, so the entity of one word does not count."""
    if (
        token.ent_type_
        and len(next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[0:1])) > 1
    ):
        return True
    if not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "-":
        return True  # "the CAN-Spam Act": a compound name
    near = [token.doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(token.doc)]
    return any(n.is_alpha and n.text[:1].isupper() and not n.is_sent_start and n.text != "I" for n in near)


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
