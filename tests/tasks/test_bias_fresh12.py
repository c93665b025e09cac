"""Issue 12, a blind check on ten published-style articles of our own (fresh12): the families it found.

Short texts of our own; each test fails without the mechanism or the lexicon data it names: a speech verb the
parse joined to the reported clause is the reporter's next act (``quote_context.joined_to_report`` and
``without_next_act``, used by the quote layer and by ``attribution.believed`` / ``_speaker``); a doubt noun
whose doubt a verb already carries ("the claims were debunked"; ``bias._doubt_borne_elsewhere``); a cry
someone heard is a sound (``hearing`` domain); "stoked fears" in a markets report (``finance`` domain).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.quotes import quotes
from tests.tasks.bias_cases import CUES, run, tag, words

# ---------------------------------------------------------------- voice: the reporter's next act


def test_reported_clause_stops_before_the_next_act(nlp: Language) -> None:
    text = 'Councillor Amy Reed said the fire was "shocking" and called for more inspections of the flats.'
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    said = next(q for q in found if q.verb == "said")
    assert said.text == 'the fire was "shocking"'


def test_writers_speech_verb_beside_a_reported_clause_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'A spokesman for the singer insisted the break-up was friendly and blasted the "cruel lies" '
        "being told about her."
    )
    result = run(nlp, lexicon, body)
    assert tag(result, "blasted").voice == "author"
    assert (tag(result, "cruel").voice, tag(result, "cruel").speaker) == ("quoted", "spokesman")


def test_accusation_joined_to_a_reported_clause_is_the_reporters(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Press officer Dana Holt said the mayor was "very upset" and accused the council of cowardice.'
    t = tag(run(nlp, lexicon, body), "cowardice")
    assert (t.voice, t.speaker) == ("quoted", "Dana Holt")


# ---------------------------------------------------------------- one doubt, one tag


def test_claims_a_verb_debunks_carry_no_second_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Professor Ruth Ames said the claims had been debunked years ago."
    found = words(run(nlp, lexicon, body))
    assert "debunked" in found and "claims" not in found


# ---------------------------------------------------------------- literal senses as data


@pytest.mark.parametrize(
    "body",
    [
        "Officers were called by neighbours who heard screaming from the flat.",
        'One witness said: "I heard a scream and ran outside."',
    ],
)
def test_a_cry_someone_heard_is_a_sound(nlp: Language, lexicon: BiasLexicon, body: str) -> None:
    assert not {"screaming", "scream"} & words(run(nlp, lexicon, body))


def test_screamed_as_a_verb_of_speech_stays_beside_a_heard_scream(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'Neighbours heard screaming. The coach screamed at the referee: "That was never a foul."'
    found = [t.text for t in run(nlp, lexicon, body).tags]
    assert found.count("screamed") == 1 and "screaming" not in found


def test_stoked_fears_in_a_markets_report(nlp: Language, lexicon: BiasLexicon) -> None:
    markets = "Stocks fell as strong inflation data stoked fears that interest rates would stay high."
    politics = "The senator has spent months stoking fears about migrants."
    assert "stoked" not in words(run(nlp, lexicon, markets))
    assert "stoking" in words(run(nlp, lexicon, politics))
