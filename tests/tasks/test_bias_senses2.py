"""Senses2 (session 11): readers' signed comments are their signatories' words; a clause about a story is the
story's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.attribution import signed_comments
from tasks.bias import Vetoed, tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tasks.quotes import quotes


def run(nlp: Language, lexicon: BiasLexicon, body: str) -> BiasResult:
    cues = load_reporting_verbs(LEXICON_DIR)
    doc = nlp(body)
    return tag_bias(doc, quotes(doc, entities(doc, titles=cues.titles), cues=cues), lexicon=lexicon)


def _voice(result: BiasResult, word: str) -> tuple[str, str | None]:
    tag = next(t for t in result.tags if t.text == word)
    return tag.voice, tag.speaker


_PAGE = (
    "The council wants to shut the library. We asked what you think.\n\n"
    "It is a shameless idea. My children read there every week.\n"
    "Jo Marsh, Hull\n\n"
    "It was always going to close.\n"
    "Sam Reed, Lagos, Nigeria\n\n"
    "The plan is a disgraceful waste. I am not surprised. Ann Hale, York\n\n"
    "Close it and sell the land.\n"
    "Raj Patel, Leeds"
)


def test_a_signed_comment_is_the_signatorys(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, _PAGE)
    assert _voice(result, "shameless") == ("quoted", "Jo Marsh")  # signature on a line of its own
    assert _voice(result, "disgraceful") == ("quoted", "Ann Hale")  # signature ending the paragraph
    assert [q.speaker.text for q in signed_comments(_PAGE) if q.speaker] == [
        "Jo Marsh",
        "Sam Reed",
        "Ann Hale",
        "Raj Patel",
    ]


def test_one_or_two_signed_lines_are_no_comments_page(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "It is a shameless idea.\nJo Marsh, Hull\n\nThe plan is a waste.\nSam Reed, Lagos"
    assert _voice(run(nlp, lexicon, text), "shameless")[0] == "author"
    # a team sheet's lines end in a full stop: no signatures
    sheet = "\n\n".join(["Chelsea: Cech, Terry, Lampard.", "Arsenal: Lehmann, Cole, Henry."] * 2)
    assert list(signed_comments(sheet)) == []


def _vetoed(nlp: Language, lexicon: BiasLexicon, body: str) -> dict[str, str]:
    cues = load_reporting_verbs(LEXICON_DIR)
    doc = nlp(body)
    vetoed: list[Vetoed] = []
    tag_bias(doc, quotes(doc, entities(doc, titles=cues.titles), cues=cues), lexicon=lexicon, vetoed=vetoed)
    return {doc[v.start : v.end].text: v.sense for v in vetoed}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The film's hero is blackmailed by his brother.", "blackmailed"),
        ("In the film, a clerk is blackmailed by his brother.", "blackmailed"),
        ("The film's hero is forced to commandeer a ferry.", "commandeer"),
        ("Mara (Kate Lowe) plots a vindictive revenge.", "vindictive"),
        ("Hal Reyes is superb as Jack Moss, a petty clerk.", "petty"),
        ("The novel's narrator is a snob who lies to everyone.", "lies"),
    ],
)
def test_a_clause_about_a_story_is_the_storys(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert _vetoed(nlp, lexicon, text).get(word) == "fiction"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The clerk was blackmailed by his brother.", "blackmailed"),
        ("The plot was a vindictive attempt to kill the king.", "vindictive"),  # no review: a conspiracy
        ("The hero of the budget row was a petty clerk.", "petty"),
        ("The hero stayed home, and the mayor was blackmailed.", "blackmailed"),
    ],
)
def test_news_is_no_story(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    assert _vetoed(nlp, lexicon, text).get(word) != "fiction"


def test_a_reviews_plot_is_the_storys(nlp: Language, lexicon: BiasLexicon) -> None:
    review = (
        "Dark Harbour, the new thriller from director Ana Pike, opens in cinemas on Friday. The film runs "
        "for two hours and the cast is strong. The plot turns on a sinister deal between a mayor and a gang. "
        "The screenplay is tight. Each character gets a scene of their own. The sequel is being filmed, and "
        "the studio hopes the movie will repeat the success of the first film, one of the biggest hits of "
        "the year at the box office, where the novel it was based on also sold well in its first week "
        "of sales at the shops and online."
    )
    assert _vetoed(nlp, lexicon, review).get("sinister") == "fiction"


def test_a_work_in_the_world_is_no_story(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed = _vetoed(nlp, lexicon, "The film met with scathing reviews from critics.")
    assert vetoed.get("scathing") != "fiction"
    assert (
        _vetoed(nlp, lexicon, "The documentary follows a corrupt police chief.").get("corrupt") != "fiction"
    )
    assert _vetoed(nlp, lexicon, "The film follows a vindictive clerk.").get("vindictive") == "fiction"


def test_a_list_of_names_is_no_comments_page() -> None:
    squad = "Wales: the squad\nGareth Hale, Cardiff\nShane Wills, Swansea\nDai Rowe, Newport\nTom Penn, Bath"
    assert list(signed_comments(squad)) == []


def test_a_claim_in_a_book_is_no_story(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The claim was repeated in a book which shows this corrosive feud is far from over."
    assert _vetoed(nlp, lexicon, text).get("corrosive") != "fiction"
