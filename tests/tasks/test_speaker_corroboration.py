"""Corroborations of the speaker passes measured below the precision floor (``config/speaker_passes.yaml``):
each withholds a wrong guess on a short article of our own and keeps the right one beside it."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.quotes import quotes

CUES = load_reporting_verbs(LEXICON_DIR)


def _speakers(nlp: Language, text: str) -> dict[str, tuple[str, str | None] | None]:
    """Each quote's text, with its speaker's canonical name and the pass that named it."""
    doc = nlp(text)
    return {
        q.text: (q.speaker.canonical, q.speaker.rule) if q.speaker is not None else None
        for q in quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    }


def test_a_pronoun_relayed_by_a_named_source_is_withheld(nlp: Language) -> None:
    """'"...," he told Sen. X, according to two aides': the words come through the aides' account; without
    that source the same sentence keeps its "he"."""
    relayed = _speakers(
        nlp,
        'Tom Baker met party leaders on Tuesday. "You have been unfair to me," he told Sen. Paul Hill, '
        "according to two aides.\n",
    )
    assert relayed["You have been unfair to me"] is None
    plain = _speakers(
        nlp, 'Tom Baker met party leaders on Tuesday. "You have been unfair to me," he told Sen. Paul Hill.\n'
    )
    assert plain["You have been unfair to me"] == ("Tom Baker", "pronoun")


def test_a_verb_inside_a_noun_phrase_reports_only_its_own_words(nlp: Language) -> None:
    """ "his dislike of what he called the 'Paper State'": the "he" speaks the words of its own phrase, not
    the demand quoted later in the sentence."""
    found = _speakers(
        nlp,
        'Tom Baker was known for his dislike of what he called the "Paper State," voiced in his famous '
        'demand in Dover in 1990: "Minister Hill, open these gates!"\n',
    )
    assert found["Paper State"] == ("Tom Baker", "pronoun")
    assert found["Minister Hill, open these gates!"] is None


def test_a_name_right_before_the_verb_withholds_a_misparsed_description(nlp: Language) -> None:
    """ "X and his mother approached Hill ... and Hill suggested": the parse gives "suggested" the mother
    as subject; the name right before the verb withholds her. The same sentence with "his mother" before
    the verb keeps her."""
    text = (
        "The captain of the club, Tom Baker, and his mother approached Hill and asked him about his plans "
        'and {} suggested he might shoot a "farewell video" that was "not too gloomy."\n'
    )
    misparsed = _speakers(nlp, text.format("Hill"))
    assert all(s is None or s[0] != "his mother" for s in misparsed.values()), misparsed
    kept = _speakers(
        nlp,
        "Tom Baker and his mother met Paul Hill at the clinic, and his mother suggested he might write "
        '"a short letter."\n',
    )
    assert ("his mother", "description") in kept.values(), kept


def test_the_object_of_a_preposition_is_no_speaker(nlp: Language) -> None:
    """ "Ruiz says to Baker on camera, who responds:": the parse hangs "who" on "camera"; a camera is the
    object of "on", no speaker. The quote before keeps its speaker."""
    found = _speakers(
        nlp,
        '"Let everybody know they should go to the square," Ruiz says to Baker on camera, who responds '
        'happily: "Okay!"\n',
    )
    assert found["Okay!"] is None
    assert found["Let everybody know they should go to the square"] == ("Ruiz", "description")
