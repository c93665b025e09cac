"""A wire dateline with the agency in brackets ("OSLO (AP) — Fjordline said ...") never makes the place, nor
the agency, the speaker: the words belong to the name the dash sets beside the place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            "OSLO (AP) — Shipping group Fjordline said on Tuesday that freight rates would fall next year.\n",
            "freight rates",
        ),
        (
            "OSLO (Reuters) — Shipping group Fjordline posted a loss on Tuesday and warned that rates would "
            "fall further.\n",
            "rates would",
        ),
    ],
)
def test_dateline_with_agency_gives_the_name_after_the_dash(nlp: Language, body: str, fragment: str) -> None:
    speaker, _ = _rule(_quotes(nlp, body), fragment, anywhere=True)
    assert speaker is not None and "Fjordline" in speaker
