"""Issue 12, voice of bias tags on straight news (prec13): the "by" agent of a passive label hung on a later
label or on a "for" reason, "X quoted Y as saying", the writer's own "It has to be said that ...", and "they"
for a plural reporter's own "claim".

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import CUES, voice_of
from tests.tasks.test_quotes import _quotes

# ------------------------------------------- _is_agent: a "by" phrase the parse hangs on a label or a reason


def test_by_agent_on_the_second_of_two_labels(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'His remarks have been described as "reckless" and "shameful" by the Residents Association.'
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Residents Association")
    assert voice_of(nlp, lexicon, body, "shameful") == ("quoted", "Residents Association")


def test_by_agent_on_the_reason_of_a_passive_criticism(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The plan was also criticised for "relentless greed" by housing campaigners.'
    assert voice_of(nlp, lexicon, body, "greed") == ("quoted", "housing campaigners")


# ---------------------------------------------------------------- "the agency quoted X as saying"


def test_the_one_an_agency_quoted_as_saying_is_the_speaker(nlp: Language) -> None:
    text = (
        'The firm was sold at auction on Friday. "The state has handed itself a fine gift," the Tass agency '
        "quoted Mr Petrov as saying."
    )
    found = [q for q in _quotes(nlp, text, cues=CUES) if "fine gift" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.canonical == "Petrov"


def test_the_agency_quoted_as_saying_gives_the_loaded_word_to_the_speaker(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'The firm was sold at auction on Friday. "The company has been destroyed," the Tass agency quoted '
        "Mr Petrov as saying."
    )
    assert voice_of(nlp, lexicon, body, "destroyed") == ("quoted", "Petrov")


# ------------------------------------------------ obliged_saying: "It has to be said" is the writer's own


def test_it_has_to_be_said_is_the_writers_own_assertion(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The sequel plays well. It has to be said that without the licence it would be a dismal affair."
    assert voice_of(nlp, lexicon, body, "dismal") == ("author", None)
    body = "The sequel plays well. It must be said the music is dreadful."
    assert voice_of(nlp, lexicon, body, "dreadful") == ("author", None)
    body = "The sequel sold well. It was said that the music was dreadful."
    assert voice_of(nlp, lexicon, body, "dreadful")[0] == "quoted"  # a report of others' words still


# ------------------------------------------- _own_claim_reported: "they" for joined or plural reporters


def test_they_claim_inside_their_own_report_is_the_writers_verb(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The premier and his aide have insisted the vote will turn on what they claim is a stark choice."
    assert voice_of(nlp, lexicon, body, "claim") == ("author", None)
    body = "The senator said they claimed the vote was rigged."
    assert voice_of(nlp, lexicon, body, "claimed") == ("quoted", "senator")
