"""Prec6 (issue 12, author-voice precision on straight news): readers' views appended unsigned to a report
are the readers' words, not the writer's."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.attribution import unsigned_comments
from tasks.bias import tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tasks.quotes import quotes


def run(nlp: Language, lexicon: BiasLexicon, body: str) -> BiasResult:
    cues = load_reporting_verbs(LEXICON_DIR)
    doc = nlp(body)
    found = quotes(doc, entities(doc, titles=cues.titles), cues=cues)
    people = cues.source_nouns | cues.speaker_nouns | cues.role_nouns
    return tag_bias(doc, found, lexicon=lexicon, persons=cues.person_nouns, people=people)


def _voices(result: BiasResult, word: str) -> set[str]:
    return {t.voice for t in result.tags if t.text == word}


_REPORT = (
    "The council will close the town library in May, officials have announced.\n\n"
    'The leader, Ann Cole, said the building was "too costly to heat".\n\n'
    "Campaigners plan a march on Saturday.\n\n"
)
_VIEWS = (
    "I have used that library for years and this decision is disgraceful.\n\n"
    "We pay our taxes and get nothing back.\n\n"
    "The building is old, but my children love it.\n\n"
    "It was always going to close.\n\n"
    "I think the council is right for once.\n"
)


def test_unsigned_views_after_a_report_are_the_readers(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _REPORT + _VIEWS)
    assert _voices(result, "disgraceful") == {"quoted"}
    assert "author" not in _voices(result, "I")
    assert len(list(unsigned_comments(_REPORT + _VIEWS))) == 5


def test_a_column_in_the_first_person_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    column = "I have watched this council for years.\n\n" + _REPORT + _VIEWS
    assert list(unsigned_comments(column)) == []
    assert _voices(run(nlp, lexicon, column), "disgraceful") == {"author"}


def test_a_report_quoting_no_one_has_no_views_appended(nlp: Language, lexicon: BiasLexicon) -> None:
    plain = "The council will close the library.\n\nThe vote was close.\n\n" + _VIEWS
    assert list(unsigned_comments(plain)) == []


def test_what_a_court_heard_is_evidence_not_the_writers_finding(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The banker lied to investors for years, the court heard.\n\n"
        "The manager bullied staff, an employment tribunal has heard.\n\n"
        "The inquiry heard that officials had misled ministers."
    )
    result = run(nlp, lexicon, body)
    assert _voices(result, "lied") == {"quoted"}
    assert _voices(result, "bullied") == {"quoted"}
    assert _voices(result, "misled") == {"quoted"}
    # hearing a case reports no one's words
    assert _voices(run(nlp, lexicon, "The court heard the appeal of the corrupt official."), "corrupt") == {
        "author"
    }


def test_what_malicious_code_does_is_its_trade_not_a_charge(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Like other viruses, the worm plunders address books and uses swarms of hijacked computers."
    assert {t.text for t in run(nlp, lexicon, body).tags}.isdisjoint({"plunders", "swarms"})
    assert _voices(run(nlp, lexicon, "The troops plundered the village."), "plundered") == {"author"}


def test_a_pronoun_in_a_relative_clause_keeps_a_for_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "For his loyal fans, the singer was an inspiring poet, a man who voiced their despair."
    assert _voices(run(nlp, lexicon, body), "despair") == {"quoted"}
    # what happened to the holder stays the writer's account
    assert _voices(run(nlp, lexicon, "For the mayor, the reckless plan ended his career."), "reckless") == {
        "author"
    }
