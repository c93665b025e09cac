"""Issue 12, precision on straight news (prec8): reported views the parse hides, and literal senses.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tests.tasks.bias_cases import run, voice_of, words


@pytest.fixture(scope="module")
def lexicon() -> BiasLexicon:
    return load_bias_lexicon(LEXICON_DIR)


# ------------------------------------------------------------------------------ views the parse hides


def test_belief_verb_reports_the_clause_after_it(nlp: Language, lexicon: BiasLexicon) -> None:
    # the parser hangs the opening "It is no secret" on "believes" as a second clause, before it
    body = (
        "It is no secret in the capital, for example, that the palace believes the minister is indulging "
        "in a long sulk and acting in a petty manner."
    )
    assert voice_of(nlp, lexicon, body, "petty") == ("quoted", "palace")


def test_claims_without_that_report_their_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    # (bias24d: the probe is "stoking": "xenophobia" here names what is stoked, a topic, and is no label)
    body = "It sparked a furore with claims politicians were either stoking up xenophobia or running scared."
    assert voice_of(nlp, lexicon, body, "stoking")[0] == "quoted"
    # an adverbial clause after the noun is no content of the claim
    body = "He repeated the claims when ministers were stoking up xenophobia."
    assert voice_of(nlp, lexicon, body, "stoking")[0] == "author"


def test_restrictive_relative_report_on_an_object(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The singer won an order against two photographers who she claims left her fearful of going out."
    assert voice_of(nlp, lexicon, body, "fearful")[0] == "quoted"


def test_participle_of_telling_reports_speech(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "A newspaper quoted the minister telling activists in Leeds that he wanted the country to shelter "
        "people fleeing tyranny."
    )
    assert voice_of(nlp, lexicon, body, "tyranny")[0] == "quoted"


def test_as_far_as_people_are_concerned_opens_their_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "As far as the unions are concerned, the plan is a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "unions")
    # a thing holds no view, and the writer's own concern is the writer's
    body = "As far as the law is concerned, the plan is a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless") == ("author", None)


def test_deem_gives_its_verdict_as_a_second_object(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The ban was imposed after a series of what the government deemed terrorist acts."
    assert voice_of(nlp, lexicon, body, "terrorist") == ("quoted", "government")


# ------------------------------------------------------------------------------------ literal senses


def test_refuse_and_side_events_are_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "rubbish" not in words(run(nlp, lexicon, "Leaving old statements in our rubbish is risky."))
    assert "rubbish" in words(run(nlp, lexicon, "The plan is rubbish."))
    assert "fringe" not in words(run(nlp, lexicon, "She made a speech on the fringe of the conference."))
    assert "fringe" in words(run(nlp, lexicon, "The fringe groups rallied."))


def test_joke_as_a_noun_of_ridicule_only(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'He apologised for missing the show, joking: "I am stuck in traffic."'
    assert "joking" not in words(run(nlp, lexicon, body))
    assert "joke" not in words(run(nlp, lexicon, "The paper carried a cartoon joke about the row."))
    assert "joke" in words(run(nlp, lexicon, "The plan is a joke."))


def test_wiping_out_lists_and_troops_is_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "wipe out" not in words(run(nlp, lexicon, "The cash could help wipe out waiting lists."))
    assert "wipe out" not in words(run(nlp, lexicon, "The task is to wipe out enemy troops."))
    assert "wipe out" in words(run(nlp, lexicon, "They vowed to wipe out the opposition."))


def test_shows_prizes_and_technology_are_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "circuses" not in words(run(nlp, lexicon, "The law covers pet fairs, circuses and game farms."))
    assert "circus" in words(run(nlp, lexicon, "The hearing was a circus."))
    body = "The director will be given an award for outstanding directorial achievement."
    assert "outstanding" not in words(run(nlp, lexicon, body))
    assert "outstanding" in words(run(nlp, lexicon, "It was an outstanding film."))
    assert "exploiting" not in words(run(nlp, lexicon, "Products exploiting the breakthrough will appear."))
    assert "exploiting" in words(run(nlp, lexicon, "The firm is exploiting its workers."))
