"""spk30: a profile's subject and a relative of one surname; habitual speech ("used to say"); statements.

1. A relative brought in as the relative of someone of their own surname ("Her father, Luis Ortega,") is never
   the bare surname's default: with no other full name of it the surname stays as written; a relative the
   paragraph is about ("Luis Ortega, now 70, ... 'We had nothing,' Ortega said") takes it there.
2. 'As his mentor used to tell him, "..."': the habitual past's speaker, resolved like any other.
3. "The studio said in a statement: ..." is the studio, not the actor named before; "the director" after a
   quote of "His co-star, Anna Bell," is not her.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

# -- 1. the profile's subject and a relative of one surname


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "For 40 years, her father, Luis Ortega, ran the hardware shop on Mill Lane. Now the 34-year-old "
            'is fighting to keep it open.\n\n"I never wanted to leave," Ortega said.',
            "I never wanted",
        ),
        (
            "Pianist Elena Varga will play the Royal Albert Hall next month.\n\n"
            "Her mother, Ilona Varga, taught piano at the local school for 30 years.\n\n"
            '"She was a tough teacher," Varga said.',
            "She was a tough",
        ),
    ],
)
def test_the_bare_surname_is_not_a_relative_of_someone_of_that_surname(
    nlp: Language, text: str, fragment: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] not in ("Luis Ortega", "Ilona Varga")


def test_a_relative_of_someone_else_keeps_the_surname(nlp: Language) -> None:
    # "Ana Lopez ... Her husband, John Smith,": his surname is his alone
    found = find_quotes(
        nlp,
        "Ana Lopez runs a bakery in Leeds. Her husband, John Smith, is a plumber.\n\n"
        '"We met at school," Smith said.',
    )
    assert speaker_rule(found, "We met at school")[0] == "John Smith"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "Maria Ortega, 34, runs the hardware shop on Mill Lane that her family opened in 1979.\n\n"
            "Her father, Luis Ortega, ran the shop for 40 years before handing it to her.\n\n"
            '"I never wanted to leave," Ortega said.\n\n'
            "Luis Ortega, now 70, still drops in most mornings. "
            '"We had nothing when we started," Ortega said.\n\n'
            "Ortega said she has no plans to sell.",
            "We had nothing",
            "Luis Ortega",
        ),
        (
            "Omar Haddad, 45, has driven a London taxi for 20 years. His son, Karim Haddad, 19, wants to do "
            "the same.\n\nKarim Haddad started studying the Knowledge last year. "
            "\"It's the hardest thing I've ever done,\" Haddad said.\n\n"
            'His father is not surprised. "He was always stubborn," Haddad said of his son.',
            "It's the hardest",
            "Karim Haddad",
        ),
        (
            "Maria Ortega is the third generation to run the shop. Her grandfather, Pedro Ortega, opened it "
            "in 1952, and her father, Luis Ortega, ran it from 1980.\n\n"
            'Luis Ortega still comes in every morning. "I can\'t stay away," Ortega said.\n\n'
            '"He drives me mad," Ortega said, laughing.',
            "I can't stay away",
            "Luis Ortega",
        ),
        (
            "Police have named the man who died in the crash as John Hurst, 52.\n\n"
            'His wife, Mary Hurst, paid tribute to him on Monday. "He was my world," Hurst said.',
            "He was my world",
            "Mary Hurst",
        ),
    ],
)
def test_a_relative_the_paragraph_is_about_takes_the_surname(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] == speaker


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("I never wanted", "Maria Ortega"),
        ("no plans to sell", "Maria Ortega"),
        ("He drives me mad", "Maria Ortega"),
    ],
)
def test_outside_the_relatives_paragraph_the_surname_is_the_subjects(
    nlp: Language, fragment: str, speaker: str
) -> None:
    found = find_quotes(
        nlp,
        "Maria Ortega, 34, runs the hardware shop on Mill Lane that her family opened in 1979.\n\n"
        "Her father, Luis Ortega, ran the shop for 40 years before handing it to her.\n\n"
        '"I never wanted to leave," Ortega said.\n\n'
        "Luis Ortega, now 70, still drops in most mornings. "
        '"We had nothing when we started," Ortega said.\n\n'
        'Ortega said she has no plans to sell. "He drives me mad," Ortega said.',
    )
    assert speaker_rule(found, fragment, anywhere=True)[0] == speaker


def test_a_relative_the_paragraph_says_died_does_not_take_the_surname(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Danielle Frost was 12 when she first stepped into a boxing gym. Her father, Martin Frost, had run "
        "the gym since 1988.\n\nMartin Frost died in 2015. Frost said he would have been proud of the club.",
    )
    assert speaker_rule(found, "he would have been proud")[0] == "Danielle Frost"


# -- 2. habitual speech: "used to say", "used to tell him"


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ('As his mentor used to tell him, "The ring never lies."', "The ring never lies", "his mentor"),
        ('As his mentor told him, "The ring never lies."', "The ring never lies", "his mentor"),
        ('"The ring never lies," his mentor used to tell him.', "The ring never lies", "his mentor"),
        ('"The ring never lies," his mentor would say.', "The ring never lies", "his mentor"),
        (
            'As Green\'s mentor used to say, "The ring never lies."',
            "The ring never lies",
            "Carl Green's mentor",
        ),
    ],
)
def test_habitual_speech_has_its_speaker(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    found = find_quotes(nlp, f"Carl Green has run the boxing club for 30 years.\n\n{text}")
    assert speaker_rule(found, fragment)[0] == speaker


# -- 3. a body's statement after a person's apology; a description after a relation


@pytest.mark.parametrize(
    "statement",
    [
        'The studio said in a statement: "We accept his apology."',
        '"We accept his apology," the studio said.',
        'The label said in a statement:\n\n"We accept his apology."',
    ],
)
def test_a_body_in_a_statement_is_not_the_person_before(nlp: Language, statement: str) -> None:
    found = find_quotes(
        nlp, f"Actor James Reed has apologised for his comments about the film's crew.\n\n{statement}"
    )
    assert speaker_rule(found, "We accept his apology")[0] != "James Reed"


def test_a_description_after_a_relation_is_someone_else(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Actor James Reed has apologised for his comments. His co-star, Anna Bell, posted: "
        '"Proud of everyone on this set."\n\nLater, the director wrote on Instagram: "Onwards."',
    )
    assert speaker_rule(found, "Proud of everyone")[0] == "Anna Bell"
    assert speaker_rule(found, "Onwards")[0] != "Anna Bell"


def test_a_clause_with_its_own_auxiliary_is_no_attribution(nlp: Language) -> None:
    # "are still going on": an auxiliary and an adverb that are no habitual speech keep the clause its own
    found = find_quotes(
        nlp,
        'BaFin moved the case. "We found clues," the spokeswoman said. "The law says that if BaFin finds '
        'such clues, it has to act." Regulatory investigations are still going on in France.',
    )
    assert speaker_rule(found, "The law says")[0] != "Regulatory investigations"
