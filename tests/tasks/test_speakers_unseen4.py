"""Speaker mechanisms found on a fresh set of unseen articles of our own (issue 13, spk4): a name after two
joined titles, a description first used before its person was introduced, relatives and surnames the small
model tags as something else, a name in a list is no "he", the owner's article is no epithet's, and a
motion speaks for the lawyers who filed it."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_name_after_two_joined_titles_is_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Maple Harvest Foods Inc. says it will close two plants.\n\n"
        "Maple Harvest president and chief executive Gordon Tremblay called the decision "
        '"the hardest I have made in thirty years in this business" in a conference call on Thursday.\n',
    )
    assert speaker_rule(found, "the hardest") == ("Gordon Tremblay", "apposition")


def test_description_used_before_the_introduction_takes_the_person_introduced(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Jets had waited all season. On Tuesday night, the Swedish winger found it three times.\n\n"
        '"It felt like the net was small," the winger said after the game.\n\n'
        "Winger Jo Lindqvist had scored just four goals in his first 31 games.\n\n"
        'Head coach Rick Bowness said he never doubted him. "He has been getting chances," Bowness said.\n\n'
        'The fans threw hats after the third goal. "I did not think anyone would throw a hat for me," the '
        "winger said, laughing.\n",
    )
    assert speaker_rule(found, "I did not think") == ("Jo Lindqvist", "introduced-as")


def test_relative_tagged_as_an_organisation_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Rosa Alvarado came to Canada in 2016. "We have built our whole life here," Rosa Alvarado said.\n\n'
        "The family's eldest daughter, 14-year-old Valeria Alvarado, started the online petition in the "
        "fall.\n\n"
        '"I just wanted people to know we are real," she said. "We are not a file number."\n',
    )
    assert speaker_rule(found, "I just wanted")[0] == "Valeria Alvarado"


def test_name_tagged_as_an_organisation_beside_a_person_noun_is_the_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Ouellet's publisher, Boréal, said a print run of 20,000 copies had sold out within a week.\n\n"
        '"We have not seen anything like this for a Quebec author in a long time," said the publishing '
        "house's director, Pascal Assathiany.\n",
    )
    assert speaker_rule(found, "We have not seen") == ("Pascal Assathiany", "apposition")


def test_interviewee_is_not_a_name_used_as_a_modifier(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Novelist Marguerite Ouellet's fourth book, a thriller set in a Gaspé fishing village, has been "
        "shortlisted for the Giller Prize. She spoke with us from her home in Rimouski.\n\n"
        "Why set a thriller in a fishing village?\n\n"
        '"Because everyone there knows everyone\'s business, and yet nobody says anything."\n\n'
        "Your previous books were literary fiction. Was the switch deliberate?\n\n"
        '"Not at all. I started writing a quiet book about a widow."\n',
    )
    assert speaker_rule(found, "Because everyone")[0] != "Gaspé"


def test_he_is_not_one_of_a_list_of_people(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Council debates rink\n\n"
        "Councillor Tom Reyes opposed the plan from the start. The vote drew Mark Hill, Dan Ortiz and Paul "
        'Kemp to the gallery. "This rink is a monument to waste," he said.\n',
    )
    assert speaker_rule(found, "This rink")[0] not in {"Mark Hill", "Dan Ortiz", "Paul Kemp"}


def test_an_owners_officer_is_not_the_person_just_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rates rise\n\n"
        "Bank economist Anna Price said the move was expected. The bank's chief executive says: rates will "
        "stay high for a year.\n",
    )
    assert speaker_rule(found, "rates will stay")[0] != "Anna Price"


def test_a_motion_speaks_for_the_lawyers_who_brought_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Court ruling\n\n"
        "A motion by Jo Tran's lawyers to exclude the evidence was denied on Friday. "
        '"This was a fishing expedition from day one," the motion said.\n',
    )
    canonical, rule = speaker_rule(found, "This was a fishing")
    assert rule == "document" and canonical is not None and "Jo Tran" in canonical


def test_a_surname_tagged_as_a_place_is_the_person_named_in_full(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Teachers set strike vote\n\n"
        "Education Minister Paul Calandra said the union's demands would cost more than $3 billion.\n\n"
        "Toronto mother Jennifer Cho said families were still recovering. "
        '"My kids lost a year and a half of normal school," Cho said.\n\n'
        "Brown said a strike vote did not mean a strike. "
        '"A strong mandate is how you get a deal," she said.\n\n'
        "Calandra, asked whether the province would legislate teachers back to work, would not rule it out. "
        '"Every tool is on the table," he said.\n',
    )
    assert speaker_rule(found, "Every tool")[0] == "Paul Calandra"


def test_an_affiliation_with_a_name_beside_it_is_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Wall talks\n\n"
        "Senators met on Sunday. A Republican, Sen. Ana Ruiz of Ohio, said the plan was "
        '"dead on arrival."\n',
    )
    assert speaker_rule(found, "the plan was")[0] == "Ana Ruiz"


def test_a_bare_description_after_an_introduction_is_the_person_introduced(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Assistant coach Robin Fraser will take over for the rest of the season.\n\n"
        "Midfielder Jonathan Osorio, the team's longest-serving player, said the players felt "
        "responsible.\n\n"
        '"When a coach gets fired, it is because the players did not do their jobs," the midfielder said.\n',
    )
    # the person who just spoke, described by occupation (epithet; attribution-clause before session 17)
    assert speaker_rule(found, "When a coach") == ("Jonathan Osorio", "epithet")


def test_she_after_a_role_with_a_name_tagged_as_an_organisation_is_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Others disagreed. Westpac's chief economist, Luci Ellis, said services inflation was still running "
        "hot. 'There is no rush,' she said.\n",
    )
    assert speaker_rule(found, "There is no rush")[0] == "Luci Ellis"
