"""Session 30 (tab30): the writer's insinuation in opinion and tabloid copy. Framing adverbs ("quietly
approved", "finally admitted") but not their plain senses (a volume, a schedule); tabloid labels for
people; one hyphenated word in the writer's quote marks as a scare quote; hearsay with no source ("it is
understood that", "sources close to", "is said to") released by an editorial register and withheld from
straight news; the writer's sarcasm by its opening ("So much for ...", "Of course, nobody ...").
Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult, BiasTag
from tests.tasks.bias_cases import gated, run

HEARSAY = (
    "It is understood that the chief executive took a large payoff. "
    "Sources close to the leader say he will not resign. "
    "The treasurer is said to be furious about the leak. "
)
COLUMN = (
    "The council's plan to close the library is a reckless and shameful betrayal of the town. "
    + HEARSAY
    + "This is a disgraceful way to treat readers, and a cynical one. "
    "Residents deserve far better than this arrogant council."
)
NEWS = (
    "The council voted on Tuesday to close the library at the end of the year. "
    + HEARSAY
    + "The library opened in 1952 and lends about 40,000 books a year. A final vote is due in March."
)
HEARSAY_WORDS = {"it is understood", "sources close to", "is said to"}


def _author(tags: list[BiasTag]) -> dict[str, BiasTag]:
    return {t.text.lower(): t for t in tags if t.voice == "author"}


def _hits(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in [*result.tags, *result.withheld]}


def test_framing_adverbs_insinuate_their_plain_senses_do_not(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "quietly" in _hits(run(nlp, lexicon, "The council quietly approved the rise in parking fees."))
    assert "finally" in _hits(run(nlp, lexicon, "The minister finally admitted that the figures were wrong."))
    assert "finally came clean" in _hits(
        run(nlp, lexicon, "The striker finally came clean about the affair.")
    )
    assert "quietly" not in _hits(run(nlp, lexicon, "Visitors are asked to speak quietly in the chapel."))
    assert "finally" not in _hits(run(nlp, lexicon, "The bridge finally reopened on Monday after repairs."))


def test_tabloid_labels_are_the_writers_or_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "A gang of yobs wrecked the park while drunken louts cheered.")
    assert {"yobs", "louts"} <= set(_author(result.tags))
    quoted = run(nlp, lexicon, 'A neighbour said: "They are yobs, every one of them."')
    assert [t.voice for t in quoted.tags if t.text == "yobs"] == ["quoted"]


def test_a_hyphenated_word_in_the_writers_marks_is_a_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, 'The "right-sizing" of the workforce means that 200 staff will go.')
    scare = [t for t in [*result.tags, *result.withheld] if t.rule == "scare-quote"]
    assert [(t.text, t.voice) for t in scare] == [("right-sizing", "author")]


def test_hearsay_is_released_by_a_columns_register(nlp: Language) -> None:
    kept = _author(gated(nlp, COLUMN).tags)
    assert set(kept) >= HEARSAY_WORDS
    assert "register is editorial" in kept["it is understood"].reason


def test_hearsay_stays_withheld_in_straight_news(nlp: Language) -> None:
    result = gated(nlp, NEWS)
    assert not HEARSAY_WORDS & set(_author(result.tags))
    assert set(_author(result.withheld)) >= HEARSAY_WORDS


def test_sarcasm_by_its_opening(nlp: Language) -> None:
    body = (
        "The council promised an open process. So much for transparency. "
        "Of course, nobody asked the residents."
    )
    kept = {t.text for t in gated(nlp, body).tags if t.category == "sarcasm"}
    assert kept == {"So much for", "Of course"}
    plain = "He paid so much for the house. Of course, the city is an important factor."
    assert not [t for t in gated(nlp, plain).tags if t.category == "sarcasm"]
