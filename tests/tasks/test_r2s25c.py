"""A quote opened right after a full stop, plain single marks closed before a name, a title set beside a
noun for a film, a question put before a quote, a message's participle and groups named by their politics
(helper r2s25c, session 25), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tasks.quotemarks import quoted_spans
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule

RUN_ON = (
    "Coach Marta Lund spoke warmly after the game.\n\n"
    "Lund had praise for Okoro. 'Sam showed everybody what sort of character he has,' she said. "
    "'I'm proud of him, and I told him so.'"
)


def test_a_quote_opening_after_a_full_stop_starts_its_sentence(nlp: Language) -> None:
    found = find_quotes(nlp, RUN_ON)
    assert [q.kind for q in found if q.text.startswith("Sam showed")] == ["direct"]
    assert speaker_rule(found, "I'm proud of him")[0] == "Marta Lund"


def test_a_surname_the_model_reads_as_a_common_noun_is_the_person(nlp: Language) -> None:
    text = (
        "Coach Pedro Alves was pleased with his striker Tom Reed.\n\n"
        "Alves also had kind words for Reed. 'Tom showed all of us what kind of player he is,' he said."
    )
    assert speaker_rule(find_quotes(nlp, text), "Tom showed")[0] == "Pedro Alves"


def test_plain_single_marks_closing_before_a_name_quote() -> None:
    text = "Alves also praised Reed. 'Tom proved what sort of player he is,' Alves said. 'I'm delighted.'"
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        "Tom proved what sort of player he is,",
        "I'm delighted.",
    ]


def test_a_name_beside_a_noun_for_a_film_is_no_person(nlp: Language) -> None:
    doc = nlp(
        "Mia Cole has admitted she came close to quitting the sequel to Moonrise, the fantasy blockbuster "
        "that made her a household name.\n\n"
        'The 28-year-old actress told a radio show that she had "serious doubts" for a while.'
    )
    labels = {e.text: e.label for e in entities(doc, titles=CUES.titles)}
    assert labels.get("Moonrise") != "PERSON"
    found = find_quotes(nlp, doc.text)
    assert speaker_rule(found, "she had")[0] == "Mia Cole"


def test_a_quote_after_a_question_put_to_the_subject_is_the_answer(nlp: Language) -> None:
    text = (
        "The study was led by Dr Hanna Berg of the city's university.\n\n"
        '"We were careful about what the data can show," she said.\n\n'
        'Asked about her plans, she shrugged. "Sleep, mostly."'
    )
    assert speaker_rule(find_quotes(nlp, text), "Sleep, mostly")[0] == "Hanna Berg"


def test_a_participle_after_a_message_reports_the_message(nlp: Language) -> None:
    text = (
        "The police chief has apologised to the family of a 19-year-old man who died after officers took "
        "three hours to answer an emergency call reporting that he had been stabbed."
    )
    assert speaker_rule(find_quotes(nlp, text), "he had been stabbed")[0] is None


def test_a_group_named_by_its_politics_speaks(nlp: Language) -> None:
    text = "Some conservatives said the plan should be paid for by cuts elsewhere."
    assert speaker_rule(find_quotes(nlp, text), "the plan should")[0] == "conservatives"
