"""What the sense passes read: each token's lexicon keys, the article's topics and report genre, the
passes' shared state (the root part of :class:`tasks.bias.senses._Senses`), and the record of a vetoed hit
(:class:`Vetoed`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from spacy.attrs import IS_ALPHA, LEMMA, LOWER
from spacy.tokens import Doc, Token

from tasks.article_view import article_view
from tasks.lexicon import POSSESSIVE_SLOT, SLOTS, BiasLexicon, term_words
from tasks.models import TextField
from tasks.quote_context import SCORELINE

_NOUNS = frozenset({"NOUN", "PROPN"})


class Vetoed(NamedTuple):
    """A lexicon hit a sense pass withheld: which pass, which rule, where (token span) and in which field."""

    sense: str
    rule: str
    start: int
    end: int
    field: TextField = "body"


def _keys(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


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


def _words_at(doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: Sequence[str]) -> bool:
    """Whether ``words`` match the tokens from ``start`` on: each by lemma or lower-case text, or a slot's
    kind."""
    return start + len(words) <= len(doc) and all(
        w in keys[start + k] or (w in SLOTS and _fills(doc[start + k], w)) for k, w in enumerate(words)
    )


def _fills(token: Token, slot: str) -> bool:
    """Whether a token fills an idiom's slot: ``one's`` a possessive pronoun ("dug *his* heels in"),
    ``oneself`` a reflexive one ("shot *themselves* in the foot")."""
    if slot == POSSESSIVE_SLOT:
        return token.tag_ == "PRP$"
    return token.tag_ == "PRP" and token.lower_.endswith(("self", "selves"))


class _SenseContext:
    """What every sense pass reads: the article, the lexicon, the caller's record, caches."""

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


_PEOPLE_ENTS = frozenset({"PERSON", "NORP", "GPE", "ORG"})
_DEFINITE = frozenset({"the", "this", "that"})
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


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
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


_PRENOMINAL_DEPS = frozenset({"amod", "compound", "nmod", "nn"})


_PERSON_SUFFIXES = ("er", "or", "ist", "ian")


_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def measure_name(noun: Token, lexicon: BiasLexicon) -> bool:
    """bp29: whether a noun is the capitalised name of a law, bill or programme: a LAW entity, or a title-case
    head among ``measure_nouns`` ("the One Big Beautiful Bill", "the Stop and Frisk Program"). Its sponsors
    gave the name, so "so-called" before it introduces no term; it marks the name as theirs."""
    if noun.ent_type_ == "LAW":
        return True
    return noun.is_title and not lexicon.measure_nouns.isdisjoint(_keys(noun))
