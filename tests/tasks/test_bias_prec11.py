"""Issue 12, precision of the writer's voice on straight news (prec11): a frequency adverb on a verb, a label
noun that is a verb or a story's creature, literal objects of "slash" and "cash in on", a broken device, "in
the guise of", a signal from space, a medical term stacked before a noun, and a second gerund of a charge
that the parse hangs on the accusing verb.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of


def _words(nlp: Language, lexicon: BiasLexicon, body: str) -> set[str]:
    return {t.text.lower() for t in run(nlp, lexicon, body).tags}


def test_a_pattern_adverb_on_a_verb_tells_frequency_on_an_adjective_it_judges(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Such scams typically use fake copies of a bank's website."
    assert "typically" not in _words(nlp, lexicon, body)
    assert "typically" in _words(nlp, lexicon, "The minister gave a typically arrogant reply to the critics.")


def test_a_label_noun_is_not_its_verb_nor_a_storys_creature(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "crept" not in _words(nlp, lexicon, "The old album crept back into the top 40 this week.")
    assert "creep" in _words(nlp, lexicon, "Neighbours said the landlord is a creep and a bully.")
    body = "The hero must stop the queen before she wakes the great beast's army in the mountains."
    assert "beast" not in _words(nlp, lexicon, body)
    body = "At the premiere the monster was joined by its human co-stars."
    assert "monster" not in _words(nlp, lexicon, body)


def test_literal_objects_of_slash_and_cash_in_on(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The patient, who slashed a man in a bar in 1998, was freed."
    assert "slashed" not in _words(nlp, lexicon, body)
    body = "Owners would be able to cash in on any rise in land values by selling their stake."
    assert "cash in on" not in _words(nlp, lexicon, body)
    assert "cash in on" in _words(nlp, lexicon, "Touts rushed to cash in on the tragedy.")


def test_a_broken_device_in_the_guise_of_and_a_signal_from_space(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "useless" not in _words(nlp, lexicon, "The bug leaves the phone almost useless until it is reset.")
    body = "The team has fast runners in the guise of two teenage wingers."
    assert "guise" not in _words(nlp, lexicon, body)
    body = "Volunteers' computers sifted radio noise for any sign of alien communication."
    assert "alien" not in _words(nlp, lexicon, body)


def test_a_domain_word_stacked_between_a_modifier_and_its_noun_makes_it_literal(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The board let a paranoid schizophrenic knife attacker go on a visit unguarded."
    assert "paranoid" not in _words(nlp, lexicon, body)
    assert "paranoid" in _words(nlp, lexicon, "The minister is paranoid about leaks.")


def test_a_second_gerund_of_a_charge_is_the_accusers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Earlier, Dr Vane accused Mr Oduya and other senior ministers of telling lies about his party's "
        "policies and then attacking the lies."
    )
    result = run(nlp, lexicon, body)
    voices = {(t.voice, t.speaker) for t in result.tags if t.text == "lies"}
    assert voices == {("quoted", "Vane")}
    # a finite verb of its own after the charge stays the writer's clause
    body = "The union accused the board of lying, and the board later sacked its own chairman in disgrace."
    assert voice_of(nlp, lexicon, body, "lying")[0] == "quoted"
