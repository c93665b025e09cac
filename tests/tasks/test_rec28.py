"""Session 28 (rec28): recall of the writer's loaded words in partisan, tabloid and opinion copy, by
mechanism. A verb-and-particle entry matches with its object between its words; a verb idiom is read by its
verb, not its object ("cooked the books" is no book of a story); partisan labels and metaphors as families
of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import gated, run, tag, words

# --- a verb and its particle with the object between


def test_a_particle_verb_matches_around_its_object(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The county board rammed the new parking levy through before the holidays.")
    assert tag(result, "rammed the new parking levy through").rule == "ram through"


def test_a_split_particle_verb_keeps_its_literal_sense(nlp: Language, lexicon: BiasLexicon) -> None:
    # the entry's literal senses still apply to the longer match: an aircraft shot down is the army's act
    result = run(nlp, lexicon, "Air defence units shot the drone down over the river on Sunday.")
    assert not any(t.rule == "shoot down" for t in result.tags)


def test_a_preposition_with_its_own_object_is_no_particle(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "Volunteers forced the cart through the narrow gate of the old market.")
    assert not any(t.rule == "force through" for t in result.tags)


# --- a verb idiom read by its verb


def test_a_verb_idiom_ending_in_a_work_is_no_story(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "For six years the finance director cooked the books at the bottling plant.")
    assert tag(result, "cooked the books").voice == "author"


def test_a_quoted_verb_idiom_is_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = '"They cooked the books and hoped nobody would look," said Nora Quist, a former auditor.'
    t = tag(run(nlp, lexicon, body), "cooked the books")
    assert (t.voice, t.speaker) == ("quoted", "Nora Quist")


def test_a_synopsis_keeps_the_idiom_the_storys(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The novel follows a small-town banker who cooked the books to pay off a gambling debt."
    assert "cooked the books" not in words(run(nlp, lexicon, body))


# --- partisan labels and metaphors


def test_a_unions_bosses_are_a_label_a_firms_are_not(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "bosses" in words(run(nlp, lexicon, "The transit union bosses walked out of the talks."))
    assert "bosses" not in words(run(nlp, lexicon, "The bottling firm's bosses walked out of the talks."))


def test_a_demand_held_to_ransom_is_loaded_a_captive_is_not(nlp: Language, lexicon: BiasLexicon) -> None:
    assert words(run(nlp, lexicon, "The dockers have held the port to ransom all winter.")) == {
        "held the port to ransom"
    }
    kidnap = "The gunmen held two tourists to ransom for a month before they were freed."
    assert not any(t.rule == "hold ... to ransom" for t in run(nlp, lexicon, kidnap).tags)


def test_big_sector_labels_and_blank_cheques(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "Big Tobacco wants the council to write it a blank cheque.")
    assert {"big tobacco", "blank cheque"} <= words(result)


# --- the seed article keeps its tags


def test_the_seed_article_keeps_its_tags(nlp: Language) -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "seeds" / "rafah-cairo-talks.txt").read_text()
    result = gated(nlp, text)
    by_word = {t.text.lower(): t for t in result.tags}
    assert by_word["genocidal"].voice == "author"
    assert by_word["reign of terror"].voice == "quoted"
    assert "netanyahu" in (by_word["reign of terror"].speaker or "").lower()
    assert by_word["brutal"].voice == "author"


def test_a_graded_adjective_is_no_fixed_phrase(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "Two of the biggest tech groups sent lawyers to the hearing.")
    assert not any(t.rule == "big tech" for t in result.tags)
