"""What a new version changed, as report lines: ``wirelens show ID --diff`` and the end of a superseding
record's report (``run``, ``results --format report``). Every text from an article is escaped
(``workers.terminal``)."""

from __future__ import annotations

import textwrap

from tasks.models import Changes, EntityRef, FigureRef, QuoteRef, ResultRecord, TermRef
from workers.terminal import one_line, printable

WIDTH = 100


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(one_line(text), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _clip(text: str, n: int) -> str:
    text = one_line(text)
    return text if len(text) <= n else text[: n - 1] + "…"


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
