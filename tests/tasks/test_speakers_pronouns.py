"""Who "he said" / "she said" may mean (issue 13's families on unseen articles): a given name tells a
person's gender, a quoted "he" or "the judge" is no one the story's pronoun means, and an aside or a client
a sentence back makes the pronoun ambiguous rather than someone else's."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_given_name_keeps_she_from_the_man_named_last(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"We will not back down," said Governor Anna Ruiz on Monday.\n\n'
        "Ruiz met with Senator Tom Burke last week. Burke had criticised the plan in March.\n\n"
        '"The budget is balanced," she said.\n',
    )
    assert speaker_rule(found, "The budget") == ("Anna Ruiz", "pronoun")


def test_a_quoted_he_tells_nothing_of_the_speakers_gender(nlp: Language) -> None:
    """'"He kept us in it," Lee said' made the coach a known "he", who then beat the goalkeeper (the
    subject right before the quote) for "he said"."""
    found = find_quotes(
        nlp,
        '"I am proud of the team," coach Kerry Lee said after the game. '
        "Lee praised goalkeeper Robin Ortiz.\n\n"
        '"He kept us in it," Lee said.\n\n'
        'Ortiz was modest. "I just did my job," he said.\n',
    )
    assert speaker_rule(found, "I just did") == ("Robin Ortiz", "pronoun")


def test_a_title_inside_a_quote_is_no_antecedent(nlp: Language) -> None:
    """ "the judge" in the quote (the title of a judge named only later, a woman too) is not whom "she"
    means."""
    found = find_quotes(
        nlp,
        "Sarah Kim said the company would appeal. "
        '"We think the judge made a mistake," she said. '
        "The ruling, which Judge Ann Ford issued on Friday, ordered the firm to pay $2 million.\n",
    )
    assert speaker_rule(found, "We think") == ("Sarah Kim", "pronoun")


def test_he_between_a_client_and_his_lawyer_names_no_one(nlp: Language) -> None:
    """The client, known to be "he" ("Mr."), a sentence before the lawyer (whose name tells no gender):
    either may be meant, so the quote is not given to the client. A given name alone ("Tom") does not make
    the client a known "he" who beats the nearer lawyer."""
    found = find_quotes(
        nlp,
        "Mr. Reed was sentenced to four years on Friday. Attorney Chris Bell spoke to reporters outside.\n\n"
        '"We will appeal," he said.\n',
    )
    assert speaker_rule(found, "We will appeal") == (None, None)
    named = find_quotes(
        nlp,
        "Tom Reed was sentenced to four years on Friday. Attorney Chris Bell spoke to reporters outside.\n\n"
        '"We will appeal," he said.\n',
    )
    assert speaker_rule(named, "We will appeal") == ("Chris Bell", "pronoun")
