"""Real-article defects found by the lead in session 25 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of, words
from tests.tasks.speaker_cases import find_quotes, speaker_rule

LIVE = (
    "Storm Ava brought gusts of 80mph overnight.\n\n"
    "10:15 Climate scientists say storms of this strength are becoming more frequent.\n\n"
    "10:30 Firefighters were called to 40 incidents."
)


def test_a_live_blog_time_stamp_is_not_part_of_who_speaks(nlp: Language) -> None:
    (q,) = [q for q in find_quotes(nlp, LIVE) if q.text.startswith("storms of this strength")]
    assert q.speaker is not None
    assert q.speaker.text == "Climate scientists"


def test_a_name_of_the_form_x_of_y_speaks_whole(nlp: Language) -> None:
    text = (
        "The Friends of Hatfield Library, which collected 8,000 signatures against the plan, said it would "
        "seek a judicial review."
    )
    (q,) = [q for q in find_quotes(nlp, text) if q.text.startswith("it would seek")]
    assert q.speaker is not None
    assert q.speaker.canonical == "Friends of Hatfield Library"


def test_the_second_of_two_labellers_owns_its_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The Senate passed the bill on Friday after a long session in which Republicans denounced the "
        "measure as an amnesty and progressives called it cruel."
    )
    assert voice_of(nlp, lexicon, body, "cruel") == ("quoted", "progressives")


def test_a_campaign_group_the_model_missed_speaks_by_its_whole_name(nlp: Language) -> None:
    text = (
        "Campaigners were angry. "
        "Surfers Against Sewage called the bonus “a slap in the face” for coastal towns."
    )
    (q,) = [q for q in find_quotes(nlp, text) if "slap in the face" in q.text]
    assert q.speaker is not None
    assert q.speaker.canonical == "Surfers Against Sewage"


def test_silencing_a_room_is_no_suppression(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "silence" not in words(run(nlp, lexicon, "He could silence a room just by standing up."))
    assert "silence" in words(run(nlp, lexicon, "The government tried to silence its critics."))


def test_the_younger_of_two_with_one_surname_is_the_son(nlp: Language) -> None:
    text = (
        "Ruth Okonjo opened her bakery six years ago. "
        "Her son, Daniel Okonjo, 24, left London to help run it.\n\n"
        "“She works harder than anyone I know,” the younger Okonjo said.\n\n"
        "“It is flour, water and salt,” the elder Okonjo said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "She works harder")[0] == "Daniel Okonjo"
    assert speaker_rule(found, "It is flour")[0] == "Ruth Okonjo"


def test_an_office_no_one_is_titled_with_is_the_person_quoted_just_before(nlp: Language) -> None:
    text = (
        "Borrowing overshot forecasts by £8bn.\n\n"
        "Rachel Reeves insisted the public finances were 'on the right track'. Speaking during a visit to a "
        "factory in Derby, the Chancellor said: 'One month's figures do not make a trend.'"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "One month")[0] == "Rachel Reeves"


def test_a_name_before_its_organisation_is_who_speaks_when_the_parse_takes_the_organisation(
    nlp: Language,
) -> None:
    text = (
        "Pritchard, of Gateshead, admitted four counts of fraud. His barrister, Simon Hale, said his client "
        'was "deeply ashamed" and had begun paying the money back.\n\n'
        "Outside court, campaigners for disabled people said cases like his were rare but damaging. "
        '"Every time one of these stories makes the papers, genuine claimants get looked at with suspicion," '
        "said Helen Marsh of Disability Rights North.\n\n"
        "The Department for Work and Pensions said fraud cost taxpayers £6.5bn last year."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "Every time")[0] == "Helen Marsh"


def test_a_nationality_epithet_after_a_coach_named_with_his_club(nlp: Language) -> None:
    text = (
        "Brighton head coach Fabian Hurzeler was left frustrated. "
        "'We should have killed the game,' the German said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "We should have killed")[0] == "Fabian Hurzeler"


def test_a_person_and_her_firm_run_together_by_the_model_are_two(nlp: Language) -> None:
    text = (
        "Analysts were unimpressed. “There's nothing here that will make people upgrade,” said Carolina "
        "Milanesi of Creative Strategies."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "There's nothing here")[0] == "Carolina Milanesi"
    doc = nlp(text)
    assert "Creative Strategies" in {e.canonical for e in entities(doc) if e.label == "ORG"}


def test_a_title_of_the_form_x_of_y_before_a_name_is_that_persons(nlp: Language) -> None:
    text = (
        "The report was a stinging rebuke, the BBC said. Chairman of the Environmental Audit Committee Peter "
        'Ainsworth MP, said: "The housing policy is an alarming example of disjointed thinking."'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "The housing policy")[0] == "Peter Ainsworth"
