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
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
import yaml
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, IS_STOP, LEMMA, LOWER
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.models import Summary, SummarySentence
from tasks.quotemarks import quoted_spans

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
CLAUSE_DEPS = ("parataxis", "ccomp", "conj")  # how "..., he said" hangs off the main verb
ATTRS = (IDX, LEMMA, LOWER, DEP, HEAD, IS_STOP, IS_PUNCT, IS_SPACE)

FloatArray = npt.NDArray[np.float64]


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
    """

    version: str
    datelines: tuple[re.Pattern[str], ...]
    boilerplate: tuple[re.Pattern[str], ...]
    boilerplate_phrases: tuple[str, ...]
    referring_openers: frozenset[str]
    anaphoric_subjects: tuple[re.Pattern[str], ...]
    reporting_verbs: frozenset[str]

    @property
    def anchored(self) -> tuple[re.Pattern[str], ...]:
        """The boilerplate patterns anchored at the start, which also apply to sentences within a line."""
        return tuple(p for p in self.boilerplate if p.pattern.startswith("^"))


@dataclass(frozen=True, slots=True)
class SummaryWeights:
    """Scoring weights of :func:`summarise`, tuned on a development split of news articles.

    Attributes:
        forward: Weight of edges to later sentences in the directed centrality (PACSUM's lambda_2).
        backward: Weight of edges to earlier sentences (PACSUM's lambda_1; negative favours earlier ones).
        threshold: Edges below ``min + threshold * (max - min)`` of the similarities are dropped
            (PACSUM's beta).
        lead: Weight of the lead bias ``(1 + position) ** -lead_decay``.
        lead_decay: How fast the lead bias falls off with the sentence position.
        paragraph: Bonus for a sentence that opens a paragraph (a wire lede opens one).
        length: Weight of the length preference ``min(words / length_cap, 1)``.
        length_cap: Word count above which a sentence earns no more length preference.
        redundancy: MMR penalty on the highest similarity to a sentence already chosen.
        vectors: Share of word-vector similarity in the sentence similarity, used only when the vocabulary
            has real word vectors.
        min_words: Sentences with fewer words are never chosen (fragments, a lone closing quote mark).
        max_chain: Longest run of sentences a back-referring sentence may pull in with it.
    """

    forward: float = 1.0
    backward: float = -0.3
    threshold: float = 0.1
    lead: float = 1.0
    lead_decay: float = 1.0
    paragraph: float = 0.0
    length: float = 0.3
    length_cap: float = 40.0
    redundancy: float = 0.5
    vectors: float = 0.5
    min_words: int = 6
    max_chain: int = 3


DEFAULT_WEIGHTS = SummaryWeights()


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
    opens_paragraph: bool
    clean: bool  # not boilerplate and not a fragment
    refers_back: bool = False  # needs the sentence before it


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
    )


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


def is_boilerplate_line(line: str, *, lexicon: SummaryLexicon) -> bool:
    """Whether a line (paragraph) of wire copy is a byline, caption, call to action or copyright line.

    Args:
        line: One line of the article, stripped.
        lexicon: Supplies the patterns and phrases.
    """
    low = line.lower()
    return any(p in low for p in lexicon.boilerplate_phrases) or any(p.search(line) for p in lexicon.boilerplate)


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
        self._names: dict[int, str] = {}
        strings = doc.vocab.strings
        self.root = strings["ROOT"]
        self.speaker = frozenset(strings[d] for d in SPEAKER_DEPS)
        self.clause = frozenset(strings[d] for d in CLAUSE_DEPS)

    def name(self, h: int) -> str:
        s = self._names.get(h)
        if s is None:
            s = self._names[h] = self.doc.vocab.strings[h]
        return s


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> bool:
    """Whether ``offset`` falls inside one of the sorted, non-overlapping ``spans``."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _needs_previous(
    sent: _Sentence,
    tok: _Tokens,
    *,
    lexicon: SummaryLexicon,
    quotes: Sequence[tuple[int, int]],
    quote_starts: Sequence[int],
    text: str,
) -> bool:
    """Whether a sentence only makes sense after the one before it.

    Notes:
        Three cases: it opens with a pronoun ("He", "It", ...); the subject of its main verb or of a
        reporting verb, outside quote marks, is a pronoun or an anaphoric noun phrase ("The official said",
        "..., he said"); or it opens inside a quotation and names no speaker outside the quote marks (the
        wire habit of naming the speaker once, then quoting on).
    """
    span = range(sent.first, sent.last)
    opening = next((k for k in span if not tok.punct[k]), None)
    if opening is not None and tok.name(tok.lower[opening]) in lexicon.referring_openers:
        return True
    named = False
    for k in span:
        if tok.dep[k] not in tok.speaker:
            continue
        verb = tok.head[k]
        if not sent.first <= verb < sent.last:
            continue
        reporting = tok.name(tok.lemma[verb]).lower() in lexicon.reporting_verbs
        main = tok.dep[verb] == tok.root or (
            reporting and tok.dep[verb] in tok.clause and tok.dep[tok.head[verb]] == tok.root
        )
        if not main or _inside(quotes, quote_starts, tok.idx[verb]) or _inside(quotes, quote_starts, tok.idx[k]):
            continue
        if tok.name(tok.lower[k]) in lexicon.referring_openers:
            return True
        subject = tok.doc[k]
        left, right = subject.left_edge, subject.right_edge
        phrase = text[left.idx : right.idx + len(right.text)]
        if any(p.fullmatch(phrase) for p in lexicon.anaphoric_subjects):
            return True
        named = named or reporting
    if named or opening is None:
        return False
    # No speaker named outside the quote marks: dependent when the sentence opens inside a quotation.
    return _inside(quotes, quote_starts, tok.idx[opening])


def _sentences(doc: Doc, *, lexicon: SummaryLexicon, weights: SummaryWeights) -> tuple[list[_Sentence], _Tokens]:
    """The article's sentences with stripped offsets, the dateline cut off, and hygiene flags set."""
    text = doc.text
    tok = _Tokens(doc)
    cut = dateline_end(text, lexicon=lexicon)
    quotes = quoted_spans(text)
    quote_starts = [s for s, _ in quotes]
    anchored = lexicon.anchored
    line_clean: dict[int, bool] = {}
    alnum: dict[int, bool] = {}
    out: list[_Sentence] = []
    for span in doc.sents:
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
            clean = line_clean[line_start] = not is_boilerplate_line(line, lexicon=lexicon)
        at_line_start = not text[line_start:start].strip()
        n_words = len(stripped.split())
        clean = (
            clean
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
                ok = alnum[h] = any(ch.isalnum() for ch in tok.name(h))
            if ok:
                content.append(h)
        opens_paragraph = at_line_start or (start == cut and cut > 0)
        sent = _Sentence(start, end, stripped, n_words, first, span.end, content, opens_paragraph, clean)
        if out:
            sent.refers_back = _needs_previous(
                sent, tok, lexicon=lexicon, quotes=quotes, quote_starts=quote_starts, text=text
            )
        out.append(sent)
    return out, tok


def _cosine(x: FloatArray) -> FloatArray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    unit = np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)
    out: FloatArray = unit @ unit.T
    return out


def _similarity(doc: Doc, sents: Sequence[_Sentence], *, weights: SummaryWeights) -> FloatArray:
    """Cosine similarity of lemma TF-IDF vectors (content words), blended with word vectors when real."""
    vocab: dict[int, int] = {}
    rows = [Counter(vocab.setdefault(h, len(vocab)) for h in sent.content) for sent in sents]
    n = len(sents)
    tf = np.zeros((n, max(len(vocab), 1)), dtype=np.float64)
    for i, counts in enumerate(rows):
        if counts:
            tf[i, list(counts)] = list(counts.values())
    df = np.count_nonzero(tf, axis=0)
    idf = np.log((n + 1) / (df + 1)) + 1.0
    sim = _cosine(np.log1p(tf) * idf)
    vectors = doc.vocab.vectors
    if weights.vectors > 0 and vectors.shape[0] > 0 and vectors.shape[1] > 0:
        v = np.zeros((n, vectors.shape[1]), dtype=np.float64)
        for i, sent in enumerate(sents):
            vs = [t.vector for t in doc[sent.first : sent.last] if t.has_vector and not (t.is_stop or t.is_punct)]
            if vs:
                v[i] = np.asarray(vs, dtype=np.float64).mean(axis=0)
        sim = (1.0 - weights.vectors) * sim + weights.vectors * np.clip(_cosine(v), 0.0, None)
    np.fill_diagonal(sim, 0.0)
    return sim


def _scores(sents: Sequence[_Sentence], sim: FloatArray, *, weights: SummaryWeights) -> FloatArray:
    """Directed (position-aware) centrality plus lead, paragraph-opening and length preferences."""
    n = len(sents)
    centrality = np.zeros(n, dtype=np.float64)
    if n > 1:
        off = sim[~np.eye(n, dtype=bool)]
        lo, hi = float(off.min()), float(off.max())
        edges = np.clip(sim - (lo + weights.threshold * (hi - lo)), 0.0, None)
        after, before = np.triu(edges, 1).sum(axis=1), np.tril(edges, -1).sum(axis=1)
        raw = weights.forward * after + weights.backward * before
        spread = float(raw.max() - raw.min())
        if spread > 0:
            centrality = (raw - raw.min()) / spread
    position = np.cumsum([s.clean for s in sents]) - 1  # lead position among eligible sentences
    lead = (1.0 + np.clip(position, 0, None)) ** -weights.lead_decay
    paragraph = np.array([s.opens_paragraph for s in sents], dtype=np.float64)
    length = np.minimum(np.array([s.words for s in sents], dtype=np.float64) / weights.length_cap, 1.0)
    scores: FloatArray = centrality + weights.lead * lead + weights.paragraph * paragraph + weights.length * length
    return scores


def _units(sents: Sequence[_Sentence], *, weights: SummaryWeights) -> list[tuple[int, ...] | None]:
    """For each sentence, the sentences it must be chosen with (itself last), or None when it can't be."""
    units: list[tuple[int, ...] | None] = []
    for i in range(len(sents)):
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
) -> list[int]:
    """Greedy MMR selection of whole units (a sentence with those it refers back to) within the budget."""
    units = _units(sents, weights=weights)
    sizes = [s.words if words is not None else 1 for s in sents]
    chosen: list[int] = []
    taken: set[int] = set()
    left = words if words is not None else sentences
    penalty = np.zeros(len(sents), dtype=np.float64)  # highest similarity to a chosen sentence
    while left > 0:
        mmr = (scores - weights.redundancy * penalty).tolist()
        best: tuple[float, list[int]] | None = None
        overflow: tuple[float, list[int]] | None = None
        lone_overflow = words is not None and not chosen
        for i, unit in enumerate(units):
            if unit is None or i in taken:
                continue
            new = [k for k in unit if k not in taken]
            gain = sum(mmr[k] for k in new) / len(new)
            if sum(sizes[k] for k in new) <= left:
                if best is None or gain > best[0]:
                    best = (gain, new)
            elif lone_overflow and len(new) == 1 and (overflow is None or gain > overflow[0]):
                overflow = (gain, new)
        pick = best or overflow
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

    Returns:
        The chosen sentences in document order with character offsets into ``doc.text`` (surrounding
        whitespace stripped); ``text`` joins them with a space. Empty when no sentence is eligible.

    Raises:
        ValueError: ``sentences`` or ``words`` is below 1.

    Notes:
        Sentences are lemma TF-IDF vectors over content words (IDF from the article's own sentences), blended
        with mean word vectors only when the model has real ones. Centrality is PACSUM's directed centrality
        (Zheng & Lapata 2019, "Sentence Centrality Revisited for Unsupervised Summarization"): a sentence
        gains more from similar sentences after it than before it, which together with an explicit lead bias
        suits lead-first news. Selection is greedy maximal marginal relevance (Carbonell & Goldstein 1998).
        Never chosen: the dateline prefix, bylines, photo captions, boilerplate lines, fragments under
        ``weights.min_words`` words. A sentence that opens with a pronoun or an anaphoric subject ("The
        official said"), or quotes a speaker it does not name, is chosen only together with the sentence
        before it.
    """
    if sentences < 1:
        raise ValueError(f"sentences must be at least 1, got {sentences}")
    if words is not None and words < 1:
        raise ValueError(f"words must be at least 1, got {words}")
    lex = lexicon or load_summary_lexicon()
    w = weights or DEFAULT_WEIGHTS
    sents, _ = _sentences(doc, lexicon=lex, weights=w)
    if not any(s.clean for s in sents):
        return Summary(text="", sentences=[])
    sim = _similarity(doc, sents, weights=w)
    scores = _scores(sents, sim, weights=w)
    picked = _select(sents, scores, sim, sentences=sentences, words=words, weights=w)
    out = [SummarySentence(text=sents[i].text, start=sents[i].start, end=sents[i].end) for i in picked]
    return Summary(text=" ".join(s.text for s in out), sentences=out)
