"""Speakers in court reports and scene-setting clauses (r2s2): a speech verb in a clause of time after a quote
("... when reporters asked") does not make its subject the speaker. Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_speech_verb_in_a_clause_of_time_does_not_take_the_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Defender Tomas Lindgren cleared two shots off the line in the first half.\n\n"
        '"I was lucky, that\'s all," Lindgren smiled when journalists asked about the clearances. '
        '"Next week it could go in."\n',
    )
    assert speaker_rule(found, "I was lucky")[0] == "Tomas Lindgren"
    assert speaker_rule(found, "Next week")[0] == "Tomas Lindgren"
