"""Issue 12, a blind check on thirteen straight-news articles of our own in genres seldom covered (fresh14).

Short texts of our own; each test fails without the lexicon data or the parse rule it names: farming, pests
and wildlife are a literal domain and topic (``nature``: a mouse plague, a locust swarm, crops devastated by
frost, growers baiting paddocks); military, motor-racing and surgical senses as data (hostile radar, a race
neutralised behind the safety car, a radical mastectomy, an engine that exploded); and a superlative ranked
over a span of time (``record_spans``: "the worst harvest in a generation", "the worst she had seen in 30
years", through the relative clause).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words

# ---------------------------------------------------------------- farming, pests and wildlife


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Farmers are baiting paddocks to stop mice eating the newly sown crops.", "baiting"),
        ("A locust swarm devastated crops across the region last month.", "swarm"),
        ("A locust swarm devastated crops across the region last month.", "devastated"),
        ("Aphids infested the wheat crop after a mild winter.", "infested"),
        ("Potato blight has hit growers in Ireland after a wet July.", "blight"),
        ("The fungus has decimated banana plantations across Latin America.", "decimated"),
        ("Starlings swarmed over the pier at dusk.", "swarmed"),
        ("Deer populations have exploded in the absence of predators.", "exploded"),
        ("Deer have multiplied in the absence of predators.", "predators"),
        ("A keeper was mauled by a tiger at the zoo on Tuesday.", "mauled"),
        ("The boy was savaged by a neighbour's dog and needed 40 stitches.", "savaged"),
        ("Rats were the vermin that carried fleas.", "vermin"),
        ("The fungus hijacks the bodies of ants.", "hijacks"),
        ("The volcano erupted, spewing ash 10 km into the sky.", "spewing"),
    ],
)
def test_farming_and_wildlife_are_literal(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, body))


FARM_STORY = (
    "Wheat growers expect the smallest harvest in years after a dry winter. Farmers have cut failed crops "
    "for hay and turned sheep onto the paddocks to graze them, and barley and canola yields are down too. "
    "Agronomists said the plague was not as severe as the one in 2021. Mice have eaten seed in the soil "
    "across thousands of hectares, and growers say fertiliser costs have doubled."
)


def test_a_farming_story_makes_its_pests_literal_anywhere(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "plague" not in words(run(nlp, lexicon, FARM_STORY))
    # the figure for people still tags
    assert "plague" in words(run(nlp, lexicon, "Corruption is a plague on the city's politics."))
    assert "infested" in words(run(nlp, lexicon, "He said the ministry was infested with traitors."))
    assert "vermin" in words(run(nlp, lexicon, "The columnist called the migrants vermin."))


# ---------------------------------------------------------------- military, racing and surgical senses


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The jet's sensors can jam hostile radar and warn the crew of incoming missiles.", "hostile"),
        ("Troops came under hostile fire near the border post.", "hostile"),
        ("The race was neutralised behind the safety car for five laps.", "neutralised"),
        ("The striker was neutralised by a superb defensive display.", "neutralised"),
        ("The surgeon performed a radical mastectomy.", "radical"),
        ("The engine exploded shortly after take-off.", "exploded"),
    ],
)
def test_technical_senses(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word not in words(run(nlp, lexicon, body))


def test_hostile_fire_is_military_and_a_hostile_minister_is_not(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "hostile" not in words(run(nlp, lexicon, "The patrol came under hostile fire near the border."))
    assert "hostile" in words(run(nlp, lexicon, "The minister was hostile to every question."))


def test_a_race_neutralised_is_racing_and_a_gunman_neutralised_is_not(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert "neutralised" not in words(run(nlp, lexicon, "The race was neutralised for five laps."))
    assert "neutralised" in words(run(nlp, lexicon, "Special forces neutralised the gunman after a siege."))


# ---------------------------------------------------------------- a superlative ranked over a span of time


@pytest.mark.parametrize(
    "body",
    [
        "It was the worst harvest in a generation.",
        "She said her yields would be the worst she had seen in 30 years on the property.",
    ],
)
def test_a_superlative_over_a_span_is_a_rank(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert "worst" not in words(run(nlp, lexicon, body))
    # a superlative over no measured span is still a verdict
    assert "worst" in words(run(nlp, lexicon, "It was the worst decision the council has ever made."))


# ---------------------------------------------------------------- sport: a scoreline, a match report


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("Leinster were slaughtered 52-3 by the All Blacks in Dublin.", "slaughtered"),
        ("The Lakers were humiliated 140-98 by the Celtics.", "humiliated"),
        ("He thrashed his opponent 6-0 6-1.", "thrashed"),
    ],
)
def test_a_scoreline_on_the_verb_says_it_is_play(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, body))


MATCH_REPORT = (
    "Leinster scored six tries as they beat Ulster 45-12 at the stadium on Saturday to go top of the "
    "league. The hosts led 17-7 at half-time after two tries from the wing, and the visitors were massacred "
    "after the break. Ulster's coach said his team had been outplayed. The win leaves Leinster two points "
    "clear at the top of the table with three rounds of the season left, and the captain will be assessed "
    "for a knee injury. Ulster, who had won four of their last five matches in the league, drop to sixth "
    "and face a trip to Munster next weekend, when their coach expects to have the injured players back in "
    "the squad."
)


def test_a_match_report_makes_sport_senses_literal_anywhere(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "massacred" not in words(run(nlp, lexicon, MATCH_REPORT))
    # outside play the word is still an accusation
    assert "massacred" in words(
        run(nlp, lexicon, "Soldiers massacred villagers in the hills, the report said.")
    )


def test_the_verb_savage_is_not_the_dehumanising_adjective(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "savaged" not in words(
        run(nlp, lexicon, "McIlroy was savaged by the wind and finished with a 78.")
    )
    assert "savage" in words(run(nlp, lexicon, "The columnist called the protesters savage."))


# ---------------------------------------------------------------- a second blind set: sounds, space, cricket


def test_a_scream_is_a_sound_unless_it_carries_words(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "screaming" not in words(run(nlp, lexicon, "People were screaming as the plane shook."))
    assert "shrieked" not in words(run(nlp, lexicon, "Fans shrieked as the band walked on stage."))
    # inside a quotation, the marks are the witness's words, not the verb's
    body = '"There was a loud bang," said Ana Ruiz. "People were screaming and the lights went out."'
    assert "screaming" not in words(run(nlp, lexicon, body))
    # introducing or closing a quotation, or with a clause, it is the writer's verb of saying
    assert "screamed" in words(run(nlp, lexicon, 'She screamed: "Get out of my house!"'))
    assert "screamed" in words(run(nlp, lexicon, '"Get out!" she screamed at the officers.'))
    assert "screamed" in words(run(nlp, lexicon, "The minister screamed that the plan was a disgrace."))
    # a clause the parse hangs on the verb it completes ("want to shout and scream ... that")
    body = "Why do you want to shout and scream at us that the plan is fair when you never read it?"
    assert "scream" in words(run(nlp, lexicon, body))
    # the noun keeps its figure
    assert "shrieks" in words(run(nlp, lexicon, "The council ignored the shrill shrieks of the online mob."))


SPACE_STORY = (
    "Astronomers using a telescope at the observatory watched gas from a torn-apart companion spiral toward "
    "the core of a distant galaxy. The gravity of the black hole pulled the material into a disc, where it "
    "heated up and glowed. It is a chaotic process, said the lead astronomer, and the universe is full of "
    "such events, from comet impacts on a planet to a supernova in a neighbouring galaxy. The team plans to "
    "follow the flare with a spacecraft in orbit over the next year, and other observatories will join."
)


def test_an_astronomy_story_describes_matter(nlp: Language, lexicon: BiasLexicon) -> None:
    found = words(run(nlp, lexicon, SPACE_STORY))
    assert "spiral" not in found and "chaotic" not in found


CRICKET_REPORT = (
    "Root scored his 37th Test century as England reached 358 for four at the close on the first day of the "
    "second Test. Brook was particularly savage on anything short, pulling four sixes before he was bowled. "
    "India's seamers took two wickets in the first hour on a green pitch, and the captain said his bowlers "
    "had beaten the bat often. England lead the series 1-0 after winning the first Test by five wickets, "
    "and the match resumes at 11am with the new ball due after eight overs of the second morning's play "
    "against a team that has won three of its last four Test matches on tour."
)


def test_savage_batting_in_a_match_report_is_play(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "savage" not in words(run(nlp, lexicon, CRICKET_REPORT))
