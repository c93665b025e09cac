"""Issue 12, voice (r2b23): agentless hearsay frames are the writer's words; a headline's quote marks around
a word the body quotes from a source are that source's, no scare quote; an epithet compound is no literal cue.

Short texts of our own; each test fails without the change it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag

# ------------------------------------------ "X is said / reported / believed to ..." with no "by" agent


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rising star Mia Lowe is said to be utterly heartbroken over the split.", "heartbroken"),
        ("The coach is reported to have sacked the flop striker after a defeat.", "flop"),
        ("The tycoon is believed to have bought a lavish yacht for his girlfriend.", "lavish"),
        ("The minister is thought to be furious about the rollout.", "furious"),
        ("The banker is understood to have fled to a swanky villa in Spain.", "swanky"),
        ("The mayor is said to be corrupt.", "corrupt"),
        ("The pop star is said to have been dumped by her love rat boyfriend.", "love rat"),
    ],
)
def test_agentless_hearsay_is_the_writers(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker, t.reported) == ("author", None, False)


def test_a_named_source_or_a_contested_verb_keeps_the_report(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The singer is said by friends to be heartbroken. The banker is alleged to have run a shady scheme. "
        "The model is reported to be furious."
    )
    result = run(nlp, lexicon, body)
    assert (tag(result, "heartbroken").voice, tag(result, "heartbroken").speaker) == ("quoted", "friends")
    assert (tag(result, "shady").voice, tag(result, "shady").reported) == ("quoted", True)
    assert tag(result, "furious").voice == "author"


# ------------------------------------------------ a headline's marks around a word the body quotes


def test_a_headline_word_the_body_quotes_is_no_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    headline = 'Singer "heartbroken" as beau pictured with model'
    body = 'Singer Mia Lowe has split from her boyfriend. "She is heartbroken and hurt," a friend told us.'
    top = [t for t in run(nlp, lexicon, body, headline=headline).tags if t.field == "headline"]
    assert [(t.category, t.voice, t.speaker) for t in top if t.text == "heartbroken"] == [
        ("emotive", "quoted", "friend")
    ]
    # a marked word no body quote holds stays the writer's scare quote
    headline = 'Ministers unveil "humane" deportation plan'
    body = 'Ministers unveiled the plan on Monday. "It is fair," a minister said. Critics called it humane.'
    top = run(nlp, lexicon, body, headline=headline).tags
    assert any(t.rule == "scare-quote" and t.field == "headline" for t in top)


# ------------------------------------------------------ an epithet compound names no literal domain


def test_an_epithet_compound_is_no_literal_cue(nlp: Language, lexicon: BiasLexicon) -> None:
    headline = 'Star "devastated" as love rat Tom caught with model'
    body = 'Singer Mia Lowe has split from Tom Hale. "She is devastated," a friend told us.'
    top = [t for t in run(nlp, lexicon, body, headline=headline).tags if t.field == "headline"]
    assert ("devastated", "quoted", "friend") in [(t.text, t.voice, t.speaker) for t in top]
