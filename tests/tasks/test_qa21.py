"""Quote-extraction precision (issue 13): marked words that are no one's speech are no direct quotes. A title
or a term the writer's sentence names ('"Containment" has been the policy'), a show's name the parse cut off
as a sentence of its own, a title in the phrase for who speaks, and a subhead or label in marks alone on its
line."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    cues = load_reporting_verbs(LEXICON_DIR)
    return quotes(doc, entities(doc, titles=cues.titles), cues=cues)


def _direct(nlp: Language, text: str) -> list[str]:
    return [q.text for q in _quotes(nlp, text) if q.kind == "direct"]


def test_a_term_the_sentence_names_is_no_quote(nlp: Language) -> None:
    text = (
        "The mayor wants the river dredged before spring.\n\n"
        '"Dredging" has been the city\'s answer to flooding for forty years.'
    )
    assert _direct(nlp, text) == []


def test_a_title_that_heads_a_longer_noun_phrase_is_no_quote(nlp: Language) -> None:
    text = (
        "Three actors spoke out this year.\n\n"
        '"Harbour Lights" star Mina Okafor turned down two roles after reading the scripts.'
    )
    assert _direct(nlp, text) == []


def test_a_title_inside_the_subject_of_a_speech_verb_is_no_quote(nlp: Language) -> None:
    text = '"Harbour Lights" star Mina Okafor said the studio had cut her scenes.'
    found = _quotes(nlp, text)
    assert [q.text for q in found if q.kind != "indirect"] == []
    assert [q.speaker.canonical for q in found if q.kind == "indirect" and q.speaker] == ["Mina Okafor"]


def test_a_show_named_after_a_possessive_is_no_quote_of_its_guest(nlp: Language) -> None:
    text = (
        "The senator backed the bill, she said Tuesday morning on KTVB\u2019s \u201cMorning Desk.\u201d\n"
        "\u201cWe cannot wait another year. The roads are falling apart,\u201d she said."
    )
    assert _direct(nlp, text) == ["We cannot wait another year. The roads are falling apart"]


def test_a_subhead_in_capitals_and_marks_is_no_quote(nlp: Language) -> None:
    text = (
        "The minister will meet the unions next week, her office said.\n"
        "\u201cA DEAL BY FRIDAY\u201d\n"
        "Talks broke down in March over pensions."
    )
    assert _direct(nlp, text) == []


def test_a_label_in_marks_before_a_colon_is_no_quote(nlp: Language) -> None:
    text = (
        '"We will rebuild the school," the principal said.\n\n'
        '"Related":\n\n'
        "Flood Waters Reach The Town Centre."
    )
    assert _direct(nlp, text) == ["We will rebuild the school"]


def test_an_interview_whose_question_labels_lost_their_colon_gives_no_answers(nlp: Language) -> None:
    text = (
        "Jo Li, the city's new fire chief, spoke to the Herald about the coming year.\n\n"
        "QWhat is the first thing you will change?\n\n"
        "A: Staffing. We have three stations running short every weekend.\n\n"
        "QWill the budget allow it?\n\n"
        "A: The council has promised me twelve new posts."
    )
    assert _direct(nlp, text) == []
