"""Issue 12, session 30 (basil30): the writer's characterising verb of saying and the writer's adjective on a
speech act pass the sentence gate as the manner of someone's speech. A lexicon hit on a verb of the writer's
choice where "said" would do ("crowed", "bristled", "trumpeted", "bemoaned": `manner_speech_verbs`) said of
a person or beside a quotation is read two severity levels up, as the attribution verbs already were; so is a
hit on an adjective modifying a noun of a speech act ("a *rambling* speech", "an *assertive* call":
`speech_act_nouns`) in a sentence that names a person. Sentences are our own."""

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

CUES = load_reporting_verbs(LEXICON_DIR)
PEOPLE = CUES.person_nouns | CUES.source_nouns | CUES.speaker_nouns


def _strict(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    """Tagged, then gated by a gate that withholds every author-voice word of severity 1 and 2: what stays was
    read at severity 3 or more."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    strict = load_model().model_copy(update={"gate": {1: 0.999, 2: 0.999}})
    tagged = tag_bias(doc, found, lexicon=lexicon)
    return apply_subjectivity(
        doc, tagged, found, lexicon=lexicon, model=strict, speech=CUES.verbs, people=PEOPLE
    )


def _kept(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in result.tags if t.voice == "author"}


def _held(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in result.withheld}


def test_a_characterising_verb_of_saying_said_of_a_person_passes_the_gate(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    crowed = _strict(nlp, lexicon, '"It is over," Senator Ruth Calder crowed after the count on Tuesday.')
    assert "crowed" in _kept(crowed)
    bristled = _strict(nlp, lexicon, "Governor Hal Ames bristled at the question about the budget.")
    assert "bristled" in _kept(bristled)
    trumpeted = _strict(nlp, lexicon, "Mayor Dana Pike trumpeted the jobs figures at a rally on Monday.")
    assert "trumpeted" in _kept(trumpeted)
    bemoaned = _strict(nlp, lexicon, "Tom Reyes, who leads the lobby group, bemoaned the ruling on Friday.")
    assert "bemoaned" in _kept(bemoaned)


def test_a_verb_whose_plain_sense_takes_a_person_is_no_manner_of_speech(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # "lecture" is also what a professor does; it stays with the gate
    lectured = _strict(nlp, lexicon, "Professor Ann Vale lectured reporters on the history of the tariff.")
    assert "lectured" not in _kept(lectured)
    # wire copy's word for a group's support stays with the gate (bias24d)
    backed = _strict(nlp, lexicon, "Environmental groups applauded the decision to close the coal plant.")
    assert "applauded" not in _kept(backed)


def test_the_writers_adjective_on_a_speech_act_passes_the_gate(nlp: Language, lexicon: BiasLexicon) -> None:
    rambling = _strict(nlp, lexicon, "Senator Lee Marsh gave a rambling speech to supporters in Ohio.")
    assert "rambling" in _kept(rambling)
    body = "Joan Petrie set out her plan on Wednesday in an assertive call for higher defence spending."
    assertive = _strict(nlp, lexicon, body)
    assert "assertive" in _kept(assertive)


def test_an_adjective_on_a_speech_act_with_no_person_named_stays_with_the_gate(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    nobody = _strict(nlp, lexicon, "The rambling speech lasted for more than two hours on Tuesday.")
    assert "rambling" not in _kept(nobody)
    # an adjective on a noun that is no speech act keeps its reading: the gate decides
    thing = _strict(nlp, lexicon, "Senator Lee Marsh toured a provocative exhibition in Ohio on Monday.")
    assert "provocative" not in _kept(thing)


def test_an_apposition_the_parse_hangs_on_a_reported_verb_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # The parse reads "a pact" as a modifier of "pass", not as an apposition to "the deal": still the writer's
    # gloss set off by a comma, not what Summers said (the shape voice28 gives the writer for an apposition).
    body = "Dan Summers said Congress will pass the deal, a pact that has faced scathing attacks."
    doc = nlp(body)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    tags = {t.text: t.voice for t in tag_bias(doc, found, lexicon=lexicon).tags}
    assert tags.get("scathing") == "author"
