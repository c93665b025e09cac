"""What the speaker tests share: the quotes of a short article of our own, one quote's speaker and pass."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes

CUES = load_reporting_verbs(LEXICON_DIR)


def find_quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)


def speaker_rule(
    found: list[Quote], fragment: str, *, anywhere: bool = False
) -> tuple[str | None, str | None]:
    """The canonical speaker and the pass that named it, of the one quote that opens with ``fragment`` (or,
    with ``anywhere``, holds it)."""
    hits = [q for q in found if (fragment in q.text if anywhere else q.text.startswith(fragment))]
    assert len(hits) == 1, [(q.kind, q.text) for q in found]
    q = hits[0]
    return (q.speaker.canonical, q.speaker.rule) if q.speaker is not None else (None, None)
