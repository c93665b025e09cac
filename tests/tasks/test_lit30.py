"""Session 30 (lit30): literal and technical senses as data. A domain word in the parse tells a literal sense
for whole families: the laboratory's matter (`science`), an audience and the speech before it (`audience`),
and named entities that count as a domain's word (`domain_entities`: a sum of money or a share is the
market's, a named law the law's). Each literal case is paired with the figure that stays tagged."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias.sense_context import Vetoed
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run


def _tagged(nlp: Language, lexicon: BiasLexicon, body: str) -> list[str]:
    return [t.text.lower() for t in run(nlp, lexicon, body).tags]


def _literal(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> bool:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, body, vetoed=vetoed)
    return word not in [t.text.lower() for t in result.tags] and any(v.sense == "literal" for v in vetoed)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The probe was blasted with intense radiation as it flew past the moon.", "blasted"),
        ("The crystals were exposed to extreme pressure for a week.", "extreme"),
        ("Tiny worms live in extreme habitats near the vents.", "extreme"),
    ],
)
def test_the_laboratorys_matter_makes_a_word_literal(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert _literal(nlp, lexicon, body, word)


def test_a_verb_of_criticism_with_people_or_public_life_keeps_its_tag(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert "blasted" in _tagged(nlp, lexicon, "Researchers blasted the government's plan to cut funding.")
    assert "blasted" in _tagged(nlp, lexicon, "The senator blasted the nuclear deal on Tuesday.")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The teaching unions heckled his speeches at their annual meetings.", "heckled"),
        ("Protesters jeered and booed the president as he arrived at the rally.", "jeered"),
        ("Sections of the crowd taunted the comedian from the balcony until he left the stage.", "taunted"),
        ("The audience howled with laughter at the first sketch.", "howled"),
    ],
)
def test_an_audience_doing_the_act_is_literal(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert _literal(nlp, lexicon, body, word)


def test_the_same_verbs_said_of_a_plan_or_a_rival_are_still_figures(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert "heckled" in _tagged(nlp, lexicon, "The opposition heckled the chancellor's plans for tax rises.")
    assert "taunted" in _tagged(nlp, lexicon, "Howard taunted Blair over the splits in his cabinet.")
    assert "howled" in _tagged(nlp, lexicon, "Critics howled that the tax was unfair.")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The cartoon has raked in $80m in its first week of DVD sales.", "raked in"),
        ("Spending grew a lacklustre 2.9% in 2001.", "lacklustre"),
        (
            "The e-mails broke the Consumer Protection Act because they had deceptive subject lines.",
            "deceptive",
        ),
    ],
)
def test_a_sum_a_share_or_a_law_named_beside_the_word_is_its_domain(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert _literal(nlp, lexicon, body, word)


def test_a_sum_deeper_in_the_object_tells_nothing(nlp: Language, lexicon: BiasLexicon) -> None:
    # the sum is the plan's, not the verb's: "slammed" still criticises
    assert "slammed" in _tagged(nlp, lexicon, "The minister slammed the $80m plan as a waste.")
    assert "lacklustre" in _tagged(nlp, lexicon, "It was a lacklustre speech by the new leader.")
