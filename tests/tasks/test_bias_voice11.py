"""Issue 12, voice of bias tags (voice11): the interviewer an interview's introduction names ("talks to Jon
Reeve") ties with no one, so the "A:" answers are the interviewee's; a paragraph after the last answer that
credits words of its own is the writer's again; "talks to X about the ordeal" announces an interview, in the
writer's words; of two subjects the parse gave a labelling verb, the nearer speaks ("Outside court, the
daughter ... branded"); a headline's closing "..., says union" credits its words; the quote layer reads no
"he" as a plural group named before, and takes a speech verb joined to a reported clause as the reporter's.
A comma relative clause whose verb is the report ("which the union described as ...") is no writer's aside;
a full name closing a role before a colon and a quotation speaks; a denied or admitted gerund is the
subject's reported words; "Absolutely not." amplifies nothing; an "as" label the parse hung on the object's
last noun ("dismissed warnings about the risks of the scheme as hysterical") is the labeller's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of

_INTERVIEW = (
    "Former nurse Mary Colton reported abuse at a care home and lost her job. "
    "Here she talks to Dan Pike about the ordeal.\n\n"
    "Q: What happened when you complained?\n"
    "A: They called me a troublemaker. The managers were vile to me.\n\n"
    "Q: Do you regret it?\n"
    "A: Not for a second.\n\n"
    "The home's owner, Ray Sutton, said her claims were outlandish."
)


def test_interviewer_named_in_the_introduction_is_not_the_interviewee(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, _INTERVIEW)
    assert (tag(result, "vile").voice, tag(result, "vile").speaker) == ("quoted", "Mary Colton")


def test_paragraph_crediting_its_own_speaker_ends_the_last_answer(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, _INTERVIEW)
    assert tag(result, "outlandish").speaker == "Ray Sutton"


def test_talks_to_someone_about_is_the_writers_summary(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _INTERVIEW)
    assert tag(result, "ordeal").voice == "author"


def test_nearer_of_two_subjects_labels(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Outside court, the sister of one victim branded the verdict pathetic."
    voice, speaker = voice_of(nlp, lexicon, body, "pathetic")
    assert voice == "quoted" and speaker is not None and "sister" in speaker


def test_headline_says_credit_names_the_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "One critic called the scheme a reckless gamble. Labour's Tom Reid said it would fail."
    result = run(nlp, lexicon, body, headline="Housing plan a 'reckless gamble', says Labour")
    head = next(t for t in result.tags if t.field == "headline" and t.text.lower() == "reckless")
    assert (head.voice, head.speaker) == ("quoted", "Labour")


def test_he_is_no_plural_group_and_joined_act_is_the_reporters(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Supporters chanted for the manager to go. "
        "The former Wales midfielder hit back on Sunday. "
        'He said he had been "let down" by directors who had promised him time, '
        'and called the decision "a cowardly act".'
    )
    voice, speaker = voice_of(nlp, lexicon, body, "cowardly")
    assert voice == "quoted" and speaker not in (None, "directors", "Supporters")


def test_comma_relative_that_is_the_report_is_no_aside(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The closure, which the union described as vindictive, affects 90 staff."
    assert voice_of(nlp, lexicon, body, "vindictive") == ("quoted", "union")


def test_full_name_closing_a_role_before_a_colon_speaks(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Chair of the trust Helen Marsh: "The cuts are a scandalous waste of money."'
    assert voice_of(nlp, lexicon, body, "scandalous") == ("quoted", "Helen Marsh")


def test_denied_gerund_is_the_subjects_reported_words(nlp: Language, lexicon: BiasLexicon) -> None:
    voice, speaker = voice_of(nlp, lexicon, "Mr Ortega denied being a racist.", "racist")
    assert voice == "quoted" and speaker is not None and "Ortega" in speaker


def test_absolutely_not_is_an_answer(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, 'Asked if he would quit, Mr Hale said: "Absolutely not."')
    assert "absolutely" not in {t.text.lower() for t in result.tags}


def test_as_label_hung_deep_in_the_object_is_the_labellers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The minister has dismissed warnings about the risks of the scheme as hysterical."
    assert voice_of(nlp, lexicon, body, "hysterical") == ("quoted", "minister")
