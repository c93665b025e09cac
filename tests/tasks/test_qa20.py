"""Q&A interviews and transcripts (issue 13, "Q&A and transcript turns"): an answer labelled "A:" or
"Answer:", or a turn headed by its speaker's name, is a direct quote of the interviewee or that speaker
(``qa-turn``); the interviewer's questions and the paper's own labelled lines are no one's quotes."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    cues = load_reporting_verbs(LEXICON_DIR)
    return quotes(doc, entities(doc, titles=cues.titles), cues=cues)


def _who(found: list[Quote]) -> list[tuple[str, str | None, str | None]]:
    return [
        (q.text, q.speaker.canonical if q.speaker else None, q.speaker.rule if q.speaker else None)
        for q in found
        if q.kind == "direct"
    ]


INTERVIEW = (
    "Jo Li, the city's new fire chief, spoke to the Herald about the coming year. The interview has been "
    "edited for length.\n\n"
    "Q: What is the first thing you will change?\n\n"
    "A: Staffing. We have three stations running short every weekend, and that cannot go on.\n\n"
    "Q: Will the budget allow it?\n\n"
    "A: The council has promised me twelve new posts.\n\n"
    "I intend to hold them to that promise."
)


def test_labelled_answers_are_the_interviewees_quotes_and_the_questions_none(nlp: Language) -> None:
    found = _who(_quotes(nlp, INTERVIEW))
    assert found == [
        (
            "Staffing. We have three stations running short every weekend, and that cannot go on.",
            "Jo Li",
            "labelled-turn",
        ),
        ("The council has promised me twelve new posts.", "Jo Li", "labelled-turn"),
        ("I intend to hold them to that promise.", "Jo Li", "labelled-turn"),  # the answer's next paragraph
    ]


def test_question_and_answer_spelled_out(nlp: Language) -> None:
    text = (
        "Priya Nand took over the regional water board in March. She answered questions from the Ledger "
        "by email.\n\n"
        "Question: How serious is the drought?\n\n"
        "Answer: It is the worst in forty years, and we are rationing already.\n\n"
        "Question: Will there be a hosepipe ban?\n\n"
        "Answer: Yes, from the first of next month, unless we see heavy rain before then."
    )
    found = _who(_quotes(nlp, text))
    assert [(said[:20], who) for said, who, _ in found] == [
        ("It is the worst in f", "Priya Nand"),
        ("Yes, from the first ", "Priya Nand"),
    ]


def test_one_question_and_answer_on_a_line_of_a_news_story(nlp: Language) -> None:
    text = (
        "Mayor Dana Okafor told reporters on Friday that she would not seek re-election next year.\n\n"
        '"Eight years is enough for anyone," Okafor said at city hall.\n\n'
        "Asked whether she might change her mind, she was brief.\n"
        "Q: Will you run again? A: No.\n\n"
        "Okafor has not endorsed a successor."
    )
    found = _who(_quotes(nlp, text))
    assert ("No.", "Dana Okafor", "labelled-turn") in found
    assert not any("Will you run" in said or "successor" in said for said, _, _ in found)


def test_an_explainers_own_questions_and_colon_labels_are_no_quotes(nlp: Language) -> None:
    # The same layout as an interview, but no answer speaks in the first person: the paper explains.
    explainer = (
        "The new parking rules, backed by Mayor Ian Holt, take effect on Monday.\n\n"
        "Q: When do the rules start?\n\n"
        "A: On Monday, March 3, at 8 a.m.\n\n"
        "Q: Which streets are covered?\n\n"
        "A: All streets inside the ring road, plus the hospital car parks."
    )
    assert _who(_quotes(nlp, explainer)) == []
    notes = (
        "The city council postponed its vote on the library budget on Wednesday.\n\n"
        "Reason: the budget office had not finished its review of the branch closures.\n\n"
        "Update: The vote is now expected on March 12.\n\n"
        "Q: Why the delay?\n\n"
        "A: Staff shortages, the clerk's office says.\n\n"
        '"We will not close a single branch," said council member Ruth Abara.'
    )
    # the one labelled answer speaks of others, no "I": the paper's summary, not an interview
    assert _who(_quotes(nlp, notes)) == [("We will not close a single branch", "Ruth Abara", "named-subject")]
    # and an interview with the same labels is read as one
    assert _who(_quotes(nlp, INTERVIEW))


def test_a_transcripts_heads_in_capitals_and_the_papers_questions(nlp: Language) -> None:
    text = (
        "Tomas Berg coached the under-21 side to its first cup final. He talked to the Gazette on Monday.\n\n"
        "GAZETTE: How did the team prepare for the final?\n\n"
        "TOMAS BERG: We trained twice a day for a fortnight.\n\n"
        "GAZETTE: Do you expect to win on Saturday?\n\n"
        "TOMAS BERG: Nobody expects us to win, and that suits us fine.\n\n"
        "Follow the Gazette's sports desk for live coverage."
    )
    found = _who(_quotes(nlp, text))
    assert found == [
        ("We trained twice a day for a fortnight.", "Tomas Berg", "labelled-turn"),
        ("Nobody expects us to win, and that suits us fine.", "Tomas Berg", "labelled-turn"),
    ]


def test_a_transcripts_surname_of_a_name_the_entities_missed(nlp: Language) -> None:
    text = (
        "Marta Grune has written six novels about the harbour town where she grew up. She spoke with the "
        "Courier before her move north.\n\n"
        "Courier: Why leave the town now?\n\n"
        "Grune: The town I wrote about is gone.\n\n"
        "Courier: Will you keep writing about it?\n\n"
        "Grune: I will write about it until I run out of memories."
    )
    found = _who(_quotes(nlp, text))
    assert [(said, who) for said, who, _ in found] == [
        ("The town I wrote about is gone.", "Marta Grune"),
        ("I will write about it until I run out of memories.", "Marta Grune"),
    ]
