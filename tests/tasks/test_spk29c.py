"""spk29c: two people of one surname in a profile, and an office apposed to a name. A relation set after the
name ("Luis Reyes, her father,") marks the relative as one set before it does, so the bare surname stays the
profile's subject's; a relative told of only in the past ("Her mother, Ana, taught piano.") is not whom a
present "she says" means; "According to the Secretary of Labor, Jane Doe, ..." is Jane Doe's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.entities import entities
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule

# -- 1. the bare surname is the subject's, not the relative's named after ("Luis Reyes, her father,")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "MARLOW — For twenty years Dr. Nadia Reyes has kept the clinic open.\n\n"
            '"I never planned to stay," Reyes says. Luis Reyes, her father, said she was always stubborn.\n\n'
            '"He is right," Reyes says.',
            "He is right",
            "Nadia Reyes",
        ),
        (
            "Captain Ruth Okafor has sailed the route for a decade.\n\n"
            "Daniel Okafor, her son, joined the crew in May.\n\n"
            '"He learns fast," Okafor said.',
            "He learns fast",
            "Ruth Okafor",
        ),
        (
            "Tom Harlow has farmed the valley for forty years.\n\n"
            "Emma Harlow, his daughter, said he rarely takes a day off.\n\n"
            '"I will stop when I am dead," Harlow says.',
            "I will stop",
            "Tom Harlow",
        ),
    ],
)
def test_a_relative_named_before_the_relation_leaves_the_surname_to_the_subject(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] == speaker


def test_the_relative_named_before_the_relation_is_still_the_relative(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Dr. Nadia Reyes has kept the clinic open for twenty years.\n\n"
        "Luis Reyes, her father, said she was always stubborn.",
    )
    assert speaker_rule(found, "she was always stubborn")[0] == "Luis Reyes"


def test_the_bare_surname_entity_is_the_subjects(nlp: Language) -> None:
    doc = nlp(
        "Dr. Nadia Reyes has kept the clinic open for twenty years. Luis Reyes, her father, ran a garage. "
        "Reyes says she learned patience there."
    )
    bare = [e for e in entities(doc, titles=CUES.titles) if e.text == "Reyes"]
    assert [e.canonical for e in bare] == ["Nadia Reyes"]


def test_an_unowned_description_after_the_name_is_no_relation(nlp: Language) -> None:
    # "father of three" says what he is, not whose relative: two full names, the surname stays as written
    doc = nlp(
        "Dr. Nadia Reyes has kept the clinic open for twenty years. Luis Reyes, a father of three, runs a "
        "garage. Reyes says business is slow."
    )
    bare = [e for e in entities(doc, titles=CUES.titles) if e.text == "Reyes"]
    assert [e.canonical for e in bare] == ["Reyes"]


# -- 2. a relative told of in the past is background for a present "she says"


@pytest.mark.parametrize(
    "family",
    [
        "Her mother, Ana, taught piano.",
        "Her father, Luis, ran a garage, and her mother, Ana, taught piano.",
        "Her sister ran the family bakery.",
    ],
)
def test_a_relative_told_of_in_the_past_is_not_whom_she_says_means(nlp: Language, family: str) -> None:
    found = find_quotes(
        nlp,
        f'Dr. Nadia Reyes opened her practice in 2004.\n\n{family} "They worked so hard," she says.',
    )
    assert speaker_rule(found, "They worked so hard")[0] == "Nadia Reyes"


def test_a_relative_who_holds_a_view_now_may_be_whom_she_says_means(nlp: Language) -> None:
    # "Her sister sees it differently": a present view, she may be the one speaking; no guess for the subject
    found = find_quotes(
        nlp,
        "Dr. Nadia Reyes opened her practice in 2004.\n\n"
        'Her sister sees it differently. "They worked so hard," she says.',
    )
    assert speaker_rule(found, "They worked so hard")[0] != "Nadia Reyes"


# -- 3. an office apposed to a name in "according to" takes the name


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("According to the Secretary of Labor, Jane Doe, wages are rising.", "wages are rising", "Jane Doe"),
        (
            "According to the head of the union, Tom Kell, the strike will go ahead.",
            "the strike will go ahead",
            "Tom Kell",
        ),
    ],
)
def test_an_office_apposed_to_a_name_is_that_persons(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] == speaker
