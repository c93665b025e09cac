"""Issue 12, a blind precision check on straight news (fresh11): the families of false alarms it found.

Short texts of our own; each test fails without the mechanism or the lexicon data it names: a speaker lost to
a participial opener (``quote_context.opener_subject``), a headline's fronted place before its speaker
(``attribution._after_fronted_phrase``), a superlative measured against the record (``degree`` sense pass,
``record_nouns``), a quantity's level (``degree_quantities``), a doubt-casting verb sharing the speaker's
subject along a "than" clause (``own``), and literal senses as data (low-lying land, a botched robbery, how
often a disease or the weather does something).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import Vetoed
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.quotes import quotes
from tests.tasks.bias_cases import CUES, run, tag, words

# ---------------------------------------------------------------- voice: the speaker a participial opener hid


def test_opener_does_not_hide_the_speaker(nlp: Language) -> None:
    text = (
        "Speaking to about 2,000 people at the Iowa State Fairgrounds, Hartley, a former governor of "
        'Missouri, promised to "drain the swamp for real this time" and repeated his call for cuts.'
    )
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    partial = next(q for q in found if q.text.startswith("drain the swamp"))
    assert partial.speaker is not None and partial.speaker.text == "Hartley"
    assert partial.verb == "promised"


def test_headline_place_before_the_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(
        nlp, lexicon, "The rally went on.", headline="At Iowa rally, Hartley vows to 'drain the swamp'"
    )
    t = tag(result, "drain the swamp")
    assert (t.field, t.voice, t.speaker) == ("headline", "quoted", "Hartley")


# ---------------------------------------------------------------- degree: a rank among measured cases


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Bleaching hits reefs in worst event on record, scientists say", "The reefs were surveyed."),
        (None, "Officials said it was the worst flooding in 40 years."),
    ],
)
def test_superlative_on_record_is_measured(
    nlp: Language, lexicon: BiasLexicon, headline: str | None, body: str
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, body, headline=headline, vetoed=vetoed)
    assert "worst" not in words(result)
    assert any(v.sense == "degree" for v in vetoed), vetoed
    # without a measure the superlative is a verdict
    assert "worst" in words(run(nlp, lexicon, "He is the worst mayor this city has had, the writer holds."))


def test_extreme_level_is_a_quantity(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, '"Valuations got stretched to extreme levels," said Lisa Shalett, an analyst.')
    assert "extreme" not in words(result)


# ---------------------------------------------------------------- own: the speaker's own conduct


def test_pretend_after_than_is_the_speakers_own(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, '"I\'d rather be honest about that than pretend," the mayor said.')
    assert "pretend" not in words(result)
    # of someone else it still casts doubt
    assert "pretends" in words(run(nlp, lexicon, "The minister pretends the cuts will not hurt anyone."))


# ---------------------------------------------------------------- literal senses as data


@pytest.mark.parametrize(
    ("literal", "loaded", "word"),
    [
        (
            "The governor urged residents in low-lying areas to leave.",
            "The senator was lying about the budget, the writer holds.",
            "lying",
        ),
        ("The coach moved him into a deep-lying role in midfield.", None, "lying"),
        (
            "The driver was shot during a botched robbery on Monday.",
            "The ministry botched the rollout of the new system.",
            "botched",
        ),
        (
            "Heart attacks, which typically increase in winter, are rising, doctors said.",
            "The senator gave a typically evasive answer about his donors.",
            "typically",
        ),
    ],
)
def test_literal_senses(
    nlp: Language, lexicon: BiasLexicon, literal: str, loaded: str | None, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, literal))
    if loaded is not None:  # the loaded sense still tags
        assert word in words(run(nlp, lexicon, loaded))


# ---------------------------------------------------------------- coverage: a miss in the writer's voice


def test_spending_spree_is_the_writers_frame(nlp: Language, lexicon: BiasLexicon) -> None:
    t = tag(run(nlp, lexicon, "The company's spending spree pushed its costs to a record."), "spending spree")
    assert (t.voice, t.category) == ("author", "loaded")


# ---------------------------------------------------------------- a headline echoes the body's quotation


def test_headline_word_takes_the_body_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'General secretary Mick Lynch called the offer "insulting" and said members would strike.'
    result = run(nlp, lexicon, body, headline="Union rejects 'insulting' pay offer")
    t = next(t for t in result.tags if t.field == "headline")
    assert (t.text, t.voice, t.speaker) == ("insulting", "quoted", "Mick Lynch")
    assert "Mick Lynch's" in t.reason


# ---------------------------------------------------------------- literal senses: fire and the economy


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"This fire exploded overnight," the fire chief said as flames and smoke spread.', "exploded"),
        ("The bank raised rates to bring down stubbornly high inflation.", "stubbornly"),
    ],
)
def test_fire_and_economy_terms(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, text))


def test_unconstitutional_in_a_judges_sentence_is_the_finding(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Judge Ann Cole wrote in a long opinion issued on Monday that the new law was unconstitutional."
    assert "unconstitutional" not in words(run(nlp, lexicon, text))
    assert "unconstitutional" in words(run(nlp, lexicon, "The governor's new law is unconstitutional."))
