"""Stance forms in the writer's voice (tasks/stance.py): each pass alone, the voice map keeping a speaker's
prescription the speaker's, the sentence model corroborating, and straight news left alone."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.bias import tag_bias
from tasks.lexicon import load_bias_lexicon
from tasks.models import BiasResult
from tasks.stance import RULE_PREFIX, StanceLexicon, load_stance_lexicon, stance_cues
from tasks.subjectivity import apply_subjectivity, load_model

STRAIGHT_NEWS = (
    "The finance minister will present the budget to parliament on Tuesday, officials said.",
    "Rescue teams reached the village on Sunday after the bridge collapsed.",
    "The company reported a 4 percent rise in quarterly profit.",
    "Companies must file their annual accounts by the end of March under the new rules.",
    "Officials must approve the merger before it can go ahead, the regulator said.",
)


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


def _cues(nlp: Language, stance: StanceLexicon, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c.kind, doc[c.start : c.end].text) for c in stance_cues(doc, lexicon=stance, own=lambda _: True)]


def _tagged(nlp: Language, settings: Settings, stance: StanceLexicon, text: str) -> BiasResult:
    """Tags before the sentence model: what the passes and the voice map make of the text."""
    doc = nlp(text)
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    return tag_bias(doc, extract(doc, settings).quotes, lexicon=lexicon, stance=stance)


def _stance_tags(result: BiasResult) -> list[str]:
    return [t.text for t in result.tags if t.rule.startswith(RULE_PREFIX)]


def test_prescription_with_the_writer_or_anyone_as_subject(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "We must stop pretending that this tax is fair.") == [
        ("prescriptive", "We must")
    ]
    assert _cues(nlp, stance, "No one should have to choose between heating and eating.") == [
        ("prescriptive", "one should")
    ]
    assert _cues(nlp, stance, "Let us be honest about who pays for this.") == [("prescriptive", "Let us")]


def test_a_rule_someone_must_follow_is_not_a_prescription(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Companies must file their annual accounts by the end of March.") == []


def test_a_supposition_is_not_a_prescription(nlp: Language, stance: StanceLexicon) -> None:
    kinds = [k for k, _ in _cues(nlp, stance, "If we must borrow, the council will need a vote.")]
    assert "prescriptive" not in kinds


def test_the_writer_in_person(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "I have never seen a budget this careless.") == [("first-person", "I")]
    assert _cues(nlp, stance, "Our economy cannot run on cheap labour for ever.") == [("first-person", "Our")]


def test_questions_and_exclamations_of_the_writer(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "Why should taxpayers pay for a stadium nobody wants?") == [("rhetorical", "?")]
    assert _cues(nlp, stance, "What a waste of public money this turned out to be!") == [("exclamation", "!")]


def test_one_cue_per_sentence(nlp: Language, stance: StanceLexicon) -> None:
    # "We must" is a prescription; the first-person pass adds nothing to it.
    assert _cues(nlp, stance, "We must act before the money runs out!") == [("prescriptive", "We must")]


def test_a_speakers_prescription_is_the_speakers(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    assert _stance_tags(_tagged(nlp, settings, stance, '"We must act now," the minister said.')) == []
    assert (
        _stance_tags(_tagged(nlp, settings, stance, "The minister said we must act now before the vote."))
        == []
    )
    assert _stance_tags(_tagged(nlp, settings, stance, "We must act now before the vote.")) == ["We must"]


def test_straight_news_has_no_stance_form(nlp: Language, settings: Settings, stance: StanceLexicon) -> None:
    for text in STRAIGHT_NEWS:
        assert _stance_tags(_tagged(nlp, settings, stance, text)) == [], text


def test_the_seed_article_has_no_stance_tag(
    nlp: Language, settings: Settings, stance: StanceLexicon, seed_text: str
) -> None:
    # Its "we" and "our" are all inside quotations.
    assert _stance_tags(_tagged(nlp, settings, stance, seed_text)) == []


def test_a_sentence_with_an_unpaired_quote_mark_is_left_alone(nlp: Language, stance: StanceLexicon) -> None:
    text = 'The chairman spoke for an hour. "We have failed them, and we must say so.'
    assert _cues(nlp, stance, text) == []


def test_a_pronoun_in_a_title_is_a_name(nlp: Language, stance: StanceLexicon) -> None:
    assert _cues(nlp, stance, "The band closed with Here We Stand and My Year of Rain.") == []
    assert _cues(nlp, stance, "Her new single I Remember Tuesday went in at number two.") == []


def test_the_sentence_model_corroborates(nlp: Language, settings: Settings, stance: StanceLexicon) -> None:
    text = "We took the train to the border and waited there for six hours."  # a diary, not an argument
    doc = nlp(text)
    quotes = extract(doc, settings).quotes
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    tagged = tag_bias(doc, quotes, lexicon=lexicon, stance=stance)
    assert _stance_tags(tagged) == ["We"]
    p = apply_subjectivity(doc, tagged, quotes, lexicon=lexicon, model=load_model()).sentences[0].subjectivity
    assert p is not None and p < stance.min_subjectivity
    gated = apply_subjectivity(
        doc, tagged, quotes, lexicon=lexicon, model=load_model(), stance_gate=stance.min_subjectivity
    )
    assert _stance_tags(gated) == [] and [t.text for t in gated.withheld] == ["We"]
    assert "does not agree" in gated.withheld[0].reason
    kept = apply_subjectivity(doc, tagged, quotes, lexicon=lexicon, model=load_model(), stance_gate=p - 0.01)
    assert _stance_tags(kept) == ["We"] and "agrees" in kept.tags[0].reason


def test_the_model_reads_a_sentence_without_its_stance_tags(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    # The model was trained without stance tags: they must not raise the probability that corroborates them.
    doc = nlp("We must stop pretending that this tax is fair.")
    quotes = extract(doc, settings).quotes
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    model = load_model()
    with_stance = tag_bias(doc, quotes, lexicon=lexicon, stance=stance)
    without = tag_bias(doc, quotes, lexicon=lexicon)
    assert len(with_stance.tags) > len(without.tags)
    a = apply_subjectivity(doc, with_stance, quotes, lexicon=lexicon, model=model).sentences[0].subjectivity
    b = apply_subjectivity(doc, without, quotes, lexicon=lexicon, model=model).sentences[0].subjectivity
    assert a == b


def test_the_analysis_tags_an_argued_prescription(nlp: Language, settings: Settings) -> None:
    doc = nlp("We must stop pretending that this tax is fair to anyone.")
    result = bias(doc, extract(doc, settings), settings)
    assert _stance_tags(result) == ["We must"]
    tag = next(t for t in result.tags if t.rule.startswith(RULE_PREFIX))
    assert tag.voice == "author" and tag.category == "prescriptive" and "agrees" in tag.reason
