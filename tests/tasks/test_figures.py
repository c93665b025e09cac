"""Figures: value, qualifier, counted noun and unit of the numbers an article reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.figures import figures, load_figure_lexicon, rejected_numbers
from tasks.models import Figure


@pytest.fixture(scope="module")
def seed_figures(seed_doc: Doc) -> list[Figure]:
    return figures(seed_doc)


def _by_text(found: list[Figure]) -> dict[str, Figure]:
    return {f.text: f for f in found}


def test_offsets_match_the_text(seed_doc: Doc, seed_figures: list[Figure]) -> None:
    assert seed_figures == sorted(seed_figures, key=lambda f: f.start)
    for f in seed_figures:
        assert seed_doc.text[f.start : f.end] == f.text


def test_death_toll(seed_figures: list[Figure]) -> None:
    f = _by_text(seed_figures)["34,500"]
    assert (f.value, f.qualifier, f.counted, f.unit) == (34500.0, "more than", "Palestinians", None)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "counted"),
    [
        ("four", 4.0, None, "soldiers"),
        ("seven", 7.0, None, "members"),
        ("250", 250.0, "about", "people"),
        ("1,200", 1200.0, "around", None),
        ("105", 105.0, None, "hostages"),
        ("1 million", 1_000_000.0, "more than", "people"),
        ("3,500", 3500.0, "more than", "heavy-duty bombs"),
        ("one", 1.0, None, "shipment"),
    ],
)
def test_seed_figures(
    seed_figures: list[Figure], text: str, value: float, qualifier: str | None, counted: str | None
) -> None:
    f = _by_text(seed_figures)[text]
    assert (f.value, f.qualifier, f.counted) == (value, qualifier, counted)


def test_measure_and_its_conversion_are_one_figure(seed_figures: list[Figure]) -> None:
    f = _by_text(seed_figures)["2,000-pound (907 kilograms)"]
    assert (f.value, f.unit, f.counted) == (2000.0, "pound", "bombs")
    assert not [g for g in seed_figures if g.text.startswith("907")]


def test_dates_ordinals_ages_and_pronoun_one_are_not_figures(seed_figures: list[Figure]) -> None:
    texts = [f.text for f in seed_figures]
    for absent in ("29", "7", "seven-month", "first"):
        assert absent not in texts
    assert texts.count("one") == 1  # "one shipment", not "one Israel said was 'far'"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier", "counted", "unit"),
    [
        ("The U.S. pledged $5 million in aid.", "$5 million", 5e6, None, None, "USD"),
        ("Prices rose 12 percent last year.", "12 percent", 12.0, None, None, "percent"),
        ("At least 20 people were killed.", "20", 20.0, "at least", "people", None),
        ("Thousands of people fled the city.", "Thousands", None, None, "people", None),
        (
            "Nearly two hundred thousand residents left.",
            "two hundred thousand",
            2e5,
            "nearly",
            "residents",
            None,
        ),
        ("They built 7 km of road.", "7 km", 7.0, None, "road", "kilometer"),
    ],
)
def test_hand_written(
    nlp: Language,
    sentence: str,
    text: str,
    value: float | None,
    qualifier: str | None,
    counted: str | None,
    unit: str | None,
) -> None:
    f = _by_text(figures(nlp(sentence)))[text]
    assert (f.value, f.qualifier, f.counted, f.unit) == (value, qualifier, counted, unit)


def test_numbers_glued_to_names_are_skipped(nlp: Language) -> None:
    assert figures(nlp("COVID-19 spread fast among F-16 pilots.")) == []


def test_fixture_lexicon_drives_qualifiers(nlp: Language, tmp_path: Path) -> None:
    (tmp_path / "figures.yaml").write_text(
        "version: t\nqualifiers: [some]\nnumbers: {seven: 7}\n"
        "scales: {}\nvague: []\nunits: {}\ncurrencies: {}\n"
    )
    lex = load_figure_lexicon(tmp_path)
    doc = nlp("Some seven people and about 250 others left.")
    found = _by_text(figures(doc, lexicon=lex))
    assert found["seven"].qualifier == "some" and found["seven"].value == 7.0
    assert found["250"].qualifier is None  # "about" is not in this lexicon
    assert _by_text(figures(doc))["250"].qualifier == "about"


def test_lexicon_errors_raise(tmp_path: Path) -> None:
    (tmp_path / "figures.yaml").write_text("version: t\nnumbers: {seven: many}\n")
    with pytest.raises(ValueError, match="numbers"):
        load_figure_lexicon(tmp_path)
    assert load_figure_lexicon(LEXICON_DIR).scales["million"] == 1e6


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "counted", "unit"),
    [
        ("Officials said 20 to 30 people died.", "20 to 30", 20.0, 30.0, "people", None),
        ("Between 20 and 30 people were hurt.", "20 and 30", 20.0, 30.0, "people", None),
        ("Prices rose 5-10 percent.", "5-10 percent", 5.0, 10.0, None, "percent"),
    ],
)
def test_ranges_are_one_figure(
    nlp: Language, sentence: str, text: str, low: float, high: float, counted: str | None, unit: str | None
) -> None:
    (f,) = figures(nlp(sentence))
    assert f.value_max is not None  # a range, not a single figure
    assert (f.text, f.value, f.value_max, f.qualifier, f.counted, f.unit) == (
        text,
        low,
        high,
        "between",
        counted,
        unit,
    )


def test_years_joined_by_and_are_not_a_range(nlp: Language) -> None:
    assert figures(nlp("He was born in 1990 and left in 2001.")) == []


def test_a_count_before_a_model_number_is_not_added_to_it(nlp: Language) -> None:
    (f,) = figures(nlp("The airline operates about 200 747 freighters."))
    assert (f.text, f.value, f.qualifier, f.counted) == ("200", 200.0, "about", "freighters")
    assert rejected_numbers(nlp("The airline operates about 200 747 freighters.")) == [("747", "designation")]


def test_number_words_still_make_one_number(nlp: Language) -> None:
    (f,) = figures(nlp("Some twenty five thousand people left."))
    assert (f.text, f.value) == ("twenty five thousand", 25000.0)


@pytest.mark.parametrize(
    "sentence",
    ["Beds fell, down by 12 to 80.", "Membership rose from 12 to 80."],
)
def test_a_change_to_a_level_is_not_a_range(nlp: Language, sentence: str) -> None:
    found = figures(nlp(sentence))
    assert [(f.text, f.value, f.value_max) for f in found] == [("12", 12.0, None), ("80", 80.0, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Toronto beat Montreal 4-2 on Saturday.",
        "The Leafs improved to 15-8-3 and Montreal dropped to 10-14-2.",
        "The court ruled 5-4 and the teams drew 1-1.",
    ],
)
def test_scores_tallies_and_records_are_not_figures(nlp: Language, sentence: str) -> None:
    doc = nlp(sentence)
    assert figures(doc) == []
    assert {reason for _, reason in rejected_numbers(doc)} == {"score"}


def test_a_hyphened_range_runs_upward_and_stays_a_figure(nlp: Language) -> None:
    (f,) = figures(nlp("Voters aged 18-24 backed him."))
    assert (f.value, f.value_max) == (18.0, 24.0)


def test_a_change_with_its_unit_then_a_bare_level_is_not_a_range(nlp: Language) -> None:
    found = figures(nlp("The index rose 1.5% to 38,200 on Friday."))
    assert [(f.text, f.value, f.unit, f.value_max) for f in found] == [
        ("1.5%", 1.5, "percent", None),
        ("38,200", 38200.0, None, None),
    ]
    # a range names its unit once, on the high end, or the currency once, on the low one
    (r,) = figures(nlp("Prices rose 5 to 10 percent last year."))
    assert (r.value, r.value_max, r.unit) == (5.0, 10.0, "percent")
    (c,) = figures(nlp("The repairs will cost $5 to 10 million."))
    assert (c.value, c.value_max, c.unit) == (5e6, 1e7, "USD")  # the high end's scale holds for both
    (w,) = figures(nlp("Between 500 and 2 million people may have left."))
    assert (w.value, w.value_max) == (500.0, 2e6)


@pytest.mark.parametrize(
    ("sentence", "rejected"),
    [
        (
            "Trading halted at 14 GMT and the curfew begins at 6 am.",
            [("14", "clock_time"), ("6", "clock_time")],
        ),
        ("Israel captured it in the 1967 war and cut its 2023 budget.", [("1967", "year"), ("2023", "year")]),
        (
            "Boeing's 787 was delayed while the S&P 500 rose and Route 66 closed.",
            [("787", "designation"), ("500", "designation"), ("66", "designation")],
        ),
    ],
)
def test_clock_times_years_and_names_are_not_figures(
    nlp: Language, sentence: str, rejected: list[tuple[str, str]]
) -> None:
    doc = nlp(sentence)
    assert figures(doc) == []
    assert rejected_numbers(doc) == rejected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The U.S. gave Ukraine 300 tanks.", "300"),  # a name before a count it is not attached to
        ("About 2000 people marched.", "2000"),  # a year-like number counting a plural noun
        ("The Dow fell 500 points.", "500"),
    ],
)
def test_counts_next_to_names_and_year_like_counts_stay_figures(
    nlp: Language, sentence: str, text: str
) -> None:
    assert text in [f.text for f in figures(nlp(sentence))]


def test_temperatures_speeds_and_power_carry_their_units(nlp: Language) -> None:
    found = figures(nlp("Temperatures hit 40 degrees Celsius as winds of 95 mph cut 500 megawatts of power."))
    assert [(f.value, f.unit) for f in found] == [
        (40.0, "degree Celsius"),
        (95.0, "miles per hour"),
        (500.0, "megawatt"),
    ]


def test_money_with_an_abbreviated_scale_is_scaled(nlp: Language) -> None:
    found = figures(nlp("The firm was fined £3m after making £400m, and plans to invest $1.5bn and €20k."))
    assert [(f.text, f.value, f.unit) for f in found] == [
        ("£3m", 3e6, "GBP"),
        ("£400m", 4e8, "GBP"),
        ("$1.5bn", 1.5e9, "USD"),
        ("€20k", 2e4, "EUR"),
    ]
    # no currency: "m" is a metre, not a million
    (fall,) = figures(nlp("He survived a 3m fall."))
    assert fall.value == 3.0
