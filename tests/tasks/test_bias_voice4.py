"""Issue 12, voice of bias tags (voice4): who owns a loaded word in relative clauses, block quotations and
"used to" + a speech verb.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of

# ------------------------------------------------ a relative clause that reports: "which critics say is ..."


def test_a_relative_clause_reports_the_predicate_the_parser_hung_elsewhere(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The bill, which opponents have said is a reckless giveaway, passed."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "opponents")


def test_the_main_clause_after_a_reporting_relative_clause_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The plan, which critics say is reckless, passed on Tuesday despite shameful tactics."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "critics")
    assert voice_of(nlp, lexicon, body, "shameful") == ("author", None)


def test_they_in_a_relative_clause_is_the_counted_group(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Senate leaders met on Friday. A handful of conservative Republicans opposed the package, which "
        "they said was stuffed with wasteful spending."
    )
    assert voice_of(nlp, lexicon, body, "wasteful") == ("quoted", "Republicans")


# ------------------------------------------------------------- "X writes:" and the paragraph after it


def test_the_paragraph_after_writes_colon_is_the_writers_words(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Senator Smith writes:\n\n"
        "The bill is a reckless giveaway to corporations.\n\n"
        "The vote is due on Friday, a disaster for the poor."
    )
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Smith")
    # one paragraph only: where a block quotation ends is not marked
    assert voice_of(nlp, lexicon, body, "disaster") == ("author", None)
    # a colon that opens a list is no one's speech
    body = "The report lists three failures:\nA disgraceful lack of planning."
    assert voice_of(nlp, lexicon, body, "disgraceful") == ("author", None)


# ------------------------------------------------------------------------ "used to boast that ..."


def test_the_habitual_past_reports_its_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Jones used to boast that his rivals were corrupt cowards."
    assert voice_of(nlp, lexicon, body, "corrupt") == ("quoted", "Jones")
    # a bare verb of intent still reports nothing ("wants to say")
    body = "Jones wants to say that his rivals were corrupt."
    assert voice_of(nlp, lexicon, body, "corrupt") == ("author", None)


def test_a_restrictive_relative_clause_lends_no_predicate(nlp: Language, lexicon: BiasLexicon) -> None:
    # without commas the parser's "predicate" after the speech verb is the sentence's own
    body = (
        "The false messages that they say convinced hundreds of voters to stay home were spread "
        "through a glossy magazine."
    )
    assert voice_of(nlp, lexicon, body, "glossy") == ("author", None)
