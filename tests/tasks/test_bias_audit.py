"""Issue 12, the lexicon audited on straight news: entries whose frequent hits there are plain.

Short texts of our own; each test fails without the mechanism or the lexicon data it names: the ``act`` sense
pass (``context.needs_clause``), the ``topic`` sense pass (``context.topic_modifier``), entries withheld as
British copy's plain words, and literal senses as data.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

# ---------------------------------------------------------------- act: a verb of saying with nothing said


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The puzzle is simple. If the two men confess, both are let off.", "confess"),
        ("The teenager confessed to writing the program that crashed the network.", "confessed"),
        ("Police said the suspect had made a full confession.", "confession"),
    ],
)
def test_confessing_with_no_clause_is_the_act(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, text, vetoed=vetoed)
    assert word not in words(result)
    assert any(v.sense == "act" and v.rule == "confess" for v in vetoed), vetoed


@pytest.mark.parametrize(
    "text",
    [
        "The minister confessed that the plan had failed.",
        "The chairman confessed the club had been outspent by its rivals.",
    ],
)
def test_confessing_a_clause_still_colours_it(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert "confessed" in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- topic: a noun modifying a noun


def test_terror_modifying_a_noun_names_the_topic(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, "The election could be a terror target, police said.", vetoed=vetoed)
    assert "terror" not in words(result)
    assert any(v.sense == "modifier" and v.rule == "terror" for v in vetoed), vetoed


@pytest.mark.parametrize(
    "text",
    [
        "The rebels waged a campaign of terror across the valley.",
        "The militia spread terror in the villages.",
    ],
)
def test_terror_as_a_head_is_still_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert "terror" in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- withheld: British copy's plain words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chancellor is expected to announce a Budget giveaway next month.", "giveaway"),
        ("The former winger, now a television pundit, criticised the club.", "pundit"),
    ],
)
def test_plain_british_words_are_withheld(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    result = run(nlp, lexicon, text)
    assert word not in words(result)
    assert word in {w.text.lower() for w in result.withheld}


# ---------------------------------------------------------------- literal senses as data


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She underwent an extreme treatment called cryotherapy.", "extreme"),
        ("Airlines have been hit by fierce price cuts.", "fierce"),
        ("The bookmaker slashed his odds to 8-1.", "slashed"),
        ("His family said he would be sorely missed.", "sorely"),
        ("In the game the player chooses good or evil.", "evil"),
        ("Advertisers will be keen to exploit new opportunities.", "exploit"),
        ("The company does not have that sort of money lying around.", "lying"),
    ],
)
def test_literal_senses(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels showed extreme cruelty to the villagers.", "extreme"),
        ("The senator said the president lied about the war.", "lied"),
    ],
)
def test_loaded_senses_kept(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- talk: a comment adverb in quoted talk


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Obviously, we are all disappointed we lost," said the coach.', "obviously"),
        ('"She was due for surgery but unfortunately she was too weak," her agent said.', "unfortunately"),
    ],
)
def test_comment_adverb_heading_a_quoted_clause_is_talk(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, text, vetoed=vetoed)
    assert word not in words(result)
    assert any(v.sense == "talk" for v in vetoed), vetoed


@pytest.mark.parametrize(
    "text",
    [
        '"Brown obviously has an eye on the coming election," the party said.',  # after the subject
        "Obviously the expectations are linked to the team you choose.",  # the writer's own
    ],
)
def test_comment_adverb_still_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert "obviously" in words(run(nlp, lexicon, text))


def test_claims_and_counter_claims_is_the_plain_pair(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "Backbenchers are tired of the claims and counter-claims about the rift.")
    assert "claims" not in words(result)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"I went crazy when I heard the news," the sprinter said.', "crazy"),
        ("China's growing importance as an economic powerhouse is clear.", "powerhouse"),
        ('"I would find it a hell of a lot better," the chairman said.', "hell"),
    ],
)
def test_idioms_as_data(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("BMW said it would build the car at its vast factory near Oxford.", "vast"),
        ("Firms worry about the wild ups and downs of oil prices.", "wild"),
        ("The police said the cards would help fight terror and fraud.", "terror"),
    ],
)
def test_plain_adjectives_and_policy_shorthand(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, text))


def test_the_degree_adverb_is_still_an_intensifier(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "wildly" in words(run(nlp, lexicon, "The senator's claims were wildly exaggerated."))


def test_graft_as_a_topic_names_the_offence(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The reform promised savings by the elimination of graft and waste in the city's departments."
    assert "graft" not in words(run(nlp, lexicon, text))
    assert "graft" in words(run(nlp, lexicon, "The senator called the contract graft."))


# ---------------------------------------------------------------- scare quotes: two marked words side by side


@pytest.mark.parametrize(
    "text",
    [
        'In some racing games you can race against a "ghost" or "shadow" to beat your best time.',
        'The new word, coined last year, is an amalgam of "glitterati" and "liberal".',
    ],
)
def test_marked_words_side_by_side_name_terms(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert not [t for t in run(nlp, lexicon, text).tags if t.rule == "scare-quote"]


def test_one_marked_word_is_still_a_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, 'The "humane" evacuation of the camp began on Monday.')
    assert [t.text for t in result.tags if t.rule == "scare-quote"] == ["humane"]


def test_i_dont_pretend_is_a_modest_claim(nlp: Language, lexicon: BiasLexicon) -> None:
    modest = '"I don\'t pretend that it is an easy decision," the leader said.'
    assert "pretend" not in words(run(nlp, lexicon, modest))
    assert "pretending" in words(run(nlp, lexicon, '"They are pretending nothing is wrong," the MP said.'))
