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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml

from config.settings import LEXICON_DIR
from tasks.models import (
    BiasTag,
    Changes,
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
# A pass scores a pair (None: no match); pairs are taken best score first, then in order of appearance.
Pass = tuple[str, Callable[[T, T], float | None]]


@dataclass(frozen=True)
class ChangeRules:
    version: str
    similar: float
    contained: float
    contained_min_words: int
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

    min_words = quotes.get("contained_min_words")
    if not isinstance(min_words, int) or isinstance(min_words, bool) or min_words < 1:
        raise ValueError(
            f"{file}: quotes.contained_min_words: expected a whole number >= 1, got {min_words!r}"
        )
    return ChangeRules(
        version=str(data.get("version", "")),
        similar=share("similar"),
        contained=share("contained"),
        contained_min_words=min_words,
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
        why = f": {previous.error}" if previous.error else ""
        return not_compared(
            old_version, f"version {old_version} was {previous.status}{why}; nothing to compare"
        )
    return compare(previous, new, rules)


def not_compared(previous: int, reason: str) -> Changes:
    return Changes(previous=previous, compared=False, reason=reason, rules=load_change_rules().version)


def compare(old: ResultRecord, new: ResultRecord, rules: ChangeRules | None = None) -> Changes:
    """Every difference between two ``ok`` records of one article (``old`` the earlier version)."""
    r = rules or load_change_rules()
    changes = Changes(
        previous=old.version,
        compared=True,
        rules=r.version,
        headline=_text_change(old.headline, new.headline),
        summary=_text_change(
            old.summary.text if old.summary else None, new.summary.text if new.summary else None
        ),
        quotes=_quotes(old.quotes, new.quotes, r),
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


def match(
    old: Sequence[T], new: Sequence[T], passes: Sequence[Pass[T]]
) -> tuple[list[tuple[int, int, str, float]], list[int], list[int]]:
    """Pair items of ``old`` and ``new`` by the ordered ``passes``.

    Each pass scores the pairs still free; its pairs are taken best score first, ties in order of
    appearance (so two figures of one kind pair first with first), each item at most once.

    Returns:
        ``(old index, new index, pass name, score)`` per pair, then the old and the new indices left free.
    """
    free_old, free_new = list(range(len(old))), list(range(len(new)))
    pairs: list[tuple[int, int, str, float]] = []
    for name, score in passes:
        scored = [(s, i, j) for i in free_old for j in free_new if (s := score(old[i], new[j])) is not None]
        scored.sort(key=lambda x: (-x[0], x[1], x[2]))
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        for s, i, j in scored:
            if i in taken_old or j in taken_new:
                continue
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((i, j, name, s))
        free_old = [i for i in free_old if i not in taken_old]
        free_new = [j for j in free_new if j not in taken_new]
    return pairs, free_old, free_new


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


def _quotes(old: Sequence[Quote], new: Sequence[Quote], r: ChangeRules) -> QuoteChanges:
    ow, nw = [words(q.text) for q in old], [words(q.text) for q in new]
    index_old, index_new = list(range(len(old))), list(range(len(new)))

    def same_text(i: int, j: int) -> float | None:
        return 1.0 if ow[i] == nw[j] else None

    def similar_text(i: int, j: int) -> float | None:
        ratio = SequenceMatcher(None, ow[i], nw[j], autojunk=False).ratio()
        return ratio if ratio >= r.similar else None

    def contained(i: int, j: int) -> float | None:
        shorter = min(len(ow[i]), len(nw[j]))
        if shorter < r.contained_min_words:
            return None
        blocks = SequenceMatcher(None, ow[i], nw[j], autojunk=False).get_matching_blocks()
        share = sum(b.size for b in blocks) / shorter
        return share if share >= r.contained else None

    pairs, gone, came = match(
        index_old,
        index_new,
        [("same_text", same_text), ("similar_text", similar_text), ("contained", contained)],
    )
    out = QuoteChanges(removed=[_quote_ref(old[i]) for i in gone], added=[_quote_ref(new[j]) for j in came])
    for i, j, name, _ in sorted(pairs, key=lambda p: p[1]):
        a, b = _quote_ref(old[i]), _quote_ref(new[j])
        what = [
            field
            for field, differs in (
                ("text", ow[i] != nw[j]),
                ("speaker", (a.speaker or "").casefold() != (b.speaker or "").casefold()),
                ("kind", a.kind != b.kind),
            )
            if differs
        ]
        if what:
            ratio = SequenceMatcher(None, ow[i], nw[j], autojunk=False).ratio()
            out.changed.append(QuoteEdit(old=a, new=b, match=name, similarity=round(ratio, 3), what=what))
    return out


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
    def same_figure(a: Figure, b: Figure) -> float | None:
        amount = (a.value, a.value_max, (a.qualifier or "").casefold())
        same = amount == (b.value, b.value_max, (b.qualifier or "").casefold())
        return 1.0 if same and _kind(a) == _kind(b) and (a.unit or "") == (b.unit or "") else None

    def same_value(a: Figure, b: Figure) -> float | None:
        return (
            1.0
            if _kind(a) is not None
            and _kind(a) == _kind(b)
            and (a.value, a.value_max) == (b.value, b.value_max)
            else None
        )

    def same_counted(a: Figure, b: Figure) -> float | None:
        return 1.0 if _kind(a) is not None and _kind(a) == _kind(b) else None

    pairs, gone, came = match(
        old, new, [("same_figure", same_figure), ("same_value", same_value), ("same_counted", same_counted)]
    )
    out = FigureChanges(
        removed=[_figure_ref(old[i]) for i in gone], added=[_figure_ref(new[j]) for j in came]
    )
    for i, j, name, _ in sorted(pairs, key=lambda p: p[1]):
        if name == "same_figure":
            continue
        a, b = old[i], new[j]
        out.changed.append(
            FigureEdit(counted=b.counted, unit=b.unit, old=_figure_ref(a), new=_figure_ref(b), match=name)
        )
    return out


# Entities and terms ------------------------------------------------------------------------------------


def _entities(old: ResultRecord, new: ResultRecord, r: ChangeRules) -> EntityChanges:
    def names(record: ResultRecord) -> dict[str, EntityRef]:
        seen: dict[str, EntityRef] = {}
        for e in record.entities:
            if e.label in r.entity_labels:
                seen.setdefault(e.canonical.casefold(), EntityRef(canonical=e.canonical, label=e.label))
        return seen

    a, b = names(old), names(new)
    return EntityChanges(
        added=[ref for key, ref in b.items() if key not in a],
        removed=[ref for key, ref in a.items() if key not in b],
    )


def _term_ref(t: BiasTag) -> TermRef:
    return TermRef(text=t.text, category=t.category, voice=t.voice, speaker=t.speaker, field=t.field)


def _terms(old: Sequence[BiasTag], new: Sequence[BiasTag]) -> TermChanges:
    def term(t: BiasTag) -> tuple[str, str, str]:
        return (t.lemma or " ".join(words(t.text))).casefold(), t.category, t.field

    def voice(t: BiasTag) -> tuple[str, str]:
        return t.voice, (t.speaker or "").casefold()

    def same_voice(a: BiasTag, b: BiasTag) -> float | None:
        return 1.0 if term(a) == term(b) and voice(a) == voice(b) else None

    def voice_changed(a: BiasTag, b: BiasTag) -> float | None:
        return 1.0 if term(a) == term(b) else None

    pairs, gone, came = match(old, new, [("same_voice", same_voice), ("voice_changed", voice_changed)])
    return TermChanges(
        removed=[_term_ref(old[i]) for i in gone],
        added=[_term_ref(new[j]) for j in came],
        changed=[
            TermEdit(old=_term_ref(old[i]), new=_term_ref(new[j]))
            for i, j, name, _ in sorted(pairs, key=lambda p: p[1])
            if name == "voice_changed"
        ],
    )
