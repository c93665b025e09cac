"""Word- and sentence-level scores of the wirelens bias tagger on BABE-style data, beside two baselines.

Usage::

    python bench/eval_bias.py PATH [--limit N] [--errors K] [--threshold T] [--cache FILE]
    python bench/eval_bias.py --rules PATH [PATH ...] [--half even|odd] [--errors K] [--cache-dir DIR]

With ``--rules``, the files may be BABE, NewsSD-ENG and BASIL development splits together, and the script
prints the precision report of :mod:`bench.bias_precision` instead: per rule and per category, the tags on
each set and how many author-voice tags fell on objective NewsSD sentences (a rule that mostly misfires
shows at the top), then the shared scorer's figures on the same run.

``PATH`` is a JSON Lines file with ``text``, ``label`` (``biased`` | ``non-biased``) and ``biased_words`` (the
words annotators marked) per line, such as the internal BABE development split. Evaluation data stays outside
the repository: nothing here copies it, and no word list is derived from it.

Each text is parsed once (``nlp.pipe``); the pipeline then runs as in production: entities
(:func:`tasks.entities.entities`), quotes (:func:`tasks.quotes.quotes` with the shipped reporting verbs) and
:func:`tasks.bias.tag_bias` with the shipped lexicon.

Scoring:

* **Word level**, over all sentences, biased or not. The annotated words of a row are lower-cased and split
  into words (a marked phrase counts each of its words). A *tagged token* is any non-punctuation token inside
  a tag (a multiword tag counts once per token). A tagged token is correct when its lower-cased text or its
  lemma equals an annotated word of its row. Precision = correct tagged tokens / tagged tokens; recall =
  annotated words matched by at least one tagged token (text or lemma) / annotated words; F1 from the two.
* **Two word-level rows.** BABE's annotators mark loaded or biased *words*. Some of our tag categories mark a
  *construction* instead, and the product keeps them (issue 4 requires them) even though a word list cannot
  score them fairly:

  - *all tags*: every tag, as above;
  - *lexical bias tags* (**the headline word-level row**): only tags whose category marks a word as loaded by
    its meaning - ``loaded``, ``emotive``, ``accusatory``, ``label``, ``sensational``, ``epithet``,
    ``intensifier``, ``euphemism`` and ``epistemic-doubt`` (doubt-casting words such as "so-called",
    "supposedly", "claims": they disparage the claim whatever the sentence around them). Left out are the
    categories of constructions: ``scare-quote`` (the marks, not the word, make the bias), ``factive``,
    ``assertive`` and ``hedge`` (neutral verbs and adverbs whose effect lies in what they presuppose about a
    clause, Recasens et al.'s epistemological bias), ``weasel`` (an unattributed-source phrase), and the
    ``intensified:`` companions (a degree word such as "very" tagged because of the word it amplifies).

  Both rows score the same run of the product: the headline row filters its tags, the tagger emits and
  weighs all of them. The baseline's lexical row looks up only the entries of those categories.
  Sentence-level scores always use all tags.
* **Sentence level**: a row is predicted ``biased`` when any spaCy sentence of it is ``biased`` in the
  result; macro-F1 over the two classes.
* Baselines, scored the same way: *lexicon lookup* tags every token sequence whose words equal (text or lemma)
  a lexicon term or form, with no POS, sense, context or voice, and calls a row biased if anything matched;
  *all biased* calls every row biased and tags no words.

Progress goes to stderr, the table (and, with ``--errors K``, K false positives and K false negatives of
each level, for study; the word-level ones are those of the lexical row) to stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bias_precision
from bench.common import progress
from config.settings import LEXICON_DIR, Settings
from tasks.bias import AUTHOR_THRESHOLD, BIASED_THRESHOLD, tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon, load_bias_lexicon, term_words
from tasks.models import BiasResult
from tasks.nlp import get_nlp
from tasks.quotes import quotes


@dataclass
class WordScore:
    """Running counts for word-level precision and recall."""

    tagged: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def add(self, doc: Doc, tagged: set[int], gold: set[str]) -> tuple[list[str], list[str]]:
        """Count one row; return its wrong tagged words and its missed annotated words."""
        wrong: list[str] = []
        hit: set[str] = set()
        for i in sorted(tagged):
            keys = {doc[i].lower_, doc[i].lemma_.lower()}
            self.tagged += 1
            if keys & gold:
                self.correct += 1
                hit |= keys & gold
            else:
                wrong.append(doc[i].text)
        self.gold += len(gold)
        self.found += len(hit)
        return wrong, sorted(gold - hit)

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.tagged if self.tagged else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class SentenceScore:
    """Confusion counts of the ``biased`` decision, for macro-F1."""

    counts: dict[tuple[bool, bool], int] = field(default_factory=dict)

    def add(self, gold: bool, predicted: bool) -> None:
        self.counts[(gold, predicted)] = self.counts.get((gold, predicted), 0) + 1

    def macro_f1(self) -> float:
        f1s = []
        for cls in (True, False):
            tp = self.counts.get((cls, cls), 0)
            fp = self.counts.get((not cls, cls), 0)
            fn = self.counts.get((cls, not cls), 0)
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        return sum(f1s) / 2

    def accuracy(self) -> float:
        total = sum(self.counts.values())
        return (self.counts.get((True, True), 0) + self.counts.get((False, False), 0)) / max(total, 1)


# Categories whose tags mark a word as loaded by its meaning: the headline word-level row counts only these.
LEXICAL_CATEGORIES = frozenset(
    {"loaded", "emotive", "accusatory", "label", "sensational", "epithet", "intensifier", "euphemism"}
    | {"epistemic-doubt"}
)
# Rule prefix of the intensifier companions ("very" before a tagged word): constructions, not lexical tags.
COMPANION_RULE = "intensified:"


def is_lexical(category: str, rule: str) -> bool:
    """Whether a tag counts in the *lexical bias tags* row (see the module docstring)."""
    return category in LEXICAL_CATEGORIES and not rule.startswith(COMPANION_RULE)


@dataclass
class System:
    name: str
    words: WordScore = field(default_factory=WordScore)
    lexical: WordScore = field(default_factory=WordScore)
    sentences: SentenceScore = field(default_factory=SentenceScore)

    def row(self) -> str:
        p, r, f = self.words.prf()
        lp, lr, lf = self.lexical.prf()
        return (
            f"| {self.name:<16} | {lp:6.3f} | {lr:6.3f} | {lf:6.3f} | {p:6.3f} | {r:6.3f} | {f:6.3f} "
            f"| {self.sentences.macro_f1():6.3f} | {self.sentences.accuracy():6.3f} |"
        )


def read_rows(path: Path, limit: int | None) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if row.get("text") and row.get("label") in ("biased", "non-biased"):
                    rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows


def gold_words(row: dict[str, object]) -> set[str]:
    raw = row.get("biased_words") or []
    assert isinstance(raw, list)
    return {w for phrase in raw for w in term_words(str(phrase)) if w.isalnum() or ("-" in w and len(w) > 1)}


def tag_tokens(doc: Doc, result: BiasResult, *, lexical_only: bool = False) -> set[int]:
    """Indices of the non-punctuation tokens that a tag covers (only lexical bias tags, if asked)."""
    out: set[int] = set()
    for tag in result.tags:
        if lexical_only and not is_lexical(tag.category, tag.rule):
            continue
        span = doc.char_span(tag.start, tag.end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if not (t.is_punct or t.is_space))
    return out


def lookup_tokens(doc: Doc, lexicon: BiasLexicon, *, lexical_only: bool = False) -> set[int]:
    """The plain-lookup baseline: every lexicon phrase anywhere, by text or lemma, no limits at all."""
    keys = [(t.lemma_.lower(), t.lower_) for t in doc]
    out: set[int] = set()
    for i, (lemma, lower) in enumerate(keys):
        for words, entry in (
            *lexicon.index.get(lemma, ()),
            *(lexicon.index.get(lower, ()) if lower != lemma else ()),
        ):
            if lexical_only and entry.category not in LEXICAL_CATEGORIES:
                continue
            end = i + len(words)
            if end <= len(doc) and all(w in keys[i + k] for k, w in enumerate(words)):
                out.update(k for k in range(i, end) if not doc[k].is_punct)
    return out


def parse(nlp_name: str, texts: Sequence[str], cache: Path | None, batch_size: int) -> Iterator[Doc]:
    """Parsed docs, read from ``cache`` (a DocBin outside the repository) when it matches the texts."""
    nlp = get_nlp(nlp_name, Settings().fallback_model)
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == list(texts):
            yield from docs
            return
        print(f"{cache}: stale, parsing again", file=sys.stderr)
    parsed: list[Doc] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        parsed.append(doc)
        yield doc
    if cache is not None:
        db = DocBin(store_user_data=False)
        for doc in parsed:
            db.add(doc)
        db.to_disk(cache)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n", 1)[0])
    parser.add_argument("path", type=Path, nargs="+", help="JSONL with text, label and biased_words per line")
    parser.add_argument(
        "--rules", action="store_true", help="per-rule precision report over BABE/NewsSD/BASIL"
    )
    parser.add_argument(
        "--half", choices=("even", "odd"), default=None, help="only rows of one sha1(id) half"
    )
    parser.add_argument("--cache-dir", type=Path, default=None, help="directory for DocBin parse caches")
    parser.add_argument("--top", type=int, default=40, help="rules shown in the --rules table")
    parser.add_argument("--limit", type=int, default=None, help="only the first N rows")
    parser.add_argument("--errors", type=int, default=0, help="print K false positives and negatives")
    parser.add_argument("--threshold", type=float, default=BIASED_THRESHOLD, help="sentence score threshold")
    parser.add_argument(
        "--author-threshold", type=float, default=AUTHOR_THRESHOLD, help="author-voiced sentence threshold"
    )
    parser.add_argument(
        "--cache", type=Path, default=None, help="DocBin file to reuse parses (keep it out of the repo)"
    )
    parser.add_argument("--model", default=None, help="spaCy model (default: the configured one)")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    if args.rules:
        return bias_precision.report(
            args.path, half=args.half, cache_dir=args.cache_dir, top=args.top, errors=args.errors
        )
    if len(args.path) != 1:
        parser.error("one PATH without --rules")
    args.path = args.path[0]

    settings = Settings()
    rows = read_rows(args.path, args.limit)
    if not rows:
        parser.error(f"{args.path}: no rows with text and label")
    lexicon = load_bias_lexicon(LEXICON_DIR)
    cues = load_reporting_verbs(LEXICON_DIR)
    ours, lookup, every = System("wirelens"), System("lexicon lookup"), System("all biased")
    word_fp: list[str] = []
    word_fn: list[str] = []
    sent_fp: list[str] = []
    sent_fn: list[str] = []
    tag_ms = 0.0
    texts = [str(row["text"]) for row in rows]
    docs = parse(args.model or settings.model, texts, args.cache, args.batch_size)
    for row, doc in zip(rows, progress("scored", len(rows), docs), strict=True):
        gold = gold_words(row)
        is_biased = row["label"] == "biased"
        found = quotes(doc, entities(doc), cues=cues)
        t0 = time.perf_counter()
        result = tag_bias(
            doc, found, lexicon=lexicon, threshold=args.threshold, author_threshold=args.author_threshold
        )
        tag_ms += 1000 * (time.perf_counter() - t0)
        predicted = any(s.biased for s in result.sentences)
        ours.words.add(doc, tag_tokens(doc, result), gold)
        wrong, missed = ours.lexical.add(doc, tag_tokens(doc, result, lexical_only=True), gold)
        ours.sentences.add(is_biased, predicted)
        hits = lookup_tokens(doc, lexicon)
        lookup.words.add(doc, hits, gold)
        lookup.lexical.add(doc, lookup_tokens(doc, lexicon, lexical_only=True), gold)
        lookup.sentences.add(is_biased, bool(hits))
        every.words.add(doc, set(), gold)
        every.lexical.add(doc, set(), gold)
        every.sentences.add(is_biased, True)
        if args.errors:
            score = max((s.score for s in result.sentences), default=0.0)
            tagged = ", ".join(f"{t.text}[{t.category}/{t.voice}/{t.weight}]" for t in result.tags)
            if wrong and len(word_fp) < args.errors:
                word_fp.append(f"{wrong} in: {doc.text}")
            if missed and len(word_fn) < args.errors:
                word_fn.append(f"{missed} tagged: {tagged or '-'} in: {doc.text}")
            if predicted and not is_biased and len(sent_fp) < args.errors:
                sent_fp.append(f"score {score}: {tagged} in: {doc.text}")
            if is_biased and not predicted and len(sent_fn) < args.errors:
                sent_fn.append(f"score {score}: {tagged or '-'} in: {doc.text}")

    n_biased = sum(1 for row in rows if row["label"] == "biased")
    print(
        f"{args.path.name}: {len(rows)} rows ({n_biased} biased), {sum(len(gold_words(r)) for r in rows)} "
        f"annotated words; lexicon {lexicon.version} ({len(lexicon.entries)} entries); sentence biased when "
        f"author weight >= {args.author_threshold} or score >= {args.threshold}\n"
    )
    print("Word level, lexical bias tags (headline) and all tags; sentence level from all tags.\n")
    print(
        "| system           | lexical P | lexical R | lexical F1 | all-tags P | all-tags R | all-tags F1 "
        "| sent macro-F1 | sent acc |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for system in (ours, lookup, every):
        print(system.row())
    print(f"\ntag_bias: {tag_ms / len(rows):.3f} ms per row (after parse, entities and quotes)")
    for title, items in (
        ("word false positives (lexical tags, not annotated)", word_fp),
        ("word false negatives (annotated, no lexical tag)", word_fn),
        ("sentence false positives", sent_fp),
        ("sentence false negatives", sent_fn),
    ):
        if items:
            print(f"\n## {title}")
            for item in items:
                print(f"- {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
