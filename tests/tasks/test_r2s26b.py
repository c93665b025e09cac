"""r2s26b: a Q&A's answers after "X spoke with reporters" go to X, not to a company the model took for a
person; on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

INTERVIEW = (
    "Brightwave Ltd. on Monday showed a folding phone at its yearly event in Austin.\n\n"
    "\u201cPhones have looked the same for ten years,\u201d Chief Executive Tomas Rybak told the crowd.\n\n"
    "Brightwave said the phone would cost $1,200. Brightwave has sold phones since 2009.\n\n"
    "\u201cIt is pretty, but the price is steep,\u201d said Helen Marsh, an analyst at Corvid Research.\n\n"
    "Marsh said sales would be slow. Helen Marsh has followed the firm for years.\n\n"
    "Rybak spoke with reporters after the show. His answers have been shortened.\n\n"
    "Q: Folding phones have failed before. Why try again?\n\n"
    "A: Because the hinge finally works. I dropped mine twice and it kept going.\n\n"
    "Q: Is the price too high for most buyers?\n\n"
    "A: Early buyers pay more. That has always been true.\n\n"
    "Shares of Brightwave rose 2% after the event."
)


def test_qa_answers_are_the_person_introduced_right_before_the_questions(nlp: Language) -> None:
    quotes = find_quotes(nlp, INTERVIEW)
    assert speaker_rule(quotes, "Because the hinge finally works")[0] == "Tomas Rybak"
    assert speaker_rule(quotes, "Early buyers pay more")[0] == "Tomas Rybak"


CLINIC = (
    "Aid groups say the camp near Goma has run short of food.\n\n"
    "\u201cThe babies here have had no milk for a week.\u201d The warning came from Dr. Amara Okafor, who "
    "runs the camp's only clinic."
)


def test_a_quote_whose_warning_came_from_someone_named_next_is_theirs(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, CLINIC), "The babies here")[0] == "Amara Okafor"
