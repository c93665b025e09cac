"""Unions and companies, court parties, match reports and descriptions before a name (helper spk25a,
session 25), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

STRIKE = (
    "Workers at Ardley Foods will strike next week after pay talks collapsed, the GMB union said on "
    "Monday.\n\n"
    'The union said the company had offered a rise of 2 per cent, which it called "a slap in the face".\n\n'
    'Ardley Foods said it was disappointed. "Our door remains open," a spokesperson said.\n\n'
    'GMB regional organiser Kevin Marsh said members were angry. "They have had enough," he said.\n\n'
    'The company said it would keep production running. "Our plans are ready," it said.'
)


def test_the_company_is_never_a_body_the_article_calls_a_union(nlp: Language) -> None:
    found = find_quotes(nlp, STRIKE)
    assert speaker_rule(found, "it would keep production")[0] == "Ardley Foods"
    assert speaker_rule(found, "Our plans are ready")[0] == "Ardley Foods"


def test_it_inside_a_report_of_another_body_is_not_the_body_reported_on(nlp: Language) -> None:
    found = find_quotes(nlp, STRIKE)
    assert speaker_rule(found, "a slap in the face")[0] != "Ardley Foods"


def test_a_court_party_named_by_the_part_alone_is_no_epithet_of_the_barrister(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Colin Marsh, 51, admitted theft at Bristol Crown Court.\n\n"
        'His barrister, Ruth Okafor, said he was ashamed. "He has lost everything," Ms Okafor said.\n\n'
        'The defendant sobbed in the dock. "I am so sorry," he said.',
    )
    assert speaker_rule(found, "I am so sorry")[0] != "Ruth Okafor"


def test_the_head_of_a_body_set_beside_a_name_makes_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The local councillor, Jane Ford, called for a review.\n\n"
        '"This has gone on too long," the councillor said.\n\n'
        "The head of the city's biggest food charity, Marcus Bell, backed her. "
        '"Families are going hungry," he said.',
    )
    assert speaker_rule(found, "Families are going hungry")[0] == "Marcus Bell"


def test_an_epithet_after_an_inverted_verb_the_model_read_as_its_object(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Hadley's goalkeeper, Tom Reilly, works as a plumber during the week.\n\n"
        "'I had a job at seven this morning,' laughed the keeper.",
    )
    assert speaker_rule(found, "I had a job")[0] == "Tom Reilly"


def test_a_courtesy_title_picks_the_full_name_of_its_gender_among_namesakes(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Margaret Hollis runs the food bank. Her husband, Peter Hollis, drives the van.\n\n"
        'Mrs Hollis laughed. "I like being busy," she said.\n\n'
        'Mr Hollis is less sure. "We never get a holiday," he said.',
    )
    assert speaker_rule(found, "We never get a holiday")[0] == "Peter Hollis"


def test_a_body_in_the_topic_persons_own_description_is_no_one_else(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Where is the danger? For Priya Shah, chief economist at Northgate Bank, it is housing.\n\n"
        '"Prices have outrun wages for a decade," she said.',
    )
    assert speaker_rule(found, "Prices have outrun wages")[0] == "Priya Shah"


def test_a_given_name_alone_with_an_age_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Ellen Brody and her son Marcus have spent six months restoring a narrowboat.\n\n"
        '"It was a wreck when we bought it," she said.\n\n'
        'Marcus, 19, did most of the welding. "Mum did the paperwork," he said.',
    )
    assert speaker_rule(found, "Mum did the paperwork")[0] == "Marcus"
