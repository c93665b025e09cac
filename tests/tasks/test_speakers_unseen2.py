"""Speaker mechanisms found on unseen material of our own (issue 13, second round): a lawsuit speaks for
whoever sued, "the agency" is not a tagged organisation when an untagged name comes between, and a clause
before "X says" whose comma the parser hung on the clause is still what X said."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_lawsuit_speaks_for_whoever_sued(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Tenants take city to court\n\n"
        "Maria Boyd has sued the city over her flooded flat. "
        'The lawsuit, filed Friday, says "the city ignored every warning."\n',
    )
    assert speaker_rule(found, "the city ignored") == ("Maria Boyd", "document")


def test_the_agency_is_not_the_organisation_before_an_untagged_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rail costs disputed\n\n"
        "Mayors were worried about the cost of the Langley SkyTrain, which a TransLink study said would "
        "cost $2.6 billion.\n\n"
        "But the mayor claimed a study had been done to confirm this by TransLink. "
        "The agency told reporters it has not done any such study.\n",
    )
    assert speaker_rule(found, "it has not done") == (None, None)


def test_a_clause_whose_comma_the_parser_hung_on_it_is_what_was_said(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Shelter rules challenged\n\n"
        "The union won't join the lawsuit but will follow it closely, dos Santos says. "
        '"If the city can do this, every tenant is at risk."\n',
    )
    assert speaker_rule(found, "If the city") == ("Santos", "continuation")
