"""Issue 12, precision on straight news (r2b26b): a loaded word's literal or technical sense is no verdict.

A noun modifying another noun names the thing or the topic ("garbage bags", "a disaster declaration");
"outstanding" said of ballots or warrants, before them or predicated of them, means not yet in; "typically"
on a noun or a number says what is usual; an interview's questions are the interviewer's words, not the
writer's; a newsroom's sign-off ("we'll keep following this story") is the paper at work, no stance.

Short texts of our own; each test fails without the mechanism it names, and each loaded sense stays tagged.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import extract
from tasks.bias import tag_bias
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tasks.stance import RULE_PREFIX, StanceLexicon, load_stance_lexicon
from tests.tasks.bias_cases import run, tag, words

# ------------------------------------------------------------------------- a noun modifying a noun


def test_garbage_modifying_a_noun_is_the_refuse(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The family fled the rising water with two garbage bags of clothes and a box of photographs."
    assert "garbage" not in words(run(nlp, lexicon, body))


def test_garbage_said_of_a_plan_is_still_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The new parking plan is complete garbage and everyone at the council knows it."
    assert "garbage" in words(run(nlp, lexicon, body))


def test_disaster_modifying_a_noun_names_the_emergency(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor has asked the state for a disaster declaration so that families can claim aid."
    assert "disaster" not in words(run(nlp, lexicon, body))


def test_disaster_as_a_verdict_is_still_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The rollout of the new ticket machines has been an utter disaster for the rail company."
    assert "disaster" in words(run(nlp, lexicon, body))


# ------------------------------------------------------------------------------ outstanding


def test_ballots_remaining_outstanding_are_not_praised(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "About 4,000 postal ballots remained outstanding on Wednesday, the county clerk said."
    assert "outstanding" not in words(run(nlp, lexicon, body))


def test_warrants_still_outstanding_are_not_praised(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Police said two arrest warrants for the man are still outstanding."
    assert "outstanding" not in words(run(nlp, lexicon, body))


def test_an_outstanding_performance_is_still_praise(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor gave an outstanding speech to the council on Tuesday."
    assert "outstanding" in words(run(nlp, lexicon, body))


# ------------------------------------------------------------------------------ typically


def test_typically_on_a_noun_says_what_is_usual(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The drop was largest after lunch, typically the biggest meal for the workers in the study."
    assert "typically" not in words(run(nlp, lexicon, body))


def test_typically_on_a_quality_still_judges(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The senator gave a typically arrogant reply to the committee."
    assert "typically" in words(run(nlp, lexicon, body))


# --------------------------------------------------------------------- the interviewer's questions

_INTERVIEW = (
    "Rosa Kerr designed the city's new folding bicycle. We asked her about the launch.\n\n"
    "Q: Folding bikes have flopped before. Why will this one sell?\n\n"
    "A: Because it weighs less than my laptop bag. I ride it every day.\n\n"
    "Q: What comes next?\n\n"
    "A: A cargo version, next spring."
)


def test_a_loaded_word_in_an_interviewers_question_is_the_interviewers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    flopped = tag(run(nlp, lexicon, _INTERVIEW), "flopped")
    assert (flopped.voice, flopped.speaker) == ("quoted", "the interviewer")


def test_the_same_word_in_the_writers_narration_is_the_authors(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Folding bikes have flopped before, and the new model from the city's workshop is no different."
    assert tag(run(nlp, lexicon, body), "flopped").voice == "author"


# ------------------------------------------------------------------------------ the newsroom's sign-off


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


def _first_person(nlp: Language, settings: Settings, stance: StanceLexicon, text: str) -> list[str]:
    doc = nlp(text)
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    result = tag_bias(doc, extract(doc, settings).quotes, lexicon=lexicon, stance=stance)
    return [t.text.lower() for t in result.tags if t.rule == f"{RULE_PREFIX}first-person"]


def test_a_broadcast_sign_off_is_no_first_person(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "A man was hurt in a crash on the ring road on Monday, police said.\n\n"
        "We'll keep following this story and bring you updates as we get them."
    )
    assert _first_person(nlp, settings, stance, body) == []


def test_the_writers_own_we_is_still_first_person(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = "A man was hurt in a crash on the ring road on Monday. We think the council has failed the town."
    assert _first_person(nlp, settings, stance, body) == ["we"]


def test_a_collocations_noun_does_not_excuse_its_predicate(nlp: Language, lexicon: BiasLexicon) -> None:
    # "an inflammatory response" of the body is literal; the minister's response said to be inflammatory is
    # not (only entries marked predicate_too read their nouns through a predicate)
    body = "The minister's response to the strike was inflammatory, union leaders said on Monday."
    assert "inflammatory" in words(run(nlp, lexicon, body))


# ------------------------------------------------------------------ an explainer's question a source answers


def _stance_words(nlp: Language, settings: Settings, stance: StanceLexicon, text: str) -> list[str]:
    doc = nlp(text)
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    result = tag_bias(doc, extract(doc, settings).quotes, lexicon=lexicon, stance=stance)
    return [t.rule for t in result.tags if t.rule.startswith(RULE_PREFIX)]


def test_a_question_a_source_answers_is_no_writers_question_or_retort(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Water bills have risen for a third year. So what can households actually do? Not much, on their "
        "own, admits Jo Reed, a former regulator. She says customers should go to the hearings."
    )
    assert _stance_words(nlp, settings, stance, body) == []


def test_a_question_the_writer_answers_is_still_leading(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = "The project is two years late. Who will pay when the costs overrun? Not the consultants."
    rules = _stance_words(nlp, settings, stance, body)
    assert f"{RULE_PREFIX}leading-question" in rules and f"{RULE_PREFIX}retort" in rules
