"""What a new version changed (tasks/changes.py): the comparison of two records, on our own short articles
analysed with the real model, and on hand-made records for each matching rule."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.changes import changes_since, compare, load_change_rules
from tasks.models import Article, BiasResult, BiasTag, Figure, Quote, ResultRecord, Speaker, Summary

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "versions" / "quake.jsonl"


@pytest.fixture(scope="module")
def quake(nlp: Language) -> list[ResultRecord]:
    """v1, the correction v2 (death toll 20 -> 27, the mayor's quote withdrawn, 'callous' gone), v3 = v2."""
    articles = [Article.model_validate(json.loads(line)) for line in VERSIONS.read_text().splitlines()]
    return [analyse_article(nlp, a, Settings()) for a in articles]


def test_a_correction_shows_the_revised_toll_the_withdrawn_quote_and_the_loaded_word(
    quake: list[ResultRecord],
) -> None:
    v1, v2, _ = quake
    c = compare(v1, v2)
    assert c.compared and c.previous == 1
    (toll,) = c.figures.changed
    assert (toll.counted, toll.old.value, toll.new.value) == ("people", 20, 27)
    assert toll.old.qualifier == toll.new.qualifier == "at least"
    assert not c.figures.added and not c.figures.removed  # 140 injured and 35 buildings unchanged
    (withdrawn,) = c.quotes.removed
    assert withdrawn.speaker == "Mehmet Kaya" and withdrawn.kind == "direct"
    assert withdrawn.text.startswith("The government abandoned this region")
    assert not c.quotes.added
    # The governor's quote was lightly edited: changed, not removed and added.
    edited = {q.new.speaker: q for q in c.quotes.changed}
    assert edited["Ahmet Yilmaz"].what == ["text"] and "who are trapped" in edited["Ahmet Yilmaz"].new.text
    (callous,) = c.terms.removed
    assert (callous.text, callous.voice) == ("callous", "author")
    assert [e.canonical for e in c.entities.removed] == ["Mehmet Kaya"] and not c.entities.added
    assert c.headline.changed and c.headline.new == "Earthquake kills 27 in northern province"
    assert c.count == (
        c.headline.changed
        + c.summary.changed
        + len(c.quotes.changed)
        + 1  # the quote removed
        + 1  # the figure changed
        + 1  # the entity removed
        + 1  # the term removed
    )


def test_an_unchanged_resend_under_a_new_version_has_empty_changes(quake: list[ResultRecord]) -> None:
    _, v2, v3 = quake
    c = changes_since(v2, v3.model_copy(update={"supersedes": 2}))
    assert c is not None and c.compared and c.count == 0
    assert not c.headline.changed and not c.summary.changed
    assert not (c.quotes.added or c.quotes.removed or c.quotes.changed)
    assert not (c.figures.added or c.figures.removed or c.figures.changed)
    assert not (c.entities.added or c.entities.removed)
    assert not (c.terms.added or c.terms.removed or c.terms.changed)


def _record(version: int, **parts: object) -> ResultRecord:
    return ResultRecord.model_validate(
        {"article_id": "a", "version": version, "status": "ok", "supersedes": version - 1 or None, **parts}
    )


def _quote(text: str, speaker: str | None = "Jo Li", start: int = 0, kind: str = "direct") -> Quote:
    who = Speaker(text=speaker, canonical=speaker) if speaker else None
    return Quote(text=text, start=start, end=start + len(text), kind=kind, speaker=who)  # type: ignore[arg-type]


def _figure(
    value: float, counted: str | None, qualifier: str | None = None, unit: str | None = None
) -> Figure:
    return Figure(
        text=f"{value:g}", start=0, end=2, value=value, counted=counted, qualifier=qualifier, unit=unit
    )


def _tag(text: str, voice: str = "author", speaker: str | None = None) -> BiasTag:
    return BiasTag(
        text=text,
        start=0,
        end=len(text),
        category="loaded",
        voice=voice,
        speaker=speaker,  # type: ignore[arg-type]
        reason="r",
        rule="lexicon",
        weight=1.0,
        lemma=text,
    )


def test_a_moved_quote_with_other_marks_is_the_same_quote() -> None:
    old = _record(1, quotes=[_quote("We will rebuild, every house.", start=10)])
    new = _record(2, quotes=[_quote("we will rebuild every house", start=300)])
    c = compare(old, new)
    assert c.count == 0


def test_a_quote_given_to_another_speaker_is_changed_with_both_names() -> None:
    old = _record(1, quotes=[_quote("We will rebuild every house in the valley", "Jo Li")])
    new = _record(2, quotes=[_quote("We will rebuild every house in the valley", "Sam Roe")])
    (edit,) = compare(old, new).quotes.changed
    assert edit.what == ["speaker"] and (edit.old.speaker, edit.new.speaker) == ("Jo Li", "Sam Roe")


def test_a_trimmed_quote_is_changed_and_an_unrelated_one_is_removed_and_added() -> None:
    long = "The water came at night and took the bridge, the school and the road to the hospital"
    old = _record(1, quotes=[_quote(long), _quote("Nobody warned us about the dam at all")])
    new = _record(2, quotes=[_quote("took the bridge, the school and"), _quote("Help is on its way")])
    c = compare(old, new)
    (trimmed,) = c.quotes.changed
    assert trimmed.match == "contained" and trimmed.old.text == long
    assert [q.text for q in c.quotes.removed] == ["Nobody warned us about the dam at all"]
    assert [q.text for q in c.quotes.added] == ["Help is on its way"]


def test_figures_pair_by_what_they_count_in_order_and_unknown_counts_never_pair() -> None:
    old = _record(
        1,
        figures=[
            _figure(20, "people"),
            _figure(140, "people"),
            _figure(5, None),
            _figure(3, "percent", "about"),
        ],
    )
    new = _record(
        2,
        figures=[
            _figure(27, "people"),
            _figure(140, "people"),
            _figure(6, None),
            _figure(3, "percent", "nearly"),
        ],
    )
    c = compare(old, new).figures
    by_match = {(e.match, e.old.value, e.new.value) for e in c.changed}
    assert by_match == {("same_counted", 20, 27), ("same_value", 3, 3)}  # 140 people kept
    assert [f.value for f in c.removed] == [5] and [f.value for f in c.added] == [6]


def test_a_term_in_another_voice_is_changed_and_counts_are_kept_as_a_multiset() -> None:
    old = _record(1, bias=BiasResult(score=1, tags=[_tag("brutal"), _tag("brutal"), _tag("regime")]))
    new = _record(2, bias=BiasResult(score=1, tags=[_tag("brutal"), _tag("regime", "quoted", "Jo Li")]))
    c = compare(old, new).terms
    assert [(t.text, t.voice) for t in c.removed] == [("brutal", "author")]  # one of the two left
    (voice,) = c.changed
    assert (voice.old.voice, voice.new.voice, voice.new.speaker) == ("author", "quoted", "Jo Li")
    assert not c.added


def test_summary_change_keeps_both_texts() -> None:
    old = _record(1, summary=Summary(text="Twenty died."))
    new = _record(2, summary=Summary(text="Twenty-seven died."))
    s = compare(old, new).summary
    assert s.changed and (s.old, s.new) == ("Twenty died.", "Twenty-seven died.")


def test_no_diff_against_a_missing_failed_or_wrong_record() -> None:
    new = _record(3, supersedes=2)
    missing = changes_since(None, new)
    assert missing is not None and not missing.compared and "no record of version 2" in (missing.reason or "")
    rejected = ResultRecord(article_id="a", version=2, status="rejected", error="body: Field required")
    why = changes_since(rejected, new)
    assert why is not None and not why.compared
    assert why.reason == "version 2 was rejected: body: Field required; nothing to compare"
    wrong = changes_since(_record(1), new)  # the store handed back another version
    assert wrong is not None and not wrong.compared and "'a' version 1" in (wrong.reason or "")
    backwards = changes_since(_record(3), _record(2, supersedes=3))
    assert backwards is not None and not backwards.compared and "not older" in (backwards.reason or "")
    assert changes_since(_record(1), _record(2, supersedes=None)) is None  # supersedes nothing
    failed = ResultRecord(article_id="a", version=2, status="failed", error="x", supersedes=1)
    assert changes_since(_record(1), failed) is None  # a failed version has no content to compare


def test_change_rules_reject_a_bad_threshold_naming_the_field(tmp_path: Path) -> None:
    assert 0 < load_change_rules().similar <= 1 and "PERSON" in load_change_rules().entity_labels
    (tmp_path / "changes.yaml").write_text(
        "quotes: {similar: 1.5, contained: 0.8, contained_min_words: 5, max_pairs: 9}\n"
        "entity_labels: [PERSON]\n"
    )
    with pytest.raises(
        ValueError, match=r"quotes\.similar: expected a number above 0 and at most 1, got 1\.5"
    ):
        load_change_rules(tmp_path)


def test_past_max_pairs_the_fuzzy_passes_are_skipped_and_the_record_says_so() -> None:
    old = _record(1, quotes=[_quote("We will rebuild every house in the valley"), _quote("Not one more")])
    new = _record(2, quotes=[_quote("We will rebuild every home in the valley"), _quote("Never again")])
    assert len(compare(old, new).quotes.changed) == 1
    few = replace(load_change_rules(), max_pairs=3)  # 2 x 2 pairs left after exact matching
    c = compare(old, new, few)
    assert not c.quotes.changed and len(c.quotes.removed) == len(c.quotes.added) == 2
    assert c.notes == [
        "quotes: 2 x 2 left after exact matching, over max_pairs 3: similar_text, contained not tried "
        "(edited quotes show as removed and added)"
    ]


def test_after_a_failed_version_the_reason_names_its_error() -> None:
    failed = ResultRecord(article_id="a", version=1, status="failed", error="extract: time limit exceeded")
    c = changes_since(failed, _record(2))
    assert c is not None and c.reason == "version 1 failed: extract: time limit exceeded; nothing to compare"


_WORDS = st.sampled_from(["we", "will", "rebuild", "the", "bridge", "now", "never", "20", "ÉTÉ", "'", "—"])
_TEXT = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)
_QUOTES = st.lists(st.builds(_quote, _TEXT, st.sampled_from(["Jo Li", "Sam Roe", None])), max_size=8)
_FIGURES = st.lists(
    st.builds(
        _figure,
        st.sampled_from([1.0, 20.0, 27.0, 1e6]),
        st.sampled_from(["people", "homes", None]),
        st.sampled_from([None, "about", "at least"]),
    ),
    max_size=8,
)
_TAGS = st.lists(
    st.builds(_tag, st.sampled_from(["brutal", "regime", "slammed"]), st.just("author")), max_size=8
)


@settings(max_examples=150, deadline=None)
@given(_QUOTES, _QUOTES, _FIGURES, _FIGURES, _TAGS, _TAGS)
def test_every_item_is_kept_changed_or_listed_once_and_a_record_equals_itself(
    q1: list[Quote], q2: list[Quote], f1: list[Figure], f2: list[Figure], t1: list[BiasTag], t2: list[BiasTag]
) -> None:
    old = _record(1, quotes=q1, figures=f1, bias=BiasResult(score=0, tags=t1))
    new = _record(2, quotes=q2, figures=f2, bias=BiasResult(score=0, tags=t2))
    c = compare(old, new)
    # Whatever is not listed as removed was paired with exactly one item of the new version, and back.
    assert len(q1) - len(c.quotes.removed) == len(q2) - len(c.quotes.added) >= len(c.quotes.changed)
    assert len(f1) - len(c.figures.removed) == len(f2) - len(c.figures.added) >= len(c.figures.changed)
    assert len(t1) - len(c.terms.removed) == len(t2) - len(c.terms.added) >= len(c.terms.changed)
    # A figure is only ever paired with one that counts the same thing.
    assert all(e.old.counted == e.new.counted and e.old.counted for e in c.figures.changed)
    assert compare(old, old.model_copy(update={"version": 2})).count == 0
