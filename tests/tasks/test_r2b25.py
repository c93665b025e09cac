"""r2b25: a headline's marked word in a match report, a feeling given to a named person there, and a gerund's
label credited to an "as X have done" clause."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import gated, run, tag, voice_of, words

# A match report of our own, long enough and dense enough in the genre's cue words to read as one.
MATCH = (
    "United beat City 2-1 in the league match at the stadium on Saturday. The striker scored the first goal "
    "after ten minutes and the captain added a second before half-time. City pulled one back from the "
    "penalty spot in the second half, but the home side held on for the win. The manager praised his squad "
    "after the game and said the team had played well. The defender was booked in the final minute. "
    "The club are now third in the league table with ten games of the season left, two points behind "
    "the leaders, and the coach said the players were ready for the cup tie next week against the champions. "
)


def test_headline_marked_word_in_match_report_is_quoted(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, MATCH, headline="United win as Brady slams 'disgraceful' late penalty")
    t = tag(result, "disgraceful")
    assert (t.field, t.voice) == ("headline", "quoted")


def test_feeling_of_named_person_in_match_report(nlp: Language, lexicon: BiasLexicon) -> None:
    body = MATCH + "City manager Tom Brady was incensed after the final whistle."
    assert tag(run(nlp, lexicon, body), "incensed").voice == "author"
    result = run(nlp, lexicon, MATCH, headline="United win as furious Brady hits out at referee")
    assert tag(result, "furious").field == "headline"
    body = MATCH + "A furious fightback from the visitors came too late."  # the play's idiom still
    assert "furious" not in {t.text.lower() for t in run(nlp, lexicon, body).tags}


def test_gerund_label_credited_to_as_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Calling the nurses greedy, as several ministers have done, will not end the strike."
    assert voice_of(nlp, lexicon, body, "greedy") == ("quoted", "several ministers")
    body = "Calling them extremists, as some of the mayor's friends have done, is a mistake."
    assert voice_of(nlp, lexicon, body, "extremists") == ("quoted", "mayor's friends")


def test_another_after_a_post_is_a_member_of_the_group(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'Parents took to social media to air their anger. One wrote on Facebook: "Classes cut again and '
        'this joker gets a bonus?? Shocking." Another posted on X: "Town Council = rip-off merchants. '
        'Never voting for them again."'
    )
    assert voice_of(nlp, lexicon, body, "rip-off") == ("quoted", "Another")


def test_worth_advice_is_no_verdict(nlp: Language) -> None:
    assert "worth" not in words(gated(nlp, "It is worth being careful with these figures."))
    assert "worth" in words(gated(nlp, "It is worth noting that the plan was approved."))


def test_denied_label_in_writers_voice(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Most of the rebels are not ideologues but worried backbenchers."
    assert "ideologues" not in words(run(nlp, lexicon, body))
    assert "ideologues" in words(run(nlp, lexicon, "Most of the rebels are ideologues."))


def test_newsroom_we_is_no_stance(nlp: Language) -> None:
    assert "we" not in words(
        gated(nlp, "This shameful council has utterly failed its residents, we can reveal.")
    )
    assert "we" in words(gated(nlp, "This shameful council has utterly failed its residents, we believe."))
