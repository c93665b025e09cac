"""Issue 13: a participle after a comma ("..., warning of ...", "..., adding to ...") is the subject's next
act, not an aside like "..., she said": the clause before it is the writer's report, not a quote. "Add to" is
contributing, not saying."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes


def test_a_participle_without_its_own_subject_quotes_nothing(nlp: Language) -> None:
    for text in (
        "Veltron cut 1,200 jobs on Tuesday, warning of weaker demand.\n",
        "The minister resigned on Friday, complaining of a smear campaign.\n",
    ):
        assert find_quotes(nlp, text) == [], text


def test_an_aside_with_its_own_subject_still_reports_the_clause(nlp: Language) -> None:
    for text, said, speaker in (
        ("Police arrested two men, the force said.\n", "Police arrested two men", "the force"),
        ("The plan is a gamble, said Ana Holan.\n", "The plan is a gamble", "Ana Holan"),
        ("Farmers face prosecution, a committee of MPs has warned.\n", "Farmers face", "committee"),
    ):
        found = find_quotes(nlp, text)
        assert [q.text[: len(said)] for q in found] == [said], text
        assert found[0].speaker is not None and speaker in found[0].speaker.text, text


def test_adding_to_is_not_saying(nlp: Language) -> None:
    text = (
        "Scientists have found plastic in clouds above two mountains, adding to evidence that microplastics "
        "travel far through the air.\n"
    )
    assert find_quotes(nlp, text) == []
    # The speech verb "add" still reports what follows it.
    found = find_quotes(nlp, "Ana Holan said the mill would close, adding that 200 jobs would go.\n")
    assert any(q.text.startswith("200 jobs would go") for q in found), [q.text for q in found]
