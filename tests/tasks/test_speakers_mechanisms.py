"""Speaker passes of issue 13's later round: a document a person's "his"/"her" owns, a description a person
was introduced with, Q&A turns, and a quote after a sentence about its speaker."""

from __future__ import annotations

from spacy.language import Language

from tasks.models import Quote
from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule


def test_her_letter_speaks_for_the_woman_who_wrote_it(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "City council weighs new tower\n\n"
        "Local resident Maria Gonzalez wrote to the council on Monday to oppose the tower.\n\n"
        'Her letter said the building "would cast the park into shadow for half the year."\n',
    )
    assert _rule(found, "cast the park") == ("Maria Gonzalez", "document-owner")


def test_the_nurse_is_the_person_introduced_as_a_nurse(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Hospital staff walk out\n\n"
        "Jo Li, a nurse at Mercy Hospital, has worked nights for a decade.\n\n"
        "The union says staff have not had a raise in five years.\n\n"
        '"We are exhausted and nobody is listening," the nurse said.\n',
    )
    assert _rule(found, "exhausted") == ("Jo Li", "introduced-as")


def test_a_description_two_people_were_introduced_with_names_no_one(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Hospital staff walk out\n\n"
        "Jo Li, a nurse at Mercy Hospital, has worked nights for a decade.\n\n"
        "Maria Gonzalez, a nurse at General Hospital, joined her on the picket line.\n\n"
        '"We are exhausted and nobody is listening," the nurse said.\n',
    )
    assert _rule(found, "exhausted")[1] != "introduced-as"


def test_a_quote_after_a_sentence_about_a_person_is_theirs(nlp: Language) -> None:
    text = (
        "Choreographer returns to Toronto\n\n"
        "The company invited Jeanette Marlowe back to work with its dancers this winter. "
        "Marlowe did not need much persuading. "
        '"I am grateful for the chance to go deeper into the piece." '
        "She will work with seven dancers.\n"
    )
    assert _rule(_quotes(nlp, text), "grateful") == ("Jeanette Marlowe", "subject-before")


def test_a_quote_about_the_person_before_it_is_not_theirs(nlp: Language) -> None:
    text = (
        "Choreographer returns to Toronto\n\n"
        "The company invited Jeanette Marlowe back to work with its dancers this winter. "
        "Marlowe did not need much persuading. "
        '"We are lucky she said yes." '
        "She will work with seven dancers.\n"
    )
    assert _rule(_quotes(nlp, text), "lucky")[1] != "subject-before"


def test_a_quote_paragraph_continues_past_its_speaker_named_again(nlp: Language) -> None:
    """A line naming the speaker again, not as a subject (a pull quote signed with her title and name),
    hands the next quote paragraph to no one else."""
    text = (
        "Prosecutor fights release\n\n"
        "District Attorney Caroline Whitfield said the decision was wrong.\n\n"
        '"Nothing in that decision makes anyone safer," she said.\n\n'
        "A ruling that ignores the victims. County prosecutor Caroline Whitfield\n\n"
        '"We are bound by the sentencing rules of the time, and they are not enough."\n'
    )
    assert _rule(_quotes(nlp, text), "bound by") == ("Caroline Whitfield", "quote-paragraph")


def test_a_quote_paragraph_that_names_the_last_speaker_is_not_hers(nlp: Language) -> None:
    text = (
        "Editorial board weighs in\n\n"
        '"The state deserves better," Governor Maria Gonzalez said on Monday.\n\n'
        "The newspaper's board was not impressed.\n\n"
        '"If she wants a second term, Gonzalez should show up in person."\n'
    )
    assert _rule(_quotes(nlp, text), "second term") == (None, None)


def test_an_answer_after_an_interview_question_is_the_interviewees(nlp: Language) -> None:
    text = (
        "Five questions for the new fire chief\n\n"
        "Maria Gonzalez took over the city's fire department in January. Gonzalez spent 20 years with the "
        "department in Halifax before moving west. We asked her about the year ahead.\n\n"
        "What is your first priority?\n\n"
        '"Staffing. We are short 40 firefighters, and overtime is burning people out."\n\n'
        "How will you pay for new hires?\n\n"
        '"The council has promised a budget increase, and I intend to hold them to it."\n'
    )
    found = _quotes(nlp, text)
    assert _rule(found, "Staffing") == ("Maria Gonzalez", "qa-turn")
    assert _rule(found, "budget increase")[0] == "Maria Gonzalez"


def test_a_partial_quote_holding_its_verb_carries_on_the_last_speaker(nlp: Language) -> None:
    text = (
        "Brexit vote looms\n\n"
        'Tim Bale, a politics professor, said May will try once more, "hoping that panic brings MPs over." '
        'The Prime Minister "could get a deal if she is prepared to soften Brexit and win Labour over."\n'
    )
    assert _rule(_quotes(nlp, text), "could get a deal") == ("Tim Bale", "quoted-predicate")


def test_a_quoted_clause_beside_a_believed_clause_is_the_believers(nlp: Language) -> None:
    text = (
        "Station ordered to pay costs\n\n"
        "Though Justice Sean Dunphy said he was loath to penalize a not-for-profit, he believed the station "
        'had acted improperly by "tossing roadblocks in the way of democracy," and "it would be sending the '
        'wrong message" to not charge it some share of the costs.\n'
    )
    assert _rule(_quotes(nlp, text), "sending the wrong") == ("Sean Dunphy", "clausal-verb")


def test_they_stands_for_the_one_body_in_reach(nlp: Language) -> None:
    text = (
        "Ambulance shortage\n\n"
        "To draw attention to the problem, the union started a campaign last year. "
        "Whenever a zone runs short of ambulances, they post it online. "
        "On Monday, they said that only one unit was available in the city.\n"
    )
    assert _rule(_quotes(nlp, text), "only one unit") == ("union", "plural-pronoun")


def test_they_names_no_body_when_people_are_in_reach(nlp: Language) -> None:
    text = (
        "Carmakers weigh Brexit\n\n"
        "Ford Motor Co. met several executives of its suppliers last week. "
        "The meeting ran long. "
        "They said that British plants could become uncompetitive.\n"
    )
    assert _rule(_quotes(nlp, text), "British plants") == (None, None)


def _rule(found: list[Quote], fragment: str) -> tuple[str | None, str | None]:
    return speaker_rule(found, fragment, anywhere=True)
