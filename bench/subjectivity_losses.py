"""Where NewsSD-ENG's macro-F1 is lost: each sentence sorted by what the pipeline did with it.

Usage::

    python bench/subjectivity_losses.py PATH --wirelens WRAPPER [--model FILE] [--show BUCKET]

``PATH`` is a NewsSD-style JSON Lines file (``id``, ``text``, ``label``: ``subjective`` | ``objective``), such
as a half of the internal development split; nothing of it is written anywhere (``--show`` prints a bucket's
sentences to the terminal, for study). ``WRAPPER`` runs ``wirelens analyse -`` (as for the shared scorer);
``--model`` sets ``WIRELENS_SUBJECTIVITY_MODEL``, so that weights fitted on the other half
(``bench/train_subjectivity.py --half``) measure the pipeline out of sample.

A sentence counts as subjective when it keeps an author-voice tag (the shared scorer's definition). Buckets:

* ``tp`` / ``fp``: a subjective / objective sentence that keeps an author-voice tag;
* ``tn``: an objective sentence without one;
* a subjective sentence without one, by why: ``fn-gated`` (a lexicon tag the subjectivity gate withheld),
  ``fn-stance`` (a stance form the sentence model did not corroborate), ``fn-quoted`` (tags, but only in a
  speaker's voice), ``fn-withheld`` (a tag withheld for another reason, such as a withheld entry), or
  ``fn-nohit`` (no tag at all: no lexicon word and no form marks it).

It also prints two bounds: the macro-F1 with no gate (every author-voice tag the rules found kept) and with a
perfect gate (kept exactly on the subjective sentences among those), which is as far as the gate alone can go.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

GATE_MARK = "plain reporting"  # the subjectivity gate's withholding reason (tasks.subjectivity)
STANCE_MARK = "does not agree"  # a stance form the sentence model did not corroborate
BUCKETS = ("tp", "fp", "tn", "fn-gated", "fn-stance", "fn-quoted", "fn-withheld", "fn-nohit")


def bucket(bias: Mapping[str, Any], subjective: bool) -> str:
    """The bucket of one sentence from its record's ``bias`` block and its gold label."""
    tags = bias.get("tags") or []
    withheld = bias.get("withheld") or []
    author = any(t.get("voice") == "author" for t in tags)
    if author:
        return "tp" if subjective else "fp"
    if not subjective:
        return "tn"
    reasons = [str(t.get("reason", "")) for t in withheld if t.get("voice") == "author"]
    if any(GATE_MARK in r for r in reasons):
        return "fn-gated"
    if any(STANCE_MARK in r for r in reasons):
        return "fn-stance"
    if tags:
        return "fn-quoted"
    if withheld:
        return "fn-withheld"
    return "fn-nohit"


def found(bias: Mapping[str, Any]) -> bool:
    """Whether the rules found an author-voice tag at all, kept or withheld by a gate (gate or stance)."""
    if any(t.get("voice") == "author" for t in bias.get("tags") or []):
        return True
    return any(
        t.get("voice") == "author"
        and (GATE_MARK in str(t.get("reason")) or STANCE_MARK in str(t.get("reason")))
        for t in bias.get("withheld") or []
    )


def macro_f1(gold: Sequence[bool], pred: Sequence[bool]) -> tuple[float, float]:
    """(macro-F1 of the two classes, share of objective sentences predicted subjective)."""
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    tn = len(gold) - tp - fp - fn

    def f1(a: int, b: int, c: int) -> float:
        return 2 * a / (2 * a + b + c) if a else 0.0

    return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2, fp / max(1, tn + fp)


def analyse(
    rows: Sequence[Mapping[str, Any]], wirelens: str, model: Path | None
) -> dict[str, dict[str, Any]]:
    payload = "".join(json.dumps({"id": r["id"], "headline": "", "body": r["text"]}) + "\n" for r in rows)
    env = dict(os.environ)
    if model is not None:
        env["WIRELENS_SUBJECTIVITY_MODEL"] = str(model)
    out = subprocess.run(
        [wirelens, "analyse", "-"], input=payload, capture_output=True, text=True, env=env, check=True
    ).stdout
    records = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return {str(r.get("article_id")): r for r in records}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--wirelens", required=True, help="a command that runs `wirelens analyse -`")
    ap.add_argument("--model", type=Path, help="subjectivity weights to use (WIRELENS_SUBJECTIVITY_MODEL)")
    ap.add_argument("--show", choices=BUCKETS, help="print this bucket's sentences (terminal only)")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = analyse(rows, args.wirelens, args.model)
    counts: Counter[str] = Counter()
    gold, kept, any_rule = [], [], []
    for r in rows:
        bias = (records.get(str(r["id"])) or {}).get("bias") or {}
        subjective = r["label"] == "subjective"
        b = bucket(bias, subjective)
        counts[b] += 1
        gold.append(subjective)
        kept.append(b in ("tp", "fp"))
        any_rule.append(found(bias))
        if args.show == b:
            probs = [s.get("subjectivity") or 0.0 for s in bias.get("sentences") or []]
            tags = [
                (t["text"], t["category"], t["voice"])
                for t in [*bias.get("tags", []), *bias.get("withheld", [])]
            ]
            print(f"{max(probs, default=0.0):.2f} {tags} {r['text'][:200]}")
    f1, fp = macro_f1(gold, kept)
    none_f1, none_fp = macro_f1(gold, any_rule)
    ideal = [g and a for g, a in zip(gold, any_rule, strict=True)]
    ideal_f1, _ = macro_f1(gold, ideal)
    print(f"{args.path.name}: {len(rows)} sentences, {sum(gold)} subjective")
    print("  " + ", ".join(f"{k} {counts[k]}" for k in BUCKETS))
    print(f"  macro-F1 {f1:.3f}, objective tagged {fp:.3f}")
    print(f"  no gate: {none_f1:.3f} / {none_fp:.3f}; a perfect gate: {ideal_f1:.3f} / 0.000")
    return 0


if __name__ == "__main__":
    sys.exit(main())
