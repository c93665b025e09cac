"""Session 30 (lex30): recall of the writer's voice in political copy through whole families of lexicon
entries: the temper of an exchange ("a heated exchange", "a bruising primary", "a damning report"), labels
for tactics ("a photo op", "a stitch-up") and for people ("party squishes", "true believers"), the writer's
evaluative adverbs ("wantonly", "nakedly"). Each word with a literal sense keeps it as data: heated pools,
stormy weather, biting wind, a bruise and a free ride on a bus are not tagged. Texts are our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run


def _hits(nlp: Language, lexicon: BiasLexicon, text: str) -> set[str]:
    result = run(nlp, lexicon, text)
    return {t.text.lower() for t in [*result.tags, *result.withheld]}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The senator had a heated exchange with reporters on Monday.", "heated"),
        ("The governor won a bruising primary in the spring.", "bruising"),
        ("The council held a stormy meeting on the budget.", "stormy"),
        ("A damning report into the agency was published on Friday.", "damning"),
        ("The mayor faced biting criticism over the closures.", "biting"),
        ("The two leaders met for a frosty summit in Geneva.", "frosty"),
        ("The minister was tetchy with reporters.", "tetchy"),
        ("The debate descended into a slanging match.", "slanging match"),
        ("The visit to the factory was a photo op.", "photo op"),
        ("The inquiry was a stitch-up from the start.", "stitch-up"),
        ("The leader's true believers packed the hall.", "true believers"),
        ("The measure was a sop to the rebels.", "sop"),
        ("The speech was nakedly political.", "nakedly"),
        ("The troops wantonly destroyed the crops.", "wantonly"),
    ],
)
def test_the_writers_word_of_each_family_is_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word in _hits(nlp, lexicon, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The hotel has a heated pool and a gym.", "heated"),
        ("Stormy weather closed the port on Tuesday.", "stormy"),
        ("A biting wind swept across the hills.", "biting"),
        ("He was taken to hospital with bruising to his arms.", "bruising"),
        ("Children get a free ride on the bus during the holidays.", "free ride"),
        ("Frosty mornings are forecast for the weekend.", "frosty"),
    ],
)
def test_the_literal_sense_is_not_tagged(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word not in _hits(nlp, lexicon, text)
