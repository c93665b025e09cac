"""Issue 12, voice of bias tags (voice8): an interview's questions and introduction are the interviewer's, so
the stance forms there (a question, "we") are no rhetorical question or first person of the writer's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import extract
from tasks.bias import tag_bias
from tasks.lexicon import BiasLexicon, load_bias_lexicon
from tasks.models import BiasResult
from tasks.stance import RULE_PREFIX, StanceLexicon, load_stance_lexicon
from tests.tasks.bias_cases import run, tag, voice_of, words


@pytest.fixture(scope="module")
def stance(settings: Settings) -> StanceLexicon:
    return load_stance_lexicon(settings.lexicon_dir)


def _stance_tags(nlp: Language, settings: Settings, stance: StanceLexicon, text: str) -> list[str]:
    """The stance tags before the sentence model: what the passes and the voice map make of the text."""
    doc = nlp(text)
    lexicon = load_bias_lexicon(settings.lexicon_dir)
    result: BiasResult = tag_bias(doc, extract(doc, settings).quotes, lexicon=lexicon, stance=stance)
    return [t.text for t in result.tags if t.rule.startswith(RULE_PREFIX)]


# ------------------------------------------------------------------------------ the interviewer's questions


def test_questions_labelled_q_are_the_interviewers(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Marta Ilves has run the orchard for twenty years. This spring a late frost killed the blossom.\n\n"
        "Q: Should we expect apples to cost more this year?\n\n"
        "A: Yes, prices will rise.\n\n"
        "Q: Do you think the ministry has let growers down?\n\n"
        "A: I think they have been slow."
    )
    assert _stance_tags(nlp, settings, stance, body) == []


def test_questions_labelled_q_with_a_full_stop_are_the_interviewers(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Priya Nair runs the region's main rail operator. Nair has been in the job for two years.\n\n"
        "Q. Why are so many trains late?\n\n"
        "A. There are not enough drivers.\n\n"
        "Q. Isn't it time we admitted the franchise has failed?\n\n"
        "A. No. It is getting better every month."
    )
    assert _stance_tags(nlp, settings, stance, body) == []


def test_a_transcripts_asking_side_is_the_interviewers(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Tomas Reed took over as chair of the club last month. "
        "Reed says the finances are worse than fans know.\n\n"
        "Interviewer: What did you find when you opened the books?\n\n"
        "Reed: Debts of about four million pounds.\n\n"
        "Interviewer: Why did nobody tell the fans?\n\n"
        "Reed: You would have to ask the last board.\n\n"
        "Interviewer: Will you sell the stadium?\n\n"
        "Reed: No."
    )
    assert _stance_tags(nlp, settings, stance, body) == []
    # a transcript where both sides answer: nobody only asks, and the question stays a stance form
    body = (
        "Reed: We will never sell the stadium.\n\n"
        "Ward: Why not?\n\n"
        "Reed: It is ours.\n\n"
        "Ward: Then we must find the money elsewhere."
    )
    assert "?" in _stance_tags(nlp, settings, stance, body)


def test_question_paragraphs_of_an_interview_are_the_interviewers(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Ruth Okafor is the last keeper of the Gannet Point light. Okafor will retire in the spring.\n\n"
        "What made you take the job?\n\nMy father kept a light on the west coast.\n\n"
        "How do you spend the long winter nights?\n\nReading, mostly.\n\n"
        "What will you miss most when you leave?\n\nThe quiet."
    )
    assert _stance_tags(nlp, settings, stance, body) == []
    # a column's questions, put to no one and answered by no one named: the writer's
    body = (
        "The council wants a new stadium.\n\n"
        "Why should taxpayers pay for a stadium nobody wants?\n\n"
        "We must stop this before the vote."
    )
    assert _stance_tags(nlp, settings, stance, body) == ["?", "We must"]


def test_the_introductions_we_is_the_interviewer(
    nlp: Language, settings: Settings, stance: StanceLexicon
) -> None:
    body = (
        "Priya Nair runs the region's main rail operator. We asked Nair what has gone wrong.\n\n"
        "Q: Why are trains late?\n\nA: There are not enough drivers.\n\n"
        "Q: When will that change?\n\nA: Next year."
    )
    assert _stance_tags(nlp, settings, stance, body) == []


# --------------------------------------------------------------------------- free indirect speech


def test_a_backshifted_sentence_after_reported_speech_is_the_speakers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        '"Nobody remembers those years fondly," the minister declared. It would be an aggressive campaign '
        "because voters would have to choose between two parties.\n\nThe election is in May."
    )
    assert voice_of(nlp, lexicon, body, "aggressive") == ("quoted", "minister")
    body = "Agriculture minister Li Wen said the export plan was dead. It would be a disaster for farmers."
    assert voice_of(nlp, lexicon, body, "disaster") == ("quoted", "Li Wen")
    # the writer's sentence after reported speech stays the writer's
    for body in (
        # the writer asserts in their own tense what the minister knew
        "Agriculture minister Li Wen said the export plan was dead. It would be a disaster for farmers, "
        "and the minister knew it.",
        # a new paragraph is the writer's again
        "Agriculture minister Li Wen said the export plan was dead.\n\nIt would be a disaster for farmers.",
        # a subject named anew, not carried on
        "Agriculture minister Li Wen said the export plan was dead. Farmers would face a disaster.",
        # not backshifted
        "The mayor said the bridge would reopen in May. It was a disaster for traders last year.",
    ):
        assert voice_of(nlp, lexicon, body, "disaster") == ("author", None)


# ------------------------------------------------------------------- an allegation the parse misread


def test_a_headlines_allegation_misread_as_a_gerunds_object_names_the_offence(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    headline = "Council investigates bullying claims at care home"
    assert "bullying" not in words(run(nlp, lexicon, "An inquiry will report in March.", headline=headline))
    assert tag(run(nlp, lexicon, "He was bullying colleagues for years."), "bullying").voice == "author"
