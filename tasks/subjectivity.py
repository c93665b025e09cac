"""Sentence subjectivity: a small logistic model that gates author-voice tags and scores the article.

The model gives each sentence a probability that the writer states an opinion in it (NewsSD-ENG's
"subjective"), from what the analysis already has: the bias tags and their voice, a few parse features and
hashed word n-grams. Its weights and provenance live in ``config/models/subjectivity.json``, written by
``bench/train_subjectivity.py``. :func:`apply_subjectivity` is the one place it acts on a result.
"""

from __future__ import annotations

import bisect
import itertools
import json
import math
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LIKE_NUM,
    LOWER,
    ORTH,
    POS,
    TAG,
)
from spacy.tokens import Doc, Token

from config.settings import SUBJECTIVITY_MODEL as MODEL_PATH
from tasks.article_view import ArticleView, article_view
from tasks.bias import AUTHOR_THRESHOLD, BIASED_THRESHOLD, SCARE_QUOTE_RULE, report_genre
from tasks.bias.scare_quotes import INDIRECT_MARKS_HELD
from tasks.bias.tagging import WITHHELD_RULE
from tasks.lexicon import BiasLexicon, term_words
from tasks.models import BiasResult, BiasTag, Quote, SentenceScore
from tasks.stance import RULE_PREFIX as STANCE_RULE_PREFIX

PER_WORDS = 1000  # article scores are weights per 1,000 words
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
QUOTE_MARKS = frozenset('"“”«»')
MODEL_TAG_RULE = "subjectivity-model"
CANDIDATE_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN"})  # word classes a model tag may ever fall on
MODEL_TAG_CATEGORY = "opinion"  # a category of the bias lexicon (its reason template and severity)
# Figurative multiword expressions ("took a swipe at", "tug of war", "wasted no time", "so-called", "all too")
# are loaded by their form: no literal sense of the whole phrase reads as plain reporting, yet the sentence
# model, which sees single words and pairs, rates their sentences as objective. Their hits pass the gate one
# severity level up. Labels and accusations are left out: many multiword ones are the names of things
# ("illegal immigrant", "war crime"); so are hedges and weasel phrases, which wire copy uses as attribution.
IDIOM_CATEGORIES = frozenset(
    {"loaded", "sensational", "emotive", "intensifier", "epistemic-doubt", "assertive", "factive"}
)
# A sensational verb said of people ("the senator *slammed* the plan", "critics *blasted* her") is a verb of
# attack used for speech: the writer's figure for what someone said, a choice the sentence model, trained on
# few such verbs, does not weigh. Its hits pass the gate one severity level up, like an idiom's. Said of
# things ("shares plummeted", "the storm blasted the coast") it stays at its own level.
SPEECH_FIGURE_CATEGORIES = frozenset({"sensational"})
# The writer's verb for how a person spoke ("the host *scoffed*", "Cowan *hailed* the deal", "the mayor
# *quipped*"), a manner adverb on a verb of saying ("said *stiffly*", "*vigorously* denied") and how a person
# sounded ("the senator sounded *aggrieved*", basil4) tell the reader how to take the speaker. The sentence
# model reads a sentence built around a quotation as reporting, which it is, yet the verb or the adverb is the
# writer's choice (basil2). Such a hit passes the gate two
# severity levels up. Doubt-casting, factive and assertive verbs ("claimed", "revealed", "asserted",
# "complained") are left out: wire copy uses them for any contested, disclosed or firmly made statement,
# and NewsSD's annotators read such sentences as objective (with them in, 2 more objective NewsSD sentences
# were tagged for 2 more BASIL spans on the unstudied halves).
SPEECH_MANNER_CATEGORIES = frozenset({"sensational", "loaded", "intensifier"})
# The writer's doubt on a named actor's paraphrased statement (babe22): a doubt-casting verb of saying whose
# subject names a person, a party or an organisation and which reports in the writer's words what was said
# ("Senator Hale *claimed* (that) the plan pays for itself", "Democrats who *claim* to speak for everyone",
# "Hale vetoed it, *claiming* the vote was rigged") is the writer's choice of verb for words the writer also
# chose; like an idiom, it passes the gate one severity level up. Beside a quotation ('"It is safe," the maker
# claimed'), with a thing, a pronoun or a state for its subject ("posts claim ...", "Kyiv claimed to have
# retaken ...") it stays at its own level: wire style. Two levels up (as a speech manner) it found more BABE
# words on both halves but tagged one more objective NewsSD sentence on the unstudied half. attack30: a person
# or a group named by a noun of people ("the mayor", "witnesses") is an actor too, so one use is read one way.
PARAPHRASE_DOUBT_CATEGORIES = frozenset({"epistemic-doubt"})
# "alleged" is also the required caution of crime and court reporting (its lexicon note), not doubt
PARAPHRASE_DOUBT_CAUTION = frozenset({"allege"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})  # "who", "that" opening a relative clause
# An assertive adverb on a verb of saying ("the senator *clearly* says", "she *plainly* told them") is the
# writer vouching for what was said, a manner of the report the sentence model reads as reporting (basil22).
# Only the adverb: the assertive verbs themselves ("asserted", "complained") stay wire style, as above.
SPEECH_VOUCH_CATEGORIES = frozenset({"assertive"})
# The writer's register (basil4): a sentence that reads as plain reporting in isolation is weaker evidence in
# an article whose writer passes clear judgements elsewhere. Where the author-voice tags of severity 2 or more
# that the gate keeps in OTHER sentences number at least REGISTER_MIN_TAGS and REGISTER_RATE per 1,000 words,
# a mild loaded, emotive, intensifying or sensational word is read one severity level up ("the backlash has
# been *ferocious*" in a column that has already called a plan "*reckless*" and "*shameful*"). Other
# sentences only: a one-sentence text is judged as before, and a straight report, which rarely has three clear
# judgements, keeps its gate (two let a box-office report's "*blockbuster*" through). Factive and hedging
# words stay with their sentence: wire style in any register.
REGISTER_CATEGORIES = frozenset({"loaded", "emotive", "intensifier", "sensational"})
# gate29: the writer's distance and vouching in the same editorial register (:func:`_editorial_register`).
# In a column, a booster ("*obviously*", "*of course*"), a doubting verb of saying ("the mayor *insists*",
# "she *claims*"), "*so-called*" and a scare quote (the "experts" it cites) are the writer's own stance even
# in a sentence that reads as reporting; in straight news they are wire style (a firmly made statement, a
# term in marks) and stay with their sentence. In the register they pass the gate one severity level up,
# and an "insist" the lexicon withholds from straight news (WITHHELD_RULE) is released, and so are marks on
# one word inside an institution's paraphrased speech ("the agency says it ran a "review""), which the
# tagger holds back as possibly the institution's own word (INDIRECT_MARKS_HELD).
REGISTER_VOICE_CATEGORIES = frozenset({"assertive", "epistemic-doubt", "scare-quote"})
# tab30: hearsay with no source ("it is understood that", "sources close to", "is said to": weasel entries the
# lexicon marks withheld) and a hearsay adverb (``hearsay_adverbs``: "*reportedly* splashed out") are, in the
# same register, the writer's insinuation, what a tabloid or a column cannot stand up; in straight news they
# are how wire and BBC copy relay unattributed briefings. The register releases the withheld phrases like
# "insist" and reads a hearsay adverb one level up like a booster. The other weasel entries ("critics
# claimed") stay with their sentence: a column cites its opponents too.
REGISTER_RELEASED_CATEGORIES = frozenset({"weasel"})
REGISTER_HEARSAY_CATEGORY = "hedge"
# The writer's label for a person beside reported speech (basil20): in a sentence that holds someone's
# words, an evaluative adjective on a named person or group outside those words ('"We will appeal," the
# *embattled* mayor said', 'The *bitter* senator said the vote was "a betrayal"') is the writer's
# characterisation of that person, not part of the report. The sentence model reads such a sentence by what
# it reports, plainly, and withheld the label; like the manner of a speech, it passes the gate two severity
# levels up. Labels and accusations are left out: they name ("far-right", "illegal immigrant");
# so are doubt, hedge and assertion words, which are wire style.
PERSON_LABEL_CATEGORIES = frozenset({"loaded", "emotive", "intensifier", "sensational"})
_LABELLED_ENTS = frozenset({"PERSON", "ORG", "NORP"})
# The writer's grading of a person's own act or quality (bias24a): an evaluative adjective on a noun a
# person owns ("Brat celebrated *his stunning* victory", "*her bizarre* remarks", "Hale's *reckless* plan")
# judges the person through the deed, as a label on the person does; the sentence model reads the sentence
# by the event it tells. Such a hit passes the gate one severity level up. An organisation's or a thing's
# ("its dramatic fall in profits") stays at its own level: a company's results are what business copy grades.
OWNED_DEED_CATEGORIES = frozenset({"loaded", "emotive", "intensifier", "sensational"})
_OWNER_PRONOUNS = frozenset({"his", "her", "their"})
REGISTER_MIN_TAGS = 3
REGISTER_RATE = 5.0
# bias24d: a mild author-voice word the gate withholds from the tags still leans its sentence when the model
# puts the sentence close under the gate's bar: at NEAR_BAR_SHARE of it or more (a severity-1 word at 0.40 of
# a 0.59 bar). The word stays withheld (too weak alone to show a reader as the writer's stance), but the two
# signals together, a loaded word and a reading that is not plainly reporting, make the sentence `biased`.
NEAR_BAR_SHARE = 2 / 3
_PEOPLE_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent"})
_MANNER_DEPS = frozenset({"advmod", "ccomp", "xcomp", "acomp", "oprd"})


class Candidate(NamedTuple):
    """A word of the writer's that a model tag may fall on, with what the model reads of it."""

    token: int  # its index in the doc
    pos: str  # coarse POS; a modal verb is "MD"
    tag: str  # fine POS (JJS: a superlative)
    lemma: str
    key: str  # its unigram n-gram key
    intensifier: bool


def token_weight(slopes: dict[str, float], unigram: float, c: Candidate, words: int) -> float:
    """How much one word adds to its sentence's linear score: its own unigram weight and its share of the
    dense features it makes (an adjective its part of the adjective ratio, a modal one modal, ...)."""
    w = unigram
    if c.tag.startswith("JJ"):
        w += slopes.get("adjective_ratio", 0.0) / max(1, words)
    elif c.tag.startswith("RB"):
        w += slopes.get("adverb_ratio", 0.0) / max(1, words)
    if c.tag in ("JJS", "RBS"):
        w += slopes.get("superlative", 0.0)
    elif c.tag in ("JJR", "RBR"):
        w += slopes.get("comparative", 0.0)
    if c.tag == "MD":
        w += slopes.get("modal", 0.0)
    if c.intensifier:
        w += slopes.get("intensifier", 0.0)
    return w


class SentenceFeatures(NamedTuple):
    """What the model reads of one sentence: named dense features and the word n-grams to hash."""

    start: int  # token span [start, end) in the doc
    end: int
    words: int
    dense: dict[str, float]
    grams: list[str]
    # The writer's own words the model may tag (no name, number, entity, negation, nothing inside quotes or
    # reported speech).
    candidates: tuple[Candidate, ...] = ()


class ModelTag(BaseModel):
    """When the model may tag a word itself: a sentence it reads as the writer's opinion with no author-voice
    tag kept gets one on the evaluative word that weighs most toward that reading.

    Without such a tag the sentence counts as reporting wherever a tag is the evidence (the article scores, a
    reader scanning the tags), though the model is confident it is not.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float = Field(gt=0.0, le=1.0, description="sentence probability from which the model tags")
    pos: frozenset[str] = Field(description="coarse POS a tagged word may have (evaluative word classes)")
    min_weight: float = Field(ge=0.0, description="the word's own n-gram weight must exceed this")
    never: frozenset[str] = Field(
        default=frozenset(), description="lemmas of those classes that carry no evaluation (also, other)"
    )


class SubjectivityModel(BaseModel):
    """Logistic regression over standardised dense features and hashed n-gram presence.

    ``gate`` decides which author-voice tags are withheld; its thresholds were chosen by cross-validation when
    the model was trained (see ``metrics``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    provenance: dict[str, Any]
    metrics: dict[str, Any] = Field(default_factory=dict)
    intercept: float
    dense: dict[str, tuple[float, float, float]] = Field(description="name -> (mean, scale, weight)")
    buckets: int = Field(ge=1)
    hashed: list[float]
    gate: dict[int, float] = Field(
        description="severity -> threshold: an author-voice tag of that severity is withheld when its "
        "sentence's probability is below the threshold; severities not listed are never withheld"
    )

    tag: ModelTag | None = Field(default=None, description="absent: the model never tags a word itself")
    char_grams: tuple[int, ...] = Field(
        default=(),
        description="lengths of the character n-grams of each word key also hashed (:func:`char_grams`); "
        "empty: word n-grams only",
    )

    _base: float = PrivateAttr(default=0.0)
    _slopes: dict[str, float] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: Any, /) -> None:
        # weight * (value - mean) / scale, summed over every feature (a feature a sentence lacks is 0, not
        # skipped): the means fold into one constant, so only the features present need a lookup.
        self._slopes = {name: w / scale for name, (_, scale, w) in self.dense.items()}
        self._base = self.intercept - sum(w * mean / scale for mean, scale, w in self.dense.values())

    def probability(self, features: SentenceFeatures) -> float:
        """P(the writer states an opinion in the sentence), the logistic of the linear score."""
        slopes = self._slopes
        z = self._base + sum(slopes.get(name, 0.0) * value for name, value in features.dense.items())
        grams = with_char_grams(features.grams, self.char_grams)
        z += sum(self.hashed[b] for b in set(gram_buckets(grams, self.buckets)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def unigram_weight(self, c: Candidate) -> float:
        """The weight of the word's own unigram."""
        return self.hashed[gram_buckets([f"1:{c.key}"], self.buckets)[0]]

    def word_weight(self, c: Candidate, words: int) -> float:
        """What the word adds to its sentence's linear score (:func:`token_weight`)."""
        return token_weight(self._slopes, self.unigram_weight(c), c, words)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_PATH) -> SubjectivityModel:
    """The model file, validated once per process (cached: a new file is seen by a new process)."""
    return SubjectivityModel.model_validate(json.loads(path.read_text(encoding="utf-8")))


def gram_buckets(grams: Sequence[str], buckets: int) -> list[int]:
    """Stable bucket of each n-gram (crc32: the same in every process, unlike ``hash``)."""
    return [zlib.crc32(g.encode("utf-8")) % buckets for g in grams]


def with_char_grams(grams: Sequence[str], lengths: Sequence[int]) -> list[str]:
    """The word n-grams and the character n-grams of ``lengths`` of each word key ("c3:^ca", "c3:cal", ...;
    bias25b). A word the model never saw shares its pieces with words it did ("reckless", "heedless"): an
    evaluative suffix or stem counts where the word itself is too rare in 830 sentences to weigh."""
    if not lengths:
        return list(grams)
    out = list(grams)
    for g in grams:
        if not g.startswith("1:") or g.startswith("1:<"):
            continue  # names and numbers stand for their class
        w = f"^{g[2:]}$"
        out += [f"c{n}:{w[i : i + n]}" for n in lengths for i in range(len(w) - n + 1)]
    return out


def _word_key(lemma: str, pos: str, like_num: bool) -> str:
    # Names and numbers stand for their class: the model should learn how news speaks, not what it is about.
    if pos == "PROPN":
        return "<name>"
    if like_num or pos == "NUM":
        return "<num>"
    return lemma


class _Tokens(NamedTuple):
    """Per-token columns of a doc, read once from its arrays (a spaCy ``Token`` per access is slow)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    tag: list[str]
    pos: list[str]
    dep: list[str]
    like_num: list[bool]
    entity: list[bool]
    space: list[bool]
    punct: list[bool]
    idx: list[int]
    ent_type: list[str]
    head: list[int]  # the index of each token's syntactic head (a root is its own head)


_COLUMNS = [ORTH, LOWER, LEMMA, TAG, POS, DEP, LIKE_NUM, ENT_TYPE, IS_SPACE, IS_PUNCT, IDX, HEAD]


def _tokens(doc: Doc) -> _Tokens:
    arr = doc.to_array(_COLUMNS)
    strings = doc.vocab.strings

    def names(j: int) -> list[str]:
        # Each distinct string is looked up once: a column has far fewer distinct values than tokens.
        unique, inverse = np.unique(arr[:, j], return_inverse=True)
        found = [strings[int(k)] for k in unique]
        return [found[k] for k in inverse.ravel().tolist()]

    def flags(j: int) -> list[bool]:
        return [bool(k) for k in arr[:, j].tolist()]

    return _Tokens(
        names(0),
        names(1),
        [x.lower() for x in names(2)],
        names(3),
        names(4),
        names(5),
        flags(6),
        flags(7),
        flags(8),
        flags(9),
        [int(k) for k in arr[:, 10].tolist()],
        names(7),
        # HEAD is stored as an offset from the token, as an unsigned array: view it signed
        [i + int(k) for i, k in enumerate(arr[:, 11].astype(np.int64).tolist())],
    )


def sentence_features(
    doc: Doc,
    tags: Sequence[BiasTag],
    quotes: Sequence[Quote],
    *,
    lexicon: BiasLexicon,
    view: ArticleView | None = None,
) -> list[SentenceFeatures]:
    """The features of every sentence of a parsed article, in order.

    Args:
        doc: A parsed article.
        tags: Its bias tags before any gate (:func:`tasks.bias.tag_bias`).
        quotes: Extractor quotes; with quote-mark spans they tell which words are someone else's.
        lexicon: Supplies the intensifier and speech-verb word lists.
        view: The doc's shared view; by default the one cached on ``doc``.
    """
    return _features(doc, tags, quotes, lexicon, view)[0]


def _features(
    doc: Doc,
    tags: Sequence[BiasTag],
    quotes: Sequence[Quote],
    lexicon: BiasLexicon,
    view: ArticleView | None = None,
) -> tuple[list[SentenceFeatures], _Tokens, list[bool]]:
    """The sentences' features, the token columns they were read from, and per character of the text
    whether it is inside someone else's words (a quote, quote marks)."""
    view = view or article_view(doc)
    text = view.text
    toks = _tokens(doc)
    bounds = view.sentences
    starts = [toks.idx[s] for s, _ in bounds]
    per_sentence: list[list[BiasTag]] = [[] for _ in bounds]
    for tag in tags:
        if _field(tag) == "body" and bounds:
            per_sentence[max(0, bisect.bisect_right(starts, tag.start) - 1)].append(tag)
    quoted = [0] * (len(text) + 1)  # difference array over characters inside a quote or quote marks
    for s, e in [*view.quote_spans, *((q.start, q.end) for q in quotes)]:
        quoted[max(0, min(len(text), s))] += 1
        quoted[max(0, min(len(text), e))] -= 1
    inside = [run > 0 for run in itertools.accumulate(quoted[:-1])]
    feats = [
        _one_sentence(toks, s, e, own, inside, lexicon)
        for (s, e), own in zip(bounds, per_sentence, strict=True)
    ]
    return feats, toks, inside


def _one_sentence(
    toks: _Tokens, s: int, e: int, tags: Sequence[BiasTag], inside: Sequence[bool], lexicon: BiasLexicon
) -> SentenceFeatures:
    every = [i for i in range(s, e) if not toks.space[i]]
    words = [i for i in every if not toks.punct[i]]
    n = max(1, len(words))
    outside = [i for i in words if not inside[toks.idx[i]]]
    tag_ = [toks.tag[i] for i in words]
    lower, pos = toks.lower, toks.pos
    # Stance tags (tasks.stance) are forms, not words: they count apart, as "stance:<kind>", so that a model
    # trained without them reads the lexicon's tags as it was trained to and ignores the stance features.
    forms = [t for t in tags if t.rule.startswith(STANCE_RULE_PREFIX)]
    tags = [t for t in tags if not t.rule.startswith(STANCE_RULE_PREFIX)]
    author = [t for t in tags if t.voice == "author"]
    severities = [_severity(t) for t in author]
    dense: dict[str, float] = {
        "words": math.log1p(len(words)),
        "author_tags": math.log1p(len(author)),
        "author_weight": sum(t.weight for t in author),
        "author_max_severity": max(severities, default=0),
        **{f"author_severity_{k}": float(severities.count(k)) for k in (1, 2, 3)},
        "quoted_tags": math.log1p(len(tags) - len(author)),
        "quote_share": sum(1 for i in words if inside[toks.idx[i]]) / n,
        "quote_mark": float(any(toks.text[i] in QUOTE_MARKS for i in every)),
        "modal": float(sum(1 for i in outside if toks.tag[i] == "MD")),
        "adverb_ratio": sum(1 for x in tag_ if x.startswith("RB")) / n,
        "adjective_ratio": sum(1 for x in tag_ if x.startswith("JJ")) / n,
        "first_person": float(sum(1 for i in outside if lower[i] in FIRST_PERSON)),
        "second_person": float(sum(1 for i in outside if lower[i] in SECOND_PERSON)),
        "intensifier": float(sum(1 for i in words if lower[i] in lexicon.intensifiers)),
        "comparative": float(sum(1 for x in tag_ if x in ("JJR", "RBR"))),
        "superlative": float(sum(1 for x in tag_ if x in ("JJS", "RBS"))),
        "exclamation": float(any(toks.text[i] == "!" for i in every)),
        "question": float(any(toks.text[i] == "?" for i in every)),
        "number_ratio": sum(1 for i in words if toks.like_num[i] or pos[i] == "NUM") / n,
        "name_ratio": sum(1 for i in words if pos[i] == "PROPN") / n,
        "entity_ratio": sum(1 for i in words if toks.entity[i]) / n,
        "speech_verb": float(any(toks.lemma[i] in lexicon.speech_verbs for i in words)),
        "negation": float(sum(1 for i in words if toks.dep[i] == "neg")),
        **_parse_features(toks, every, words),
    }
    for tag in author:
        key = f"author:{tag.category}"
        dense[key] = dense.get(key, 0.0) + 1.0
    for tag in forms:
        key = f"stance:{tag.category}"
        dense[key] = dense.get(key, 0.0) + 1.0
    intensifiers = lexicon.intensifiers
    keys = [_word_key(toks.lemma[i], pos[i], toks.like_num[i]) for i in words]
    grams = [f"1:{k}" for k in keys] + [f"2:{a} {b}" for a, b in itertools.pairwise(keys)]
    candidates = tuple(
        Candidate(
            i,
            "MD" if toks.tag[i] == "MD" else pos[i],
            toks.tag[i],
            toks.lemma[i],
            k,
            lower[i] in intensifiers,
        )
        for i, k in zip(words, keys, strict=True)
        if (pos[i] in CANDIDATE_POS or toks.tag[i] == "MD")
        and not toks.entity[i]
        and not toks.like_num[i]
        and not inside[toks.idx[i]]
        and toks.dep[i] != "neg"
        and toks.text[i].isalpha()
    )
    return SentenceFeatures(s, e, len(words), dense, grams, candidates)


def _parse_features(toks: _Tokens, every: Sequence[int], words: Sequence[int]) -> dict[str, float]:
    """Where the sentence's evaluation sits in its parse: an adjective predicated of a person ("the mayor
    was reckless") or attached to a name, a degree adverb on an adjective ("deeply flawed"), an imperative
    root, a copular root (a sentence that characterises rather than narrates), an opening quote mark (a
    sentence that is someone else's words)."""
    children: dict[int, list[int]] = {}
    for i in words:
        children.setdefault(toks.head[i], []).append(i)

    def personal(i: int) -> bool:
        return toks.ent_type[i] in _PEOPLE_ENTS or toks.tag[i] == "PRP" or toks.pos[i] == "PROPN"

    predicated = 0
    for i in words:
        if toks.pos[i] == "ADJ" and toks.dep[i] in ("acomp", "attr"):
            subjects = [c for c in children.get(toks.head[i], []) if toks.dep[c] in ("nsubj", "nsubjpass")]
            predicated += any(personal(c) for c in subjects)
    roots = [i for i in words if toks.head[i] == i]
    root = roots[0] if roots else None
    imperative = (
        root is not None
        and toks.tag[root] == "VB"
        and not any(toks.dep[c] in ("nsubj", "nsubjpass", "aux") for c in children.get(root, []))
    )
    return {
        "adjective_of_person": float(predicated),
        "adjective_on_name": float(
            sum(
                1
                for i in words
                if toks.pos[i] == "ADJ"
                and toks.dep[i] == "amod"
                and (toks.pos[toks.head[i]] == "PROPN" or toks.ent_type[toks.head[i]] == "PERSON")
            )
        ),
        "degree_adverb": float(
            sum(1 for i in words if toks.dep[i] == "advmod" and toks.pos[toks.head[i]] == "ADJ")
        ),
        "imperative": float(imperative),
        "copular_root": float(root is not None and toks.lemma[root] == "be"),
        "opens_with_quote": float(bool(every) and toks.text[every[0]] in QUOTE_MARKS),
    }


def _severity(tag: BiasTag) -> int:
    return tag.severity or 1


def _idiom(doc: Doc, tag: BiasTag, markers: frozenset[str]) -> bool:
    """Whether a tag is a lexicon entry's own hit (not a rule tag riding on one, whose ``rule`` names its rule
    before a colon) of the idiom categories on a figurative expression: a multiword one ("took a swipe at"),
    or a word that a figurative marker modifies in the parse ("a *political* firestorm")."""
    if tag.category not in IDIOM_CATEGORIES or ":" in tag.rule or tag.lemma is None:
        return False
    if sum(w.isalpha() for w in term_words(tag.lemma)) > 1:
        return True
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    return span is not None and any(
        c.dep_ == "amod" and c.lemma_.lower() in markers for t in span for c in t.children
    )


def _speech_figure(doc: Doc, tag: BiasTag) -> bool:
    """Whether a tag is a lexicon entry's own hit of :data:`SPEECH_FIGURE_CATEGORIES` on a verb whose subject
    or object is a person or a body of people (a name, a personal pronoun, a person or group entity)."""
    if tag.category not in SPEECH_FIGURE_CATEGORIES or ":" in tag.rule:
        return False
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "VERB":
        return False
    parties = [c for c in span[0].children if c.dep_ in _PARTY_DEPS]
    parties += [g for c in parties if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    parties += _shared_subjects(span[0])
    return any(
        p.ent_type_ in _PEOPLE_ENTS or p.tag_ == "PRP" or (p.pos_ == "PROPN" and not p.ent_type_)
        for p in parties
    )


def _speech_manner(doc: Doc, tag: BiasTag, speech: frozenset[str], people: frozenset[str]) -> bool:
    """Whether a tag is a lexicon entry's own one-word hit of :data:`SPEECH_MANNER_CATEGORIES` on a verb of
    saying (``speech``) said of a person or a body of people, on an adverb of manner of such a verb (or an
    assertive adverb of :data:`SPEECH_VOUCH_CATEGORIES` on it), or on an adjective complement of "sound" said
    of a person ("the senator sounded *defiant*")."""
    vouch = tag.category in SPEECH_VOUCH_CATEGORIES
    if (tag.category not in SPEECH_MANNER_CATEGORIES and not vouch) or ":" in tag.rule or not speech:
        return False
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    if vouch and (verb.pos_ != "ADV" or verb.dep_ != "advmod"):
        return False
    sounded = _sounded(verb)
    if sounded is not None:
        return any(_personal(p, people) for p in sounded)
    # The parser hangs a lone -ly word after "said" on it as a complement ("said *stiffly*"): its manner.
    # basil30: the tag's own entry names the verb when the lemmatiser does not ("sniped" -> "snip").
    lemmas = {verb.lemma_.lower(), tag.rule.split("/")[0]}
    if verb.dep_ == "advmod" or (verb.dep_ in _MANNER_DEPS and verb.lower_.endswith("ly")):
        verb = verb.head
        lemmas = {verb.lemma_.lower()}
    if verb.pos_ != "VERB" or lemmas.isdisjoint(speech):
        return False
    parties = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    parties += [g for c in parties if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    parties += _shared_subjects(verb)
    # A verb that reports a clause or stands by a quotation is speech whoever its subject ("the host
    # *scoffed*, ..."); otherwise its subject must be a person or a body ("the economy boomed" is not).
    speaking = any(c.dep_ == "ccomp" for c in verb.children) or any(t.text in QUOTE_MARKS for t in verb.sent)
    if not parties:
        # The parser leaves a verb of saying cut off by a long opening without its subject ("..., Hale,
        # speaking for the troops, *clearly* says, ..."): beside a quotation it still introduces one
        # (basil22).
        return speaking and verb.dep_ == "parataxis"
    return speaking or any(_personal(p, people) for p in parties)


def _speech_act_manner(doc: Doc, tag: BiasTag, acts: frozenset[str], people: frozenset[str]) -> bool:
    """basil30: whether a tag is a lexicon entry's own one-word hit of :data:`SPEECH_MANNER_CATEGORIES` on an
    adjective modifying a noun of a speech act (``acts``: "a *rambling* speech", "an *assertive* call", "his
    *fiery* remarks") in a sentence that names its speaker or a person (a name, a personal pronoun, a person
    or group entity, a noun of ``people``): the writer's word for how someone spoke, as an adverb on a verb of
    saying is."""
    if tag.category not in SPEECH_MANNER_CATEGORIES or not acts:
        return False
    word = _modifier_hit(doc, tag, ("ADJ", "VERB"))
    if word is None:
        return False
    noun = word.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in acts:
        return False
    return any(
        _personal(t, people) for t in noun.sent if t.i != noun.i and t.pos_ in ("PROPN", "PRON", "NOUN")
    )


def _doubted_paraphrase(
    doc: Doc, tag: BiasTag, speech: frozenset[str], people: frozenset[str] = frozenset()
) -> bool:
    """Whether a tag is a lexicon entry's own one-word hit of :data:`PARAPHRASE_DOUBT_CATEGORIES` on a verb of
    saying (``speech``) said by a named actor (:func:`_named_actor`) or a person or group named by a noun of
    ``people`` (:func:`_actor_by_role`), whose clause, if it has one, is no quotation."""
    if tag.category not in PARAPHRASE_DOUBT_CATEGORIES or ":" in tag.rule:
        return False
    if tag.rule.split("/")[0] in PARAPHRASE_DOUBT_CAUTION:
        return False
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in speech:
        return False
    if any(_quoted(c) for c in verb.children if c.dep_ in ("ccomp", "xcomp")):
        return False  # someone's own words: how wire copy attributes a contested quotation
    return any(_named_actor(p) or _actor_by_role(p, people) for p in _understood_subjects(verb))


def _actor_by_role(party: Token, people: frozenset[str]) -> bool:
    """attack30: whether a subject is a common noun of ``people`` ("the mayor", "witnesses", "campaigners"):
    "Witnesses *claimed* the driver was speeding" is the writer's choice of verb as much as "Cllr Young
    *claimed* ..." is (babe22 read only names, so the same use was tagged in one story and not the next). A
    pronoun still stays at its own level (wire style), and so does a thing ("posts claim ...")."""
    return party.pos_ == "NOUN" and party.lemma_.lower() in people


def _named_actor(party: Token) -> bool:
    """Whether a subject names a person, a party or an organisation (not a state: "Kyiv claimed to have
    retaken the town" is how wire copy reports a war's contested statements)."""
    return party.ent_type_ in _LABELLED_ENTS or (party.pos_ == "PROPN" and not party.ent_type_)


def _quoted(clause: Token) -> bool:
    """Whether a clause is a quotation: a quotation mark opens it (a clause that only ends on a quoted phrase,
    'claimed the left wants "chaos"', is the writer's paraphrase)."""
    left = clause.left_edge.i
    return any(clause.doc[i].text in QUOTE_MARKS for i in (left - 1, left) if i >= 0)


def _person_label(
    doc: Doc, tag: BiasTag, quotes: Sequence[Quote], inside: Sequence[bool], people: frozenset[str]
) -> bool:
    """Whether a tag is a lexicon entry's own one-word hit of :data:`PERSON_LABEL_CATEGORIES` on an adjective
    (or participle) modifying a named person or body of people (:data:`_LABELLED_ENTS`, a personal pronoun,
    a noun of ``people``), outside anyone's words (``inside``, per character) in a sentence that holds a
    quote of the quote layer (a quotation or a reported clause: words in marks alone may be a title)."""
    if tag.category not in PERSON_LABEL_CATEGORIES or not inside:
        return False
    if inside[max(0, min(len(inside) - 1, tag.start))]:
        return False
    word = _modifier_hit(doc, tag, ("ADJ", "VERB"))
    if word is None:
        return False
    # Named by its entity type or its noun, not by capitals alone: an adjective on a proper noun with no
    # person entity may be on a title or a place ("the *prestigious* Whittington Lecture").
    person = word.head
    if not (person.ent_type_ in _LABELLED_ENTS or person.tag_ == "PRP" or person.lemma_.lower() in people):
        return False
    # Beside reported words only: there the model's reading is the report's. Elsewhere it reads the
    # writer's sentence itself, and on BBC dev the rule then kept a film character's "troubled" and a
    # dictionary's "rude" (3 of 8 such tags wrong; "rude" again when a title in quote marks counted).
    sent = word.sent
    return any(str(q.field) == "body" and q.start < sent.end_char and sent.start_char < q.end for q in quotes)


def _modifier_hit(doc: Doc, tag: BiasTag, pos: tuple[str, ...]) -> Token | None:
    """The word of a lexicon entry's own one-word hit (no rule of another pass: no ":" in ``rule``) when it
    modifies a noun as an adjective of ``pos`` (the first of coordinated adjectives standing for them all);
    None otherwise."""
    if ":" in tag.rule:
        return None
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    word = span[0]
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ != "amod" or word.pos_ not in pos or word.head.i == word.i:
        return None
    return word


def _owned_deed(doc: Doc, tag: BiasTag) -> bool:
    """Whether a tag is a lexicon entry's own one-word hit of :data:`OWNED_DEED_CATEGORIES` on an adjective
    modifying a noun whose owner is a person: a possessive "his", "her", "their", or a person's name with its
    "'s" (see OWNED_DEED_CATEGORIES)."""
    word = _modifier_hit(doc, tag, ("ADJ",)) if tag.category in OWNED_DEED_CATEGORIES else None
    if word is None:
        return False
    owners = [c for c in word.head.children if c.dep_ == "poss"]
    return any(o.lower_ in _OWNER_PRONOUNS or o.ent_type_ == "PERSON" for o in owners)


def _personal(party: Token, people: frozenset[str]) -> bool:
    """Whether a subject names a person or a body of people: a name, a personal pronoun, a person or group
    entity, or a noun of ``people``."""
    return (
        party.ent_type_ in _PEOPLE_ENTS
        or party.tag_ == "PRP"
        or (party.pos_ == "PROPN" and not party.ent_type_)
        or party.lemma_.lower() in people
    )


def _sounded(word: Token) -> list[Token] | None:
    """The subjects of "sound" when ``word`` is its adjective complement ("the senator sounded *defiant*",
    "Sounding weary and *aggrieved*, the governor said ..."): the writer's reading of how someone spoke, a
    manner of speech like "said *stiffly*" (basil4). None when ``word`` is no such complement."""
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    if word.dep_ in ("acomp", "oprd", "xcomp") and word.head.lemma_.lower() == "sound":
        verb = word.head
    else:
        # The parser sometimes reads "sounded aggrieved" as a passive with "sounded" for its auxiliary.
        aux = [c for c in word.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "sound"]
        if not aux:
            return None
        verb = word
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "advcl":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects


def _shared_subjects(verb: Token) -> list[Token]:
    """The subject a conjoined verb shares with the verb before it ("Ruiz attacked the plan and *blasted* the
    rule": Ruiz), when it has none of its own."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    head = verb.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _understood_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb, or those it takes from the clause it hangs on when it has none of its own: a
    conjoined verb's (:func:`_shared_subjects`), a participle's from the verb it trails ("Ruiz vetoed the
    plan, *claiming* it ...": Ruiz), a relative clause's from the noun its pronoun stands for ("Democrats
    who *claim* to ...": Democrats)."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl" and own and all(c.tag_ in _RELATIVE_TAGS for c in own):
        return [verb.head]
    if own:
        return own
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _understood_subjects(verb.head)
    return _shared_subjects(verb)


def _gate_severity(
    doc: Doc,
    tag: BiasTag,
    markers: frozenset[str],
    speech: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
    quotes: Sequence[Quote] = (),
    inside: Sequence[bool] = (),
    acts: frozenset[str] = frozenset(),
) -> int:
    """The severity at which the gate reads a tag: an idiom's and a figure of speech's one level up (see
    IDIOM_CATEGORIES and SPEECH_FIGURE_CATEGORIES), the manner of a person's speech and the writer's label
    for a person two (see SPEECH_MANNER_CATEGORIES and PERSON_LABEL_CATEGORIES), the writer's doubt on a named
    actor's paraphrased statement one (PARAPHRASE_DOUBT_CATEGORIES)."""
    if (
        _speech_manner(doc, tag, speech, people)
        or _speech_act_manner(doc, tag, acts, people)
        or _person_label(doc, tag, quotes, inside, people)
    ):
        return _severity(tag) + 2
    up = (
        _idiom(doc, tag, markers)
        or _speech_figure(doc, tag)
        or _doubted_paraphrase(doc, tag, speech, people)
        or _owned_deed(doc, tag)
    )
    return _severity(tag) + (1 if up else 0)


def _clear_judgements(
    doc: Doc,
    tags: Sequence[BiasTag],
    stance: Sequence[BiasTag],
    starts: Sequence[int],
    probs: Sequence[float],
    model: SubjectivityModel,
    lexicon: BiasLexicon,
    speaking: frozenset[str],
    people: frozenset[str],
    quotes: Sequence[Quote] = (),
    inside: Sequence[bool] = (),
) -> dict[int, int]:
    """Per sentence index, the author-voice body tags of severity 2 or more that the gate keeps there."""
    out: dict[int, int] = {}
    if not starts:
        return out
    for tag in tags:
        if tag.voice != "author" or _field(tag) != "body" or tag in stance or _severity(tag) < 2:
            continue
        at = max(0, bisect.bisect_right(starts, tag.start) - 1)
        level = _gate_severity(
            doc, tag, lexicon.figurative_markers, speaking, people, quotes, inside, lexicon.speech_act_nouns
        )
        threshold = model.gate.get(level)
        if threshold is None or probs[at] >= threshold:
            out[at] = out.get(at, 0) + 1
    return out


def _add_argued_forms(
    clear: dict[int, int], stance: Sequence[BiasTag], starts: Sequence[int], forms: frozenset[str]
) -> None:
    """prec22: count the writer's argued forms, kept whatever the model says (a retort "Not the consultants.",
    a question answered at once, "Is it any wonder ...?"), as clear judgements of their sentences: a column
    that argues by its shape is an opinion piece, where the writer's mild words are the writer's register."""
    if not starts:
        return
    for tag in stance:
        if tag.voice == "author" and _field(tag) == "body" and tag.category in forms:
            at = max(0, bisect.bisect_right(starts, tag.start) - 1)
            clear[at] = clear.get(at, 0) + 1


def _editorial_register(at: int, clear: dict[int, int], words: int) -> int:
    """gate29: the writer's register, the one test of it: the clear judgements (:func:`_clear_judgements`) the
    writer passes in sentences other than ``at``, when there are at least :data:`REGISTER_MIN_TAGS` of them at
    :data:`REGISTER_RATE` per 1,000 words or more (an editorial register); 0 in any other article."""
    if words <= 0:
        return 0
    elsewhere = sum(n for s, n in clear.items() if s != at)
    editorial = elsewhere >= REGISTER_MIN_TAGS and elsewhere * PER_WORDS / words >= REGISTER_RATE
    return elsewhere if editorial else 0


def _register_kind(tag: BiasTag, hearsay: frozenset[str] = frozenset()) -> str | None:
    """The kind of a mild tag that the writer's register reads one severity level up: "word" for a mild
    evaluative word (:data:`REGISTER_CATEGORIES`), "voice" for the writer's distance, vouching or hearsay
    (:data:`REGISTER_VOICE_CATEGORIES`, and a hedge that is one of the ``hearsay`` adverbs); None for any
    other tag."""
    if _severity(tag) > 1 or ":" in tag.rule:
        return None
    if tag.category in REGISTER_CATEGORIES:
        return "word"
    if tag.category in REGISTER_VOICE_CATEGORIES or tag.rule == SCARE_QUOTE_RULE:
        return "voice"
    if tag.category == REGISTER_HEARSAY_CATEGORY and tag.text.lower() in hearsay:
        return "voice"
    return None


def _register_reason(kind: str, p: float, elsewhere: int) -> str:
    why = f"; kept though the sentence reads as plain reporting ({p:.2f}): "
    if kind == "voice":
        return why + (
            f"the article's register is editorial ({elsewhere} clear judgements elsewhere), where the "
            "writer's booster, doubting verb or quote marks are the writer's own stance"
        )
    return why + f"the writer passes {elsewhere} clear judgements elsewhere in the article"


_REGISTER_HELD = (WITHHELD_RULE, INDIRECT_MARKS_HELD)


def _reports_a_clause(doc: Doc, tag: BiasTag) -> bool:
    """Whether a held verb reports what was said (a clause: "insists (that) the cuts are painless"), not a
    demand ("insisting on improved standards"), which doubts nothing."""
    span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "ccomp" for c in span[0].children)


def _released_in_register(
    doc: Doc, held: Sequence[BiasTag], starts: Sequence[int], clear: dict[int, int], words: int
) -> tuple[list[BiasTag], list[BiasTag]]:
    """gate29: the tagger's withheld tags of the writer's voice kinds (:data:`REGISTER_VOICE_CATEGORIES`)
    that an editorial register releases: an entry withheld from straight news (WITHHELD_RULE: "insists") and
    marks on one word in an institution's paraphrase (INDIRECT_MARKS_HELD). Returns (released, still held);
    the released say why."""
    released: list[BiasTag] = []
    still: list[BiasTag] = []
    for tag in held:
        marker = next((m for m in _REGISTER_HELD if m in tag.reason), None)
        ok = (
            marker is not None
            and tag.voice == "author"
            and _field(tag) == "body"
            and bool(starts)
            and (
                _register_kind(tag) == "voice"
                or (marker == WITHHELD_RULE and tag.category in REGISTER_RELEASED_CATEGORIES)
            )
            and (marker != WITHHELD_RULE or tag.category != "assertive" or _reports_a_clause(doc, tag))
        )
        at = max(0, bisect.bisect_right(starts, tag.start) - 1)
        elsewhere = _editorial_register(at, clear, words) if ok else 0
        if elsewhere and marker is not None:
            reason = tag.reason.replace(f"; {marker}", "") + (
                f"; released: the article's register is editorial ({elsewhere} clear judgements elsewhere), "
                "where the writer's word is the writer's own stance"
            )
            released.append(tag.model_copy(update={"reason": reason}))
        else:
            still.append(tag)
    return released, still


def _field(tag: BiasTag) -> str:
    # Tags on a headline (when the tagger marks them so) have offsets into the headline, not the body.
    return str(getattr(tag, "field", None) or "body")


def apply_subjectivity(
    doc: Doc,
    result: BiasResult,
    quotes: Sequence[Quote],
    *,
    lexicon: BiasLexicon,
    model: SubjectivityModel,
    gate: bool = True,
    view: ArticleView | None = None,
    stance_gate: float | None = None,
    uncorroborated: frozenset[str] = frozenset(),
    speech: frozenset[str] = frozenset(),
    people: frozenset[str] = frozenset(),
) -> BiasResult:
    """Withhold low-confidence author-voice tags in objective sentences; rescore sentences and the article.

    Args:
        doc: The parsed article the result was made from.
        result: :func:`tasks.bias.tag_bias`'s result (not changed; a new one is returned).
        quotes: The extractor quotes given to the tagger.
        lexicon: The lexicon given to the tagger.
        model: From :func:`load_model`.
        gate: False: withhold nothing, only score (``WIRELENS_SUBJECTIVITY_GATE``).
        view: The doc's shared view (sentences, quote-mark spans); by default the one cached on ``doc``.
        stance_gate: A stance tag (:mod:`tasks.stance`) is kept only when its sentence's probability reaches
            this (``min_subjectivity`` of the stance lexicon); None: stance tags are not tested.
        uncorroborated: Stance forms (categories) kept whatever the probability (``uncorroborated`` of the
            stance lexicon: a prescription is an opinion by its form alone).
        speech: Lemmas of verbs of saying, besides the bias lexicon's ``speech_verbs`` (the attribution
            lexicon's); the manner of a person's speech is read two severity levels up.
        people: Lower-case nouns naming a person or a group ("host", "critics"): a subject that says of whom
            a verb of saying is said, besides names and pronouns.

    Returns:
        The result with withheld tags moved to ``withheld`` (their reason says why), each sentence's
        ``subjectivity``, its scores recomputed from the kept tags, and the article's ``score``,
        ``author_score`` and ``quoted_score`` as weights per 1,000 words, ``editorial_probability`` the
        word-weighted mean of the sentence probabilities.

    Notes:
        A tag is withheld when it is in the author's voice and the model gives its sentence a probability
        below ``model.gate[severity]``: a mild word in a sentence that reads as plain reporting is more
        likely a literal sense or a fixed phrase than the writer's stance. The milder the word, the higher
        the threshold; severities without a threshold (3: "genocidal") always stay. A figurative multiword
        expression of the idiom categories, or such a word under one of the lexicon's
        ``figurative_markers`` ("a political firestorm"), is read one severity up (:data:`IDIOM_CATEGORIES`).

        Stance tags are the reverse: a form (a prescription, "we", a question) is evidence of the writer's
        voice, not of opinion, so it stays only where the model, reading the sentence without the stance
        tags (it was trained without them), finds it likely the writer's opinion.
    """
    stance = [t for t in result.tags if t.rule.startswith(STANCE_RULE_PREFIX)]
    speaking = speech | lexicon.speech_verbs | lexicon.manner_speech_verbs
    feats, toks, inside = _features(doc, result.tags, quotes, lexicon, view)
    probs = [model.probability(f) for f in feats]
    starts = [doc[f.start].idx for f in feats]
    kept: list[BiasTag] = []
    withheld: list[BiasTag] = []
    near: list[BiasTag] = []  # withheld close under the gate's bar (NEAR_BAR_SHARE)
    clear = _clear_judgements(
        doc, result.tags, stance, starts, probs, model, lexicon, speaking, people, quotes, inside
    )
    _add_argued_forms(clear, stance, starts, uncorroborated)
    words_in = sum(f.words for f in feats)
    released, held = (
        _released_in_register(doc, result.withheld, starts, clear, words_in)
        if gate
        else ([], list(result.withheld))
    )
    # The released pass as they are: the tagger held them for their construction, not their sentence's
    # reading (a paraphrase reads as reporting), and the register that releases them is the article's.
    kept.extend(released)
    for tag in result.tags:
        if gate and tag.voice == "author" and _field(tag) == "body" and feats:
            at = max(0, bisect.bisect_right(starts, tag.start) - 1)
            p = probs[at]
            if tag in stance:
                if stance_gate is not None and p < stance_gate and tag.category in uncorroborated:
                    why = f"; kept though the sentence model does not agree ({p:.2f} < {stance_gate:.2f}): "
                    kept.append(
                        tag.model_copy(update={"reason": tag.reason + why + "the form is an opinion"})
                    )
                    continue
                if stance_gate is not None and p < stance_gate:
                    why = f"; withheld: the sentence model does not agree ({p:.2f} < {stance_gate:.2f})"
                    withheld.append(tag.model_copy(update={"reason": tag.reason + why}))
                    continue
                if stance_gate is not None:
                    tag = tag.model_copy(
                        update={"reason": tag.reason + f"; the sentence model agrees ({p:.2f})"}
                    )
                kept.append(tag)
                continue
            level = _gate_severity(
                doc,
                tag,
                lexicon.figurative_markers,
                speaking,
                people,
                quotes,
                inside,
                lexicon.speech_act_nouns,
            )
            register_kind = _register_kind(tag, lexicon.hearsay_adverbs)
            elsewhere = _editorial_register(at, clear, words_in) if register_kind else 0
            register = register_kind is not None and elsewhere > 0 and model.gate.get(level, 1.0) > p
            level += 1 if register else 0
            threshold = model.gate.get(level)
            if register and register_kind and (threshold is None or p >= threshold):
                update = {"reason": tag.reason + _register_reason(register_kind, p, elsewhere)}
                tag = tag.model_copy(update=update)
            if threshold is not None and p < threshold:
                kind = "idiom" if level > _severity(tag) else "word"
                why = (
                    f"; withheld: the sentence reads as plain reporting (subjectivity {p:.2f} < "
                    f"{threshold:.2f} for a severity-{level} {kind})"
                )
                if p >= NEAR_BAR_SHARE * threshold:
                    why += "; near the bar, it still leans the sentence"
                    near.append(tag)
                withheld.append(tag.model_copy(update={"reason": tag.reason + why, "rule": tag.rule}))
                continue
        kept.append(tag)
    if model.tag is not None and MODEL_TAG_CATEGORY in lexicon.categories:
        kept = sorted(
            [*kept, *_model_tags(doc, toks, feats, probs, kept, model, model.tag, lexicon)],
            key=lambda t: (_field(t) != "headline", t.start, t.end),
        )
    if released:  # the released tags were appended after the tagger's: back into reading order
        kept.sort(key=lambda t: (_field(t) != "headline", t.start, t.end))
    by_start = dict(zip(starts, probs, strict=True))
    body = [t for t in kept if _field(t) == "body"]
    sentences = [_rescore(s, body, by_start.get(s.start), near) for s in result.sentences]
    words = sum(f.words for f in feats)
    per = PER_WORDS / max(1, words)
    author = sum(t.weight for t in kept if t.voice == "author")
    quoted = sum(t.weight for t in kept if t.voice != "author")
    editorial = sum(p * f.words for p, f in zip(probs, feats, strict=True)) / words if words else 0.0
    counts: dict[str, int] = {}
    for t in kept:
        counts[t.category] = counts.get(t.category, 0) + 1
    return result.model_copy(
        update={
            "tags": kept,
            "withheld": [*held, *withheld],
            "sentences": sentences,
            "counts": dict(sorted(counts.items())),
            "score": round((author + quoted) * per, 3),
            "author_score": round(author * per, 3),
            "quoted_score": round(quoted * per, 3),
            "words": words,
            "editorial_probability": round(editorial, 3),
            "subjectivity_model": model.version,
        }
    )


def _rescore(
    sentence: SentenceScore, tags: Sequence[BiasTag], p: float | None, near: Sequence[BiasTag] = ()
) -> SentenceScore:
    """The sentence's scores from the kept body ``tags``, with its probability; the author-voice words
    withheld ``near`` the gate's bar count toward ``biased`` only (not the scores)."""
    own = [t for t in tags if sentence.start <= t.start < sentence.end]
    total = sum(t.weight for t in own)
    author = sum(t.weight for t in own if t.voice == "author")
    leaning = author + sum(t.weight for t in near if sentence.start <= t.start < sentence.end)
    return sentence.model_copy(
        update={
            "score": round(total, 3),
            "author_score": round(author, 3),
            "biased": total >= BIASED_THRESHOLD or leaning >= AUTHOR_THRESHOLD,
            "subjectivity": None if p is None else round(p, 3),
        }
    )


def _model_tags(
    doc: Doc,
    toks: _Tokens,
    feats: Sequence[SentenceFeatures],
    probs: Sequence[float],
    kept: Sequence[BiasTag],
    model: SubjectivityModel,
    rule: ModelTag,
    lexicon: BiasLexicon,
) -> list[BiasTag]:
    """An author-voice tag per confident, untagged sentence, on its evaluative word that weighs most.

    Only the writer's own words qualify (``SentenceFeatures.candidates``); of the allowed word classes, the
    word whose own weight pushes the sentence furthest toward opinion, if that weight is positive enough to
    say it is evaluative at all. A genre that describes in its own idiom (a match report) and vetoes the
    category's mild words gets none.
    """
    category = lexicon.categories[MODEL_TAG_CATEGORY]
    if not any(p >= rule.threshold for p in probs):
        return []
    genre = report_genre(doc, lexicon)
    if genre is not None:
        g = lexicon.genres[genre]
        if MODEL_TAG_CATEGORY in g.categories and category.severity <= g.max_severity:
            return []
    authored = [t.start for t in kept if t.voice == "author" and _field(t) == "body"]
    out: list[BiasTag] = []
    for f, p in zip(feats, probs, strict=True):
        if p < rule.threshold:
            continue
        lo, hi = toks.idx[f.start], toks.idx[f.end - 1] + len(toks.text[f.end - 1])
        if any(lo <= s < hi for s in authored) or f.dense.get("quote_mark"):
            # the rules already give the sentence its evidence; or quote marks the quote layer did not pair
            # may hold someone else's words
            continue
        best: tuple[float, int, str] | None = None
        for c in f.candidates:
            if c.pos not in rule.pos or c.lemma in rule.never:
                continue
            # The word itself must lean toward opinion (its own n-gram weight, or a prescriptive modal); the
            # dense shares alone would pick any adjective of a long sentence.
            if c.pos != "MD" and model.unigram_weight(c) <= rule.min_weight:
                continue
            w = model.word_weight(c, f.words)
            if best is None or w > best[0]:
                best = (w, c.token, c.lemma)
        if best is None:
            continue
        w, i, lemma = best
        text = toks.text[i]
        out.append(
            BiasTag(
                text=text,
                start=toks.idx[i],
                end=toks.idx[i] + len(text),
                category=MODEL_TAG_CATEGORY,
                voice="author",
                reason=category.reason.format(who="the author's", text=text)
                + f" (subjectivity {p:.2f} >= {rule.threshold:.2f}; the word's weight {w:.2f})",
                rule=MODEL_TAG_RULE,
                weight=float(category.severity),
                severity=category.severity,
                lemma=lemma,
            )
        )
    return out
