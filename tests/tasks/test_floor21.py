"""Speaker precision (issue 13, floor21): readings and vetoes read from the parse, on articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_words_someone_is_faulted_for_saying_are_theirs(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Senator Amy Cole criticised Greg Hart for calling the budget "a disgrace to the state."\n\n'
        'Cole blasted Hart for saying the plan was "dead on arrival."',
    )
    assert speaker_rule(found, "a disgrace")[0] == "Greg Hart"
    # the closing full stop inside the marks hangs on Cole's verb; the words are still Hart's
    dead = [q for q in found if "dead" in q.text]
    assert dead and all(q.speaker is not None and q.speaker.canonical == "Greg Hart" for q in dead)
    # what someone is faulted for doing, no speech verb, stays the critic's own words
    found = find_quotes(nlp, 'Maria Lopez slammed Tom Berg for acting as "judge and jury" in the inquiry.')
    assert speaker_rule(found, "judge and jury")[0] == "Maria Lopez"


def test_a_body_does_not_speak_as_one_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'The club posted a video on Monday. "I am back and ready to play," the club said in the post.\n\n'
        'The police said in a statement: "We are investigating the crash."',
    )
    assert speaker_rule(found, "I am back") == (None, None)
    # a body speaking as "we" keeps its answer
    assert speaker_rule(found, "We are investigating") == ("police", "institution")
