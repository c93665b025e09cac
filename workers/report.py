"""A readable terminal report of one result record."""

from __future__ import annotations

import textwrap
from collections import Counter

from tasks.models import ResultRecord

WIDTH = 100


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render(record: ResultRecord) -> str:
    """Entities, quotes with speakers, flagged language with its voice, and the summary."""
    title = record.headline or "(no headline)"
    lines = [
        "=" * WIDTH,
        f"{record.article_id}  v{record.version}  [{record.status}]",
        f"  {title}",
    ]
    if record.status != "ok":
        lines.append(f"  error: {record.error}")
        return "\n".join(lines)

    if record.summary and record.summary.sentences:
        lines.append("\n  Summary")
        lines.append(_wrap(record.summary.text))

    by_name: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for e in record.entities:
        by_name[e.canonical] += 1
        labels[e.canonical] = e.label
    if by_name:
        lines.append(f"\n  Entities ({len(by_name)} distinct, {len(record.entities)} mentions)")
        shown = [f"{name} ({labels[name]}, {n}×)" for name, n in by_name.most_common(15)]
        lines.append(_wrap("; ".join(shown)))

    if record.quotes:
        lines.append(f"\n  Quotes ({len(record.quotes)})")
        for q in record.quotes:
            who = q.speaker.canonical if q.speaker else "unattributed"
            if q.speaker and q.speaker.anonymous:
                who += " [anonymous]"
            verb = f" ({q.verb})" if q.verb else ""
            lines.append(f"    {who}{verb}, {q.kind}: “{_clip(q.text, 70)}”")

    if record.figures:
        lines.append(f"\n  Figures ({len(record.figures)})")
        for f in record.figures[:12]:
            parts = [p for p in (f.qualifier, f.text, "→ " + f.counted if f.counted else None) if p]
            lines.append("    " + " ".join(parts))

    if record.bias:
        b = record.bias
        flagged = sum(1 for s in b.sentences if s.biased)
        lines.append(
            f"\n  Flagged language ({len(b.tags)} tags; score {b.score:.2f}, author {b.author_score:.2f}, "
            f"quoted {b.quoted_score:.2f}; {flagged} of {len(b.sentences)} sentences biased)"
        )
        # The headline's tags first: a desk's loaded words concentrate there.
        for t in sorted(b.tags, key=lambda t: t.field != "headline"):
            voice = "author" if t.voice == "author" else f"quoted: {t.speaker or 'unattributed'}"
            alt = f" → {t.neutral}" if t.neutral else ""
            where = "headline, " if t.field == "headline" else ""
            lines.append(f"    [{where}{voice}] “{t.text}” {t.category}{alt}")
    if record.timings_ms:
        shown_t = ", ".join(f"{k} {v:.0f} ms" for k, v in record.timings_ms.items())
        lines.append(f"\n  Timings: {shown_t}")
    return "\n".join(lines)
