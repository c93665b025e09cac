"""Figures: the numbers an article reports, with value, hedge ("more than"), what is counted and unit.

Number words, qualifiers, units and currencies live in ``config/lexicons/figures.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.models import Figure

FILENAME = "figures.yaml"
SKIP_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "nummod", "quantmod"})
NOUNS = frozenset({"NOUN", "PROPN"})
MAX_AGE = 120
MAX_QUALIFIER = 3


@dataclass(frozen=True, slots=True)
class FigureLexicon:
    """Words for reading numbers, all lower case.

    Attributes:
        version: Version string of the lexicon file.
        qualifiers: Hedges and bounds before a number ("more than", "about"), space-joined.
        numbers: Number words and their values ("seven" -> 7).
        scales: Multipliers ("million" -> 1e6).
        vague: Plural number words without a value ("thousands" of ...).
        units: Units of measure by word, lemma or symbol, mapped to the name reported ("kg" -> "kilogram").
        currencies: Currency symbols and words mapped to ISO codes ("$" -> "USD").
    """

    version: str
    qualifiers: frozenset[str]
    numbers: Mapping[str, float]
    scales: Mapping[str, float]
    vague: frozenset[str]
    units: Mapping[str, str]
    currencies: Mapping[str, str]


def _values(data: dict[str, Any], key: str) -> dict[str, float]:
    raw = data.get(key) or {}
    if not isinstance(raw, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in raw.values()
    ):
        raise ValueError(f"{FILENAME}: {key!r} must map words to numbers")
    return {str(k).lower(): float(v) for k, v in raw.items()}


def _names(data: dict[str, Any], key: str) -> dict[str, str]:
    raw = data.get(key) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"{FILENAME}: {key!r} must map words to names")
    return {str(k).lower(): v for k, v in raw.items()}


@lru_cache(maxsize=8)
def load_figure_lexicon(lexicon_dir: Path) -> FigureLexicon:
    """Load ``figures.yaml`` once per process.

    Args:
        lexicon_dir: Directory holding ``figures.yaml`` (``Settings.lexicon_dir``).

    Returns:
        The validated lexicon.

    Raises:
        FileNotFoundError: The file does not exist.
        ValueError: The file is malformed.
    """
    path = Path(lexicon_dir) / FILENAME
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "version" not in data:
        raise ValueError(f"{path}: expected a mapping with a 'version'")
    lists: dict[str, frozenset[str]] = {}
    for key in ("qualifiers", "vague"):
        raw = data.get(key) or []
        if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
            raise ValueError(f"{path}: {key!r} must be a list of strings")
        lists[key] = frozenset(w.strip().lower() for w in raw)
    return FigureLexicon(
        version=str(data["version"]),
        qualifiers=lists["qualifiers"],
        numbers=_values(data, "numbers"),
        scales=_values(data, "scales"),
        vague=lists["vague"],
        units=_names(data, "units"),
        currencies=_names(data, "currencies"),
    )


@dataclass(slots=True)
class _Raw:
    first: int  # first token of the figure text (currency symbol or number)
    last: int  # last token of the figure text (unit or number)
    head: Token  # the number's syntactic head within the group
    value: float | None
    unit: str | None
    unit_token: Token | None
    qualifier: str | None


def figures(doc: Doc, *, lexicon: FigureLexicon | None = None) -> list[Figure]:
    """Numbers in document order with their value, qualifier, what they count and unit.

    Args:
        doc: A parsed article (tagger, parser, NER).
        lexicon: Number words, qualifiers and units; defaults to the bundled ``config/lexicons/figures.yaml``.

    Returns:
        One :class:`~tasks.models.Figure` per number. ``text`` spans the number with its currency and unit
        ("2,000-pound (907 kilograms)"), not the qualifier or the counted noun.

    Notes:
        * A run of number tokens ("1 million") is one figure; its value is summed and scaled ("two hundred
          thousand" -> 200000). Vague plurals ("thousands of") give ``value=None``.
        * Skipped: numbers inside DATE, TIME or ORDINAL entities, an age after "Name," ("Qishta, 29"),
          numbers glued to a word by a hyphen ("COVID-19", "F-16") and pronoun "one" ("one Israel said").
        * ``counted`` is the noun the number (or its unit) modifies, with its compound and adjective
          modifiers ("more than 3,500 heavy-duty bombs"), or the object of "of" ("seven of the victims").
        * A measure followed by its conversion in brackets ("2,000-pound (907 kilograms)") is one figure.
    """
    lex = lexicon if lexicon is not None else load_figure_lexicon(LEXICON_DIR)
    tokens = list(doc)
    skip = {
        i
        for ent in doc.ents
        if ent.label_ in SKIP_LABELS and not _is_bare_range(ent)
        for i in range(ent.start, ent.end)
    }
    raws: list[_Raw] = []
    i, n = 0, len(tokens)
    while i < n:
        if i in skip or not _is_number(tokens[i], lex):
            i += 1
            continue
        j = i
        while j + 1 < n and j + 1 not in skip and _is_number(tokens[j + 1], lex):
            j += 1
        raw = _read(tokens, i, j, lex)
        if raw is not None:
            raws.append(raw)
        i = j + 1

    out: list[Figure] = []
    k = 0
    while k < len(raws):
        raw = raws[k]
        last = raw.last
        if k + 1 < len(raws) and _is_conversion(tokens, raw, raws[k + 1]):
            last = raws[k + 1].last + 1
            k += 1
        elif k + 1 < len(raws) and (qualifier := _range_word(tokens, raw, raws[k + 1])) is not None:
            high = raws[k + 1]
            k += 2
            span = doc[raw.first : high.last + 1]
            out.append(
                Figure(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    value=raw.value,
                    value_max=high.value,
                    qualifier=qualifier,
                    counted=_counted(tokens, high, lex) or _counted(tokens, raw, lex),
                    unit=high.unit or raw.unit,
                )
            )
            continue
        k += 1
        span = doc[raw.first : last + 1]
        out.append(
            Figure(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                value=raw.value,
                qualifier=raw.qualifier,
                counted=_counted(tokens, raw, lex),
                unit=raw.unit,
            )
        )
    return out


RANGE_JOINS = frozenset({"to", "-", "–", "and"})


def _range_word(doc: Sequence[Token], low: _Raw, high: _Raw) -> str | None:
    """``"between"`` when ``low`` and ``high`` make a range: "20 to 30", "5-10 percent", "between 5 and 9"."""
    if high.first != low.last + 2 or low.value is None or high.value is None or high.value <= low.value:
        return None
    join = doc[low.last + 1].lower_
    if join not in RANGE_JOINS or (low.unit is not None and high.unit is not None and low.unit != high.unit):
        return None
    if join == "and" and not (low.first > 0 and doc[low.first - 1].lower_ == "between"):
        return None
    return "between"


def _is_bare_range(ent: Span) -> bool:
    """A DATE entity that is only "between 20 and 30" (no month, year or unit of time): a range of counts."""
    words = [t for t in ent if not t.like_num]
    nums = [t for t in ent if t.like_num]
    return (
        bool(nums)
        and all(t.lower_ in {"between", "and", "to", "-"} for t in words)
        and not any(len(t.text) == 4 and t.is_digit for t in nums)
    )


def _is_number(token: Token, lex: FigureLexicon) -> bool:
    low = token.lower_
    if token.tag_ == "CD" and (token.like_num or low in lex.numbers or low in lex.scales):
        return True
    if low in lex.vague:
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == "of"
    return False


def _value(tokens: list[Token], lex: FigureLexicon) -> float | None:
    """The value of a run of number tokens: "34,500" -> 34500, "1 million" -> 1e6, "seven" -> 7."""
    total, current = 0.0, 0.0
    for token in tokens:
        low = token.lower_.replace(",", "")
        if low in lex.vague:
            return None
        if low in lex.scales:
            current = (current or 1.0) * lex.scales[low]
            if lex.scales[low] >= 1000:
                total, current = total + current, 0.0
            continue
        if low in lex.numbers:
            current += lex.numbers[low]
            continue
        try:
            current += float(low)
        except ValueError:
            return None
    return total + current


def _read(doc: Sequence[Token], i: int, j: int, lex: FigureLexicon) -> _Raw | None:
    """One figure from number tokens ``i..j``, or ``None`` for numbers that are not figures."""
    tokens = list(doc[i : j + 1])
    inside = range(i, j + 1)
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])
    first = tokens[0]
    if (
        first.lower_ == "one"
        and len(tokens) == 1
        and not (
            (head.dep_ == "nummod" and head.head.pos_ == "NOUN")
            or any(c.lower_ == "of" for c in head.children)
        )
    ):
        return None
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha:
        return None  # "COVID-19"
    if (
        len(tokens) == 1
        and first.is_digit
        and i >= 2
        and doc[i - 1].text == ","
        and doc[i - 2].ent_type_ == "PERSON"
        and int(first.text) <= MAX_AGE
    ):
        return None  # an age: "Muhanad Ahmad Qishta, 29"
    value = _value(tokens, lex)
    start = i
    unit: str | None = None
    unit_token: Token | None = None
    if i > 0 and doc[i - 1].text.lower() in lex.currencies:
        start = i - 1
        unit = lex.currencies[doc[i - 1].text.lower()]
    last = j
    nxt = j + 1
    if nxt + 1 < len(doc) and doc[nxt].text == "-" and not doc[j].whitespace_ and not doc[nxt].whitespace_:
        nxt += 1  # "2,000-pound"
    if unit is None and nxt < len(doc):
        two = f"{doc[nxt].lower_} {doc[nxt + 1].lemma_.lower()}" if nxt + 1 < len(doc) else ""
        if two in lex.units:
            unit, unit_token, last = lex.units[two], doc[nxt + 1], nxt + 1
        else:
            for key in (doc[nxt].lower_, doc[nxt].lemma_.lower()):
                if key in lex.units:
                    unit, unit_token, last = lex.units[key], doc[nxt], nxt
                    break
                if key in lex.currencies and nxt == j + 1:
                    unit, unit_token, last = lex.currencies[key], doc[nxt], nxt
                    break
    return _Raw(start, last, head, value, unit, unit_token, _qualifier(doc, start, lex))


def _qualifier(doc: Sequence[Token], start: int, lex: FigureLexicon) -> str | None:
    """The longest qualifier right before token ``start`` ("more than", "about")."""
    for size in range(min(MAX_QUALIFIER, start), 0, -1):
        phrase = " ".join(t.lower_ for t in doc[start - size : start])
        if phrase in lex.qualifiers:
            return phrase
    return None


def _is_conversion(doc: Sequence[Token], a: _Raw, b: _Raw) -> bool:
    """Whether ``b`` is ``a``'s unit conversion in brackets: "2,000-pound (907 kilograms)"."""
    return (
        a.unit is not None
        and b.unit is not None
        and b.first == a.last + 2
        and doc[a.last + 1].text == "("
        and b.last + 1 < len(doc)
        and doc[b.last + 1].text == ")"
    )


def _counted(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> str | None:
    """The noun the figure counts, with its compound and adjective modifiers."""
    is_unit = {*lex.units, *lex.currencies}
    noun: Token | None = None
    anchor = raw.unit_token if raw.unit_token is not None else raw.head
    if raw.unit_token is not None:
        node = raw.unit_token
        while node.dep_ in MODIFIER_DEPS and node.head.i > node.i and node.head.pos_ in NOUNS:
            node = node.head
            if node.lemma_.lower() not in is_unit and node.lower_ not in is_unit:
                noun = node
                break
    elif anchor.dep_ in {"nummod", "quantmod"} and anchor.head.pos_ in NOUNS and anchor.head.i > anchor.i:
        noun = anchor.head
    if noun is None:  # "seven of the victims", "7 km of road"
        of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in NOUNS), None)
    if noun is None or noun.lemma_.lower() in is_unit:
        return None
    first = noun.i
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"} and child.left_edge.i > raw.last:
            first = min(first, child.left_edge.i)
    return noun.doc[first : noun.i + 1].text
