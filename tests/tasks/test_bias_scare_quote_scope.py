"""A speech verb blocks a scare quote only where it could account for the marks: the marked word is in what
the verb governs (outside its subject) or in the clause the verb is set into as an aside. A verb that only
describes the marked word leaves the marks the writer's.

Short texts of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag


def test_a_speech_verb_describing_the_marked_word_leaves_the_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    found = tag(
        run(nlp, lexicon, 'The group delivered "petitions" calling for the mayor to resign.'), "petitions"
    )
    assert (found.rule, found.voice) == ("scare-quote", "author")


def test_marks_inside_what_a_speech_verb_governs_are_no_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    for body in (
        'Critics say the plan is a "reform" in name only.',
        '"Reform", critics say, is the wrong word for it.',
        # A headline whose speech verb the parse reads as a noun: the block stays.
        "Unions brand plan 'heartless'",
    ):
        assert all(t.rule != "scare-quote" for t in run(nlp, lexicon, body).tags), body
