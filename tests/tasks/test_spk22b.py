"""Speakers on articles nobody tuned for (spk22b, issue 13): a bare "the tenant" after the word already stood
for someone else in the article is that one, not the person last quoted."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_word_already_used_for_someone_else_is_not_the_last_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The court heard that the tenant, a retired nurse, had complained six times about the boiler.\n\n"
        "Oscar Lindqvist, who owns the building, said he had never received the letters. "
        '"I would have fixed it at once," Lindqvist said.\n\n'
        'The tenant, who cannot be named, said in a statement: "I only wanted a warm home."\n',
    )
    assert speaker_rule(found, "I only wanted")[0] != "Oscar Lindqvist"
    assert speaker_rule(found, "I would have")[0] == "Oscar Lindqvist"


def test_an_untagged_name_beside_a_trade_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The club's coach, Rhodri Penhallow, said the response had been overwhelming. "
        '"People turned up with cheques," he said.\n\n'
        'Penhallow said later that the club would hold a dinner. "Everyone is invited," he said.\n',
    )
    assert speaker_rule(found, "the response")[0] == "Rhodri Penhallow"
    assert speaker_rule(found, "People turned")[0] == "Rhodri Penhallow"
    assert speaker_rule(found, "the club would")[0] == "Rhodri Penhallow"


def test_a_name_tagged_an_organisation_after_a_trade_keeps_the_he_said_chain(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"We were surprised," said Tobiah Wrenfield, a volunteer.\n\n'
        "Local farmer Caedmon Ashgrove said the flood had ruined his crop. "
        '"It is all gone," he said.\n',
    )
    assert speaker_rule(found, "It is all gone")[0] == "Caedmon Ashgrove"


def test_a_given_name_read_as_a_preposition_opens_the_speakers_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"When the street was closed, I had my best week," said Lars Thomsen, a bookseller.\n\n'
        "Per Holm, a retired engineer who has lived in the town for fifty years, said he would wait "
        'and see. "It could be wonderful or it could be a mess," he said.\n',
    )
    assert speaker_rule(found, "he would wait")[0] == "Per Holm"
    assert speaker_rule(found, "It could be")[0] == "Per Holm"


def test_a_review_speaks_for_whoever_wrote_it(nlp: Language) -> None:
    found = find_quotes(
        nlp, "A review by the Harwood Foundation published in March said rural bus routes had halved.\n"
    )
    assert speaker_rule(found, "rural bus routes")[0] == "Harwood Foundation"


def test_an_assessment_speaks_for_whoever_commissioned_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "An environmental impact assessment commissioned by Eastmoor District Council said that the site "
        '"poses a moderate risk to groundwater".\n',
    )
    assert speaker_rule(found, "the site", anywhere=True)[0] == "Eastmoor District Council"


def test_a_title_opening_an_untagged_name_is_left_out_of_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Governor Babatunde Sanwo-Olu visited the area on Sunday evening. He said the state would "
        'compensate small businesses. "No one will be abandoned," the governor said.\n',
    )
    assert speaker_rule(found, "the state would")[0] == "Babatunde Sanwo-Olu"
    assert speaker_rule(found, "No one will")[0] == "Babatunde Sanwo-Olu"


def test_a_name_tagged_an_organisation_with_who_after_it_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Adaeze Nwachukwu-Bello, who runs a hair salon on Admiralty Way, said the water reached her waist. "
        '"Everything is gone," she said.\n',
    )
    assert speaker_rule(found, "Everything is gone")[0] == "Adaeze Nwachukwu-Bello"
