"""The sentence subjectivity model: it loads from config/models, gates mild author-voice tags in sentences
that read as plain reporting, and makes article scores comparable across lengths."""

from __future__ import annotations

import math

import pytest
from spacy.language import Language

from config.settings import SUBJECTIVITY_MODEL, Settings
from tasks.analysis import bias, extract
from tasks.bias import tag_bias
from tasks.lexicon import load_bias_lexicon
from tasks.models import BiasResult
from tasks.subjectivity import (
    MODEL_TAG_CATEGORY,
    MODEL_TAG_RULE,
    ModelTag,
    SentenceFeatures,
    SubjectivityModel,
    apply_subjectivity,
    load_model,
    sentence_features,
)

OBJECTIVE = (
    "The river reached an unprecedented 9.4 metres at the Mill Road gauge on Tuesday, according to the "
    "national weather agency."
)
OPINIONATED = "Frankly, we should all be angry: this unprecedented failure is exactly what you get from them!"
ARTICLE = (
    "The council voted 7-2 on Monday to close the Elm Street library in March. "
    "Its budget of $1.2 million will move to the new sports centre, the council's finance report says. "
    "This is a shameful betrayal of every child in the town, and we should never forgive it!"
)


def _bias(nlp: Language, text: str, settings: Settings | None = None) -> BiasResult:
    settings = settings or Settings()
    doc = nlp(text)
    return bias(doc, extract(doc, settings), settings)


def test_model_loads_from_config_models_with_its_provenance() -> None:
    model = load_model()
    assert SUBJECTIVITY_MODEL.parent.name == "models" and SUBJECTIVITY_MODEL.parent.parent.name == "config"
    assert load_model() is model  # read once per process
    assert "NewsSD-ENG" in model.provenance["data"] and model.provenance["licence"] == "CC BY 4.0"
    assert model.gate and all(0.0 < t < 1.0 for t in model.gate.values()) and 3 not in model.gate
    assert len(model.hashed) == model.buckets


def test_a_feature_a_sentence_lacks_counts_as_zero() -> None:
    # Features are standardised: an absent feature (no "loaded" tag) still moves the score by -mean/scale.
    model = load_model()
    z = model.intercept + sum(w * (0.0 - mean) / scale for mean, scale, w in model.dense.values())
    assert model.probability(SentenceFeatures(0, 1, 1, {}, [])) == pytest.approx(1 / (1 + math.exp(-z)))


def test_model_knows_the_features_the_analysis_produces(nlp: Language) -> None:
    # A renamed feature would silently lose its weight: every dense feature of the model must still exist.
    settings = Settings()
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    doc = nlp(OPINIONATED + ' "We will see," she said. ' + OBJECTIVE)
    made = {name for f in sentence_features(doc, [], [], lexicon=lexicon) for name in f.dense}
    known = {name for name in load_model().dense if not name.startswith("author:")}
    assert known <= made


def test_gate_withholds_a_mild_author_tag_in_a_plainly_objective_sentence(nlp: Language) -> None:
    result = _bias(nlp, OBJECTIVE)
    assert [t.text for t in result.tags if t.voice == "author"] == []
    assert [t.text for t in result.withheld] == ["unprecedented"]
    assert "withheld" in result.withheld[0].reason
    assert result.author_score == 0.0 and not result.sentences[0].biased
    assert result.sentences[0].subjectivity is not None and result.sentences[0].subjectivity < 0.3


def test_gate_keeps_the_same_tag_in_an_opinionated_sentence(nlp: Language) -> None:
    result = _bias(nlp, OPINIONATED)
    assert "unprecedented" in [t.text for t in result.tags if t.voice == "author"]
    assert result.withheld == []
    assert result.sentences[0].subjectivity is not None and result.sentences[0].subjectivity > 0.7


def test_gate_can_be_turned_off(nlp: Language) -> None:
    result = _bias(nlp, OBJECTIVE, Settings(subjectivity_gate=False))
    assert [t.text for t in result.tags if t.voice == "author"] == ["unprecedented"]
    assert result.withheld == [] and result.sentences[0].subjectivity is not None


def test_scores_compare_across_lengths(nlp: Language) -> None:
    once = _bias(nlp, ARTICLE)
    twice = _bias(nlp, ARTICLE + " " + ARTICLE)
    assert once.author_score > 0 and once.editorial_probability is not None
    assert twice.words == 2 * (once.words or 0)
    assert twice.author_score == pytest.approx(once.author_score, rel=1e-3)
    assert twice.editorial_probability == pytest.approx(once.editorial_probability, abs=1e-3)
    # Diluted with plain reporting, the same opinion weighs less per word and the article editorialises less.
    plain = " ".join(["The meeting started at 7 p.m. and ended at 9 p.m., the minutes show."] * 6)
    diluted = _bias(nlp, ARTICLE + " " + plain)
    assert diluted.author_score < once.author_score
    assert (
        diluted.editorial_probability is not None
        and diluted.editorial_probability < once.editorial_probability
    )


def test_an_opinion_piece_editorialises_more_than_a_report(nlp: Language) -> None:
    opinion = _bias(
        nlp,
        "It is time we admitted the obvious: closing the library is a disgrace. Why should a handful of "
        "councillors decide what we value? They should be ashamed, and if you care about this town, you must "
        "tell them so today.",
    )
    report = _bias(
        nlp,
        "The council voted 7-2 on Monday to close the Elm Street library in March. Its budget of $1.2 "
        "million will move to the new sports centre, the finance report says.",
    )
    assert opinion.editorial_probability is not None and report.editorial_probability is not None
    assert opinion.editorial_probability > 0.5 > 0.3 > report.editorial_probability


def test_author_score_is_per_thousand_words(nlp: Language) -> None:
    result = _bias(nlp, ARTICLE)
    author = sum(t.weight for t in result.tags if t.voice == "author")
    assert result.words
    assert result.author_score == pytest.approx(1000 * author / result.words, abs=1e-3)


def test_seed_keeps_its_tags_through_the_gate(nlp: Language, seed_text: str) -> None:
    result = _bias(nlp, seed_text)
    kept = {(t.text.lower(), t.voice, t.speaker) for t in result.tags}
    assert ("genocidal", "author", None) in kept
    assert ("brutal", "author", None) in kept
    assert any(t == "reign of terror" and s and "Netanyahu" in s for t, _, s in kept)


# The model's own tags (rule `subjectivity-model`): a sentence the model reads as the writer's view, with no
# author-voice tag kept, gets one on the writer's own evaluative word that weighs most toward that reading.
NO_LEXICON_HIT = "Frankly, we should be thankful for this modest, tidy plan."


def _with_tag(threshold: float, *, min_weight: float = -100.0) -> SubjectivityModel:
    # min_weight far below any weight: the test sees the mechanism, not the shipped weights of a word.
    tag = ModelTag(threshold=threshold, pos=frozenset({"ADJ", "ADV"}), min_weight=0.0, never=frozenset())
    return load_model().model_copy(update={"tag": tag.model_copy(update={"min_weight": min_weight})})


def _apply(nlp: Language, text: str, model: SubjectivityModel) -> BiasResult:
    settings = Settings()
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    doc = nlp(text)
    found = extract(doc, settings).quotes
    return apply_subjectivity(doc, tag_bias(doc, found, lexicon=lexicon), found, lexicon=lexicon, model=model)


def test_model_tags_an_evaluative_word_of_a_confident_untagged_sentence(nlp: Language) -> None:
    without = _apply(nlp, NO_LEXICON_HIT, _with_tag(0.99).model_copy(update={"tag": None}))
    assert [t for t in without.tags if t.voice == "author"] == []
    result = _apply(nlp, NO_LEXICON_HIT, _with_tag(0.01))
    made = [t for t in result.tags if t.rule == MODEL_TAG_RULE]
    assert len(made) == 1 and made[0].voice == "author" and made[0].category == MODEL_TAG_CATEGORY
    doc = nlp(NO_LEXICON_HIT)
    token = next(t for t in doc if t.idx == made[0].start)
    assert token.pos_ in ("ADJ", "ADV") and token.text == made[0].text
    assert "subjectivity" in made[0].reason and result.author_score > 0


def test_model_tags_nothing_below_its_threshold(nlp: Language) -> None:
    result = _apply(nlp, NO_LEXICON_HIT, _with_tag(0.999))
    assert [t for t in result.tags if t.rule == MODEL_TAG_RULE] == []


def test_model_tags_nothing_inside_quotes_or_names(nlp: Language) -> None:
    quoted = '"We should be thankful for this modest, tidy plan," the mayor of Greenville said on Monday.'
    result = _apply(nlp, quoted, _with_tag(0.01))
    assert [t for t in result.tags if t.rule == MODEL_TAG_RULE] == []
    settings = Settings()
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    doc = nlp('The Grateful Dead played a wonderful show in Boston, which the critic called "truly awful".')
    found = extract(doc, settings).quotes
    words = {
        lemma
        for f in sentence_features(doc, [], found, lexicon=lexicon)
        for _, _, _, lemma, _, _ in f.candidates
    }
    assert "wonderful" in words and not words & {"grateful", "truly", "awful"}


def test_model_adds_nothing_where_the_rules_already_tagged_the_author(nlp: Language) -> None:
    result = _apply(nlp, OPINIONATED, _with_tag(0.01))
    assert "unprecedented" in [t.text for t in result.tags if t.voice == "author"]
    assert [t for t in result.tags if t.rule == MODEL_TAG_RULE] == []


def test_model_tags_nothing_in_a_match_report(nlp: Language) -> None:
    report = (
        "United won the match 3-1 at their stadium on Saturday, the team's third win of the season. "
        "The striker scored twice in the first half and the goalkeeper saved a penalty before the final "
        "whistle, and the coach praised the squad, the club said. The league leaders play the cup holders "
        "next week in the championship, and the captain and the manager expect another tight game. "
    ) * 2 + NO_LEXICON_HIT
    result = _apply(nlp, report, _with_tag(0.01))
    assert [t for t in result.tags if t.rule == MODEL_TAG_RULE] == []
    alone = _apply(nlp, NO_LEXICON_HIT, _with_tag(0.01))
    assert [t for t in alone.tags if t.rule == MODEL_TAG_RULE]


def test_gate_reads_a_figurative_phrase_one_severity_up(nlp: Language) -> None:
    # A severity-1 idiom in a sentence the model rates near plain reporting (below the severity-1 threshold,
    # above the severity-2 one): loaded by its form, it stays; a one-word tag of the same severity would go.
    result = _bias(nlp, "The senator took a swipe at the governor's budget plan on Tuesday in Albany.")
    p = result.sentences[0].subjectivity
    model = load_model()
    assert p is not None and model.gate[2] <= p < model.gate[1]
    assert [t.text for t in result.tags if t.voice == "author"] == ["took a swipe at"]
    assert result.withheld == []


def test_gate_reads_a_word_under_a_figurative_marker_as_an_idiom(nlp: Language) -> None:
    # "political" moves "headache" into public life: no literal pain, so it passes like an idiom; the same
    # sentence without the marker reads as reporting and the word is withheld.
    # A gate that withholds every severity-1 word and no severity-2 one (independent of the weights).
    gate = load_model().model_copy(update={"gate": {1: 0.999}})
    marked = _apply(nlp, "The backlash has become a political headache for the governor this week.", gate)
    plain = _apply(nlp, "The backlash has become a headache for the governor this week.", gate)
    assert [t.text for t in marked.tags if t.voice == "author"] == ["headache"]
    assert [t.text for t in plain.withheld] == ["headache"]


def test_gate_reads_a_doubt_casting_compound_as_an_idiom(nlp: Language) -> None:
    # "so-called" casts doubt by its form, whatever the sentence model makes of the rest of the sentence.
    result = _bias(nlp, "The so-called reform plan goes to a vote in the state senate on Tuesday.")
    p = result.sentences[0].subjectivity
    assert p is not None and p < load_model().gate[1]
    assert [t.text for t in result.tags if t.voice == "author"] == ["so-called"]


def test_gate_reads_a_sensational_verb_said_of_a_person_one_severity_up(nlp: Language) -> None:
    # "slammed" with a named senator as its subject is a figure for what she said, the writer's choice of
    # frame: it passes the gate like an idiom. With a thing as its subject it keeps its own severity.
    # A gate that withholds every severity-1 and -2 word: what passes it is read a level up.
    strict = load_model().model_copy(update={"gate": {1: 0.999, 2: 0.999}})
    said = _apply(nlp, "Senator Ruiz slammed the budget plan on Tuesday in Albany.", strict)
    assert [t.text for t in said.tags if t.voice == "author"] == ["slammed"]
    thing = _apply(nlp, "The new tariff slammed the budget plan on Tuesday in Albany.", strict)
    assert [t.text for t in thing.withheld] == ["slammed"]


def test_a_sensational_verb_shares_the_subject_of_the_verb_before_it(nlp: Language) -> None:
    # "blasted" has no subject of its own: it shares the senator of "praised", so it is a figure for what
    # a person said and passes the gate one severity up.
    result = _bias(
        nlp, "Senator Ruiz praised the mayor and blasted the $4 million budget plan on Tuesday in Albany."
    )
    p = result.sentences[0].subjectivity
    assert p is not None and p < load_model().gate[2]
    assert [t.text for t in result.tags if t.voice == "author"] == ["blasted"]


def _dense(nlp: Language, text: str) -> dict[str, float]:
    settings = Settings()
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    return sentence_features(nlp(text), [], [], lexicon=lexicon)[0].dense


def test_parse_features_see_an_adjective_predicated_of_a_person(nlp: Language) -> None:
    assert _dense(nlp, "She was reckless and arrogant.")["adjective_of_person"] >= 1
    assert _dense(nlp, "The road was wet.")["adjective_of_person"] == 0


def test_parse_features_see_a_degree_adverb_on_an_adjective(nlp: Language) -> None:
    assert _dense(nlp, "The plan is deeply flawed.")["degree_adverb"] == 1
    assert _dense(nlp, "The plan was approved on Monday.")["degree_adverb"] == 0


def test_parse_features_see_imperative_and_copular_roots(nlp: Language) -> None:
    assert _dense(nlp, "Stop the cuts now.")["imperative"] == 1
    assert _dense(nlp, "They stopped the cuts on Monday.")["imperative"] == 0
    assert _dense(nlp, "The budget is a disgrace.")["copular_root"] == 1
    assert _dense(nlp, "The council passed the budget.")["copular_root"] == 0


def test_parse_features_see_a_sentence_that_opens_with_a_quote_mark(nlp: Language) -> None:
    assert _dense(nlp, '"We will not back down," the minister said.')["opens_with_quote"] == 1
    assert _dense(nlp, "The minister said the government would not back down.")["opens_with_quote"] == 0
