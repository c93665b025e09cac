"""Bias-language tags: lexicon words and scare quotes, each in the author's or a quoted voice, and scores.

Every tag says what fired (``rule``), why (``reason``), whose words they are (``voice``, ``speaker``) and
how much it counts (``weight``). Scores are sums of weights, so every number can be traced to its tags.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import NamedTuple

from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.article_view import ArticleView, article_view
from tasks.attribution import (
    HEADLINE_PEOPLE,
    asides,
    asked,
    believed,
    block_quotes,
    claimed,
    colon_speakers,
    colon_statements,
    crowd_voices,
    denied,
    findings,
    free_indirect,
    headline_credits,
    headline_labellers,
    headline_labels,
    headline_quotes,
    heard_evidence,
    hearsay,
    held_signs,
    interview_answers,
    interview_paragraphs,
    interviewer_turns,
    labelled,
    named_labels,
    nested_speakers,
    owned_statements,
    paragraph_quotes,
    participle_reports,
    predicate_read_as_modifier,
    recounted,
    relative_holders,
    relative_reports,
    semicolon_continued,
    signed_comments,
    social_posts,
    unsigned_comments,
    viewpoints,
    without_frames,
    without_writers_tails,
    writers_reports,
)
from tasks.cues import load_reporting_verbs
from tasks.lexicon import (
    GAP_SLOT,
    GAP_WORDS,
    POSSESSIVE_SLOT,
    SLOTS,
    BiasEntry,
    BiasLexicon,
    Category,
    term_words,
)
from tasks.models import BiasResult, BiasTag, Quote, SentenceScore, TextField, Voice
from tasks.quote_context import SCORELINE
from tasks.stance import RULE_PREFIX as STANCE_RULE_PREFIX
from tasks.stance import StanceLexicon, stance_cues

QUOTED_FACTOR = 0.5  # a loaded word in a quotation is reported speech, not the writer's choice
INDIRECT_FACTOR = 0.75  # reported speech: the speaker's claim, but the writer chose the paraphrase's words
NEGATED_FACTOR = 0.5  # "not brutal" still puts the word on the page, but asserts less
# A sentence is biased when its author-voiced tags weigh AUTHOR_THRESHOLD or more, or all its tags together
# weigh BIASED_THRESHOLD or more. One author-voiced word of severity 1 is enough; quoted words need company
# (a single quoted word weighs at most 1.5). Calibrated on an internal development split (bench/eval_bias.py).
AUTHOR_THRESHOLD = 1.0
BIASED_THRESHOLD = 2.0
NEAR = 4  # window of Context.not_near, in tokens either side
SCARE_QUOTE_RULE = "scare-quote"
SCARE_QUOTE_MAX_WORDS = 1
ONE_SIDED_RULE = "one-sided"
INTENSIFIED_RULE = "intensified"
EPITHET_RULE = "epithet"
LABEL_SLOT_RULE = "label-slot"
WITHHELD_RULE = "withheld: the rule misfires on straight news (its lexicon entry is marked withheld)"
NAME_DISTANCE_HELD = (
    "withheld: before the given name of a law, bill or programme it marks the name as its sponsors', which "
    "news copy does routinely, more than it doubts"
)
ONE_SIDED_CATEGORIES = frozenset({"label", "accusatory", "sensational", "epistemic-doubt", "loaded"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})
_NAME_MODIFIER_DEPS = frozenset({"compound", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SPEAKER_PRONOUNS = frozenset({"i", "we"})
_OPENERS = frozenset({":", "—", "–", "-", '"', "“", "‘", "'", "(", "["})


class LexiconMatch(NamedTuple):
    """A lexicon entry found in a doc, as a token span ``[start, end)``.

    ``via`` is ``(base, suffix)`` when a derivation reached the entry ("brutally": ``("brutal", "ly")``).
    """

    start: int
    end: int
    entry: BiasEntry
    via: tuple[str, str] | None = None


class Vetoed(NamedTuple):
    """A lexicon hit a sense pass withheld: which pass, which rule, where (token span) and in which field."""

    sense: str
    rule: str
    start: int
    end: int
    field: TextField = "body"


class _Attribution(NamedTuple):
    voice: Voice
    speaker: str | None
    indirect: bool = False  # in reported speech ("X said (that) ..."), not between quote marks
    label: bool = False  # the label of a labelling verb ("X called Y *a sham*"): tasks.attribution


# r2b26b: who asks an interview's questions (tasks.attribution.interviewer_turns): "Q: Smart glasses have
# flopped before. Why will these be different?" puts a premise to the interviewee for an answer, a line of a
# conversation, not the writer's verdict on the page
INTERVIEWER = "the interviewer"


class _VoiceMap:
    """Who speaks at a character offset: an extractor quote, an attributed label, an unattributed quotation,
    or the author."""

    def __init__(
        self,
        marks: Sequence[tuple[int, int]],
        quotes: Sequence[Quote],
        *,
        sourcing: frozenset[str] = frozenset(),
        labels: Sequence[Quote] = (),
        spoken: frozenset[str] = frozenset(),
        clauses: Sequence[Quote] = (),
        posts: Sequence[Quote] = (),
        given: Sequence[Quote] = (),
        own: Sequence[tuple[int, int]] = (),
        asked: Sequence[tuple[int, int]] = (),
    ) -> None:
        kept = [
            q
            for q in quotes
            if q.end > q.start
            and not (q.kind == "indirect" and (q.verb or "").lower() in sourcing)
            # a paraphrase credited to no one is the writer's wording, not a source's; but what someone
            # "said" was spoken, whoever the quote layer could not name
            and not (
                q.kind == "indirect" and _speaker_name(q) is None and (q.verb or "").lower() not in spoken
            )
        ]
        # Quotes between marks first: where a direct or partial quote lies inside reported speech, the
        # marked words are the speaker's own. Among reported spans the innermost wins: in "Aides said the
        # ministry called it a sham", "a sham" is the ministry's.
        spans = [(q.start, q.end, _speaker_name(q), q.kind == "indirect", False) for q in kept]
        spans += [(q.start, q.end, _speaker_name(q), True, True) for q in labels if q.end > q.start]
        # A reported clause (a question, hearsay) is no label: the writer's description of a person inside
        # it stays the writer's, as inside "X said (that) ..."
        spans += [(q.start, q.end, _speaker_name(q), True, False) for q in clauses if q.end > q.start]
        self.quotes = sorted(spans, key=lambda x: (x[3], -x[0]))
        # bias25a: a few marked words the quote layer credited to whoever reports them, inside a label
        # someone else gave ("An aide said the governor had described them as 'agitators'")
        self.partials = {(q.start, q.end) for q in kept if q.kind == "partial"}
        self.given = [(q.start, q.end, _speaker_name(q)) for q in given if q.end > q.start]
        # fresh9: an embedded post's credit line names its author, which outranks the writer's lead-in to it
        # ("One activist posted:"), which the quote layer may have taken as the speaker
        self.posts = [(q.start, q.end, _speaker_name(q)) for q in posts if q.end > q.start]
        # bias26a: what the writer reports of their own words ("I wrote that it would 'destroy ...'")
        self.own = list(own)
        # r2b26b: an interview's questions, the interviewer's words where no one else's lie within
        self.asked = list(asked)
        # Quote-mark spans, each with the speaker of the extractor quote it overlaps (None: unattributed).
        self.marks: list[tuple[int, int, str | None, bool]] = []
        for s, e in marks:
            hits = [(qs, qe, sp) for qs, qe, sp, _, _ in self.quotes if qs < e and s < qe]
            named = [sp for _, _, sp in hits if sp is not None]  # an unnamed holder inside a named report
            self.marks.append((s, e, named[0] if named else None, bool(hits)))

    def at(self, char: int) -> _Attribution:
        indirect: _Attribution | None = None
        for s, e, speaker in self.posts:
            if s <= char < e and speaker is not None:
                return _Attribution("quoted", speaker)
        for s, e, speaker, reported, label in self.quotes:
            if s <= char < e:
                if not reported:
                    labeller = self._giver(s, e) if (s, e) in self.partials else None
                    if labeller is not None and not _same_person(labeller, speaker):
                        speaker = labeller  # the label's giver, not the one who reports it
                    speaker = speaker or self._credited(char) or self._labeller(char) or self._reporter(char)
                    return _Attribution("quoted", speaker)
                if indirect is not None and indirect.speaker is None and speaker is not None:
                    # "Aides said they fear it is reckless": the inner view's unnamed holder is the named
                    # speaker who reports it
                    indirect = indirect._replace(speaker=speaker)
                indirect = indirect or _Attribution("quoted", speaker, indirect=True, label=label)
        for s, e, speaker, _ in self.marks:
            if s <= char < e:
                if speaker is None and indirect is None and any(a <= char < b for a, b in self.own):
                    return _AUTHOR  # the writer quoting themself
                return _Attribution("quoted", speaker)
        if indirect is None and any(s <= char < e for s, e in self.asked):
            return _Attribution("quoted", INTERVIEWER)
        return indirect or _Attribution("author", None)

    def _credited(self, char: int) -> str | None:
        """voice11: the speaker another quotation around ``char`` names, where the extractor's own left it
        unattributed: a layout pass's credit ('Leader of the council Sam Iqbal: "..."')."""
        named = (sp for s, e, sp, reported, _ in self.quotes if not reported and sp and s <= char < e)
        return next(named, None)

    def _giver(self, start: int, end: int) -> str | None:
        """bias25a: the speaker of a label someone spoke ("called", "described ... as") that holds the marked
        words from ``start`` to ``end`` (a closing mark may fall just past the label); the innermost label
        first (bias26a: in "attacked the minister for calling them 'thugs'" the minister's, not the
        attackers')."""
        holding = [(e - s, sp) for s, e, sp in self.given if sp and s <= start and end <= e + 1]
        return min(holding, key=lambda held: held[0])[1] if holding else None

    def _reporter(self, char: int) -> str | None:
        """The named speaker of reported speech around ``char``: words in marks inside what someone "said
        (that) ..." ('said attacks would go on "until the aggression stops"') are that speaker's own; the
        innermost report first."""
        return next((sp for s, e, sp, reported, _ in self.quotes if reported and sp and s <= char < e), None)

    def _labeller(self, char: int) -> str | None:
        """The speaker of a labelling verb whose label covers ``char``: a quotation the quote layer left
        unattributed ('issued a statement ..., describing the rules as "draconian"') is the labeller's."""
        return next((sp for s, e, sp, _, label in self.quotes if label and sp and s <= char < e), None)

    def unattributed_marks(self) -> Iterator[tuple[int, int]]:
        for s, e, _, attributed in self.marks:
            if not attributed:
                yield s, e


def _same_person(a: str, b: str | None) -> bool:
    """Whether two speaker names end alike ("Trump", "Donald Trump"): the quote layer's fuller name stays."""
    return b is not None and a.split()[-1].lower() == b.split()[-1].lower()


_PERSONAL = frozenset({"he", "she", "they", "it", "we"})


def _named_in_sentence(doc: Doc, label: Quote) -> bool:
    """Whether a label's giver is named in the label's own sentence: its verb's subject is no personal
    pronoun ("what *he* called ..."), which the quote layer resolves better than the label pass."""
    span = doc.char_span(label.start, label.end, alignment_mode="expand")
    if label.speaker is None or span is None:
        return False
    sent = span[0].sent
    verbs = [t for t in doc[sent.start : span.start] if t.text == label.verb]
    subject = next((c for c in verbs[-1].children if c.dep_ == "nsubj"), None) if verbs else None
    if subject is None:  # a participle ("He wrote ..., *mocking* them as ..."): the sentence's subject
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lower_ not in _PERSONAL


def _speaker_name(q: Quote) -> str | None:
    if q.speaker is None:
        return None
    return q.speaker.canonical or q.speaker.text or None


def _keys(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def lexicon_matches(
    doc: Doc, *, lexicon: BiasLexicon, bounds: Sequence[tuple[int, int]] | None = None
) -> list[LexiconMatch]:
    """Find lexicon entries in a doc, after POS and context limits, without overlaps.

    Args:
        doc: A parsed article (lemmas, POS and dependencies are used).
        lexicon: From :func:`tasks.lexicon.load_bias_lexicon`.
        bounds: :func:`sentence_bounds` of the doc, when the caller has it already.

    Returns:
        Matches in document order. Where matches overlap, the longest wins (then the more severe): "reign
        of terror" beats "terror".

    Notes:
        A phrase word matches a token whose lemma or lower-case text equals it, so lemmas cover inflections
        and listed forms cover derivations. A spaCy ``Matcher`` cannot say "lemma or text" in one token
        pattern without an exponential number of patterns, so the lexicon keeps its own first-word index
        (built once per lexicon; it does not depend on the vocab).
    """
    return _find(doc, doc.text, sentence_bounds(doc) if bounds is None else bounds, lexicon, token_keys(doc))


def token_keys(doc: Doc) -> list[tuple[str, str]]:
    """``(lower-case lemma, lower-case text)`` of every token, read in one pass over the doc's arrays; a lemma
    the lemmatiser cut too short is mended (see :func:`_mended_lemma`)."""
    strings = doc.vocab.strings
    keys = []
    for lemma_id, lower_id in doc.to_array([LEMMA, LOWER]).tolist():
        lemma, lower = strings[lemma_id].lower(), strings[lower_id]
        if lower != lemma and lower.endswith(("ed", "ing")):
            lemma = _mended_lemma(lemma, lower)
        keys.append((lemma, lower))
    return keys


_SHORT_VERB = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")  # one syllable, vowel then consonant: "spar"


def _mended_lemma(lemma: str, lower: str) -> str:
    """A one-syllable verb ending in a vowel and a consonant doubles it before "-ed" and "-ing" ("spar":
    "sparred", "sparring"): "spared" or "sparing" read as "spar" is "spare" cut short by the lemmatiser, and
    would match the boxing verb's entry."""
    if not _SHORT_VERB.fullmatch(lemma):
        return lemma
    for suffix in ("ed", "ing"):
        if lower == lemma + suffix:
            return lemma + "e"
    return lemma


def _find(
    doc: Doc,
    text: str,
    bounds: Sequence[tuple[int, int]],
    lexicon: BiasLexicon,
    keys: Sequence[tuple[str, str]],
    vetoed: list[Vetoed] | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> list[LexiconMatch]:
    index = lexicon.index
    suffixes = lexicon.suffixes  # read once: pydantic private attributes are slow to reach
    found: list[LexiconMatch] = []
    senses = _Senses(doc, lexicon, vetoed, keys, quoted)
    things: frozenset[str] | None = None  # nouns the text uses as things (_thing_lemmas), on first need
    for i, (lemma, lower) in enumerate(keys):
        patterns = index.get(lemma, ())
        if lower != lemma:
            patterns = patterns + index.get(lower, ())
        if not patterns:
            gerund = _gerund_entry(doc[i], lexicon)
            if (
                gerund is not None
                and _applies(doc, text, i, i + 1, gerund[0], bounds[i], derived=True)
                and senses.loaded(i, i + 1, gerund[0])
            ):
                suffix = "ingly" if lower.endswith("ly") else "ing"
                found.append(LexiconMatch(i, i + 1, gerund[0], (gerund[1], suffix)))
                continue
            if not suffixes or not lower.endswith(suffixes):
                continue
            derived = lexicon.derived(lower, doc[i].pos_)
            if derived is not None and things is None:
                things = _thing_lemmas(doc, keys)
            if derived is not None and things is not None and lemma in things:
                if vetoed is not None:
                    vetoed.append(Vetoed("thing", derived[0].id, i, i + 1))
                continue
            if (
                derived is not None
                and _applies(doc, text, i, i + 1, derived[0], bounds[i], derived=True)
                and senses.loaded(i, i + 1, derived[0])
            ):
                found.append(LexiconMatch(i, i + 1, derived[0], derived[1:]))
            continue
        done: set[str] = set()
        for words, entry in patterns:
            if entry.id in done:
                continue
            if _graded_label(doc[i], entry, words):
                continue
            end = _phrase_end(doc, keys, i, words, bounds[i][1])
            if (
                end is not None
                and _applies(doc, text, i, end, entry, bounds[i])
                and senses.loaded(i, end, entry)
            ):
                found.append(LexiconMatch(i, end, entry))
                done.add(entry.id)
    found.sort(key=lambda m: (-(m.end - m.start), -m.entry.severity, m.start))
    taken: set[int] = set()
    kept: list[LexiconMatch] = []
    for m in found:
        span = range(m.start, m.end)
        if taken.isdisjoint(span):
            kept.append(m)
            taken.update(span)
    return sorted(kept, key=lambda m: m.start)


def _graded_label(token: Token, entry: BiasEntry, words: tuple[str, ...]) -> bool:
    """rec28: whether a multiword label would match with its adjective graded: "the *biggest* tech groups"
    is a size, no "big tech". Only labels, fixed names for a side; an entry of another category may mean its
    graded forms ("big killer": "the biggest killer of women")."""
    return (
        entry.category == "label"
        and len(words) > 1
        and token.tag_ in _DEGREE_TAGS
        and token.lower_ != words[0]
    )


_COUNTING_DETS = frozenset({"a", "an", "another", "each", "every", "one"})
_PLACE_PREPS = frozenset({"at", "inside", "outside", "near", "into", "beside", "around"})


def _thing_lemmas(doc: Doc, keys: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The lemmas of the nouns the text uses as the name of a thing somewhere (:func:`_names_a_thing`): a
    word keeps one sense through an article, so "the facility" after "a new facility" is the same
    building."""
    return frozenset(keys[t.i][0] for t in doc if _names_a_thing(t))


def _names_a_thing(token: Token) -> bool:
    """prec28: whether a noun reached through a suffix rule is used as the name of a thing, not of the
    quality its base adjective names. A quality noun ("brutality", "arrogance") is a mass noun said of
    someone; counted (a plural, "a", "each", a number) or a place one is "at" it is a thing of its own,
    whose sense left the adjective long ago: "a new *facility*", "storage *facilities*", "at the
    *facility*" (not "facile"), "offend their *sensibilities*" (not "sensible")."""
    if token.pos_ != "NOUN":
        return False
    if token.tag_ == "NNS":
        return True
    if any((c.dep_ == "det" and c.lower_ in _COUNTING_DETS) or c.dep_ == "nummod" for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


def _words_at(doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: Sequence[str]) -> bool:
    """Whether ``words`` match the tokens from ``start`` on: each by lemma or lower-case text, or a slot's
    kind."""
    return start + len(words) <= len(doc) and all(
        w in keys[start + k] or (w in SLOTS and _fills(doc[start + k], w)) for k, w in enumerate(words)
    )


def _phrase_end(
    doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: tuple[str, ...], sent_end: int
) -> int | None:
    """The end of a phrase whose first word is at ``start``, or None when it does not match there.

    A gap (``...``) takes the fewest words, 0 to ``GAP_WORDS``, none of them punctuation but a possessive
    mark ("the residents' complaints"), after which the rest matches within the sentence: "sweep ... under
    the carpet" matches "swept the claims under the carpet" and "was swept under the carpet", not a carpet
    two clauses on (idiom12)."""
    if GAP_SLOT not in words:
        if _words_at(doc, keys, start + 1, words[1:]):
            return start + len(words)
        hyphened = _hyphened_end(doc, keys, start, words)
        return hyphened if hyphened is not None else _split_particle_end(doc, keys, start, words)
    cut = words.index(GAP_SLOT)
    head, tail = words[1:cut], words[cut + 1 :]
    if not _words_at(doc, keys, start + 1, head):
        return None
    gap_start = start + cut
    for gap in range(GAP_WORDS + 1):
        at = gap_start + gap
        if at + len(tail) > sent_end:
            return None
        if gap and doc[at - 1].is_punct and doc[at - 1].tag_ != "POS":
            return None
        if _words_at(doc, keys, at, tail):
            return at + len(tail)
    return None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to the words on both sides ("witch*-*hunt")."""
    return (
        0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    )


def _hyphened_end(
    doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: tuple[str, ...]
) -> int | None:
    """bias24a: the end of a spaced multiword term written with glued hyphens between its words, or None: a
    compound is the same expression whichever way it is spelt ("witch hunt" matches "witch-hunt", "scorched
    earth tactics" "scorched-earth tactics"). Only this way round: a hyphenated term is not matched spaced,
    since "would-be" and "has-been" spaced are plain grammar."""
    at = start + 1
    skipped = False
    for w in words[1:]:
        if w != "-" and w not in SLOTS and at < len(doc) and _glued_hyphen(doc, at):
            at += 1
            skipped = True
        if at >= len(doc) or not (w in keys[at] or (w in SLOTS and _fills(doc[at], w))):
            return None
        at += 1
    return at if skipped else None


_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})  # comparative and superlative


def _split_particle_end(
    doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: tuple[str, ...]
) -> int | None:
    """rec28: the end of a two-word verb-and-particle entry whose object stands between its words ("rammed
    the tax *through*", "watered the bill *down*"), or None. The particle must be the verb's own (the parse's
    ``prt``, or an adverb or a preposition with no object of its own: a preposition with one is another
    phrase), and
    the words between it and the verb the verb's direct object, so "shooting *down* the hall" or "forced
    the door open on the way through the town" are no match."""
    if len(words) != 2 or doc[start].pos_ != "VERB":
        return None
    verb = doc[start]
    for c in verb.rights:
        if c.i <= start + 1 or c.i - start - 1 > GAP_WORDS:
            continue
        if c.dep_ not in _PARTICLE_DEPS or words[1] not in keys[c.i] or any(True for _ in c.children):
            continue
        objects = [o for o in verb.children if o.dep_ == "dobj" and start < o.i < c.i]
        if len(objects) != 1:
            return None
        obj = objects[0]
        if obj.left_edge.i != start + 1 or obj.right_edge.i != c.i - 1:
            return None
        return c.i + 1
    return None


def _gerund_entry(token: Token, lexicon: BiasLexicon) -> tuple[BiasEntry, str] | None:
    """The one-word entry of a dramatic verb of speaking ("boast", "whine": sensational, its neutral word a
    verb of saying) that a gerund the parse reads as a noun belongs to ("his constant *bragging*"), or the
    manner adverb made from its participle ("said *mockingly*", "spoke *disparagingly* of", bias26b), with
    the verb; None for any other token. It is the same act in the same words. Dramatic verbs of other acts
    are left out: their gerund names an event ("the toppling of a president", "a 5-0 thrashing")."""
    word = token.lower_
    if token.pos_ == "ADV" and word.endswith("ingly"):
        if lexicon.derived(word, "ADV") is not None:  # an adjective entry of its own comes first ("sneering")
            return None
        if not _said_of_people(token, lexicon.people_subjects):  # "the kettle whistled *screechingly*"
            return None
        word = word[:-2]
    elif token.pos_ != "NOUN":
        return None
    if not word.endswith("ing") or len(word) < 7:
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem):
        for pattern in lexicon.index.get(verb, ()):
            entry = pattern.entry
            if (
                len(pattern.words) == 1
                and (entry.pos is None or "VERB" in entry.pos)
                and entry.category == "sensational"
                and (entry.neutral or "").split(" ")[0] in lexicon.speech_verbs
            ):
                return entry, verb
    return None


def _fills(token: Token, slot: str) -> bool:
    """Whether a token fills an idiom's slot: ``one's`` a possessive pronoun ("dug *his* heels in"),
    ``oneself`` a reflexive one ("shot *themselves* in the foot")."""
    if slot == POSSESSIVE_SLOT:
        return token.tag_ == "PRP$"
    return token.tag_ == "PRP" and token.lower_.endswith(("self", "selves"))


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` token span of each token's sentence (``Token.sent`` rescans the doc each call),
    from the document's shared view.

    Raises:
        ValueError: The doc has no sentence boundaries (it was not parsed).
    """
    return article_view(doc).token_sentences()


class _Senses:
    """Sense before lexicon: the passes that tell a lexicon hit in a neutral sense, in order.

    Each pass is a method with a name and one job; :meth:`loaded` runs them and the first that finds a
    neutral sense vetoes the tag (recorded as :class:`Vetoed` when the caller keeps a record):

    0b. ``verb``: a phrasal-verb entry ("pile on") whose verb the parse reads as a noun ("into *piles on* the
       table") is no verb (r3b28).
    1. ``name``: a one-word match inside a named entity (a team, a person, a place, a work, a law: the
       lexicon's ``name_entity_types``) or a capitalised proper noun inside a sentence ("the Savages", "Ellen
       Hawk") is part of a name. Multiword entries are exempt: a loaded phrase ("reign of terror") is the
       expression itself, and its capitalised historical use is excluded by its own context.
    2. ``opposed``: a one-word hit glued after "anti-" names what is opposed, not anyone labelled: the
       "anti-terror bill", an "anti-Nazi film", an "anti-sectarian summit".
    3. ``charge``: the name of an offence in a charge ("charged with murder", "accused of fraud", "a fraud
       charge", "allegations of misleading investors"): the lexicon's ``charge_words`` as the head of its
       preposition or the noun it modifies; a modifier of that noun ("guilty of *terrorist* acts"); a plea's
       object ("denies *faking* a crash").
    3b. ``caution``: a word of ``context.caution`` ("alleged", "allegedly") as a modifier (of a noun or a
       verb: "the *alleged* theft", "he *allegedly* punched a guard") is the legal caution news copy owes an
       accusation not proven, wherever the story is; the verb of a clause ("they *allege* that ...") is not.
    4. ``question``: a charge (the lexicon's ``question_categories``) inside a clause of "whether" is the
       question an inquiry asks, not a fact the writer states ("investigating whether investors were
       misled").
    5. ``object``: a verb of saying loaded only as such (``context.reporting``: "claims", "revealed",
       "conceded") with a noun object and no clause reports no statement: "claimed the title", "revealed a new
       phone", "conceded a goal". One that also means "has" (``context.possession``: "boast") does so with a
       counted noun object or a place as subject: "the town boasts two beaches" (prec10).
    5c. ``measure``: a verb of violence that is a figure only when done to a measure (``context.on_measure``:
       "kill") is literal unless its object or passive subject is a measure (the lexicon's ``measure_nouns``
       or a LAW entity): "moved to kill the bill" dramatises, "the storm killed three people" reports.
    5a. ``act``: a verb loaded only as a verb of saying with what is said (``context.needs_clause``:
       "confess") names the act itself without a clause of its own: "if they confess", "confessed to the
       killing", "a confession"; "he confessed (that) the plan had failed" colours a statement.
    5b. ``owned``: a noun of saying (``context.reporting``: "claim") with its owner named ("Bellamy's
       claim", "a claim by Hain"), pointed back to ("these claims") or the subject of the verb that put it
       ("Conte made the claims", the lexicon's ``owner_verbs``) reports a statement already attributed.
    6. ``people``: a noun that labels people only when said of them (``context.of_people``: "animals"; an
       adverb of such an entry, "typically", judges only people's conduct: "bleaching *typically* peaks"; and
       ``context.predicated``: "terrorism" labels an act only when said of it, elsewhere it names a topic)
       is the thing itself unless the parse predicates it of someone ("they are animals", "called them
       animals", "treated like animals"): "protect animals from cruelty" is about animals. A verb of such an
       entry ("troops *murdered* villagers") is said of its subject; its participle on a noun ("a
       *murdered* activist") names the crime.
    6a. ``modifier``: a noun of ``context.topic_modifier`` ("terror") modifying another noun names the topic
       ("terror suspects", "a terror target", "terror detainees"); as a head ("a campaign of terror") it is
       the writer's word.
    6b. ``referent``: a noun of ``context.referent`` ("disaster", "tragedy", "scandal") with a definite
       determiner and not a predicate ("when the disaster happened") names an event already told; said of
       something ("the vote was a disaster", "a tragedy for the town") it is a verdict.
    6c. ``term``: a word of ``context.names_term`` ("so-called") before a compound of three words, a name
       or a term glossed at once introduces the term ("so-called related party transactions"), and so does
       one after a noun naming a term (``term_nouns``: "the definition of a so-called weather bomb"); before
       one noun ("so-called experts") it distances the writer. bp29: before the capitalised name of a law,
       bill or programme ("the so-called Inflation Reduction Act") it introduces nothing, and the hit is
       withheld with its reason (``NAME_DISTANCE_HELD``) in every sentence.
    7. ``literal``: an entry's ``context.literal_in`` domains (medical, sport, weather, finance, military,
       legal): a word of the domain among the match's dependents and grand-dependents, or up its clause (each
       head and that head's dependents) in the parse ("the tissue was inflamed", "shares plunged", "claimed
       in court"); for the lexicon's ``sentence_domains`` (legal) anywhere in the sentence. prec11: for a
       modifier, the words stacked between it and its noun too ("a *paranoid* schizophrenic attacker").
    7b. ``topic``: in an article on one of the lexicon's ``topics`` (a markets report, a storm, a health
       story: its share of the domain's words), a match of an entry literal in that domain is literal wherever
       it sits, not only near a domain word in the parse: a markets report's "the market got *crushed*",
       "more *hawkish* than expected", a storm's "*vicious* fire". A headline takes its body's topics
       (``doc.user_data["wl_topics"]``).
    8. ``fiction``: a word describing a part an actor plays or a work's genre is the story's, not the writer's
       judgement of anyone: the object of a casting verb ("*playing* seductive con artist Myra Langtry"), a
       noun "played by" someone ("crooked cops *played by* ..."), a modifier of a work ("a gangster *flick*"),
       a phrase in apposition to a part or a work ("its hero, a *cowardly* engineer"); the lexicon's
       ``fiction_verbs``, ``fiction_works`` and ``fiction_parts``. A conjunct stands where the first one does
       ("a weak and *greedy* veteran", "an epic about greed and *murder*"). A clause about a story is the
       story's: its subject a work, a work's part or plot ("the film's hero is *blackmailed*"), a review's
       plot or part (``fiction_plots``, ``fiction_parts`` in an article of topic ``fiction``), a character
       with the actor in brackets ("Mara (Kate Lowe) plots a *vindictive* revenge"), or set "in" a work; a
       description beside a part judged by an adjective ("superb as Jack Moss, a *petty* clerk").
       prec7: a clause whose subject is a character is the story's too ("CJ can *commandeer* any car", "he
       is *blackmailed* by ...", "the sheriff *desperately* needs a confession"): a character is whom a
       player controls in a review ("you control a youth named CJ"), whom a work or a made-up plot is about
       ("a parable about a sheriff and two prisoners", ``fiction_marks``: "a fictional plot about ..."),
       and "he"/"she"/"they" points back to the nearest subject. Anything inside a part played ("stars
       Reeves as an exorcist who must send Satan's *minions* back") or inside what a work is about ("a
       fictional plot about spies conspiring to *silence* him") is the story's at any depth.
       review8: a review's usual conventions introduce characters too: the actor in brackets ("Tomas (Paul
       Grey)", "his sister (Mia Stone)"), "played (with relish) by" someone, "the story follows Ruth, a
       nurse"; a character's kin or things ("Ruth's brother", "a storm *wrecks* his boat") and a word on a
       character ("the *ruthless* developer") are the story's. fresh13: so is, in a review, a relative clause
       on a scene (``fiction_scenes``: "a scene in which she *pretends* not to understand").
    8a. ``hypothetical``: a case made up to illustrate is no charge against anyone: a word inside a relative
       clause on a noun picked out by "any" ("a parable to describe any situation where there is an *obvious*
       choice"), or after a verb asking the reader to picture it (``hypothetical_verbs``: "Imagine you are a
       *greedy* banker", "Suppose two rivals ...").
    8b. ``talk``: a comment adverb (``context.comment_adverb``: "obviously", "unfortunately") inside quote
       marks, before the subject of its clause, is the speaker's texture of talk ("Obviously, we are all
       disappointed", "but unfortunately she was too weak"); after it ("Brown obviously has an eye on the
       election") it still presents a judgement, and the writer's own stays tagged.
    8b1. ``manner``: a comment adverb right after its main verb tells how something is done, not the user's
       attitude to it ("the virus is carried *naturally* by bats", "she smiled *sadly*"); before the verb ("he
       *naturally* assumed"), after a copula ("it is *obviously* an honour"), the object or a comma ("it helps
       him *obviously*", "he lost, *sadly*") it comments on the clause (lead27).
    8b2. ``own``: a doubt-casting verb whose subject is the speaker ("we are not going to *pretend* this is
       painless", "I pretended to be asleep"; a subject shared along a conjunct or a "than" clause: "I'd
       rather be honest than *pretend*") tells of the speaker's own conduct, not a doubt about someone
       else's claim; with another subject ("the minister *pretends* ...") or none ("stop *pretending*") it
       still casts doubt.
    8c. ``degree``: an intensifier adverb on a verb of change (``degree_verbs``) says how much something
       changed ("sales have gone up *enormously*", "will *radically* change the role of the audience"), not
       how the writer or speaker judges it; on an adjective ("*extremely* generous"), a state participle or
       another verb ("*totally* discriminating") it still tags. The same for an intensifier stating the size
       of a quantity: an adjective on a noun of quantity (``degree_quantities``: "reaching *unprecedented*
       numbers") or an adverb on an adjective of measure, said of a thing or of a quantity
       (``degree_measures``: "an *extraordinarily* high rate"; "an *extremely* high standard" still tags).
       A superlative measured against the record (``record_nouns``: "the *worst* event on record"; a date
       after "since", "in", "for": "the *highest* since 2007") ranks a case; "the worst ever" still tags.
    8d. ``habit``: an adverb of ``context.on_quality`` ("typically", "characteristically") judges a quality
       only on an adjective or a state participle ("*typically* arrogant", "*characteristically* blunt"); on
       a verb it tells how often something is done ("phishing attacks *typically* use fake sites") (prec11).
    8e. ``right``: a noun of ``context.right_to`` ("claim") with "to" and a noun names a right asserted ("a
       strong claim to half the prize"), not a doubted statement; "his claim to be innocent" still tags.
    9. ``genre``: in an article of one of the lexicon's ``genres`` (a match report: its share of the genre's
       cue words and scorelines), mild evaluative words of the genre's categories describe the play in the
       genre's own idiom ("a brilliant tackle", "a crushing 23-3 win"), not a side taken. A headline takes its
       body's genre (``doc.user_data["wl_genre"]``).
    10. ``headline``: in a headline, mild words of the lexicon's ``headline_idiom`` categories are the
       register's shorthand ("feud", "chides", "insists", "admits"): the desk's loaded words of severity 2 and
       up, labels and accusations still count.
    """

    PASSES: tuple[str, ...] = (
        "idiom",
        "verb",
        "name",
        "opposed",
        "charge",
        "filing",
        "setting",
        "law",
        "caution",
        "question",
        "object",
        "measure",
        "act",
        "owned",
        "demand",
        "people",
        "modifier",
        "referent",
        "system",
        "reaction",
        "reply",
        "term",
        "literal",
        "topic",
        "fiction",
        "hypothetical",
        "talk",
        "manner",
        "own",
        "habit",
        "right",
        "degree",
        "genre",
        "headline",
    )

    def __init__(
        self,
        doc: Doc,
        lexicon: BiasLexicon,
        vetoed: list[Vetoed] | None = None,
        keys: Sequence[tuple[str, str]] = (),
        quoted: Callable[[int], bool] | None = None,
    ) -> None:
        self.doc = doc
        self.keys = keys  # token_keys(doc), as the matcher read them
        # r2b1: whether a token lies in a speaker's direct quotation (None: voices unknown to the caller)
        self.quoted = quoted
        self.lexicon = lexicon
        self.vetoed = vetoed  # the caller's record of every decision, when it keeps one
        self._title_case: bool | None = None  # worked out on first need: most texts have few matches
        self._elsewhere: set[str] | None = None
        # Names a headline's article capitalises mid-sentence (tasks.analysis.parse_headline).
        self.names: frozenset[str] = doc.user_data.get("wl_names", frozenset())
        self._genre: str | None = doc.user_data.get("wl_genre")  # set for a headline: its body's genre
        self._genre_known = "wl_genre" in doc.user_data
        self._multiword: frozenset[str] | None = None  # the lexicon's multiword terms, built when first asked
        self._headline: bool = doc.user_data.get("wl_headline", False)
        self._topics: frozenset[str] | None = doc.user_data.get("wl_topics")  # a headline: its body's
        self._cast_keys: frozenset[str] | None = None  # the story's characters, worked out on first need
        self._figures: frozenset[int] | None = None  # tokens of figurative_cues phrases, on first need
        self._idioms: frozenset[int] | None = None  # tokens of plain_idioms phrases, on first need
        self._standards: frozenset[int] | None = None  # tokens of legal_standards phrases, on first need

    def _named(self, i: int) -> bool:
        if self._named_here(i):
            return True
        t = self.doc[i]
        if not t.is_title or self._title_case:
            return False
        if self._name_by_role(t):
            return True
        # "Wild winger Ryan Hartman scored": at a sentence start the capital says nothing, but the same word
        # taken for a name elsewhere in the text ("the Wild killed off a penalty") is that name.
        if self._elsewhere is None:
            flags = self.doc.to_array([IS_TITLE]).ravel().tolist()
            self._elsewhere = {self.doc[k].text for k, f in enumerate(flags) if f and self._named_here(k)}
        return t.text in self._elsewhere

    def _named_here(self, i: int) -> bool:
        t = self.doc[i]
        if self._title_case is None:
            flags = self.doc.to_array([IS_ALPHA, IS_TITLE, IS_UPPER])
            alpha = flags[:, 0] == 1
            capital = ((flags[:, 1] == 1) | (flags[:, 2] == 1)) & alpha
            self._title_case = bool(capital.sum() > 0.6 * alpha.sum())
        if self._title_case:
            # A title-case or all-caps headline: capitals say nothing there, and the entity tagger takes
            # whole runs of words for a name ("Democrats Claim Amy Coney Barrett ...").
            return t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
        if self._headline and t.is_sent_start and t.pos_ == "NOUN" and t.text not in self.names:
            nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
            if nxt is None or nxt.ent_iob_ != "I":
                return False  # "Thug who attacked pensioner jailed": a headline's capital, not a place
        if t.ent_type_ in self.lexicon.name_entity_types or t.text in self.names:
            return True
        if not t.is_title or t.ent_type_ == "NORP" or t.is_sent_start:
            return False
        if t.pos_ not in _NOUNS and not self._inside_title(i):
            return False
        # At a sentence start, or after a colon, dash or quote mark, capitals are ordinary; elsewhere a
        # capitalised noun is a name ("the Savages", "Ellen Hawk"), whatever the tagger thought.
        k = i - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        prev = self.doc[k]
        return not (prev.is_punct and prev.text in _OPENERS) and not (prev.is_sent_start and prev.is_punct)

    def _name_by_role(self, t: Token) -> bool:
        """Whether a capitalised word the parse gives a person's role is a name wherever it stands, the start
        of a sentence included: a bare singular noun with a "who" clause ("*Fury*, who has never lost") or one
        that speaks ("*Fury* said"). A plural or a noun with a determiner ("*Thugs* said") is a description.
        The first word of a proper compound at a sentence start ("Savage Garden's singer") is left alone:
        taking it for a name cost a BABE odd-half sentence (title case can carry an epithet there)."""
        # A bare singular noun that someone is or that speaks: a plural ("*Extremists* said") or a noun with
        # a determiner is a description, not a name. Headlines drop determiners ("Thug who attacked
        # pensioner jailed"): there only a word the body capitalises mid-sentence is a name.
        if self._headline and t.text not in self.names:
            return False
        if t.tag_ not in ("NN", "NNP") or any(c.dep_ == "det" for c in t.children):
            return False
        if any(c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children) for c in t.children):
            return True
        return t.dep_ == "nsubj" and not self.lexicon.speech_verbs.isdisjoint(_keys(t.head))

    def _inside_title(self, i: int) -> bool:
        """Whether a capitalised word mid-sentence has capitalised words on both sides: a title ("It's A
        *Wonderful* Life", "the Cult Of Personality tour"), whatever the tagger made of each word. An epithet
        before a name ("crooked Hillary") has a capital on one side only."""
        doc = self.doc
        if not 0 < i < len(doc) - 1:
            return False
        prev, nxt = doc[i - 1], doc[i + 1]
        return prev.is_title and not prev.is_sent_start and nxt.is_title

    def loaded(self, start: int, end: int, entry: BiasEntry) -> bool:
        for name in self.PASSES:
            if getattr(self, name)(start, end, entry):
                if self.vetoed is not None:
                    self.vetoed.append(Vetoed(name, entry.id, start, end))
                return False
        return True

    def idiom(self, start: int, end: int, entry: BiasEntry) -> bool:
        """marks27: a hit whose words all lie in a plain idiom ("barking up the wrong tree", "the lesser of
        two *evils*", "a *vicious* circle") is the idiom's word, read whole, not a word of the speaker's own:
        the idiom passes no judgement, so it is no tag at all. An idiom that judges is an entry of its own
        and is matched whole ("kicking the can down the road")."""
        if not self.lexicon.plain_idioms:
            return False
        if self._idioms is None:
            keys = self.keys or token_keys(self.doc)
            self._idioms = _phrase_tokens(self.doc, keys, self.lexicon.plain_idioms)
        return all(k in self._idioms for k in range(start, end))

    def verb(self, start: int, end: int, entry: BiasEntry) -> bool:
        """r3b28: a phrasal-verb entry (two words, the second one of the lexicon's ``phrasal_particles``:
        "pile on", "lash out") matched on a noun is no verb: "stacked the boxes into *piles on* the table".
        An entry whose noun is loaded too ("a crusade against") says so with ``context.nominal``; a
        hyphenated noun entry ("cover-up") is three words and not reached."""
        words = term_words(entry.term)
        if len(words) != 2 or words[1] not in self.lexicon.phrasal_particles:
            return False
        if entry.context is not None and entry.context.nominal:
            return False
        return self.doc[start].pos_ == "NOUN"

    def name(self, start: int, end: int, entry: BiasEntry) -> bool:
        if len(term_words(entry.term)) > 1 or (entry.pos is not None and "PROPN" in entry.pos):
            return False
        if end - start == 1 and (
            self._epithet_on_name(start) or self._nickname(start, entry) or self._sobriquet(start, entry)
        ):
            return False
        return any(self._named(k) for k in range(start, end))

    def _epithet_on_name(self, i: int) -> bool:
        """voice12: a tabloid's epithet the entity tagger took into a person's name ("*Cowardly* Kemp",
        "*Brave* Harold"): the first word of a person's mention whose other words the article names
        elsewhere in a fuller mention without it ("Jordan Kemp", "Harold Briggs"): the person's name is
        known, and this word is no part of it. A name met only alone ("Brown said") proves nothing."""
        t = self.doc[i]
        ent = next((e for e in self.doc.ents if e.start == i), None)
        if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or not t.is_title:
            return False
        if _adjective_before_full_name(t, ent):
            return True
        rest = {w.text for w in ent[1:]}
        return any(
            e.label_ == "PERSON"
            and len(e) >= 2
            and e.start != i
            and rest <= (words := {w.text for w in e})
            and t.text not in words
            for e in self.doc.ents
        )

    def _nickname(self, i: int, entry: BiasEntry) -> bool:
        """marks27: a capitalised loaded adjective the entity tagger took into a two-word person's name with
        a given name ("*Crooked* Joe", "*Sleepy* Joe"): a nickname that labels, not part of the name. Only an
        entry that is an adjective and nothing else: a noun or a name's own word ("Savage", "Hardy") can be a
        surname."""
        t = self.doc[i]
        ent = next((e for e in self.doc.ents if e.start == i), None)
        return (
            ent is not None
            and ent.label_ == "PERSON"
            and len(ent) == 2
            and entry.pos is not None
            and set(entry.pos) == {"ADJ"}
            and t.tag_ == "JJ"
            and ent[1].pos_ == "PROPN"
        )

    def _sobriquet(self, i: int, entry: BiasEntry) -> bool:
        """marks27: a label noun capitalised as a sobriquet of place, "the *Monster* of Mariupol", "the
        *Tyrant* of Tikrit": "the", the singular label, "of" and a place's name with no noun after it (which
        would make the whole a thing's name: "the Monsters of Rock festival"). The capital makes a nickname,
        and a nickname labels whoever it is given to."""
        doc = self.doc
        if entry.category != "label" or not 0 < i < len(doc) - 2:
            return False
        t, place = doc[i], doc[i + 2]
        after = doc[i + 3] if i + 3 < len(doc) else None
        return (
            t.is_title
            and t.tag_ in ("NN", "NNP")
            and doc[i - 1].lower_ == "the"
            and doc[i + 1].lower_ == "of"
            and place.is_title
            and place.pos_ == "PROPN"
            and (after is None or after.pos_ not in _NOUNS)
        )

    def opposed(self, start: int, end: int, entry: BiasEntry) -> bool:
        if end - start != 1 or start < 2:
            return False
        dash, anti = self.doc[start - 1], self.doc[start - 2]
        return dash.text == "-" and not dash.whitespace_ and not anti.whitespace_ and anti.lower_ == "anti"

    def charge(self, start: int, end: int, entry: BiasEntry) -> bool:
        words = self.lexicon.charge_words
        if not words:
            return False
        tok = self.doc[end - 1]
        if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" and self._charged_noun(tok.head):
            return True  # "found guilty of terrorist acts": the modifier is part of the offence's name
        return self._names_offence(tok) or self._allegation_misread(tok)

    def filing(self, start: int, end: int, entry: BiasEntry) -> bool:
        """prec28: a noun of allegation whose modifier names a kind of wrong or injury (`claim_wrongs`:
        "sexual harassment claims", "personal injury claims") is the legal or insurance filing, as
        "insurance claims" is, not the writer doubting a statement."""
        tok = self.doc[start]
        if end - start != 1 or tok.pos_ != "NOUN" or self.lexicon.allegation_nouns.isdisjoint(_keys(tok)):
            return False
        wrongs = self.lexicon.claim_wrongs
        return any(
            not wrongs.isdisjoint(_keys(m))
            for c in tok.children
            if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
            for m in (c, *(g for g in c.children if g.dep_ == "compound"))
        )

    def setting(self, start: int, end: int, entry: BiasEntry) -> bool:
        """prec28: a phrasal verb's idiom ("seize on", "cash in on") takes a figurative object after its
        preposition (a remark, an error, an opportunity); a place or a time there (`setting_nouns`, a place
        or date entity: drugs "seized on highways", "seized on Tuesday") leaves the verb its plain sense."""
        if end - start < 2 or self.doc[start].pos_ != "VERB":
            return False
        # Only a verb and its particles: an idiom with an object of its own before its particle ("dug his
        # heels in Tuesday") ends on a particle that takes none, whatever the parse hung on it.
        if any(t.pos_ not in ("ADP", "PART") for t in self.doc[start + 1 : end]):
            return False
        prep = self.doc[end - 1]
        if prep.pos_ != "ADP":
            return False
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
        return any(self._is_setting(o) for o in objs)

    def _is_setting(self, tok: Token) -> bool:
        return tok.ent_type_ in _SETTING_ENTS or not self.lexicon.setting_nouns.isdisjoint(_keys(tok))

    def _allegation_misread(self, tok: Token) -> bool:
        """Whether a gerund is the modifier of the allegation after it that the parse read as its object
        ("investigates *bullying* claims", a headline's clipped grammar): a claim, a complaint or an
        allegation is no thing one bullies, and a gerund with no subject or auxiliary of its own is no
        clause of the writer's."""
        if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
            return False
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        nouns = self.lexicon.charge_words | self.lexicon.allegation_nouns
        return (
            after is not None
            and after.head.i == tok.i
            and after.dep_ == "dobj"
            and after.tag_ == "NNS"
            and not nouns.isdisjoint(_keys(after))
        )

    @staticmethod
    def _offence_gerunds(tok: Token) -> Iterator[Token]:
        """The gerunds ``tok`` is the object, the complement or a modifier of, nearest first ("inciting
        *hatred*", "spreading *immoral* content", "planning to *incite* violence")."""
        for _ in range(4):
            if tok.dep_ not in ("amod", "compound", "dobj", "xcomp") or tok.head.i == tok.i:
                return
            tok = tok.head
            if tok.pos_ == "VERB" and tok.tag_ == "VBG":
                yield tok

    def _names_offence(self, tok: Token, depth: int = 0) -> bool:
        """Whether ``tok`` names the offence of a charge, a conviction or a plea, or is part of a gerund's
        phrase that does ("jailed for inciting *hatred*", "arrested for planning to *incite* violence")."""
        if depth < 2:
            base = tok
            while base.dep_ == "conj" and base.head.i < base.i:
                base = base.head
            if any(self._names_offence(g, depth + 1) for g in self._offence_gerunds(base)):
                return True
        if depth < 2 and self._joined_to_offence(tok, depth):
            return True
        words = self.lexicon.charge_words
        # An offence is named by a noun ("explosive allegations" name none), or by a gerund after the
        # preposition ("allegations of misleading investors", "convicted of selling secrets").
        if tok.pos_ != "NOUN" and not (tok.pos_ == "VERB" and tok.tag_ == "VBG"):
            return False
        while tok.dep_ == "conj" and tok.head.i < tok.i:  # "charged with murder and assault"
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _EXAMPLE_PREPS and head.head.pos_ == "NOUN" and depth < 2:
            # an example of the offence charged is the charge: "charged with crimes, including *sedition*"
            return self._names_offence(head.head, depth + 1)
        named = tok.dep_ == "pobj" or (tok.dep_ == "pcomp" and tok.tag_ == "VBG")
        if named and head.lower_ in _CHARGE_PREPS:
            return not words.isdisjoint(_keys(head.head)) or self._penalised(head)
        if tok.dep_ in _PLEA_DEPS and head.pos_ == "VERB":
            return not words.isdisjoint(_keys(head))  # a plea's object: "denies faking", "admitted cheating"
        if tok.dep_ not in ("compound", "nmod"):
            return False
        # "bullying *claims*": a claim names what it alleges, though the verb "claim" charges no one
        return not (words | self.lexicon.allegation_nouns).isdisjoint(_keys(head))

    def _joined_to_offence(self, gerund: Token, depth: int) -> bool:
        """Whether a gerund is the second offence of a charge that the parse hung elsewhere: "on charges of
        debauchery and *inciting* immorality" reads "inciting" as a clause of the main verb, yet "and" joins
        it to the offence just before it (babe21)."""
        if gerund.tag_ != "VBG" or gerund.i < 2:
            return False
        joint, before = gerund.doc[gerund.i - 1], gerund.doc[gerund.i - 2]
        if joint.dep_ != "cc" or joint.lower_ not in ("and", "or"):
            return False
        return before.pos_ == "NOUN" and self._names_offence(before, depth + 1)

    def _charged_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is the noun of a charge ("guilty of terrorist *acts*", "charged with racist
        *abuse*"): its modifier describes the offence charged, not the writer's verdict."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _CHARGE_PREPS:
            return not self.lexicon.charge_words.isdisjoint(_keys(head.head)) or self._penalised(head)
        return False

    def _penalised(self, prep: Token) -> bool:
        """Whether ``prep`` is a penalty's "for" ("fined *for* mishandling data"): it names the offence."""
        if prep.lower_ != "for":
            return False
        head = prep.head
        if head.dep_ in ("dobj", "dative", "appos", "npadvmod") and head.head.i != head.i:
            head = head.head  # the parser hangs it on who was punished: "fined *the bank* for ..."
        return not self.lexicon.penalty_words.isdisjoint(_keys(prep.head) + _keys(head))

    def law(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category not in _LAW_CATEGORIES or not self.lexicon.law_nouns:
            return False
        # What a law bars or covers is the law's wording, not the writer's label: "a state law that bars
        # e-mails with *fake* addresses", "arrested under the Terrorism Act for possible *terrorist*
        # activity", "*illegal* under US law". Up the match's heads: a clause hung on a law, or a head
        # with "under" a law.
        # Not through a subject or a conjunct: in "under the new law the *brutal* regime can jail critics"
        # the law is no wording of the regime's description.
        for anc in [self.doc[end - 1], *self.doc[end - 1].ancestors][:8]:
            if anc.dep_ in ("relcl", "acl") and self._is_law(anc.head):
                return True
            # "arrest suspects under the Act for ...": the parser may hang "under" on the verb's object
            heads = [anc, *(c for c in anc.children if c.dep_ == "dobj")]
            for c in (c for h in heads for c in h.children):
                under = c.dep_ == "prep" and c.lower_ == "under"
                if under and any(g.dep_ == "pobj" and self._is_law(g) for g in c.children):
                    return True
            if anc.dep_ in _SUBJECT_DEPS or anc.dep_ == "conj":
                return False  # nor a list item: "laws designed to keep X, and *concentration camps*"
        return False

    def _is_law(self, tok: Token) -> bool:
        """A law by name (a LAW entity: "the Terrorism Act 2000") or by noun ("a state law", "the rules")."""
        return tok.ent_type_ == "LAW" or not self.lexicon.law_nouns.isdisjoint(_keys(tok))

    def measure(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.on_measure:
            return False
        # babe20: "kill" is a figure for blocking or repealing a measure ("moved to kill the bill", "the
        # plan was killed in committee"); done to anyone or anything else it is literal ("the storm killed
        # three people", "killed the engine").
        tok = self.doc[start]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in objs for g in c.conjuncts]
        return not any(self._is_measure(o) for o in objs)

    def _is_measure(self, tok: Token) -> bool:
        """A measure by name (a LAW entity) or by noun ("the bill", "a health care law", "the deal")."""
        return tok.ent_type_ == "LAW" or not self.lexicon.measure_nouns.isdisjoint(_keys(tok))

    def caution(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.caution:
            return False
        tok = self.doc[start]
        return tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "ADJ")

    def question(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category not in self.lexicon.question_categories:
            return False
        # A charge inside a clause of "whether" is what an inquiry asks, not what the writer states:
        # "investigating whether investors were misled", "an inquiry into whether insurers rigged the market".
        # But a question someone put ("asked whether", "pressed on whether") is the asker's: the voice
        # pass reports it (tasks.attribution.asked).
        for anc in (self.doc[start], *self.doc[start].ancestors):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in anc.children):
                return not _put_question(anc, self.lexicon.question_verbs | self.lexicon.request_verbs)
        return False

    def object(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not (ctx.reporting or ctx.possession):
            return False
        tok = self.doc[start]
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        deps = {c.dep_ for c in tok.children}
        if deps & _CLAUSE_DEPS:
            return False  # "claimed (that) he was ...", "claimed to be": a statement reported
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS]
        if not objs or ctx.reporting:
            return bool(objs)
        # prec10: "has" when what is had is counted ("boasts two beaches", "a million followers") or the
        # subject is a place ("Lyon boasts a fine harbour"); a person's plain object ("boasts his record") can
        # still be bragging.
        counted = any(t.like_num for o in objs for t in o.subtree)
        place = any(c.dep_ == "nsubj" and c.ent_type_ in _PLACE_ENTS for c in tok.children)
        return counted or place

    def act(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not (ctx.needs_clause or ctx.sound):
            return False
        tok = self.doc[start]
        if tok.pos_ in ("VERB", "AUX"):
            # Only a finite clause of its own reports what was said: "confessed (that) he had lied". Alone,
            # with "to" ("confessed to the killing") or an infinitive ("confessed to be behind it"), the act.
            # fresh14: so does a quotation it introduces or closes ('she screamed: "Get out!"'); a verb of
            # saying that is also a sound says nothing alone ("people were *screaming*").
            return not self._says_words(tok)
        if tok.pos_ == "NOUN" and ctx.needs_clause:  # "his confession that he lied" reports; "a confession"
            return not any(c.dep_ in ("acl", "ccomp") for c in tok.children)
        return False

    def _says_words(self, verb: Token) -> bool:
        """Whether a verb of saying has words said: a clause of its own or, after it, of a verb it is joined
        to or completes (the parse hangs the clause of "want to shout and *scream* at me that ..." on
        "want"), or a quotation beside it."""
        joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        head = verb
        while head.dep_ in ("conj", "xcomp") and head.head is not head:
            head = head.head
            joined.append(head)
        said = any(c.dep_ == "ccomp" and c.i > verb.i for v in joined for c in v.children)
        return said or any(c.dep_ == "ccomp" for c in verb.children) or self._beside_quote(verb)

    def _beside_quote(self, verb: Token) -> bool:
        """Whether a quote mark stands within a few words of a verb ('"Get out!" she *screamed*', 'she
        *screamed*: "Get out!"'): the verb introduces or closes a quotation, what was said."""
        if self._inside_quotation(verb):
            return False  # '"People were *screaming*. ...': the quotation is someone's, not the verb's words
        lo, hi = max(0, verb.i - _QUOTE_REACH), min(len(self.doc), verb.i + _QUOTE_REACH + 1)
        return any(t.is_quote for t in self.doc[lo:hi])

    def _inside_quotation(self, tok: Token) -> bool:
        """Whether a token stands inside quote marks: an odd number of them before it in its paragraph."""
        para = self.doc.text.rfind("\n", 0, tok.idx) + 1
        k = tok.i - 1
        marks = 0
        while k >= 0 and self.doc[k].idx >= para:
            marks += self.doc[k].is_quote and self.doc[k].text != "'"
            k -= 1
        return marks % 2 == 1

    def _reporting_noun(self, end: int, entry: BiasEntry) -> Token | None:
        """The hit's last token when the entry is a reporting noun ("claim") and the hit is a noun."""
        if entry.context is None or not entry.context.reporting:
            return None
        tok = self.doc[end - 1]
        return tok if tok.pos_ == "NOUN" else None

    def owned(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._reporting_noun(end, entry)
        if tok is None:
            return False
        # A statement the article has attributed is reported, not doubted: its owner named ("Bellamy's
        # claim", "a claim by Peter Hain"), pointed back to ("these claims"), or the subject of the verb
        # that put it ("Conte made the claims"). An unowned "claims that vaccines ..." still casts doubt.
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ANAPHORIC):
                return True
            if c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children):
                return True
        head = tok.head
        return (
            tok.dep_ == "dobj"
            and not self.lexicon.owner_verbs.isdisjoint(_keys(head))
            and any(c.dep_ == "nsubj" for c in head.children)
        )

    def demand(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._reporting_noun(end, entry)
        if tok is None:
            return False
        # A claim of a legal or money kind ("liability *claims*", "debt *claims*") or against someone
        # ("*claims* against the star", "the *claims* in the lawsuit") is a demand filed, not a statement the
        # writer doubts; "claims that the vaccine ..." and "claims of a rift" are statements.
        for c in tok.children:
            kind = c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "NOUN" and c.i < tok.i
            if kind and not self._demand_kinds().isdisjoint(_keys(c)):
                return True  # of a legal or money kind: "liability claims"; "his healthcare claims" are said
            if c.dep_ == "prep" and c.lower_ == "against":
                return True
            filed = c.dep_ == "prep" and c.lower_ == "in"
            if filed and any(not self.lexicon.claim_documents.isdisjoint(_keys(g)) for g in c.children):
                return True
        return False

    def _demand_kinds(self) -> frozenset[str]:
        domains = self.lexicon.domains
        return domains.get("legal", frozenset()) | domains.get("finance", frozenset())

    def people(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is not None and entry.context.agent_subject:
            verb = self.doc[start]
            return verb.pos_ == "VERB" and _evidence_subject(verb, self.lexicon.evidence_nouns)
        if entry.context is None or not (entry.context.of_people or entry.context.predicated):
            return False
        tok = self.doc[end - 1]
        if tok.pos_ == "ADV":  # "bleaching *typically* peaks": how often a thing happens, said of no one
            return not _said_of_people(tok, self.lexicon.people_subjects)
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ in _NOUNS:
            tok = tok.head  # "security, *terrorism* and expenditure": a list item stands where the first does
        if tok.dep_ in _PREDICATE_DEPS:  # "they are animals", "called them animals", "Li, an animal, ..."
            return False
        if entry.context.owned and _owned_by_people(tok, self.lexicon.people_subjects):
            return False  # bias24d: "the group's terrorism", "the homophobia of the fans": said of them
        if tok.dep_ in _SUBJECT_DEPS and not self.lexicon.custody_verbs.isdisjoint(_keys(tok.head)):
            return False  # prec22: "MONSTER JAILED", "the beast was caged": only a person is jailed
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            # a verb is said of its subject ("troops murdered them"); a participle on a noun is not
            return False
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in self.lexicon.naming_verbs:
            return False  # "called the gang members animals", parsed as one object
        # "treated like animals", "behaved as animals": a simile for people
        return not (tok.dep_ == "pobj" and head.lower_ in ("like", "as"))

    def topic(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not ctx.literal_in or ctx.literal_near:
            return False  # a collocation ("outstanding debt") is literal only beside its domain's word
        if self._topics is None:
            self._topics = article_topics(self.doc, self.lexicon)
        return not ctx.literal_in.isdisjoint(self._topics)

    def _report_genre(self) -> str | None:
        """The article's genre (a headline's is its body's), worked out once."""
        if not self._genre_known:
            self._genre = report_genre(self.doc, self.lexicon)
            self._genre_known = True
        return self._genre

    def _comment_adverb(self, start: int, end: int, entry: BiasEntry) -> Token | None:
        """The one-word hit, when its entry is a comment adverb ("frankly", "obviously") the parse reads as
        an adverb: the case both of its literal senses (:meth:`talk`, :meth:`manner`) start from."""
        if entry.context is None or not entry.context.comment_adverb or end - start != 1:
            return None
        tok = self.doc[start]
        return tok if tok.dep_ == "advmod" else None

    def talk(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._comment_adverb(start, end, entry)
        if tok is None or not article_view(self.doc).in_quote(tok.idx):
            return False
        subjects = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]
        return bool(subjects) and all(tok.i < c.i for c in subjects)

    def manner(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._comment_adverb(start, end, entry)
        if tok is None:
            return False
        head = tok.head
        if head.i >= tok.i or head.pos_ != "VERB" or head.lemma_ == "be":
            return False
        # right after the verb, its own degree words aside ("heal totally naturally"); after the object or a
        # copula ("it helps him obviously", "it is obviously an honour") it comments on the whole clause
        return all(t.head.i == tok.i for t in self.doc[head.i + 1 : tok.i])

    def habit(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.on_quality or end - start != 1:
            return False
        tok = self.doc[start]
        head = tok.head
        if tok.dep_ != "advmod" or head.i == tok.i:
            return False
        # "*typically* arrogant", "in *characteristically* blunt style", "is *typically* flawed": a quality
        # judged; "attacks *typically* use fake sites": how often something is done, no judgement
        state = head.dep_ in ("amod", "acomp") or any(c.dep_ == "auxpass" for c in head.children)
        # r2b26b: on a noun or a number ("dinner, *typically* the largest meal", "*typically* 20 minutes")
        # it tells what is usual, as on a verb
        return head.pos_ in ("VERB", "AUX", "NOUN", "NUM") and not state

    def right(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.right_to or end - start != 1:
            return False
        # r2b1: "a strong claim to half the prize" asserts a right (a noun after "to"); "his claim to be
        # innocent" (a verb after "to") is the statement still
        to = next((c for c in self.doc[start].children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return to is not None and any(c.dep_ == "pobj" and c.pos_ != "VERB" for c in to.children)

    def degree(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category != "intensifier" or end - start != 1:
            return False
        tok = self.doc[start]
        # "sales have gone up *enormously*", "will *radically* change the car": a degree adverb on a verb of
        # change (the lexicon's degree_verbs) says how much something changed; on an adjective ("*extremely*
        # generous") or another verb ("*totally* discriminating") it heightens a judgement. A participle
        # describing a state ("*deeply* flawed") is the adjective's case.
        head = tok.head
        if self._measure(tok) or self._on_record(tok):
            return True
        state = head.dep_ in ("amod", "acomp") or any(c.dep_ == "auxpass" for c in head.children)
        return (
            tok.pos_ == "ADV"
            and tok.dep_ == "advmod"
            and head.pos_ == "VERB"
            and not state
            and head.lemma_.lower() in self.lexicon.degree_verbs
        )

    def _measure(self, tok: Token) -> bool:
        """Whether an intensifier states the size of a quantity: an adjective on a noun of quantity ("reached
        *unprecedented* numbers", ``degree_quantities``) or an adverb on an adjective of measure ("an
        *extraordinarily* high rate", ``degree_measures``). A figure is large or small, not good or bad."""
        head = tok.head
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and head.pos_ == "NOUN":
            return head.lemma_.lower() in self.lexicon.degree_quantities
        if tok.pos_ != "ADV" or tok.dep_ != "advmod" or head.pos_ != "ADJ":
            return False
        if self.lexicon.degree_measures.isdisjoint(_keys(head)):
            return False
        # On a noun a measure can grade quality ("an *extremely* high standard"): only a quantity's counts.
        return head.dep_ != "amod" or head.head.lemma_.lower() in self.lexicon.degree_quantities

    def _on_record(self, tok: Token) -> bool:
        """Whether a superlative is measured against the record: "the worst event *on record*" (the
        lexicon's ``record_nouns``), "the highest level *since 2007*", "its biggest fall *in 20 years*" (a
        date after "since", "in" or "for"). It ranks a case among measured ones; "the worst president" and
        "the worst ever" still tag."""
        if tok.tag_ not in _SUPERLATIVE_TAGS:
            return False
        phrase = tok.head if tok.dep_ == "amod" else tok
        # The phrase's own modifiers only: in "the worst president in surveys since 2015" the date is theirs.
        mods = [*phrase.children, *(tok.children if phrase is not tok else ())]
        # fresh14: and the prepositions of a relative clause on it ("the worst *she had seen in 30 years*")
        mods += [g for c in mods if c.dep_ == "relcl" for g in c.children if g.dep_ == "prep"]
        # bias23a: a predicate's span hangs on its copula ("the pressure was the *worst* for this point in
        # winter since 2017"), and a span may follow what is ranked ("the worst for a December since 1998")
        if phrase is tok and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            mods += [c for c in phrase.head.children if c.dep_ == "prep"]
        mods += [
            g
            for c in mods
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
            for g in o.children
            if g.dep_ == "prep"
        ]
        for mod in mods:
            if not self.lexicon.record_nouns.isdisjoint(_keys(mod)):
                return True  # "the highest ever recorded"
            if mod.dep_ != "prep":
                continue
            objects = [g for g in mod.children if g.dep_ == "pobj"]
            if any(not self.lexicon.record_nouns.isdisjoint(_keys(g)) for g in objects):
                return True  # "on record"
            if mod.lower_ in _RECORD_PREPS and any(self._time_span(o) for o in objects):
                return True  # "since 2007", "in 40 years", "in a generation"
        return False

    def _time_span(self, tok: Token) -> bool:
        """Whether a preposition's object is a span of time a rank is measured over: a date ("2007", "40
        years") or a noun of ``record_spans`` ("a generation", "living memory", "decades")."""
        return tok.ent_type_ == "DATE" or not self.lexicon.record_spans.isdisjoint(_keys(tok))

    def _review(self) -> bool:
        """Whether the article is a review of a work (topic ``fiction``)."""
        if self._topics is None:
            self._topics = article_topics(self.doc, self.lexicon)
        return "fiction" in self._topics

    def _works(self) -> frozenset[str]:
        """Nouns for a work: in a review a game, its levels and missions too (elsewhere a game is a match)."""
        works = self.lexicon.fiction_works
        return works | self.lexicon.fiction_games if self._review() else works

    def _player(self, tok: Token) -> bool:
        """Whether ``tok`` is the player inside a game under review ("*players* must fight off ...", "*you*
        plummet to *your* doom"): what happens to them is the game's story."""
        return not self.lexicon.fiction_players.isdisjoint(_keys(tok)) and self._review()

    def fiction(self, start: int, end: int, entry: BiasEntry) -> bool:
        verbs, works = self.lexicon.fiction_verbs, self.lexicon.fiction_works
        if not verbs and not works:
            return False
        tok = _idiom_head(self.doc, start, end)
        if self._story_clause(tok, players=entry.category not in _CRITICS_CATEGORIES):
            return True
        if any(c.dep_ == "poss" and self._player(c) for c in tok.children):
            return True  # "plummeting to *your* doom": the player's fate in the game
        if self._modifies_character(tok, players=entry.category not in _CRITICS_CATEGORIES):
            return True
        works = self._works()
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "a weak and *greedy* veteran", "about greed and *murder*": the first one's place
        if self._cast(tok) or self._inside_telling(tok):
            return True
        if tok.pos_ not in _NOUNS and tok.dep_ not in ("amod", "compound"):
            return False  # only a noun or its modifier names a part or a genre
        noun = tok if tok.pos_ in _NOUNS else tok.head
        # A noun before a work names its genre ("a gangster flick"); an adjective on it is the critic's
        # verdict ("a masterful epic", "a brilliant film").
        genre = tok.pos_ in _NOUNS or tok.dep_ == "compound"
        if genre and not works.isdisjoint(_keys(noun)):
            return True  # "a gangster flick"
        while noun.dep_ in ("compound", "amod") and noun.head.pos_ in _NOUNS and noun.head.i != noun.i:
            noun = noun.head  # "seductive con artist Myra Langtry": up to the phrase's head
            if genre and not works.isdisjoint(_keys(noun)):
                return True  # "the 1991 gangster flick Bugsy"
        if noun.dep_ == "appos" and not (works | self.lexicon.fiction_parts).isdisjoint(_keys(noun.head)):
            # "Its hero, a brilliant but *cowardly* engineer", "her portrait of the founder, a *ruthless*
            # narcissist": a phrase set beside a part or a work describes someone in the story
            return True
        if any(c.dep_ == "acl" and not verbs.isdisjoint(_keys(c)) for c in noun.children):
            return True  # "crooked cops played by ..."
        head = noun.head
        if noun.dep_ == "appos":  # "their wicked uncle, Count Olaf, played by Carrey"
            head = head.head if head.dep_ != "ROOT" else head
        if noun.dep_ == "pobj" and head.lower_ == "about":
            story = head.head
            if story.lemma_ == "be":  # "the novel is about a corrupt cop"
                story = next((c for c in story.children if c.dep_ == "nsubj"), story)
            if not works.isdisjoint(_keys(story)):
                return True  # "a film about a corrupt cop", "a subplot about ...": what the story is about
        if noun.dep_ == "pobj" and head.lower_ == "as":  # "stars as an exorcist"
            head = head.head
        # A part has a character's name in it ("playing con artist Myra Langtry"); "play the same slimy game"
        # and "play an enormous role in ..." are no part.
        named = noun.lemma_.lower() not in ("role", "part") and any(t.pos_ == "PROPN" for t in noun.subtree)
        return named and noun.dep_ in ("dobj", "pobj", "appos") and not verbs.isdisjoint(_keys(head))

    def _story(self, noun: Token) -> bool:
        """Whether ``noun`` names a work telling its story ("the film follows ..."), a work's part or plot
        ("the plot of the novel", "the film's hero"), a review's plot or part ("the plot", "the villain" in
        an article of topic "fiction"), or a character beside the actor in brackets ("Woody (Tom Hanks)")."""
        works = self._works()
        if not works.isdisjoint(_keys(noun)):
            # "the film follows a cop who ...", "the film stars X as ...": a work telling its story; "the film
            # met with scathing reviews", "the sequel is a slick package" are the work in the world
            if not self.lexicon.fiction_factual.isdisjoint(_keys(noun)):
                return False  # a documentary follows real people
            return not (self.lexicon.fiction_verbs | self.lexicon.fiction_tellings).isdisjoint(
                _keys(noun.head)
            )
        for c in noun.children:
            owner = c if c.dep_ == "poss" else None
            if c.dep_ == "prep" and c.lower_ == "of":
                owner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if owner is not None and not works.isdisjoint(_keys(owner)):
                return True  # "the film's plot", "the ending of the novel"
        if not (self.lexicon.fiction_plots | self.lexicon.fiction_parts).isdisjoint(_keys(noun)):
            # a review's "the plot", "the hero"; elsewhere a plot is a conspiracy, a hero a real one
            if self._topics is None:
                self._topics = article_topics(self.doc, self.lexicon)
            return "fiction" in self._topics
        if noun.pos_ != "PROPN":
            return False
        after = self.doc[noun.i + 1 : noun.i + 2]
        if not len(after) or after[0].text != "(":
            return False
        actor = self.doc[noun.i + 2 : noun.i + 6]
        return any(t.ent_type_ == "PERSON" for t in actor) and any(t.text == ")" for t in actor)

    def _story_clause(self, tok: Token, *, players: bool = False) -> bool:
        """Whether ``tok`` sits in a clause about a story: its subject a work or a part in one ("the plot
        hinges on a *sinister* deal", "the hero is *blackmailed*", "Woody (Tom Hanks) *plots* revenge"), or
        set "in" a work ("in the film, he *commandeers* a ship"). A loaded word in a review's synopsis is
        the story's; the subject itself ("the villain of the budget") is no story without a work."""

        def verb_of(t: Token) -> Token:
            while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT" and t.head.i != t.i:
                t = t.head
            return t

        clause = verb_of(tok)
        for _ in range(4):  # up through a complement ("is forced to *commandeer*") or a relative clause
            for c in clause.children:
                if c.i == tok.i:
                    continue
                person = players and (self._player(c) or self._character(c))
                if c.dep_ in ("nsubj", "nsubjpass") and (self._story(c) or person):
                    return True
                if c.dep_ == "dobj" and players and self._review() and self._owned_by_character(c):
                    return (
                        True  # "a storm *wrecks* his boat": what befalls a character's things is the story's
                    )
                if c.dep_ == "prep" and c.lower_ == "in" and clause.i == verb_of(tok).i:
                    place = next((g for g in c.children if g.dep_ == "pobj"), None)
                    keys = _keys(place) if place is not None else ()
                    fact = not self.lexicon.fiction_factual.isdisjoint(keys)
                    if not fact and not self._works().isdisjoint(keys):
                        return True
            if clause.dep_ == "relcl" and clause.head.i != clause.i:
                if self._review() and self._in_scene(clause.head):
                    return True  # fresh13: "a scene in which she *pretends* not to understand": the story
                clause = verb_of(clause.head)  # "the narrator is a snob who *lies* to everyone"
                continue
            if clause.dep_ not in _STORY_CLAUSE_DEPS or clause.head.i == clause.i:
                return False
            if any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
                return False  # a clause with a subject of its own ("and the actors clearly enjoyed it")
            clause = verb_of(clause.head)  # "before *plummeting* over a cliff": through the preposition
        return False

    def _in_scene(self, noun: Token) -> bool:
        """Whether ``noun`` is a scene of a work (``fiction_scenes``) or hangs on one through prepositions:
        "her scene with a party official, in which she ...", where the parse puts the clause on "official"."""
        while True:
            if not self.lexicon.fiction_scenes.isdisjoint(_keys(noun)):
                return True
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i == noun.head.i:
                return False
            noun = noun.head.head

    def hypothetical(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self.doc[end - 1]
        for anc in [tok, *tok.ancestors][:8]:
            # "to describe any situation where there is an *obvious* choice": a case made up to illustrate
            # (a relative clause only: "any evidence *that* the virus is an attack" is a content clause, the
            # claim itself, which the parse also hangs on the noun but opens with a "that" marker)
            if (
                anc.dep_ == "relcl"
                and any(c.dep_ == "det" and c.lower_ == "any" for c in anc.head.children)
                and not any(c.dep_ == "mark" for c in anc.children)
            ):
                return True
            # "Imagine you are a *greedy* banker", "Suppose two rivals ...": an example the reader is asked
            # to picture (the verb bare, or said to "you" or "us")
            if anc.pos_ == "VERB" and not self.lexicon.hypothetical_verbs.isdisjoint(_keys(anc)):
                subjects = [c for c in anc.children if c.dep_ in _SUBJECT_DEPS]
                if all(c.lower_ in ("you", "we", "us") for c in subjects) and anc.i < tok.i:
                    return not _pictures_someone_known(anc)
        return False

    def _tells(self, noun: Token) -> bool:
        """Whether ``noun`` is a made-up story: a work that is no documentary ("a film", "a parable"), or a
        plot in a review or marked as made up ("a fictional plot")."""
        keys = _keys(noun)
        if not self._works().isdisjoint(keys):
            return self.lexicon.fiction_factual.isdisjoint(keys)
        if self.lexicon.fiction_plots.isdisjoint(keys):
            return False
        marked = any(not self.lexicon.fiction_marks.isdisjoint(_keys(c)) for c in noun.children)
        return marked or self._review()

    def _part_played(self, noun: Token) -> bool:
        """Whether ``noun`` is the part in "stars X as *an exorcist*" ("play as" only in a review: a
        footballer plays as a striker)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "as":
            return False
        governor = noun.head.head
        verb = governor.lemma_.lower()
        return verb in self.lexicon.fiction_verbs and (verb != "play" or self._review())

    def _inside_telling(self, tok: Token) -> bool:
        """Whether ``tok`` sits, at any depth, inside a part played ("stars Reeves as an exorcist who must
        send Satan's *minions* back") or inside what a made-up story is about ("a fictional plot about spies
        conspiring to *silence* a politician")."""
        for anc in list(tok.ancestors)[:8]:
            if self._part_played(anc):
                return True
            if anc.dep_ == "pobj" and anc.head.lower_ == "about" and self._tells(anc.head.head):
                return True
        return False

    def _characters(self) -> frozenset[str]:
        """Keys of the story's characters, gathered once per text: whom a player controls in a review ("you
        control the prince", "a youth named CJ") and whom a made-up story is about ("a parable about a sheriff
        and two prisoners")."""
        if self._cast_keys is None:
            keys: set[str] = set()
            for tok in self.doc:
                for person in self._introduced(tok):
                    keys.update(_keys(person))
            self._cast_keys = frozenset(keys)
        return self._cast_keys

    def _introduced(self, tok: Token) -> list[Token]:
        """The characters ``tok`` introduces: the object of a player's "control" in a review, the people a
        made-up story is "about"; the noun, its conjuncts and apposed phrases, and the names in them."""
        controlled = tok.dep_ == "dobj" and not self.lexicon.fiction_controls.isdisjoint(_keys(tok.head))
        if controlled and self._review():
            controlled = any(c.dep_ in _SUBJECT_DEPS and self._player(c) for c in tok.head.children)
        else:
            controlled = False
        about = tok.dep_ == "pobj" and tok.head.lower_ == "about" and self._tells_about(tok.head)
        if not (controlled or about):
            return self._introduced_by_review(tok)
        people = [tok, *(c for c in tok.children if c.dep_ in ("conj", "appos"))]
        names = [t for t in tok.subtree if t.pos_ == "PROPN"]
        return [p for p in people if p.pos_ in _NOUNS] + names

    def _introduced_by_review(self, tok: Token) -> list[Token]:
        """The characters a review's usual conventions introduce (review8): a noun with the actor in brackets
        after it ("Tomas (Paul Grey)", "his sister (Mia Stone)"), a noun "played by" a person ("the
        developer, played by Ian Fox", "played with relish by ..."), and whom a work or its story follows
        ("the story follows Ruth, a nurse"). The noun, its conjuncts and the phrases set beside it; never the
        actor."""
        if tok.pos_ not in _NOUNS or tok.lemma_.lower() in ("role", "part"):
            return []
        bracketed = self._actor_in_brackets(tok) and (tok.pos_ == "PROPN" or self._review())
        played = self._review() and any(self._played_by_person(c) for c in tok.children)
        # a documentary follows real people and places: only a review's synopsis, and a person or a noun
        # introduced with a phrase beside it ("follows Ruth, a nurse")
        person = tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in tok.children)
        followed = (
            self._review()
            and person
            and tok.dep_ == "dobj"
            and not self.lexicon.fiction_tellings.isdisjoint(_keys(tok.head))
            and any(c.dep_ in _SUBJECT_DEPS and self._story(c) for c in tok.head.children)
        )
        if not (bracketed or played or followed):
            return []
        beside = [c for c in tok.children if c.dep_ in ("conj", "appos") and not self._actor(c)]
        return [p for p in [tok, *beside] if p.pos_ in _NOUNS]

    def _actor_in_brackets(self, noun: Token) -> bool:
        """Whether a person's name in brackets is set beside ``noun`` ("Tomas (Paul Grey)")."""
        return any(self._actor(c) for c in noun.children if c.dep_ == "appos")

    def _actor(self, tok: Token) -> bool:
        """Whether ``tok`` heads a person's name in brackets: the actor beside a character."""
        left = tok.left_edge.i
        before = self.doc[left - 1] if left > 0 else None
        after = self.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(self.doc) else None
        brackets = before is not None and before.text == "(" and after is not None and after.text == ")"
        return brackets and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"

    def _played_by_person(self, clause: Token) -> bool:
        """Whether ``clause`` is "played (with relish) by" a person, set on the noun it describes."""
        if clause.dep_ != "acl" or self.lexicon.fiction_verbs.isdisjoint(_keys(clause)):
            return False
        agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(g.pos_ == "PROPN" for g in agents)

    def _tells_about(self, about: Token) -> bool:
        """Whether the preposition ``about`` says what a made-up story is about: hung on the story ("a film
        about a cop"), or, where the parser hung it on the clause's verb, with a story named in the few words
        before it ("based on a parable much told in courses... about a sheriff")."""
        if self._tells(about.head):
            return True
        if about.head.pos_ not in ("VERB", "AUX"):
            return False
        before = self.doc[max(about.sent.start, about.i - 12) : about.i]
        return any(not self._works().isdisjoint(_keys(t)) and self._tells(t) for t in before)

    def _character(self, subject: Token) -> bool:
        """Whether ``subject`` is one of the story's characters, or "he", "she" or "they" pointing back to one
        (the nearest noun subject before it, over at most two sentences)."""
        cast = self._characters()
        if not cast:
            return False
        if any(c.dep_ == "poss" and self._character(c) for c in subject.children):
            return True  # "Ruth's brother", "his sister": a character's kin or things are the story's too
        if subject.lower_ in _CHARACTER_PRONOUNS or subject.lower_ in _POSSESSIVE_PRONOUNS:
            antecedent = self._antecedent(subject)
            if antecedent is None:
                return False
            subject = antecedent
        return subject.pos_ in _NOUNS and not cast.isdisjoint(_keys(subject))

    def _antecedent(self, pronoun: Token) -> Token | None:
        """The nearest noun subject before ``pronoun`` that agrees with it in number, in its sentence or the
        two before."""
        first = pronoun.sent.start
        for _ in range(2):
            if first > 0:
                first = self.doc[first - 1].sent.start
        plural = pronoun.lower_ in ("they", "their")
        for k in range(pronoun.i - 1, first - 1, -1):
            t = self.doc[k]
            # "he" points back to one, "they" to many: "things" is no antecedent of "he"
            many = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in _NOUNS and many == plural:
                # "a storm wrecks *his* boat": a possessive points past a thing to a person or a character
                if pronoun.lower_ in _POSSESSIVE_PRONOUNS and not self._person_like(t):
                    continue
                return t
        return None

    def _modifies_character(self, tok: Token, *, players: bool) -> bool:
        """Whether ``tok`` is a character in a review or a word on one ("the *ruthless* developer" once the
        developer is "played by" an actor): the story's description of its people (review8)."""
        if not players or not self._review():
            return False
        noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in _NOUNS else tok
        return noun.pos_ in _NOUNS and self._character(noun)

    def _owned_by_character(self, noun: Token) -> bool:
        """Whether ``noun`` belongs to one of the story's characters ("his boat", "Ruth's house")."""
        return any(c.dep_ == "poss" and self._character(c) for c in noun.children)

    def _person_like(self, noun: Token) -> bool:
        """Whether ``noun`` can own something as "his" or "her" does: a name or one of the story's cast."""
        return (
            noun.pos_ == "PROPN"
            or noun.ent_type_ == "PERSON"
            or not self._characters().isdisjoint(_keys(noun))
        )

    def _cast(self, tok: Token) -> bool:
        """Whether ``tok`` is inside a phrase set beside a character's name that an actor plays ("plays Oz
        Cobb, a scarred, ambitious *gangster* clawing his way ...", "played Crane, a *ruthless* businessman",
        "stars as Sofia, a *cold-blooded* killer"): the character's description."""
        verbs = self.lexicon.fiction_verbs
        for anc in [tok, *tok.ancestors][:6]:
            if anc.dep_ != "appos" or anc.head.pos_ != "PROPN":
                continue
            name = anc.head
            governor = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
            if name.dep_ in ("dobj", "pobj") and not verbs.isdisjoint(_keys(governor)):
                return True
            if name.dep_ == "pobj" and name.head.lower_ == "as" and governor.pos_ == "ADJ":
                return True  # "is superb as Lewis Strauss, a *petty* ...": a performance judged in a part
        return False

    def genre(self, start: int, end: int, entry: BiasEntry) -> bool:
        genre = self._report_genre()
        if genre is None:
            return False
        # fresh14: a match report is about its sport as a markets report is about markets: an entry literal
        # in the genre's own domain ("sport") is literal anywhere in it, whatever its category ("the visitors
        # were *massacred* after the break")
        ctx = entry.context
        if ctx is not None and genre in ctx.literal_in and not ctx.literal_near:
            return True
        g = self.lexicon.genres[genre]
        if entry.category not in g.categories or entry.severity > g.max_severity:
            return False
        # r2b25: a feeling the writer gives a named person ("*furious* Brady", "Brady was *incensed*") is the
        # writer's reading of that person, not the play's idiom ("a *furious* comeback")
        feeling = entry.category in ("emotive", "sensational")
        if feeling and end - start == 1 and _felt_by_person(self.doc[start]):
            return False
        # r2b1: the genre's idiom is the reporter's; a manager's "it's a scandal" between quote marks is his
        # moral verdict, tagged in his voice as in any other story (his "nightmares", "brilliant" are the
        # game's idiom still)
        return entry.category != "loaded" or self.quoted is None or not self.quoted(start)

    def headline(self, start: int, end: int, entry: BiasEntry) -> bool:
        # Headlinese: a desk compresses "disagreement" to "feud", "said" to "insists", "criticised" to
        # "chides"; mild words of these categories are the register's shorthand, not a judgement.
        most = self.lexicon.headline_idiom.get(entry.category)
        return self._headline and most is not None and entry.severity <= most

    def modifier(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.topic_modifier or end - start != 1:
            return False
        tok = self.doc[start]
        # "terror suspects", "an election terror target": the noun before another noun names what the story
        # is about; the parse's head shows it (a hyphen or a comma between them is no compound).
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in _NOUNS and tok.head.i > tok.i

    def referent(self, start: int, end: int, entry: BiasEntry) -> bool:
        # "When the disaster happened", "the cost of the tragedy": a definite noun that is no predicate
        # refers back to an event the story has told; the verdict is in "the vote was a disaster".
        if entry.context is None or not entry.context.referent or end - start != 1:
            return False
        tok = self.doc[start]
        if tok.pos_ != "NOUN" or tok.dep_ in _PREDICATE_DEPS:
            return False
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)

    def system(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.system or end - start != 1:
            return False
        tok = self.doc[start]
        # "the drug-testing regime", "a tax regime", "the regime of detention without trial": named for what
        # it rules, a common noun, it is a system of rules; "the Soviet regime", "Saddam's regime", "the
        # military regime" (a people, a person, an adjective) are governments.
        things = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < tok.i and not c.ent_type_
        ]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                things += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_]
        # a hyphened modifier glued before it ("drug-testing") may be parsed as an adjective
        k = start - 1
        glued = k >= 2 and self.doc[k - 1].text == "-" and not self.doc[k - 1].whitespace_
        if glued and self.doc[k].pos_ in ("NOUN", "VERB") and self.doc[k - 2].pos_ == "NOUN":
            return True
        return any(t.ent_type_ not in _PEOPLE_ENTS for t in things)

    def reaction(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.reaction:
            return False
        tok = self.doc[end - 1]
        # "the plans sparked an outcry", "provoked a public furore": the plain report of a reaction others had
        if tok.dep_ == "dobj" and not self.lexicon.reaction_causes.isdisjoint(_keys(tok.head)):
            return True
        # fresh13: "the vote was greeted with jeers", "met with uproar": how something was received, the
        # reaction the writer reports (the "with" object of a verb of reception)
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ == "with"
            and prep.head.i != prep.i
            and not self.lexicon.reception_verbs.isdisjoint(_keys(prep.head))
        )

    def reply(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.reply:
            return False
        # "hit back at claims he had ...", "hit back at Mr Lee's criticism": a reply to what was said
        # The object's noun, read off the words after "at": the parser often takes "Tory claims that ..." for
        # a verb, so the words up to the next clause are read, not only the parse's object.
        said = self.lexicon.statement_nouns | self.lexicon.reply_nouns
        for t in self.doc[end : end + 5]:
            if t.is_punct or t.lower_ in ("that", "he", "she", "they", "it"):
                return False
            if not said.isdisjoint(_keys(t)):
                return True
        return False

    def own(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category != "epistemic-doubt" or end - start != 1 or self.doc[start].pos_ != "VERB":
            return False
        # the subject, up a chain of verbs that share it ("are not going to pretend")
        verb = self.doc[start]
        while True:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject.lower_ in _SPEAKER_PRONOUNS
            if not _shares_subject(verb) or verb.head.i == verb.i:
                return False
            verb = verb.head

    def term(self, start: int, end: int, entry: BiasEntry) -> bool:
        # "so-called related party transactions", "its so-called Revolution", "so-called latifundios, or large
        # estates": a term being introduced (a compound, a name, a gloss), not a name the writer doubts.
        if entry.context is None or not entry.context.names_term:
            return False
        noun = self.doc[end - 1].head
        if noun.i < end or noun.pos_ not in _NOUNS:
            return False
        words = [t for t in self.doc[end : noun.i + 1] if not t.is_punct]
        # fresh13: "meeting the definition of a so-called weather bomb", "the phenomenon of so-called brain
        # fog": a noun that names a term (`term_nouns`) introduces it, it doubts nothing
        of_term = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        if of_term and not self.lexicon.term_nouns.isdisjoint(_keys(noun.head.head)):
            return True
        # marks27: a relative clause glosses the term when it opens with a relative word or a comma
        # ("so-called shield laws which protect ...", "dark pools, which let ..."); a contact clause with
        # none ("the so-called independent commission it creates") picks out the thing the writer doubts
        glossed = any(
            c.dep_ in ("appos", "conj") or (c.dep_ == "relcl" and not _contact_clause(c))
            for c in noun.children
            if c.i > noun.i
        )
        # fresh9: a definition set off right after the term ("so-called dormant cells: cancer cells that ...",
        # "(...)", a dash), however the parse attaches it
        after = self.doc[noun.i + 1 : noun.i + 3]
        glossed = glossed or (len(after) == 2 and after[0].text in _GLOSS_MARKS and not after[1].is_punct)
        # bias23a: "a so-called ransomware attack", "create a so-called media world": an indefinite article
        # before a noun with its own modifier names a kind of thing, a term being introduced; "a so-called
        # expert", "the so-called peace plan" still distance the writer from a name
        kind = any(
            c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < start for c in noun.children
        ) and any(c.dep_ in ("compound", "amod") and end <= c.i < noun.i for c in noun.children)
        if not glossed and measure_name(noun, self.lexicon):
            return False  # bp29: "the so-called Inflation Reduction Act": a given name, withheld by _tags_of
        return noun.pos_ == "PROPN" or len(words) >= 3 or glossed or kind or self._used_plainly(words)

    def _used_plainly(self, words: list[Token]) -> bool:
        """r3b28: whether a lower-case term of two words or more after "so-called" recurs in the text without
        a term introducer before it ("the so-called fear gauge ... the fear gauge rose"): the writer adopts
        the name, so "so-called" introduced it; a name the writer doubts stays at arm's length."""
        if len(words) < 2 or any(not t.is_lower for t in words):
            return False
        phrase = " ".join(t.lower_ for t in words)
        text = self.doc.text.lower()
        introducers = (*self.lexicon.term_introducers, "so called")
        at = text.find(phrase)
        while at >= 0:
            # a mark between the introducer and the term ("so-called 'human rights'") is still introduced
            if not text[:at].rstrip(" '\"‘’“”").endswith(introducers):
                return True
            at = text.find(phrase, at + 1)
        return False

    def _loaded_compound(self, noun: Token) -> bool:
        """r2b23: whether a noun with its own compounds before it spells a multiword lexicon term ("love
        rat")."""
        before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if not before:
            return False
        if self._multiword is None:
            self._multiword = frozenset(
                f.lower() for e in self.lexicon.entries for f in (e.term, *e.forms) if " " in f
            )
        phrase = self.doc[before[0].i : noun.i + 1]
        return (
            phrase.text.lower() in self._multiword
            or " ".join(t.lemma_.lower() for t in phrase) in self._multiword
        )

    def literal(self, start: int, end: int, entry: BiasEntry) -> bool:
        if self._legal_standard(start, end):
            return True
        ctx = entry.context
        if ctx is None or not ctx.literal_in:
            return False
        cues: set[str] = set()
        for d in ctx.literal_in:
            cues |= self.lexicon.domains.get(d, frozenset())
        span = range(start, end)
        wide = ctx.literal_in & self.lexicon.sentence_domains
        if wide:  # a court story's "claims" are legal wherever the legal word sits in the sentence
            words: set[str] = set()
            for d in wide:
                words |= self.lexicon.domains.get(d, frozenset())
            view = article_view(self.doc)
            lo, hi = view.sentences[view.sent_of[start]]
            if any(t.i not in span and not words.isdisjoint(_keys(t)) for t in self.doc[lo:hi]):
                return True
        for k in span:
            tok = self.doc[k]
            # Its dependents and theirs, then up the clause: each head and the head's dependents (the
            # subject of "The suit claims they fraudulently ...", the object of "shares plunged").
            own = [*tok.children, *(g for c in tok.children for g in c.children)]
            # bias23a: a grand-dependent noun's compound is part of that noun ("the ravages of the *tsunami*
            # disaster"): the noun phrase names the domain, not its head alone
            own += [m for g in own[:] if g.pos_ in _NOUNS for m in g.children if m.dep_ == "compound"]
            near = list(own)
            for anc in tok.ancestors:
                near += [anc, *anc.children]
            if tok.dep_ in _PRENOMINAL_DEPS and tok.head.i > tok.i:
                # prec11: the words stacked between a modifier and its noun are one description whatever
                # the parse hangs them on ("a *paranoid* schizophrenic knife attacker")
                near += self.doc[tok.i + 1 : tok.head.i]
            # r2b23: nor is the last word of a loaded term ("as love *rat* Rory was caught": the epithet
            # "love rat" names no animal)
            if any(
                r.i not in span
                and not cues.isdisjoint(_keys(r))
                and not self._figure(r)
                and not self._loaded_compound(r)
                and not self._people_figure(r)
                for r in near
            ):
                return True
            if "sport" in ctx.literal_in and any(self._scoreline_at(r) for r in own):
                return True  # fresh14: "*slaughtered* 52-3", "a 6-0 *thrashing*": the score says it is play
        return False

    def _figure(self, tok: Token) -> bool:
        """Whether a token is in a phrase of ``figurative_cues`` ("a minister under *fire*"): a domain word
        used as a figure tells no literal sense."""
        if self._figures is None:
            self._figures = _phrase_tokens(
                self.doc, self.keys or token_keys(self.doc), self.lexicon.figurative_cues
            )
        return tok.i in self._figures

    def _people_figure(self, tok: Token) -> bool:
        """tidy28: whether a domain word is a figure for people: a verb said of them ("migrants *flood* the
        town"), a noun of them ("a *surge* of refugees", "the migrant *wave*"), so that "chaos" beside it is
        no weather's."""
        if self.lexicon.people_figures.isdisjoint(_keys(tok)):
            return False
        # a subject also of a verb the tagger took for a noun ("As migrants *flood* into the town")
        said_of = [c for c in tok.children if c.dep_ == "nsubj"]
        modifiers: list[Token] = []
        if tok.pos_ not in ("VERB", "AUX"):
            said_of += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        # a modifier by its word only: "the Asian tsunami" is the region's, "the migrant wave" people's
        return any(self._people_noun(c) for c in said_of) or any(self._people_word(c) for c in modifiers)

    def _people_noun(self, tok: Token) -> bool:
        """A person or a group of people by its tag or its noun (not a pronoun: "it floods" is water's)."""
        if tok.ent_type_ in ("PERSON", "NORP"):
            return True
        return tok.pos_ in _NOUNS and self._people_word(tok)

    def _people_word(self, tok: Token) -> bool:
        """A noun for people: the lexicon's people_subjects and crowd_nouns (no suffix guess: "water",
        "winter", "thunder" and "river" end as "voter" does)."""
        people = self.lexicon.people_subjects | self.lexicon.crowd_nouns
        return not people.isdisjoint(_keys(tok))

    def _legal_standard(self, start: int, end: int) -> bool:
        """tidy28: whether a hit lies inside one of the law's standards of proof or fault ("reckless
        disregard", "actual malice") in an article with a word of the legal or court domain: what a claimant
        must prove, not the writer's verdict."""
        if self._standards is None:
            self._standards = _phrase_tokens(
                self.doc, self.keys or token_keys(self.doc), self.lexicon.legal_standards
            )
        if not self._standards or not all(k in self._standards for k in range(start, end)):
            return False
        words = self.lexicon.domains.get("legal", frozenset()) | self.lexicon.domains.get(
            "court", frozenset()
        )
        return any(not words.isdisjoint(_keys(t)) for t in self.doc)

    def _scoreline_at(self, tok: Token) -> bool:
        """Whether a number opens a scoreline ("52-3", "6-0"): the parse splits it into three tokens."""
        return tok.like_num and SCORELINE.match(self.doc.text, tok.idx) is not None


def _idiom_head(doc: Doc, start: int, end: int) -> Token:
    """The word a sense pass reads a match by: its last word, but a verb idiom's verb when the last word is
    that verb's object (rec28: "cooked the *books*" is an act, and its object no book of a story)."""
    last = doc[end - 1]
    first = doc[start]
    if end - start > 1 and first.pos_ == "VERB" and last.dep_ == "dobj" and last.head.i == first.i:
        return first
    return last


def _contact_clause(relcl: Token) -> bool:
    """marks27: whether a relative clause has no relative word and no comma before it ("the commission it
    creates", "the plan they chose"): it picks a thing out, it defines no term."""
    doc = relcl.doc
    first = relcl.left_edge
    if first.i > 0 and doc[first.i - 1].text in {",", "(", "—", "–"}:
        return False
    return not any(t.tag_ in _RELATIVE_TAGS for t in doc[first.i : relcl.i + 1])


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _phrase_tokens(doc: Doc, keys: Sequence[tuple[str, str]], phrases: frozenset[str]) -> frozenset[int]:
    """The tokens of every occurrence of the phrases, word by word on the lemma or the form as the lexicon
    matches its terms (:func:`_words_at`: "came under fire" holds "under fire"; "weathered the storm" is
    "weather the storm")."""
    split = [term_words(p) for p in phrases]
    out: set[int] = set()
    for i in range(len(doc)):
        for words in split:
            if _words_at(doc, keys, i, words):
                out.update(range(i, i + len(words)))
    return frozenset(out)


_GLOSS_MARKS = frozenset({":", "(", "—", "–"})
_QUOTE_REACH = 3  # words between a verb of saying and the quote mark of the quotation it introduces or closes
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_RECORD_PREPS = frozenset({"since", "in", "for"})
_CHARGE_PREPS = frozenset({"with", "of", "for"})
# What a law's wording names: the offences and labels it defines, not the writer's tone words.
# The critic's own hyperbole ("you will perform a *stunning* somersault") stays the critic's, even of play.
_CRITICS_CATEGORIES = frozenset({"intensifier"})
_CHARACTER_PRONOUNS = frozenset({"he", "she", "they"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# Clauses a story clause reaches up through; a participle on a noun ("some *trumped up* charge") too.
_STORY_CLAUSE_DEPS = frozenset({"xcomp", "conj", "ccomp", "advcl", "pcomp", "amod"})
_LAW_CATEGORIES = frozenset({"label", "accusatory", "loaded"})
_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG"})
_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound"})
_EXAMPLE_PREPS = frozenset({"including", "like"})
_PLEA_DEPS = frozenset({"dobj", "xcomp"})
_ANAPHORIC = frozenset({"this", "that", "these", "those"})
_DEFINITE = frozenset({"the", "this", "that"})
_WHO = frozenset({"who", "whom", "whose"})
_PREDICATE_DEPS = frozenset({"attr", "oprd", "appos", "xcomp", "conj", "ROOT", "npadvmod"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _said_of_people(adverb: Token, people: frozenset[str]) -> bool:
    """Whether the clause of an adverb is about people: its subject (or the noun its relative clause is on)
    a pronoun, a name, a person or a group ("the senator *typically* dodges", "doctors *typically*
    recommend"), not a thing ("strokes *typically* increase in cold weather"). No subject: about people."""
    verb = adverb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return True
    if subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in _PEOPLE_ENTS:
        return subject.lower_ not in ("it", "this", "that", "which")
    noun = subject.lemma_.lower()
    return noun in people or (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES))


def _owned_by_people(noun: Token, people: frozenset[str]) -> bool:
    """bias24d: whether a noun of conduct is put on its owner: a possessive ("his *misogyny*", "Hamas's
    *terrorism*") or an "of"/"among"/"within" phrase naming a person or a group ("the *homophobia* of the
    fans"). Without an owner it names a topic ("laws against *homophobia*", "whether *homophobia* should be
    a crime")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "among", "within"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in _PEOPLE_ENTS:
                    return True
                word = obj.lemma_.lower()
                if word in people or (len(word) > 4 and word.endswith(_PERSON_SUFFIXES)):
                    return True
    return False


def _evidence_subject(verb: Token, evidence: frozenset[str]) -> bool:
    """Whether a verb's subject is evidence, not a person or a group ("the numbers don't *lie*")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in evidence


def _shares_subject(verb: Token) -> bool:
    """Whether a verb with no subject of its own takes its head's: a complement ("are not going to
    *pretend*"), a conjunct ("we will be honest and not *pretend*") or a comparison ("I'd rather be honest
    than *pretend*")."""
    if verb.dep_ in ("xcomp", "conj"):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


def _pictures_someone_known(verb: Token) -> bool:
    """Whether a verb asking the reader to picture something ("imagine") has a definite object: "Imagine the
    outgoing president *sabotaging* his successor" is the writer's figure for a real person, not a made-up
    case ("Imagine a *greedy* banker", "Imagine you are ...")."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them"):
            return True
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETS) for c in obj.children):
            return True
    return False


_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_SETTING_ENTS = _PLACE_ENTS | {"DATE", "TIME"}
WRITER_I_SENTENCES = 2  # sentences where the writer says "I" that make an article a first-person column


def _writer_says_i(doc: Doc) -> bool:
    """lead25: whether the writer says "I" outside quotation marks in ``WRITER_I_SENTENCES`` sentences or
    more: a column, whose loaded words are the writer's judgement even when it is about a club or a chart
    (no genre's idiom to withhold)."""
    view = article_view(doc)
    said = {view.sent_of[t.i] for t in doc if t.text == "I" and t.pos_ == "PRON" and not view.in_quote(t.idx)}
    return len(said) >= WRITER_I_SENTENCES


def article_topics(doc: Doc, lexicon: BiasLexicon) -> frozenset[str]:
    """The lexicon topics (domains) an article is about: a markets report, a storm, a disease.

    Args:
        doc: A parsed article body.
        lexicon: Supplies the ``topics``, each a domain of ``domains`` with its thresholds.

    Returns:
        Each topic whose domain words make up at least its ``share`` of the article's words, with at least
        ``distinct`` different ones, in an article of ``min_words`` words or more.
    """
    if not lexicon.topics:
        return frozenset()
    keys = token_keys(doc)
    words = int(doc.to_array([IS_ALPHA]).sum())
    found: set[str] = set()
    for name, t in lexicon.topics.items():
        if words < t.min_words:
            continue
        cues = lexicon.domains[name]
        seen = [lemma if lemma in cues else lower for lemma, lower in keys if lemma in cues or lower in cues]
        tiers = [(t.share, t.distinct), *([t.varied] if t.varied is not None else [])]
        if any(len(set(seen)) >= d and len(seen) >= share * words for share, d in tiers):
            found.add(name)
    return frozenset(found)


def report_genre(doc: Doc, lexicon: BiasLexicon) -> str | None:
    """The lexicon genre an article belongs to (a match report), or None. Unlike
    ``tasks.quote_context.match_report`` (any scoreline and three match words, for "the center said"), a
    genre is a share of a long article's words: a short report is no genre, so its words stay tagged.

    Args:
        doc: A parsed article body.
        lexicon: Supplies the ``genres``, each with its cue lemmas and thresholds.

    Returns:
        The first genre whose cue words (and scorelines such as "3-1", where the genre counts them) make up at
        least its ``share`` of the article's words, with at least ``distinct`` different cues, in an article
        of ``min_words`` words or more; None for any other article.
    """
    if not lexicon.genres or _writer_says_i(doc):
        return None
    keys = token_keys(doc)
    alpha = doc.to_array([IS_ALPHA]).ravel().tolist()
    words = sum(alpha)
    for name, g in lexicon.genres.items():
        if words < g.min_words:
            continue
        cues = g.cues
        seen = [lemma if lemma in cues else lower for lemma, lower in keys if lemma in cues or lower in cues]
        hits = len(seen) + (len(SCORELINE.findall(doc.text)) if g.scorelines else 0)
        if len(set(seen)) >= g.distinct and hits >= g.share * words:
            return name
    return None


def _shouted_adjective(tok: Token, entry: BiasEntry) -> bool:
    """r2b26: a tabloid's adjective in capitals before its noun ("A SICK thug who ..."), which the tagger,
    misled by the case, reads as a noun: for an entry limited to adjectives it is one. A name or an acronym
    (an entity) is not."""
    return (
        entry.pos is not None
        and "ADJ" in entry.pos
        and tok.is_upper
        and len(tok) > 2
        and not tok.ent_type_
        and tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.pos_ in _NOUNS
        and tok.head.i > tok.i
        and not tok.head.is_upper
    )


def _applies(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    entry: BiasEntry,
    sent: tuple[int, int],
    *,
    derived: bool = False,
) -> bool:
    """Whether a phrase match at tokens ``[start, end)`` passes the entry's POS and context limits.

    A ``derived`` match (an adverb or noun reached through a suffix rule) skips the POS limit: the
    derivation has its own.
    """
    first = doc[start]
    if (
        not derived
        and entry.pos is not None
        and first.pos_ not in entry.pos
        and not _shouted_adjective(first, entry)
    ):
        return False
    ctx = entry.context
    if ctx is None:
        return True
    if ctx.not_after and start > 0 and not ctx.not_after.isdisjoint(_keys(doc[_glued(doc, start - 1, -1)])):
        return False
    if ctx.only_after and (start == 0 or ctx.only_after.isdisjoint(_keys(doc[start - 1]))):
        return False
    if ctx.not_before and end < len(doc) and not ctx.not_before.isdisjoint(_keys(doc[_glued(doc, end, 1)])):
        return False
    noun = _modified_noun(doc, end) if ctx.not_before else None
    if noun is not None and not ctx.not_before.isdisjoint(_keys(noun)):
        return False
    subject = _predicated_of(doc[start]) if ctx.predicate_too and end - start == 1 else None
    if subject is not None and not ctx.not_before.isdisjoint(_keys(subject)):
        return False
    if ctx.only_before and (end == len(doc) or ctx.only_before.isdisjoint(_keys(doc[end]))):
        return False
    if ctx.not_near:
        lo, hi = max(sent[0], start - NEAR), min(sent[1], end + NEAR)
        if any(not ctx.not_near.isdisjoint(_keys(doc[k])) for k in range(lo, hi) if not start <= k < end):
            return False
        # A possessor is near however many modifiers stand between ("Russia's full-scale *invasion*").
        owners = [c for t in doc[start:end] for c in t.children if c.dep_ == "poss"]
        if any(not ctx.not_near.isdisjoint(_keys(o)) for o in owners):
            return False
    if ctx.not_with_object:
        for tok in doc[start:end]:
            for child in tok.children:
                objs = [child, *child.children] if child.dep_ == "prep" else [child]
                objs += [n for o in objs if o.dep_ in _OBJECT_DEPS for n in _partitive_whole(o)]
                if any(o.dep_ in _OBJECT_DEPS and o.lemma_.lower() in ctx.not_with_object for o in objs):
                    return False
    if ctx.not_within:
        s, e = first.idx, doc[end - 1].idx + len(doc[end - 1])
        for phrase in ctx.not_within:
            window = text[max(0, s - len(phrase)) : e + len(phrase)]
            offset = max(0, s - len(phrase))
            at = window.find(phrase)
            while at != -1:
                if offset + at <= s and offset + at + len(phrase) >= e:
                    return False
                at = window.find(phrase, at + 1)
    return True


_PRENOMINAL_DEPS = frozenset({"amod", "compound", "nmod", "nn"})

# bias23a: the heads of a partitive object, which name a part of what follows "of": "wiping out *a third of*
# the company's profits" wipes out profits, as "wiping out the profits" does.
_PARTITIVES = frozenset(
    {
        "half",
        "third",
        "quarter",
        "fifth",
        "tenth",
        "part",
        "most",
        "much",
        "some",
        "all",
        "bulk",
        "share",
        "portion",
        "fraction",
        "chunk",
        "%",
        "percent",
        "per",
        "cent",
    }
)


def _partitive_whole(obj: Token) -> list[Token]:
    """The noun after "of" when ``obj`` is a part or a share of it ("a third of the profits", "40% of its
    earnings"); nothing otherwise."""
    if not (obj.like_num or obj.lower_ in _PARTITIVES or obj.lemma_.lower() in _PARTITIVES):
        return []
    return [
        g
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _modified_noun(doc: Doc, end: int) -> Token | None:
    """The noun a prenominal match modifies, when other words stand between them: an exception about the
    next word ("would-be *buyers*") holds for the noun the match qualifies, however many modifiers come
    first ("would-be Florida holiday *renters*")."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ in _PRENOMINAL_DEPS and head.i > end and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _predicated_of(tok: Token) -> Token | None:
    """The subject an adjective is predicated of ("ballots remained *outstanding*"): an exception about
    the noun a word qualifies holds as much when it is said of that noun as when it stands before it
    ("outstanding ballots")."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd"):
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _glued(doc: Doc, i: int, step: int) -> int:
    """The word at ``i``, or past it when it is a hyphen glued to both sides: an exception's neighbour is
    the other half of a compound ("knee-jerk", "worst-affected") as much as a separate word."""
    j = i + step
    t = doc[i]
    if t.text == "-" and not t.whitespace_ and 0 <= j < len(doc) and not doc[min(i, j)].whitespace_:
        return j
    return i


_PERSON_SUFFIXES = ("er", "or", "ist", "ian")


def _put_question(clause: Token, verbs: frozenset[str]) -> bool:
    """Whether a "whether" clause is the question of a verb of asking: its complement ("asked whether")
    or the object of its "on" ("pressed on whether")."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.lower_ == "on" and head.dep_ == "prep":
        head = head.head
    elif clause.dep_ != "ccomp":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs


def _writers_aside(token: Token, persons: frozenset[str], reporting: frozenset[str] = frozenset()) -> bool:
    """Whether a word inside reported speech is the writer's: a description of a person, or an aside set
    off by a comma ("he claimed that his plan, *which slashes aid*, was inspired by his faith"), a restrictive
    clause inside such an aside included (voice28). A comma relative clause whose verb is itself the report
    (``reporting``: "The move, which the union described as *vindictive*, ...") is no aside inside it
    (voice11)."""
    if _describes_a_person(token, persons) or _describes_a_named_place_or_event(token):
        return True
    for anc in (token, *token.ancestors):
        if anc.dep_ == "relcl" and anc.lemma_.lower() in reporting:
            return False
        if anc.dep_ in ("relcl", "appos"):
            left = anc.left_edge
            if left.i > 0 and token.doc[left.i - 1].text == ",":
                return True
            if anc.dep_ == "appos":
                return False
            # voice28: a restrictive clause inside a comma-set apposition ("signed the deal, an agreement
            # *that has drawn furious criticism*") is the apposition's, the writer's gloss
        if anc.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _writers_referent(token: Token, voices: _VoiceMap) -> bool:
    """voice10: whether a noun inside reported speech is the writer's name for something the writer named so
    before: in "... escalating a bitter online feud. Analysts said *the feud* reflected deep divisions" the
    definite noun points back to the writer's own word; the analysts' claim is what the clause says of it."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return False
    lemma = token.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and t.pos_ == "NOUN" and voices.at(t.idx).voice == "author"
        for t in token.doc[: token.sent.start]
    )


def _own_claim_reported(token: Token, speech: frozenset[str]) -> bool:
    """Whether a verb of doubt inside reported speech is the writer's word for the reporter's own claim.

    "The group said they had hit a ship they *claimed* was linked to Israel": no one reports their own
    statement as a claim; "claimed" is the writer's choice of verb. Its pronoun subject must be the one the
    report gives its speaker (the reporting verb's subject, or the subject of the clause it reports); in "Li
    said they claimed ..." someone else claimed, and the doubt stays Li's.
    """
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.pos_ != "VERB" or subject is None or subject.pos_ != "PRON":
        return False
    path = [token, *token.ancestors]
    k = next((i for i, a in enumerate(path) if i and a.pos_ == "VERB" and a.lemma_.lower() in speech), None)
    if k is None:
        return False
    report, clause = path[k], path[k - 1]
    selves = [c for v in (report, clause) for c in v.children if c.dep_ == "nsubj" and c.i != subject.i]
    return any((c.pos_ == "PRON" and c.lower_ == subject.lower_) or _stands_for(subject, c) for c in selves)


def _holder_introduced(token: Token, speech: frozenset[str]) -> bool:
    """scope22: whether a verb of doubt introduces a holder of its own inside hearsay no one is named for
    ("He was reportedly dumped by a girlfriend who *claimed* he had cheated"): with no reporter to have
    chosen the verb, "claimed" is the writer's word for the girlfriend's statement, not hers."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in speech:
        return False
    return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "ccomp" for c in token.children)


def _stands_for(pronoun: Token, noun: Token) -> bool:
    """prec13: whether "they" can stand for the reporter named as a noun: a plural noun or joined nouns ("The
    minister and his aide insisted the vote will turn on what *they* claim is ...")."""
    if pronoun.lower_ != "they" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


def _describes_a_person(token: Token, persons: frozenset[str]) -> bool:
    """Whether a word modifies a noun naming a person ("the *disgraced* banker", "*embattled* Mayor Li").

    Inside reported speech ("Relatives suggested the disgraced banker had fled"), the speaker's claim is
    the clause; the description the writer gives the person it is about is the writer's word.
    """
    if token.dep_ == "compound" and token.pos_ == "NOUN" and _title_on_name(token):
        return True  # prec22: "pop *sensation* Kayla Rhodes", a title the writer gives the person
    if token.dep_ != "amod" or token.head.pos_ not in _NOUNS:
        return False
    head = token.head
    if head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in head.children):
        return True
    noun = head.lemma_.lower()
    return (noun in persons or (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES))) and _identified(head)


def _label_on_a_person(token: Token, people: frozenset[str]) -> bool:
    """bias25a: whether a label noun set before a noun for a person ("A *love rat* footballer bombarded his
    ex ..., a court heard") is the writer's epithet for the one the clause is about, not the speaker's
    claim; as the predicate ("said he was a love rat") it stays the speaker's."""
    head = token.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    noun = head.lemma_.lower()
    return (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and head.pos_ == "NOUN"
        and head.i > token.i
        and head.dep_ in _ARGUMENTS
        and (noun in people or (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES)))
        and not _in_marks(token)
    )


def _adjective_before_full_name(t: Token, ent: Span) -> bool:
    """prec22: a tabloid's adjective opening a mention of first name and surname ("*Callous* Darren Pike,
    34, burst in"): an adjective, not a given name, before two or more proper nouns the parse makes it
    modify; the tagger took it into the person's name."""
    rest = ent[1:]
    return (
        len(rest) >= 2
        and t.pos_ == "ADJ"
        and t.dep_ == "amod"
        and all(w.pos_ == "PROPN" for w in rest)
        and t.head.i == rest[-1].i
    )


def _title_on_name(token: Token) -> bool:
    """Whether a common noun is part of a title set before a person's name ("pop *sensation* Kayla Rhodes",
    "serial *burglar* Darren Pike"): it is the head of the name, or modifies a noun that is."""
    head = token.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and head.i > token.i


def _epithet_nouns(lexicon: BiasLexicon) -> frozenset[str]:
    """The one-word nouns of the label category ("crook", "thug"): words for a person."""
    return frozenset(e.term.lower() for e in lexicon.entries if e.category == "label" and " " not in e.term)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _referring_epithet(token: Token, epithets: frozenset[str], modifier: Token | None = None) -> bool:
    """r2b24: whether an epithet inside reported speech (or a ``modifier`` of it: "the *brazen* crook", the
    adjective often misread as a compound) is the writer's way of referring to someone ("Police said *the
    thug* had fled"): "the" and a singular noun in an argument's place pick out the one person the clause
    is about; as its predicate ("said he was a thug") the label is the speaker's claim, and a plural ("the
    squeeze on the bigots") is a kind the speaker picks out."""
    if modifier is not None and (modifier.dep_ not in ("amod", "compound") or modifier.head.i != token.i):
        return False
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in epithets
        and token.dep_ in _ARGUMENTS
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        and not _in_marks(token)
    )


def _in_marks(token: Token) -> bool:
    """Whether a noun sits between quote marks: an odd count of double marks before it in its sentence, or a
    mark of any kind opening its own phrase ("members of the 'metropolitan elite'")."""
    before = token.doc.text[token.sent.start_char : token.idx]
    if sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1:
        return True
    phrase = token.doc.text[token.left_edge.idx : token.idx]
    return any(q in phrase for q in ("'", "‘", '"', "“"))


def _identified(noun: Token) -> bool:
    """Whether a noun names someone in particular: a definite determiner, a possessor, a name beside it.
    "The *disgraced* banker" is someone the writer describes; in "Li said *greedy* bankers were to blame" or
    "a fondness for *brutal* leaders" the people are a kind the speaker's claim picks out, so the word is
    the claim's."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "the notorious gangster Li": the name's
        noun = noun.head
    return noun.pos_ == "PROPN" or any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE)
        or c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.children
    )


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _describes_a_named_place_or_event(token: Token) -> bool:
    """Whether a word modifies the name of a place or an event ("in *devastated* Gaza City", "the *troubled*
    Olympics"): as with a person, the writer's description of where or what is reported is not the claim."""
    head = token.head
    return token.dep_ == "amod" and head.pos_ == "PROPN" and head.ent_type_ in _DESCRIBED_NAMES


_DESCRIBED_NAMES = frozenset({"GPE", "LOC", "FAC", "EVENT"})


def _negator(doc: Doc, start: int, sent_start: int, lexicon: BiasLexicon) -> str | None:
    """The word negating the token at ``start``: a ``neg`` dependent, or a negator up to two words before."""
    tok = doc[start]
    for cand in (tok, tok.head) if tok.dep_ in {"acomp", "attr", "xcomp"} else (tok,):
        for child in cand.children:
            if child.dep_ == "neg":
                return child.text
    # marks27: a negator of two words ("far from a sham") counts as one, ending in the same window
    phrases = [w.split() for w in lexicon.negators]
    for k in range(start - 1, max(sent_start, start - 3) - 1, -1):
        for words in phrases:
            first = k - len(words) + 1
            if first >= sent_start and all(doc[first + j].lower_ == w for j, w in enumerate(words)):
                return doc[first : k + 1].text
    return None


def _who(attribution: _Attribution) -> str:
    if attribution.voice == "author":
        return "the author's"
    return f"{attribution.speaker}'s" if attribution.speaker else "a quoted source's"


def _echoed_speaker(tag: BiasTag, body: Sequence[BiasTag]) -> BiasTag:
    """A headline's quoted word with no speaker takes the speaker of the same word quoted in the body:
    "Union rejects 'insulting' pay offer" over "Lynch called the offer \"insulting\"". The headline echoes
    the story's quotation; with no such word, or two speakers of it, the speaker stays unknown."""
    if tag.voice != "quoted" or tag.speaker is not None:
        return tag
    word = tag.text.lower()
    said = {t.speaker for t in body if t.voice == "quoted" and t.speaker and t.text.lower() == word}
    if len(said) != 1:
        return tag
    speaker = said.pop()
    reason = tag.reason.replace(_who(_Attribution("quoted", None)), f"{speaker}'s", 1)
    return tag.model_copy(update={"speaker": speaker, "reason": reason})


_QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _scare_quote_echoed(tag: BiasTag, quotes: Sequence[Quote]) -> bool:
    """r2b23: whether a headline's scare-quote tag marks words the body quotes from a source: 'Star
    "heartbroken" after split' over '"She is heartbroken," a friend said'. The desk's marks attribute the
    word to the story's source (its lexicon tag takes that speaker, :func:`_echoed_speaker`); they are no
    distance the writer takes."""
    if tag.rule != SCARE_QUOTE_RULE:
        return False
    words = " ".join(w.casefold() for w in _QUOTE_WORD.findall(tag.text))
    return bool(words) and any(
        f" {words} " in f" {' '.join(w.casefold() for w in _QUOTE_WORD.findall(q.text))} "
        for q in quotes
        if q.kind != "indirect"
    )


def _desk_mark_attributed(tag: BiasTag, body: Doc, desk: Sequence[Quote]) -> bool:
    """marks27: whether a headline's scare quote echoes the story: the body has the word (its form or its
    lemma), in a quote of a source ("Judge: defendant 'no danger'" over "saying he posed no danger"), in a
    claim ("sued for 'rape'" over "claimed he raped her"), in a term it introduces or in the writer's own
    wording ("'bold' election policy" over "It is a bold policy"): the marks quote the story. Only a word
    the story never uses ("The border 'crisis'" over a story of falling crossings) is the desk's own
    distance from it. Double marks in a headline are judged as in the body (a source's words only where
    a quote of the body holds them, :func:`_scare_quote_echoed`)."""
    if tag.rule != SCARE_QUOTE_RULE or not any(q.start <= tag.start and tag.end <= q.end for q in desk):
        return False
    words = [w.casefold() for w in _QUOTE_WORD.findall(tag.text)]
    lemma = (tag.lemma or "").split(" ")[0]
    if not words:
        return False
    for t in body:
        if t.lower_ != words[0] and _mended_lemma(t.lemma_.lower(), t.lower_) != lemma:
            continue
        if len(words) == 1 or " ".join(w.lower_ for w in body[t.i : t.i + len(words)]) == " ".join(words):
            return True
    return False


def _weight(severity: int, voice: Voice, negated: bool, *, indirect: bool = False) -> float:
    factor = 1.0 if voice == "author" else INDIRECT_FACTOR if indirect else QUOTED_FACTOR
    return round(float(severity) * factor * (NEGATED_FACTOR if negated else 1.0), 3)


_AUTHOR = _Attribution("author", None)


def _rule_tag(
    name: str,
    category: Category,
    attribution: _Attribution,
    start: int,
    end: int,
    text: str,
    *,
    rule: str,
    lemma: str,
    because: str = "",
    neutral: str | None = None,
) -> BiasTag:
    """A tag made by a rule (not a lexicon entry): the category's reason and severity, the voice's weight."""
    return BiasTag(
        text=text,
        start=start,
        end=end,
        category=name,
        voice=attribution.voice,
        speaker=attribution.speaker,
        reason=category.reason.format(who=_who(attribution), text=text) + because,
        rule=rule,
        weight=_weight(category.severity, attribution.voice, False, indirect=attribution.indirect),
        neutral=neutral,
        severity=category.severity,
        reported=attribution.indirect,
        lemma=lemma,
    )


def _scare_quotes(
    doc: Doc,
    voices: _VoiceMap,
    sentences: Sequence[tuple[int, int]],
    *,
    lexicon: BiasLexicon,
    marks: Sequence[tuple[int, int]] | None = None,
) -> Iterator[BiasTag]:
    """Yield scare-quote tags: one or two words in quote marks that no quote or speech verb accounts for.

    Args:
        doc: A parsed article.
        voices: Quote spans and quote-mark spans of the doc.
        sentences: ``(start, end)`` token spans of the doc's sentences.
        lexicon: Supplies the ``scare-quote`` category (no category, no tags) and the speech verbs.
        marks: The marked spans to judge; by default the doc's quote marks no quote accounts for. A
            headline passes its desk's single marks (:func:`_desk_marks`), which are judged as words of
            the desk only where they are no predicate (see Notes).

    Notes:
        Marks around only proper nouns or title-case words (a title, an operation's name) are skipped, and
        so are marks around a noun that modifies a noun after the closing mark (the "red flag" law, a
        "neutrality" policy) and two marked words side by side, joined by "or", "and" or a comma (a "ghost"
        or "shadow"): they name a term, the writer does not distance themselves from it. A marked adjective
        (the "humane" evacuation) is still a scare quote.

        marks27: in a headline a marked verb or predicate adjective ("Rover deal 'delayed'", "Return
        'unlikely'") is the desk's way to quote a claim of the story's source, not distance from a word;
        only a marked noun or a noun's adjective ("The border 'crisis'", "'green' jets") can be the desk's
        scare quote.
    """
    category = lexicon.categories.get(SCARE_QUOTE_RULE)
    if category is None:
        return
    starts = [s for s, _ in sentences]
    dramatic = _dramatic_saying(lexicon)
    # Per sentence, computed once: many marks can share one sentence.
    speech_verbs: dict[int, list[Token]] = {}
    desk = marks is not None
    marks = sorted(voices.unattributed_marks() if marks is None else marks)
    doc_text = doc.text  # built once: Doc.text joins every token each time it is read
    paired = _paired_marks(doc_text, marks)
    for s, e in marks:
        if (s, e) in paired:
            continue  # "a 'ghost' or 'shadow'", "an amalgam of 'glitterati' and 'liberal'": terms named
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not (t.is_punct or t.is_space)]
        if not 1 <= len(words) <= SCARE_QUOTE_MAX_WORDS:
            continue
        if all(t.pos_ == "PROPN" or t.is_title for t in words):
            continue
        last = words[-1]
        if desk and (last.pos_ not in _NOUNS and not (last.pos_ == "ADJ" and last.dep_ == "amod")):
            continue  # a headline's marked claim ("'delayed'", "'unlikely'"): the source's, quoted
        if (
            last.dep_ in _NAME_MODIFIER_DEPS
            and last.pos_ in _NOUNS
            and last.head.i > last.i
            and last.head.pos_ in _NOUNS
        ):
            continue  # a noun naming the noun after the marks: the "red flag" law, a "neutrality" policy
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        if k not in speech_verbs:
            sent_start, sent_end = sentences[k]
            speech_verbs[k] = [
                t
                for t in doc[sent_start:sent_end]
                if not lexicon.speech_verbs.isdisjoint(_keys(t))
                or (t.pos_ == "VERB" and t.lemma_.lower() in dramatic)
            ]
        if any(_within_speech(last, verb) for verb in speech_verbs[k]):
            continue
        if desk and speech_verbs[k]:
            continue  # "Golden rule 'intact' says ex-aide": a headline's verb of saying credits all of it
        if _introduced_term(doc_text, s, lexicon.term_introducers):
            continue  # "the so-called 'bad' cholesterol", "known as 'going dark'": a term named
        if len(words) == 1 and _credited_term(last, lexicon):
            continue  # "the bill outlaws 'mutilation'", "recognised for its 'groundbreaking' use": cited
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        text = doc[words[0].i : words[-1].i + 1].text
        lemma = " ".join(t.lemma_.lower() for t in words)
        yield _rule_tag(
            SCARE_QUOTE_RULE, category, _AUTHOR, start, end, text, rule=SCARE_QUOTE_RULE, lemma=lemma
        )


def _credited_term(token: Token, lexicon: BiasLexicon) -> bool:
    """prec28: whether a single marked word is credited to a source in its sentence by the parse: it lies in
    the "for" phrase of a verb of praise or award (`citation_verbs`: "it was *recognised for* its
    'groundbreaking' use", the judges' citation), or in what a measure does (a verb up its clause whose
    subject or "by" agent is one of `measure_nouns` or a LAW entity: "the bill would ... outlaw
    'mutilation'", the bill's own term). The walk up stops at a finite clause with a subject of its own
    ("though he doesn't use the word 'cuts', the plan would ..."); an infinitive's ("allow officers to
    intervene") is still the measure's. A verb of blame is left out: "criticised for its 'reforms'" can
    be the writer's distance from the praise of reform as much as the critics' word."""
    below = token
    for verb in token.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            if (
                below.dep_ == "prep"
                and below.lower_ == "for"
                and not lexicon.citation_verbs.isdisjoint(_keys(verb))
            ):
                return True
            subjects = list(_subjects_and_agents(verb))
            # bp29: the marked word itself as the measure ("the 'reform' takes money from the poorest") is
            # the writer naming the measure at a distance, not the measure's own wording
            named = (s for s in subjects if not (s.i == token.i or s.is_ancestor(token)))
            if any(_is_measure(s, lexicon) for s in named):
                return True
            if subjects and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return False  # a finite clause with a subject of its own says whose word it is
        below = verb
    return False


def _subjects_and_agents(verb: Token) -> Iterator[Token]:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            yield c
        elif c.dep_ == "agent":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _is_measure(tok: Token, lexicon: BiasLexicon) -> bool:
    return tok.ent_type_ == "LAW" or not lexicon.measure_nouns.isdisjoint(_keys(tok))


def measure_name(noun: Token, lexicon: BiasLexicon) -> bool:
    """bp29: whether a noun is the capitalised name of a law, bill or programme: a LAW entity, or a title-case
    head among ``measure_nouns`` ("the One Big Beautiful Bill", "the Stop and Frisk Program"). Its sponsors
    gave the name, so "so-called" before it introduces no term; it marks the name as theirs."""
    if noun.ent_type_ == "LAW":
        return True
    return noun.is_title and not lexicon.measure_nouns.isdisjoint(_keys(noun))


def so_called_name(doc: Doc, start: int, end: int, lexicon: BiasLexicon) -> bool:
    """bp29: whether the characters ``start``-``end`` hold a "so-called" (an entry that ``names_term``) on the
    name of a law, bill or programme (:func:`measure_name`): the noun its last word modifies."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "called":
        return False
    noun = span[-1].head
    return noun.i > span[-1].i and measure_name(noun, lexicon)


def _dramatic_saying(lexicon: BiasLexicon) -> frozenset[str]:
    """scope22: the lexicon's sensational verbs of saying, those whose neutral word is a speech verb ("whine",
    "moan": complain). Marks in what someone "whined that ..." are that speaker's words, as after "said":
    the loaded verb is the writer's, the marked word is not a scare quote of theirs. Only verbs count: a
    noun ("a rant") reports no clause."""
    return frozenset(
        e.term
        for e in lexicon.entries
        if e.category == "sensational"
        and e.neutral in lexicon.speech_verbs
        and " " not in e.term
        and (e.pos is None or "VERB" in e.pos)
    )


def _introduced_term(text: str, start: int, introducers: frozenset[str]) -> bool:
    """Whether the marks opening at ``start`` follow a word that introduces a term ("so-called", "known
    as"): the writer names the term, and "so-called" itself is judged as a word of its own."""
    before = text[max(0, start - 40) : start].rstrip(_MARKS + " ").lower()
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in introducers
    )


def _within_speech(token: Token, verb: Token) -> bool:
    """Whether a speech verb could account for the marked ``token``: the token is in what the verb governs,
    outside its subject, or in the clause the verb is set into as an aside ("'reform', critics say, is ...").
    A verb that only describes the marked word ("'petitions' calling for ...") does not: the marks are
    still the writer's."""
    if token.i == verb.i or verb.pos_ != "VERB":
        return True  # a speech word the parse did not read as a verb ("unions brand plan 'heartless'")
    if verb.dep_ in _ASIDE_DEPS and (verb.head.i == token.i or verb.head.is_ancestor(token)):
        return True
    if not verb.is_ancestor(token):
        return False
    return not any(
        c.dep_ in _SPEAKER_DEPS and (c.i == token.i or c.is_ancestor(token)) for c in verb.children
    )


_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_ASIDE_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})


# r2b26: "from" and "to" join the two ends of a change of grade ("cut its rating to 'sell' from 'hold'")
_PAIRING = frozenset({"or", "and", "nor", ",", "/", "from", "to"})
_MARKS = "\"'“”‘’"


def _paired_marks(text: str, marks: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Marked spans joined to the next by nothing but "or", "and", a comma, a slash, "from" or "to" (and the
    marks): the writer names two terms side by side ("race against a 'ghost' or 'shadow'", a rating cut "to
    'sell' from 'hold'"), a mention, not distance."""
    paired: set[tuple[int, int]] = set()
    for (s1, e1), (s2, e2) in pairwise(marks):
        if text[e1:s2].strip(_MARKS + " ").lower() in _PAIRING:
            paired.update({(s1, e1), (s2, e2)})
    return paired


def _intensified(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    *,
    lexicon: BiasLexicon,
) -> Iterator[BiasTag]:
    """Yield intensifier tags: a degree word ("so", "utterly") right before a tagged evaluative word.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches with their attribution, from :func:`tag_bias`.
        lexicon: Supplies the ``intensifier`` category and the ``intensifiers`` word list.

    Notes:
        "very" alone describes; "very" before "brutal" doubles down on a judgement the lexicon already
        flagged, so the pair's first word is tagged too, in the voice of the word it amplifies. Only loaded,
        emotive and accusatory words count, and the degree word must be an adverb modifying it (``advmod``),
        or stand just before it.
    """
    category = lexicon.categories.get("intensifier")
    if category is None or not lexicon.intensifiers:
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    for m, attribution in found:
        if m.entry.category not in _INTENSIFIABLE or m.start == 0:
            continue
        k = m.start - 1
        prev = doc[k]
        if k in taken or keys[k][1] not in lexicon.intensifiers:
            continue
        if not (prev.head.i == m.start and prev.dep_ == "advmod") and prev.pos_ != "ADV":
            continue
        if _degree_of_consequence(prev, doc[m.start]):
            continue
        taken.add(k)
        start, end = prev.idx, prev.idx + len(prev)
        yield _rule_tag(
            "intensifier",
            category,
            attribution,
            start,
            end,
            prev.text,
            rule=f"{INTENSIFIED_RULE}:{m.entry.id}",
            lemma=keys[k][0],
            because=f"; it strengthens the {m.entry.category} word '{doc[m.start].text}'",
        )


_INTENSIFIABLE = frozenset({"loaded", "emotive", "accusatory"})


def _degree_of_consequence(degree: Token, word: Token) -> bool:
    """r2b26: "too frightened *to return home*", "so weak *that she fell*": the degree is measured by what
    follows, a consequence stated, not a word amplified."""
    if degree.lower_ == "too":
        return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in word.children)
    if degree.lower_ == "so":
        return any(
            c.dep_ in ("ccomp", "advcl") and any(g.lower_ == "that" for g in c.children)
            for c in word.children
        )
    return False


def _epithets(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
    story: Sequence[tuple[int, int]] = (),
) -> Iterator[BiasTag]:
    """Yield compound-epithet tags: a hyphenated "X-loving", "X-hating", "X-obsessed" before a noun.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches, from :func:`tag_bias`; a compound they already cover is not tagged again.
        voices: Quote spans of the doc.
        lexicon: Supplies the ``epithet`` category and the ``epithet_heads`` word list.
        story: Token spans of hits the fiction pass gave to a story (a part played): no epithet there either.

    Notes:
        spaCy splits "gun-loving" into three tokens; the rule needs a word, a hyphen with no space around
        it, and a head word from the list. The compound sums a person or a group up by one attitude.
    """
    category = lexicon.categories.get(EPITHET_RULE)
    if category is None or not lexicon.epithet_heads:
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    taken |= {i for start, end in story for i in range(start, end)}
    for i in range(1, len(doc) - 1):
        if keys[i][1] != "-" or doc[i].whitespace_ or doc[i - 1].whitespace_ or i + 1 in taken:
            continue
        head = doc[i + 1]
        if keys[i + 1][1] not in lexicon.epithet_heads or not doc[i - 1].is_alpha:
            continue
        start, end = doc[i - 1].idx, head.idx + len(head)
        text = doc[i - 1 : i + 2].text  # a span's text: Doc.text would join every token per hit
        rule = f"{EPITHET_RULE}:-{keys[i + 1][1]}"
        yield _rule_tag(
            EPITHET_RULE, category, voices.at(start), start, end, text, rule=rule, lemma=keys[i + 1][1]
        )


def _verdict_slots(
    doc: Doc,
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
    vetoed: Sequence[tuple[int, int]] = (),
) -> Iterator[BiasTag]:
    """Yield label-slot tags (basil29): the adjective a verb of naming predicates of its object ("Critics
    called the plan *unaffordable*", "the firm calls that evidence *unrepresentative* and *unreliable*") or
    that a verb of judging gives in its "as" phrase ("dismissed the report *as biased*").

    Args:
        doc: A parsed article.
        found: Lexicon matches, from :func:`tag_bias`; a word they already cover is not tagged again.
        voices: Quote spans of the doc; the labeller's voice comes from the label passes, as for a hit.
        lexicon: Supplies the ``label-slot`` category, ``verdict_verbs``, ``verdict_as_verbs`` and
            ``verdict_plain``.
        vetoed: Token spans of lexicon hits a sense pass vetoed (a literal, a story's, a name's): the word
            keeps that sense in the slot too ("called the statement hawkish" in a markets story).

    Notes:
        In "call X Y" and "denounce X as Y" the slot Y holds a judgement whatever the word: the construction,
        not a word list, says that someone is passing one. The parse marks Y as the verb's object predicate
        (``oprd``) or a modifier of "as"; after a demonstrative or a longer object it may hang Y on the object
        as a modifier to its right, which no English attributive adjective is. Only plain adjectives: a
        comparative or a superlative ranks, a name or a number names, and ``verdict_plain`` ("called it
        quits") settles. Verbs that also describe ("described the suspect as tall") are not verdict verbs.
    """
    category = lexicon.categories.get(LABEL_SLOT_RULE)
    if category is None or not (lexicon.verdict_verbs or lexicon.verdict_as_verbs):
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    taken |= {i for start, end in vetoed for i in range(start, end)}
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in lexicon.verdict_verbs or lemma in lexicon.verdict_as_verbs):
            continue
        slots = _verdict_words(
            verb, naming=lemma in lexicon.verdict_verbs, judging=lemma in lexicon.verdict_as_verbs
        )
        for slot in slots:
            if slot.i in taken or slot.lower_ in lexicon.verdict_plain:
                continue
            taken.add(slot.i)
            start, end = slot.idx, slot.idx + len(slot)
            yield _rule_tag(
                LABEL_SLOT_RULE,
                category,
                voices.at(start),
                start,
                end,
                slot.text,
                rule=f"{LABEL_SLOT_RULE}:{lemma}",
                lemma=slot.lemma_.lower(),
            )


def _verdict_words(verb: Token, *, naming: bool, judging: bool) -> list[Token]:
    """The plain adjectives in a verb's verdict slot, with those joined to them by "and"/"or": a naming
    verb's object predicate, a judging verb's "as" phrase (on the verb or on its object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    slots: list[Token] = []
    if naming:
        slots += [c for c in verb.children if c.dep_ == "oprd"]
        slots += [
            a for o in objects for a in predicate_read_as_modifier(o)
        ]  # "calls that evidence *unreliable*"
    if judging:
        preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
        slots += [c for p in preps for c in p.children if c.dep_ in ("amod", "pobj", "acomp")]
    words: list[Token] = []
    for slot in slots:
        words += [slot, *(c for c in slot.children if c.dep_ == "conj")]
    return [w for w in words if w.pos_ == "ADJ" and w.tag_ == "JJ" and not w.ent_type_]


def _one_sided(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
) -> Iterator[tuple[int, str]]:
    """Yield one-sided framing found on lexicon tags: ``(k, because)`` for ``found[k]``, a loaded word the
    author uses where elsewhere they use its neutral form.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches with their attribution, from :func:`tag_bias`.
        voices: Quote spans of the doc.
        lexicon: Supplies the ``one-sided`` category's reason (no category, no framing).

    Notes:
        The test is deliberately simple so it explains itself: an author-voiced match of a loaded, label,
        accusatory, sensational or doubt-casting entry whose one-word ``neutral`` alternative the author also
        uses, outside any tag and any quotation ("the militants ... the fighters", "X claims ... Y said").
        The two words were chosen for comparable things, one loaded and one not: the article frames one side
        differently. It is evidence about the word already tagged, so it goes on that word's tag (its reason
        and ``one_sided``) rather than a second tag that would count the word twice.
    """
    category = lexicon.categories.get(ONE_SIDED_RULE)
    if category is None:
        return
    wanted: dict[str, list[int]] = {}
    for k, (m, attribution) in enumerate(found):
        neutral = term_words(m.entry.neutral or "")
        # A verb of saying's neutral word ("say") is the register's default: every article "says", so
        # finding it elsewhere shows no choice made for one side.
        plain = len(neutral) == 1 and neutral[0] in lexicon.speech_verbs
        if (
            attribution.voice == "author"
            and len(neutral) == 1
            and not plain
            and m.entry.category in ONE_SIDED_CATEGORIES
        ):
            wanted.setdefault(neutral[0], []).append(k)
    if not wanted:
        return
    inside = {i for m, _ in found for i in range(m.start, m.end)}
    seen: dict[str, Token] = {}
    for i, pair in enumerate(keys):
        for key in pair:
            if key in wanted and key not in seen and i not in inside:
                token = doc[i]
                if voices.at(token.idx).voice == "author":
                    seen[key] = token
    for key, token in seen.items():
        for k in wanted[key]:
            m = found[k][0]
            text = doc[m.start : m.end].text
            framing = category.reason.format(who=_who(_AUTHOR), text=text)
            yield k, f"; {framing}; elsewhere the author writes '{token.text}' (offset {token.idx})"


def _stance_tags(
    doc: Doc, voices: _VoiceMap, stance: StanceLexicon, people: frozenset[str] = frozenset()
) -> Iterator[BiasTag]:
    """Author-voice tags on the writer's stance forms (:mod:`tasks.stance`): the voice map decides which
    words are the writer's, so a prescription inside a quotation or after "X said" is the speaker's.

    An interview's questions (:func:`tasks.attribution.interviewer_turns`) are the interviewer's side of a
    conversation: a question put to the interviewee is no rhetorical question, its "we" ("Should we
    expect ...?") no stance of the writer's, so no stance form there is tagged. Before the first question,
    the introduction's "we" is the interviewer too ("We spoke to Ilves about ..."): no first-person tag."""
    turns = interviewer_turns(doc)
    first = min((a for a, _ in turns), default=-1)
    own = lambda char: voices.at(char).voice == "author"  # noqa: E731
    for cue in stance_cues(doc, lexicon=stance, own=own, people=people):
        at = doc[cue.start].idx
        if any(a <= at < b for a, b in turns) or (at < first and cue.kind == "first-person"):
            continue
        category = stance.categories[cue.kind]
        last = doc[cue.end - 1]
        start, end = doc[cue.start].idx, last.idx + len(last)
        text = doc[cue.start : cue.end].text
        rule = f"{STANCE_RULE_PREFIX}{cue.kind}"
        yield _rule_tag(
            cue.kind,
            category,
            _AUTHOR,
            start,
            end,
            text,
            rule=rule,
            lemma=text.lower(),
            because=f"; {cue.why}",
        )


def tag_bias(
    doc: Doc,
    quotes: list[Quote],
    *,
    lexicon: BiasLexicon,
    threshold: float = BIASED_THRESHOLD,
    author_threshold: float = AUTHOR_THRESHOLD,
    headline: Doc | None = None,
    persons: frozenset[str] = frozenset(),
    vetoed: list[Vetoed] | None = None,
    view: ArticleView | None = None,
    stance: StanceLexicon | None = None,
    people: frozenset[str] = frozenset(),
) -> BiasResult:
    """Tag biased language in an article and score it, per sentence and overall.

    Args:
        doc: A parsed article (the parse from ``tasks.analysis.parse``).
        quotes: Quotes from the extractor, with character spans and speakers. Words inside one are in the
            quoted voice of its speaker.
        lexicon: From :func:`tasks.lexicon.load_bias_lexicon`.
        threshold: Sentence score (all voices) from which a sentence counts as ``biased``.
        author_threshold: Summed weight of author-voiced tags from which a sentence counts as ``biased``.
        persons: Lower-case nouns naming a person by role ("mayor", "banker"): an evaluative modifier of
            one inside reported speech is the writer's description (see Notes).
        vetoed: A list that receives every lexicon hit a sense pass withheld (for the evaluation).
        people: Lower-case nouns naming people as a group or a source ("critics", "unions"), besides
            ``persons``: "For the unions, ..." opens a view they hold (:func:`tasks.attribution.viewpoints`).
        headline: The parsed headline, when the article has one: its tags come first, with
            ``field: "headline"`` and offsets into the headline; they count in the article's scores and
            counts, not in the body's ``sentences``.
        view: The body's shared view (:func:`tasks.article_view.article_view`: sentences, quote-mark spans);
            by default the one cached on ``doc``.
        stance: The stance forms' cue words (:mod:`tasks.stance`); None: no stance tags. Stance tags lie in
            the body only (a headline's question or exclamation is the desk's register) and are meant to be
            corroborated by the sentence model (:func:`tasks.subjectivity.apply_subjectivity`).

    Returns:
        Tags in document order, per-sentence scores, article scores and counts by category.

    Raises:
        ValueError: The doc has no sentence boundaries (it was not parsed).

    Notes:
        Voice: a word is ``quoted`` when it lies in an extractor quote (speaker: the quote's canonical
        speaker) or in a quote-mark span (:func:`tasks.quotemarks.quoted_spans`; speaker: that of an
        extractor quote overlapping it, else None). Anything else is the author's, including a clause
        sourced with a cue such as "according to" (an indirect quote whose ``verb`` is in the lexicon's
        ``sourcing_cues``): that attributes a fact or a figure, not the wording. One or two words in
        unattributed quote marks, in a sentence without a speech verb, are also tagged as scare quotes in
        the author's voice; the words inside stay ``quoted`` with no speaker.

        The attribution structure adds spans the extractor does not report (:mod:`tasks.attribution`): the
        label of "X called Y Z" / "X branded Y as Z" and the charge of "X accused Y of Z" are X's reported
        words, an embedded social-media post is its author's direct quote, single quote marks in a headline
        are a quotation. Inside reported speech, an evaluative modifier of a person ("the disgraced banker")
        is the writer's description and stays ``author``. A lexicon hit becomes a tag only when its sense
        is the loaded one (:class:`_Senses`: not inside a name, not the name of a charge, not a verb of
        saying with a noun object, not a people-label said of no one, not in a literal domain of the entry,
        not mild evaluation in a match report). Hits of an entry marked ``withheld`` (a rule measured to
        misfire on straight news) go to the result's ``withheld``, with the reason.

        Indirect (reported) speech ("X said (that) ...", an extractor quote of kind ``indirect``) is
        ``quoted`` with X as speaker, but weighs more than a direct quotation: the claim is X's, the words
        are the author's paraphrase. Words between quote marks inside reported speech count as direct. A
        reported clause whose speaker the quote layer could not name ("... to suggest that", "arguing
        that" with no subject found) is the writer's: a paraphrase credited to no one is the writer's wording.

        Weight of a tag: its severity (1-3), times 0.5 in a direct or partial quotation (reporting a loaded
        word is not using it), 0.75 in reported speech, 1.0 in the author's voice; times 0.5 when negated
        (a ``neg`` dependent, or a lexicon negator up to two words before: "not brutal", "never a
        massacre"). A sentence's score is the sum of its tags' weights; it is ``biased`` when its
        author-voiced weights reach ``author_threshold`` (1.0: one author-voiced word of any severity, or a
        negated severity-2 word) or its score reaches ``threshold`` (2.0: quoted words need company, a
        single one never suffices). Most loaded words of news copy stand alone in their sentence, so the
        author's voice decides; quoting is reporting. ``author_score`` and
        ``quoted_score`` are summed weights per 1,000 words (non-punctuation tokens) of the article;
        ``score`` is their sum. So 2.0 means about one clear (severity-2) author-voiced word every 1,000
        words. (:func:`tasks.subjectivity.apply_subjectivity` rescores with the same units after its gate.)

        Heuristics follow the epistemological and framing bias categories of Recasens et al. (2013),
        "Linguistic Models for Analyzing and Detecting Biased Language"; the lexicon is our own.
    """
    held: list[BiasTag] = []
    view = view or article_view(doc)
    # An interview whose introduction names no one is about the person its headline names (voice10)
    doc.user_data[HEADLINE_PEOPLE] = (
        tuple(e.text for e in headline.ents if e.label_ == "PERSON") if headline is not None else ()
    )
    people = people | persons
    body = _tags_of(
        doc, quotes, lexicon, "body", persons, held, vetoed, view=view, stance=stance, people=people
    )
    top: list[BiasTag] = []
    if headline is not None:
        mark = len(vetoed) if vetoed is not None else 0
        headline.user_data["wl_genre"] = report_genre(doc, lexicon)  # a headline is too short to tell
        headline.user_data["wl_topics"] = article_topics(doc, lexicon)
        headline.user_data["wl_headline"] = True
        top = _tags_of(
            headline,
            [],
            lexicon,
            "headline",
            persons,
            held,
            vetoed,
            view=article_view(headline),
            people=people,
        )
        if vetoed is not None:
            vetoed[mark:] = [v._replace(field="headline") for v in vetoed[mark:]]
        desk = list(headline_quotes(headline.text))
        top = [
            _echoed_speaker(t, body)
            for t in top
            if not _scare_quote_echoed(t, quotes) and not _desk_mark_attributed(t, doc, desk)
        ]
    tags = [*top, *body]
    # The tags are final here: a filter over them (such as a sentence-subjectivity gate on author-voice
    # tags) goes between this line and the scores, so sentences, counts and scores all see the same tags.
    sentences = list(view.sentences)
    return BiasResult(
        tags=tags,
        withheld=held,
        sentences=_sentence_scores(
            doc, sentences, body, threshold=threshold, author_threshold=author_threshold
        ),
        counts=dict(sorted(Counter(t.category for t in tags).items())),
        **_article_scores(doc, tags, headline),
    )


def _tags_of(
    doc: Doc,
    quotes: Sequence[Quote],
    lexicon: BiasLexicon,
    field: TextField,
    persons: frozenset[str],
    held: list[BiasTag],
    vetoed: list[Vetoed] | None = None,
    *,
    view: ArticleView,
    stance: StanceLexicon | None = None,
    people: frozenset[str] = frozenset(),
) -> list[BiasTag]:
    """Every pass over one text (the body or the headline), tags in order of their offsets into it.

    Hits of a lexicon entry marked ``withheld`` go to ``held`` instead, with the reason, and feed no other
    rule (no intensifier or one-sided tag rides on them)."""
    doc_text = doc.text
    # A verb of saying whose clause the quote layer left out (a document's "alleges that", "chanted that")
    # reports it as a belief verb's does; in a headline, which the quote layer does not read, every one.
    believing = lexicon.belief_verbs | lexicon.speech_verbs
    adverbs = lexicon.hearsay_adverbs
    cues = load_reporting_verbs(LEXICON_DIR)
    # Labels, and the views and statements of the older passes, as they were: inside them every word is
    # the holder's (a person noun's modifier included: the suffix test of _describes_a_person would take
    # "a petty *manner*" for a person).
    given = list(
        labelled(
            doc,
            quotes,
            labelling=lexicon.labelling_verbs | lexicon.as_labelling_verbs,
            likening=lexicon.likening_verbs,
            accusing=lexicon.accusing_verbs,
            naming=lexicon.naming_verbs,
            judging=lexicon.judging_verbs,
            topic=lexicon.topic_verbs,
            media=lexicon.medium_nouns,
        )
    )
    # bias25a: a label spoken ("called", "branded"), not a view ("saw it as"), outranks the speaker the quote
    # layer gave marked words inside it
    judging = {t.text for t in doc if t.lemma_.lower() in lexicon.judging_verbs}
    spoken_labels = [q for q in given if (q.verb or "") not in judging and _named_in_sentence(doc, q)]
    labels = [
        *given,
        *hearsay(
            doc,
            quotes,
            verbs=lexicon.passive_report_verbs,
            adverbs=adverbs,
            contested=lexicon.contested_report_verbs,
            modifiers=True,
        ),
        *owned_statements(doc, quotes, nouns=lexicon.statement_nouns, owners=lexicon.owner_verbs),
        *named_labels(doc, quotes, nouns=lexicon.labelling_nouns),
        *viewpoints(doc, quotes, nouns=lexicon.viewpoint_nouns, people=people),
        *semicolon_continued(doc, quotes, verbs=lexicon.speech_verbs),
        *believed(
            doc,
            quotes,
            verbs=believing,
            adjectives=lexicon.belief_adjectives,
            complements=lexicon.belief_verbs,
            fronted=field == "headline",
            people=people,
            hearers=cues.addressee_verbs,
        ),
    ]
    # A question, hearsay or a clause around an aside is reported speech like "X said (that) ...": the
    # writer's description of a person inside it stays the writer's.
    clauses = [
        *asked(
            doc,
            quotes,
            verbs=lexicon.question_verbs,
            requests=lexicon.request_verbs,
            promises=lexicon.promise_verbs,
            saying=lexicon.speech_verbs | lexicon.labelling_verbs | lexicon.as_labelling_verbs,
        ),
        *heard_evidence(doc, bodies=lexicon.hearing_bodies),
        *findings(doc, quotes, verbs=lexicon.finding_verbs, bodies=lexicon.finding_bodies),
        *hearsay(
            doc,
            quotes,
            verbs=lexicon.passive_report_verbs,
            adverbs=adverbs,
            contested=lexicon.contested_report_verbs,
        ),
        *asides(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *relative_reports(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *participle_reports(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
        *claimed(
            doc,
            quotes,
            cues=lexicon.sourcing_cues,
            people=people,
            documents=lexicon.claim_documents,
            media=lexicon.medium_nouns,
        ),
        *free_indirect(doc, quotes),
        *colon_statements(doc, quotes, nouns=lexicon.statement_nouns),
        *recounted(doc, quotes, verbs=lexicon.recounting_verbs),
        *denied(doc, quotes),
        *relative_holders(doc, quotes, verbs=lexicon.speech_verbs | lexicon.belief_verbs),
    ]
    headline = field == "headline"
    labellers = lexicon.labelling_verbs | lexicon.accusing_verbs
    # bias24c: the words on a sign are its holders', as a post is its poster's
    posts = [*social_posts(doc_text), *held_signs(doc, quotes, nouns=lexicon.sign_nouns)]
    posted = [
        *posts,
        *crowd_voices(doc, verbs=lexicon.speech_verbs),
        *(headline_quotes(doc_text) if headline else ()),
        *(headline_labellers(doc, verbs=labellers, feelings=lexicon.feeling_nouns) if headline else ()),
        *(
            headline_labels(
                doc, verbs=lexicon.labelling_verbs | lexicon.speech_verbs, hearers=cues.addressee_verbs
            )
            if headline
            else ()
        ),
    ]
    quotes = [
        *without_frames(doc, list(nested_speakers(doc, quotes, verbs=lexicon.speech_verbs))),
        *paragraph_quotes(doc_text),
        *block_quotes(doc, quotes, verbs=lexicon.speech_verbs),
        *colon_speakers(doc, nouns=lexicon.statement_nouns, people=people),
        *(
            headline_credits(doc, nouns=lexicon.statement_nouns, people=people, verbs=lexicon.speech_verbs)
            if headline
            else ()
        ),
        *interview_answers(doc, quotes),
        *interview_paragraphs(doc),
        *signed_comments(doc_text),
        *unsigned_comments(doc_text),
    ]
    # issue 12 (voice21): a consequence the writer tacks on after a reported clause is the writer's,
    # whichever reader found the clause
    # voice28: and so is what the writer says the speaker passed over ("..., conveniently ignoring the cost")
    consequences = cues.consequence_participles | cues.omission_participles

    def without_tails(spans: Sequence[Quote]) -> list[Quote]:
        return list(without_writers_tails(doc, spans, participles=consequences, media=lexicon.medium_nouns))

    labelling_or_saying = lexicon.labelling_verbs | lexicon.as_labelling_verbs | lexicon.speech_verbs
    voices = _VoiceMap(
        view.quote_spans,
        without_tails(quotes),
        sourcing=lexicon.sourcing_cues,
        labels=[*without_tails(labels), *posted],
        given=without_tails(spoken_labels),
        spoken=lexicon.unnamed_speech_cues,
        clauses=without_tails(clauses),
        posts=posts,
        own=list(writers_reports(doc, verbs=labelling_or_saying)),
        asked=interviewer_turns(doc),
    )
    bounds = view.token_sentences()
    sentences = list(view.sentences)
    tags: list[BiasTag] = []
    own_held: list[BiasTag] = []
    found: list[tuple[LexiconMatch, _Attribution]] = []
    keys = token_keys(doc)
    # Every withheld hit is kept here, the caller's list or not: a compound the story owns ("stars as a
    # gun-toting grandmother") is no epithet either.
    held_back: list[Vetoed] = vetoed if vetoed is not None else []
    mark = len(held_back)
    # r2b25: a headline's single marks quote someone directly, as double marks do in the body
    marked = list(headline_quotes(doc_text)) if headline else []
    matches = list(_find(doc, doc_text, bounds, lexicon, keys, held_back, _direct_quote(doc, voices, marked)))
    borne = _doubt_borne_elsewhere(doc, matches, lexicon.truth_verdicts, lexicon.truth_grounds)
    held_back.extend(Vetoed("doubled", m.entry.id, m.start, m.end, field) for m in borne)
    # r2b24: "Neighbours told how the brazen *crook* had knocked": an epithet the writer refers to a person by
    epithets = _epithet_nouns(lexicon)
    for m in (m for m in matches if m not in borne):
        entry = m.entry
        last = doc[m.end - 1]
        start, end = doc[m.start].idx, last.idx + len(last)
        text = doc_text[start:end]
        attribution = voices.at(start)
        writers = (
            attribution.indirect
            and not attribution.label
            and (
                _writers_aside(doc[m.start], persons, reporting=labelling_or_saying)
                or _referring_epithet(doc[m.start], epithets)
                or _referring_epithet(doc[m.start].head, epithets, modifier=doc[m.start])
            )
        )
        writers = writers or (
            attribution.indirect
            and entry.category == "epistemic-doubt"
            and (
                _own_claim_reported(doc[m.start], lexicon.speech_verbs)
                or (attribution.speaker is None and _holder_introduced(doc[m.start], lexicon.speech_verbs))
            )
        )
        writers = writers or (
            attribution.indirect and not attribution.label and _writers_referent(doc[m.start], voices)
        )
        writers = writers or (
            attribution.indirect
            and not attribution.label
            and entry.category == "label"
            and _label_on_a_person(last, people)
        )
        if writers:
            attribution = _AUTHOR
        negator = _negator(doc, m.start, bounds[m.start][0], lexicon)
        if negator and attribution.voice == "author" and entry.category == "label" and last.dep_ == "attr":
            # r2b25: "they are not extremists but ...": the writer denies the label, applies it to no one
            held_back.append(Vetoed("denied", entry.id, m.start, m.end, field))
            continue
        template = entry.reason or lexicon.categories[entry.category].reason
        reason = template.format(who=_who(attribution), text=text)
        if writers:
            reason += "; the writer's description or aside inside reported speech, not the speaker's words"
        rule = entry.id
        if m.via is not None:
            base, suffix = m.via
            reason += f"; the -{suffix} form of '{base}'"
            rule = f"{entry.id}+{suffix}"
        if attribution.indirect:
            reason += f"; in reported speech (paraphrased by the author), so it weighs {INDIRECT_FACTOR:g}"
        if negator:
            reason += f"; negated by '{negator}', so it weighs half"
        if entry.notes:
            reason += f" ({entry.notes})"
        # bp29: "so-called" on the given name of a law, bill or programme is explained and withheld, the same
        # way in every sentence: the sentence model split such sentences, and BABE's annotators on the
        # unstudied half did not read it as bias
        held_name = (
            entry.context is not None
            and entry.context.names_term
            and so_called_name(doc, start, end, lexicon)
        )
        if entry.withheld:
            reason += f"; {WITHHELD_RULE}"
        elif held_name:
            reason += f"; {NAME_DISTANCE_HELD}"
        else:
            found.append((m, attribution))
        (own_held if entry.withheld or held_name else tags).append(
            BiasTag(
                text=text,
                start=start,
                end=end,
                category=entry.category,
                voice=attribution.voice,
                speaker=attribution.speaker,
                reason=reason,
                rule=rule,
                weight=_weight(
                    entry.severity, attribution.voice, negator is not None, indirect=attribution.indirect
                ),
                neutral=entry.neutral,
                severity=entry.severity,
                negated=negator is not None,
                reported=attribution.indirect,
                lemma=m.via[0] if m.via is not None else entry.term,
            )
        )
    # ``tags`` holds exactly the lexicon tags of ``found`` so far, in the same order.
    for k, because in _one_sided(doc, keys, found, voices, lexicon=lexicon):
        tags[k] = tags[k].model_copy(update={"reason": tags[k].reason + because, "one_sided": True})
    tags.extend(_intensified(doc, keys, found, lexicon=lexicon))
    story = [(v.start, v.end) for v in held_back[mark:] if v.sense == "fiction"]
    tags.extend(_epithets(doc, keys, found, voices, lexicon=lexicon, story=story))
    vetoed_here = [(v.start, v.end) for v in held_back[mark:]]
    tags.extend(_verdict_slots(doc, found, voices, lexicon=lexicon, vetoed=vetoed_here))
    tags.extend(_scare_quotes(doc, voices, sentences, lexicon=lexicon))
    if headline:
        # marks27: a headline's single marks quote someone only where the headline or the story says who;
        # :func:`tag_bias` then drops the marks the body shows to be a source's words
        plain = _VoiceMap(
            (),
            without_tails(quotes),
            sourcing=lexicon.sourcing_cues,
            labels=[*without_tails(labels), *(q for q in posted if q not in marked)],
            clauses=without_tails(clauses),
            posts=posts,
        )
        desk = [(q.start, q.end) for q in marked if plain.at(q.start).voice == "author"]
        tags.extend(_scare_quotes(doc, voices, sentences, lexicon=lexicon, marks=desk))
    if stance is not None and field == "body":
        tags.extend(_stance_tags(doc, voices, stance, lexicon.people_subjects))
    tags.sort(key=lambda t: (t.start, t.end))
    if field != "body":
        written = doc.user_data.get("wl_text", doc_text)  # a headline parsed in sentence case
        tags = [t.model_copy(update={"field": field, "text": written[t.start : t.end]}) for t in tags]
        own_held = [t.model_copy(update={"field": field, "text": written[t.start : t.end]}) for t in own_held]
    held.extend(own_held)
    return tags


def _felt_by_person(tok: Token) -> bool:
    """Whether an adjective or participle of feeling is said of a person the entity tagger names: as the
    name's modifier or as the predicate of a clause whose subject is the name (a headline's tagger may take
    the name for a place: any proper noun counts there)."""
    if tok.pos_ != "ADJ" and tok.tag_ != "VBN":
        return False
    if tok.dep_ == "amod":
        after = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
        named = tok.head.ent_type_ == "PERSON" or (tok.head.pos_ == "PROPN" and tok.head.ent_type_ != "ORG")
        return named or after.ent_type_ == "PERSON"  # "furious Brady slams": a headline's verb read as a noun
    if tok.dep_ in ("acomp", "ROOT"):
        verb = tok.head if tok.dep_ == "acomp" else tok
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)
    return False


def _direct_quote(doc: Doc, voices: _VoiceMap, marked: Sequence[Quote] = ()) -> Callable[[int], bool]:
    """Whether token ``i`` lies in a direct quotation (quote marks: a speaker's words, or ``marked``: a
    headline's words in single marks) or in the label a named speaker gave ("Falco called the decision *a
    joke*"), not other reported speech."""

    def quoted(i: int) -> bool:
        if any(q.start <= doc[i].idx < q.end for q in marked):
            return True
        attribution = voices.at(doc[i].idx)
        given = attribution.label and attribution.speaker is not None  # r2b26: a label is the giver's verdict
        return attribution.voice == "quoted" and (not attribution.indirect or given)

    return quoted


def _doubt_borne_elsewhere(
    doc: Doc,
    matches: Sequence[LexiconMatch],
    verdicts: frozenset[str] = frozenset(),
    grounds: frozenset[str] = frozenset(),
) -> list[LexiconMatch]:
    """Doubt nouns whose doubt a verb hit already carries: in "the *claims* had been debunked" and "experts
    dismissed the *claims*" the verb rules the statements false, and "claims" is only the name of what it
    judges; one doubt, one tag (fresh12). A doubting modifier does not take the noun's doubt: annotators
    mark both words of "dubious claims"."""
    doubt = [m for m in matches if m.entry.category == "epistemic-doubt"]
    words = {k for m in doubt for k in range(m.start, m.end)}
    borne = []
    for m in doubt:
        noun = doc[m.end - 1]
        if m.end - m.start != 1 or noun.pos_ != "NOUN":
            continue
        judged = noun.dep_ in _JUDGED_DEPS and noun.head.pos_ == "VERB" and noun.head.i in words
        if judged or _ruled_true_or_false(noun, verdicts) or _ruled_groundless(noun, grounds):
            borne.append(m)
    return borne


def _ruled_true_or_false(noun: Token, verdicts: frozenset[str]) -> bool:
    """scope22: whether a doubt noun is the subject of "be" with a verdict on its truth ("the claim was
    false", "the allegations are untrue"): the verdict is the doubt; the noun only names what it judges."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return False
    return any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in verdicts for c in head.children)


def _ruled_groundless(noun: Token, grounds: frozenset[str]) -> bool:
    """r2b24: whether a doubt noun is the subject of a ruling that it has no ground ("the claim had no
    basis", "the claims lack merit"): the ruling is the doubt; the noun only names what it judges."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.lemma_.lower() not in ("have", "lack"):
        return False
    negated = head.lemma_.lower() == "lack" or any(c.dep_ == "neg" for c in head.children)
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in grounds):
        if negated or any(c.lower_ == "no" for c in obj.children):
            return True
    return False


# A noun a verb judges: "the claims were *debunked*", "experts *dismissed* the claims".
_JUDGED_DEPS = frozenset({"nsubjpass", "dobj"})


def _sentence_scores(
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    tags: Sequence[BiasTag],
    *,
    threshold: float,
    author_threshold: float,
) -> list[SentenceScore]:
    char_starts = [doc[s].idx for s, _ in sentences]
    totals = [0.0] * len(sentences)
    authors = [0.0] * len(sentences)
    for tag in tags:
        k = max(0, bisect.bisect_right(char_starts, tag.start) - 1)
        totals[k] += tag.weight
        if tag.voice == "author":
            authors[k] += tag.weight
    out = []
    for (s, e), total, author in zip(sentences, totals, authors, strict=True):
        last = doc[e - 1]
        while last.is_space and last.i > s:
            last = doc[last.i - 1]
        out.append(
            SentenceScore(
                start=doc[s].idx,
                end=last.idx + len(last),
                score=round(total, 3),
                biased=total >= threshold or author >= author_threshold,
                author_score=round(author, 3),
            )
        )
    return out


def _words(doc: Doc | None) -> int:
    if doc is None or not len(doc):
        return 0
    flags = doc.to_array([IS_PUNCT, IS_SPACE])
    return int((flags.sum(axis=1) == 0).sum())


def _article_scores(doc: Doc, tags: Sequence[BiasTag], headline: Doc | None) -> dict[str, float]:
    words = max(1, _words(doc) + _words(headline))
    author = sum(t.weight for t in tags if t.voice == "author")
    quoted = sum(t.weight for t in tags if t.voice == "quoted")
    per = 1000.0 / words
    return {
        "score": round((author + quoted) * per, 3),
        "author_score": round(author * per, 3),
        "quoted_score": round(quoted * per, 3),
    }
