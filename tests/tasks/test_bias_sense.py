"""Issue 12: sense before lexicon, voice from the attribution structure, the headline.

Short sentences of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.bias import tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tasks.models import BiasResult, BiasTag
from tasks.quotes import quotes


@pytest.fixture(scope="module")
def lexicon() -> BiasLexicon:
    return load_bias_lexicon(LEXICON_DIR)


def run(nlp: Language, lexicon: BiasLexicon, body: str, headline: str | None = None) -> BiasResult:
    """The production order: entities, quotes with the shipped verbs, then the tagger."""
    cues = load_reporting_verbs(LEXICON_DIR)
    doc = nlp(body)
    found = quotes(doc, entities(doc, titles=cues.titles), cues=cues)
    return tag_bias(doc, found, lexicon=lexicon, headline=nlp(headline) if headline else None)


def tagged(result: BiasResult) -> dict[str, BiasTag]:
    return {t.text.lower(): t for t in result.tags}


# ---------------------------------------------------------------- the headline


def test_headline_tags_carry_their_field_and_offsets(nlp: Language, lexicon: BiasLexicon) -> None:
    headline = "Council passes brutal budget"
    body = "The council passed the budget on Monday by nine votes to four."
    result = run(nlp, lexicon, body, headline)
    [tag] = result.tags
    assert (tag.field, tag.text, headline[tag.start : tag.end]) == ("headline", "brutal", "brutal")
    assert tag.voice == "author"
    assert result.counts == {"loaded": 1} and result.author_score > 0
    assert all(not s.biased for s in result.sentences)  # sentences are the body's


def test_headline_tags_come_before_the_body_tags(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The brutal storm of criticism went on.", "A shameful week")
    assert [t.field for t in result.tags] == ["headline", "body"]
    assert [t.text for t in result.tags] == ["shameful", "brutal"]
