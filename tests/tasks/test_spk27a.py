"""spk27a: a person's name the small model tags as a place, a company or a work, read as a person's where the
structure around it says so (a trade in apposition, a "who" clause, a trade or a courtesy title before it),
and a real place or company in the same shapes left as it is. Articles of our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.entities import entities, people_marked
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule


def _labels(nlp: Language, text: str) -> dict[str, str]:
    return {e.text: e.label for e in entities(nlp(text), titles=CUES.titles)}


def test_a_name_tagged_a_place_beside_a_trade_is_a_person(nlp: Language) -> None:
    found = _labels(nlp, "The professor, Amara Nile, said the results were clear.")
    assert found["Amara Nile"] == "PERSON"


def test_a_name_tagged_a_place_before_who_is_a_person(nlp: Language) -> None:
    found = _labels(nlp, "Savannah Nile, who runs the bakery, said sales had fallen.")
    assert found["Savannah Nile"] == "PERSON"


def test_a_trade_opening_a_name_tagged_a_company_makes_it_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Goalkeeper Sione Tuilagi saved a late penalty as the Rovers drew 1-1 at Eastfield.\n\n"
        '"I guessed left and got lucky," Tuilagi said.',
    )
    assert speaker_rule(found, "I guessed left")[0] == "Sione Tuilagi"


def test_a_trade_before_a_given_name_tagged_a_company_makes_it_a_person(nlp: Language) -> None:
    found = _labels(nlp, "Singer Florence Iceland said it was time to stop.")
    assert found["Florence Iceland"] == "PERSON"


def test_a_courtesy_title_and_a_given_name_before_a_place_make_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Trading standards officers have warned pensioners about a doorstep scam.\n\n"
        "One victim, Mrs Ivy China, 88, said she had lost 2,000 pounds. "
        '"I feel so foolish," Mrs China said.',
    )
    assert speaker_rule(found, "I feel so foolish")[0] == "Ivy China"


def test_a_one_word_given_name_beside_a_nurse_is_a_person(nlp: Language) -> None:
    found = _labels(nlp, "Chelsea, a nurse at the hospital, said the ward was full.")
    assert found["Chelsea"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Chelsea, the London club, said the manager had left.", "Chelsea", "ORG"),
        ("Georgia, a key ally of the United States, said the talks had failed.", "Georgia", "GPE"),
        ("The capital, Addis Ababa, said the results were clear.", "Addis Ababa", "GPE"),
        ("Costa Rica, a leader in green energy, said it would cut emissions.", "Costa Rica", "GPE"),
        ("Paris, which hosts the games, said the budget was tight.", "Paris", "GPE"),
        ("New Zealand, who beat England on Saturday, said the pitch was poor.", "New Zealand", "GPE"),
        ("Judge Business School said the course was full.", "Business School", "ORG"),
        ("Analysts at Santa Clara Capital said the deal was good.", "Santa Clara Capital", "ORG"),
    ],
)
def test_a_place_or_a_company_in_the_same_shapes_stays_what_it_is(
    nlp: Language, text: str, name: str, label: str
) -> None:
    assert _labels(nlp, text)[name] == label


def test_the_bias_layer_sees_a_repaired_person_and_the_parse_comes_back(nlp: Language) -> None:
    doc = nlp("The professor, Amara Nile, said the results were clear.")
    found = entities(doc, titles=CUES.titles)
    nile = next(t for t in doc if t.text == "Nile")
    assert nile.ent_type_ != "PERSON"
    with people_marked(doc, found):
        assert nile.ent_type_ == "PERSON"
    assert nile.ent_type_ != "PERSON"


def test_a_courtesy_title_before_a_given_name_tagged_a_place_takes_the_surname_after(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A teacher who has worked at the same school for 40 years was honoured on Friday.\n\n"
        'Mrs Kenya Mbeki said she had loved every day. "The children keep me young," Mrs Mbeki said.',
    )
    assert speaker_rule(found, "The children keep me young")[0] == "Kenya Mbeki"


def test_a_courtesy_title_before_a_surname_leaves_the_place_after_it(nlp: Language) -> None:
    found = _labels(nlp, "The mayor met Mr Hughes in Paris on Monday.")
    assert found["Paris"] == "GPE"


def test_a_name_tagged_a_place_that_owns_a_mother_is_a_person(nlp: Language) -> None:
    assert _labels(nlp, "Savannah Nile's mother said the family was grieving.")["Savannah Nile's"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Volvo's parent company said profits rose.", "Volvo", "ORG"),
        ("Israel's mother of all battles was fought in the hills.", "Israel", "GPE"),
        ("Jordan's wife said the family was grieving.", "Jordan", "GPE"),
    ],
)
def test_a_company_or_a_country_before_a_relative_word_stays_what_it_is(
    nlp: Language, text: str, name: str, label: str
) -> None:
    assert _labels(nlp, text)[name] == label


def test_a_name_tagged_a_place_whose_surname_says_things_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Savannah Nile said she would write to the council.\n\n"
        '"They must act," Nile said. "Nobody has listened," she added.',
    )
    assert speaker_rule(found, "They must act")[0] == "Savannah Nile"


def test_a_country_that_speaks_as_it_stays_a_country(nlp: Language) -> None:
    text = 'New Zealand said it would cut emissions by half.\n\n"We will lead," the minister said.'
    assert _labels(nlp, text)["New Zealand"] == "GPE"
