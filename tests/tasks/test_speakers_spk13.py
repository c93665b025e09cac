"""Speaker mechanisms found on spk13's blind articles (science, disaster, investigation, international,
local feature, court): a one-word title speaks with no one named with it ("the sheriff said"); scientists'
and officers' job words are roles; a plural description is no singular speaker named before ("the
authors" after "her co-author, Thomas Okello"); a definite description that is a clause's subject ("The
fire chief declined to speculate.") is whom the "he"/"she" right after means when no named person is in
reach; a subject the model tagged as an organisation but named with a given name and a surname is a
person a "he" may mean; a name set beside "husband" or "wife" has that gender."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_title_speaks_though_no_one_is_named_with_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A wildfire burned 12,000 acres east of the town on Tuesday.\n\n"
        "The sheriff said deputies had gone door to door in several neighbourhoods.\n",
    )
    assert speaker_rule(found, "deputies had gone")[0] == "sheriff"


def test_a_scientist_by_job_alone_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A meteorologist with the National Weather Service said the winds were expected to ease "
        "slightly overnight.\n",
    )
    assert speaker_rule(found, "the winds were expected")[0] == "meteorologist"


def test_plural_authors_are_not_the_one_co_author_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Her co-author, Thomas Okello of the Wildlife Conservation Society, cautioned that protection "
        'alone would not save reefs. "Reserves buy time," Okello said.\n\n'
        "The study was funded by the Kenyan government. The authors say the findings support calls to "
        "protect more of the oceans.\n",
    )
    assert speaker_rule(found, "the findings support")[0] != "Thomas Okello"


def test_he_after_a_described_subject_is_that_official(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"This is the most dangerous fire I have seen," the county fire chief said.\n\n'
        '"We would rather have the lights off," a utility spokesman said.\n\n'
        'Linda Carver, 63, said she had fled with her dog. "I looked in the mirror," she said.\n\n'
        "The cause of the fire is under investigation. The fire chief declined to speculate. "
        '"We will have that answer when we have it," he said.\n',
    )
    assert speaker_rule(found, "We will have that answer") == ("county fire chief", "pronoun")


def test_she_after_a_described_official_is_not_an_earlier_anonymous_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A person close to the mayor's office said the review was expected soon. The person said the "
        "city was also looking at it.\n\n"
        "Asked whether the city should have listened, the former technology official was blunt. "
        '"They were right about everything," she said.\n',
    )
    assert speaker_rule(found, "They were right") == ("former technology official", "pronoun")


def test_an_office_of_an_organisation_is_the_he_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "In Brussels, the European Union's foreign policy chief called for an investigation into the "
        'irregularities. "The voters deserve a full explanation," he said in a statement.\n',
    )
    speaker, rule = speaker_rule(found, "The voters deserve")
    assert rule == "pronoun" and speaker is not None and "foreign policy chief" in speaker


def test_a_given_name_and_surname_tagged_otherwise_is_the_he_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Owner Stan Kowalski said he could not find anyone to take over. "I don\'t blame them," he said.\n\n'
        "Eleven-year-old Marcus Bell came with his father and bought the last jelly doughnut in the case. "
        '"I\'m going to eat it slowly," he said.\n',
    )
    assert speaker_rule(found, "I'm going to eat it") == ("Marcus Bell", "pronoun")


def test_a_husband_named_beside_the_word_is_no_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Several relatives testified during the trial. Among them was Gloria Benson, whose husband, Frank, "
        'was treated for cancer on the ward in 2022. He died later that year. "He kept telling me the '
        "medicine wasn't working,\" she said outside the courthouse.\n",
    )
    assert speaker_rule(found, "He kept telling me")[0] != "Frank"
