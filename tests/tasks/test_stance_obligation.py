"""Prescriptions as opinion by their form (newssd3): a noun under "no" is anyone at all, "one" picked out by
the word before it is a thing, and a prescription needs no corroboration from the sentence model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import extract
from tasks.bias import tag_bias
from tasks.lexicon import load_bias_lexicon
from tasks.stance import RULE_PREFIX, StanceLexicon, load_stance_lexicon, stance_cues
from tasks.subjectivity import apply_subjectivity, load_model


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


def _cues(nlp: Language, stance: StanceLexicon, text: str) -> list[str]:
    doc = nlp(text)
    return [c.kind for c in stance_cues(doc, lexicon=stance, own=lambda _: True)]


def test_a_noun_under_no_with_a_modal_is_anyone(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "No pensioner should pay more for heating than a banker.") == ["prescriptive"]
    assert _cues(nlp, stance, "No family ought to wait a year for a hearing.") == ["prescriptive"]
    # as a passive subject it states a rule; without a modal, a fact
    assert _cues(nlp, stance, "No vehicle should be parked on the verge.") == []
    assert _cues(nlp, stance, "No repairs need to be made before the sale.") == []


def test_one_picked_out_by_the_word_before_is_a_thing(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Staff were asked which one should be painted first.") == []
    assert _cues(nlp, stance, "The last one must be returned by Friday.") == []
    assert _cues(nlp, stance, "No one should sleep outside in this weather.") == ["prescriptive"]


def test_need_to_is_an_obligation_not_a_prescription(nlp: Language, stance: StanceLexicon) -> None:
    # "I have to" may be the writer's own necessity: an obligation, which the model must still corroborate
    assert _cues(nlp, stance, "I have to pay the bill somehow.") == ["obligation"]
    assert "obligation" not in stance.uncorroborated


def test_a_prescription_is_kept_whatever_the_model_says(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    assert "prescriptive" in stance.uncorroborated
    text = "We should look at the timetable again."
    doc = nlp(text)
    quotes = extract(doc, settings).quotes
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    tagged = tag_bias(doc, quotes, lexicon=lexicon, stance=stance)
    assert [t.category for t in tagged.tags if t.rule.startswith(RULE_PREFIX)] == ["prescriptive"]
    kept = apply_subjectivity(
        doc,
        tagged,
        quotes,
        lexicon=lexicon,
        model=load_model(),
        stance_gate=1.0,  # no sentence reaches it: only the form itself keeps the tag
        uncorroborated=stance.uncorroborated,
    )
    assert [t.category for t in kept.tags if t.rule.startswith(RULE_PREFIX)] == ["prescriptive"]
    withheld = apply_subjectivity(doc, tagged, quotes, lexicon=lexicon, model=load_model(), stance_gate=1.0)
    assert [t.category for t in withheld.withheld] == ["prescriptive"]
