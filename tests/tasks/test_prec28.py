"""Session 28 (prec28): precision of the bias tagger by mechanism. A noun a suffix rule reaches is the quality
of its adjective only when used as one, not as a counted thing or a place ("a new facility" is not
"facile"); a phrasal verb's idiom needs a figurative object after its preposition, not a place or a time
("seized on the motorway"); a claim named for a kind of wrong or injury ("harassment claims") is the legal
filing, as "insurance claims" is; a single marked word that a document uses or a judging body credits in a
passive is the source's term, not the writer's distance."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_a_derived_noun_counted_or_gone_to_is_a_thing_not_the_quality(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The council opened a new sports facility last spring. Two recycling facilities will follow, and "
        "volunteers at the facility were thanked. The facility is shut on Sundays. Their crude jokes "
        "offended local sensibilities."
    )
    vetoed: list[Vetoed] = []
    tagged = words(run(nlp, lexicon, body, vetoed=vetoed))
    assert "facility" not in tagged
    assert "facilities" not in tagged
    assert "sensibilities" not in tagged
    assert any(v.sense == "thing" for v in vetoed)


def test_the_quality_noun_of_a_loaded_adjective_still_counts(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor's petulance and the sheer futility of the plan dismayed the residents."
    tagged = words(run(nlp, lexicon, body))
    assert {"petulance", "futility"} <= tagged


def test_a_phrasal_idiom_with_a_place_or_a_time_after_its_preposition_is_plain(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Smuggled watches were seized on motorways in the north. More were seized on Friday at a depot. "
        "Rivals seized on the blunder within hours."
    )
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, body, vetoed=vetoed)
    seized = [t for t in result.tags if t.text.lower().startswith("seized")]
    assert [t.text for t in seized] == ["seized on"]
    assert seized[0].start > body.index("Rivals")
    assert sum(v.sense == "setting" for v in vetoed) == 2


def test_a_claim_named_for_a_kind_of_wrong_or_injury_is_the_legal_filing(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The airline is fighting sexual harassment claims from four pilots. Personal injury claims rose "
        "last year, and discrimination claims doubled."
    )
    assert "claims" not in words(run(nlp, lexicon, body))


def test_a_claim_of_a_statement_is_still_doubted(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Claims that the budget was balanced spread quickly online."
    assert "claims" in words(run(nlp, lexicon, body))


def test_a_marked_word_of_a_measure_or_a_citation_is_the_sources_term(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'The bill would allow inspectors to intervene to prevent harm as well as outlawing "docking" of '
        'tails. The studio was recognised for its "daring" use of colour.'
    )
    tagged = words(run(nlp, lexicon, body))
    assert "docking" not in tagged
    assert "daring" not in tagged


def test_a_marked_word_of_the_writers_own_is_still_a_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Ministers pushed the "reforms" through before the summer.'
    assert "reforms" in words(run(nlp, lexicon, body))


def test_an_idiom_with_its_own_object_before_the_particle_is_not_a_phrasal_setting(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    vetoed: list[Vetoed] = []
    run(nlp, lexicon, "The governor dug his heels in Tuesday over the budget.", vetoed=vetoed)
    assert not any(v.sense == "setting" for v in vetoed)


def test_a_finite_clause_with_its_own_subject_is_not_the_measures_wording(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'Though the mayor never used the word "cuts", the plan would slow spending.'
    assert "cuts" in words(run(nlp, lexicon, body))
