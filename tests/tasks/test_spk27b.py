"""spk27b: several holders of one title told apart by what the article says of each ("the Westfield coach",
"the senator from Iowa", "the Republican senator"), a lede's "a firefighter" named later by the body, and the
voice an "according to" report hands to the quote paragraph after it."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_team_named_in_a_coachs_title_says_which_coach(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Westfield coach Henry Lowell said his side had trained all week. Northgate coach Peter Brandt, "
        "whose team won last year, said his players were tired.\n\n"
        '"We are ready for anything," the Westfield coach said.\n',
    )
    assert speaker_rule(found, "We are ready") == ("Henry Lowell", "qualified-holder")


def test_the_state_a_senator_is_from_says_which_senator(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Richard Hale, a Republican from Iowa, opposed the bill. Sen. Janet Moss, a Democrat from "
        "Oregon, voted for it.\n\n"
        '"This bill hurts every farmer I know," the senator from Iowa said.\n',
    )
    assert speaker_rule(found, "This bill hurts") == ("Richard Hale", "qualified-holder")


def test_a_party_adjective_meets_the_party_noun_of_an_introduction(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Richard Hale, a Republican, opposed the bill. Sen. Janet Moss, a Democrat, voted for it.\n\n"
        '"We cannot afford to wait," the Democratic senator said.\n',
    )
    assert speaker_rule(found, "We cannot afford") == ("Janet Moss", "qualified-holder")


def test_a_qualifier_both_holders_share_names_neither(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Richard Hale, a Democrat from Iowa, opposed the bill. Sen. Janet Moss, a Democrat from Iowa, "
        "voted for it.\n\n"
        '"We cannot afford to wait," the Democratic senator said.\n',
    )
    assert speaker_rule(found, "We cannot afford")[1] != "qualified-holder"


def test_a_ledes_firefighter_is_the_one_the_body_titles_so(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A firefighter told investigators on Monday that the warehouse doors had been chained shut.\n\n"
        '"We had to cut our way in," the firefighter said. "Nobody should have been inside."\n\n'
        "Firefighter Colin Marsh, a 15-year veteran, led the first crew into the building. The fire chief, "
        "Rosa Delgado, said an inquiry had begun.\n",
    )
    assert speaker_rule(found, "We had to cut") == ("Colin Marsh", "lede-named-later")


def test_a_ledes_firefighter_stays_unnamed_when_two_are_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A firefighter told investigators on Monday that the warehouse doors had been chained shut.\n\n"
        '"We had to cut our way in," the firefighter said.\n\n'
        "Firefighter Colin Marsh led the first crew into the building. Firefighter Dana Holt led the "
        "second.\n",
    )
    assert speaker_rule(found, "We had to cut")[0] not in {"Colin Marsh", "Dana Holt"}


def test_a_quote_paragraph_after_an_according_to_report_is_that_persons(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Karen Walsh coached the team for 12 years.\n\n"
        '"I loved every minute," Walsh said.\n\n'
        "Her assistant, Tom Lee, ran the practices and scouted every opponent, according to Walsh.\n\n"
        '"Tom was the engine. I was just the driver."\n',
    )
    assert speaker_rule(found, "Tom was the engine")[0] == "Karen Walsh"


def test_a_sentence_of_a_speech_verb_and_a_surname_before_a_colon_names_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Gov. Laura Benton took questions for an hour on Tuesday. Countered Benton: "The money is there."\n',
    )
    assert speaker_rule(found, "The money is there")[0] == "Laura Benton"


def test_a_speech_verb_taken_into_a_name_is_no_part_of_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Gov. Laura Benton took questions for an hour on Tuesday. Said Benton: "The money is there."\n',
    )
    assert speaker_rule(found, "The money is there")[0] == "Laura Benton"


def test_a_ledes_police_chief_is_the_chief_the_body_titles(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A man who fired at deputies during a standoff Sunday was shot and wounded, authorities said.\n\n"
        '"He left us no choice," the county sheriff said at a briefing.\n\n'
        "County Sheriff Walter Brandt said the man was in stable condition. The deputies were not hurt.\n",
    )
    assert speaker_rule(found, "He left us no choice") == ("Walter Brandt", "lede-named-later")


def test_the_lawyer_is_not_two_lawyers_said_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Two defense lawyers argued Friday that the charges should be dropped.\n\n"
        '"The warrant was defective," the lawyer said.\n',
    )
    assert speaker_rule(found, "The warrant was defective")[0] != "Two defense lawyers"


def test_the_other_of_two_senators_is_the_one_not_named_last(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Dan Fields, a Republican, said the bill would open public land to drilling. Sen. Carol Webb, a "
        "Democrat, said it protected ranchers.\n\n"
        '"This is a giveaway," Fields said.\n\n'
        '"That is simply not true," the other senator said.\n',
    )
    assert speaker_rule(found, "That is simply not true") == ("Carol Webb", "qualified-holder")


def test_a_ledes_spokesman_stays_unnamed_when_another_is_brought_in(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A spokesman for the regulator said on Monday that no new factories would be allowed.\n\n"
        '"We have enough capacity," the spokesman said.\n\n'
        "A spokesman for the tobacco company declined to comment. Another spokesman, Li Wei, said talks "
        "would go on.\n",
    )
    assert speaker_rule(found, "We have enough capacity")[1] != "lede-named-later"
