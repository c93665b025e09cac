"""Session 29 (gate29): the writer's register at the gate. In an article whose writer passes clear
judgements elsewhere (an editorial register), the writer's boosters ("obviously"), doubting verbs of
saying ("insists"), "so-called" and scare quotes pass the gate, with the reason saying so; marks on one
word inside an institution's paraphrased speech are held back by the tagger and released by the same
register. In straight news with the same sentences, and in a one-sentence text, nothing changes. Texts
are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias.scare_quotes import INDIRECT_MARKS_HELD
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult, BiasTag
from tests.tasks.bias_cases import gated, run

SHARED = (
    "The mayor insists, against all the evidence, that the cuts are painless. "
    "Obviously the money will be found elsewhere for the new offices. "
    'Worse, the "experts" it cites work for the developer. '
    'The agency says it ran a "review" of the branch. '
)
COLUMN = (
    "The council's plan to close the library is a reckless and shameful betrayal of the town. "
    + SHARED
    + "This is a disgraceful way to treat readers, and a cynical one. "
    "Residents deserve far better than this arrogant council."
)
NEWS = (
    "The council voted on Tuesday to close the library at the end of the year. "
    + SHARED
    + "The library opened in 1952 and lends about 40,000 books a year. A final vote is due in March."
)
VOICE_WORDS = {"insists", "obviously", "experts", "review"}


def _author(tags: list[BiasTag]) -> dict[str, BiasTag]:
    return {t.text.lower(): t for t in tags if t.voice == "author"}


def test_a_columns_boosters_doubting_verbs_and_marks_pass_in_its_register(nlp: Language) -> None:
    result: BiasResult = gated(nlp, COLUMN)
    kept = _author(result.tags)
    assert set(kept) >= VOICE_WORDS
    for word in ("insists", "experts", "review"):
        assert "register is editorial" in kept[word].reason
    assert not VOICE_WORDS & set(_author(result.withheld))


def test_the_same_sentences_in_straight_news_stay_withheld(nlp: Language) -> None:
    result = gated(nlp, NEWS)
    kept = _author(result.tags)
    assert not {"insists", "experts", "review"} & set(kept)
    assert set(_author(result.withheld)) >= {"insists", "experts", "review"}
    assert not any("register" in t.reason for t in result.tags)


def test_a_one_sentence_text_keeps_its_gate(nlp: Language) -> None:
    result = gated(nlp, 'The agency says it ran a "review" of the branch.')
    assert "review" not in _author(result.tags)
    assert "review" in _author(result.withheld)


def test_marks_in_an_institutions_paraphrase_are_held_a_persons_are_its_words(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    agency = run(nlp, lexicon, 'The agency says it ran a "review" of the branch.')
    assert not [t for t in agency.tags if t.rule == "scare-quote"]
    held = [t for t in agency.withheld if t.rule == "scare-quote"]
    assert [t.text for t in held] == ["review"]
    assert INDIRECT_MARKS_HELD in held[0].reason
    mayor = run(nlp, lexicon, 'The mayor says she ran a "review" of the branch.')
    assert not [t for t in [*mayor.tags, *mayor.withheld] if t.rule == "scare-quote"]


def test_insisting_on_a_demand_is_not_released(nlp: Language) -> None:
    body = COLUMN.replace(
        "The mayor insists, against all the evidence, that the cuts are painless.",
        "The mayor won the job while insisting on higher standards.",
    )
    result = gated(nlp, body)
    assert "insisting" not in _author(result.tags)
    assert "insisting" in _author(result.withheld)
