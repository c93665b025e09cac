"""Issue 12 (bias24d): the sentence flag reads a mild word the gate withheld just under its bar; literal and
topic senses of political words (members who "stood and applauded", "laws against homophobia"); and
families of political-news vocabulary (partisan epithets, a side's slogans, degree hyperbole)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.bias_cases import author_words as _author
from tests.tasks.bias_cases import gated as _bias


def test_a_mild_word_withheld_just_under_the_bar_still_leans_its_sentence(nlp: Language) -> None:
    result = _bias(nlp, "Environmental groups applauded the decision to close the coal plant.")
    assert _author(result) == []  # the word stays withheld: too weak alone to show as the writer's stance
    assert [t.text for t in result.withheld] == ["applauded"]
    assert "near the bar" in result.withheld[0].reason
    assert result.sentences[0].biased and result.sentences[0].author_score == 0.0


def test_a_mild_word_in_plain_reporting_leaves_its_sentence_unflagged(nlp: Language) -> None:
    body = (
        "The river reached an unprecedented 9.4 metres at the Mill Road gauge on Tuesday, according to the "
        "national weather agency."
    )
    result = _bias(nlp, body)
    assert [t.text for t in result.withheld] == ["unprecedented"]
    assert "near the bar" not in result.withheld[0].reason
    assert not result.sentences[0].biased


def test_members_who_stood_and_applauded_clapped(nlp: Language) -> None:
    body = "Lawmakers of both parties stood and applauded as the senator took his seat for the last time."
    result = _bias(nlp, body)
    assert "applauded" not in [t.text for t in [*result.tags, *result.withheld]]


@pytest.mark.parametrize(
    "body",
    [
        "Voters will decide whether homophobia should be made a criminal offence.",
        "The club said it would do more to tackle homophobia in football.",
        "The government has pledged $40 million to counter violent extremism in schools.",
        "A new report on xenophobia in Europe was published on Tuesday.",
    ],
)
def test_the_noun_of_a_prejudice_as_a_topic_labels_no_one(nlp: Language, body: str) -> None:
    assert [t.text for t in _bias(nlp, body).tags] == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The report documents the homophobia of the club's own supporters.", "homophobia"),
        ("His misogyny was on display again at Tuesday's rally.", "misogyny"),
        ("Hamas's terrorism has killed hundreds of civilians.", "terrorism"),
    ],
)
def test_the_noun_of_a_prejudice_said_of_someone_is_a_label(nlp: Language, body: str, word: str) -> None:
    assert word in _author(_bias(nlp, body))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The governor's anti-science mandate will close every gym in the state.", "anti-science"),
        ("Critics of the senator's anti-family tax plan gathered outside the Capitol.", "anti-family"),
        ("The group's blood-curdling campaign advert drew complaints from viewers.", "blood-curdling"),
        (
            "The state's bloated bureaucracy has once again failed the families it is meant to serve.",
            "bureaucracy",
        ),
    ],
)
def test_political_news_vocabulary_is_the_writers_choice(nlp: Language, body: str, word: str) -> None:
    assert word in _author(_bias(nlp, body))


@pytest.mark.parametrize(
    "body",
    [
        "The so-called partial-birth abortion ban was upheld by the court in 2007.",
    ],
)
def test_the_distanced_name_is_not_tagged(nlp: Language, body: str) -> None:
    words = {"partial-birth abortion"}
    assert words.isdisjoint(t.text for t in _bias(nlp, body).tags)


def test_the_hyphenated_witch_hunt_is_the_speakers_charge(nlp: Language) -> None:
    result = _bias(nlp, "The senator called the inquiry a witch-hunt.")
    assert [(t.text, t.voice) for t in result.tags] == [("witch-hunt", "quoted")]
