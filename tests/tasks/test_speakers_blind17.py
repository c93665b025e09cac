"""Speaker mechanisms found on spk17's blind articles (Canadian outlets, local news, features, sports and
science copy): a place speaking as its government is no one's epithet; French given names tell "she" from
"he" for a name the model tagged as an organisation; an aside between a name and its speech verb ("Li,
asked about ..., said"); a titled name set off by commas beside a role; documents whose issuer is named with
them ("an audit conducted by", "a police news release", "a staff report ... The report said")."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_province_is_not_the_person_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "On a cold morning, Captain Walter Pike stands on the bridge of the ferry and watches the ice.\n\n"
        '"Some mornings I read that ice like a book," he says.\n\n'
        "Pike, 61, has run the crossing for 23 years. The province now says the route may not survive "
        "another budget.\n",
    )
    assert speaker_rule(found, "the route may not survive") == ("province", "institution")


def test_the_city_speaks_as_an_institution(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Ana Ruiz, 48, has run the rink for 20 years. The city now says the rink will close in March.\n",
    )
    assert speaker_rule(found, "the rink will close") == ("city", "institution")


def test_a_french_given_name_tells_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The trustees voted 8-4 to close the school.\n\n"
        "Chantal Lévesque, whose two children attend the school, said the bus ride was too long.\n\n"
        '"You\'re asking a six-year-old to be on a bus before 7 a.m.," she told trustees.\n',
    )
    assert speaker_rule(found, "You're asking")[0] == "Chantal Lévesque"


def test_an_aside_between_the_name_and_said(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Director of education Mark Pellerin defended the plan.\n\n"
        "Pellerin, asked about the new subdivisions after the meeting, said the board would revisit its "
        "forecasts.\n",
    )
    assert speaker_rule(found, "the board would revisit")[0] == "Mark Pellerin"


def test_a_titled_name_between_commas_holds_the_role(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Her co-author, Fisheries and Oceans Canada research scientist Martin Leclerc, said the team ruled "
        "out fishing.\n",
    )
    assert speaker_rule(found, "the team ruled out") == ("Martin Leclerc", "apposition")


def test_an_apposed_name_with_its_own_description(nlp: Language) -> None:
    found = find_quotes(nlp, "An aide, senior adviser Jo Li, said the plan was sound.\n")
    assert speaker_rule(found, "the plan was sound") == ("Jo Li", "apposition")


def test_an_audit_speaks_for_who_conducted_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The audit, conducted by the Department of Families, was sent to police in 2022. According to the "
        "audit, attendance sheets showed children present on days the centre was closed.\n",
    )
    assert speaker_rule(found, "attendance sheets")[0] == "Department of Families"


def test_a_police_news_release_speaks_for_the_police(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A man was charged after a stolen truck hit three cars, police say.\n\n"
        "Officers first saw the truck shortly after 2 a.m., according to a police news release.\n",
    )
    assert speaker_rule(found, "Officers first saw")[0] == "police"


def test_the_report_is_the_staff_report_just_mentioned(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The closures were recommended in a staff report that found both schools half empty. The report "
        "said the board could save $1.4 million a year.\n",
    )
    assert speaker_rule(found, "the board could save")[0] == "staff"
