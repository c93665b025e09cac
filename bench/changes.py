"""How far to trust ``changes``: known revisions made to real articles, analysed, compared, scored.

Usage::

    python bench/changes.py PATH... [--limit N] [--half even|odd]

Each ``PATH`` is a JSON Lines file with ``id`` and ``text`` (``title`` becomes the headline when present),
such as the internal GGT (quotes) and BBC News Summary (figures) development splits; evaluation data stays
outside the repository. Every article is analysed as version 1 (``tasks.analysis.analyse_article``, the
record a worker publishes), then revised in one known way as version 2, analysed and compared
(``tasks.changes``):

- ``resend``: the same text: every difference reported is spurious;
- ``move``: two adjacent paragraphs without quote marks swapped: any quote, figure, entity or term reported
  added, removed or changed is spurious (speakers may move with the text: those count too);
- ``edit_quote``: one word dropped inside the first direct quote of 8 words or more: found when that quote is
  reported ``changed`` (not removed and added);
- ``withdraw``: the paragraph of the first direct quote, holding no other quote, deleted: found when that
  quote is reported removed;
- ``figure``: the first figure written in digits with what it counts, raised by 7: found when it is reported
  changed from the old value to the new.

The table gives per revision the articles it applied to, the share found, and the mean number of other items
reported (spurious: every quote, figure, entity and term reported besides the expected one; for ``withdraw``
only quotes added or removed besides it, since the paragraph's names, figures and terms rightly go with it;
headline and summary are left out, since a revision may rightly change them). Progress on stderr, the table
on stdout, and the time a comparison takes as a share of analysing one version.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import half_of, progress
from config.logging import configure_logging
from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.changes import compare, words
from tasks.models import Article, Changes, ResultRecord
from tasks.nlp import get_nlp

QUOTE_MARKS = re.compile('["“”]')


def items(c: Changes) -> int:
    """Every quote, figure, entity and term the comparison reported."""
    q, f, e, t = c.quotes, c.figures, c.entities, c.terms
    lists = [q.added, q.removed, q.changed, f.added, f.removed, f.changed, e.added, e.removed]
    return sum(len(x) for x in lists) + len(t.added) + len(t.removed) + len(t.changed)


def quotes_in_and_out(c: Changes) -> int:
    return len(c.quotes.added) + len(c.quotes.removed)


@dataclass
class Revision:
    """A revised text, how to tell the expected change in the comparison (None: nothing expected) and what
    counts as spurious (by default every item reported besides the expected one)."""

    text: str
    expected: Callable[[Changes], bool] | None
    others: Callable[[Changes], int] = items


def resend(text: str, v1: ResultRecord) -> Revision | None:
    return Revision(text, None)


def move(text: str, v1: ResultRecord) -> Revision | None:
    lines = text.split("\n")
    real = [k for k, line in enumerate(lines) if len(line.split()) > 5]  # not GGT's " ." separator lines
    for k, k2 in itertools.pairwise(real[1:]):  # the lead stays first
        if not QUOTE_MARKS.search(lines[k] + lines[k2]):
            lines[k], lines[k2] = lines[k2], lines[k]
            return Revision("\n".join(lines), None)
    return None


def edit_quote(text: str, v1: ResultRecord) -> Revision | None:
    for q in v1.quotes:
        ws = q.text.split()
        if q.kind == "direct" and len(ws) >= 8:
            edited = " ".join(ws[:3] + ws[4:])
            target = words(q.text)
            return Revision(
                text[: q.start] + edited + text[q.end :],
                lambda c, t=target: any(words(e.old.text) == t for e in c.quotes.changed),
            )
    return None


def withdraw(text: str, v1: ResultRecord) -> Revision | None:
    for q in v1.quotes:
        if q.kind != "direct":
            continue
        start = text.rfind("\n", 0, q.start) + 1
        end = text.find("\n", q.end)
        end = len(text) if end < 0 else end
        if sum(1 for o in v1.quotes if o.start < end and o.end > start) != 1:
            continue
        target = words(q.text)
        return Revision(
            text[:start] + text[end + 1 :],
            lambda c, t=target: any(words(r.text) == t for r in c.quotes.removed),
            quotes_in_and_out,  # the paragraph's names, figures and terms rightly go with it
        )
    return None


def figure(text: str, v1: ResultRecord) -> Revision | None:
    for f in v1.figures:
        if (
            f.counted
            and f.value is not None
            and f.value_max is None
            and re.fullmatch(r"\d{1,3}(,\d{3})*", f.text)
        ):
            new = f.value + 7
            old_value = f.value
            return Revision(
                text[: f.start] + f"{new:,.0f}" + text[f.end :],
                lambda c, a=old_value, b=new: any(
                    e.old.value == a and e.new.value == b for e in c.figures.changed
                ),
            )
    return None


REVISIONS: dict[str, Callable[[str, ResultRecord], Revision | None]] = {
    "resend": resend,
    "move": move,
    "edit_quote": edit_quote,
    "withdraw": withdraw,
    "figure": figure,
}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=150, help="articles per file")
    parser.add_argument("--half", choices=["even", "odd"], default=None)
    parser.add_argument(
        "--show", action="store_true", help="print the changes of each spurious report (stderr)"
    )
    args = parser.parse_args()
    settings = Settings()
    configure_logging("WARNING", "console")
    nlp = get_nlp(settings.model, settings.fallback_model)
    rows = []
    for path in args.paths:
        file_rows = [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
        ]
        file_rows = [
            r for r in file_rows if r.get("text") and (args.half is None or half_of(r["id"]) == args.half)
        ]
        rows += file_rows[: args.limit]
    applied = dict.fromkeys(REVISIONS, 0)
    found = dict.fromkeys(REVISIONS, 0)
    spurious = dict.fromkeys(REVISIONS, 0)
    analysed = compared = 0.0
    comparisons = 0
    for row in progress("articles", len(rows), rows, every=10):
        article = Article(id=str(row["id"]), headline=row.get("title"), body=row["text"])
        t0 = time.perf_counter()
        v1 = analyse_article(nlp, article, settings)
        analysed += time.perf_counter() - t0
        if v1.status != "ok":
            continue
        for name, revise in REVISIONS.items():
            revision = revise(article.body, v1)
            if revision is None:
                continue
            v2 = analyse_article(
                nlp, article.model_copy(update={"body": revision.text, "version": 2}), settings
            )
            if v2.status != "ok":
                continue
            t0 = time.perf_counter()
            c = compare(v1, v2)
            compared += time.perf_counter() - t0
            comparisons += 1
            applied[name] += 1
            hit = revision.expected is not None and revision.expected(c)
            found[name] += hit
            others = revision.others(c) - hit
            spurious[name] += others
            if args.show and others:
                shown = c.model_dump(exclude={"headline", "summary"}, exclude_defaults=True)
                print(f"\n{name} {article.id}: {json.dumps(shown, ensure_ascii=False)}", file=sys.stderr)
    print(f"{len(rows)} articles from {', '.join(p.name for p in args.paths)} (half: {args.half or 'both'})")
    print("| revision | articles | expected change found | other items reported per article |")
    print("|---|---:|---:|---:|")
    for name in REVISIONS:
        n = applied[name]
        share = "n/a" if name in ("resend", "move") else f"{found[name] / n:.3f}" if n else "-"
        print(f"| {name} | {n} | {share} | {spurious[name] / n:.2f} |" if n else f"| {name} | 0 | - | - |")
    if comparisons:
        per_compare, per_analysis = compared / comparisons, analysed / len(rows)
        print(
            f"comparison ÷ analysis of one version (parse and every analysis, in process): "
            f"{per_compare / per_analysis:.3f} ({per_compare * 1000:.2f} ms ÷ {per_analysis * 1000:.1f} ms)"
        )


if __name__ == "__main__":
    main()
