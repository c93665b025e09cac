"""Real-article defects found by the lead in session 24 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.entities import entities
from tasks.models import Article
from tests.tasks.speaker_cases import find_quotes, speaker_rule

CARGO = (
    "Atlas Cargo said on Tuesday it would buy new freighters over a decade.\n\n"
    "The company, which employs 4,000 people, said it expected a recovery next year."
)


def test_a_company_named_by_its_trade_word_is_the_company_that_speaks_later(nlp: Language) -> None:
    # the model tags "Atlas Cargo" a person; its last word is a trade, so "the company" can stand for it
    found = find_quotes(nlp, CARGO)
    assert speaker_rule(found, "it expected a recovery")[0] == "Atlas Cargo"


def test_what_someone_called_a_thing_is_no_report_of_the_subject_of_the_sentence(nlp: Language) -> None:
    text = (
        "Senate Majority Leader John Thune blamed Democrats for adding what he called “poison pills” "
        "to the bill. "
        "Thune said the changes came late."
    )
    found = find_quotes(nlp, text)
    assert not [q for q in found if q.kind == "indirect" and "poison pills" in q.text]
    assert speaker_rule(found, "poison pills")[0] == "John Thune"


def test_the_day_of_saying_after_whom_it_was_told_to_is_not_what_was_said(nlp: Language) -> None:
    text = (
        "Families of residents said on Monday they had been betrayed. "
        "Councillor Amy Lee told reporters on Friday she would resign."
    )
    found = find_quotes(nlp, text)
    texts = [q.text for q in found if q.kind == "indirect"]
    assert "they had been betrayed" in texts
    assert "she would resign" in texts


def test_a_surname_the_model_reads_as_a_place_after_a_given_name_is_the_persons(nlp: Language) -> None:
    text = (
        "Neighbour Pauline Rigby, 67, said the street had been 'terrorised' by a spate of break-ins.\n\n"
        "'Nobody feels safe any more,' she said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "Nobody feels safe")[0] == "Pauline Rigby"
    # a given name that is a place itself stays a place: "Austin Texas" is two places
    doc = nlp("The band flew from Austin Texas to Boston on Friday.")
    assert "PERSON" not in {e.label for e in entities(doc)}


def test_according_to_an_operator_names_the_company_that_runs_it(nlp: Language) -> None:
    text = (
        "Houthi militants attacked a tanker in the Red Sea on Thursday. The fire left the tanker ablaze but "
        "caused no casualties, according to the ship's operator."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "The fire left the tanker ablaze")[0] == "ship's operator"


def test_a_quote_first_lede_is_the_person_the_next_sentence_points_back_to(nlp: Language) -> None:
    lede = '"I never thought it would happen here."\n\n'
    found = find_quotes(
        nlp, lede + "That is how Maria Lopez, 52, describes the night the river burst its banks."
    )
    assert speaker_rule(found, "I never thought") == ("Maria Lopez", "pointed-back")
    found = find_quotes(nlp, lede + "Those were the words of Maria Lopez, 52, as the river burst its banks.")
    assert speaker_rule(found, "I never thought")[0] == "Maria Lopez"
    # the pointer inside what the named person says now is her report, not the quote's speaker
    found = find_quotes(nlp, lede + "That promise was broken, Maria Lopez admitted on Monday.")
    assert speaker_rule(found, "I never thought")[0] is None


def test_the_writers_aside_in_brackets_is_not_what_the_speaker_said(nlp: Language) -> None:
    text = (
        '"It is the third time this year," said Ella Brooks, a 29-year-old accountant from Bromley (she now '
        "works from home on strike days)."
    )
    found = find_quotes(nlp, text)
    assert not [q for q in found if "works from home" in q.text]
    assert speaker_rule(found, "It is the third time")[0] == "Ella Brooks"


def test_a_country_saying_something_in_the_headline_is_the_country_not_its_spokesman(nlp: Language) -> None:
    body = (
        "Iran vowed on Tuesday to respond to a deadly air strike on its consulate in Damascus.\n\n"
        'Foreign ministry spokesman Nasser Kanani told reporters in Tehran that Iran "reserves the right to '
        'take reciprocal action".'
    )
    record = analyse_article(
        nlp,
        Article(id="h", headline="Iran says it will respond to strike on consulate", body=body),
        Settings(),
    )
    (q,) = [q for q in record.quotes if q.field == "headline"]
    assert q.speaker is not None and q.speaker.canonical == "Iran"


def test_state_television_that_says_something_is_the_broadcaster_speaking(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Syrian state television said the strike killed seven members of the Guards. "
        "State radio reported that ten people had died.",
    )
    assert speaker_rule(found, "the strike killed")[0] == "Syrian state television"
    assert speaker_rule(found, "ten people had died")[0] == "State radio"


COUPLE = (
    "When Peter and Janet Morris bought their bungalow in 2019, they thought they had found paradise.\n\n"
    '"We put our life savings into this place," said Mr Morris, 68, a retired engineer.\n\n'
    '"I haven\'t slept properly in months," Mrs Morris said.'
)


def test_a_couple_named_together_are_two_people_told_apart_by_mr_and_mrs(nlp: Language) -> None:
    found = find_quotes(nlp, COUPLE)
    assert speaker_rule(found, "We put our life savings")[0] == "Peter Morris"
    assert speaker_rule(found, "I haven't slept")[0] == "Janet Morris"


def test_mrs_is_never_the_man_of_that_surname(nlp: Language) -> None:
    doc = nlp("Tom Reed said the flood was awful. Mrs Reed, 70, said she had lost everything.")
    assert {e.text: e.canonical for e in entities(doc)}["Mrs Reed"] != "Tom Reed"


def test_a_river_given_the_is_a_place_not_the_company_a_report_belongs_to(nlp: Language) -> None:
    text = (
        "Executives at a water firm were warned that a works was spilling sewage into the River Leam.\n\n"
        'The company\'s annual report for that year described the works as "fully compliant".'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "fully compliant")[0] != "River Leam"
    labels = {
        e.text: e.label for e in entities(nlp("Campaign group River Action said the River Leam is dying."))
    }
    assert labels.get("the River Leam", labels.get("River Leam")) == "LOC"


def test_an_employer_the_model_missed_after_a_trade_is_the_company_later(nlp: Language) -> None:
    text = (
        "Executives at Severn Vale Water were warned three years ago that a works was spilling sewage.\n\n"
        'The company\'s annual report for that year described the works as "fully compliant".'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "fully compliant")[0] == "Severn Vale Water"
