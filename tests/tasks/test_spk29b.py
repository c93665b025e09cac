"""spk29b (issue 13): a profile's voice goes on past an aside about a third person that no word ties to her,
when the article is hers (named in its first sentence, the only voice so far) and the aside is a short
paragraph of its own about someone who never speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

_SWIMMER = (
    'Jess Vale has been swimming since she was twelve.\n\n"The pool was my second home," Vale said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            _SWIMMER + "Coach Kelly Marsh never praised anyone in public.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Jess Vale",
        ),
        (
            "Tom Reyes has run the village bakery for thirty years.\n\n"
            '"I get up at four every day," Reyes said.\n\n'
            "The baker across the street, Paul Grant, sold the shop in 2019. Grant now lives in Spain.\n\n"
            '"Nobody wants to work these hours any more," he said.',
            "Nobody wants",
            "Tom Reyes",
        ),
    ],
)
def test_a_profiles_voice_goes_on_past_an_unlinked_aside(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment) == (speaker, "pronoun")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # another voice heard before: a report of several people
            "Jess Vale has been swimming since she was twelve.\n\n"
            '"It is hard," said Ann Lowe, who trains at the same pool.\n\n'
            '"The pool was my second home," Vale said.\n\n'
            "Coach Kelly Marsh never praised anyone in public.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Kelly Marsh",
        ),
        (  # the article does not open on the speaker before
            "The swimming club opened a new pool on Monday.\n\n"
            '"The pool was my second home," said Jess Vale.\n\n'
            "Coach Kelly Marsh never praised anyone in public.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Kelly Marsh",
        ),
        (  # a match report: its lede reports the manager's praise, and a player the aside turns to speaks
            "Manager Ann Lee praised her side after the 3-0 win over Leeds.\n\n"
            '"We were brilliant from the first minute," Lee said.\n\n'
            "Striker Maria Diaz scored twice in the first half.\n\n"
            '"I just wanted to help the team," she said.',
            "I just wanted",
            "Maria Diaz",
        ),
        (  # the lede's main subject is not the speaker before
            "Ann Lee's side beat Leeds 3-0 on Saturday.\n\n"
            '"We were brilliant from the first minute," Lee said.\n\n'
            "Striker Maria Diaz scored twice in the first half.\n\n"
            '"I just wanted to help the team," she said.',
            "I just wanted",
            "Maria Diaz",
        ),
        (  # the aside is no paragraph of its own
            _SWIMMER.rstrip() + " Coach Kelly Marsh never praised anyone in public.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Kelly Marsh",
        ),
        (  # the third person is no main subject of the aside ("For Marsh, ...")
            _SWIMMER + "For Coach Kelly Marsh, the season ended in June.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Kelly Marsh",
        ),
        (  # a longer passage about the third person (past MAX_ASIDE_GAP): she may be the one quoted
            _SWIMMER + "Coach Kelly Marsh grew up in Leeds. Marsh swam for Britain in 1996. "
            "Marsh then trained children for twenty years.\n\n"
            '"I learned to read the silence," she said.',
            "I learned",
            "Kelly Marsh",
        ),
    ],
)
def test_an_unlinked_aside_outside_a_profile_keeps_its_person(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] == speaker
