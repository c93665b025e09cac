"""Session 30 (voicefix30): voice errors a blind judge found. The label of "X called Y a liar" stays X's when
the parse tears the object from the verb; a reported clause opened inside a quotation ends at its closing
mark; a campaign's ad speaks for whoever runs it; the sneer at a speaker's own thing is the writer's; a
speaker's name carries no verdict of the writer's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of
from tests.tasks.speaker_cases import find_quotes, speaker_rule

# --- the label of a naming verb whose object the parse tore away


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "FARGO, N.D. (AP) — Republican House hopeful Wade Corliss called Democratic Sen. Iris Tolland "
            "a liar on Friday, accusing her of twisting his record on farm aid as the race tightened in "
            "one of the state's most closely fought contests.",
            "Corliss",
        ),
        ("Wade Corliss called Sen. Iris Tolland a liar on Friday.", "Corliss"),
        ("Wade Corliss, who has called Iris Tolland a liar, leads the polls.", "Corliss"),
        ("Iris Tolland, whom Wade Corliss called a liar, leads the polls.", "Corliss"),
    ],
)
def test_the_label_of_call_stays_the_callers(
    nlp: Language, lexicon: BiasLexicon, body: str, speaker: str
) -> None:
    voice, who = voice_of(nlp, lexicon, body, "liar")
    assert voice == "quoted" and who is not None and who.endswith(speaker)


# --- a reported clause opened inside a quotation ends with it


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (
            'Her friends were unmoved. "He\'s kidding himself if he thinks anyone believes that," one fumed.',
            "fumed",
        ),
        ('"She is dreaming if she thinks the voters believe that," one raged.', "raged"),
    ],
)
def test_the_writers_speech_verb_after_a_quotation_is_the_writers(
    nlp: Language, lexicon: BiasLexicon, body: str, verb: str
) -> None:
    assert voice_of(nlp, lexicon, body, verb) == ("author", None)


# --- an advertisement speaks for whoever runs it


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'On Monday a super PAC backing him began running an ad calling her "radical" and "out of touch."',
            "PAC",
        ),
        ('An attack ad from the Tolland campaign calls Corliss "radical".', "Tolland campaign"),
    ],
)
def test_an_ads_label_is_its_sponsors(nlp: Language, lexicon: BiasLexicon, body: str, speaker: str) -> None:
    assert voice_of(nlp, lexicon, body, "radical") == ("quoted", speaker)


# --- the speaker's own thing, and the speaker's name


@pytest.mark.parametrize(
    "body",
    [
        "The lender said its much-hyped app would launch next month.",
        "Shares fell after the carmaker said its much-hyped saloon would be late.",
    ],
)
def test_a_sneer_at_the_speakers_own_thing_is_the_writers(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert voice_of(nlp, lexicon, body, "much-hyped") == ("author", None)


def test_a_sneer_at_another_speakers_thing_stays_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    voice, _ = voice_of(nlp, lexicon, "The council said the much-hyped scheme would go ahead.", "much-hyped")
    assert voice == "quoted"


def test_a_speakers_name_drops_the_writers_verdict(nlp: Language) -> None:
    found = find_quotes(nlp, "The embattled lender said on Friday that it would cut 500 jobs.")
    assert speaker_rule(found, "it would cut")[0] == "lender"
