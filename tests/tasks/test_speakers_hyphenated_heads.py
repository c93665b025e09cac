"""Issue 13 (lead, session 14): a speaker described by a hyphenated word the parse splits ("co-star",
"ex-husband") is described by the whole word, never by its last piece, which names someone else."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes


def test_a_split_hyphenated_head_keeps_its_whole_word(nlp: Language) -> None:
    text = (
        "Reality star Kayla Moss shared a cryptic post on Sunday night.\n\n"
        "Her co-star on Love Cove, Danny Price, hinted that she had been unhappy for some time.\n"
    )
    found = find_quotes(nlp, text)
    said = next(q for q in found if q.text.startswith("she had been unhappy"))
    assert said.speaker is not None and said.speaker.text == "co-star", said.speaker
    assert said.speaker.canonical != "Kayla Moss"
