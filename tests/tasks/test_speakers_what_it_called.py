"""Issue 13 (lead, session 15): "Their union rejected what it called an 'insulting' offer": the pronoun of a
"what" clause that is the object of a verb stands for that verb's subject when they agree, though no name was
tagged for the pronoun to find; and a clause two cues report is one quote, not two."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_what_it_called_belongs_to_the_governing_subject(nlp: Language) -> None:
    text = 'Drivers walked out after their union rejected what it called an "insulting" pay offer.\n'
    speaker, rule = speaker_rule(find_quotes(nlp, text), "insulting")
    assert speaker is not None and "union" in speaker and rule == "pronoun"


def test_it_never_stands_for_a_person(nlp: Language) -> None:
    text = 'The nurse rejected what it called an "insulting" pay offer.\n'
    assert speaker_rule(find_quotes(nlp, text), "insulting") == (None, None)


def test_a_clause_two_cues_report_is_one_quote(nlp: Language) -> None:
    text = 'The company denied what it described as "false claims" about its pay.\n'
    found = [q for q in find_quotes(nlp, text) if q.kind == "indirect"]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
