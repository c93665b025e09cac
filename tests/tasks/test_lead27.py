"""The lead's own cases, session 27: defects a blind judge's articles showed, each a general mechanism."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Marburg is thought to be carried naturally by Egyptian fruit bats, researchers said.", "naturally"),
        ("She smiled sadly at the crowd as the results came in on Tuesday night.", "sadly"),
    ],
)
def test_a_comment_adverb_after_its_verb_tells_the_manner(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, body, vetoed=vetoed)
    assert word not in words(result)
    assert any(v.sense == "manner" for v in vetoed)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The company naturally assumed that regulators would approve the deal.", "naturally"),
        ("Naturally, the minister blamed his predecessor for the delays.", "naturally"),
        ("The bill passed without a debate, sadly, on Thursday.", "sadly"),
    ],
)
def test_a_comment_adverb_before_its_verb_or_after_a_comma_still_comments(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, body))


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "Residents are still stranded in eastern Kentucky hollows after the flood, officials said.",
            "hollows",
        ),
        ("Another group waded across the shallow water near the bridge on Monday.", "shallow"),
        ("The river was shallow enough to cross on foot, a ranger said.", "shallow"),
        ("Creeks were surging over their banks as the rain continued on Tuesday.", "surging"),
    ],
)
def test_words_of_land_and_water_in_their_physical_sense_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, body))


def test_the_same_words_said_of_promises_plans_and_support_still_tag(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(
        nlp, lexicon, "It was a hollow victory for a shallow campaign, and support for it is surging."
    )
    assert {"hollow", "shallow", "surging"} <= words(result)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ('"It\'s obviously an honour to be asked to train with England," said the centre.', "obviously"),
        ('"There is obviously some fear of the word," the playwright said.', "obviously"),
        ('"It helps him obviously in terms of exposure," said the editor.', "obviously"),
    ],
)
def test_a_comment_adverb_after_a_copula_or_an_object_comments_on_the_clause(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, body))


@pytest.mark.parametrize(
    "body",
    [
        "The blame lies squarely with the union bosses who called the strike.",
        "Responsibility for the delays lies firmly with the council, the report found.",
    ],
)
def test_where_blame_lies_is_no_lie(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    # blind27c: an adverb of degree between "lies" and "with" kept the verb of deceit
    assert "lies" not in words(run(nlp, lexicon, body))


def test_lying_is_still_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "lies" in words(
        run(nlp, lexicon, "He lies about his record every time he speaks, his rival said.")
    )
