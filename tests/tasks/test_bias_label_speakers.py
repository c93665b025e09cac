"""Issue 12, voice: who a label belongs to when the labeller is a pronoun, a statement, an idiom of attack, a
headline's misparsed verb or a counted-off reader (tasks/attribution/, tasks/speakers/).

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag


def _speaker(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> tuple[str, str | None]:
    t = tag(run(nlp, lexicon, text), word)
    return t.voice, t.speaker


def _headline(nlp: Language, lexicon: BiasLexicon, headline: str, word: str) -> tuple[str, str | None]:
    result = run(nlp, lexicon, "The row went on.", headline=headline)
    t = next(t for t in result.tags if t.text.lower() == word and t.field == "headline")
    return t.voice, t.speaker


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # "what she called": the pronoun is the subject of the clause the free relative sits in
        ("Tom Baker took aim at what he called the government's cowardly retreat.", "cowardly", "Tom Baker"),
        ("The ambassador condemned what she called a barbaric raid.", "barbaric", "ambassador"),
        # a statement's relative clause or participle speaks for whoever put the statement out
        (
            "In a statement that described the strike as reckless, the company said talks had failed.",
            "reckless",
            "company",
        ),
        (
            'The senator\'s office issued a statement calling the ruling "an outrage".',
            "outrage",
            "senator's office",
        ),
        # an idiom of verbal attack hands the marked words in its target to the attacker
        ('Jane Moss hit out at the "pathetic" response from the police.', "pathetic", "Jane Moss"),
        (
            'Tom Reid launched a scathing attack on the "reckless" policies of his rival.',
            "reckless",
            "Tom Reid",
        ),
        # a labelling verb completing another verb has that verb's subject
        ('Jane Moss took to Instagram to slam the "vile" abuse she received.', "vile", "Jane Moss"),
        # a "by" agent the parse hangs on the charge
        ("Ministers were accused of a shocking cover-up by the families.", "cover-up", "families"),
    ],
)
def test_the_labeller_is_found_through_the_structure(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    assert _speaker(nlp, lexicon, text, word) == ("quoted", speaker)


def test_an_attack_idiom_leaves_no_writers_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, 'The party chairman lashed out at the "disgraceful" behaviour of members.')
    assert [(t.voice, t.speaker) for t in result.tags if t.text == "disgraceful"] == [
        ("quoted", "party chairman")
    ]


def test_he_after_one_named_person_is_that_person(nlp: Language, lexicon: BiasLexicon) -> None:
    text = 'Donald Trump lost the case on Monday. He branded the verdict a "witch hunt".'
    assert _speaker(nlp, lexicon, text, "witch hunt") == ("quoted", "Donald Trump")


def test_he_after_two_named_people_is_whom_the_quote_layer_names(nlp: Language, lexicon: BiasLexicon) -> None:
    # voice27: the quote layer's pronoun pass reads '"...," he said' here as the sentence before's subject;
    # a label's "he" is read by the same pass, no longer left unnamed by a stricter copy of it
    text = 'Jo Smith met Tom Reid on Monday. He branded the verdict a "witch hunt".'
    assert _speaker(nlp, lexicon, text, "witch hunt") == ("quoted", "Jo Smith")


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ('Viewers were angry. One viewer wrote online: "What an arrogant man."', "arrogant", "One viewer"),
        ('The show ended. One user replied: "What a pathetic excuse."', "pathetic", "One user"),
    ],
)
def test_a_counted_off_reader_speaks(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    assert _speaker(nlp, lexicon, text, word) == ("quoted", speaker)


@pytest.mark.parametrize(
    ("headline", "word", "speaker"),
    [
        # the tagger reads "brand" and "calls" as nouns; the headline's grammar still has a subject and verb
        ("Unions brand pay offer 'insulting' as nurses prepare to strike", "insulting", "Unions"),
        ("Trump calls judge 'a disgrace' after ruling", "disgrace", "Trump"),
        # a quotation first, then a colon and the clause of whoever said it
        ("'Reckless and cruel': Charities condemn benefit cuts", "cruel", "Charities"),
        # a headline that opens with whose feeling it is
        ("Mum's fury at 'heartless' hospital after son sent home", "heartless", "Mum"),
        # "accused of" with no object is a passive: the council is accused, not the accuser
        ("Council accused of 'shameful' neglect as residents freeze", "shameful", None),
    ],
)
def test_a_headline_label_is_its_subjects(
    nlp: Language, lexicon: BiasLexicon, headline: str, word: str, speaker: str | None
) -> None:
    assert _headline(nlp, lexicon, headline, word) == ("quoted", speaker)


def test_with_one_writing_is_that_ones_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    text = 'Hundreds complained online, with one writing: "Shameful and cruel."'
    assert _speaker(nlp, lexicon, text, "shameful") == ("quoted", "one")


def test_a_post_whose_credit_is_a_paragraph_of_its_own_is_the_posters(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    text = (
        "The singer answered her critics on Sunday.\n\n"
        "What a shameful stunt by a so-called reporter. pic.twitter.com/abc123\n\n"
        "— Jo Li (@joli) May 3, 2026\n\n"
        "Her fans agreed."
    )
    assert _speaker(nlp, lexicon, text, "shameful") == ("quoted", "Jo Li")
