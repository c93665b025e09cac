"""Per-rule and per-category precision report of the bias tagger on the development sets (issue 12, item 6).

Used by ``bench/eval_bias.py --rules``; kept apart so the BABE word table stays as it was. Each file is
recognised by its rows: BABE (``label`` biased / non-biased), NewsSD-ENG (``label`` subjective / objective) or
BASIL (``spans`` over whole articles, with a ``headline``). Every text runs through the production stages
(:func:`tasks.analysis.extract`, :func:`tasks.analysis.bias` with the headline parsed as in production).

Printed per rule and per category: tags on each set, author-voice tags, and how many author-voice tags fell
on objective NewsSD sentences (a false alarm on straight news, whoever else is right) and on non-biased
BABE sentences; per sense pass (:class:`tasks.bias.senses._Senses`), the hits it withheld and how many of
those met an annotation (a subjective sentence, an annotated word or span: the recall it costs); then the
figures of the shared scorer's definitions, recomputed on the same run, so a change can be judged on one half
of the data (``--half even|odd``: sha1 of the row id) and checked on the other.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from bench.common import half_of, progress
from config.settings import Settings
from tasks import analysis
from tasks.bias import Vetoed
from tasks.models import Article, BiasResult, BiasTag

WORD = re.compile(r"\w+(?:['’]\w+)*")  # the shared scorer's word and stop-word definitions
STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "but",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "it",
        "its",
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "has",
        "have",
        "had",
        "not",
        "no",
    ]
)


def kind_of(row: dict[str, Any]) -> str:
    if "spans" in row:
        return "basil"
    if row.get("label") in ("subjective", "objective"):
        return "newssd"
    if "biased_words" in row:
        return "babe"
    # BBC News Summary, GGT, PolNeAR: straight news with no bias annotation; every tag there is a candidate
    # false alarm, so the report counts them per 1,000 words and shows them in context.
    return "straight"


def in_half(row_id: str, half: str | None) -> bool:
    return half is None or half_of(row_id) == half


def read(path: Path) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen: set[str] = set()
    out = []
    for r in rows:  # PolNeAR has one row per annotator and the BBC corpus repeats articles: one text once
        if r.get("text") and r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out


def parsed(nlp: Language, texts: Sequence[str], cache: Path | None) -> list[Doc]:
    """Parses of ``texts``, from a DocBin ``cache`` (outside the repository) when it holds the same texts."""
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == list(texts):
            return docs
    docs = list(progress(f"parsed {cache.name if cache else ''}", len(texts), nlp.pipe(texts, batch_size=64)))
    if cache is not None:
        db = DocBin(store_user_data=False)
        for d in docs:
            db.add(d)
        db.to_disk(cache)
    return docs


@dataclass
class Tally:
    """Counts of one rule or category."""

    tags: Counter[str] = field(default_factory=Counter)  # by set
    author: Counter[str] = field(default_factory=Counter)
    objective: int = 0  # author-voice tags on objective NewsSD sentences
    subjective: int = 0
    babe_clean: int = 0  # author-voice tags on non-biased BABE sentences
    straight: int = 0  # author-voice tags on straight news (BBC, GGT, PolNeAR articles)


@dataclass
class Figures:
    conf: dict[str, Counter[tuple[int, int]]] = field(default_factory=lambda: defaultdict(Counter))
    words: Counter[str] = field(default_factory=Counter)
    basil: Counter[str] = field(default_factory=Counter)
    straight: Counter[str] = field(default_factory=Counter)  # words, tags, author tags on straight news


def macro_f1(conf: Counter[tuple[int, int]]) -> float:
    f1s = []
    for cls in (1, 0):
        tp, fp, fn = conf[(cls, cls)], conf[(1 - cls, cls)], conf[(cls, 1 - cls)]
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def results(
    rows: list[dict[str, Any]], nlp: Language, settings: Settings, cache: Path | None, half: str | None
) -> Iterator[tuple[dict[str, Any], BiasResult, list[tuple[Vetoed, str, int, int]]]]:
    """Each row's result, and the hits the sense passes withheld with their text and body offsets."""
    docs = parsed(nlp, [r["text"] for r in rows], cache)
    for row, doc in zip(rows, docs, strict=True):
        if not in_half(str(row.get("id", "")), half):
            continue
        title = row.get("headline") or row.get("title")
        article = Article(id=str(row.get("id", "x")), headline=title, body=row["text"])
        headline = analysis.parse_headline(nlp, article, doc)
        try:
            ex = analysis.extract(doc, settings)
        except Exception as exc:  # the product publishes a failed record: no tags
            print(f"\nextract failed ({type(exc).__name__}: {exc}) on {row.get('id')}", file=sys.stderr)
            yield row, BiasResult(score=0.0), []
            continue
        vetoed: list[Vetoed] = []
        res = analysis.bias(doc, ex, settings, headline=headline, vetoed=vetoed)
        where = [(v, *_chars(doc if v.field == "body" else headline, v)) for v in vetoed]
        yield row, res, [(v, doc.text[s:e] if v.field == "body" else "", s, e) for v, s, e in where]


def _chars(doc: Doc | None, v: Vetoed) -> tuple[int, int]:
    if doc is None:
        return 0, 0
    return doc[v.start].idx, doc[v.end - 1].idx + len(doc[v.end - 1])


def report(paths: Sequence[Path], *, half: str | None, cache_dir: Path | None, top: int, errors: int) -> int:
    settings = Settings()
    from tasks.nlp import get_nlp

    nlp = get_nlp(settings.model, settings.fallback_model)
    by_rule: dict[str, Tally] = defaultdict(Tally)
    by_cat: dict[str, Tally] = defaultdict(Tally)
    fig = Figures()
    examples: dict[str, list[str]] = defaultdict(list)
    by_pass: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        rows = read(path)
        if not rows:
            continue
        kind = kind_of(rows[0])
        cache = cache_dir / f"wirelens-{path.stem}.docbin" if cache_dir else None
        for row, res, vetoed in progress(kind, len(rows), results(rows, nlp, settings, cache, half)):
            _count(kind, row, res, by_rule, by_cat, fig, examples, errors)
            _count_vetoes(kind, row, vetoed, by_pass)
    _print_table("rule", by_rule, top)
    _print_table("category", by_cat, len(by_cat))
    _print_vetoes(by_pass)
    _print_figures(fig)
    order = sorted(examples.items(), key=lambda kv: -by_rule[kv[0]].objective - by_rule[kv[0]].straight)
    for rule, items in order[:top]:
        print(f"\n## {rule}: author-voice tags on objective NewsSD sentences and straight news")
        for item in items:
            print(f"- {item}")
    return 0


def _count(
    kind: str,
    row: dict[str, Any],
    res: BiasResult,
    by_rule: dict[str, Tally],
    by_cat: dict[str, Tally],
    fig: Figures,
    examples: dict[str, list[str]],
    errors: int,
) -> None:
    text = row["text"]
    for t in res.tags:
        for key, table in ((t.rule, by_rule), (t.category, by_cat)):
            tally = table[key]
            tally.tags[kind] += 1
            if t.voice == "author":
                tally.author[kind] += 1
                if kind == "newssd":
                    if row["label"] == "objective":
                        tally.objective += 1
                    else:
                        tally.subjective += 1
                elif kind == "babe" and row["label"] == "non-biased":
                    tally.babe_clean += 1
                elif kind == "straight":
                    tally.straight += 1
        objective = kind in ("newssd", "straight") and row.get("label", "objective") == "objective"
        if objective and t.voice == "author" and len(examples[t.rule]) < errors:
            examples[t.rule].append(f"[{row.get('id')}] '{t.text}' in: {_context(text, t)}")
    if kind == "newssd":
        p = int(any(t.voice == "author" for t in res.tags))
        fig.conf["newssd"][(int(row["label"] == "subjective"), p)] += 1
    elif kind == "babe":
        gold = {w.lower() for bw in row["biased_words"] for w in WORD.findall(bw)} - STOP
        pred = {w.lower() for t in res.tags for w in WORD.findall(t.text)} - STOP
        fig.words["tp"] += len(gold & pred)
        fig.words["pred"] += len(pred)
        fig.words["gold"] += len(gold)
        p = int(any(s.biased for s in res.sentences))
        fig.conf["babe"][(int(row["label"] == "biased"), p)] += 1
    elif kind == "straight":
        fig.straight["articles"] += 1
        fig.straight["words"] += len(WORD.findall(text)) + len(WORD.findall(row.get("title") or ""))
        fig.straight["tags"] += len(res.tags)
        fig.straight["author"] += sum(t.voice == "author" for t in res.tags)
    else:
        _basil(row, [t for t in res.tags if t.field == "body"], fig.basil)


def _context(text: str, t: BiasTag) -> str:
    """The tag's sentence or so, with the tag in [[ ]] (a headline tag is shown alone)."""
    if t.field != "body":
        return f"(headline) [[{t.text}]]"
    s = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start)) + 1
    e = min(k for k in (text.find(". ", t.end), text.find("\n", t.end), len(text)) if k >= 0)
    return (text[s : t.start] + "[[" + text[t.start : t.end] + "]]" + text[t.end : e + 1]).strip()


def _count_vetoes(
    kind: str,
    row: dict[str, Any],
    vetoed: list[tuple[Vetoed, str, int, int]],
    by_pass: dict[str, Counter[str]],
) -> None:
    """Count each withheld hit against the annotation it would have met: a sense pass that withholds many
    hits on subjective sentences or on annotated words costs recall."""
    for v, text, start, end in vetoed:
        c = by_pass[v.sense]
        c[kind] += 1
        if v.field != "body":
            continue
        if kind == "newssd":
            c["newssd-" + row["label"]] += 1
        elif kind == "babe":
            gold = {w.lower() for bw in row["biased_words"] for w in WORD.findall(bw)}
            c["babe-gold"] += bool(gold & {w.lower() for w in WORD.findall(text)})
        elif kind == "basil":  # straight news has no annotation to meet
            spans = [sp for sp in row["spans"] if sp["bias"] == "lexical"]
            c["basil-span"] += any(start < sp["end"] and sp["start"] < end for sp in spans)


def _print_vetoes(by_pass: dict[str, Counter[str]]) -> None:
    print(
        "\n| sense pass | withheld NewsSD/BABE/BASIL/straight | on objective NewsSD | on subjective NewsSD "
        "| on an annotated BABE word | on a BASIL lexical span |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, c in sorted(by_pass.items()):
        held = "/".join(str(c[k]) for k in ("newssd", "babe", "basil", "straight"))
        print(
            f"| {name} | {held} | {c['newssd-objective']} | {c['newssd-subjective']} | {c['babe-gold']} "
            f"| {c['basil-span']} |"
        )


def _basil(row: dict[str, Any], tags: list[BiasTag], c: Counter[str]) -> None:
    for sp in row["spans"]:
        if sp["bias"] != "lexical":
            continue
        c["spans"] += 1
        over = [t for t in tags if t.start < sp["end"] and sp["start"] < t.end]
        if over:
            c["hit"] += 1
            want = "quoted" if sp["quoted"] else "author"
            c["voice"] += any(t.voice == want for t in over)
    for t in tags:
        if t.voice == "author":
            c["author"] += 1
            c["author_on"] += any(t.start < sp["end"] and sp["start"] < t.end for sp in row["spans"])


def _print_table(name: str, table: dict[str, Tally], top: int) -> None:
    print(
        f"\n| {name} | tags NewsSD/BABE/BASIL/straight | author-voice | on objective NewsSD "
        "| on subjective NewsSD | on non-biased BABE | author-voice on straight news |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    rows = sorted(
        table.items(), key=lambda kv: (-kv[1].objective - kv[1].straight, -sum(kv[1].tags.values()))
    )
    for key, t in rows[:top]:
        tags = "/".join(str(t.tags[k]) for k in ("newssd", "babe", "basil", "straight"))
        print(
            f"| {key} | {tags} | {sum(t.author.values())} | {t.objective} | {t.subjective} | {t.babe_clean} "
            f"| {t.straight} |"
        )


def _print_figures(fig: Figures) -> None:
    print()
    st = fig.straight
    if st["articles"]:
        per = 1000 / max(st["words"], 1)
        print(
            f"Straight news: {st['articles']} articles, {st['words']} words; tags per 1,000 words "
            f"{st['tags'] * per:.2f} ({st['tags']}), author-voice {st['author'] * per:.2f} ({st['author']})"
        )
    conf = fig.conf["newssd"]
    if conf:
        n_obj = conf[(0, 0)] + conf[(0, 1)]
        print(
            f"NewsSD: macro-F1 {macro_f1(conf):.3f}; objective sentences with an author-voice tag "
            f"{conf[(0, 1)] / max(n_obj, 1):.3f} ({conf[(0, 1)]}/{n_obj}); subjective caught "
            f"{conf[(1, 1)]}/{conf[(1, 1)] + conf[(1, 0)]}"
        )
    if fig.conf["babe"]:
        w = fig.words
        p = w["tp"] / w["pred"] if w["pred"] else 0.0
        r = w["tp"] / w["gold"] if w["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"BABE: word P {p:.3f} R {r:.3f} F1 {f:.3f}; sentence macro-F1 {macro_f1(fig.conf['babe']):.3f}"
        )
    b = fig.basil
    if b["spans"]:
        print(
            f"BASIL (body tags): lexical spans overlapped {b['hit'] / b['spans']:.3f} "
            f"({b['hit']}/{b['spans']}), "
            f"voice right {b['voice'] / max(b['hit'], 1):.3f}; author-voice tags on a span "
            f"{b['author_on']}/{b['author']}"
        )
