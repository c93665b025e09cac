"""Issue 12, straight news: senses of ordinary wire, sport and technology copy that are not bias.

Short texts of our own; each test fails without the mechanism it names (the ``object`` and ``genre`` sense
passes, the ``computing`` literal domain).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import Vetoed, report_genre
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tests.tasks.bias_cases import run, words

MATCH_REPORT = (
    "Rovers claimed their first league title in a decade with a crushing 4-0 win over City on Saturday. "
    "Jo Li opened the scoring after ten minutes when a brilliant pass from the captain left the goalkeeper "
    "stranded. City wasted a glorious chance to draw level before half-time, and a desperate tackle by the "
    "defender kept Rovers ahead. The striker scored twice in the second half, and the substitute added a "
    "fourth from the penalty spot in the final minute. The manager praised his squad after the match, and "
    "the club said the team would parade the trophy on Sunday. Rovers finish the season against United in "
    "the last game at their old stadium, where the league leaders have not lost since the opening weekend."
)
# The same kind of words in a political report: no genre, so they are the writer's judgements.
POLICY_REPORT = (
    "The council approved the housing plan on Tuesday after a long debate. Supporters called the vote a "
    "turning point for the city. The brilliant plan will wipe out the waiting list, and the opposition "
    "wasted a glorious chance to shape it. Officials said building would start in the spring, with the "
    "first homes finished next year. The plan sets aside land near the river for 2,000 homes, a school and a "
    "clinic. "
    "The mayor said the money would come from the sale of two office buildings and a loan from the national "
    "housing fund, which must still approve the terms before the summer recess."
)


# ---------------------------------------------------------------- a verb of saying used for something else


@pytest.mark.parametrize(
    "text",
    [
        "Portsmouth claimed a draw at Anfield on Saturday.",
        "The company revealed a new phone at the trade fair in Berlin.",
        "The champion conceded the first set before the rain came.",
    ],
)
def test_a_verb_of_saying_with_a_noun_object_reports_nothing(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert [v.sense for v in vetoed] == ["object"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister claimed the figures were wrong.", "claimed"),
        ("The mayor confessed that the figures were wrong.", "confessed"),
        ("The firm claimed to have doubled its sales.", "claimed"),
    ],
)
def test_the_same_verbs_reporting_a_statement_are_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- the match report's own idiom


def test_a_match_report_is_recognised_by_its_words(nlp: Language, lexicon: BiasLexicon) -> None:
    assert report_genre(nlp(MATCH_REPORT), lexicon) == "sport"
    assert report_genre(nlp(POLICY_REPORT), lexicon) is None
    short = "City wasted a glorious chance in the final minute of the match."
    assert report_genre(nlp(short), lexicon) is None


def test_description_of_play_in_a_match_report_is_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, MATCH_REPORT, headline="Brilliant Rovers crush City", vetoed=vetoed)
    assert not {"crushing", "brilliant", "glorious", "desperate", "crush"} & words(result)
    assert {"genre"} == {v.sense for v in vetoed if v.rule in ("crush", "brilliant", "glorious")}
    assert any(v.field == "headline" and v.sense == "genre" for v in vetoed)  # the headline takes its body's


def test_the_same_words_outside_a_match_report_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert {"brilliant", "glorious"} <= words(run(nlp, lexicon, POLICY_REPORT))


def test_labels_in_a_match_report_are_still_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = MATCH_REPORT + " Police are investigating racist chants by a group of thugs in the away end."
    assert {"racist", "thugs"} <= words(run(nlp, lexicon, body))


# ---------------------------------------------------------------- technical senses of computing


def test_computing_terms_are_technical(nlp: Language, lexicon: BiasLexicon) -> None:
    text = (
        "The number of malicious programs circulating online topped 100,000, and one worm crippled the "
        "network of a bank."
    )
    assert run(nlp, lexicon, text).tags == []


def test_the_same_words_about_people_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "malicious" in words(run(nlp, lexicon, "Her rivals spread malicious rumours about her family."))


# ---------------------------------------------------------------- a metaphor of quantity needs its "of"


def test_the_wave_itself_is_not_a_metaphor(nlp: Language, lexicon: BiasLexicon) -> None:
    assert run(nlp, lexicon, "Labour postponed its poster launch after the Asian tsunami.").tags == []
    assert "tsunami" in words(run(nlp, lexicon, "The firm now faces a tsunami of lawsuits."))


# ---------------------------------------------------------------- a label only when said of people


@pytest.mark.parametrize(
    "text",
    [
        "The bill would protect animals from neglect by their keepers.",
        "The ministry valued the culled animals at twice the market price.",
    ],
)
def test_animals_are_animals(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert [v.sense for v in vetoed] == ["people"]


@pytest.mark.parametrize(
    "text",
    [
        "These people are animals.",
        "The prisoners were treated like animals.",
        "The president called the gang members animals.",
    ],
)
def test_animals_said_of_people_is_a_label(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert "animals" in words(run(nlp, lexicon, text))


# ------------------------------------------------------------ a rule withheld for misfiring on straight news


def test_a_withheld_rule_is_kept_aside_with_its_reason(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The ministry launched a pilot scheme for young drivers in March.")
    assert result.tags == [] and result.author_score == 0
    [held] = result.withheld
    assert (held.text, held.rule) == ("scheme", "scheme")
    assert "withheld: the rule misfires on straight news" in held.reason


def test_a_withheld_rule_feeds_no_other_rule(nlp: Language, lexicon: BiasLexicon) -> None:
    # "plan" elsewhere would make "scheme" one-sided; withheld, it is not tagged at all
    text = "The council has a plan for the port. The mayor has a scheme for the airport."
    assert run(nlp, lexicon, text).tags == []


# ---------------------------------------------------------------- charges an inquiry asks about or names


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The regulator is investigating whether investors were misled about the risks.", "question"),
        ("The attorney-general opened an inquiry into whether insurers rigged the market.", "question"),
        ("The watchdog is examining allegations of misleading the market.", "charge"),
        ("He was convicted of selling secrets and murdering a guard.", "charge"),
    ],
)
def test_a_charge_asked_about_or_named_is_not_stated(
    nlp: Language, lexicon: BiasLexicon, text: str, sense: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert {v.sense for v in vetoed} == {sense}


@pytest.mark.parametrize(
    "text",
    [
        "The blogger was jailed for inciting hatred against the police.",
        "The two men were charged with spreading immoral content online.",
        "She was convicted of promoting immorality on social media.",
        "Police arrested the men for carrying rifles and planning to incite violence at the rally.",
    ],
)
def test_the_object_of_an_offences_gerund_is_the_offences_name(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert {v.sense for v in vetoed} == {"charge"}


def test_the_same_object_outside_a_charge_is_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert words(run(nlp, lexicon, "The cleric was preaching hatred at the rally.")) == {"hatred"}
    assert words(run(nlp, lexicon, "The men were planning to incite violence at the rally.")) == {"incite"}


@pytest.mark.parametrize(
    "text", ["The insurers rigged the market for years.", "The company misled investors about its debts."]
)
def test_the_same_charge_stated_is_tagged(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert run(nlp, lexicon, text).tags


# ---------------------------------------------------------------- what "anti-" opposes, what a tribunal tries


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister defended his anti-terror proposals in the Commons.",
        "A German film about an anti-Nazi resistance heroine drew loud applause.",
    ],
)
def test_what_anti_opposes_labels_no_one(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert [v.sense for v in vetoed] == ["opposed"]


def test_the_same_words_without_anti_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    assert {"terror", "nazi"} <= words(run(nlp, lexicon, "Nazi thugs spread terror through the town."))


def test_a_tribunal_named_for_its_charge_is_a_name(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    text = "Talks will begin once the country co-operates with the UN war crimes tribunal."
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert [v.sense for v in vetoed] == ["charge"]


# ---------------------------------------------------------------- the story's words, a show's tickets


@pytest.mark.parametrize(
    "text",
    [
        "Her breakthrough came in 1990, playing seductive con artist Myra Langtry in a thriller.",
        "It was her role in the 1991 gangster flick Bugsy that made her name.",
        "They are taken in by their wicked uncle Count Olaf, played by Carrey.",
        "Other bands at the sold-out festival include Keane.",
        "Her new film about a corrupt police chief opens on Friday.",
        "The novel is about a crooked mayor and his brother.",
    ],
)
def test_a_part_played_a_works_genre_and_a_full_house_are_not_judgements(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert vetoed and {v.sense for v in vetoed} <= {"fiction", "literal"}


def test_the_same_words_about_real_people_are_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The senator is a crooked politician and a sell-out, and the gangster runs the city."
    assert {"crooked", "sell-out", "gangster"} <= words(run(nlp, lexicon, text))
    assert "corrupt" in words(run(nlp, lexicon, "The report is about a corrupt police chief."))


def test_playing_a_game_is_no_part(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "They play the same slimy game as their opponents."
    assert "slimy" in words(run(nlp, lexicon, text))


# ------------------------------------------------------------ a statement with its owner, a charge's words


@pytest.mark.parametrize(
    "text",
    [
        "The manager's claim that the board had acted was denied on Friday.",
        "Ms Hart said a claim by the mayor shows the council is worried.",
        "The singer made the claims in a television interview.",
        "The minister discussed these claims with the chancellor.",
    ],
)
def test_a_claim_with_its_owner_is_reported_not_doubted(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    vetoed: list[Vetoed] = []
    assert "claim" not in {w.rstrip("s") for w in words(run(nlp, lexicon, text, vetoed=vetoed))}
    assert "owned" in {v.sense for v in vetoed}


def test_a_claim_no_one_owns_still_casts_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "claims" in words(run(nlp, lexicon, "The site spread claims that the vaccine causes autism."))


def test_the_clause_of_an_owned_claim_is_the_owners(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The coach's claim that the referee had lied was dismissed by the league."
    tag = next(t for t in run(nlp, lexicon, text).tags if t.text == "lied")
    assert (tag.voice, tag.reported, tag.speaker) == ("quoted", True, "coach")
    # With no owner the clause is still a claim the writer reports, not one the writer states.
    unowned = run(nlp, lexicon, "The claim that the referee had lied was dismissed by the league.")
    lied = next(t for t in unowned.tags if t.text == "lied")
    assert (lied.voice, lied.speaker) == ("quoted", None)


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("He was found guilty of terrorist acts in 2003.", "charge"),  # the offence's own words
        ("The parties floated the notion of admitting refugees from Syria.", "object"),  # admit = let in
        ("She was designated a dangerous offender in 2001.", "literal"),  # a legal designation
        ("The phone is heavily exploited by virus writers.", "literal"),  # computing
    ],
)
def test_technical_and_legal_terms_are_not_judgements(
    nlp: Language, lexicon: BiasLexicon, text: str, sense: str
) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, text, vetoed=vetoed).tags == []
    assert sense in {v.sense for v in vetoed}


def test_a_pleas_object_in_a_headline_is_the_charge(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    headline = "Sprinter denies faking road crash"
    result = run(nlp, lexicon, "The sprinter spoke to reporters.", headline, vetoed)
    assert result.tags == [] and [v.sense for v in vetoed] == ["charge"]
    assert "faking" in words(run(nlp, lexicon, "The sprinter was faking the injury all along."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It was a knee-jerk reaction to the case.", "jerk"),  # the other half of a hyphenated compound
        ("Aid is to rise to 0.7% of gross national income.", "gross"),
        ("In spite of the allegations, he continues to lead the bank.", "spite"),
        ("The senator used his bully pulpit.", "bully"),
    ],
)
def test_fixed_expressions_are_not_the_loaded_word(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, text))


# ---------------------------------------------------------------- headlinese


def test_headline_shorthand_is_not_the_desks_judgement(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    body = "The two brothers disagreed again over the firm's plans, the company said on Monday."
    result = run(nlp, lexicon, body, "Family feud heats up as chairman chides board", vetoed)
    assert [t for t in result.tags if t.field == "headline"] == []
    assert {v.sense for v in vetoed} == {"headline"}
    # The same words in the body are the writer's.
    assert {"feud", "chides"} <= words(
        run(nlp, lexicon, "The family feud heats up as the chairman chides the board.")
    )


def test_the_desks_loaded_words_in_a_headline_still_count(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The council met on Monday.", "Council passes brutal budget")
    assert [(t.field, t.text) for t in result.tags] == [("headline", "brutal")]


def test_plain_reporting_verbs_are_withheld_with_their_reason(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The company admitted that the data was lost, and the minister insisted the plan would work."
    result = run(nlp, lexicon, text)
    assert not {"admitted", "insisted"} & words(result)
    assert {t.text for t in result.withheld} == {"admitted", "insisted"}
    assert all("withheld" in t.reason for t in result.withheld)


# ---------------------------------------------------------------- a topic, not a label; the register's "says"


@pytest.mark.parametrize(
    "text",
    [
        "Citizens suspected of involvement in terrorism could face house arrest.",
        "The government will spend more on the fight against terrorism.",
        "The war on terror has cost billions, and terror suspects will be held longer.",
    ],
)
def test_terrorism_as_a_topic_labels_no_one(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert not {"terrorism", "terror"} & words(run(nlp, lexicon, text))


def test_terrorism_said_of_an_act_is_a_label(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "terrorism" in words(run(nlp, lexicon, "The bombing of the market was terrorism."))


def test_the_register_default_verb_of_saying_is_no_one_sided_choice(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    text = "The mayor claimed that the figures were wrong. The treasurer said they were right."
    tags = run(nlp, lexicon, text).tags
    assert "claim/VERB" in {t.rule for t in tags} and not any(t.one_sided for t in tags)
    # A neutral word that is a real choice still shows one-sided framing.
    text = "The regime jailed the protesters. The government of the neighbouring country freed its own."
    assert any(t.one_sided for t in run(nlp, lexicon, text).tags)


# ---------------------------------------------------------------- a disease described as a disease


def test_a_disease_doing_what_diseases_do_is_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    assert run(nlp, lexicon, "The disease cripples the immune system within weeks.", vetoed=vetoed).tags == []
    assert [v.sense for v in vetoed] == ["literal"]
    assert "crippled" in words(run(nlp, lexicon, "The strike crippled the city's transport for a week."))


def test_a_self_description_credits_the_label_and_casts_no_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    # "self-described" attributes the label to the person's own words; "self-appointed" questions a title.
    assert words(run(nlp, lexicon, "The self-described socialist won the primary on Tuesday.")) == set()
    assert words(run(nlp, lexicon, "The self-appointed guardians of the party won the primary.")) == {
        "self-appointed"
    }


# ---------------------------------------------------------------- whose view: openers, colons, interviews


def _voice(result: BiasResult, word: str) -> tuple[str, str | None]:
    tag = next(t for t in result.tags if t.text == word)
    return tag.voice, tag.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("To Senator Jane Moss, the new tax is a shameless giveaway.", "Jane Moss"),
        ("In the mayor's view, the new tax is a shameless giveaway.", "mayor"),
        ("In the view of the unions, the new tax is a shameless giveaway.", "unions"),
        ("To many, the new tax is a shameless giveaway.", None),
        ("The mayor's view is that the new tax is a shameless giveaway.", "mayor"),
    ],
)
def test_a_view_credited_at_the_start_is_its_holders(
    nlp: Language, lexicon: BiasLexicon, text: str, speaker: str | None
) -> None:
    assert _voice(run(nlp, lexicon, text), "shameless") == ("quoted", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "To date, the new tax is a shameless giveaway.",
        "In my view, the new tax is a shameless giveaway.",
        "Editor's note: the new tax is a shameless giveaway.",
        "Update: the new tax is a shameless giveaway.",
    ],
)
def test_the_papers_own_openers_leave_the_writers_voice(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    assert _voice(run(nlp, lexicon, text), "shameless")[0] == "author"


def test_a_speaker_before_a_colon_says_the_rest(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "The vote is on Monday.", headline="Trudeau: Tory tax is a shameless giveaway")
    assert _voice(result, "shameless") == ("quoted", "Trudeau")
    result = run(
        nlp, lexicon, "Democrats' new warning: the leaks could hold shameless lies.\n\nThe vote is soon."
    )
    assert _voice(result, "shameless") == ("quoted", "Democrats")


def test_interview_answers_are_the_interviewees(nlp: Language, lexicon: BiasLexicon) -> None:
    text = (
        "She spoke to us this week.\n\nQ: Why did you leave?\n\nA: The office was a shameless mess.\n\n"
        "Q: And then?\n\nA: I went home.\n\nIt was a disgraceful way to treat staff.\n\nQWhat now?"
    )
    assert _voice(run(nlp, lexicon, text), "shameless") == ("quoted", None)
    assert _voice(run(nlp, lexicon, text), "disgraceful") == ("quoted", None)  # the answer's next paragraph
    assert _voice(run(nlp, lexicon, "A: The office was a shameless mess."), "shameless")[0] == "author"


def test_what_someone_unnamed_said_is_not_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Riding alone in the park at night, they said, can be a reckless gamble."
    assert _voice(run(nlp, lexicon, text), "reckless") == ("quoted", None)


@pytest.mark.parametrize(
    ("plain", "loaded", "word"),
    [
        (
            "The committee sent a contempt resolution to the House.",
            "The senator showed contempt for voters.",
            "contempt",
        ),
        ("Bodies could be seen lying on the road.", "The mayor was lying about the budget.", "lying"),
        ("He hopes to win an outright majority.", "It was an outright lie.", "outright"),
        ("He leads a terror group in the north.", "The raids spread terror among villagers.", "terror"),
        ("Leaders expressed outrage over the attack.", "The new tax is an outrage.", "outrage"),
    ],
)
def test_legal_physical_and_plain_senses_are_not_judgements(
    nlp: Language, lexicon: BiasLexicon, plain: str, loaded: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, plain))
    assert word in words(run(nlp, lexicon, loaded))


def test_a_clause_after_an_attributions_semicolon_goes_on_with_the_speaker(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    text = "The plan is sound, Jo Li said; the critics are shameless."
    assert _voice(run(nlp, lexicon, text), "shameless") == ("quoted", "Jo Li")
    # A semicolon after the writer's own clause joins nothing to anyone.
    assert (
        _voice(run(nlp, lexicon, "The plan is sound; the critics are shameless."), "shameless")[0] == "author"
    )
