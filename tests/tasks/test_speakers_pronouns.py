"""Who "he said" / "she said" may mean (issue 13's families on unseen articles): a given name tells a
person's gender, a quoted "he" or "the judge" is no one the story's pronoun means, a client a sentence
before his lawyer makes the pronoun ambiguous rather than the client's, and a quote with a clause of its own
after it does not carry on the speaker before."""

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


def test_a_quote_with_a_clause_of_its_own_does_not_carry_on_the_speaker(nlp: Language) -> None:
    """'"...," one sign read.': the clause after the quote gives it a subject of its own (no person, and no
    speech verb), so the speaker of the sentence before does not carry on into it."""
    found = find_quotes(
        nlp,
        'The union said marchers carried signs. "We want our jobs back," said organiser Jo Li. '
        '"Fair pay now," one sign read.\n',
    )
    assert speaker_rule(found, "Fair pay now") == (None, None)
    assert speaker_rule(found, "We want") == ("Jo Li", "named-subject")


def test_it_in_a_bare_names_reported_clause_is_that_name(nlp: Language) -> None:
    """The small model tags many one-word company names as people; "X said it would appeal against the
    'unfair' fine" tells what X is, so the marked words are X's, not the organisation's named before."""
    found = find_quotes(
        nlp,
        "The regulator said the company had failed to protect its users.\n\n"
        'Metaverse said it would appeal against the "unfair and unnecessary" fine.\n',
    )
    assert speaker_rule(found, "unfair and unnecessary") == ("Metaverse", "pronoun")
