"""Real-article defects found by the lead in session 21 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def _labels(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp(text)
    return {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }


def test_a_position_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    found = _labels(nlp, "Striker Ana Ruiz scored twice on Sunday. Ruiz said the team deserved it.")
    assert found["Ruiz"] == ("PERSON", "Ana Ruiz")
    # a two-word name whose first word is a trade stays whole
    found = _labels(nlp, "Baker Mayfield threw three touchdowns. Mayfield said the line held.")
    assert found["Mayfield"] == ("PERSON", "Baker Mayfield")


def test_a_name_after_a_job_is_a_person_though_tagged_an_organisation(nlp: Language) -> None:
    text = (
        "The fire grew on Monday. Fire information officer Marcus Delorme said gusts had driven the flames "
        'across the highway.\n\n"We had crews on the east flank," Delorme said.'
    )
    found = _labels(nlp, text)
    assert found["Marcus Delorme"][0] == "PERSON"
    assert found["Delorme"] == ("PERSON", "Marcus Delorme")


def test_a_statement_someone_acted_in_is_theirs(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Club president Rui Costa thanked the striker in a statement on Thursday. "
        '"We wish him every success," the statement said.',
    )
    assert speaker_rule(found, "We wish him")[0] == "Rui Costa"
    # a document a thing appears in has no issuer
    found = find_quotes(
        nlp, 'The figure appeared in a statement on Thursday. "Costs rose sharply," the statement said.'
    )
    assert speaker_rule(found, "Costs rose")[0] != "figure"


def test_a_nationality_for_the_person_just_quoted_is_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Former captain Lucas Radebe said the club had erred. "
        '"You do not win promotion with goals alone," the South African said.',
    )
    assert speaker_rule(found, "You do not win")[0] == "Lucas Radebe"


def test_a_name_told_is_no_part_of_the_report(nlp: Language) -> None:
    found = find_quotes(
        nlp, "Former captain Lucas Radebe told BBC Radio Leeds the club should have prioritised defence."
    )
    assert [q.text for q in found if q.kind == "indirect"] == ["the club should have prioritised defence"]


def test_what_he_called_belongs_to_him_not_to_the_thing_he_spoke_of(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Sudan's ambassador, Omar Idris, welcomed the veto. "
        "He said the resolution ignored what he called the atrocities committed by the militia."
    )
    assert voice_of(nlp, lexicon, body, "atrocities") == ("quoted", "Omar Idris")


def test_a_name_after_mr_is_a_person_though_the_model_missed_it(nlp: Language) -> None:
    text = (
        "Council leader Mark Hollis backed the scheme. Critics demanded Mr Hollis's resignation. "
        "Mr Hollis has refused to apologise. He claimed the scheme had been undermined by a small group."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "the scheme had been")[0] == "Mark Hollis"
    # with no full name, the name as written
    found = find_quotes(nlp, "Mr Hollis has refused to apologise. He claimed the scheme had been undermined.")
    assert speaker_rule(found, "the scheme had been")[0] == "Hollis"


def test_a_name_the_parse_hung_on_himself_is_the_speaker(nlp: Language) -> None:
    text = (
        "The firm will unveil the model on Thursday. "
        "Mr Bez - himself a former executive at rival Audi - said the new model was cheaper."
    )
    assert speaker_rule(find_quotes(nlp, text), "the new model")[0] == "Bez"


def test_who_right_after_a_noun_in_a_phrase_speaks_for_it(nlp: Language) -> None:
    found = find_quotes(nlp, "The senator has faced criticism from farmers who said the deal was a giveaway.")
    assert speaker_rule(found, "the deal was")[0] == "farmers"
    # set off by a comma after a thing, "who" may be anyone's: no guess from the thing
    found = find_quotes(nlp, "Li says to Ana on camera, who responds that it is fine.")
    assert all(q.speaker is None or q.speaker.canonical != "camera" for q in found)


def test_a_partial_quote_closing_after_a_plural_does_not_run_into_the_next_paragraph(nlp: Language) -> None:
    text = (
        "Before the committee, Jo Marsh said the levy was needed to 'mend the roads' of the county.\n\n"
        "'I will not apologise for fixing what we inherited,' she told councillors. "
        "'Every pound goes to repairs.'"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "I will not apologise") == ("Jo Marsh", "pronoun")
    assert [q.kind for q in found if q.text.startswith("I will not")] == ["direct"]
    # a plural possessive is no closing mark
    found = find_quotes(nlp, "'The players' union will fight this,' said Jo Marsh.")
    assert speaker_rule(found, "The players' union")[0] == "Jo Marsh"


def test_a_price_in_pence_is_in_pence(nlp: Language) -> None:
    from tasks.figures import figures

    found = figures(nlp("She cut her price target to 780 pence from 950 pence, and to 1,200 yen in Tokyo."))
    assert [(f.value, f.unit) for f in found] == [(780, "GBX"), (950, "GBX"), (1200, "JPY")]


def test_cells_destroyed_by_the_body_are_no_hyperbole(nlp: Language, lexicon: BiasLexicon) -> None:
    from tests.tasks.bias_cases import run, words

    assert "destroys" not in words(
        run(nlp, lexicon, "The immune system finds the infected cells and destroys them.")
    )
    assert "destroys" in words(
        run(nlp, lexicon, "The new law destroys the rights of every tenant in the city.")
    )


def test_the_think_tank_is_the_organisation_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp, 'The Halden Institute published the study on Monday. "Rents have doubled," the think tank said.'
    )
    assert speaker_rule(found, "Rents have")[0] == "Halden Institute"


def test_the_pole_is_the_person_just_before_though_tagged_an_organisation(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Coach Marek Kowalczyk was furious. "I have been in football for thirty years," the Pole said.',
    )
    assert speaker_rule(found, "I have been")[0] == "Marek Kowalczyk"
