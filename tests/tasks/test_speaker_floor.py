"""The precision floor of speaker attribution: every pass is measured (``config/speaker_passes.yaml``), and a
pass measured below the floor either asks for corroboration or says why it is still open."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.pass_precision import Counts, PassFigures, PassPrecision, load_pass_precision
from tasks.quotes import quotes
from tasks.speakers import Pass, registry
from tasks.speakers.descriptions import _own_words_to_someone

CUES = load_reporting_verbs(LEXICON_DIR)


def test_every_pass_has_measured_figures() -> None:
    figures = load_pass_precision()
    names = [p.name for p in registry.PASSES]
    missing = [n for n in names if n not in figures.passes]
    assert not missing, (
        f"passes without figures in config/speaker_passes.yaml (run bench --record): {missing}"
    )
    assert not set(figures.passes) - set(names), "figures for passes that no longer exist"


def test_every_pass_below_the_floor_is_corroborated_or_open() -> None:
    figures = load_pass_precision()
    corroborated = {p.name for p in registry.PASSES if p.corroborate is not None}
    bare = [n for n in figures.below_floor() if n not in corroborated and not figures.passes[n].open]
    assert not bare, f"below the floor with neither corroboration nor an open: reason: {bare}"


def test_the_floor_judges_only_passes_with_enough_answers() -> None:
    def figures(right: int, wrong: int) -> PassFigures:
        return PassFigures(ggt=Counts(right=right, wrong=wrong), polnear=Counts(right=9, wrong=0))

    table = PassPrecision(
        version=1,
        floor=0.95,
        min_count=5,
        measured="2026-01-01",
        code="test",
        passes={"one-of-one": figures(0, 1), "weak": figures(8, 2), "strong": figures(40, 1)},
    )
    assert table.below_floor() == {"weak": ["ggt"]}


def test_a_malformed_file_names_itself(tmp_path: Path) -> None:
    bad = tmp_path / "passes.yaml"
    bad.write_text("floor: 0.95\npasses: {}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"passes\.yaml"):
        load_pass_precision(bad)


def _speaker(nlp: Language, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    found: list[Quote] = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert len(found) == 1, [q.text for q in found]
    q = found[0]
    return (q.speaker.text, q.speaker.rule) if q.speaker is not None else (None, None)


def test_a_refused_corroboration_withholds_the_speaker(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer that fails its pass's corroboration leaves the quote without a speaker: no later pass is
    asked, since it would mostly name the same phrase."""
    text = 'The ministry said on Monday: "The new rules will start in May."\n'
    assert _speaker(nlp, text) == ("The ministry", "institution")
    refused = tuple(
        Pass(p.name, p.run, lambda a, s: False) if p.name == "institution" else p for p in registry.PASSES
    )
    monkeypatch.setattr(registry, "PASSES", refused)
    assert _speaker(nlp, text) == (None, None)


def test_the_recipient_of_a_message_is_no_speaker(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_not_an_addressee``: "a text message to supporters saying" makes the recipients the participle's
    subject in the parse; the institution pass's answer is withheld, and "according to" still speaks."""
    text = 'The Green Party sent a text message to supporters saying: "We won the seat."\n'
    assert _speaker(nlp, text) == (None, None)
    bare = tuple(
        Pass(p.name, p.run) if p.corroborate is _own_words_to_someone else p for p in registry.PASSES
    )
    monkeypatch.setattr(registry, "PASSES", bare)
    assert _speaker(nlp, text) == ("supporters", "institution")  # what the pass says uncorroborated
    monkeypatch.undo()
    said = _speaker(nlp, 'According to the union, "the strike starts on Monday."\n')
    assert said == ("the union", "according-to")
