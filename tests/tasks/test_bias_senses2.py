"""Senses2 (session 11): readers' signed comments are their signatories' words."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.attribution import signed_comments
from tasks.bias import tag_bias
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
