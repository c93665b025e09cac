"""Issue 12 (newssd21): the writer's verdicts on ideas, decisions and competence, and "attacked ... as".

Short texts of our own; each test fails without the lexicon data it names:

* verdict words the lexicon lacked ("shoehorn", "vacuity", "ingenious", "myopic", "unworkable", "straw
  man", "rightly", "alas", "hardly" after "be") are the writer's when the writer uses them, and their
  literal or plain readings stay untagged ("rightly or wrongly", "hardly any", a myopic patient);
* "attack", "celebrate", "greet" and other verbs of reception label with "as" (``as_labelling_verbs``):
  "Labour attacked the plan as unworkable" is Labour's verdict, not the writer's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of, words


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The government is trying to shoehorn its housing reforms into the transport bill.", "shoehorn"),
        ("The vacuity of the council's new slogan is plain to anyone who reads it.", "vacuity"),
        ("It was an ingenious way to pay the drivers without raising fares.", "ingenious"),
        ("The ministry's myopic focus on next year's budget ignores the pension gap.", "myopic"),
        ("The plan is unworkable and the treasury knows it.", "unworkable"),
        ("That argument is a straw man.", "straw man"),
        ("Taxpayers rightly ask why the bridge cost twice the estimate.", "rightly"),
        ("Alas, the talks collapsed before the summer.", "alas"),
        ("It is hardly surprising that turnout fell again.", "hardly"),
    ],
)
def test_the_writers_verdict_is_tagged(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word in words(run(nlp, lexicon, body))
    assert voice_of(nlp, lexicon, body, word)[0] == "author"


@pytest.mark.parametrize(
    ("verdict", "plain", "word"),
    [
        (
            "Voters rightly doubt the minister's promise.",
            "Rightly or wrongly, the council voted to close the library.",
            "rightly",
        ),
        (
            "The delay is hardly a surprise.",
            "There was hardly any rain in the north last month.",
            "hardly",
        ),
        (
            "The outcome was hardly fair to the tenants.",
            "The fog was so thick that drivers could hardly see the road.",
            "hardly",
        ),
        (
            "The board's myopic strategy has cost the airline its best routes.",
            "The myopic patient was given new lenses by the hospital doctor.",
            "myopic",
        ),
    ],
)
def test_plain_or_literal_readings_are_not(
    nlp: Language, lexicon: BiasLexicon, verdict: str, plain: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, verdict))
    assert word not in words(run(nlp, lexicon, plain))


@pytest.mark.parametrize(
    ("body", "word", "speaker"),
    [
        ("Labour has attacked the minister's plan as unworkable.", "unworkable", "Labour"),
        ("The scheme was attacked by the Greens as reckless.", "reckless", "Greens"),
        ("Supporters celebrated the ruling as a stunning victory.", "stunning", "Supporters"),
        ("The pay offer was greeted by the nurses as a shameful insult.", "shameful", "nurses"),
    ],
)
def test_a_reception_as_is_the_receivers_verdict(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str, speaker: str
) -> None:
    voice, who = voice_of(nlp, lexicon, body, word)
    assert voice == "quoted"
    assert who is not None and speaker in who
