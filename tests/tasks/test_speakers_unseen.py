"""Speaker mechanisms found on articles of our own written as unseen material (issue 13): an age standing
for the person just named, a police rank before an apposed name, a document said "in" before, an issuing
participle's agent, a transcript turn by surname, and "said he" beside "her" teaching no gender."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_an_age_no_one_was_introduced_with_is_the_subject_just_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Late winner for United\n\n"
        "Kieran Harlow, who joined in the summer, said the goal was for his family. "
        "“My dad has been ill, so this one is for him,” the 22-year-old said.\n",
    )
    assert speaker_rule(found, "My dad") == ("Kieran Harlow", "nominal-adjective")


def test_a_police_rank_before_an_apposed_name_keeps_it_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Paintings stolen from museum\n\n"
        "A police spokeswoman said officers were called after an alarm went off.\n\n"
        '"We are reviewing the footage," said the spokeswoman, Constable Emma Dale.\n',
    )
    assert speaker_rule(found, "We are reviewing")[0] == "Emma Dale"


def test_the_release_said_is_whoever_spoke_in_the_release(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Bank fined over fees\n\n"
        "Coastline Bank said in a release that it had changed its practices. "
        '"We regret these errors," the release said.\n',
    )
    assert speaker_rule(found, "We regret")[0] == "Coastline Bank"


def test_the_report_said_is_the_agent_that_released_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Care homes short of staff\n\n"
        "A report released Wednesday by the Ontario Ombudsman found that many homes lacked night staff. "
        '"Residents were left waiting for hours," the report said.\n',
    )
    assert speaker_rule(found, "Residents were left")[0] == "Ontario Ombudsman"


def test_a_transcript_turn_by_surname_is_the_person_of_that_surname(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Minister questioned on waiting lists\n\n"
        "Presenter Mike Barnes asked Health Minister Sarah Hughes why waits had grown.\n\n"
        'Barnes: "You promised to cut waiting lists. Why are they longer?"\n\n'
        'Hughes: "We have had record demand."\n',
    )
    assert speaker_rule(found, "You promised")[0] == "Mike Barnes"
    assert speaker_rule(found, "We have had")[0] == "Sarah Hughes"


def test_said_he_beside_her_teaches_no_gender(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Mayor defends tax plan\n\n"
        "Mayor Donna Reyes defended her plan to raise taxes on Monday.\n\n"
        "Reyes said he had left her with the debt.\n\n"
        "“He had eight years to fix this,” she said.\n",
    )
    assert speaker_rule(found, "He had eight") == ("Donna Reyes", "pronoun")


def test_a_representative_is_not_the_next_official_named_with_a_role_of_his_own(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Hospital chain confirms data breach\n\n"
        '"We take the privacy of our patients seriously," a company representative said. '
        "State Attorney General Nora Quinn said her office had opened an investigation.\n",
    )
    assert speaker_rule(found, "We take")[0] != "Nora Quinn"


def test_a_decision_speaks_for_the_board_named_in_its_phrase(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Inmate granted early release\n\n"
        "A man jailed for robbery will be freed next month.\n\n"
        'The parole board decision said he had "shown real remorse" in prison.\n',
    )
    assert speaker_rule(found, "he had", anywhere=True) == ("parole board", "document")


def test_her_ruling_speaks_for_the_judge(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Judge frees activist\n\n"
        "Judge Mary Stone ordered the activist released on Friday. "
        'Her ruling said the arrest had been "without lawful basis."\n',
    )
    assert speaker_rule(found, "the arrest", anywhere=True)[0] == "Mary Stone"


def test_a_judge_described_first_is_the_justice_named_next(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Choir told to hand over records\n\n"
        'A Superior Court judge said on Monday that the choir had been "dragging its feet" for months.\n\n'
        "Justice Sean Walsh ordered the choir to open its books to the members by March.\n",
    )
    assert speaker_rule(found, "the choir had", anywhere=True)[0] == "Sean Walsh"


def test_the_ruling_speaks_for_whoever_ruled(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Court strikes down voting rule\n\n"
        "The appeals court ruled on Friday that the state's rule broke federal law.\n\n"
        '"A state cannot purge voters for staying home," said the ruling.\n',
    )
    assert speaker_rule(found, "A state cannot") == ("appeals court", "document")


def test_a_court_filing_is_no_words_of_the_court(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Deal signed\n\nThe firm set up a fund in 2007, according to a court filing.\n",
    )
    assert all(q.speaker is None or q.speaker.canonical != "court" for q in found)
