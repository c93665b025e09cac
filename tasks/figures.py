"""Figures: the numbers an article reports, with value, hedge ("more than"), what is counted and unit.

Number words, qualifiers, units and currencies live in ``config/lexicons/figures.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.entities import MAX_AGE
from tasks.models import Figure

FILENAME = "figures.yaml"
SKIP_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "nummod", "quantmod"})
NOUNS = frozenset({"NOUN", "PROPN"})
MAX_QUALIFIER = 3
YEARS = range(1900, 2100)
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
# Labels of names: a number the model puts inside one is part of the name ("747" PRODUCT, "Route 66" FAC).
NAME_LABELS = frozenset({"PRODUCT", "ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW"})


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
        clock: Words after a number that make it a clock time ("p.m.", "GMT").
        not_range_after: Words before "N to M" that make it a change, not a range ("by", "from").
        money_scales: Abbreviated scales glued to an amount of money ("£3m", "$1.5bn") -> multiplier; after
            any other number "m" is a metre ("a 3m fall").
    """

    version: str
    qualifiers: frozenset[str]
    numbers: Mapping[str, float]
    scales: Mapping[str, float]
    vague: frozenset[str]
    units: Mapping[str, str]
    currencies: Mapping[str, str]
    clock: frozenset[str] = frozenset()
    not_range_after: frozenset[str] = frozenset()
    money_scales: Mapping[str, float] = field(default_factory=dict)


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
    for key in ("qualifiers", "vague", "clock", "not_range_after"):
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
        clock=lists["clock"],
        not_range_after=lists["not_range_after"],
        money_scales=_values(data, "money_scales"),
    )


@dataclass(slots=True)
class _Raw:
    first: int  # first token of the figure text (currency symbol or number)
    last: int  # last token of the figure text (unit or number)
    numbers: range  # the number tokens themselves
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
        * A run joins number words and scales only ("two hundred", "1.5 million"): two numerals in a row are
          two numbers ("about 200 747 freighters" is 200, and 747 is a model number), never their sum.
        * Skipped: numbers inside DATE, TIME or ORDINAL entities, then the numbers each pass of
          :data:`NOT_FIGURE_PASSES` rejects, in order (pronoun "one", "COVID-19", ages, clock times, years,
          model numbers and index names); :func:`rejected_numbers` lists them with the pass that decided.
        * ``counted`` is the noun the number (or its unit) modifies, with its compound and adjective
          modifiers ("more than 3,500 heavy-duty bombs"), or the object of "of" ("seven of the victims").
        * A measure followed by its conversion in brackets ("2,000-pound (907 kilograms)") is one figure.
        * "N to M" is a range unless a change word comes before it: "down by 12 to 80" is two figures, as
          is a number with a unit before a bare one ("rose 1.5% to 38,200": a change and a level).
    """
    lex = lexicon if lexicon is not None else load_figure_lexicon(LEXICON_DIR)
    tokens = list(doc)
    raws = [raw for raw, rejected_by in _scan(tokens, lex) if rejected_by is None]

    out: list[Figure] = []
    k = 0
    while k < len(raws):
        raw = raws[k]
        last = raw.last
        if k + 1 < len(raws) and _is_conversion(tokens, raw, raws[k + 1]):
            last = raws[k + 1].last + 1
            k += 1
        elif k + 1 < len(raws) and (qualifier := _range_word(tokens, raw, raws[k + 1], lex)) is not None:
            high = raws[k + 1]
            k += 2
            span = doc[raw.first : high.last + 1]
            out.append(
                Figure(
                    text=span.text,
                    start=span.start_char,
                    end=span.end_char,
                    value=_low_end(tokens, raw, high, lex),
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


def rejected_numbers(doc: Doc, *, lexicon: FigureLexicon | None = None) -> list[tuple[str, str]]:
    """Numbers outside DATE/TIME/ORDINAL entities that are not figures, with the pass that rejected each.

    Returns:
        ``(text, pass name)`` pairs in document order, e.g. ``("747", "designation")``.
    """
    lex = lexicon if lexicon is not None else load_figure_lexicon(LEXICON_DIR)
    tokens = list(doc)
    return [
        (doc[raw.numbers.start : raw.numbers.stop].text, rejected_by)
        for raw, rejected_by in _scan(tokens, lex)
        if rejected_by is not None
    ]


def _scan(tokens: Sequence[Token], lex: FigureLexicon) -> list[tuple[_Raw, str | None]]:
    """Every run of number tokens read as a figure, with the name of the pass that rejects it (or None)."""
    skip = {
        i
        for ent in (tokens[0].doc.ents if tokens else ())
        if ent.label_ in SKIP_LABELS and not _is_bare_range(ent) and not _time_counted(ent)
        for i in range(ent.start, ent.end)
    }
    out: list[tuple[_Raw, str | None]] = []
    i, n = 0, len(tokens)
    while i < n:
        if i in skip or not _is_number(tokens[i], lex):
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and j + 1 not in skip
            and (_is_number(tokens[j + 1], lex) or tokens[j + 1].lower_ in lex.money_scales)
            and _joins(tokens[j], tokens[j + 1], lex)
        ):
            j += 1
        if _hyphened_scale(tokens, j, lex) and j + 2 not in skip:
            j += 2  # "$2-million", "a 1.5-billion deal": Canadian and adjectival style
        raw = _read(tokens, i, j, lex)
        rejected_by = next((name for name, test in NOT_FIGURE_PASSES if test(tokens, raw, lex)), None)
        out.append((raw, rejected_by))
        i = j + 1
    return out


def _hyphened(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is joined to a word after it by a hyphen with no space ("2-million", "one-time",
    "2,000-pound")."""
    return (
        j + 2 < len(tokens)
        and tokens[j + 1].text == "-"
        and not tokens[j].whitespace_
        and not tokens[j + 1].whitespace_
    )


def _hyphened_scale(tokens: Sequence[Token], j: int, lex: FigureLexicon) -> bool:
    """Whether a scale word follows the number ``j`` after a hyphen with no space ("2-million")."""
    return _hyphened(tokens, j) and tokens[j + 2].lower_ in lex.scales and tokens[j].like_num


def _joins(left: Token, right: Token, lex: FigureLexicon) -> bool:
    """Whether ``right`` continues the number ``left`` is in: a scale ("1.5 million"), an abbreviated one
    glued to an amount of money ("£400m") or a number word after a number word ("twenty five"). Two
    numerals in a row ("200 747") are two numbers."""
    if right.lower_ in lex.money_scales and not left.whitespace_ and _after_currency(left, lex):
        return True
    if right.lower_ in lex.scales:
        return True
    words = {*lex.numbers, *lex.scales}
    return left.lower_ in words and right.lower_ in words


def _range_word(doc: Sequence[Token], low: _Raw, high: _Raw, lex: FigureLexicon) -> str | None:
    """``"between"`` when ``low`` and ``high`` make a range: "20 to 30", "5-10 percent", "between 5 and 9";
    not after a change word ("down by 12 to 80": a change of 12 to a level of 80)."""
    if high.first != low.last + 2 or low.value is None or high.value is None or high.value <= low.value:
        return None
    if low.first > 0 and doc[low.first - 1].lower_ in lex.not_range_after:
        return None
    join = doc[low.last + 1].lower_
    if join not in RANGE_JOINS or (low.unit is not None and high.unit is not None and low.unit != high.unit):
        return None
    if low.unit is not None and high.unit is None and low.unit not in lex.currencies.values():
        # a range writes its unit on both ends or the high one ("5 to 10 percent"); "rose 1.5% to 38,200"
        # is a change and the level it reached ("$5 to 10 million" is a range: the currency goes unsaid)
        return None
    if join == "and" and not (low.first > 0 and doc[low.first - 1].lower_ == "between"):
        return None
    return "between"


def _low_end(doc: Sequence[Token], low: _Raw, high: _Raw, lex: FigureLexicon) -> float | None:
    """The low end of a range, scaled as the high end is when only that one names its scale ("5 to 10
    million" is 5 million; "500 to 2 million" is 500)."""
    scale = lex.scales.get(doc[high.numbers[-1]].lower_)
    if low.value is None or high.value is None or scale is None or doc[low.numbers[-1]].lower_ in lex.scales:
        return low.value
    return _exact(low.value * scale) if low.value <= high.value / scale else low.value


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _time_counted(ent: Span) -> bool:
    """A DATE or TIME entity that counts time in the thousands ("310,000 hours of overtime", "2,400 days"):
    a statistic, not when something happened or how long it took."""
    for k, tok in enumerate(ent[:-1]):
        if (
            tok.like_num
            and ("," in tok.text or len(tok.text) > 4)
            and ent[k + 1].lemma_.lower() in TIME_UNITS
        ):
            return True
    return False


def _is_bare_range(ent: Span) -> bool:
    """A DATE entity that is only "between 20 and 30" (no month, year or unit of time): a range of counts."""
    words = [t for t in ent if not t.like_num]
    nums = [t for t in ent if t.like_num]
    return (
        bool(nums)
        and all(t.lower_ in {"between", "and", "to", "-"} for t in words)
        and not any(len(t.text) == 4 and t.is_digit for t in nums)
    )


def _after_currency(token: Token, lex: FigureLexicon) -> bool:
    """Whether a currency symbol comes right before ``token`` ("£" in "£3m")."""
    return token.i > 0 and token.doc[token.i - 1].text.lower() in lex.currencies


def _money_with_scale(token: Token, lex: FigureLexicon) -> float | None:
    """The value of an amount written with its scale in one token after a currency ("2bn" in "£2bn")."""
    m = MONEY_WITH_SCALE.fullmatch(token.lower_)
    if m is None or m.group(2) not in lex.money_scales or not _after_currency(token, lex):
        return None
    return float(m.group(1).replace(",", "")) * lex.money_scales[m.group(2)]


MONEY_WITH_SCALE = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+)")


def _is_number(token: Token, lex: FigureLexicon) -> bool:
    low = token.lower_
    if _money_with_scale(token, lex) is not None:
        return True
    if token.tag_ == "CD" and (token.like_num or low in lex.numbers or low in lex.scales):
        return True
    if low in lex.vague:
        nxt = token.nbor() if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.lower_ == "of"
    return False


def _value(tokens: list[Token], lex: FigureLexicon) -> float | None:
    """The value of a run of number tokens: "34,500" -> 34500, "1 million" -> 1e6, "seven" -> 7."""
    total, current = 0.0, 0.0
    for k, token in enumerate(tokens):
        low = token.lower_.replace(",", "")
        if low == "-" and k > 0:
            continue  # "2-million"
        if (money := _money_with_scale(token, lex)) is not None:
            current += money
            continue
        if k > 0 and low in lex.money_scales and _after_currency(tokens[0], lex):
            current *= lex.money_scales[low]  # "£400m": the "m" the tokenizer split off
            continue
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
    return _exact(total + current)


def _exact(value: float) -> float:
    """A scaled value without the binary float's error: 2.05 * 1e9 is 2050000000, not 2049999999.9999998."""
    return float(f"{value:.12g}")


def _read(doc: Sequence[Token], i: int, j: int, lex: FigureLexicon) -> _Raw:
    """One figure from number tokens ``i..j``, with its currency or unit and qualifier."""
    tokens = list(doc[i : j + 1])
    inside = range(i, j + 1)
    head = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[-1])
    value = _value(tokens, lex)
    start = i
    unit: str | None = None
    unit_token: Token | None = None
    if _after_currency(doc[i], lex):
        start = i - 1
        unit = lex.currencies[doc[i - 1].text.lower()]
    last = j
    nxt = j + 1
    if _hyphened(doc, j):
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
        measure = (
            unit is not None and unit in lex.units.values() and unit not in {"percent", "percentage point"}
        )
        if unit is not None and measure and (rate := _per_time(doc, last)) is not None:
            # spk25b: "185 km per hour" is a speed, not a distance
            unit, last = f"{unit}{'' if unit.endswith('s') else 's'} per {rate}", last + 2
    return _Raw(start, last, inside, head, value, unit, unit_token, _qualifier(doc, start, lex))


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _per_time(doc: Sequence[Token], last: int) -> str | None:
    """The unit of time after a measure's unit ("km per hour": "hour"), else None."""
    if last + 2 >= len(doc) or doc[last + 1].lower_ != "per":
        return None
    lemma = doc[last + 2].lemma_.lower()
    return lemma if lemma in _TIME_UNITS else None


# Passes that reject a number as a figure, in order; the first that fires names the reason.
NotFigure = Callable[[Sequence[Token], _Raw, FigureLexicon], bool]


def _bare(doc: Sequence[Token], raw: _Raw) -> Token | None:
    """The token of a figure that is one plain integer ("747"; not "1,200", "$5", "7 km", "about 20")."""
    if len(raw.numbers) != 1 or raw.unit is not None or raw.qualifier is not None:
        return None
    token = doc[raw.numbers.start]
    return token if token.is_digit else None


def _pronoun_one(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "one Israel said": "one" that counts no noun and has no "of"; "one of the first women", "one of the
    largest banks": a rank among many, not a count."""
    if len(raw.numbers) != 1 or doc[raw.numbers.start].lower_ != "one":
        return False
    of = next((c for c in raw.head.children if c.lower_ == "of"), None)
    if of is not None:
        if any(n.pos_ == "PRON" for n in of.children):
            return True  # spk25b: "if one of them pulls back": someone of a group, no count
        ranked = [g for n in of.children for g in n.children if g.dep_ in ("amod", "advmod")]
        # spk25b: "one of the most contagious diseases": a superlative made with "most"
        ranked += [m for g in ranked for m in g.children if m.lower_ in {"most", "least"}]
        return any(g.tag_ == "JJS" or g.lower_ in _RANKS | {"most", "least"} for g in ranked)
    if raw.head.dep_ == "nummod" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in raw.head.head.children
    ):
        return True  # spk25b: "the one person who should have protected him": "only", not a count
    return not (raw.head.dep_ == "nummod" and raw.head.head.pos_ == "NOUN")


_RANKS = frozenset({"first", "last", "few", "only"})


def _glued_to_a_word(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "COVID-19", "F-16": a number hyphened to the word before it."""
    i = raw.numbers.start
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and doc[i - 2].is_alpha


def _rank_number(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "our number one priority", "No. 1 on the Billboard 200": a place in a ranking, not a count."""
    i = raw.numbers.start
    if len(raw.numbers) != 1 or i == 0:
        return False
    before = doc[i - 1].lower_
    # the tokenizer may split "No." in two ("No", ".")
    return before in ("number", "no.") or (before == "." and i > 1 and doc[i - 2].text == "No")


def _times_over(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "one-time transfers", "a three-time champion": how often, as a word for a kind of thing."""
    j = raw.numbers.stop - 1
    return _hyphened(doc, j) and doc[j + 2].lower_ == "time"


def _age(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """An age after a name: "Muhanad Ahmad Qishta, 29"."""
    token, i = _bare(doc, raw), raw.numbers.start
    return (
        token is not None
        and i >= 2
        and doc[i - 1].text == ","
        and doc[i - 2].ent_type_ == "PERSON"
        and int(token.text) <= MAX_AGE
    )


def _clock_time(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "10 p.m.", "6 am", "9 o'clock": the model does not always tag them TIME."""
    after = raw.numbers.stop
    return raw.unit is None and after < len(doc) and doc[after].lower_ in lex.clock


def _year(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """ "since 1948", "the 2016 election": a four-digit integer in :data:`YEARS` that counts no plural noun
    ("2000 people" stays a figure). The model leaves some years untagged."""
    token = _bare(doc, raw)
    if token is None or len(token.text) != 4 or int(token.text) not in YEARS:
        return False
    return not (token.dep_ == "nummod" and token.head.tag_ in PLURAL_NOUN_TAGS and token.head.i > token.i)


def _designation(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """A number that is part of a name: a model number or index ("Boeing 747", "S&P 500", "Route 66",
    "Boeing's 787"), or a numeral right after a count ("about 200 747 freighters").

    Grounded in the parse: the number follows a proper noun it is attached to (or that shares its head), sits
    in a name entity, or is itself a noun owned by a possessive. "gave Ukraine 300 tanks" stays a figure:
    "Ukraine" and "300" attach to different words.
    """
    token = _bare(doc, raw)
    if token is None or raw.first != token.i:
        return False
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.dep_ not in {"nummod", "quantmod"} and any(c.dep_ == "poss" for c in token.children):
        return True
    if token.i == 0 or not token.doc[token.i - 1].whitespace_:
        return False
    before = doc[token.i - 1]
    if before.tag_ == "CD" and before.like_num:
        return True
    return before.tag_ in PROPER_NOUN_TAGS and (
        token.head.i == before.i
        or before.head.i == token.i
        or (before.head.i == token.head.i and before.dep_ in {"compound", "nmod"})
    )


def _hyphen_run(doc: Sequence[Token], i: int) -> list[Token]:
    """The integers joined by hyphens without spaces around token ``i`` ("15-8-3": three tokens)."""

    def joined(a: int, b: int) -> bool:  # tokens a < b = a + 2 with a hyphen between, no spaces
        return (
            a >= 0
            and b < len(doc)
            and doc[a + 1].text in {"-", "–"}
            and not doc[a].whitespace_
            and not doc[a + 1].whitespace_
            and doc[a].is_digit
            and doc[b].is_digit
        )

    first, last = i, i
    while joined(first - 2, first):
        first -= 2
    while joined(last, last + 2):
        last += 2
    return [doc[k] for k in range(first, last + 1, 2)]


def _score(doc: Sequence[Token], raw: _Raw, lex: FigureLexicon) -> bool:
    """A score, a vote tally or a won-lost record: "beat Montreal 4-2", "a 5-4 ruling", "15-8-3". Three or
    more numbers in a hyphened run are a record; two are a score when the first is not the smaller (a range
    runs upward: "5-10 percent")."""
    token = _bare(doc, raw)
    if token is None:
        return False
    run = _hyphen_run(doc, token.i)
    return len(run) >= 3 or (len(run) == 2 and int(run[0].text) >= int(run[1].text))


NOT_FIGURE_PASSES: tuple[tuple[str, NotFigure], ...] = (
    ("pronoun_one", _pronoun_one),
    ("score", _score),
    ("glued_to_a_word", _glued_to_a_word),
    ("times_over", _times_over),
    ("rank", _rank_number),
    ("age", _age),
    ("clock_time", _clock_time),
    ("year", _year),
    ("designation", _designation),
)


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
