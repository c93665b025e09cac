"""Issue 12, whose voice a loaded word is in (bias24c): a sentence in the past perfect right after a speaker's
report goes on with what was said, whatever its subject; "he" or "she" of an aside or a belief verb is the one
person named in reach; the label of "what X called ..." that the parse made the next verb's subject; a fused
singular object closing a naming clause ("called the warning scaremongering"); the words on a sign, placard
or banner are its holders'; a statement set out after "Her message was blunt:" is its owner's; a question
put to someone that the parse read as a condition ("Asked if ..., he said") is the asker's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of


def test_past_perfect_after_a_quote_carries_the_speakers_argument(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'Councillor Ruth Amos said she would appeal. "We did nothing wrong," Ms Amos said. The auditors had '
        "conducted a vindictive inquiry from the start."
    )
    assert voice_of(nlp, lexicon, body, "vindictive") == ("quoted", "Ruth Amos")
    # a new paragraph is the writer's again
    later = '"We did nothing wrong," Ms Amos said.\n\nThe auditors had conducted a vindictive inquiry.'
    assert voice_of(nlp, lexicon, later, "vindictive") == ("author", None)


def test_past_perfect_after_a_reported_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Nurses' leader Kate Dunn argued that the offer was unacceptable. Managers had treated the staff "
        "with contempt for a decade."
    )
    assert voice_of(nlp, lexicon, body, "contempt") == ("quoted", "Kate Dunn")


def test_pronoun_of_a_trailing_belief_verb_is_the_one_person_named(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = '"It is over," said Ms Wren. The board had left the workers to a disastrous fate, she believes.'
    assert voice_of(nlp, lexicon, body, "disastrous") == ("quoted", "Wren")


def test_pronoun_of_an_aside_with_a_joined_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Airline boss Omar Nasser blamed the strikers for the delays. Their demands were absurd, he said, "
        "and greedy."
    )
    assert voice_of(nlp, lexicon, body, "greedy") == ("quoted", "Omar Nasser")


def test_label_of_what_someone_called_read_as_a_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The senator described the talks as a farce, and what the senator called the administration's "
        "spineless approach drew applause."
    )
    assert voice_of(nlp, lexicon, body, "spineless") == ("quoted", "senator")


def test_fused_label_closing_a_naming_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Critics called the warning scaremongering."
    assert voice_of(nlp, lexicon, body, "scaremongering") == ("quoted", "Critics")


def test_words_on_a_sign_are_the_holders(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Outside the court, farmers held a banner reading "Stop the land grab" and "Greedy traitors".'
    assert voice_of(nlp, lexicon, body, "traitors") == ("quoted", "farmers")
    placard = 'Students carried placards that read "cowards" during the vote.'
    assert voice_of(nlp, lexicon, placard, "cowards") == ("quoted", "Students")


def test_statement_set_out_after_a_colon_is_its_owners(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Nurses' leader Kate Dunn met ministers on Monday. Her message was blunt: the plan is a catastrophe."
    )
    assert voice_of(nlp, lexicon, body, "catastrophe") == ("quoted", "Kate Dunn")
    plain = "The count ended at midnight. The result was clear: voters had rejected the reckless plan."
    assert voice_of(nlp, lexicon, plain, "reckless") == ("author", None)


def test_question_read_as_a_condition_is_the_askers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Asked if pupils had been treated shamefully, the minister said he would not comment."
    assert voice_of(nlp, lexicon, body, "shamefully") == ("quoted", None)
