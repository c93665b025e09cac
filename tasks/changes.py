"""What a new version of an article changed: a pure comparison of two result records.

Items are paired across the versions by ordered, named matching passes (each pair records the pass that
made it), so an edited or moved quote is one quote "changed", never one removed and one added:

- quotes: ``same_text`` (equal as lower-case word sequences), ``similar_text`` (difflib ratio over the words
  at least ``quotes.similar``), ``contained`` (one cut down from the other);
- figures, by what they count (``counted`` and ``unit``): ``same_figure`` (kept), ``same_value`` (another
  qualifier), ``same_counted`` (another value: "at least 20" people -> "at least 27" people). A figure that
  says nothing of what it counts is kept or added/removed, never paired with another number;
- loaded terms (kept bias tags), by word, category and field: ``same_voice`` (kept), ``voice_changed``;
- entities by canonical name, among the name labels of ``changes.yaml``.

Thresholds and labels are data: ``config/lexicons/changes.yaml``.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

import yaml

from config.settings import LEXICON_DIR
from tasks.models import (
    BiasTag,
    Changes,
    Entity,
    EntityChanges,
    EntityRef,
    Figure,
    FigureChanges,
    FigureEdit,
    FigureRef,
    Quote,
    QuoteChanges,
    QuoteEdit,
    QuoteRef,
    ResultRecord,
    TermChanges,
    TermEdit,
    TermRef,
    TextChange,
)

FILENAME = "changes.yaml"
_WORD = re.compile(r"\w+")

T = TypeVar("T")


@dataclass(frozen=True)
class Keyed(Generic[T]):
    """A matching pass: items with the same key (None: this pass does not pair the item) are one item."""

    name: str
    key: Callable[[T], Hashable | None]


@dataclass(frozen=True)
class Scored(Generic[T]):
    """A matching pass over pairs: a score (None: no match), best first."""

    name: str
    score: Callable[[T, T], float | None]


@dataclass(frozen=True)
class ChangeRules:
    version: str
    similar: float
    contained: float
    contained_min_words: int
    max_pairs: int
    entity_labels: frozenset[str]


@lru_cache(maxsize=8)
def load_change_rules(lexicon_dir: Path = LEXICON_DIR) -> ChangeRules:
    """The matching thresholds and entity labels from ``changes.yaml`` in ``lexicon_dir``."""
    file = Path(lexicon_dir) / FILENAME
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{file}: expected a mapping at the top level")
    quotes = data.get("quotes")
    if not isinstance(quotes, dict):
        raise ValueError(f"{file}: quotes: expected a mapping of thresholds")
    labels = data.get("entity_labels")
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise ValueError(f"{file}: entity_labels: expected a list of entity labels")

    def share(key: str) -> float:
        value = quotes.get(key)
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 1:
            raise ValueError(f"{file}: quotes.{key}: expected a number above 0 and at most 1, got {value!r}")
        return float(value)

    def whole(key: str) -> int:
        value = quotes.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"{file}: quotes.{key}: expected a whole number >= 1, got {value!r}")
        return value

    return ChangeRules(
        version=str(data.get("version", "")),
        similar=share("similar"),
        contained=share("contained"),
        contained_min_words=whole("contained_min_words"),
        max_pairs=whole("max_pairs"),
        entity_labels=frozenset(labels),
    )


def changes_since(
    previous: ResultRecord | None, new: ResultRecord, rules: ChangeRules | None = None
) -> Changes | None:
    """What ``new`` changed from the version it supersedes, whose stored record is ``previous``.

    None when there is nothing to say: ``new`` supersedes no version, or is not ``ok`` itself. Otherwise a
    comparison, or ``compared: false`` with the reason (the older record is missing, of another article or
    version, or was not ``ok``): never a diff against the wrong record.
    """
    old_version = new.supersedes
    if new.status != "ok" or old_version is None:
        return None
    if old_version >= new.version:  # the producer's word is checked, never trusted into a backwards diff
        return not_compared(old_version, f"version {old_version} is not older than version {new.version}")
    if previous is None:
        return not_compared(
            old_version,
            f"no record of version {old_version} was stored when version {new.version} was published "
            "(still being analysed, or lost)",
        )
    if previous.article_id != new.article_id or previous.version != old_version:
        return not_compared(
            old_version,
            f"the record stored as version {old_version} is {previous.article_id!r} "
            f"version {previous.version}",
        )
    if previous.status != "ok":
        what = "was rejected" if previous.status == "rejected" else "failed"
        why = f": {previous.error}" if previous.error else ""
        return not_compared(old_version, f"version {old_version} {what}{why}; nothing to compare")
    return compare(previous, new, rules)


def not_compared(previous: int, reason: str) -> Changes:
    return Changes(previous=previous, compared=False, reason=reason, rules=load_change_rules().version)


def compare(old: ResultRecord, new: ResultRecord, rules: ChangeRules | None = None) -> Changes:
    """Every difference between two ``ok`` records of one article (``old`` the earlier version)."""
    r = rules or load_change_rules()
    # The body's quotes; a headline's quotes change with the headline, reported on its own.
    quotes, notes = _quotes(_body(old.quotes), _body(new.quotes), r)
    changes = Changes(
        previous=old.version,
        compared=True,
        rules=r.version,
        headline=_text_change(old.headline, new.headline),
        summary=_text_change(
            old.summary.text if old.summary else None, new.summary.text if new.summary else None
        ),
        quotes=quotes,
        notes=notes,
        figures=_figures(old.figures, new.figures),
        entities=_entities(old, new, r),
        terms=_terms(old.bias.tags if old.bias else [], new.bias.tags if new.bias else []),
    )
    c = changes
    changes.count = (
        c.headline.changed
        + c.summary.changed
        + sum(len(x) for x in (c.quotes.added, c.quotes.removed, c.quotes.changed))
        + sum(len(x) for x in (c.figures.added, c.figures.removed, c.figures.changed))
        + len(c.entities.added)
        + len(c.entities.removed)
        + sum(len(x) for x in (c.terms.added, c.terms.removed, c.terms.changed))
    )
    return changes


@dataclass
class Matching:
    pairs: list[tuple[int, int, str, float]]  # (old index, new index, pass name, score)
    old_left: list[int]
    new_left: list[int]
    skipped: list[str]  # scored passes not run: more pairs left than max_pairs


def match(
    old: Sequence[T],
    new: Sequence[T],
    passes: Sequence[Keyed[T] | Scored[T]],
    *,
    max_pairs: int | None = None,
) -> Matching:
    """Pair items of ``old`` and ``new`` by the ordered ``passes``, each item at most once.

    A ``Keyed`` pass pairs items of equal key in order of appearance (two figures of one kind pair first
    with first); a ``Scored`` pass scores the pairs still free and takes them best score first, ties in
    order of appearance. A scored pass facing more than ``max_pairs`` pairs is skipped (and named in
    ``skipped``): it costs the product of what is left on both sides.
    """
    m = Matching([], list(range(len(old))), list(range(len(new))), [])
    for p in passes:
        taken: list[tuple[int, int, str, float]] = []
        if isinstance(p, Keyed):
            waiting: dict[Hashable, deque[int]] = defaultdict(deque)
            for j in m.new_left:
                if (k := p.key(new[j])) is not None:
                    waiting[k].append(j)
            for i in m.old_left:
                k = p.key(old[i])
                if k is not None and waiting.get(k):
                    taken.append((i, waiting[k].popleft(), p.name, 1.0))
        elif max_pairs is not None and len(m.old_left) * len(m.new_left) > max_pairs:
            m.skipped.append(p.name)
        else:
            scored = [
                (s, i, j)
                for j in m.new_left
                for i in m.old_left
                if (s := p.score(old[i], new[j])) is not None
            ]
            scored.sort(key=lambda x: (-x[0], x[1], x[2]))
            used_old: set[int] = set()
            used_new: set[int] = set()
            for s, i, j in scored:
                if i not in used_old and j not in used_new:
                    used_old.add(i)
                    used_new.add(j)
                    taken.append((i, j, p.name, s))
        m.pairs += taken
        gone_old, gone_new = {i for i, *_ in taken}, {j for _, j, *_ in taken}
        m.old_left = [i for i in m.old_left if i not in gone_old]
        m.new_left = [j for j in m.new_left if j not in gone_new]
    return m


def words(text: str) -> tuple[str, ...]:
    """Text as compared: lower-case words, punctuation and quote marks dropped."""
    return tuple(_WORD.findall(text.casefold()))


def _text_change(old: str | None, new: str | None) -> TextChange:
    if words(old or "") == words(new or "") and (old is None) == (new is None):
        return TextChange()
    return TextChange(changed=True, old=old, new=new)


# Quotes ------------------------------------------------------------------------------------------------


def _quote_ref(q: Quote) -> QuoteRef:
    speaker = q.speaker.canonical if q.speaker else None
    return QuoteRef(
        text=q.text, kind=q.kind, speaker=speaker, anonymous=bool(q.speaker and q.speaker.anonymous)
    )


def _quotes(old: Sequence[Quote], new: Sequence[Quote], r: ChangeRules) -> tuple[QuoteChanges, list[str]]:
    ow, nw = [words(q.text) for q in old], [words(q.text) for q in new]
    # One matcher per new quote (difflib caches what it learns of its second sequence), bounds first:
    # real_quick_ratio and quick_ratio are upper bounds of ratio, quick_ratio gives the words in common.
    matchers: dict[tuple[str, ...], SequenceMatcher[str]] = {}

    def matcher(a: tuple[str, ...], b: tuple[str, ...]) -> SequenceMatcher[str]:
        if (sm := matchers.get(b)) is None:
            sm = matchers[b] = SequenceMatcher(None, b=b, autojunk=False)
        sm.set_seq1(a)
        return sm

    def similar_text(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
        sm = matcher(a, b)
        if sm.real_quick_ratio() < r.similar or sm.quick_ratio() < r.similar:
            return None
        ratio = sm.ratio()
        return ratio if ratio >= r.similar else None

    def contained(a: tuple[str, ...], b: tuple[str, ...]) -> float | None:
        shorter = min(len(a), len(b))
        if shorter < r.contained_min_words:
            return None
        sm = matcher(a, b)
        if sm.quick_ratio() * (len(a) + len(b)) / 2 < r.contained * shorter:  # words in common, any order
            return None
        share = sum(block.size for block in sm.get_matching_blocks()) / shorter
        return share if share >= r.contained else None

    found = match(
        ow,
        nw,
        [Keyed("same_text", _same), Scored("similar_text", similar_text), Scored("contained", contained)],
        max_pairs=r.max_pairs,
    )
    out = QuoteChanges(
        removed=[_quote_ref(old[i]) for i in found.old_left],
        added=[_quote_ref(new[j]) for j in found.new_left],
    )
    for i, j, name, _ in sorted(found.pairs, key=lambda p: p[1]):
        what = [
            field
            for field, differs in (
                ("text", ow[i] != nw[j]),
                ("speaker", _speaker(old[i]) != _speaker(new[j])),
                ("kind", old[i].kind != new[j].kind),
            )
            if differs
        ]
        if what:  # the refs only for what is listed: most quotes of a correction are unchanged
            a, b = _quote_ref(old[i]), _quote_ref(new[j])
            ratio = SequenceMatcher(None, ow[i], nw[j], autojunk=False).ratio()
            out.changed.append(QuoteEdit(old=a, new=b, match=name, similarity=round(ratio, 3), what=what))
    notes = []
    if found.skipped:
        notes.append(
            f"quotes: {len(found.old_left)} x {len(found.new_left)} left after exact matching, over "
            f"max_pairs {r.max_pairs}: {', '.join(found.skipped)} not tried (edited quotes show as removed "
            "and added)"
        )
    return out, notes


def _body(found: Sequence[Quote]) -> list[Quote]:
    return [q for q in found if q.field == "body"]


def _speaker(q: Quote) -> str:
    return q.speaker.canonical.casefold() if q.speaker else ""


def _same(item: T) -> T:
    return item


# Figures -----------------------------------------------------------------------------------------------


def _kind(f: Figure) -> tuple[str, str] | None:
    """What a figure counts, as compared; None when it does not say."""
    if not f.counted:
        return None
    return " ".join(words(f.counted)), (f.unit or "").casefold()


def _figure_ref(f: Figure) -> FigureRef:
    return FigureRef(
        text=f.text,
        value=f.value,
        value_max=f.value_max,
        qualifier=f.qualifier,
        counted=f.counted,
        unit=f.unit,
    )


def _figures(old: Sequence[Figure], new: Sequence[Figure]) -> FigureChanges:
    kinds = {id(f): _kind(f) for f in (*old, *new)}  # each figure's words once, not once per pass

    def same_figure(f: Figure) -> Hashable:
        return kinds[id(f)], (f.unit or "").casefold(), f.value, f.value_max, (f.qualifier or "").casefold()

    def same_value(f: Figure) -> Hashable | None:
        kind = kinds[id(f)]
        return None if kind is None else (kind, f.value, f.value_max)

    def same_counted(f: Figure) -> Hashable | None:
        return kinds[id(f)]

    found = match(
        old,
        new,
        [
            Keyed("same_figure", same_figure),
            Keyed("same_value", same_value),
            Keyed("same_counted", same_counted),
        ],
    )
    out = FigureChanges(
        removed=[_figure_ref(old[i]) for i in found.old_left],
        added=[_figure_ref(new[j]) for j in found.new_left],
    )
    for i, j, name, _ in sorted(found.pairs, key=lambda p: p[1]):
        if name == "same_figure":
            continue
        a, b = old[i], new[j]
        out.changed.append(
            FigureEdit(counted=b.counted, unit=b.unit, old=_figure_ref(a), new=_figure_ref(b), match=name)
        )
    return out


# Entities and terms ------------------------------------------------------------------------------------


def _entities(old: ResultRecord, new: ResultRecord, r: ChangeRules) -> EntityChanges:
    def names(record: ResultRecord) -> dict[str, Entity]:
        seen: dict[str, Entity] = {}
        for e in record.entities:
            if e.label in r.entity_labels:
                seen.setdefault(e.canonical.casefold(), e)
        return seen

    a, b = names(old), names(new)
    return EntityChanges(
        added=[EntityRef(canonical=e.canonical, label=e.label) for key, e in b.items() if key not in a],
        removed=[EntityRef(canonical=e.canonical, label=e.label) for key, e in a.items() if key not in b],
    )


def _term_ref(t: BiasTag) -> TermRef:
    return TermRef(text=t.text, category=t.category, voice=t.voice, speaker=t.speaker, field=t.field)


def _terms(old: Sequence[BiasTag], new: Sequence[BiasTag]) -> TermChanges:
    def term(t: BiasTag) -> tuple[str, str, str]:
        return (t.lemma or " ".join(words(t.text))).casefold(), t.category, t.field

    def same_voice(t: BiasTag) -> Hashable:
        return term(t), t.voice, (t.speaker or "").casefold()

    found = match(old, new, [Keyed("same_voice", same_voice), Keyed("voice_changed", term)])
    return TermChanges(
        removed=[_term_ref(old[i]) for i in found.old_left],
        added=[_term_ref(new[j]) for j in found.new_left],
        changed=[
            TermEdit(old=_term_ref(old[i]), new=_term_ref(new[j]))
            for i, j, name, _ in sorted(found.pairs, key=lambda p: p[1])
            if name == "voice_changed"
        ],
    )
