"""nsd29: stance forms of the writer's own (tasks/stance.py): a ruling that someone is right or wrong, "us"
counted into a group, and an opening comment of feeling. Short sentences of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.lexicon import load_bias_lexicon
from tasks.stance import StanceLexicon, load_stance_lexicon, stance_cues


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


@pytest.fixture(scope="module")
def people(settings: Settings) -> frozenset[str]:
    return load_bias_lexicon(settings.lexicon_dir).people_subjects


def _cues(nlp: Language, stance: StanceLexicon, people: frozenset[str], text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    cues = stance_cues(doc, lexicon=stance, own=lambda _: True, people=people)
    return [(c.kind, doc[c.start : c.end].text) for c in cues]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Voters are probably right.", "right"),
        ("They’re probably right.", "right"),  # a contracted "be" keeps its written lemma
        ("The critics were wrong about the budget.", "wrong"),
        ("The teachers, who rightly complain about pay, will strike on Monday.", "rightly"),
        ("The everyday citizen now correctly senses that something is amiss.", "correctly"),
    ],
)
def test_ruling_people_right_or_wrong_is_a_judgement(
    nlp: Language, stance: StanceLexicon, people: frozenset[str], text: str, word: str
) -> None:
    assert _cues(nlp, stance, people, text) == [("judgement", word)]


@pytest.mark.parametrize(
    "text",
    [
        "The figures in the report are correct.",  # a thing's correctness: a check of fact
        "He was wrongly convicted in 1998.",  # a passive: a court's finding
        "Rightly or wrongly, the council voted to close the library.",
        "If they are right, prices will fall next year.",
        "Markets correctly priced in the rate cut.",  # not a person
    ],
)
def test_facts_findings_and_suppositions_are_no_judgement(
    nlp: Language, stance: StanceLexicon, people: frozenset[str], text: str
) -> None:
    assert "judgement" not in [k for k, _ in _cues(nlp, stance, people, text)]


def test_us_counted_into_a_group_is_the_writer(
    nlp: Language, stance: StanceLexicon, people: frozenset[str]
) -> None:
    counted = "Yet this help is by most of us undeserved."
    assert _cues(nlp, stance, people, counted) == [("first-person", "us")]
    assert _cues(nlp, stance, people, "Three of the men were arrested on Friday.") == []


def test_an_opening_comment_of_feeling_is_the_writer_s(
    nlp: Language, stance: StanceLexicon, people: frozenset[str]
) -> None:
    assert _cues(nlp, stance, people, "Sadly, the library will close in March.") == [("comment", "Sadly")]
    assert _cues(nlp, stance, people, "But ironically, the tax raised less than before.") == [
        ("comment", "ironically")
    ]
    # inside the clause the adverb may grade a manner; a plain report of luck is left alone
    assert _cues(nlp, stance, people, "The match ended predictably on Sunday.") == []
    assert _cues(nlp, stance, people, "Luckily, no one was hurt in the fire.") == []
