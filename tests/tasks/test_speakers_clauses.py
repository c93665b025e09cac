"""Speakers read from the clause around a quote: a speech participle after a reported clause, a verb the
lexicon lacks that takes a clause, a lead-in clause that only attributes, and quote paragraphs that carry on
a speaker past sentences naming no new voice."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_a_speech_participle_after_a_reported_clause_is_the_reporters(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Mayor Ana Ruiz has said the city will keep its budget, insisting taxes won't rise next year.\n\n"
        "Tom Baker argued that the plan hurt his business, noting the council rarely asks shop owners.\n",
    )
    assert _rule(found, "taxes won't rise")[0] == "Ana Ruiz"
    assert _rule(found, "the council rarely")[0] == "Tom Baker"


def test_a_verb_taking_a_clause_with_a_person_for_subject_names_the_quote(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The trial of the firm ended on Friday.\n\n"
        'Judge Tom Baker believed the firm had broken the rules by "hiding its losses from investors" '
        "for years.\n\n"
        'The audit found the firm had been "moving money between accounts" every month.\n',
    )
    assert _rule(found, "hiding its losses") == ("Tom Baker", "clausal-verb")
    assert _rule(found, "moving money") == (None, None)  # an audit is no person


def test_a_lead_in_clause_that_only_attributes_names_a_described_speaker(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Bread prices rose again in the spring.\n\n"
        'As one commenter remarked: "Nobody buys bread on a Monday."\n\n'
        'One commenter remarked on the prices in March: "Nobody buys cake either."\n',
    )
    assert _rule(found, "Nobody buys bread") == ("one commenter", "attribution-clause")
    # the clause says more than who speaks: not the attribution-clause pass (voice6: the counted-off
    # commenter is still someone, named by the description pass)
    assert _rule(found, "Nobody buys cake")[1] != "attribution-clause"


def test_a_quote_paragraph_carries_on_past_the_speaker_named_again(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Karen Smith coaches a youth team in Halifax.\n\n"
        '"We train twice a week," Smith said.\n\n'
        "At 25, Smith was told she had a rare disease.\n\n"
        '"My condition is getting worse, but I feel fine."\n\n'
        "Smith met Peter Novak at the clinic.\n\n"
        '"Nobody should wait this long."\n',
    )
    assert _rule(found, "My condition") == ("Karen Smith", "quote-paragraph")
    assert _rule(found, "Nobody should") == (None, None)  # another person named between


def test_a_place_named_in_passing_does_not_stop_a_quote_paragraph(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Karen Smith spoke at a town hall on Thursday.\n\n"
        '"We have to stay calm," Smith said.\n\n'
        "Smith toured factories across Canada on Friday, meeting workers who fear for their jobs.\n\n"
        '"The kind of fear going around the country is something we must answer."\n',
    )
    assert _rule(found, "The kind of fear") == ("Karen Smith", "quote-paragraph")


def test_they_as_the_subject_beside_a_quote_stops_a_continuation(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The players made a video for their coach.\n\n"
        '"He needs a kidney," one player says.\n\n'
        '"Please help us help our coach," they sign off together.\n',
    )
    assert _rule(found, "Please help") == (None, None)


def test_a_title_inside_what_another_speaker_reports_names_no_one(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Mayor Karen Smith opened the new bridge on Monday.\n\n"
        '"It took ten years," the mayor said.\n\n'
        "Councillor Tom Baker said that Smith ran on low taxes, but if the mayor is now saying, "
        '"We will raise taxes to pay for it," that is not what voters wanted.\n',
    )
    assert _rule(found, "It took ten years") == ("Karen Smith", "role")
    assert _rule(found, "We will raise taxes") == (None, None)


def test_a_quote_after_a_direct_quote_carries_its_voice_past_a_clause_it_reports(nlp: Language) -> None:
    """The indirect quote in the direct quote's sentence ("after Novak told Smith that ...") is reported
    within it: the verbless quote after carries on the direct quote's speaker, not the clause's."""
    found = _quotes(
        nlp,
        "The two candidates met on Monday.\n\n"
        '"Your plan is brilliant," Karen Smith assured Peter Novak, after Peter Novak told Smith that '
        'his voters liked her. "I will not forget it."\n',
    )
    assert _rule(found, "I will not forget") == ("Karen Smith", "continuation")


def test_a_quote_put_to_the_last_speaker_does_not_continue_her_words(nlp: Language) -> None:
    """'Smith was asked, "..."': the passive subject of an addressee verb is the one the quote was put to."""
    found = _quotes(
        nlp,
        "Karen Smith said the bridge would open in May.\n\n"
        'In an interview on Monday, Smith was asked, "Why did it take so long?"\n',
    )
    assert _rule(found, "Why did it take")[0] != "Karen Smith"
