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
        'Q. Did you ever say "keep it quiet" to Mr. Brooks outside the office?\n\n'
        "A. Once, at a barbecue.\n\n"
        "Q. And he gave you an envelope there?\n\n"
        "A. I don't remember any envelope.\n",
    )
    assert speaker_rule(found, "Once, at")[0] == "Marco Fenn"
    assert speaker_rule(found, "I don't remember")[0] == "Marco Fenn"
    assert speaker_rule(found, "Did you ever")[0] == "Dana Whitlow"
    assert speaker_rule(found, "keep it quiet")[0] is None  # the words put back to him, no one's here


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


def test_a_document_reads_its_words(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Investigators found a memo Brandt sent in June. "
        '"Approve the contract before the vote. No questions," the memo read.\n',
    )
    memo = next(q for q in found if q.text.startswith("Approve"))
    assert memo.verb == "read"


def test_a_document_compiled_by_an_office_speaks_for_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The 30-page document, compiled by the city's own audit office in 2022, says the contract was "
        '"plainly improper".\n',
    )
    assert "audit office" in str(speaker_rule(found, "the contract was")[0])


def test_what_is_said_leaves_out_the_speakers_manner_and_scene(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The founder of a collapsed shipping firm told a federal jury on Monday that he had never meant to "
        "hide the losses, as he took the witness stand in his own defense at his fraud trial.\n\n"
        '"We made mistakes, serious mistakes," Marta Kovacs said, her voice breaking at times, '
        '"but we never lied to anyone."\n',
    )
    texts = [q.text for q in found]
    assert not any(t.startswith(("as he took", "her voice")) for t in texts)
    assert any(t.startswith("he had never meant") for t in texts)


def test_a_particle_inside_a_name_is_no_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"The storm is stuck in place," said Paulo Mendes Ribeiro, a geographer at the Federal University of '
        'Rio Grande do Sul. "It will keep raining."\n',
    )
    assert not any(q.text.startswith("do Sul") for q in found)
    assert speaker_rule(found, "The storm")[0] == "Paulo Mendes Ribeiro"
