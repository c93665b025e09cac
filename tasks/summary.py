"""Extractive summaries of a parsed article: directed centrality, a lead bias and MMR, with wire-copy hygiene.

The article is parsed once upstream; :func:`summarise` only reads the ``Doc`` (sentences, lemmas, stop words,
the dependency parse for quote speakers) and never calls the pipeline again. Token attributes are read in one
``Doc.to_array`` call rather than through ``Token`` objects: the stage must cost a few milliseconds at most.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LOWER, POS
from spacy.symbols import PRON
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.article_view import ArticleView, article_view
from tasks.cues import load_reporting_verbs
from tasks.models import BiasResult, Summary, SummarySentence

LEXICON_FILE = "summary.yaml"
REQUIRED_KEYS = (
    "datelines",
    "boilerplate",
    "boilerplate_phrases",
    "referring_openers",
    "anaphoric_subjects",
    "reporting_verbs",
)
SPEAKER_DEPS = ("nsubj", "nsubjpass")
SPEECH_DEPS = frozenset({"ccomp", "parataxis"})  # what a verb used for speech governs: "it said (that) ..."
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A line (paragraph) of at most this many words that does not end like a sentence is a headline: a subhead,
# or the headline of another story teased in the body ("Inspectors find cracks in three more crossings").
HEADLINE_WORDS = 20
SENTENCE_ENDS = frozenset(".!?…:;\"”’')")
CLAUSE_DEPS = ("parataxis", "ccomp", "conj")  # how "..., he said" hangs off the main verb
ATTRS = (IDX, LEMMA, LOWER, DEP, HEAD, IS_STOP, IS_PUNCT, IS_SPACE, POS)

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Referent:
    """Subjects that may stand for a named entity of one label, from ``referents`` in the lexicon.

    Attributes:
        pronouns: Lower-case subject pronouns ("he", "she"; "it" for organisations).
        nouns: Lemmas heading an anaphoric subject ("official", "company").
        titled: Whether a noun needs its antecedent to carry the same noun as a title or apposition
            ("Defense Minister Yoav Gallant" ... "The minister said"): true for people, since an unnamed
            official is often a different person from the one just named.
        speaking_only: Whether the subject must be a speaker (the subject of a reporting verb used for
            speech, with a clause or quote: "it said the talks failed", not "it continued to climb"): true
            for organisations, since "it" as the subject of any other verb is seldom the organisation.
        rivals: Entity labels whose mentions compete for the anaphor: when one stands between the antecedent
            and the anaphor as a subject, or before the anaphor in its own sentence, the anaphor is left
            as it is ("Hamas said Egypt had been asked ... It said ..."). Empty: no check.
    """

    pronouns: frozenset[str]
    nouns: frozenset[str]
    titled: bool
    speaking_only: bool
    rivals: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class SummaryLexicon:
    """Wire-copy hygiene patterns, loaded from ``config/lexicons/summary.yaml``.

    Attributes:
        version: The lexicon's own version string.
        datelines: Patterns matched at the start of the body; the match is cut from the first sentence.
        boilerplate: A sentence is never chosen when the line it sits in matches one of these; patterns
            anchored with ``^`` are tried on each sentence as well.
        boilerplate_phrases: Lower-case phrases; a line containing one (in any case) is boilerplate.
        referring_openers: Lower-case pronouns that refer back to an earlier sentence.
        anaphoric_subjects: Patterns for anaphoric subjects such as "The official" (full, case-insensitive).
        reporting_verbs: Lemmas of verbs that attribute a quote to its speaker.
        referents: By entity label (``PERSON``, ``ORG``), the subjects that a named entity of that label may
            replace in ``SummarySentence.resolved_text``. Optional: without it nothing is resolved.
    """

    version: str
    datelines: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    boilerplate_phrases: tuple[str, ...]
    referring_openers: frozenset[str]
    anaphoric_subjects: tuple[re.Pattern[str], ...]
    reporting_verbs: frozenset[str]
    referents: tuple[tuple[str, Referent], ...] = ()

    @property
    def anchored(self) -> tuple[re.Pattern[str], ...]:
        """The boilerplate patterns anchored at the start, which also apply to sentences within a line."""
        return tuple(p for p in self.boilerplate if p.pattern.startswith("^"))


@dataclass(frozen=True, slots=True)
class SummaryWeights:
    """Scoring weights of :func:`summarise`.

    The defaults were tuned for ROUGE on a development split of BBC news articles (``bench/eval_summary.py``):
    edges to earlier sentences count almost as much as edges to later ones there; a lead bias spread over
    the first paragraphs costs ROUGE, so it is concentrated on the lede (``lead_decay`` 4: the second
    sentence gets 1/16 of it); and no explicit length preference is needed because the unnormalised affinity
    already favours sentences that carry much of the article's vocabulary.

    Attributes:
        forward: Weight of edges to later sentences in the directed centrality (PACSUM's lambda_2).
        backward: Weight of edges to earlier sentences (PACSUM's lambda_1); below ``forward`` so that a
            sentence gains more from what follows it, as in lead-first news.
        threshold: Edges below ``min + threshold * (max - min)`` of the affinities are dropped
            (PACSUM's beta).
        lead: Weight of the lead bias ``(1 + position) ** -lead_decay`` (centrality is scaled to 0..1).
        lead_decay: How fast the lead bias falls off with the sentence position.
        length: Weight of an explicit length preference ``min(words / length_cap, 1)``.
        length_cap: Word count above which a sentence earns no more length preference.
        redundancy: MMR penalty on the highest cosine similarity to a sentence already chosen.
        duplicate: A sentence this similar (cosine) to one already chosen is never added.
        idf_power: Exponent on IDF in the TF-IDF vectors (1 is plain TF-IDF; lower lets the article's
            recurring words count more).
        vectors: Share of word-vector similarity in the sentence similarity, used only when the vocabulary
            has real word vectors.
        min_words: Sentences with fewer words are never chosen (fragments, a lone closing quote mark).
        max_chain: Longest run of sentences a back-referring sentence may pull in with it.
        neutral_tolerance: With ``neutral``, units whose selection gain (centrality scaled to 0..1, plus lead
            bias, minus the redundancy penalty) is at most this far below the best count as near-equal, and
            the one with fewer author-voice loaded terms wins. At 0.1 (a tenth of the centrality range), on
            the BBC development split, neutral changes one 3-sentence summary in ten and cuts author-voice
            loaded terms per summary by about a quarter for under 0.1 ROUGE; 0.05 halves both effects.
    """

    forward: float = 1.0
    backward: float = 0.95
    threshold: float = 0.0
    lead: float = 0.15
    lead_decay: float = 4.0
    length: float = 0.0
    length_cap: float = 40.0
    redundancy: float = 0.3
    duplicate: float = 0.8
    idf_power: float = 0.5
    vectors: float = 0.5
    min_words: int = 6
    max_chain: int = 3
    neutral_tolerance: float = 0.1


DEFAULT_WEIGHTS = SummaryWeights()


@dataclass(frozen=True, slots=True)
class _Anaphor:
    """A subject that refers back and that a named entity of ``label`` may replace."""

    first: int  # token span of the subject
    last: int
    label: str
    title: str | None  # a noun the antecedent must carry as a title ("minister"), if the label asks for it


@dataclass(frozen=True, slots=True)
class _Entity:
    first: int  # token span
    last: int
    label: str
    root: int


@dataclass(slots=True)
class _Sentence:
    """One candidate sentence: stripped character offsets into ``doc.text`` and what hygiene found."""

    start: int
    end: int
    text: str
    words: int
    first: int  # token index of the first token at or after ``start``
    last: int  # token index one past the sentence
    content: list[int]  # lemma hashes of content words (no stop words, punctuation or symbols)
    clean: bool  # not boilerplate and not a fragment
    refers_back: bool = False  # needs the sentence before it
    anaphor: _Anaphor | None = None  # the one back-reference, when a named entity could replace it
    resolved: str | None = None  # the text with the anaphor replaced by its antecedent's name
    entities: list[_Entity] = field(default_factory=list)  # named entities of the lexicon's referent labels
    loaded: int = 0  # author-voice bias tags inside the sentence


def _strings(values: object, *, key: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"summary lexicon: {key!r} must be a list of strings")
    return values


def _compile(patterns: object, *, key: str, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(p, flags) for p in _strings(patterns, key=key))
    except re.error as exc:
        raise ValueError(f"summary lexicon: bad pattern in {key!r}: {exc}") from exc


@lru_cache(maxsize=8)
def load_summary_lexicon(path: Path | str | None = None) -> SummaryLexicon:
    """Load and compile the summary hygiene lexicon once per process.

    Args:
        path: The YAML file, or a lexicon directory holding ``summary.yaml``; by default
            ``config.settings.LEXICON_DIR``.

    Returns:
        The compiled lexicon.

    Raises:
        ValueError: The file is not a mapping, lacks a key, or holds an invalid regular expression.
        OSError: The file cannot be read.
    """
    file = Path(path) if path is not None else LEXICON_DIR
    if file.is_dir():
        file = file / LEXICON_FILE
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"summary lexicon {file}: expected a mapping at the top level")
    missing = set(REQUIRED_KEYS) - set(data)
    if missing:
        raise ValueError(f"summary lexicon {file}: missing keys {sorted(missing)}")
    return SummaryLexicon(
        version=str(data.get("version", "unversioned")),
        datelines=_compile(data["datelines"], key="datelines"),
        boilerplate=_compile(data["boilerplate"], key="boilerplate"),
        boilerplate_phrases=tuple(p.lower() for p in _strings(data["boilerplate_phrases"], key="phrases")),
        referring_openers=frozenset(w.lower() for w in _strings(data["referring_openers"], key="openers")),
        anaphoric_subjects=_compile(data["anaphoric_subjects"], key="anaphoric_subjects", flags=re.I),
        reporting_verbs=frozenset(w.lower() for w in _strings(data["reporting_verbs"], key="verbs")),
        referents=_referents(data.get("referents") or {}),
    )


def _referents(data: object) -> tuple[tuple[str, Referent], ...]:
    if not isinstance(data, dict):
        raise ValueError("summary lexicon: 'referents' must map entity labels to pronouns and nouns")
    out: list[tuple[str, Referent]] = []
    for label, spec in data.items():
        if not isinstance(spec, dict):
            raise ValueError(f"summary lexicon: referents.{label} must be a mapping")
        pronouns = _strings(spec.get("pronouns", []), key=f"{label}.pronouns")
        nouns = _strings(spec.get("nouns", []), key=f"{label}.nouns")
        referent = Referent(
            pronouns=frozenset(w.lower() for w in pronouns),
            nouns=frozenset(w.lower() for w in nouns),
            titled=bool(spec.get("titled", False)),
            speaking_only=bool(spec.get("speaking_only", False)),
            rivals=frozenset(_strings(spec.get("rivals", []), key=f"{label}.rivals")),
        )
        out.append((str(label), referent))
    return tuple(out)


def dateline_end(text: str, *, lexicon: SummaryLexicon) -> int:
    """Character offset where a dateline prefix ("RAFAH, Gaza Strip (AP) — ") ends, 0 when there is none.

    Args:
        text: The article body.
        lexicon: Supplies the dateline patterns.

    Returns:
        The offset just past the dateline and the whitespace after it. Only a prefix of the first line
        counts, and never the whole line.
    """
    first_line = text.split("\n", 1)[0]
    for pattern in lexicon.datelines:
        m = pattern.match(first_line)
        if m and m.end() < len(first_line.rstrip()):
            return m.end()
    return 0


def is_headline_line(line: str) -> bool:
    """Whether a line (paragraph) of the body reads as a headline rather than prose: at most
    :data:`HEADLINE_WORDS` words, not ending like a sentence. Subheads and the headlines of other stories
    teased between paragraphs ("Bridge inspectors find cracks in three more crossings") are such lines;
    :func:`summarise` applies this to every line but the first, which may be a standfirst without a full stop.

    Args:
        line: One line of the article, stripped.
    """
    return bool(line) and line[-1] not in SENTENCE_ENDS and len(line.split()) <= HEADLINE_WORDS


def is_boilerplate_line(line: str, *, lexicon: SummaryLexicon) -> bool:
    """Whether a line (paragraph) of wire copy is a byline, caption, call to action or copyright line.

    Args:
        line: One line of the article, stripped.
        lexicon: Supplies the patterns and phrases.
    """
    low = line.lower()
    if any(p in low for p in lexicon.boilerplate_phrases):
        return True
    return any(p.search(line) for p in lexicon.boilerplate)


class _Tokens:
    """Token attributes of a ``Doc`` as plain lists, with strings resolved once per distinct hash."""

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array(list(ATTRS))
        self.doc = doc
        self.idx: list[int] = arr[:, 0].tolist()
        self.lemma: list[int] = arr[:, 1].tolist()
        self.lower: list[int] = arr[:, 2].tolist()
        self.dep: list[int] = arr[:, 3].tolist()
        self.head: list[int] = (np.arange(len(doc)) + arr[:, 4].astype(np.int64)).tolist()
        self.skip: list[bool] = (arr[:, 5:8].sum(axis=1) > 0).tolist()  # stop word, punctuation or space
        self.punct: list[bool] = (arr[:, 6:8].sum(axis=1) > 0).tolist()
        self.pronoun: list[bool] = (arr[:, 8] == PRON).tolist()
        self.sent: list[int] = [0] * len(doc)  # sentence number of each token, filled by _sentences
        self._names: dict[int, str] = {}
        self.text = doc.text  # built token by token on every access: read it once
        strings = doc.vocab.strings
        self.root = strings["ROOT"]
        self.speaker = frozenset(strings[d] for d in SPEAKER_DEPS)
        self.clause = frozenset(strings[d] for d in CLAUSE_DEPS)

    def name(self, h: int) -> str:
        s = self._names.get(h)
        if s is None:
            s = self._names[h] = self.doc.vocab.strings[h]
        return s


def _is_speaker(k: int, tok: _Tokens, *, lexicon: SummaryLexicon, quotes: ArticleView) -> tuple[bool, bool]:
    """Whether token ``k`` is the subject of its sentence's main verb, and whether that verb reports speech.

    The main verb is the root, or a reporting verb hanging off the root ("..., he said"); neither the verb
    nor the subject may sit inside quote marks.
    """
    if tok.dep[k] not in tok.speaker:
        return False, False
    verb = tok.head[k]
    if tok.sent[verb] != tok.sent[k]:
        return False, False
    reporting = tok.name(tok.lemma[verb]).lower() in lexicon.reporting_verbs
    main = tok.dep[verb] == tok.root or (
        reporting and tok.dep[verb] in tok.clause and tok.dep[tok.head[verb]] == tok.root
    )
    if not main or quotes.in_quote(tok.idx[verb]) or quotes.in_quote(tok.idx[k]):
        return False, False
    return True, reporting


def _reference(
    sent: _Sentence, tok: _Tokens, *, lexicon: SummaryLexicon, quotes: ArticleView, text: str
) -> tuple[bool, _Anaphor | None]:
    """Whether a sentence only makes sense after the one before it, and the anaphor a name could replace.

    Returns:
        ``(refers_back, anaphor)``. The anaphor is set only when the sentence refers back through exactly one
        subject that the lexicon's ``referents`` can resolve (a "he" or "The minister" subject); any other
        back-reference (an opening "It"/"This", an unnamed quote) leaves it None.

    Notes:
        Three cases refer back: the sentence opens with a pronoun ("He", "It", "This is"; not "This week");
        the subject of its main verb or of a reporting verb, outside quote marks, is a pronoun or an anaphoric
        noun phrase ("The official said", "..., he said"); or it opens inside a quotation and names no speaker
        outside the quote marks (the wire habit of naming the speaker once, then quoting on).
    """
    span = range(sent.first, sent.last)
    opening = next((k for k in span if not tok.punct[k]), None)
    triggers: list[tuple[int, _Anaphor | None]] = []
    named = False
    for k in span:
        if tok.dep[k] not in tok.speaker:
            continue
        main, reporting = _is_speaker(k, tok, lexicon=lexicon, quotes=quotes)
        if not main:
            continue
        word = tok.name(tok.lower[k])
        speaking = reporting and _speaks(tok.head[k], tok)
        if word in lexicon.referring_openers:
            triggers.append((k, _pronoun_anaphor(k, word, tok, lexicon=lexicon, reporting=speaking)))
            continue
        subject = tok.doc[k]
        left, right = subject.left_edge.i, subject.right_edge.i
        phrase = text[tok.idx[left] : tok.idx[right] + len(tok.doc[right])]
        if any(p.fullmatch(phrase) for p in lexicon.anaphoric_subjects):
            noun = tok.name(tok.lemma[k]).lower()
            triggers.append((k, _noun_anaphor(left, right + 1, noun, lexicon=lexicon, reporting=speaking)))
            continue
        named = named or reporting
    if (
        opening is not None
        and tok.pronoun[opening]
        and tok.name(tok.lower[opening]) in lexicon.referring_openers
        and all(k != opening for k, _ in triggers)
    ):
        triggers.append((opening, None))
    if not triggers and not named and opening is not None and quotes.in_quote(tok.idx[opening]):
        triggers.append((opening, None))  # no speaker named outside the quote marks
    if not triggers:
        return False, None
    return True, triggers[0][1] if len(triggers) == 1 else None


def _speaks(verb: int, tok: _Tokens) -> bool:
    """Whether a reporting verb is used for speech: it governs a clause ("it said the talks failed") or hangs
    off a quoted clause ('"...," it said'); "it continued to climb" is not speech."""
    token = tok.doc[verb]
    return token.dep in tok.clause or any(c.dep_ in SPEECH_DEPS for c in token.children)


def _pronoun_anaphor(
    k: int, word: str, tok: _Tokens, *, lexicon: SummaryLexicon, reporting: bool
) -> _Anaphor | None:
    after = k + 1 < len(tok.idx) and tok.text[tok.idx[k + 1] : tok.idx[k + 1] + 1] in "'’"
    if after:  # "He's": a name in its place would read as a possessive
        return None
    for label, ref in lexicon.referents:
        if word in ref.pronouns and (reporting or not ref.speaking_only):
            return _Anaphor(k, k + 1, label, None)
    return None


def _noun_anaphor(
    first: int, last: int, noun: str, *, lexicon: SummaryLexicon, reporting: bool
) -> _Anaphor | None:
    for label, ref in lexicon.referents:
        if noun in ref.nouns and (reporting or not ref.speaking_only):
            return _Anaphor(first, last, label, noun if ref.titled else None)
    return None


def _resolve(
    i: int, sents: Sequence[_Sentence], tok: _Tokens, *, lexicon: SummaryLexicon, quotes: ArticleView
) -> str | None:
    """The text of sentence ``i`` with its anaphor replaced by the entity it names, or None when unsure.

    Notes:
        Deliberately conservative, since a wrong referent is worse than none: the antecedent is the previous
        sentence, or the one before when the previous one refers back through the same kind of anaphor
        ("Gallant said ... . '...,' he said. '...,' he added."). That sentence must hold exactly one entity of
        the anaphor's label (shorter mentions of the same name allowed), as the subject of its main or
        reporting verb; for a titled anaphor ("The minister") the same noun must stand within five tokens of
        the name ("Defense Minister Yoav Gallant").
    """
    sent = sents[i]
    a = sent.anaphor
    if a is None:
        return None
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        prev = sents[j]
        found = [e for e in prev.entities if e.label == a.label]
        if not found:
            link = prev.anaphor
            if j == i - 1 and link is not None and link.label == a.label and tok.pronoun[link.first]:
                continue  # "..., he said." between the name and this sentence
            return None
        names = {_name(e, tok) for e in found}
        longest = max(names, key=len)
        if not all(longest.endswith(n) for n in names):
            return None
        if not any(_is_speaker(e.root, tok, lexicon=lexicon, quotes=quotes)[0] for e in found):
            return None
        entity = next(e for e in found if _name(e, tok) == longest)
        if tok.doc[entity.root].tag_ in PLURAL_TAGS and tok.pronoun[a.first]:
            return None  # "The Democrats said ... It said": "it" is not a plural name
        if _rivalled(entity, a, sents[j : i + 1], tok, lexicon=lexicon, name=longest):
            return None
        if a.title is not None:
            lo, hi = max(prev.first, entity.first - 5), min(prev.last, entity.last + 5)
            near = [k for k in range(lo, hi) if not entity.first <= k < entity.last]
            if not any(tok.name(tok.lemma[k]).lower() == a.title for k in near):
                return None
        start = tok.idx[a.first]
        end = tok.idx[a.last - 1] + len(tok.doc[a.last - 1])
        if start == sent.start:
            longest = longest[:1].upper() + longest[1:]
        elif longest.startswith("The "):
            longest = "the" + longest[3:]
        return tok.text[sent.start : start] + longest + tok.text[end : sent.end]
    return None


def _rivalled(
    antecedent: _Entity,
    anaphor: _Anaphor,
    between: Sequence[_Sentence],
    tok: _Tokens,
    *,
    lexicon: SummaryLexicon,
    name: str,
) -> bool:
    """Whether another entity of a rival label could be what the anaphor stands for: one that is a subject
    after the antecedent ("Hamas said Egypt had been asked ... It said"), or any one before the anaphor in
    the anaphor's own sentence ("After Qatar hosted the delegation, it said")."""
    rivals = next((ref.rivals for label, ref in lexicon.referents if label == anaphor.label), frozenset())
    if not rivals:
        return False
    own = between[-1]
    for sent in between:
        for e in sent.entities:
            if e.label not in rivals or e.first < antecedent.last or e.last > anaphor.first:
                continue
            if name.endswith(_name(e, tok)):
                continue  # the antecedent named again
            if sent is own or tok.dep[e.root] in tok.speaker:
                return True
    return False


def _name(entity: _Entity, tok: _Tokens) -> str:
    last = tok.doc[entity.last - 1]
    name = tok.text[tok.idx[entity.first] : tok.idx[entity.last - 1] + len(last)]
    for suffix in ("'s", "’s", "'", "’"):
        name = name.removesuffix(suffix)
    return name.strip()


def default_view(doc: Doc) -> ArticleView:
    """The doc's shared view, its furniture and link lines those of the default attribution lexicon."""
    cues = load_reporting_verbs(LEXICON_DIR)
    return article_view(doc, furniture=cues.boilerplate_lines, links=cues.link_lines)


def _sentences(
    doc: Doc, *, lexicon: SummaryLexicon, weights: SummaryWeights, view: ArticleView | None = None
) -> list[_Sentence]:
    """The article's sentences with stripped offsets, the dateline cut off, and hygiene flags set."""
    view = view or default_view(doc)
    tok = _Tokens(doc)
    text = tok.text
    cut = dateline_end(text, lexicon=lexicon)
    lede = len(text) - len(text.lstrip())  # where the first line starts: a lede, never another story's teaser
    quotes = view
    labels = {label for label, _ in lexicon.referents} | {
        r for _, ref in lexicon.referents for r in ref.rivals
    }
    entities = [
        _Entity(e.start, e.end, e.label, e.root) for e in view.entities if labels and e.label in labels
    ]
    entity_starts = [e.first for e in entities]
    anchored = lexicon.anchored
    line_clean: dict[int, bool] = {}
    alnum: dict[int, bool] = {}
    out: list[_Sentence] = []
    for n, (first_token, end_token) in enumerate(view.sentences):
        span = doc[first_token:end_token]
        tok.sent[span.start : span.end] = [n] * (span.end - span.start)
        start, end = max(span.start_char, cut), span.end_char
        if end <= start:
            continue
        raw = text[start:end]
        stripped = raw.strip()
        if not stripped:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(stripped)
        line_start = text.rfind("\n", 0, start) + 1
        clean = line_clean.get(line_start)
        if clean is None:
            line_end = text.find("\n", start)
            line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
            clean = line_clean[line_start] = not (
                is_boilerplate_line(line, lexicon=lexicon) or (line_start > lede and is_headline_line(line))
            )
        at_line_start = not text[line_start:start].strip()
        n_words = len(stripped.split())
        clean = (
            clean
            # Credit lines, captions and teasers for other stories, as the speaker passes see them.
            and not view.outside_story(n)
            and n_words >= weights.min_words
            and (at_line_start or not any(p.search(stripped) for p in anchored))
        )
        first = max(span.start, bisect.bisect_left(tok.idx, start, span.start, span.end))
        content: list[int] = []
        for k in range(first, span.end):
            if tok.skip[k]:
                continue
            h = tok.lemma[k]
            ok = alnum.get(h)
            if ok is None:
                ok = alnum[h] = any(map(str.isalnum, tok.name(h)))
            if ok:
                content.append(h)
        sent = _Sentence(start, end, stripped, n_words, first, span.end, content, clean)
        lo = bisect.bisect_left(entity_starts, first)
        hi = bisect.bisect_left(entity_starts, span.end)
        sent.entities = [e for e in entities[lo:hi] if e.last <= span.end]
        if out:
            sent.refers_back, sent.anaphor = _reference(sent, tok, lexicon=lexicon, quotes=quotes, text=text)
        out.append(sent)
    for i, sent in enumerate(out):
        if sent.anaphor is not None and sent.clean:
            sent.resolved = _resolve(i, out, tok, lexicon=lexicon, quotes=quotes)
    return out


def _similarity(
    doc: Doc, sents: Sequence[_Sentence], *, weights: SummaryWeights
) -> tuple[FloatArray, FloatArray]:
    """Sentence similarity from lemma TF-IDF vectors of content words.

    Returns:
        The cosine similarity (blended with mean word vectors when the model has real ones), and the
        affinity: the same similarity times both vector lengths, i.e. the TF-IDF dot product, which grows
        with how much of the article's vocabulary two sentences share. Diagonals are zero.
    """
    vocab: dict[int, int] = {}
    rows = [Counter(vocab.setdefault(h, len(vocab)) for h in sent.content) for sent in sents]
    n = len(sents)
    tf = np.zeros((n, max(len(vocab), 1)), dtype=np.float64)
    for i, counts in enumerate(rows):
        if counts:
            tf[i, list(counts)] = list(counts.values())
    df = np.count_nonzero(tf, axis=0)
    idf = np.log((n + 1) / (df + 1)) + 1.0
    x = np.log1p(tf) * idf**weights.idf_power
    norms = np.sqrt(np.einsum("ij,ij->i", x, x))
    # Only words in two or more sentences add to the dot products off the diagonal. einsum, unlike ``@``,
    # never starts BLAS threads, whose wake-up costs milliseconds on a busy worker.
    shared = x[:, df > 1]
    dot = np.einsum("ik,jk->ij", shared, shared)
    np.fill_diagonal(dot, 0.0)
    lengths = np.outer(norms, norms)
    sim: FloatArray = np.divide(dot, lengths, out=np.zeros_like(dot), where=lengths > 0)
    vectors = doc.vocab.vectors
    if weights.vectors > 0 and vectors.shape[0] > 0 and vectors.shape[1] > 0:
        v = np.zeros((n, vectors.shape[1]), dtype=np.float64)
        for i, sent in enumerate(sents):
            span = doc[sent.first : sent.last]
            vs = [t.vector for t in span if t.has_vector and not (t.is_stop or t.is_punct)]
            if vs:
                v[i] = np.asarray(vs, dtype=np.float64).mean(axis=0)
        vn = np.sqrt(np.einsum("ij,ij->i", v, v))[:, None]
        v = np.divide(v, vn, out=np.zeros_like(v), where=vn > 0)
        vsim = np.clip(np.einsum("ik,jk->ij", v, v), 0.0, None)
        sim = (1.0 - weights.vectors) * sim + weights.vectors * vsim
        np.fill_diagonal(sim, 0.0)
    affinity: FloatArray = sim * lengths
    return sim, affinity


def _scores(sents: Sequence[_Sentence], affinity: FloatArray, *, weights: SummaryWeights) -> FloatArray:
    """Directed (position-aware) centrality plus the lead bias and length preference."""
    n = len(sents)
    centrality = np.zeros(n, dtype=np.float64)
    if n > 1:
        off = affinity[~np.eye(n, dtype=bool)]
        lo, hi = float(off.min()), float(off.max())
        edges = np.clip(affinity - (lo + weights.threshold * (hi - lo)), 0.0, None)
        after, before = np.triu(edges, 1).sum(axis=1), np.tril(edges, -1).sum(axis=1)
        raw = weights.forward * after + weights.backward * before
        spread = float(raw.max() - raw.min())
        if spread > 0:
            centrality = (raw - raw.min()) / spread
    position = np.cumsum([s.clean for s in sents]) - 1  # lead position among eligible sentences
    lead = (1.0 + np.clip(position, 0, None)) ** -weights.lead_decay
    length = np.minimum(np.array([s.words for s in sents], dtype=np.float64) / weights.length_cap, 1.0)
    scores: FloatArray = centrality + weights.lead * lead + weights.length * length
    return scores


def _units(sents: Sequence[_Sentence], *, weights: SummaryWeights) -> list[tuple[int, ...] | None]:
    """For each sentence, the sentences it must be chosen with (itself last), or None when it can't be.

    A sentence whose anaphor was resolved to a name stands alone.
    """
    units: list[tuple[int, ...] | None] = []
    for i in range(len(sents)):
        if sents[i].resolved is not None:
            units.append((i,) if sents[i].clean else None)
            continue
        chain = [i]
        while sents[chain[0]].refers_back and len(chain) < weights.max_chain:
            chain.insert(0, chain[0] - 1)
        ok = not sents[chain[0]].refers_back and all(sents[k].clean for k in chain)
        units.append(tuple(chain) if ok else None)
    return units


def _select(
    sents: Sequence[_Sentence],
    scores: FloatArray,
    sim: FloatArray,
    *,
    sentences: int,
    words: int | None,
    weights: SummaryWeights,
    neutral: bool = False,
) -> list[int]:
    """Greedy MMR selection of whole units (a sentence with those it refers back to) within the budget.

    With ``neutral``, each step takes, among the units whose gain is within ``weights.neutral_tolerance`` of
    the best, the one with the fewest author-voice loaded terms per new sentence (then the higher gain).
    """
    units = _units(sents, weights=weights)
    sizes = [s.words if words is not None else 1 for s in sents]
    chosen: list[int] = []
    taken: set[int] = set()
    left = words if words is not None else sentences
    penalty = np.zeros(len(sents), dtype=np.float64)  # highest similarity to a chosen sentence
    while left > 0:
        mmr = (scores - weights.redundancy * penalty).tolist()
        near = (penalty >= weights.duplicate).tolist()
        fits: list[tuple[float, list[int]]] = []
        overflow: tuple[float, list[int]] | None = None
        lone_overflow = words is not None and not chosen
        for i, unit in enumerate(units):
            if unit is None or i in taken:
                continue
            new = [k for k in unit if k not in taken]
            if any(near[k] for k in new):
                continue
            gain = sum(mmr[k] for k in new) / len(new)
            if sum(sizes[k] for k in new) <= left:
                fits.append((gain, new))
            elif lone_overflow and len(new) == 1 and (overflow is None or gain > overflow[0]):
                overflow = (gain, new)
        pick = max(fits, key=lambda c: c[0]) if fits else overflow
        if pick is not None and neutral and fits:
            floor = pick[0] - weights.neutral_tolerance
            pick = min(
                (c for c in fits if c[0] >= floor),
                key=lambda c: (sum(sents[k].loaded for k in c[1]) / len(c[1]), -c[0]),
            )
        if pick is None:
            break
        chosen.extend(pick[1])
        taken.update(pick[1])
        left -= sum(sizes[k] for k in pick[1])
        penalty = np.maximum(penalty, sim[pick[1]].max(axis=0))
    return sorted(chosen)


def summarise(
    doc: Doc,
    *,
    sentences: int = 3,
    words: int | None = None,
    lexicon: SummaryLexicon | None = None,
    weights: SummaryWeights | None = None,
    bias: BiasResult | None = None,
    neutral: bool = False,
    view: ArticleView | None = None,
) -> Summary:
    """Pick the article's most central sentences, lead first, without repeating itself.

    Args:
        doc: The parsed article (sentence boundaries, lemmas and the dependency parse are read, never redone).
        sentences: How many sentences to pick when ``words`` is not given.
        words: A budget in words (whitespace-separated) instead of sentences; ``sentences`` is then ignored.
            The summary is longer than ``words`` only when no eligible sentence fits at all: it is then the
            single best sentence.
        lexicon: Hygiene patterns; by default :func:`load_summary_lexicon` from ``config/lexicons``.
        weights: Scoring weights; by default :data:`DEFAULT_WEIGHTS`.
        bias: The bias stage's result for the same text; its author-voice tags are counted per sentence.
        neutral: Between units of near-equal value (within ``weights.neutral_tolerance``), prefer the one with
            fewer author-voice loaded terms per sentence. Has no effect without ``bias``.
        view: The doc's shared view (:func:`tasks.article_view.article_view`: sentences, quote-mark spans,
            furniture and link lines, entities); by default the one cached on ``doc`` with the default
            attribution lexicon's furniture and link patterns.

    Returns:
        The chosen sentences in document order with character offsets into ``doc.text`` (surrounding
        whitespace stripped). ``text`` joins them with a space, each as its ``resolved_text`` when it has one.
        ``neutral`` says whether the neutral preference was applied (asked for and ``bias`` given);
        ``loaded_terms`` counts the author-voice bias tags starting inside the chosen sentences (None without
        ``bias``). Empty when no sentence is eligible.

    Raises:
        ValueError: ``sentences`` or ``words`` is below 1.

    Notes:
        Sentences are lemma TF-IDF vectors over content words (IDF from the article's own sentences), blended
        with mean word vectors only when the model has real ones. Centrality is PACSUM's directed centrality
        (Zheng & Lapata 2019, "Sentence Centrality Revisited for Unsupervised Summarization"): a sentence
        gains more from similar sentences after it than before it, which together with a lead bias on the
        lede suits lead-first news. Its edges are TF-IDF dot products rather than cosines, so a sentence that
        carries much of the article's recurring vocabulary counts more (this stands in for a length
        preference). Selection is greedy maximal marginal relevance over cosine similarity (Carbonell &
        Goldstein 1998), taking a sentence together with the sentences it refers back to.
        Never chosen: the dateline prefix, bylines, photo captions, boilerplate lines, fragments under
        ``weights.min_words`` words; nor a sentence on a line the shared view marks as furniture (a credit
        line, a caption ending in a credit) or as a link to another story ("WATCH: ...", "RELATED: ..."),
        the same lines the speaker passes leave out. A sentence that opens with a pronoun or an anaphoric
        subject ("The official said"), or quotes a speaker it does not name, is chosen only together with the
        sentence before it, unless its one back-reference is a subject that a named entity of the sentence
        before resolves with certainty (see ``_resolve``): it may then stand alone, and when the sentence
        before is left out its ``resolved_text`` names the referent ('"...," Jane Roe told AFP.').
    """
    if sentences < 1:
        raise ValueError(f"sentences must be at least 1, got {sentences}")
    if words is not None and words < 1:
        raise ValueError(f"words must be at least 1, got {words}")
    lex = lexicon or load_summary_lexicon()
    w = weights or DEFAULT_WEIGHTS
    sents = _sentences(doc, lexicon=lex, weights=w, view=view)
    if bias is not None:
        _count_loaded(sents, bias)
    neutral = neutral and bias is not None
    if not any(s.clean for s in sents):
        return Summary(text="", sentences=[], neutral=neutral, loaded_terms=0 if bias is not None else None)
    sim, affinity = _similarity(doc, sents, weights=w)
    scores = _scores(sents, affinity, weights=w)
    picked = _select(sents, scores, sim, sentences=sentences, words=words, weights=w, neutral=neutral)
    chosen = set(picked)
    out = [
        SummarySentence(
            text=sents[i].text,
            start=sents[i].start,
            end=sents[i].end,
            resolved_text=sents[i].resolved if i - 1 not in chosen else None,
        )
        for i in picked
    ]
    return Summary(
        text=" ".join(s.resolved_text or s.text for s in out),
        sentences=out,
        neutral=neutral,
        loaded_terms=sum(sents[i].loaded for i in picked) if bias is not None else None,
    )


def _count_loaded(sents: Sequence[_Sentence], bias: BiasResult) -> None:
    """Count the author-voice bias tags that start inside each sentence."""
    starts = [s.start for s in sents]
    for tag in bias.tags:
        if tag.voice != "author":
            continue
        k = bisect.bisect_right(starts, tag.start) - 1
        if k >= 0 and tag.start < sents[k].end:
            sents[k].loaded += 1
