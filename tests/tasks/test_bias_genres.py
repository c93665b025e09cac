"""Issue 12, senses and names across genres: an article's topic, the parts in a story, names by their role.

Short texts of our own; each test fails without the mechanism it names (the ``topic`` sense pass and
``article_topics``, the ``fiction`` pass's conjuncts, apposition to a part or work and cast descriptions, a
work's adjective kept as the critic's verdict, and names told by their role at the start of a sentence).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import Vetoed, article_topics
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

# A markets report: the quoted "crushed" and the analysts' "hawkish" sit in sentences with no market word.
MARKETS = (
    "Stocks fell sharply on Wednesday after the central bank said it would keep interest rates high. The "
    "benchmark index lost 2% and the technology index dropped 3%, while bond yields rose to their highest "
    "level in a year. Oil prices slipped and the dollar gained against the euro. "
    '"We got crushed because everyone expected cuts," said Ann Vale, a strategist at a fund in Boston. '
    "Traders called the tone more hawkish than expected. Shares of chipmakers led the losses, while bank "
    "stocks rose. Investors will watch earnings from retailers next week, and trading volumes were heavy. "
    "The currency market was calm, and gold prices held steady near a record as investors sought safety."
)
# The same two sentences in a report about a campaign: no market in sight, so the words are the speakers'.
CAMPAIGN = (
    "The senator lost the primary on Tuesday after a long and bitter campaign. "
    '"We got crushed because everyone expected cuts," said Ann Vale, a strategist for the campaign. '
    "Aides called the tone more hawkish than expected."
)
STORM = (
    "A powerful storm hit the coast on Saturday with winds of up to 90 mph, heavy rain and snow further "
    "inland. Flooding closed roads along the coastline, and the surge swamped homes near the harbour. "
    '"This one is angry and vicious," the chief said of a blaze that the wind drove through a marina '
    "warehouse. Forecasters said temperatures would drop sharply after the storm, with ice on the roads and "
    "more snow on Sunday. The weather service warned of further flooding as the tide rose, and thousands of "
    "homes were without power as gusts brought down lines across the region through the night."
)
LAWSUIT = (
    "A group of tenants filed a lawsuit against a property company on Monday, accusing it of ignoring "
    "repairs. "
    "The complaint, filed in state court, seeks damages for mold and broken heating. The company said in a "
    "statement that the claims were without merit. A judge will hear the case in March, and the tenants' "
    "lawyer said the plaintiffs would ask the jury for compensation. The company's attorney said it would "
    "seek to have the suit dismissed, and that a ruling in its favour would end the litigation. The tenants "
    "said they would appeal any judgment against them, and that they had sued two other landlords in the "
    "same building last year over the same kind of repairs."
)


# ---------------------------------------------------------------- what the article is about


def test_an_article_is_on_the_topics_its_domain_words_tell(nlp: Language, lexicon: BiasLexicon) -> None:
    assert article_topics(nlp(MARKETS), lexicon) == {"finance"}
    assert article_topics(nlp(STORM), lexicon) == {"weather"}
    assert article_topics(nlp(LAWSUIT), lexicon) == frozenset()  # the court's words are read where they sit
    assert article_topics(nlp(CAMPAIGN), lexicon) == frozenset()


@pytest.mark.parametrize(
    ("text", "word"),
    [(MARKETS, "crushed"), (MARKETS, "hawkish"), (STORM, "vicious")],
)
def test_in_an_article_on_a_topic_its_literal_words_are_literal_anywhere(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    assert word not in words(run(nlp, lexicon, text, vetoed=vetoed))
    assert "topic" in {v.sense for v in vetoed}


def test_a_collocations_word_is_literal_only_beside_its_domain_word(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # "outstanding" is literal in "outstanding debt", never throughout a markets report (literal_near)
    text = MARKETS + ' The chief executive called the quarter "an outstanding success" for the company.'
    assert "outstanding" in words(run(nlp, lexicon, text))


def test_the_same_words_off_the_topic_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert {"crushed", "hawkish"} <= words(run(nlp, lexicon, CAMPAIGN))


def test_a_headline_takes_its_bodys_topics(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, MARKETS, headline="Stocks crushed as hawkish bank rattles traders")
    assert not [t for t in result.tags if t.field == "headline"]


# ---------------------------------------------------------------- the parts in a story


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a conjunct stands where the first one does
        ("The actor plays Ernest Ward, a weak and greedy war veteran who marries a rich widow.", "greedy"),
        ("The director's new film is an epic about greed and murder on the frontier.", "murder"),
        # a phrase in apposition to a part or a work
        ("Its hero, a brilliant but cowardly engineer named Theo, joins a start-up.", "cowardly"),
        ("Her portrait of the founder, a ruthless narcissist who speaks in slogans, is sharp.", "ruthless"),
        # the description of a character an actor plays, however the parse hangs it
        ("Farrell plays Oz Cobb, a scarred, ambitious gangster clawing his way to power here.", "gangster"),
        ("For 17 years Reid played Crane, a ruthless businessman who cheated on his wife.", "ruthless"),
    ],
)
def test_a_characters_description_is_the_storys(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    vetoed: list[Vetoed] = []
    assert word not in words(run(nlp, lexicon, text, vetoed=vetoed))
    assert "fiction" in {v.sense for v in vetoed}


def test_a_genres_adjective_on_a_work_is_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    text = "The festival opens with a blockbuster movie and Bizet's tragic opera Carmen."
    assert words(run(nlp, lexicon, text, vetoed=vetoed)) == set()
    assert "literal" in {
        v.sense for v in vetoed
    }  # the blockbuster movie; "tragic opera" is its entry's context


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The new film is a masterful, harrowing epic.", "masterful"),
        ("This is a brutal, unforgettable film.", "brutal"),
        ("The minister is a ruthless operator who cheated his colleagues.", "ruthless"),
    ],
)
def test_a_critics_verdict_on_a_work_and_a_judgement_of_a_person_are_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- names told by their role


@pytest.mark.parametrize(
    "text",
    [
        "Fury, who has never lost a professional fight, said he would retire after the bout.",
        "Fury said he would retire after the bout in Riyadh.",
    ],
)
def test_a_word_in_a_names_role_at_a_sentence_start_is_a_name(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert "name" in {v.sense for v in vetoed}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Savage Russian shelling killed nine people on Monday.", "savage"),
        ("Thugs said they would disrupt the vote.", "thugs"),
        ("Thugs who attacked the bus were arrested on Monday.", "thugs"),
    ],
)
def test_a_description_at_a_sentence_start_is_still_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, text))
