"""Speaker mechanisms of issue 13 (spk5): "it" in a relative clause speaks for the host clause's organisation,
an embedded post's author is whom a later "she posted" means, a case name is no person, joined title
abbreviations end no sentence, and the agent of a passive introduces a person a pronoun may mean."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_it_in_a_relative_clause_is_the_host_clause_organisation(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Chipmaker Veltron on Wednesday unveiled a processor that it said was twice as fast as its previous "
        "model.\n\nThe company did not give a price.\n",
    )
    assert speaker_rule(found, "that it said")[0] == "Chipmaker Veltron"
    # A person subject is no "it": the pronoun means someone else, here unresolved.
    found = find_quotes(
        nlp, "Jane Morrow praised the bank for a loan scheme that it said would help farmers.\n"
    )
    assert speaker_rule(found, "that it said") == (None, None)


def test_she_posted_after_an_embedded_post_is_its_author(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Maria Gonzalez, a nurse in Ohio, said the hospital was short of staff. "We are exhausted," she '
        "said.\n\nThe hospital must answer for this. Nurses deserve better than empty promises.\n\n"
        '— Karen Holt (@SenKarenHolt) May 3, 2024\n\n"We will hold hearings next month," she posted.\n',
    )
    assert speaker_rule(found, "We will hold")[0] == "Karen Holt"


def test_a_case_name_is_no_person(nlp: Language) -> None:
    doc = nlp("The case, Garcia v. Holt, is set for trial in March.")
    ents = entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    assert all(e.label != "PERSON" for e in ents if "v." in e.canonical)
    found = find_quotes(
        nlp,
        "The case, Garcia v. Holt, is set for trial in March.\n\n"
        '"We are confident the court will see it our way," Holt said.\n',
    )
    assert speaker_rule(found, "We are confident")[0] != "Garcia v. Holt"


def test_joined_title_abbreviations_end_no_sentence(nlp: Language) -> None:
    text = (
        "The base commander spoke to reporters on Monday.\n\n"
        "Lt.-Col. Amanda Fraser said the troops would return home in June.\n\n"
        '"They have done everything we asked," Lt.-Col. Amanda Fraser said.\n'
    )
    doc = nlp(text)
    assert not any(t.is_sent_start for t in doc if t.text == "Amanda")
    assert speaker_rule(find_quotes(nlp, text), "They have done") == ("Amanda Fraser", "named-subject")


def test_the_agent_of_a_passive_is_whom_the_pronoun_means(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Councillor Dana Brooks said the park would stay open. "We heard the residents," Brooks said.\n\n'
        "The petition was started by Lori Whitecap, a mother of three.\n\n"
        '"My kids play there every day," she said.\n',
    )
    assert speaker_rule(found, "My kids play")[0] == "Lori Whitecap"
