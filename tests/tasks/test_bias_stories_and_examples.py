"""Precision of author-voice tags on straight news (issue 12, prec7): a story's characters and parts, a
made-up example, praise given for something, and the wire's plain business verbs.

Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon

from .bias_cases import run, tag, words

REVIEW = (
    "The new game in the series is a sprawling open-world adventure. You control a young courier named Dex, "
    "who takes on missions across a huge city. Dex can commandeer any boat he finds on the river. Soon he is "
    "framed for a theft, and blackmailed by a corrupt mayor. The gameplay is smooth, the levels are vast and "
    "the graphics are sharp. The plot is thin, but the characters are lively and the game rewards patience. "
    "The sequel improves on the first game in almost every way, and the player will spend dozens of hours in "
    "its streets. The gameplay of the first game felt slow; this one never does. Each level is packed with "
    "detail, and the game's soundtrack is a treat. It is the best game of the year so far."
)


def _vetoed_by(vetoed: list[Vetoed], sense: str) -> set[str]:
    return {v.rule.split("/")[0] for v in vetoed if v.sense == sense}


def test_a_clause_about_the_character_a_player_controls_is_the_games_story(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, REVIEW, vetoed=vetoed)
    assert not {"commandeer", "blackmailed"} & words(result)
    assert {"commandeer", "blackmail"} <= _vetoed_by(vetoed, "fiction")
    # A real person's act stays the writer's word.
    news = run(nlp, lexicon, "The mayor was blackmailed by a corrupt official, police said on Monday.")
    assert "blackmailed" in words(news)


def test_anything_inside_a_part_played_or_a_made_up_plot_is_the_story(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    part = run(nlp, lexicon, "The thriller stars Mara Wells as a detective who must hunt Satan's minions.")
    assert "minions" not in words(part)
    plot = run(nlp, lexicon, "The film has a fictional plot about spies conspiring to silence a critic.")
    assert "silence" not in words(plot)
    real = run(nlp, lexicon, "Officials were accused of conspiring to silence a critic.")
    assert "silence" in words(real) or any(t.lemma == "silence" for t in real.tags)


def test_the_people_of_a_parable_are_made_up(nlp: Language, lexicon: BiasLexicon) -> None:
    text = (
        "Economists often tell a parable about a farmer and two thieves. The farmer desperately needs help "
        "with the harvest."
    )
    assert "desperately" not in words(run(nlp, lexicon, text))
    assert "desperately" in words(run(nlp, lexicon, "The minister desperately needs a win in the poll."))


def test_a_made_up_case_is_no_charge_against_anyone(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    text = "The theory describes any situation where there is an obvious choice."
    result = run(nlp, lexicon, text, vetoed=vetoed)
    assert "obvious" not in words(result)
    assert "obvious" in _vetoed_by(vetoed, "hypothetical")
    imagined = run(nlp, lexicon, "Imagine you are a greedy landlord with ten empty flats.")
    assert "greedy" not in words(imagined)
    assert "greedy" in words(run(nlp, lexicon, "He is a greedy landlord with ten empty flats."))


def test_a_part_played_is_no_epithet(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The comedy stars Tyler Jones as a gun-toting grandmother who runs a diner.")
    assert "gun-toting" not in words(result)


def test_what_something_is_hailed_for_is_the_praisers_view(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The album was a hit in 1994, hailed for its menacing sounds and slow beats.")
    assert tag(result, "menacing").voice != "author"


def test_axing_jobs_and_growth_fuelled_by_competition_are_business_copy(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert "axe" not in words(run(nlp, lexicon, "The council plans to axe 500 jobs next year."))
    assert "axe" in words(run(nlp, lexicon, "The council plans to axe the summer festival."))
    fuelled = run(nlp, lexicon, "Broadband use is growing, partly fuelled by fierce competition.")
    assert "fuelled" not in words(fuelled)
