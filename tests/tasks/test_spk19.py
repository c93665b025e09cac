"""Descriptions the article resolves (spk19, issue 13): "the minister" before anyone was named Minister is
not the minister named later; "the trust" / "the college" for the NHS trust or royal college just named
is that organisation, not an unresolved description; "the Kenyan" for "Kenya's Ruth Chebet"; a bare "the
academic" two or three sentences after the person last quoted, when no one else is in reach; "according
to figures from X" speaks for X, though "a senior party figure" is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_title_named_only_later_is_not_the_earlier_description(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Transport Secretary Neil Ashworth said the line was needed.\n\n"
        '"If we do not build it, we are failing the north," the minister told reporters.\n\n'
        "But Treasury minister Claire Fenwick said the costs had to be controlled.\n\n"
        '"No project gets a blank cheque," the minister said later.\n',
    )
    assert speaker_rule(found, "If we do not")[0] != "Claire Fenwick"
    assert speaker_rule(found, "No project")[0] == "Claire Fenwick"


def test_an_organisations_head_word_is_that_organisation(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Severn Valley NHS Trust said about 300 patients had been affected.\n\n"
        '"We apologise to everyone affected by this error," the trust said in a statement.\n',
    )
    assert speaker_rule(found, "We apologise")[0] == "Severn Valley NHS Trust"


def test_the_head_word_before_of_is_the_organisations_too(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Royal College of Nursing said the pay offer was not enough.\n\n"
        "Nurses will vote next month.\n\n"
        '"Our members deserve better," the college said.\n',
    )
    assert speaker_rule(found, "Our members")[0] == "Royal College of Nursing"


def test_a_nationality_is_the_one_introduced_with_her_country(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Kenya's Ruth Chebet won the race on Sunday.\n\n"
        "The 29-year-old pulled away at the 35-kilometre mark.\n\n"
        '"I felt strong from the start," the Kenyan said.\n',
    )
    assert speaker_rule(found, "I felt strong")[0] == "Ruth Chebet"


def test_a_bare_occupation_is_the_person_quoted_a_few_sentences_back(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Anna Berg said the results were clear.\n\n"
        "The team surveyed 4,000 people over a year.\n\n"
        "The survey was funded by a charity.\n\n"
        '"The results surprised us," the academic said.\n',
    )
    assert speaker_rule(found, "The results surprised") == ("Anna Berg", "epithet")
    # someone new with a word for a person in between: either may be meant
    found = find_quotes(
        nlp,
        "Anna Berg said the results were clear.\n\n"
        "The team surveyed 4,000 people over a year.\n\n"
        "A colleague at another university ran the survey.\n\n"
        '"The results surprised us," the academic said.\n',
    )
    assert speaker_rule(found, "The results surprised")[0] != "Anna Berg"
    # a speaker given another title is not the bare occupation
    found = find_quotes(
        nlp,
        "Coach Tom Hale said the team had played well.\n\n"
        "The win lifted the club to third.\n\n"
        '"We were brilliant," the forward said.\n',
    )
    assert speaker_rule(found, "We were brilliant")[0] != "Tom Hale"


def test_someone_described_otherwise_in_a_relative_clause_leaves_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Jo Rivera, who was signed by manager Tom Hale in June, said the goals were for her grandfather.\n\n"
        '"He took me to my first game," the forward said.\n',
    )
    assert speaker_rule(found, "He took me") == ("Jo Rivera", "epithet")
    # someone in the clause with no description of their own may be the forward
    found = find_quotes(
        nlp,
        "Jo Rivera, who replaced Sam Ortiz at half-time, said the goals were for her grandfather.\n\n"
        '"He took me to my first game," the forward said.\n',
    )
    assert speaker_rule(found, "He took me")[0] is None or speaker_rule(found, "He took me")[1] != "epithet"


def test_figures_from_a_body_speak_for_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "UK car output fell 9 percent last month, according to figures from the Society of Motor "
        "Manufacturers and Traders.\n\n"
        "A senior Labour figure said the leader would not resign.\n",
    )
    assert "Society of Motor Manufacturers" in (speaker_rule(found, "UK car output")[0] or "")
    assert speaker_rule(found, "the leader would not")[0] is None
