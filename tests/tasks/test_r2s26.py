"""r2s26: speaker attribution on unseen articles (Q&A interviews with two guests), on short articles of
our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

TWO_GUESTS = (
    "The bakers Maria Lopez and James Carter of the Leeds firm Lopez Carter Bakes opened a second shop this "
    "spring. We spoke with Maria Lopez at her counter; Carter joined later by phone. Their answers have been "
    "trimmed.\n\n"
    "Q: How did the first year go?\n\n"
    "A: Badly at first. I burnt every loaf for a month and we nearly closed in March.\n\n"
    "Q: What changed after that?\n\n"
    "A: I stopped trying to do everything myself and hired two people who knew more than me.\n\n"
    "[Carter comes in from the back.]\n\n"
    "Q: James, what is next for you both?\n\n"
    "Carter: A third shop, if the bank agrees with us this time.\n\n"
    "Lopez: He says that every year, and every year I say no."
)


def test_answers_go_to_the_guest_the_paper_spoke_with_when_two_are_named_alike(nlp: Language) -> None:
    quotes = find_quotes(nlp, TWO_GUESTS)
    assert speaker_rule(quotes, "I burnt every loaf", anywhere=True)[0] == "Maria Lopez"
    assert speaker_rule(quotes, "I stopped trying", anywhere=True)[0] == "Maria Lopez"


def test_a_bracketed_stage_direction_is_no_ones_answer(nlp: Language) -> None:
    quotes = find_quotes(nlp, TWO_GUESTS)
    assert not any("comes in from the back" in q.text for q in quotes)


POINTER = (
    "The city wants to double the water bill by 2030.\n\n"
    "Not everyone objects. \u201cThe pipes are a hundred years old and someone must pay for new ones.\u201d "
    "That's Maria Lopez, an engineer at the city water board, who has studied the network for years."
)


def test_a_sentence_that_says_thats_a_named_person_after_a_quote_names_its_speaker(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, POINTER), "The pipes are")[0] == "Maria Lopez"


PAUSE = (
    "Laura Bennett, a commissioner of the state water board since 2021, faced the committee on Monday.\n\n"
    "Senators asked whether anyone had warned the parents.\n\n"
    "The commissioner paused. \u201cNo. We did not.\u201d"
)


def test_a_quote_after_a_named_persons_description_doing_something_is_theirs(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, PAUSE), "No. We did not")[0] == "Laura Bennett"
