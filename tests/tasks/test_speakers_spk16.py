"""Speakers left as descriptions though the article names them (spk16): "the retailer" is the company named
just before (a name ending "Mining" though the model tagged it a person), unless the company was named in
a list with others; "the head of" a named organisation is the new name of the next sentence; a relative's
given name set beside "his wife" is a person whatever the model tagged it, and the "she" after may mean
her."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_kind_of_company_is_the_company_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Brightwell Stores will close twenty shops across the Midlands next year. "
        '"We have to match our estate to how people shop now," the retailer said.\n',
    )
    assert speaker_rule(found, "We have to match")[0] == "Brightwell Stores"


def test_a_company_named_in_a_list_is_no_guess(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Two firms, Skyrail and Northjet, raised fares on Monday. "
        '"Fuel costs leave us no choice," the company said.\n',
    )
    assert speaker_rule(found, "Fuel costs")[0] not in {"Skyrail", "Northjet"}
    one = find_quotes(
        nlp,
        "Soap maker Dunn & Bradley rallied 6 per cent after its results. "
        "The company said its sales could be stronger than expected.\n",
    )
    assert speaker_rule(one, "its sales")[0] == "Dunn & Bradley"


def test_the_head_of_an_organisation_is_the_new_name_next(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The chief executive of the Academies Trust Network has said exam pressure is harming pupils. "
        'Sarah Webb told the BBC: "Children are burning out before they sit a single paper."\n',
    )
    assert speaker_rule(found, "exam pressure")[0] == "Sarah Webb"
    titled = find_quotes(
        nlp,
        "The general secretary of the Rail Workers Union said members would walk out next week. "
        "Analyst Mark Hughes said the strike could cost millions.\n",
    )
    assert speaker_rule(titled, "members would walk")[0] != "Mark Hughes"


def test_a_relatives_given_name_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Firefighters reached the farm at dawn. "
        "Hollis's brother, Marco, said the barn was lost within minutes.\n",
    )
    assert speaker_rule(found, "the barn was lost")[0] == "Marco"


def test_she_after_a_wife_named_beside_her_is_the_wife(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Tom Baxter bought the ticket on his way home. His wife, Linda, was sceptical. "
        '"I thought he was joking," she said.\n',
    )
    assert speaker_rule(found, "I thought he was joking")[0] == "Linda"


def test_a_company_name_the_model_took_for_a_person_is_the_company(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Halvorsen Mining cut its forecast for copper output on Tuesday after flooding at a pit in northern "
        'Chile. "The rains were heavier than anything we had planned for," the company said.\n',
    )
    assert speaker_rule(found, "The rains were heavier")[0] == "Halvorsen Mining"
