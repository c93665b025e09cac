"""Speech said by no one is no quote (session 12): "Nothing in the plan suggests ...", "No official said
...", "Nobody told ..." report what was not said, as a negated verb does."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes


def test_a_verb_whose_subject_is_no_one_reports_nothing(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Housing plan\n\n"
        "Ministers have promised to build 300,000 homes a year. "
        "Nothing in this week's announcement suggests that will change. "
        "No official said the target would be met. "
        "Nobody told residents the road would close. "
        "The housing minister said the plan would work.\n",
    )
    assert [q.text for q in found] == ["the plan would work"]


def test_a_subject_that_is_someone_still_reports(nlp: Language) -> None:
    found = find_quotes(nlp, "Housing plan\n\nOne official said the target would be met.\n")
    assert [q.text for q in found] == ["the target would be met"]
