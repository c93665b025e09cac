"""What the bias tests share: a short text of our own through the production stages, one tag by its word."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR, Settings
from tasks.analysis import bias, extract, people_nouns
from tasks.bias import Vetoed, tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult, BiasTag
from tasks.quotes import quotes

CUES = load_reporting_verbs(LEXICON_DIR)


def run(
    nlp: Language,
    lexicon: BiasLexicon,
    body: str,
    headline: str | None = None,
    vetoed: list[Vetoed] | None = None,
) -> BiasResult:
    """The production order: entities, quotes with the shipped verbs, then the tagger (no gate); ``vetoed``
    collects the sense passes' decisions."""
    doc = nlp(body)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    persons, people = people_nouns(CUES)
    return tag_bias(
        doc,
        found,
        lexicon=lexicon,
        headline=nlp(headline) if headline else None,
        vetoed=vetoed,
        persons=persons,
        people=people,
    )


def tag(result: BiasResult, word: str) -> BiasTag:
    """The first tag on ``word`` (lower-cased); StopIteration when there is none."""
    return next(t for t in result.tags if t.text.lower() == word)


def words(result: BiasResult) -> set[str]:
    """The tagged words, lower-cased."""
    return {t.text.lower() for t in result.tags}


def voice_of(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> tuple[str, str | None]:
    """The voice and speaker of the first tag on ``word`` in ``body``."""
    t = tag(run(nlp, lexicon, body), word)
    return t.voice, t.speaker


def gated(nlp: Language, text: str) -> BiasResult:
    """The bias record of ``text`` as an article gets it: extraction, tagging and the subjectivity gate."""
    settings = Settings()
    doc = nlp(text)
    return bias(doc, extract(doc, settings), settings)


def author_words(result: BiasResult) -> list[str]:
    """The words of the author-voice tags, in order."""
    return [t.text for t in result.tags if t.voice == "author"]
