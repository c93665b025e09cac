"""Speakers in the layouts of a British wire's copy: two titles joined before one name, and an organisation's
name set straight after the noun that describes it."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_two_titles_joined_before_a_name_are_that_persons(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Acme sold more boxes this year.\n\n"
        '"We have a solid base to build on," said Acme president and chief executive Jo Walsh.\n\n'
        '"The winter was hard on us," said the coach and former winger Tom Baker.\n',
    )
    assert _rule(found, "We have a solid base") == ("Jo Walsh", "apposition")
    assert _rule(found, "The winter was hard") == ("Tom Baker", "apposition")


def test_an_organisation_named_straight_after_its_description_speaks(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Ferry fares will rise in May.\n\n"
        "The rules do not apply to older contracts, according to the French news agency AFP.\n",
    )
    assert _rule(found, "The rules do not apply") == ("AFP", "apposition")
