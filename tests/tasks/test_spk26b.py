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


def test_the_lawyer_of_a_lede_is_the_attorney_the_body_names(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The former treasurer of Springfield pleaded not guilty Monday to charges that she diverted $1.2 "
        "million in city funds, as her lawyer accused prosecutors of building a case on "
        '"spreadsheets and suspicion."\n\n'
        "Donna Whitaker did not speak during the hearing. Through her attorney, Gregory Lang, she has denied "
        "all wrongdoing.\n",
    )
    assert speaker_rule(found, "spreadsheets") == ("Gregory Lang", "named-after-lede")


def test_the_judge_of_a_lede_is_the_one_justice_named_after(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A water company has been fined after dumping sewage in rivers, in what the judge called a "
        '"deliberate and long-running" breach of the law.\n\n'
        'Mr Justice Johnson told the court the firm had shown "a shocking disregard for the environment."\n',
    )
    assert speaker_rule(found, "deliberate")[1] == "named-after-lede"


def test_two_lawyers_named_after_the_lede_leave_it_a_description(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Two men pleaded not guilty Monday to charges that they diverted city funds, as their lawyer accused "
        'prosecutors of building a case on "spreadsheets and suspicion."\n\n'
        "Through his attorney, Gregory Lang, the first man denied the charges. Through his attorney, Michael "
        "Torres, the second did too.\n",
    )
    assert speaker_rule(found, "spreadsheets")[1] != "named-after-lede"


def test_a_strain_tagged_as_a_person_is_not_whom_an_interview_is_about(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A dairy worker has tested positive for H5N1. We asked Angela Rasmussen, a virologist, what it "
        "means.\n\n"
        "Q: Should people be worried?\n\n"
        "A: For the general public, the risk is still low. I would not panic.\n\n"
        "Q: Is pasteurized milk safe?\n\n"
        "A: Yes. I drink it every day.\n",
    )
    assert speaker_rule(found, "For the general public")[0] == "Angela Rasmussen"


def test_a_summary_speaks_for_the_body_that_released_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Farmers say disaster payments are slow.\n\n"
        'The new rule "cuts the paperwork in half," according to a summary released by the Department of '
        "Agriculture.\n",
    )
    assert speaker_rule(found, "cuts the paperwork")[0] == "Department of Agriculture"


def test_a_verb_after_a_who_aside_is_its_hosts_not_the_name_inside_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "President Donald Trump, who has repeatedly attacked Powell, posted on Truth Social shortly after "
        'the hearing that the Fed chair was "always too late."\n',
    )
    assert speaker_rule(found, "always too late", anywhere=True)[0] == "Donald Trump"


def test_chair_is_a_title_so_powell_stays_one_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Federal Reserve Chair Jerome Powell testified on Tuesday.\n\n"
        '"Chair Powell, people cannot afford a home," Sen. Elizabeth Warren said.\n\n'
        '"We understand that high rates are painful," Powell said.\n',
    )
    assert speaker_rule(found, "We understand")[0] == "Jerome Powell"


def test_her_husband_is_the_given_name_set_beside_him(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'At the airport, Maria Alvarez and her husband, Jorge, had waited nine hours. "Nobody tells us '
        'anything," she said.\n\n'
        'Her husband said they had given up on flying. "We are renting a car," he said.\n',
    )
    assert speaker_rule(found, "We are renting")[0] == "Jorge"


def test_a_place_and_party_epithet_read_as_an_adjective_is_the_senator(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Bernie Sanders called the tariffs a tax on families.\n\n"
        '"Not the billionaires," the Vermont independent said on CBS.\n',
    )
    assert speaker_rule(found, "Not the billionaires") == ("Bernie Sanders", "adjective-epithet")


def test_a_place_and_party_epithet_after_two_people_is_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Bernie Sanders and Sen. Angus King called the tariffs a tax on families.\n\n"
        '"Not the billionaires," the Vermont independent said on CBS.\n',
    )
    assert speaker_rule(found, "Not the billionaires")[1] != "adjective-epithet"


def test_a_report_set_off_with_its_author_speaks_for_the_author(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "FEMA paid out $1.3 billion in improper aid, according to a government watchdog report released "
        "Thursday.\n\n"
        "The report, by the Department of Homeland Security's Office of Inspector General, said FEMA "
        '"did not have adequate controls" to verify identities.\n',
    )
    speaker, rule = speaker_rule(found, 'FEMA "did not')
    assert rule == "document-issuer" and speaker is not None and "Inspector General" in speaker


def test_the_former_officer_after_a_senator_is_her_history_not_a_source(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Sen. Joni Ernst said she had heard from growers. "Our farmers paid the price," Ernst said. The '
        'former Army officer added that she wanted "a plan for agriculture."\n',
    )
    assert speaker_rule(found, "she wanted") == ("Joni Ernst", "past-occupation-epithet")


def test_the_former_official_brought_in_unnamed_stays_unnamed(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Joni Ernst toured the farms. A former official, who asked not to be named, said the plan was "
        '"a mess." "Nobody read it," the former official said.\n',
    )
    assert speaker_rule(found, "Nobody read it")[0] != "Joni Ernst"


def test_a_transcript_records_her_words_it_relays_no_one_elses(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Mexico\'s president, Claudia Sheinbaum, struck a conciliatory tone. "We are going to keep talking," '
        "she said at her daily news conference, according to a transcript released by her office.\n",
    )
    assert speaker_rule(found, "We are going to keep talking")[0] == "Claudia Sheinbaum"


def test_officials_who_relay_an_exchange_still_leave_he_to_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Jo Li met the envoy on Monday. "We will not move," he told Reed, according to two officials.\n',
    )
    assert speaker_rule(found, "We will not move")[0] is None
