"""Session 30 (attack30): loaded language inside quotations and reported attacks, and one reading of the
writer's "claimed". Figurative attacks said of a person or a plan ("he's an *animal*", "*blood on their
hands*", "the scheme is a *con*", "*Jim Crow 2.0*") are tagged in the speaker's voice, the thing itself is
not; "claimed" by a person named by a noun ("the mayor", "witnesses") passes the gate as a named actor's does.
Sentences are our own."""

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


def _tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    doc = nlp(text)
    return tag_bias(doc, quotes(doc, entities(doc, titles=CUES.titles), cues=CUES), lexicon=lexicon)


def _quoted(nlp: Language, lexicon: BiasLexicon, text: str) -> dict[str, str | None]:
    return {t.text.lower(): t.speaker for t in _tagged(nlp, lexicon, text).tags if t.voice == "quoted"}


def _words(nlp: Language, lexicon: BiasLexicon, text: str) -> list[str]:
    return [t.text.lower() for t in _tagged(nlp, lexicon, text).tags]


def _strict(nlp: Language, lexicon: BiasLexicon, text: str) -> list[str]:
    """Author-voice words kept by a gate that withholds every word read at severity 1."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    strict = load_model().model_copy(update={"gate": {1: 0.999}})
    tagged = tag_bias(doc, found, lexicon=lexicon)
    gated = apply_subjectivity(
        doc, tagged, found, lexicon=lexicon, model=strict, speech=CUES.verbs, people=PEOPLE
    )
    return [t.text.lower() for t in gated.tags if t.voice == "author"]


def test_figurative_attacks_in_a_quotation_are_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    said = _quoted(nlp, lexicon, '"He is an animal and the whole ward knows it," said Councillor Rob Tate.')
    assert said.get("animal") == "Rob Tate"
    snake = _quoted(nlp, lexicon, '"My opponent is a snake," Mayor Ilse Varga told the hustings.')
    assert "snake" in snake
    blood = _quoted(nlp, lexicon, '"The trustees have blood on their hands," said Nora Quill, a nurse.')
    assert "blood on their hands" in blood
    con = _quoted(nlp, lexicon, '"The whole rebate is a con," said Piet Holm.')
    assert "con" in con
    crow = _quoted(nlp, lexicon, '"This bill is Jim Crow 2.0," said Delia Marsh.')
    assert "jim crow" in crow
    toy = _quoted(nlp, lexicon, '"That spaceship is a toy for billionaires," said Omar Fenn.')
    assert "toy for billionaires" in toy
    cleared = _quoted(nlp, lexicon, '"I have been completely exonerated," Tom Vale said on Friday.')
    assert "exonerated" in cleared


def test_the_thing_itself_is_not_an_attack(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "snake" not in _words(nlp, lexicon, "A snake was found coiled in a shed at the allotments.")
    assert "animal" not in _words(nlp, lexicon, "The vet said the animal had a broken leg.")
    assert "cons" not in _words(nlp, lexicon, "The council weighed the pros and cons of the scheme.")
    assert "exonerated" not in _words(nlp, lexicon, "He was exonerated by DNA evidence in 2019.")
    assert "bombarded" not in _words(nlp, lexicon, "Artillery bombarded the town for six hours.")
    assert "begs" not in _words(nlp, lexicon, "The delay begs the question of who will pay.")


def test_dramatic_verbs_of_asking_and_contacting(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "begged" in _words(nlp, lexicon, "Her mother begged the judge to spare him prison.")
    assert "bombarding" in _words(nlp, lexicon, "Fans were bombarding the striker with messages.")


def test_claimed_by_a_person_named_by_a_noun_reads_as_a_named_actors(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert "claimed" in _strict(nlp, lexicon, "Councillor Ben Ashe claimed the figures had been altered.")
    assert "claimed" in _strict(nlp, lexicon, "The mayor claimed the figures had been altered.")
    assert "claimed" in _strict(nlp, lexicon, "Witnesses claimed the van had jumped the lights.")
    # A thing and a pronoun stay with the gate, as before.
    assert "claim" not in _strict(nlp, lexicon, "Several leaflets claim that the bridge is unsound.")
    assert "claimed" not in _strict(nlp, lexicon, "They claimed the van had jumped the lights.")
