"""Session 29 (basil29): the verdict slot. In "X called Y Z" the adjective Z is a judgement by its position,
whatever the word, so it is tagged (category `label-slot`) in the labeller's voice; names, rankings and the
settling predicates of `verdict_plain` ("called it quits") are not."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run


def _verdicts(nlp: Language, lexicon: BiasLexicon, body: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.voice, t.speaker) for t in run(nlp, lexicon, body).tags if t.category == "label-slot"]


def test_the_adjective_a_verb_of_naming_predicates_is_a_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    got = _verdicts(nlp, lexicon, "Critics have called the scheme unaffordable.")
    assert [(text, voice) for text, voice, _ in got] == [("unaffordable", "quoted")]
    assert got[0][2] is not None and "Critics" in got[0][2]


def test_a_verdict_hung_on_the_object_and_its_conjunct(nlp: Language, lexicon: BiasLexicon) -> None:
    got = _verdicts(nlp, lexicon, "The company calls that evidence unrepresentative and unreliable.")
    assert [text for text, _, _ in got] == ["unrepresentative", "unreliable"]
    # the label is the caller's, as in "called the scheme unaffordable", not the writer's
    assert {(voice, speaker) for _, voice, speaker in got} == {("quoted", "company")}


def test_a_word_the_lexicon_tags_is_not_tagged_twice(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The senator called the plan reckless.")
    assert [t.text for t in result.tags if t.text == "reckless"] == ["reckless"]
    assert not any(t.category == "label-slot" for t in result.tags)


def test_settling_predicates_and_rankings_are_no_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The two sides called it quits after the third round. Officials called the storm the worst in "
        "decades. The chairman called the meeting to order. She called her brother on Sunday. The union "
        "rejected the offer as such. Networks called the race too close to call."
    )
    assert _verdicts(nlp, lexicon, body) == []


def test_a_judging_verbs_as_phrase_is_a_verdict_but_a_description_is_not(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    got = _verdicts(nlp, lexicon, "Republicans attacked the bill as unaffordable.")
    assert [(text, voice) for text, voice, _ in got] == [("unaffordable", "quoted")]
    assert _verdicts(nlp, lexicon, "Police described the suspect as white and tall.") == []
