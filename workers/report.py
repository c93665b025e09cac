"""A readable terminal report of one result record."""

from __future__ import annotations

import textwrap
from collections import Counter

from tasks.models import Concept, ResultRecord
from workers.terminal import one_line, printable
from workers.version_report import change_lines

WIDTH = 100


def _wrap(text: str, indent: str = "    ") -> str:
    return textwrap.fill(one_line(text), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _clip(text: str, n: int = 90) -> str:
    text = one_line(text)
    return text if len(text) <= n else text[: n - 1] + "…"


def render(record: ResultRecord) -> str:
    """Entities, quotes with speakers, flagged language with its voice, and the summary.

    Every text from the article is escaped (``workers.terminal``): a feed cannot move the cursor, colour the
    terminal or forge a line of the report.
    """
    p = printable
    title = p(record.headline) if record.headline else "(no headline)"
    lines = [
        "=" * WIDTH,
        f"{p(record.article_id)}  v{record.version}  [{p(record.status)}]",
        f"  {title}",
    ]
    if record.status != "ok":
        lines.append(f"  error: {p(record.error)}")
        return "\n".join(lines)
    found = record.language_detected
    if found is not None and found.decision == "mismatch":
        lines.append(
            f"  language: declared {p(found.declared)!r}, detected {p(found.code)!r} "
            f"({found.confidence:.2f}); analysed as {p(found.code)!r}"
        )
    if record.provider is not None:
        lines.append(_wrap(f"Provider: {provider_line(record)}", indent="  "))

    if record.duplicate_of:
        similarity = f" (similarity {record.similarity:.2f})" if record.similarity is not None else ""
        lines.append(f"  duplicate of {p(record.duplicate_of)}{similarity}")
    if record.story_id:
        lines.append(f"  story {p(record.story_id)}")

    if record.summary and record.summary.sentences:
        lines.append("\n  Summary")
        lines.append(_wrap(record.summary.text))

    by_name: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for e in record.entities:
        by_name[p(e.canonical)] += 1
        labels[p(e.canonical)] = p(e.label)
    if by_name:
        lines.append(f"\n  Entities ({len(by_name)} distinct, {len(record.entities)} mentions)")
        shown = [f"{name} ({labels[name]}, {n}×)" for name, n in by_name.most_common(15)]
        lines.append(_wrap("; ".join(shown)))

    if record.quotes:
        lines.append(f"\n  Quotes ({len(record.quotes)})")
        for q in record.quotes:
            who = p(q.speaker.canonical) if q.speaker else "unattributed"
            if q.speaker and q.speaker.anonymous:
                who += " [anonymous]"
            verb = f" ({p(q.verb)})" if q.verb else ""
            where = "[headline] " if q.field == "headline" else ""
            lines.append(f"    {where}{who}{verb}, {q.kind}: “{_clip(q.text, 70)}”")

    if record.figures:
        lines.append(f"\n  Figures ({len(record.figures)})")
        for f in record.figures[:12]:
            parts = [x for x in (f.qualifier, f.text, "→ " + f.counted if f.counted else None) if x]
            lines.append("    " + one_line(" ".join(parts)))

    if record.bias:
        b = record.bias
        flagged = sum(1 for s in b.sentences if s.biased)
        lines.append(
            f"\n  Flagged language ({len(b.tags)} tags; per 1,000 words: score {b.score:.2f}, author "
            f"{b.author_score:.2f}, quoted {b.quoted_score:.2f}; "
            f"{flagged} of {len(b.sentences)} sentences biased)"
        )
        if b.editorial_probability is not None:
            lines.append(
                f"  Editorialising: probability {b.editorial_probability:.2f}; "
                f"{len(b.withheld)} mild tag{'' if len(b.withheld) == 1 else 's'} withheld in sentences "
                "that read as plain reporting"
            )
        # The headline's tags first: a desk's loaded words concentrate there.
        for t in sorted(b.tags, key=lambda t: t.field != "headline"):
            voice = "author" if t.voice == "author" else f"quoted: {p(t.speaker or 'unattributed')}"
            alt = f" → {p(t.neutral)}" if t.neutral else ""
            where = "headline, " if t.field == "headline" else ""
            lines.append(f"    [{where}{voice}] “{one_line(t.text)}” {p(t.category)}{alt}")
    if record.changes is not None:
        lines.append("")
        lines += change_lines(record.changes, record.version)
    if record.timings_ms:
        shown_t = ", ".join(f"{k} {v:.0f} ms" for k, v in record.timings_ms.items())
        lines.append(f"\n  Timings: {shown_t}")
    return "\n".join(lines)


def provider_line(record: ResultRecord) -> str:
    """The provider's metadata on one line: subjects, genres, keywords, located, embargo."""
    meta = record.provider
    if meta is None:
        return ""
    p = printable

    def concept(c: Concept) -> str:
        code = ":".join(x for x in (c.scheme, c.code) if x)
        return p(f"{c.name} ({code})" if c.name and code else c.name or code)

    parts = []
    if meta.subjects:
        parts.append("subjects " + ", ".join(concept(c) for c in meta.subjects))
    if meta.genres:
        parts.append("genre " + ", ".join(concept(c) for c in meta.genres))
    if meta.keywords:
        parts.append("keywords " + ", ".join(p(k) for k in meta.keywords))
    if meta.located:
        parts.append(f"located {p(meta.located)}")
    if meta.embargoed:
        parts.append(f"embargoed until {meta.embargoed.isoformat()}")
    if meta.dropped:
        parts.append(f"{len(meta.dropped)} invalid value(s) dropped")
    return "; ".join(parts)
