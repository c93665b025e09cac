"""Issue 12, precision: everyday senses of words the bias lexicon lists, told by the parse. "Boast" with a
noun object and no clause means "has" (a town boasts two beaches); "gloomy" said of a market outlook or
investors is the business page's plain word; "the worst of" a process picks its hardest part. The loaded
senses still tag. Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_boast_of_a_thing_possessed_means_has(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "The singer, who boasts 4.1 million followers, released a new album on Friday.",
        "The harbour town boasts three beaches and a lighthouse.",
        "The rebuilt school now boasts a pool and 900 pupils.",
        "Portugal boasts fine beaches and a mild climate.",
    ):
        assert "boasts" not in words(run(nlp, lexicon, text)), text


def test_boasting_of_a_statement_stays_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "The minister boasted that the deficit had been cut in half.",
        "The coach boasted about his unbeaten run at the dinner.",
        "The senator boasted his party would win every seat.",
        "The general boasted his courage in front of the troops.",
    ):
        assert "boasted" in words(run(nlp, lexicon, text)), text


def test_gloomy_of_a_market_outlook_is_the_business_word(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "Some fund managers were more gloomy about the outlook for shares next year.",
        "Investors were gloomy after the retailer cut its forecast.",
    ):
        assert "gloomy" not in words(run(nlp, lexicon, text)), text


def test_gloomy_of_people_or_politics_stays_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "The opposition painted a gloomy picture of the government's record.",
        "Campaigners gave a gloomy account of the peace talks.",
    ):
        assert "gloomy" in words(run(nlp, lexicon, text)), text


def test_the_worst_of_a_process_is_a_plain_superlative(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "The worst of the stock slump is now behind the company.",
        "Officials believe the worst of the flooding has passed.",
    ):
        assert "worst" not in words(run(nlp, lexicon, text)), text


def test_worst_as_a_verdict_stays_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "worst" in words(run(nlp, lexicon, "It was the worst decision the council has ever made."))
