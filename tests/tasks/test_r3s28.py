"""Session 28 (r3s28): a profile's "he said"/"she said" after a narrative aside about someone else goes on
with the speaker of the quote before, when no one the aside names may be meant."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

PROFILE = (
    "Ian Corrigan has run the village bakery in Kelso for twenty years.\n\n"
    'Corrigan said the new oven had changed his life. "I sleep until five now," he said.\n\n'
    "His aunt, Moira, a schoolteacher, raised three nephews in Leith after his grandfather died. "
    "She still calls in every Friday for a loaf.\n\n"
    '"She never asked for a penny back," he said, not looking up.\n\n'
    "Corrigan plans to open a second shop."
)


def test_the_speaker_before_goes_on_past_an_aside_of_the_other_gender(nlp: Language) -> None:
    found = find_quotes(nlp, PROFILE)
    assert speaker_rule(found, "She never asked") == ("Ian Corrigan", "pronoun")


def test_an_aside_whose_main_subject_may_be_meant_stops_it(nlp: Language) -> None:
    # a man who is the aside's main subject may be the "he" who speaks next: no guess
    text = (
        "Ian Corrigan has run the village bakery in Kelso for twenty years.\n\n"
        'Corrigan said the new oven had changed his life. "I sleep until five now," he said.\n\n'
        "His uncle, a retired miner, lent the money in 2004 and took no interest. "
        "He still calls in every Friday for a loaf.\n\n"
        '"It was the least I could do," he said, not looking up.\n\n'
        "Corrigan plans to open a second shop."
    )
    speaker, _ = speaker_rule(find_quotes(nlp, text), "It was the least")
    assert speaker != "Ian Corrigan"


def test_a_quote_naming_the_speaker_before_is_not_theirs(nlp: Language) -> None:
    text = PROFILE.replace('"She never asked for a penny back,"', '"Corrigan always paid on time,"')
    speaker, _ = speaker_rule(find_quotes(nlp, text), "Corrigan always paid")
    assert speaker != "Ian Corrigan"


def test_a_name_the_model_missed_as_the_asides_subject_stops_it(nlp: Language) -> None:
    # the tagger may take an unfamiliar surname for a place; the "who" clause and the subject slot say who
    text = (
        "Ian Corrigan has run the village bakery in Kelso for twenty years.\n\n"
        'Corrigan said the new oven had changed his life. "I sleep until five now," he said.\n\n'
        "Okonkwo, who sold him the oven in 2019, will deliver a second one in March.\n\n"
        '"It is the best one we make," he said.'
    )
    speaker, _ = speaker_rule(find_quotes(nlp, text), "It is the best")
    assert speaker != "Ian Corrigan"
