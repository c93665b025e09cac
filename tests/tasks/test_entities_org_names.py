"""Organisations whose names end in a country's initials ("Age UK"), which the small model tags as the
country alone: the name is one organisation, and it is the speaker, never "UK"."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_charity_named_for_its_country_speaks_as_itself(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A blood pressure drug may slow memory loss, a study found.\n\n"
        "Alzheimer's Research UK said the findings pointed to an affordable treatment.\n",
    )
    assert speaker_rule(found, "the findings pointed")[0] == "Alzheimer's Research UK"


def test_the_name_takes_its_capitalised_words_and_nothing_else(nlp: Language) -> None:
    ents = entities(nlp("The charity Age UK said pensioners in the UK were struggling to heat their homes."))
    assert [(e.text, e.label) for e in ents] == [("Age UK", "ORG"), ("UK", "GPE")]
    # The country on its own stays a place.
    ents = entities(nlp("Officials in the UK said the talks would resume."))
    assert [(e.text, e.label) for e in ents] == [("UK", "GPE")]
