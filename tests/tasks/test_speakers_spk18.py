"""Descriptions several people share (spk18, issue 13's precision floor): "the chairman" after a second
chairman came in, "the nurse" after a second, unnamed nurse, "the chairman" for someone said before to be
"the former chairman", a colon lead-in whose subject is a thing ("The verdict ... was blunt:"), and a
quote inside a noun someone else owns ("Li mocked the governor's promise of '...'"), and a quote paragraph
after a sentence that names two people ("Li asked Ruiz whether ..."); a title two people hold ("Acme
Chairman Jo Li", "Chairman Ana Ruiz of Beta") stands for neither; a description relayed by a source
('"...," the judge said, according to the Courier') names no one; "the doctor" after "Dr. Jo Li" and then
"a doctor at a rural practice" is neither; "the former coach" is whoever was introduced so, though
someone else holds the title "coach"."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_second_person_with_the_noun_blocks_the_earlier_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "At Northgate Rovers, Henry Castellanos replaced the long-serving chairman, Frank Odell, who stepped "
        "down in March.\n\n"
        '"We have debts to settle first," the Rovers chairman said.\n\n'
        '"The numbers the board published were not the real numbers," the former chairman said '
        "at the time.\n\n"
        "The league's chairman, Sir Colin Ashworth, welcomed both appointments.\n\n"
        '"Both clubs are in good hands," the chairman said on Friday.\n',
    )
    assert speaker_rule(found, "Both clubs")[0] not in {"former chairman", "Frank Odell"}


def test_the_earlier_speaker_stands_when_no_one_else_shares_the_noun(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A senior official at the port authority said cargo was piling up.\n\n"
        '"We have ships waiting a week to unload," the official said.\n\n'
        "Dock workers walked out on Friday.\n\n"
        '"Nobody here wants a long strike," the official said.\n',
    )
    assert speaker_rule(found, "Nobody here")[0] == speaker_rule(found, "We have ships")[0] is not None


def test_a_former_office_holder_is_not_the_bare_title(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Harbour Rovers are looking for money again.\n\n"
        '"The accounts were never honest," the former chairman, Lionel Pugh, said last year.\n\n'
        "The club's chairwoman, Dana Hurst, disagreed on Sunday.\n\n"
        '"Our accounts are audited every year," the chairman said.\n',
    )
    assert speaker_rule(found, "Our accounts")[0] != "Lionel Pugh"


def test_an_unnamed_second_nurse_blocks_the_named_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nurses at St. Bernard's Hospital entered the second week of their strike on Monday.\n\n"
        "A nurse on the picket line, Fatima Rahal, said staff had been working double shifts for months. "
        "A second nurse, who gave her name only as Beth, said she had left the job once before.\n\n"
        '"I came back because I love this hospital," the nurse said.\n',
    )
    assert speaker_rule(found, "I came back")[0] != "Fatima Rahal"


def test_the_one_nurse_introduced_still_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A nurse at Kellow General, Rosa Mbeki, said the ward had been short for months.\n\n"
        '"I cannot do another winter like the last one," the nurse said.\n',
    )
    assert speaker_rule(found, "I cannot do")[0] == "Rosa Mbeki"


def test_a_thing_leading_into_a_colon_is_no_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The bakers' guild met on Thursday. Its secretary, Owen Price, told members the vote was close.\n\n"
        'The verdict from the guild was short: "We will not sign."\n',
    )
    assert speaker_rule(found, "We will not sign")[0] != "Owen Price"


def test_words_owned_by_another_are_not_the_subjects(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Senator Ruth Calloway spoke in Dayton on Monday.\n\n"
        'Calloway mocked the governor\'s promise of "a new bridge every year" and said the state could not '
        "pay for it.\n",
    )
    assert speaker_rule(found, "a new bridge")[0] != "Ruth Calloway"
    own = find_quotes(
        nlp,
        "Senator Ruth Calloway spoke in Dayton on Monday.\n\n"
        'Calloway thanked the crowd for "standing up when it counted."\n',
    )
    assert speaker_rule(own, "standing up")[0] == "Ruth Calloway"


def test_a_question_put_to_someone_named_leaves_the_next_paragraph_open(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The county board met on Tuesday to discuss the new landfill.\n\n"
        "Commissioner Alma Greer asked Victor Lund whether the site had been tested.\n\n"
        '"Every borehole came back clean, and we have the reports to show it."\n',
    )
    assert speaker_rule(found, "Every borehole")[0] != "Alma Greer"


def test_a_title_two_people_hold_stands_for_neither(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Two rival firms agreed to merge on Monday.\n\n"
        "Acme Holdings Chairman John Whitlow will lead the combined company. Chairman Nadia Ferrante of "
        "Beta Group will step down after the deal closes.\n\n"
        '"This is the right moment for both companies," the chairman said.\n',
    )
    assert speaker_rule(found, "This is the right moment")[0] not in {"Nadia Ferrante", "John Whitlow"}


def test_a_description_relayed_by_a_source_names_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Judge Maria Ostrowski heard the case on Monday.\n\n"
        '"I have read every page of this file twice," the judge said, according to the Courier.\n',
    )
    assert speaker_rule(found, "I have read every page")[0] is None


def test_a_quote_describing_anothers_noun_is_still_the_subjects(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Senator Ruth Calloway spoke in Dayton on Monday.\n\n"
        'Calloway is labeling the governor\'s budget "a fantasy from start to finish."\n',
    )
    assert speaker_rule(found, "a fantasy")[0] == "Ruth Calloway"


def test_a_new_doctor_after_the_titled_one_blocks_the_title(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Clinics across the county are short of staff this winter.\n\n"
        "Dr. Helen Varga, a surgeon at Northfield Hospital, said operations had been delayed. A doctor at a "
        "rural practice, who asked not to be named, said patients were waiting three weeks.\n\n"
        '"Some of them simply stop coming," the doctor said.\n',
    )
    assert speaker_rule(found, "Some of them")[0] != "Helen Varga"


def test_a_former_holder_introduced_so_speaks_beside_a_titled_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Lakeside's coach, Tom Reddy, named his side for the derby on Friday. A former coach of the club, "
        "Barry Oakes, will be in the crowd.\n\n"
        '"I still know half the songs," the former coach said.\n',
    )
    assert speaker_rule(found, "I still know")[0] == "Barry Oakes"
