"""spk26b: hard news as wires publish it (foreign briefings, state politics, live blogs): a company the model
tagged as nothing is "the company" of the next sentence, and a veto message speaks for whoever sent it."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_company_is_the_untagged_name_just_before_not_an_older_body(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Legislature passed the rental cap last month.\n\n"
        'Airbnb praised the veto. "The governor stood up for hosts," the company said in a statement.\n',
    )
    speaker, rule = speaker_rule(found, "The governor stood up")
    assert (speaker, rule) == ("Airbnb", "untagged-organisation")


def test_a_live_blog_time_zone_is_no_company(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "10:20 GMT\nNetwork Rail says there will be no trains in Wales until midday. In a statement, the "
        'company said engineers were "working as fast as safely possible" to clear lines.\n',
    )
    assert speaker_rule(found, "engineers were")[0] == "Network Rail"


def test_a_veto_message_speaks_for_the_governor_who_sent_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Gov. Gavin Newsom on Friday vetoed a bill on short-term rentals.\n\n"
        'In his veto message, Newsom wrote that the measure was "well-intentioned but overly broad." "I am '
        'concerned that this bill would punish families," the message said.\n',
    )
    assert speaker_rule(found, "I am concerned")[0] == "Gavin Newsom"
