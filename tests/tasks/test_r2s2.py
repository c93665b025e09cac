"""Speakers in court reports and scene-setting clauses (r2s2): a speech verb in a clause of time after a quote
("... when reporters asked") does not make its subject the speaker. Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_speech_verb_in_a_clause_of_time_does_not_take_the_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Defender Tomas Lindgren cleared two shots off the line in the first half.\n\n"
        '"I was lucky, that\'s all," Lindgren smiled when journalists asked about the clearances. '
        '"Next week it could go in."\n',
    )
    assert speaker_rule(found, "I was lucky")[0] == "Tomas Lindgren"
    assert speaker_rule(found, "Next week")[0] == "Tomas Lindgren"


def test_a_court_transcript_answers_for_the_witness_and_asks_for_the_examiner(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Earlier in the trial, a contractor, Wendell Brooks, testified that he had paid the inspector.\n\n"
        "Under cross-examination by prosecutor Dana Whitlow, Marco Fenn said:\n\n"
        "Q. Did you ever meet Mr. Brooks outside the office?\n\n"
        "A. Once, at a barbecue.\n\n"
        "Q. And he gave you an envelope there?\n\n"
        "A. I don't remember any envelope.\n",
    )
    assert speaker_rule(found, "Once, at")[0] == "Marco Fenn"
    assert speaker_rule(found, "I don't remember")[0] == "Marco Fenn"
    assert speaker_rule(found, "Did you ever")[0] == "Dana Whitlow"


def test_the_person_pressed_by_the_prosecutor_answers(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nadia Kerr, the company's former accountant, told jurors last week that the books were false.\n\n"
        "On cross-examination, prosecutor Lionel Ambrose pressed Ortiz on the invoices. "
        "According to a transcript of the exchange:\n\n"
        "Q. Who signed these invoices?\n\n"
        "A. I signed them, but I did not check them.\n",
    )
    assert speaker_rule(found, "I signed them")[0] == "Ortiz"
    assert speaker_rule(found, "Who signed")[0] == "Lionel Ambrose"
