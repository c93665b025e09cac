"""Speakers read from the layout around a quote with no speech verb of its own: a lead-in sentence that
only attributes, and a signature line under the quote."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_a_lead_in_sentence_that_only_attributes_names_the_quote_after_it(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The vote on the bus budget was close.\n\n"
        'Carl Weston agreed. "The mayor is running out of time to find a new plan."\n\n'
        'Ann Ford, the head of the board, said in a statement. "There are no ballots to count again."\n\n'
        'Tom Reed met the mayor at noon. "Nothing was decided."\n',
    )
    assert _rule(found, "The mayor is running") == ("Carl Weston", "lead-in-sentence")
    assert _rule(found, "There are no ballots") == ("Ann Ford", "lead-in-sentence")
    assert _rule(found, "Nothing was decided") == (None, None)  # no speech verb leads into it


def test_a_signature_line_names_the_quote_above_it(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Readers wrote to us about the buses.\n\n"
        '"The buses are late and nobody at City Hall seems to care about it."\n\n'
        "-Mary Cole, Springfield.\n\n"
        '"The trains are worse than the buses, and they cost twice as much."\n\n'
        "-Laura Bennett\n",
    )
    assert _rule(found, "The buses are late") == ("Mary Cole", "signed")
    assert _rule(found, "The trains are worse") == ("Laura Bennett", "signed")


def test_the_clause_between_the_parts_of_a_split_quote_attributes_it(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The council met on Monday.\n\n"
        '"If you are on the council and nobody listens to you," the investor said, "that is even worse."\n',
    )
    assert _rule(found, "If you are on the council") == ("investor", "attribution-clause")


def test_an_affiliation_or_an_age_standing_for_a_person_is_the_person_introduced_with_it(
    nlp: Language,
) -> None:
    found = _quotes(
        nlp,
        "Republican pollster Rob Portman spoke on Monday.\n\n"
        '"We need a plan," the Republican said.\n\n'
        'The council met on Tuesday. "We need a budget," said the 46-year-old.\n',
    )
    assert _rule(found, "We need a plan") == ("Rob Portman", "nominal-adjective")
    assert _rule(found, "We need a budget") == ("46-year-old", "nominal-adjective")  # no one aged 46


def test_a_crowd_that_chants_speaks_as_a_group(nlp: Language) -> None:
    found = _quotes(nlp, 'The rally was loud.\n\nThe crowd chanted back at him, "Send them home."\n')
    assert _rule(found, "Send them home")[0] == "crowd"


def test_a_quote_a_persons_verb_takes_as_its_object_is_that_persons(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The rally was loud.\n\n"
        'Tom Baker thanked the mayor for "stepping up when the council would not."\n\n'
        'Tom Baker is labeling the plan "a blatant abuse of power."\n\n'
        'The bus passed a sign that called the plan "a disaster."\n',
    )
    assert _rule(found, "stepping up") == ("Tom Baker", "object-of-person")
    assert _rule(found, "a blatant abuse") == ("Tom Baker", "object-of-person")
    assert _rule(found, "a disaster") == (None, None)  # a sign is no one


def test_a_clause_of_a_person_and_a_verb_after_a_quote_attributes_it(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The rally was loud.\n\n"
        '"Why did the mayor change his mind so fast?" Tom Baker questioned.\n\n'
        '"Where did the money go?" Tom Baker wrote the book.\n\n'
        '"Nobody knows."\n\nTom Baker questioned the mayor.\n',
    )
    assert _rule(found, "Why did the mayor") == ("Tom Baker", "trailing-clause")
    assert _rule(found, "Where did the money")[1] != "trailing-clause"  # a clause of its own
    assert _rule(found, "Nobody knows")[1] != "trailing-clause"  # the next paragraph


def test_a_name_with_its_titles_or_party_before_a_colon_signs_the_quote(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The hearing ran late.\n\n"
        'Rep. Tom Baker (R-Ohio): "Who told you that the files were safe? Who told you that?"\n\n'
        'Former secretary of state Maria Lopez:"We learned that from the department and its review."\n\n'
        'The mayor spoke to Tom Baker (R-Ohio): "Nobody reads the files anyway."\n',
    )
    assert _rule(found, "Who told you") == ("Tom Baker", "signed")
    assert _rule(found, "We learned that") == ("Maria Lopez", "signed")
    assert _rule(found, "Nobody reads") == (None, None)  # the object of a clause


def test_a_speech_verb_joined_to_the_clause_another_reports_is_the_reporters(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The hearing ran late.\n\n"
        "Earlier, Tom Baker said it was too early to celebrate but added, "
        '"I think you all know the results."\n',
    )
    assert _rule(found, "I think you all know") == ("Tom Baker", "coordinated-speech")
