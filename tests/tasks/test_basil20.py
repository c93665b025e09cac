"""The writer's label for a person beside reported speech passes the subjectivity gate (basil20).

A sentence that reports someone's words reads as plain reporting to the sentence model, yet an evaluative
adjective on the speaker or another named person, outside the words reported, is the writer's own choice.
Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.bias_cases import author_words as _author
from tests.tasks.bias_cases import gated as _bias


def test_a_label_on_the_speaker_after_a_quotation_stays(nlp: Language) -> None:
    result = _bias(nlp, '"We will appeal the ruling," the embattled mayor said on Tuesday.')
    assert _author(result) == ["embattled"]
    assert not [t for t in result.withheld if t.text == "embattled"]


def test_a_label_on_the_speaker_of_a_reported_clause_stays(nlp: Language) -> None:
    result = _bias(nlp, 'The bitter senator said the vote was "a betrayal of every family in this state."')
    assert _author(result) == ["bitter"]
    # the speaker's own word stays the speaker's
    assert [(t.text, t.voice) for t in result.tags if t.voice != "author"] == [("betrayal", "quoted")]


def test_a_label_beside_a_quote_in_a_second_sentence_stays(nlp: Language) -> None:
    text = (
        "The council voted on Monday to close the library. "
        '"It is a sad day for the town," the beleaguered chairman told reporters after the vote.'
    )
    assert _author(_bias(nlp, text)) == ["beleaguered"]
