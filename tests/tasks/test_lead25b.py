"""Defects the lead found after reading session 25's blind judges' base reports (NOT blind evidence)."""

from __future__ import annotations

from spacy.language import Language

from tasks.attribution import unsigned_comments
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of

COLUMN = (
    "Some politicians look at crumbling schools and decide the city needs a new stadium.\n\n"
    'On Tuesday the council leader, Jo Marsh, said the loan would "transform the city".\n\n'
    "I have read the business case. It is a work of fiction.\n\n"
    "The jobs figure includes posts that may simply move from one part of the city to another.\n\n"
    'Her allies say I am being a killjoy. The club\'s chief executive called the ground "a beacon".\n\n'
    "I have been to plenty of matches. That is precisely why I find this deal so galling.\n\n"
    'Ms Marsh said there was "no money left" for libraries. The timing is grotesque.\n'
)


def test_a_column_that_goes_on_quoting_people_is_no_run_of_readers_views(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert list(unsigned_comments(COLUMN)) == []
    assert voice_of(nlp, lexicon, COLUMN, "galling") == ("author", None)


MATCHES = (
    "The club wants a new stadium, and the council will lend it the money for the ground.\n\n"
    "I have stood on the terraces in the rain through every season, win or draw, and I love this club.\n\n"
    "But the league table says the team will not win promotion this season, and the manager knows it. The "
    "coach, the captain and every player in the squad know it too. A goal here and a penalty there will not "
    "pay back forty million pounds, whatever the club tells the council.\n\n"
    "I asked the council how the money would be repaid if the club went down. Nobody could tell me. This "
    "loan is reckless, and the deal is grotesque.\n"
)


def test_a_first_person_column_about_a_club_is_no_match_report(nlp: Language, lexicon: BiasLexicon) -> None:
    # a match report's idiom is withheld as its genre's; a columnist's verdicts are the writer's own
    assert {"reckless", "grotesque"} <= {t.text for t in run(nlp, lexicon, MATCHES).tags}
