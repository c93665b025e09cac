"""Structural stance forms of the writer's own (tasks/stance.py, newssd6): leading questions, verbless
retorts, categorical forecasts, verdicts of absence, verdicts on a proposition and opening concessions; each
only in the writer's words and not where the clause only supposes or describes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.stance import RULE_PREFIX, StanceLexicon, load_stance_lexicon, stance_cues


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


def _cues(nlp: Language, stance: StanceLexicon, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.kind, doc[c.start : c.end].text) for c in stance_cues(doc, lexicon=stance, own=lambda _: True)]


def _kinds(nlp: Language, stance: StanceLexicon, text: str) -> list[str]:
    return [k for k, _ in _cues(nlp, stance, text)]


def test_a_question_built_to_be_answered_one_way(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Nobody reads these reports anyway, right?") == [("leading-question", "?")]
    assert _kinds(nlp, stance, "Isn't it time the council admitted its mistake?") == ["leading-question"]
    assert _kinds(nlp, stance, "So why would anyone trust the board again?") == ["leading-question"]
    # An open question stays a question, for the sentence model to corroborate.
    assert _kinds(nlp, stance, "How many homes were built last year?") == ["rhetorical"]


def test_a_verbless_retort(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Of course not.") == [("retort", "not")]
    assert _kinds(nlp, stance, "Not more roads; better buses.") == ["retort"]
    assert _kinds(nlp, stance, "Not all residents agreed with the plan.") == []


def test_a_categorical_forecast(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "The scheme will never pay for itself.") == [("absolute", "never")]
    # A clause describing a noun, or one that only supposes, forecasts nothing of the writer's.
    assert _kinds(nlp, stance, "The band rehearsed songs that will never be performed.") == []
    assert _kinds(nlp, stance, "If the bridge can never reopen, the town will lose its trade.") == []


def test_a_verdict_of_absence(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "There is nothing in the budget for rural bus routes.") == [
        ("absence", "nothing")
    ]
    assert _kinds(nlp, stance, "There was nothing left in the shop by noon.") == []


def test_a_verdict_on_a_proposition(nlp: Language, stance: StanceLexicon) -> None:
    striking = "It is striking that not one minister has resigned."
    assert _cues(nlp, stance, striking) == [("verdict", "striking")]
    assert _kinds(nlp, stance, "It is hard to see how the plan can work.") == ["verdict"]
    assert _kinds(nlp, stance, "The club must decide whether it is worth keeping the player.") == []
    assert _kinds(nlp, stance, "It is clear that the vote will be close.") == []


def test_an_opening_concession(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Admittedly, the old system was slow.") == [("concession", "Admittedly")]
    assert _kinds(nlp, stance, "He answered honestly, and the jury believed him.") == []


def test_a_speakers_forms_stay_the_speakers(nlp: Language, settings: Settings) -> None:
    def forms(text: str) -> list[str]:
        doc = nlp(text)
        result = bias(doc, extract(doc, settings), settings)
        return [t.text for t in result.tags if t.rule.startswith(RULE_PREFIX) and t.voice == "author"]

    assert forms("The scheme will never pay for itself.") == ["never"]
    assert forms('"The scheme will never pay for itself," the auditor said.') == []
    assert forms("The auditor said the scheme will never pay for itself.") == []
    assert forms('"Of course not," the minister said.') == []


def test_the_analysis_keeps_a_retort_with_its_reason(nlp: Language, settings: Settings) -> None:
    doc = nlp("Will the new tax fix the deficit? Of course not.")
    result = bias(doc, extract(doc, settings), settings)
    tag = next(t for t in result.tags if t.rule == f"{RULE_PREFIX}retort")
    assert tag.voice == "author" and tag.category == "retort" and "no verb of its own" in tag.reason
