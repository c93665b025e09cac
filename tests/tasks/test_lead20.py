"""Real-article defects found by the lead in session 20 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.figures import figures
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_name_of_a_driving_offence_is_no_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    court = (
        "Dale Hirst, 51, admitted causing death by dangerous driving at Carlisle Crown Court. "
        "A second driver was fined for reckless driving on the same bypass."
    )
    assert not {"dangerous", "reckless"} & words(run(nlp, lexicon, court))
    # the writer's verdict on a policy keeps its tag
    policy = "The council pressed ahead with a dangerous and reckless plan to sell the park."
    assert {"dangerous", "reckless"} <= words(run(nlp, lexicon, policy))


def _labels(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp(text)
    return {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }


def test_a_name_where_analysts_work_is_an_organisation(nlp: Language) -> None:
    found = _labels(
        nlp, "Analysts at Peel Hunt said the fine was smaller than feared. Shares rose 3% by midday."
    )
    assert found["Peel Hunt"][0] == "ORG"
    # a person met "with" someone stays a person
    found = _labels(nlp, "The minister met with Sarah Pike, a lawyer with Mark Doyle, on Monday.")
    assert found.get("Mark Doyle", ("PERSON",))[0] == "PERSON"


def test_a_company_named_without_its_kind_word_is_the_same_company(nlp: Language) -> None:
    found = _labels(
        nlp,
        "The watchdog fined Harbour Street Bank 41 million pounds on Thursday. "
        "Harbour Street said it accepted the findings.",
    )
    assert found["Harbour Street"] == ("ORG", "Harbour Street Bank")
    # a place in a company's name is still the place
    found = _labels(nlp, "Alaska Airlines cancelled 40 flights. Snow closed roads across Alaska on Monday.")
    assert found["Alaska"][0] == "GPE"


def test_a_name_beside_a_persons_job_is_a_person(nlp: Language) -> None:
    text = (
        "\u201cFirms must treat customers fairly,\u201d said Therese Chambers, the regulator's joint "
        "executive director of enforcement."
    )
    assert _labels(nlp, text)["Therese Chambers"][0] == "PERSON"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(nlp: Language) -> None:
    found = _labels(
        nlp,
        "Shai Gilgeous-Alexander scored 38 points on Wednesday. "
        '"We just kept fighting," Gilgeous-Alexander said.',
    )
    assert found["Gilgeous-Alexander"] == ("PERSON", "Shai Gilgeous-Alexander")


def test_a_team_named_without_its_city_is_the_team(nlp: Language) -> None:
    found = _labels(
        nlp,
        "Shai Gilgeous-Alexander scored 38 points and the Oklahoma City Thunder rallied from 17 down to beat "
        "the Denver Nuggets 112-104 on Wednesday night. "
        "The Thunder have won six straight, and the Nuggets have lost three of four.",
    )
    assert found["Thunder"] == ("ORG", "Oklahoma City Thunder")
    assert found["Nuggets"] == ("ORG", "Denver Nuggets")


def test_a_role_in_capitals_is_a_description_not_a_name(nlp: Language) -> None:
    text = (
        "Anthony Edwards had 31 points for Minnesota. Asked about the late collapse, Edwards shrugged. "
        '"They made shots. We didn\'t," the three-time MVP said.'
    )
    assert "MVP" not in _labels(nlp, text)
    assert speaker_rule(find_quotes(nlp, text), "They made shots")[1] != "named-subject"


def test_a_scale_after_a_hyphen_scales_the_amount(nlp: Language) -> None:
    found = figures(
        nlp("The province pointed to a $2-million training fund and a $1.5-billion transit plan.")
    )
    assert [(f.text, f.value) for f in found] == [
        ("$2-million", 2_000_000.0),
        ("$1.5-billion", 1_500_000_000.0),
    ]


def test_time_counted_in_thousands_is_a_figure(nlp: Language) -> None:
    found = figures(
        nlp("Nurses worked more than 310,000 hours of overtime last year. The shift lasted 12 hours.")
    )
    assert [(f.value, f.counted) for f in found] == [(310_000.0, "hours")]


def test_the_day_of_the_saying_is_no_part_of_what_was_said(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Health Minister Michelle Thompson told reporters Thursday the numbers were concerning. "
        "The senator said Tuesday's vote was rigged.",
    )
    reports = sorted(q.text for q in found if q.kind == "indirect")
    assert reports == ["Tuesday's vote was rigged", "the numbers were concerning"]


def test_evidence_that_does_not_lie_accuses_no_one(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "lie" not in words(run(nlp, lexicon, "The city's debt has doubled. But the numbers don't lie."))
    assert "lied" in words(run(nlp, lexicon, "The treasurer lied about the debt."))


def test_one_time_and_three_time_are_no_figures(nlp: Language) -> None:
    found = figures(nlp("The budget leans on one-time transfers. The three-time champion earned $4 million."))
    assert [f.value for f in found] == [4_000_000.0]


def test_the_agency_of_a_dateline_never_speaks_for_the_company_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "SAN FRANCISCO (Reuters) - Nordalis Semiconductor on Wednesday forecast second-quarter revenue below "
        "Wall Street estimates, blaming weaker demand from Chinese smartphone makers, and said it would cut "
        "about 5% of its workforce.",
    )
    speaker, _ = speaker_rule(found, "it would cut")
    assert speaker == "Nordalis Semiconductor"


def test_marked_words_inside_a_report_are_the_reports_source(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Kremlin spokesman Dmitry Peskov declined to comment on the strikes when asked by reporters, saying "
        'only that the "special military operation" would continue.',
    )
    assert speaker_rule(found, "special military operation") == ("Dmitry Peskov", "within-report")


def test_an_organisations_name_in_lower_case_is_that_organisation(nlp: Language) -> None:
    text = (
        "The Fresno County Sheriff's Office identified the man as Daniel Ortega, 38. Deputies were called "
        "to the home after a neighbor reported gunshots, the sheriff's office said."
    )
    assert speaker_rule(find_quotes(nlp, text), "Deputies were called")[0] == "Fresno County Sheriff's Office"
    # another office is not that one
    other = (
        "The Fresno County Sheriff's Office identified the man as Daniel Ortega, 38. The coroner's office "
        "said the autopsy would take a week."
    )
    assert speaker_rule(find_quotes(nlp, other), "the autopsy")[0] != "Fresno County Sheriff's Office"


def test_one_of_the_first_is_a_rank_not_a_count(nlp: Language) -> None:
    ranked = "She became one of the first Black women to lead a department, at one of the largest hospitals."
    assert figures(nlp(ranked)) == []
    assert [f.value for f in figures(nlp("One of the 12 victims was a child."))] == [1.0, 12.0]


def test_a_surname_shared_with_a_relative_is_the_person_the_story_is_about(nlp: Language) -> None:
    text = (
        "Margaret Okafor, a pioneering heart surgeon, has died at 84. Her death was confirmed by her son, "
        "Daniel Okafor. Born in Enugu in 1941, Okafor trained in Ibadan. "
        '"I decided the best answer was to be very good," Okafor told the BBC in 2009.'
    )
    assert speaker_rule(find_quotes(nlp, text), "I decided")[0] == "Margaret Okafor"
    # two people of one surname, neither brought in as the other's relative: either
    both = 'Hunter Biden met Jill Biden in Delaware on Monday. "It went well," Biden said.'
    assert speaker_rule(find_quotes(nlp, both), "It went well")[0] == "Biden"


def test_a_trailing_speaker_before_has_said_is_cut_from_the_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Teachers in Wales have voted to strike after rejecting a 3% pay offer, the National Education Union "
        "(NEU) has said.",
    )
    report = next(q for q in found if q.kind == "indirect")
    assert report.text == "Teachers in Wales have voted to strike after rejecting a 3% pay offer"
    assert report.speaker is not None and report.speaker.canonical == "National Education Union"


def test_a_member_of_a_group_set_beside_a_name_is_that_person(nlp: Language) -> None:
    found = find_quotes(nlp, 'The NDP\'s education critic, Chandra Pasma, called the plan "a distraction."')
    assert speaker_rule(found, "a distraction") == ("Chandra Pasma", "apposition")


def test_the_writers_consequence_is_no_part_of_the_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Louis Riel School Division says it will cut 14 bus routes next month because it cannot find "
        "enough drivers, leaving hundreds of families scrambling to get their children to class.",
    )
    report = next(q for q in found if q.kind == "indirect")
    assert report.text == "it will cut 14 bus routes next month because it cannot find enough drivers"
    # the speaker's own next words ("adding that ...") stay the speaker's
    found = find_quotes(nlp, "The mayor said the bridge would close, adding that repairs would take a year.")
    assert any("repairs would take a year" in q.text for q in found)


def test_a_report_around_an_aside_leaves_the_aside_out_and_keeps_its_marked_words(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Julienne Stroeve cautioned that one month's figures could be affected by storms. "
        'Still, she said, the long-term decline was "beyond dispute." '
        "The plan, she said, would cost $5 million.",
    )
    texts = {q.text: q.speaker.canonical if q.speaker else None for q in found}
    assert texts.get('Still the long-term decline was "beyond dispute."') == "Julienne Stroeve"
    assert texts.get("The plan would cost $5 million") == "Julienne Stroeve"


def test_an_organisation_noun_in_the_other_spelling_is_the_organisation(nlp: Language) -> None:
    text = (
        "Arctic sea ice covered less area in November than in any year on record, the National Snow and Ice "
        "Data Center said on Thursday. The ice was thin, the centre said."
    )
    assert speaker_rule(find_quotes(nlp, text), "The ice was thin")[0] == "National Snow and Ice Data Center"


def test_a_misread_that_opens_no_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "His lawyer, Mark Friesen, said in an email that his client disagreed with the ruling and was "
        "considering an appeal.",
    )
    report = next(q for q in found if q.kind == "indirect")
    assert report.text.startswith("his client disagreed")


def test_sold_out_nights_are_tickets_not_a_betrayal(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The cancellations include two sold-out nights at Madison Square Garden in New York."
    assert not words(run(nlp, lexicon, text))
    assert "sell-out" in words(run(nlp, lexicon, "The deal was a sell-out of the workers who elected him."))


def test_a_company_named_for_its_trade_is_one_the_model_missed(nlp: Language) -> None:
    text = (
        "Nordalis Semiconductor on Wednesday forecast revenue below estimates. The job cuts will affect "
        "about 600 employees, the company said."
    )
    assert _labels(nlp, text)["Nordalis Semiconductor"][0] == "ORG"
    assert speaker_rule(find_quotes(nlp, text), "The job cuts")[0] == "Nordalis Semiconductor"


def test_a_place_in_a_ranking_is_no_count(nlp: Language) -> None:
    text = "Safety is our number one priority. The album debuted at No. 1 and sold 90,000 copies."
    found = figures(nlp(text))
    assert [f.value for f in found] == [90_000.0]


def test_a_surgeons_radical_and_a_sellout_crowd_are_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    text = (
        "Patients in the trial also had a radical lymph node dissection. "
        "A sellout crowd of 18,200 watched the final at the stadium."
    )
    assert not {"radical", "sellout"} & words(run(nlp, lexicon, text))
    politics = "The mayor is a sellout, and her radical allies on council cheered."
    assert {"radical", "sellout"} <= words(run(nlp, lexicon, politics))


def test_a_spokesman_named_after_whom_he_speaks_for_and_a_utility(nlp: Language) -> None:
    text = (
        "Senator Mark Callahan denied the report. A spokesman for Callahan, Kyle Benning, said that was "
        '"simply not accurate." Nova Scotia Power said 120,000 customers had lost power by Sunday morning. '
        "Crews from New Brunswick were on their way, the utility said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "simply not accurate", anywhere=True)[0] == "Kyle Benning"
    assert speaker_rule(found, "Crews from New Brunswick")[0] == "Nova Scotia Power"


def test_a_name_with_party_and_title_beside_a_description_is_that_person(nlp: Language) -> None:
    text = (
        '"It will be a tragedy if the government fails," said the chairman of the Commons education select '
        "committee, Labour MP Barry Sheerman.\n\nHis main concern was the diploma. "
        '"We must tackle the mess," he wrote in the Times.'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "It will be a tragedy")[0] == "Barry Sheerman"
    assert speaker_rule(found, "We must tackle")[0] == "Barry Sheerman"
