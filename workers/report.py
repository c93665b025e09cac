"""A readable terminal report of one result record."""

from __future__ import annotations

import textwrap
from collections import Counter

from tasks.models import Changes, EntityRef, FigureRef, QuoteRef, ResultRecord, TermRef
from workers.terminal import one_line, printable

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
            lines.append(f"    {who}{verb}, {q.kind}: “{_clip(q.text, 70)}”")

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


def render_changes(record: ResultRecord, changes: Changes | None, *, note: str | None = None) -> str:
    """``wirelens show ID --diff``: what this version changed from the one it supersedes, one line each."""
    lines = [f"{printable(record.article_id)}  v{record.version}  [{printable(record.status)}]"]
    if changes is None:
        why = "it is not ok" if record.status != "ok" else "it supersedes no stored version"
        lines.append(f"  no changes recorded: {why}")
    else:
        lines += change_lines(changes, record.version)
    if note:
        lines.append(f"  ({one_line(note)})")
    return "\n".join(lines)


def change_lines(c: Changes, version: int) -> list[str]:
    """The changes as report lines; every text from the article escaped."""
    if not c.compared:
        return [f"  Changes from v{c.previous}: not compared: {one_line(c.reason or '')}"]
    if c.count == 0:
        return [f"  Changes from v{c.previous}: none (v{version} says what v{c.previous} said)"]
    lines = [f"  Changes from v{c.previous} ({c.count})"]
    for name, t in (("headline", c.headline), ("summary", c.summary)):
        if t.changed:
            lines.append(f"    {name} changed")
            lines.append(_wrap(f"was: {t.old or '(none)'}", "      "))
            lines.append(_wrap(f"now: {t.new or '(none)'}", "      "))
    for e in c.figures.changed:
        lines.append(
            f"    figure changed: {one_line(e.counted or '')}: {_figure(e.old, counted=False)} → "
            f"{_figure(e.new, counted=False)}"
        )
    lines += [f"    figure added: {_figure(f)}" for f in c.figures.added]
    lines += [f"    figure removed: {_figure(f)}" for f in c.figures.removed]
    for q in c.quotes.changed:
        who = _who(q.old) if _who(q.old) == _who(q.new) else f"{_who(q.old)} → {_who(q.new)}"
        lines.append(
            f"    quote changed ({one_line(', '.join(q.what))}; {one_line(q.match)}, similarity "
            f"{q.similarity:.2f}): {who}"
        )
        lines.append(f"      was: “{_clip(q.old.text, 84)}”")
        lines.append(f"      now: “{_clip(q.new.text, 84)}”")
    lines += [f"    quote added: {_who(q)}, {q.kind}: “{_clip(q.text, 70)}”" for q in c.quotes.added]
    lines += [f"    quote removed: {_who(q)}, {q.kind}: “{_clip(q.text, 70)}”" for q in c.quotes.removed]
    lines += [f"    entity added: {_entity(e)}" for e in c.entities.added]
    lines += [f"    entity removed: {_entity(e)}" for e in c.entities.removed]
    lines += [f"    loaded term added: {_term(t)}" for t in c.terms.added]
    lines += [f"    loaded term removed: {_term(t)}" for t in c.terms.removed]
    lines += [f"    loaded term's voice changed: {_term(t.old)} → {_voice(t.new)}" for t in c.terms.changed]
    lines += [f"    note: {one_line(n)}" for n in c.notes]
    return lines


def _figure(f: FigureRef, *, counted: bool = True) -> str:
    amount = (
        f.text if f.value is None else _number(f.value) + (f"-{_number(f.value_max)}" if f.value_max else "")
    )
    parts = [f.qualifier, amount, f.unit, f"({f.counted})" if f.counted and counted else None]
    return one_line(" ".join(x for x in parts if x))


def _entity(e: EntityRef) -> str:
    return f"{one_line(e.canonical)} ({one_line(e.label)})"


def _number(value: float) -> str:
    """20, 1,500,000, 2.5: as a reader writes them (never 1.5e+06)."""
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


def _who(q: QuoteRef) -> str:
    who = one_line(q.speaker) if q.speaker else "unattributed"
    return who + " [anonymous]" if q.anonymous else who


def _voice(t: TermRef) -> str:
    return "author" if t.voice == "author" else f"quoted: {one_line(t.speaker or 'unattributed')}"


def _term(t: TermRef) -> str:
    where = "headline, " if t.field == "headline" else ""
    return f"“{one_line(t.text)}” {one_line(t.category)} [{where}{_voice(t)}]"
