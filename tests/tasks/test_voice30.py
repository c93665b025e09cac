"""Issue 12 (voice30): what the writer says a speaker did beside a statement, tacked on after the reported
clause with a participle of conduct ("..., belatedly apologising to residents"), is the writer's narration,
not part of what was said: the adverb the writer sets on it keeps the writer's voice, and the quote layer's
reported clause ends before it. And a known euphemism in marks no speaker of the article accounts for
('ran an "enhanced interrogation" programme') is the writer's distance from it: a scare quote, however many
words it has."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.bias.scare_quotes import SCARE_QUOTE_RULE
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.quotes import quotes
from tests.tasks.bias_cases import run, voice_of

CUES = load_reporting_verbs(LEXICON_DIR)


def test_the_writers_adverb_on_the_speakers_apology_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The council admitted the scheme was a mistake, belatedly apologising to tenants."
    assert voice_of(nlp, lexicon, body, "belatedly") == ("author", None)


def test_the_writers_adverb_on_a_retreat_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The minister said the levy would be scrapped, meekly retreating from the plan he had defended."
    assert voice_of(nlp, lexicon, body, "meekly") == ("author", None)


def test_the_reported_clause_ends_before_the_speakers_conduct(nlp: Language) -> None:
    doc = nlp("The minister said the levy would be scrapped, sheepishly retreating from the plan.")
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    assert [q.text for q in found if q.kind == "indirect"] == ["the levy would be scrapped"]


def _scare_quoted(nlp: Language, lexicon: BiasLexicon, body: str) -> list[tuple[str, str]]:
    return [(t.text, t.voice) for t in run(nlp, lexicon, body).tags if t.rule == SCARE_QUOTE_RULE]


def test_a_known_euphemism_in_the_writers_marks_is_the_writers_distance(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'The navy ran a "surgical strike" campaign against the port for a month.'
    assert _scare_quoted(nlp, lexicon, body) == [("surgical strike", "author")]


def test_a_known_euphemism_a_speaker_used_is_no_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The admiral said the raid on the port was a "surgical strike" against the rebels.'
    assert _scare_quoted(nlp, lexicon, body) == []


def test_a_so_called_euphemism_is_a_term_named(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The navy ran a so-called "surgical strike" campaign against the port for a month.'
    assert _scare_quoted(nlp, lexicon, body) == []


def test_other_marked_phrases_stay_terms(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The navy ran a "clean harbour" campaign against the port for a month.'
    assert _scare_quoted(nlp, lexicon, body) == []
