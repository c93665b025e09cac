"""Pronouns and continuation across paragraphs in features with several people (helper spk23a, session
23), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

SISTERS = (
    "MILLBROOK — Rosa Delgado and her sister Carmen Delgado have run the Corner Loaf bakery on Elm Street "
    "for eleven years. Rosa handles the ovens; Carmen keeps the books.\n\n"
    '"We argue about everything except the bread," Rosa said, laughing.\n\n'
    'Carmen rolled her eyes. "That is not true. We argue about the bread too."\n\n'
    "Last winter a burst pipe flooded the back room. Carmen found the water at four in the morning.\n\n"
    '"I stood there in my boots and cried," she said.'
)


def test_a_given_name_the_model_left_untagged_is_the_one_person_so_named(nlp: Language) -> None:
    found = find_quotes(nlp, SISTERS)
    assert speaker_rule(found, "That is not true")[0] == "Carmen Delgado"
    assert speaker_rule(found, "I stood there")[0] == "Carmen Delgado"


def test_the_one_asked_why_answers_he_said(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Gavin Price, 52, is accused of stealing from the rowing club. He has pleaded not guilty.\n\n"
        "His lawyer, Daniel Reeve, asked him why the bank statements showed withdrawals he could not "
        "explain.\n\n"
        '"Those were payments for the new boat shed," he said.',
    )
    assert speaker_rule(found, "Those were payments")[0] == "Gavin Price"


def test_asked_why_with_two_others_of_that_gender_gives_no_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Gavin Price is accused of stealing from the rowing club. Its treasurer, Tom Hale, found the losses."
        "\n\nThe club's lawyer, Daniel Reeve, asked him why the bank statements showed withdrawals.\n\n"
        '"Those were payments for the new boat shed," he said.',
    )
    assert speaker_rule(found, "Those were payments")[0] is None


def test_a_quote_after_his_own_action_is_his(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"We are still waiting for the new doctors," said Mehmet Yildirim, who runs the clinic.\n\n'
        "The clinic's oldest patient, Hasan Kaya, is 94. He comes every Tuesday for his blood pressure.\n\n"
        'He took off his cap and set it on his knee. "They treat me like a person here, not a number."',
    )
    assert speaker_rule(found, "They treat me")[0] == "Hasan Kaya"


def test_a_name_the_model_misread_said_he_and_speaks_the_next_he_said(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The harbour master, Ewan Gillies, said landings had already fallen by a third since 2020.\n\n"
        "The fisheries minister, Kirsty Baird, said in a statement that the cut was needed.\n\n"
        '"Without action now, there will be no fishery to protect," the statement said.\n\n'
        "Gillies said he understood both sides.\n\n"
        '"Nobody here wants to fish the last cod," he said.',
    )
    assert speaker_rule(found, "Nobody here wants")[0] == "Ewan Gillies"


def test_asked_whether_then_a_quote_paragraph_is_the_one_asked(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"He never missed a day," Tomas Weller said of his father, a bus driver.\n\n'
        "His coach, Marco Benedetti, said the younger players watch Weller closely.\n\n"
        "Asked whether he would sign another contract, Weller smiled.\n\n"
        '"Ask me in May."',
    )
    assert speaker_rule(found, "Ask me in May")[0] == "Tomas Weller"


def test_a_nameless_helper_beside_the_named_woman_gives_no_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Grace Mensah was 61 when she ran her first marathon on Sunday.\n\n"
        "At the finish, a volunteer handed Grace a foil blanket and a medal.\n\n"
        '"I am going to wear it to church," she said.',
    )
    assert speaker_rule(found, "I am going to wear it")[0] != "volunteer"


def test_an_untagged_name_between_stops_a_quote_paragraph(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Emeka grows the corn. His younger brother, Chidi Okafor, raises cattle.\n\n"
        '"You do what keeps the farm," Chidi Okafor said.\n\n'
        "Asked whether they would plant again next spring, Emeka shrugged.\n\n"
        '"We always do."',
    )
    assert speaker_rule(found, "We always do")[0] != "Chidi Okafor"
