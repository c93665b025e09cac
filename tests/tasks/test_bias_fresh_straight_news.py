"""Issue 12, sense and voice on straight news (fresh8): who owns a loaded word after "One of them, <name>,",
in a trailing "saying ..." clause and after "remembered her as"; a headline speech verb the parser reads as a
noun; a first-person headline after a name and a colon; a doubt verb said of the speaker's own conduct; marks
that name a term; literal senses of "silence", "jab", "hijack", "facade" and "the worst".

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of


def _headline_tag(nlp: Language, lexicon: BiasLexicon, headline: str, word: str) -> tuple[str, str | None]:
    result = run(nlp, lexicon, "The council met on Monday.", headline=headline)
    t = next(t for t in result.tags if t.text.lower() == word and t.field == "headline")
    return t.voice, t.speaker


def _words(nlp: Language, lexicon: BiasLexicon, body: str) -> set[str]:
    return {t.text.lower() for t in run(nlp, lexicon, body).tags}


def test_one_of_them_named_in_apposition_speaks_and_so_does_a_trailing_saying_clause(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Two members abstained. One of them, Labour deputy Karl Brandt, later accused his own party of a "
        '"betrayal" of its pledges, saying the budget slashed funding for buses.'
    )
    assert voice_of(nlp, lexicon, body, "betrayal") == ("quoted", "Karl Brandt")
    assert voice_of(nlp, lexicon, body, "slashed") == ("quoted", "Karl Brandt")
    # a dash closes what was said: the comment after it is the writer's
    tail = "The mayor left early, saying the vote was over — a cowardly exit by any measure."
    assert voice_of(nlp, lexicon, tail, "cowardly") == ("author", None)


def test_remembered_as_is_the_rememberers_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Former pupils remembered the headmaster as fearless in the face of the inspectors."
    assert voice_of(nlp, lexicon, body, "fearless") == ("quoted", "Former pupils")


def test_a_headline_speech_verb_read_as_a_noun_gives_the_marked_word_to_its_subject(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    voice, speaker = _headline_tag(nlp, lexicon, 'Opposition brands tax vote a "sham" as rows flare', "sham")
    assert voice == "quoted" and speaker == "Opposition"
    # a passive: the minister is accused, not speaking
    voice, speaker = _headline_tag(
        nlp, lexicon, 'Health minister accused of "caving in" to drug firms', "caving"
    )
    assert speaker != "Health minister"


def test_a_first_person_headline_after_a_name_is_that_persons(nlp: Language, lexicon: BiasLexicon) -> None:
    voice, speaker = _headline_tag(nlp, lexicon, "Tearful Marla: I was crushed by his betrayal", "betrayal")
    assert voice == "quoted" and speaker == "Marla"


def test_pretend_said_of_the_speakers_own_conduct_casts_no_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    quoted = '"We are not going to pretend the quarter was easy," the chief executive said.'
    assert "pretend" not in _words(nlp, lexicon, quoted)
    assert "pretending" in _words(nlp, lexicon, "The minister keeps pretending the deficit does not exist.")


def test_marks_after_so_called_name_a_term(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "good" not in _words(
        nlp, lexicon, 'Exercise raises the so-called "good" cholesterol in the blood.'
    )


def test_literal_senses_are_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "silencing" not in _words(nlp, lexicon, "The therapy works by silencing a gene in muscle cells.")
    assert "silenced" in _words(nlp, lexicon, "The regime silenced its critics.")
    assert "facade" not in _words(nlp, lexicon, "Builders restored the stone facade of the old library.")
    assert "worst" not in _words(nlp, lexicon, '"The worst is over," the governor told reporters.')
