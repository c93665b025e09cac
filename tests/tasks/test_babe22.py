"""Issue 12, BABE recall that generalises (babe22): the writer's doubt on a named actor's paraphrased
statement passes the sentence gate one severity level up ("Senator Hale *claimed* the plan pays for itself":
the writer chose both the paraphrase and the doubt-casting verb), while a contested quotation's "claimed",
a thing's and a state's "claims" stay with the gate. Sentences are our own."""

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
    """Tagged, then gated by a gate that withholds every author-voice word of severity 1 (independent of the
    shipped weights): what stays was read at severity 2 or more."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    strict = load_model().model_copy(update={"gate": {1: 0.999}})
    tagged = tag_bias(doc, found, lexicon=lexicon)
    return apply_subjectivity(
        doc, tagged, found, lexicon=lexicon, model=strict, speech=CUES.verbs, people=PEOPLE
    )


def _kept(result: BiasResult) -> list[str]:
    return [t.text.lower() for t in result.tags if t.voice == "author"]


def test_a_persons_paraphrased_claim_passes_the_gate(nlp: Language, lexicon: BiasLexicon) -> None:
    said = _strict(nlp, lexicon, "Senator Dale Morrow claimed that the new toll would pay for itself.")
    assert "claimed" in _kept(said)
    # A clause that only ends on a quoted phrase is still the writer's paraphrase.
    phrase = _strict(nlp, lexicon, 'Mayor Ada Brink claimed that the audit was a "witch hunt".')
    assert "claimed" in _kept(phrase)
    # A contested quotation's "claimed" and a thing's "claims" stay with the gate: wire style.
    quoted = _strict(nlp, lexicon, '"The bridge is sound," Senator Dale Morrow claimed on Friday.')
    assert "claimed" not in _kept(quoted)
    thing = _strict(nlp, lexicon, "Several leaflets claim that the bridge is unsound.")
    assert "claim" not in _kept(thing)
    # A state's claims are how wire copy reports a war: "claimed" stays with the gate.
    state = _strict(nlp, lexicon, "Portugal claimed that its navy had sunk the smuggling boat.")
    assert "claimed" not in _kept(state)


def test_a_participle_or_a_relative_clause_takes_its_subject_from_its_clause(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # "claiming" has no subject of its own: the mayor, who opened the clause it trails, does the claiming.
    trailing = _strict(
        nlp, lexicon, "Mayor Ada Brink cancelled the festival on Monday, claiming the budget had run dry."
    )
    assert "claiming" in _kept(trailing)
    # "who" stands for the Democrats.
    relative = _strict(nlp, lexicon, "Democrats who claim to back the farmers voted against the subsidy.")
    assert "claim" in _kept(relative)
