"""Issue 12, BASIL recall that generalises: the manner of a person's speech passes the sentence gate (the
writer's verb or adverb for how someone spoke is the writer's framing, however plainly the rest of the
sentence reports), and families of the writer's framing words with their literal senses. Sentences are our
own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.bias import tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tasks.quotes import quotes
from tasks.subjectivity import apply_subjectivity, load_model
from tests.tasks.bias_cases import run, words

CUES = load_reporting_verbs(LEXICON_DIR)
PEOPLE = CUES.person_nouns | CUES.source_nouns | CUES.speaker_nouns


def _strict(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    """Tagged, then gated by a gate that withholds every author-voice word of severity 1 and 2 (independent of
    the shipped weights): what stays was read at severity 3 or more."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    strict = load_model().model_copy(update={"gate": {1: 0.999, 2: 0.999}})
    tagged = tag_bias(doc, found, lexicon=lexicon)
    return apply_subjectivity(
        doc, tagged, found, lexicon=lexicon, model=strict, speech=CUES.verbs, people=PEOPLE
    )


def _kept(result: BiasResult) -> list[str]:
    return [t.text.lower() for t in result.tags if t.voice == "author"]


def _held(result: BiasResult) -> list[str]:
    return [t.text.lower() for t in result.withheld]


def test_a_coloured_verb_of_saying_beside_a_quotation_passes_the_gate(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # "quipped" by a quotation: the writer's word for how the host spoke. Without the quotation or a clause,
    # and with a subject no lexicon names as a person, the gate decides as before.
    spoken = _strict(nlp, lexicon, '"Nobody asked us," the radio host quipped on Tuesday.')
    assert "quipped" in _kept(spoken)
    plain = _strict(nlp, lexicon, "The radio host quipped about the weather on Tuesday.")
    assert "quipped" in _held(plain)
    # Wire copy writes "claimed" for any contested statement and "complained" for any grievance: no
    # speech-manner reading for them.
    claimed = _strict(nlp, lexicon, '"The pump is safe," the maker claimed on Friday.')
    assert "claimed" not in _kept(claimed)
    complained = _strict(nlp, lexicon, "In a letter, the union complained that the pump was unsafe.")
    assert "complained" in _held(complained)


def test_a_coloured_verb_of_saying_said_of_a_named_person_passes_the_gate(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = _strict(nlp, lexicon, "Senator Alma Ruiz hailed the new budget deal in Albany on Tuesday.")
    assert _kept(result) == ["hailed"]


def test_a_manner_adverb_of_a_verb_of_saying_passes_the_gate(nlp: Language, lexicon: BiasLexicon) -> None:
    said = _strict(nlp, lexicon, "Lawyers for the mayor vigorously denied the report on Monday.")
    assert "vigorously" in _kept(said)
    # The same adverb on a verb that is not speech is read at its own severity.
    done = _strict(nlp, lexicon, "The mayor vigorously pursued the road plan on Monday.")
    assert "vigorously" in _held(done)


def test_a_lone_ly_word_hung_on_said_is_its_manner(nlp: Language, lexicon: BiasLexicon) -> None:
    result = _strict(nlp, lexicon, '"We are ready," the mayor said tersely.')
    assert "tersely" in _kept(result)


def _has(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> bool:
    return word in words(run(nlp, lexicon, text))


def test_stance_grading_and_feeling_families(nlp: Language, lexicon: BiasLexicon) -> None:
    assert _has(nlp, lexicon, "The bill stalled in a recalcitrant committee.", "recalcitrant")
    assert _has(nlp, lexicon, "Relations between the two parties remain fraught.", "fraught")
    assert _has(nlp, lexicon, "The governor gave an uninspiring speech to the party.", "uninspiring")
    assert _has(nlp, lexicon, "Party elders were aghast at the result.", "aghast")
    assert _has(nlp, lexicon, "The council hastily withdrew the proposal.", "hastily")


def test_literal_senses_of_the_families(nlp: Language, lexicon: BiasLexicon) -> None:
    # A patient's blood, a body's muscles: no framing.
    assert not _has(nlp, lexicon, "The patient was anaemic and needed a blood transfusion.", "anaemic")
    assert _has(nlp, lexicon, "The recovery was anaemic, with weak hiring all year.", "anaemic")
    assert not _has(nlp, lexicon, "Doctors treated the muscular injury with rest.", "muscular")
    assert _has(nlp, lexicon, "The senator called for a muscular foreign policy.", "muscular")
