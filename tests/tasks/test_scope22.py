"""scope22: how far a report reaches, from a blind judge's tabloid errors. Short texts of our own.

* A speech gerund after a preposition ("by blaming X and *insisting* ...", "after *claiming* ...") reports
  what the clause's subject said: the charge in its clause is that subject's, not the writer's.
* Marks in the clause of a sensational verb of saying ("moaned that he was being 'bullied'") are the
  speaker's words, not the writer's scare quote: the loaded verb is the writer's, the marked word is not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The coach tried to dodge the row by blaming the media and insisting the photos were doctored.",
            "coach",
        ),
        ("Kate Lowe hit back after claiming the rivals had doctored the video.", "Kate Lowe"),
    ],
)
def test_a_speech_gerund_after_a_preposition_reports_the_subject(
    nlp: Language, lexicon: BiasLexicon, body: str, speaker: str
) -> None:
    voice, who = voice_of(nlp, lexicon, body, "doctored")
    assert voice == "quoted"
    assert who is not None and speaker in who


def test_marks_after_a_sensational_verb_of_saying_are_no_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'In a video on Monday, the self-styled "family man" moaned that he was being "bullied".'
    tags = run(nlp, lexicon, body).tags
    assert not [t for t in tags if t.rule == "scare-quote"]
    assert any(t.text == "moaned" and t.voice == "author" for t in tags)


@pytest.mark.parametrize(
    "body",
    [
        'Rivals accused the mayor of lying. His spokesman, Tom Cole, said the claim was "totally false".',
        "The union accused the firm of cheating. The firm said the claims were wrong.",
    ],
)
def test_a_claim_ruled_true_or_false_is_only_named(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert not [t for t in run(nlp, lexicon, body).tags if t.text.lower().startswith("claim")]


def test_a_doubt_verb_in_hearsay_no_one_is_named_for_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The actor was reportedly dumped by an agent who claimed he had lied to her about his debts."
    result = run(nlp, lexicon, body)
    claimed = [t for t in result.tags + result.withheld if t.text == "claimed"]
    assert claimed and all(t.voice == "author" for t in claimed)


@pytest.mark.parametrize(
    "body",
    [
        'The bride was said to be "deeply upset" after discovering the vile notes in his bag.',
        'Tearful Anna was said to be "absolutely devastated" after discovering the vile notes in his bag.',
    ],
)
def test_what_set_off_a_reported_state_is_the_writers(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert voice_of(nlp, lexicon, body, "vile")[0] == "author"
