"""ROUGE of the wirelens summariser against reference summaries, beside Lead-3, LexRank and TextRank.

Usage::

    python bench/eval_summary.py PATH [--limit N] [--sentences 3] [--words 60] [--neutral]

``PATH`` is a JSON Lines file with ``id``, ``text`` and ``summary`` per line (``title`` is ignored), such as
the internal BBC News Summary development split. Evaluation data stays outside the repository.

Each text is parsed once with the wirelens model (``nlp.pipe``); every system then picks ``--sentences``
sentences from the same spaCy sentences: wirelens (``tasks.summary.summarise``), Lead-N (the first N
sentences), and sumy's LexRank and TextRank (fed spaCy's sentences and tokens, so no NLTK data is needed).
The table gives ROUGE-1/2/L F1 (``rouge-score``, Porter stemmer) and mean words per summary, once for the
summaries as picked and once with every summary cut to its first ``--words`` words, plus wirelens run
natively with a word budget of ``--words``. With ``--neutral`` each article also goes through the
extraction and bias stages (``tasks.analysis.extract`` and ``bias``) and wirelens runs again with
``neutral=True``, adding a "wirelens neutral" row and the mean author-voice loaded terms per summary with
and without it; the bias stage's time is not counted in the summariser's. Progress goes to stderr, the
table to stdout.

Bench-only dependencies, not part of the package (do not add them to pyproject.toml)::

    .venv/bin/pip install rouge-score==0.1.2 sumy==0.13.0
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rouge_score import rouge_scorer
from spacy.tokens import Doc
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from bench.common import progress
from config.logging import configure_logging
from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.nlp import get_nlp
from tasks.summary import summarise

METRICS = ("rouge1", "rouge2", "rougeL")


class SpacyWords:
    """A sumy tokenizer that hands back the words spaCy already found for one sentence."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = tuple(words)

    def to_words(self, text: str) -> tuple[str, ...]:
        return self.words


@dataclass
class Scores:
    """Running sums of ROUGE F1 and summary length for one system."""

    f1: dict[str, float] = field(default_factory=lambda: dict.fromkeys(METRICS, 0.0))
    words: int = 0
    n: int = 0

    def add(self, scorer: rouge_scorer.RougeScorer, reference: str, summary: str) -> None:
        result = scorer.score(reference, summary)
        for metric in METRICS:
            self.f1[metric] += result[metric].fmeasure
        self.words += len(summary.split())
        self.n += 1

    def row(self, name: str) -> str:
        n = max(self.n, 1)
        r1, r2, rl = (100 * self.f1[m] / n for m in METRICS)
        return f"| {name:<24} | {r1:6.2f} | {r2:6.2f} | {rl:6.2f} | {self.words / n:6.1f} |"


def read_rows(path: Path, limit: int | None) -> list[dict[str, str]]:
    """The first ``limit`` rows of a JSONL file that have both a text and a reference summary."""
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("text") and row.get("summary"):
                rows.append(row)
            if limit is not None and len(rows) >= limit:
                break
    return rows


def spacy_sentences(doc: Doc) -> list[tuple[str, list[str]]]:
    """The non-empty sentences of ``doc`` with their words (no punctuation or whitespace tokens)."""
    out: list[tuple[str, list[str]]] = []
    for sent in doc.sents:
        text = sent.text.strip()
        if text:
            out.append((text, [t.text for t in sent if not (t.is_punct or t.is_space)]))
    return out


def lead(sentences: Sequence[tuple[str, list[str]]], n: int) -> str:
    return " ".join(text for text, _ in sentences[:n])


def sumy_summary(
    summarizer: Callable[[ObjectDocumentModel, int], Sequence[Sentence]],
    sentences: Sequence[tuple[str, list[str]]],
    n: int,
) -> str:
    """Run a sumy summariser on spaCy's sentences (one paragraph, our tokens), returning its pick in order."""
    paragraph = Paragraph([Sentence(text, SpacyWords(words)) for text, words in sentences])
    document = ObjectDocumentModel([paragraph])
    return " ".join(str(s) for s in summarizer(document, n))


def cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("path", type=Path, help="JSONL with id, text and summary per line")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--sentences", type=int, default=3, help="sentences per summary (default 3)")
    parser.add_argument("--words", type=int, default=60, help="word budget of the second table (default 60)")
    parser.add_argument("--model", default=None, help="spaCy model (default: the configured one)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--neutral", action="store_true", help="add a row for summarise(neutral=True)")
    args = parser.parse_args(argv)

    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    nlp = get_nlp(args.model or settings.model, settings.fallback_model)
    rows = read_rows(args.path, args.limit)
    if not rows:
        parser.error(f"{args.path}: no rows with text and summary")

    stemmer = Stemmer("english")
    lexrank, textrank = LexRankSummarizer(stemmer), TextRankSummarizer(stemmer)
    lexrank.stop_words = textrank.stop_words = get_stop_words("english")
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    n = args.sentences
    systems: tuple[str, ...] = ("wirelens", f"Lead-{n}", "LexRank (sumy)", "TextRank (sumy)")
    if args.neutral:
        systems = ("wirelens", "wirelens neutral", *systems[1:])
    loaded = {"wirelens": 0, "wirelens neutral": 0}
    swapped = 0
    full = {name: Scores() for name in systems}
    budget = {name: Scores() for name in systems}
    native = Scores()
    seconds = {"parse": 0.0, "wirelens": 0.0}

    docs = nlp.pipe((row["text"] for row in rows), batch_size=args.batch_size)
    t_parse = time.perf_counter()
    for row, doc in zip(rows, progress("parsed and scored", len(rows), docs, every=25), strict=True):
        seconds["parse"] += time.perf_counter() - t_parse
        t0 = time.perf_counter()
        ours = summarise(doc, sentences=n).text
        seconds["wirelens"] += time.perf_counter() - t0
        sentences = spacy_sentences(doc)
        picks = {"wirelens": ours}
        if args.neutral:
            tags = bias(doc, extract(doc, settings), settings)
            plain = summarise(doc, sentences=n, bias=tags)
            calm = summarise(doc, sentences=n, bias=tags, neutral=True)
            loaded["wirelens"] += plain.loaded_terms or 0
            loaded["wirelens neutral"] += calm.loaded_terms or 0
            swapped += plain.text != calm.text
            picks["wirelens neutral"] = calm.text
        picks |= {
            f"Lead-{n}": lead(sentences, n),
            "LexRank (sumy)": sumy_summary(lexrank, sentences, n),
            "TextRank (sumy)": sumy_summary(textrank, sentences, n),
        }
        reference = row["summary"]
        for name, summary in picks.items():
            full[name].add(scorer, reference, summary)
            budget[name].add(scorer, reference, cut(summary, args.words))
        native.add(scorer, reference, summarise(doc, words=args.words).text)
        t_parse = time.perf_counter()

    header = "| system                   | R-1 F  | R-2 F  | R-L F  | words  |\n|---|---:|---:|---:|---:|"
    print(f"{args.path.name}: {len(rows)} articles; ROUGE F1 x100 (rouge-score 0.1.2, Porter stemmer)\n")
    print(f"{n} sentences per summary\n\n{header}")
    for name in systems:
        print(full[name].row(name))
    print(f"\nevery summary above cut to its first {args.words} words\n\n{header}")
    for name in systems:
        print(budget[name].row(name))
    print(native.row(f"wirelens words={args.words}"))
    if args.neutral:
        mean = {name: count / len(rows) for name, count in loaded.items()}
        print(
            f"\nauthor-voice loaded terms per {n}-sentence summary: {mean['wirelens']:.3f} plain, "
            f"{mean['wirelens neutral']:.3f} neutral; neutral changed {swapped} of {len(rows)} summaries"
        )
    share = 100 * seconds["wirelens"] / max(seconds["parse"], 1e-9)
    print(
        f"\nwirelens summarise(): {1000 * seconds['wirelens'] / len(rows):.2f} ms per article "
        f"({share:.1f}% of parse time, {1000 * seconds['parse'] / len(rows):.1f} ms per article)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
