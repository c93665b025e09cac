"""Issue 12, voice (voice27): a bias tag's speaker is named as the quote layer names a quote's. The holder of
a label or a view ("The senator branded ...", "he called ...") is asked of the quote layer's speaker passes
(tasks.quotes.SpeakerResolver), the same description-to-person and pronoun readings a quotation gets; a
holder they name no one for keeps its own words.

Short texts of our own; each test fails without the mechanism it names (the last three guard what must not
change: a spokeswoman or an unnamed doctor is no one's name).
"""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.lexicon import BiasLexicon
from tasks.models import Extraction
from tasks.nlp import doc_from_bytes, doc_to_bytes
from tests.tasks.bias_cases import voice_of

SENATOR = (
    "Paula Reyes, a senator from Ohio, opened the debate on Monday. She spoke for an hour. "
    "The senator branded the bill a disgrace."
)


def test_the_senator_named_two_sentences_before(nlp: Language, lexicon: BiasLexicon) -> None:
    assert voice_of(nlp, lexicon, SENATOR, "disgrace") == ("quoted", "Paula Reyes")


def test_he_of_a_he_said_quote_labels_as_himself(nlp: Language, lexicon: BiasLexicon) -> None:
    # two people named before "he": the quote layer reads it by gender, as it reads the quotation's "he"
    body = 'Paula Reyes met Tom Bale on Monday. "We talked," he said, and he branded the cuts reckless.'
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Tom Bale")


def test_she_holding_a_view_is_named(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Senator Paula Reyes met Governor Tom Bale's aides on Monday. She believes the bill is reckless."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Paula Reyes")


def test_a_surname_takes_the_full_name(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Gary Neville met reporters after the match with the club's owner, Jim Ratcliffe. Neville was angry. "
        "He believes the referee was a disgrace."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "Gary Neville")


def test_a_named_mans_spokeswoman_stays_the_spokeswoman(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Governor Tom Bale unveiled the budget on Monday. "
        "Governor Bale's spokeswoman called the criticism a sham."
    )
    assert voice_of(nlp, lexicon, body, "sham") == ("quoted", "Governor Bale's spokeswoman")


def test_an_unnamed_doctor_stays_the_doctor(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A hospital doctor spoke on condition of anonymity. The doctor described the ward as squalid."
    assert voice_of(nlp, lexicon, body, "squalid") == ("quoted", "doctor")


def test_a_stage_rebuilding_the_doc_names_the_same(nlp: Language) -> None:
    # a stage's Doc comes without user_data: the bias stage restores the quote layer's passes from the
    # extraction's speaker_memory (tidy28; tests/tasks/test_tidy28.py)
    settings = Settings()
    doc = nlp(SENATOR)
    found = extract(doc, settings)
    fused = bias(doc, found, settings)
    again = doc_from_bytes(nlp, doc_to_bytes(doc))
    staged = bias(again, Extraction.model_validate_json(found.model_dump_json()), settings)
    speakers = [(t.text, t.speaker) for t in fused.tags]
    assert ("disgrace", "Paula Reyes") in speakers
    assert [(t.text, t.speaker) for t in staged.tags] == speakers
