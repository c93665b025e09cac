"""Issue 12, voice of bias tags (voice10): an interview whose introduction names no one answers for the person
its headline names; an interviewer's "you" is the interviewee; a closing note naming the interviewee is the
writer's; "the 29-year-old" continues the person who was a subject; a comma relative clause after a label is
the writer's aside; a definite noun in reported speech that repeats the writer's earlier word is the writer's.

Labels: "signed a letter branding ..." is the signers'; "rejected as" labels; "in a furious post" inside a
label is the writer's setting; "branded the verdict a travesty" read as an apposition is still the label; a
participle opening the sentence has the main subject; an acronym opens a headline's labeller ("PM attacks
'reckless' plans").

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of

_INTERVIEW = (
    "The singer has never been one to hide her feelings. "
    "She talks about her old label and her new record.\n\n"
    "Your last album was panned. How did that feel?\n\n"
    "Honestly, the reviews were cruel and lazy.\n\n"
    "You've described your old label as toxic. Is that fair?\n\n"
    "More than fair. The executives there were greedy.\n\n"
    "Do you still read your reviews?\n\n"
    "Never. Most of them are appalling.\n\n"
    "Lindqvist's disastrous first tour is now a cult memory."
)
_HEADLINE = "Ava Lindqvist on fame, grief and her new album"


def test_answers_belong_to_the_person_the_headline_names(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _INTERVIEW, headline=_HEADLINE)
    assert (tag(result, "cruel").voice, tag(result, "cruel").speaker) == ("quoted", "Ava Lindqvist")
    assert (tag(result, "greedy").voice, tag(result, "greedy").speaker) == ("quoted", "Ava Lindqvist")


def test_interviewers_you_is_the_interviewee(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _INTERVIEW, headline=_HEADLINE)
    assert (tag(result, "toxic").voice, tag(result, "toxic").speaker) == ("quoted", "Ava Lindqvist")


def test_closing_note_naming_the_interviewee_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _INTERVIEW, headline=_HEADLINE)
    assert tag(result, "appalling").speaker == "Ava Lindqvist"
    assert tag(result, "disastrous").voice == "author"


def test_age_description_continues_the_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Reality star Jade Rennick has hit back at trolls after her split from footballer Kai Mendes. "
        "The 29-year-old shared screenshots of the messages on Sunday, calling them sickening."
    )
    assert voice_of(nlp, lexicon, body, "sickening") == ("quoted", "Jade Rennick")


def test_comma_relative_after_a_label_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The spokesman, Dan Okoro, denounced the plan as a stunt, which it is, but then offered pledges "
        "that were every bit as flimsy."
    )
    assert voice_of(nlp, lexicon, body, "stunt") == ("quoted", "Dan Okoro")
    assert voice_of(nlp, lexicon, body, "flimsy") == ("author", None)


def test_writers_earlier_noun_in_reported_speech_stays_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The two senators traded insults online, deepening a feud. "
        "Analysts said the feud reflected divisions."
    )
    tags = [t for t in run(nlp, lexicon, body).tags if t.text == "feud"]
    assert [(t.voice, t.speaker) for t in tags] == [("author", None), ("author", None)]
    # the writer never used the word: it is the analysts'
    first = "The two senators met on Monday. Analysts said the feud reflected divisions."
    assert voice_of(nlp, lexicon, first, "feud") == ("quoted", "Analysts")


def test_signed_letter_branding_is_the_signers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Forty backbenchers have signed a letter branding the reforms a betrayal of renters."
    assert voice_of(nlp, lexicon, body, "betrayal") == ("quoted", "Forty backbenchers")


def test_rejected_as_is_the_rejecters_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Former directors have rejected the account as self-serving."
    assert voice_of(nlp, lexicon, body, "self-serving") == ("quoted", "Former directors")


def test_medium_phrase_inside_a_label_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Her mother, Tracey, slammed the footballer as a spineless rat in a furious Facebook post."
    assert voice_of(nlp, lexicon, body, "spineless") == ("quoted", "Tracey")
    assert voice_of(nlp, lexicon, body, "furious") == ("author", None)


def test_second_object_read_as_apposition_is_the_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Speaking to reporters, Mr Hale branded the verdict a travesty."
    assert voice_of(nlp, lexicon, body, "travesty") == ("quoted", "Hale")


def test_opening_participle_has_the_main_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Dismissing the report as a whitewash, the union vowed to fight on."
    assert voice_of(nlp, lexicon, body, "whitewash") == ("quoted", "union")


def test_acronym_opens_a_headline_labeller(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The row went on.", headline="PM attacks 'reckless' Labour plans")
    assert (tag(result, "reckless").voice, tag(result, "reckless").speaker) == ("quoted", "PM")


def test_prompt_put_as_a_statement_is_no_answer(nlp: Language, lexicon: BiasLexicon) -> None:
    body = _INTERVIEW.replace(
        "Do you still read your reviews?",
        "Some in your old label say you are arrogant.\n\nDo you read reviews?",
    )
    result = run(nlp, lexicon, body, headline=_HEADLINE)
    assert tag(result, "arrogant").speaker != "Ava Lindqvist"
    assert tag(result, "appalling").speaker == "Ava Lindqvist"


def test_age_description_hung_on_the_verb_is_the_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Celebrity chef Marco Bellini has hit out at critics after his eatery was savaged in a review. "
        "The 47-year-old took to X on Tuesday to slam food writer Grace Holloway, calling her review a "
        "nasty hatchet job."
    )
    assert voice_of(nlp, lexicon, body, "hatchet job") == ("quoted", "Marco Bellini")
