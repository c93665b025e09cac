"""Attribution on genres nobody tuned for (spk20h, issue 13): a name after "Mr"/"Ms" is a person whatever the
model tagged it, so a "he" after it is not given to a place the model took for a person; a title set before
a person through a preposition or a common noun ("a representative for actor Jo Li") is someone else's, not
that person's; an indefinite description as a sentence's subject ("A hospital spokeswoman disputed that.")
brings in someone new, whom the "she" right after means; a person named inside a relative clause set off
by commas after the subject ("Doyle, who ... Alan Greer hired him, said") is an aside, not the "he" after."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_name_after_mr_is_the_he_of_the_next_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Storms grounded hundreds of flights on Sunday.\n\n"
        "Mr Hughes, a 44-year-old engineer travelling to Lisbon with his two children, said he had been at "
        'Gatwick since 5am. "Nobody from the airline has told us anything," he said.\n',
    )
    assert speaker_rule(found, "Nobody from the airline")[0] == "Hughes"


def test_a_representative_for_a_person_is_not_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A representative for actor Julian Cross has denied reports that he walked off the set.\n\n"
        '"Julian and Anna have enormous respect for each other," the representative told People magazine.\n',
    )
    assert speaker_rule(found, "Julian and Anna")[0] != "Julian Cross"


def test_an_indefinite_description_is_the_she_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nurses began a three-day strike on Monday.\n\n"
        '"We are striking because we cannot keep patients safe," said Grace Okafor, a union organiser.\n\n'
        "Okafor said talks had broken down last week.\n\n"
        'A hospital spokeswoman disputed that. "The hospital remains at the table," she said in an email.\n',
    )
    assert speaker_rule(found, "The hospital remains")[0] == "hospital spokeswoman"


def test_a_person_in_a_relative_aside_is_not_the_he_after(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The club sacked manager Pete Doyle on Sunday after eight straight defeats.\n\n"
        'Club chairman Ian Rusk said the decision was painful. "Results are results," Rusk said.\n\n'
        "Doyle, who was appointed in 2022 after Rusk's predecessor Alan Greer hired him from Hull, said he "
        'was disappointed. "I thought I had until Christmas," he said.\n',
    )
    assert speaker_rule(found, "I thought I had")[0] == "Pete Doyle"
