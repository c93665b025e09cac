"""Speakers named by a role the lexicon may not know (issue 13, session 12): a name set beside any noun that
is no institution or document is the speaker ("Maynard's barrister, Alison Frey, said"); a noun the writer
gives a "who" clause is a person, not a misparse, and is anonymous when that clause says so; occupations
and social roles speak; a word for a woman or a man tells a described speaker's gender."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

COURT = (
    "Councillor jailed for fraud\n\n"
    "Derek Maynard was jailed for six years on Thursday.\n\n"
    "Maynard's barrister, Nadia Frey, said her client had always meant to repay the money.\n"
)


def test_a_name_beside_a_role_the_lexicon_does_not_know_speaks(nlp: Language) -> None:
    found = find_quotes(nlp, COURT.replace("barrister", "counsel").replace("Nadia Frey", "Sarah Jennings"))
    assert speaker_rule(found, "her client") == ("Sarah Jennings", "apposition")


def test_an_occupation_as_subject_speaks(nlp: Language) -> None:
    # the model tags "Nadia Frey" ORG here: a given name the lexicon knows makes her a person beside a role
    found = find_quotes(nlp, COURT)
    assert speaker_rule(found, "her client") == ("Nadia Frey", "apposition")
    found = find_quotes(
        nlp,
        "Ferry delays\n\nPassengers waited for six hours at the port on Monday. "
        "A pensioner said the ferry had been cancelled twice without warning.\n",
    )
    speaker, rule = speaker_rule(found, "the ferry")
    assert speaker is not None and "pensioner" in speaker and rule == "description"


def test_a_person_kept_anonymous_by_the_writer_speaks_as_anonymous(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Raid on a home\n\n"
        "The gardener, who asked not to be named, said the gang had come through the back gate.\n",
    )
    first = next(q for q in found if q.text.startswith("the gang"))
    assert first.speaker is not None and first.speaker.anonymous
    assert "gardener" in first.speaker.canonical


def test_a_word_for_a_woman_lets_she_mean_the_described_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Flooded street\n\n"
        "A widow in her eighties said the water had reached her kitchen by midnight. "
        '"I have lived here for 60 years," she said.\n',
    )
    speaker, rule = speaker_rule(found, "I have lived")
    assert speaker is not None and "widow" in speaker and rule == "pronoun"
