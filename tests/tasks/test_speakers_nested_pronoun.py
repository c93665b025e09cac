"""Speakers: "he"/"she" reporting inside a first-person quote is someone other than the quote's speaker."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes

CUES = load_reporting_verbs(LEXICON_DIR)

INTERVIEW = (
    "Amira Haddad worked on the ward for ten years. We asked her about it.\n\n"
    "When did you first notice problems?\n\n"
    "In the spring of 2019. We had two deaths in a month. I spoke to the ward manager and she told me "
    "these things happen.\n\n"
    "What did you do then?\n\n"
    "I wrote to the board.\n\n"
    "Do you regret it?\n\n"
    "No. I would do it again."
)


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    return quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)


def _one(found: list[Quote], fragment: str) -> Quote:
    hits = [q for q in found if q.text.startswith(fragment)]
    assert len(hits) == 1, [(q.kind, q.text) for q in found]
    return hits[0]


def test_she_reporting_inside_an_answer_in_the_first_person_is_not_the_answerer(nlp: Language) -> None:
    found = _quotes(nlp, INTERVIEW)
    # The answer is Amira Haddad's; "she" (the ward manager) told her, so the nested report has no speaker.
    answer = _one(found, "In the spring")
    assert answer.speaker is not None and answer.speaker.canonical == "Amira Haddad"
    nested = _one(found, "these things happen")
    assert nested.kind == "indirect" and nested.speaker is None


def test_he_reporting_inside_a_first_person_answer_is_not_the_answerer(nlp: Language) -> None:
    text = INTERVIEW.replace("the ward manager and she told me", "my brother and he said")
    nested = _one(
        _quotes(nlp, text.replace("Amira", "Omar").replace("asked her", "asked him")), "these things happen"
    )
    assert nested.speaker is None
