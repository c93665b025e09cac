"""Real-article defects found by the lead in session 22 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_datelines_agency_is_not_set_beside_whoever_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "PANAMA CITY (Reuters) - Maersk warned on Tuesday that ships could face delays of up to three weeks.",
    )
    speaker = speaker_rule(found, "ships could face delays")[0]
    assert speaker == "Maersk"


def test_where_the_words_were_given_is_no_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "In a victim statement read to the court, Mr Novak said: 'I came here to work. I never thought "
        "this could happen.'",
    )
    assert [q.text for q in found] == ["I came here to work. I never thought this could happen."]
    # a fronted report with a subject of its own stays a report
    found = find_quotes(nlp, "In the end, prices will rise, the minister said.")
    assert any("prices will rise" in q.text for q in found)
