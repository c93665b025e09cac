"""Why BASIL's lexical-bias spans are missed: each span sorted by what the pipeline did with it.

Usage::

    python bench/basil_misses.py PATH [--cache FILE] [--show]

``PATH`` is a BASIL-style JSON Lines file (``id``, ``headline``, ``text``, ``spans`` with ``start``, ``end``,
``bias``, ``quoted``), such as a half of the internal development split; nothing of it is written anywhere
(``--cache`` keeps the parses in a DocBin, outside the repository). The pipeline runs in-process as
``wirelens analyse`` runs it (parse, extract, bias with the subjectivity gate), so the figures equal the
shared scorer's ``bias-basil`` on the same file.

A lexical-bias span falls in one bucket:

* ``right``: a tag overlaps it with the voice the scorer wants (quoted inside quote marks, else author);
* ``voice``: tags overlap it, none in that voice;
* ``gate``: no tag, but the subjectivity gate withheld an author-voice hit on it (the report gives the
  sentence probabilities against the thresholds);
* ``held``: no tag, a hit withheld for another reason (an entry marked ``withheld``);
* ``sense``: no tag, a sense pass vetoed a lexicon hit on it (by pass);
* ``nohit``: no lexicon hit at all; by the coarse part of speech and dependency of the span's head and by
  the span's length in words, which tell a missing word from a missing construction.

Counts only by default, so the script can measure a half that must not be studied; ``--show`` prints each
missed span with its sentence, for the half that may be.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from config.settings import get_settings
from tasks.analysis import bias, extract, parse_headline, warm_up
from tasks.bias import Vetoed
from tasks.models import BiasResult
from tasks.nlp import get_nlp
from workers.inputs import read_articles
from workers.producer import Rejection, validate

_GATE = re.compile(r"subjectivity ([0-9.]+) < ([0-9.]+) for a severity-(\d)")


def _overlaps(start: int, end: int, s: int, e: int) -> bool:
    return start < e and s < end


def bucket(doc: Doc, result: BiasResult, vetoed: list[Vetoed], span: dict[str, object]) -> tuple[str, str]:
    """The bucket of one lexical-bias span and a short note on it (the tags', the gate's or the pass's)."""
    s, e = int(str(span["start"])), int(str(span["end"]))
    want = "quoted" if span["quoted"] else "author"
    over = [t for t in result.tags if t.field == "body" and _overlaps(t.start, t.end, s, e)]
    if over:
        note = "; ".join(f"{t.text}: {t.voice} ({t.speaker})" for t in over)
        return ("right" if any(t.voice == want for t in over) else "voice"), note
    held = [t for t in result.withheld if t.field == "body" and _overlaps(t.start, t.end, s, e)]
    gated = [m for t in held if (m := _GATE.search(t.reason))]
    if gated:
        return "gate", "; ".join(f"p {m.group(1)} < {m.group(2)} (severity {m.group(3)})" for m in gated)
    if held:
        return "held", "; ".join(t.rule for t in held)
    passes = [
        v
        for v in vetoed
        if v.field == "body"
        and _overlaps(doc[v.start : v.end].start_char, doc[v.start : v.end].end_char, s, e)
    ]
    if passes:
        return "sense", "; ".join(f"{v.sense}: {v.rule}" for v in passes)
    span_doc = doc.char_span(s, e, alignment_mode="expand")
    words = [t for t in span_doc if not t.is_punct] if span_doc is not None else []
    if not words:
        return "nohit", "?"
    head = min(words, key=lambda t: sum(1 for _ in t.ancestors))
    return "nohit", f"{head.pos_}/{head.dep_}, {min(len(words), 4)}{'+' if len(words) >= 4 else ''} words"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--cache", type=Path, default=None, help="DocBin of the parses (keep it out of the repo)")
    ap.add_argument(
        "--show", action="store_true", help="print each missed span in its sentence (studied halves)"
    )
    args = ap.parse_args(argv)
    rows = {r["id"]: r for r in map(json.loads, args.path.open(encoding="utf-8"))}
    settings = get_settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    warm_up(nlp, settings)
    payload = "".join(
        json.dumps({"id": r["id"], "headline": r.get("headline") or "", "body": r["text"]}) + "\n"
        for r in rows.values()
    )
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as tmp:
        tmp.write(payload)
        tmp.flush()
        validated = [validate(raw, settings) for raw in read_articles([tmp.name], fmt=None)]
    arts = [a for a in validated if not isinstance(a, Rejection)]
    if args.cache is not None and args.cache.exists():
        docs = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((a.body for a in arts), batch_size=16))
        if args.cache is not None:
            db = DocBin(store_user_data=False)
            for d in docs:
                db.add(d)
            db.to_disk(args.cache)
    buckets: Counter[str] = Counter()
    detail: Counter[str] = Counter()
    for art, doc in zip(arts, docs, strict=True):
        vetoed: list[Vetoed] = []
        result = bias(
            doc, extract(doc, settings), settings, headline=parse_headline(nlp, art, doc), vetoed=vetoed
        )
        for span in rows[art.id]["spans"]:
            if span["bias"] != "lexical":
                continue
            name, note = bucket(doc, result, vetoed, span)
            buckets[name] += 1
            # Counts name no word (a pass, a part of speech), so a half kept apart can be measured.
            if name == "nohit":
                detail[f"nohit {note.split(',')[0]}"] += 1
            if name == "sense":
                detail[f"sense {note.split(':')[0]}"] += 1
            if name == "gate":  # by threshold, and how far below it the sentence fell
                p, threshold = note.split(" (")[0].removeprefix("p ").split(" < ")
                detail[
                    f"gate below {threshold} by {0.1 * (1 + int((float(threshold) - float(p)) * 10)):.1f}"
                ] += 1
            if args.show and name != "right":
                sent = doc.char_span(int(span["start"]), int(span["end"]), alignment_mode="expand")
                context = sent.sent.text.strip() if sent is not None else ""
                want = "quoted" if span["quoted"] else "author"
                print(f"[{name}] {art.id} «{span['text']}» want {want}: {note}")
                print(f"    {context[:400]}")
    total = sum(buckets.values())
    tagged = buckets["right"] + buckets["voice"]
    print(
        f"{args.path.name}: {total} lexical-bias spans; tagged {tagged / max(1, total):.3f}, voice right "
        f"{buckets['right']}/{tagged}"
    )
    for name in ("right", "voice", "gate", "held", "sense", "nohit"):
        print(f"  {name:6} {buckets[name]}")
    for key, n in sorted(detail.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"    {key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
