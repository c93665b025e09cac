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
