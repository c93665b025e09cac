"""Studies, sport and company statements (spk20g, issue 13): a quote inside what a document "found" speaks for
the document's issuer ("a poll released by X found that ... '...'"), "research" and a "paper" are documents;
"the manager" resolved to the person named in reach stays the "he" of the next quote though another person is
named in passing; a name the model tagged PERSON that is no person ("Wildfires" opening sentences, "JAMA
Neurology") is no "he"/"she"; "the company" with no organisation in reach is the one the article named; the
"he" after a helper set beside the paragraph's subject ("His neighbour, Greg Olsen, helped him"): neither."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_quote_in_what_a_poll_found_speaks_for_its_issuer(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Most voters back a new transit levy.\n\n"
        'A poll released Monday by Leger found that 61 per cent of respondents "support a dedicated fund."\n',
    )
    assert speaker_rule(found, "support a dedicated") == ("Leger", "clausal-verb")


def test_a_study_conducted_by_a_firm_speaks_for_the_firm(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Teachers are leaving the profession in large numbers.\n\n"
        "The study, which was conducted by Nanos Research, also found that workloads "
        '"have increased sharply since the pandemic."\n',
    )
    assert speaker_rule(found, "have increased")[0] == "Nanos Research"


def test_an_institutes_paper_speaks_for_the_institute(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The report by the Fraser Institute says budgets are too small.\n\n"
        'The institute\'s paper also argues that "private insurers are better placed to price the risk."\n',
    )
    assert speaker_rule(found, "private insurers")[0] == "Fraser Institute"


def test_the_manager_named_in_reach_stays_he_after_an_aside(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'United manager Ken Abe was more measured. "We were poor in the first half," Abe said.\n\n'
        'Asked about Silva, the manager smiled. "He has been waiting for this moment all season," he said.\n',
    )
    assert speaker_rule(found, "He has been waiting")[0] == "Ken Abe"


def test_a_sentence_opening_word_tagged_person_is_no_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Wildfires forced more than 3,000 people from their homes in northern Manitoba on Sunday.\n\n"
        '"We grabbed the kids and drove through the smoke," said resident Mary Flett.\n\n'
        "Wildfires also closed the only highway out of Cross Lake.\n\n"
        '"It is the worst season we have ever seen," she said.\n',
    )
    assert speaker_rule(found, "It is the worst")[0] != "Wildfires"


def test_a_journal_tagged_person_is_no_he(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Dr. Omar Haddad, who studies fire smoke at the University of Manitoba, said the effects last.\n\n"
        "JAMA Neurology published his latest study in March. "
        '"The damage shows up long after the fire is out," he said.\n',
    )
    assert speaker_rule(found, "The damage")[0] != "JAMA Neurology"


def test_the_company_far_from_its_name_is_the_one_organisation_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A judge fined Brightline Construction $250,000 on Friday over a scaffold collapse.\n\n"
        "The owner did not attend the hearing. A lawyer told the court the manager had been replaced.\n\n"
        "A spokesperson for the Ministry of Labour said the fine was one of the largest this year.\n\n"
        '"Nobody should go to work and not come home," said union representative Joe Brandt.\n\n'
        '"We will appeal," the company said in a statement.\n',
    )
    assert speaker_rule(found, "We will appeal")[0] == "Brightline Construction"


def test_he_after_a_helper_set_beside_the_paragraphs_subject_is_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Residents are still waiting for aid two months after the flood.\n\n"
        "Farmer Ben Hollis lost his entire crop. His neighbour, Greg Olsen, helped him move equipment to "
        "higher ground before the water rose, but the barn was destroyed.\n\n"
        '"I have nothing left to sell this year," he said.\n',
    )
    assert speaker_rule(found, "I have nothing")[0] != "Greg Olsen"


def test_a_decision_allowing_a_release_speaks_though_the_parse_takes_the_release(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A man who set fire to a warehouse was freed last month.\n\n"
        "The parole board decision allowing his release said he was no longer considered a danger.\n",
    )
    assert speaker_rule(found, "he was no longer")[0] == "parole board"


def test_the_survey_after_a_poll_by_a_firm_is_the_firms(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Support for the carbon tax has fallen, according to a new poll by Abacus Data.\n\n"
        'The survey, conducted last week, found that "younger voters remain the strongest supporters."\n',
    )
    assert speaker_rule(found, "younger voters")[0] == "Abacus Data"


def test_the_study_after_research_from_a_university_is_the_universitys(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Coffee drinkers showed slower decline, according to research from the University of Leeds.\n\n"
        'The study, published in JAMA Neurology, found that "moderate intake was linked to a lower risk."\n',
    )
    assert speaker_rule(found, "moderate intake")[0] == "University of Leeds"
