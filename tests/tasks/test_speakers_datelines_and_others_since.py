"""Speakers in local, business and sports reports: a dateline's place is never who speaks, and a "he"/"she"
does not reach back past someone else of that gender whom the model did not tag as a person."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_the_name_after_a_dateline_speaks_not_the_place(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "REGINA — Prairie Grain Co. said Monday it would shut its mill in Moose Jaw next spring.\n\n"
        "The mill employs 80 people.\n",
    )
    assert _rule(found, "it would shut")[0] == "Prairie Grain Co."


def test_she_does_not_skip_a_described_woman_between(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Mary Ellis runs a bakery in Moncton with her sister.\n\n"
        '"We open at six," Ellis said.\n\n'
        "Her sister sees things another way. She said the shop should open later.\n",
    )
    assert _rule(found, "We open at six")[0] == "Mary Ellis"
    assert _rule(found, "the shop should open later")[0] != "Mary Ellis"


def test_he_does_not_skip_a_named_player_tagged_as_a_team(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Hawks coach Sam Whitman said the loss stung.\n\n"
        '"We let it slip," Whitman said.\n\n'
        "Wildcats quarterback Tyler Barnes threw for 287 yards and ran for a touchdown. "
        "He said the last drive won the game.\n",
    )
    assert _rule(found, "We let it slip")[0] == "Sam Whitman"
    assert _rule(found, "the last drive won")[0] != "Sam Whitman"
