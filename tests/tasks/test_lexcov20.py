"""Issue 12, recall of loaded wording in the writer's voice (lexcov20): partisan and tabloid news style.

Short sentences of our own: a loaded use each family's entries tag in the writer's voice, and a literal
use their sense conditions leave alone (a jury's punitive damages, a dog show's poodle, a boat's bilge, a
bakery's fudge, a runner who stumbles, networks "sniffed out", a title race's stranglehold). Each loaded
case fails without the entries in ``bias.yaml``; each literal case fails if its entry loses the condition
that names the literal sense.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run

LOADED = [
    # loaded names for policies and their costs
    ("The governor's tax-hiking allies won the vote on Friday.", "tax-hiking"),
    ("The chancellor announced swingeing cuts to council budgets.", "swingeing"),
    ("The party's spending binge has left the city with higher debts.", "spending binge"),
    # sneering labels for people
    ("The senator's reply showed how out of touch he has become.", "out of touch"),
    ("Voters are tired of the do-nothing Congress.", "do-nothing"),
    ("Critics of the prime minister, Washington's poodle, were ignored again.", "poodle"),
    ("Faceless bureaucrats in the capital drew up the rules.", "Faceless bureaucrats"),
    # dismissive verbs and nouns for what politicians do
    ("The candidate hobnobbed with donors at a seaside resort.", "hobnobbed"),
    ("The rudderless government wheeled out a junior minister to defend the plan.", "rudderless"),
    ("The rudderless government wheeled out a junior minister to defend the plan.", "wheeled out"),
    ("The firm cooked the books to fob off its investors.", "fob off"),
    ("In another outburst, the minister attacked the press.", "outburst"),
    # insinuation and charges of insincerity
    ("The speech was a thinly veiled attack on his predecessor.", "thinly veiled"),
    ("Voters have heard empty promises on housing for a decade.", "empty promises"),
    ("The House passed another pork-laden bill on Thursday.", "pork-laden"),
    # intensified reporting verbs
    ("'We will see,' the chancellor sniffed.", "sniffed"),
]

LITERAL = [
    ("The jury awarded the family $2 million in punitive damages after the trial.", "punitive"),
    ("A poodle named Biscuit won best in show at the county fair on Saturday.", "poodle"),
    ("Crew members pumped water from the bilge after the fishing boat began to list.", "bilge"),
    ("The bakery won an award for its vanilla fudge.", "fudge"),
    ("The runner stumbled on the final bend and lost the race.", "stumbled"),
    ("Wi-fi networks can be sniffed out by anyone with the right equipment.", "sniffed"),
    ("Dublin tightened their stranglehold on the title with a win over Kerry.", "stranglehold"),
    ("Traffic snarled the ring road after a lorry overturned near the junction.", "snarled"),
    ("He slipped and fell flat on the ice outside the station.", "fell flat"),
]


def _author_words(nlp: Language, lexicon: BiasLexicon, body: str) -> list[str]:
    return [t.text for t in run(nlp, lexicon, body).tags if t.voice == "author"]


@pytest.mark.parametrize(("body", "word"), LOADED)
def test_the_writers_loaded_use_is_tagged(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word in _author_words(nlp, lexicon, body)


@pytest.mark.parametrize(("body", "word"), LITERAL)
def test_the_literal_use_is_not(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word not in [t.text for t in run(nlp, lexicon, body).tags]
