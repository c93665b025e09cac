"""Precision of author-voice tags on straight news (issue 12, senses3): a law's wording, a game's story, a
regime of rules, the plain idioms of a reaction and a reply.

Sentences and articles are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon

from .bias_cases import run, words

REVIEW = (
    "The game casts you as a soldier stranded on a moon base with a handful of survivors. Players must fight "
    "off a deadly virus that turns the crew into zombies, and the monster stalking the corridors is hard to "
    "beat: you knock out three guards before plummeting over a cliff to your doom. The gameplay is fast, the "
    "levels are huge and the graphics are superb. The game's sequel is due next year, and the first game in "
    "the series sold two million copies. In the game, a killer roams the city at night and the player must "
    "track him down through twelve levels. Players will commandeer any vehicle they find. The console "
    "version of the game costs £40."
)


def _senses(vetoed: list[Vetoed], sense: str) -> set[str]:
    return {v.rule.split("/")[0] for v in vetoed if v.sense == sense}


def test_what_a_law_bars_or_covers_is_its_wording(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    barred = run(
        nlp, lexicon, "Two men were convicted under a state law that bars sending e-mail with fake addresses."
    )
    assert "fake" not in words(barred)
    held = run(
        nlp,
        lexicon,
        "Police may arrest suspects under the Terrorism Act for questioning in connection with possible "
        "terrorist activity.",
        vetoed=vetoed,
    )
    assert "terrorist" not in words(held)
    assert "terrorist" in _senses(vetoed, "law")
    # Beside a law but said of someone by the writer, a label is still the writer's.
    said = run(nlp, lexicon, "Under the new law, the fanatical regime can jail its critics for years.")
    assert "fanatical" in words(said)
    listed = run(
        nlp,
        lexicon,
        "The changes include laws designed to deter migrants, new fences and concentration camps.",
    )
    assert "concentration camps" in words(listed)


def test_what_happens_in_a_game_under_review_is_the_games_story(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, REVIEW, vetoed=vetoed)
    assert not {"doom", "commandeer", "plummeting"} & words(result)
    assert {"doom", "commandeer", "plummet"} <= _senses(vetoed, "fiction")
    # The critic's own verdict on the game stays the critic's.
    assert "superb" in words(result)


def test_a_regime_named_for_what_it_rules_is_a_system(nlp: Language, lexicon: BiasLexicon) -> None:
    rules = run(
        nlp,
        lexicon,
        "The new drug-testing regime will start next season. The minister changed the regime of detention "
        "without trial.",
    )
    assert "regime" not in words(rules)
    governments = run(nlp, lexicon, "The Soviet regime jailed him in 1962.")
    assert "regime" in words(governments)


def test_a_caused_outcry_and_a_retort_to_claims_are_reported(nlp: Language, lexicon: BiasLexicon) -> None:
    caused = run(nlp, lexicon, "The plans to close the hospital sparked a public outcry in the town.")
    assert "outcry" not in words(caused)
    felt = run(nlp, lexicon, "The outcry over the closure was deafening.")
    assert "outcry" in words(felt)
    reply = run(nlp, lexicon, "The minister hit back at criticism of the plan on Monday.")
    assert "hit back at" not in words(reply)
    blow = run(nlp, lexicon, "The minister hit back at the Tories on Monday.")
    assert "hit back at" in words(blow)


def test_a_claim_of_a_kind_or_against_someone_is_a_demand(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    kind = run(
        nlp,
        lexicon,
        "The rise in liability claims worried the firm. The firm rejected the claims against the singer.",
        vetoed=vetoed,
    )
    assert "claims" not in words(kind)
    assert _senses(vetoed, "demand") == {"claim"}
    doubted = run(nlp, lexicon, "Claims that the vaccine is unsafe spread online.")
    assert "claims" in words(doubted)


def test_a_label_in_a_list_of_topics_is_a_topic(nlp: Language, lexicon: BiasLexicon) -> None:
    listed = run(nlp, lexicon, "His duties included civil emergencies, security, terrorism and expenditure.")
    assert "terrorism" not in words(listed)
    said = run(nlp, lexicon, "The attack on the market was terrorism.")
    assert "terrorism" in words(said)


# A game review that names its plot, sequel, character, series and gameplay among many words on play: fewer
# than 3% of its words are the fiction domain's, but seven different ones.
RACER = (
    "Dust Runner, the third outing for the desert racing game, arrives this week on all the major "
    "machines. The developers have spent two years on it, and it shows in the cars, the tracks and the "
    "weather. You drive a battered truck across a dry sea bed, collecting water for a town that has run "
    "out of almost everything. The plot is thin, but it does not need to be more. Each stage asks you to "
    "reach a well before a rival crew, and the rival drivers are cunning and fast. The handling is heavy "
    "at first and takes an hour or so to learn. After that the truck slides through corners with real "
    "weight behind it, and the sense of speed on the flats is strong. There are twenty tracks, each with "
    "three routes, and the night races are the best of them. A sandstorm can roll in without warning and "
    "leave you driving blind, and one wrong turn sends you over a dune to your doom. The sequel adds a "
    "second character, a mechanic who can repair the truck between stages, and her scenes are the warmest "
    "in the series. The gameplay loop of racing, repairing and trading parts is simple and works well. "
    "Fans of the franchise will find much that is familiar. The menus are clumsy and the loading times "
    "are long, and the music is forgettable. But the driving itself is the reason to buy it, and on that "
    "count it delivers. It costs £35 and is out on Friday."
)


def test_a_game_review_with_a_varied_story_vocabulary_is_a_review(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, RACER, vetoed=vetoed)
    assert "doom" not in words(result)
    assert "doom" in _senses(vetoed, "fiction")
    assert "clumsy" in words(result)  # the critic's verdict
