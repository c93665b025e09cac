"""r2b1: a match report's idiom rule leaves a speaker's quoted moral verdicts alone; legal and technical
senses of loaded words; speakers of quoted loaded words.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of, words

MATCH_REPORT = (
    "Striker Tom Reed scored in the 88th minute as Rovers beat City 2-1 in the league on Sunday, moving the "
    "club up to 12th in the table. City had taken the lead through a first-half penalty and looked "
    "comfortable until the hour mark, when Rovers changed their formation and pushed their wing-backs "
    "forward. The equaliser came in the 70th minute when midfielder Sam Cole struck a low shot past the "
    "goalkeeper from the edge of the box. City manager Paul Grant was angry that the goal was allowed to "
    "stand, arguing that Reed had pushed a defender in the build-up.\n\n"
    '"The referee was standing right there," Grant told reporters. "It is a shambles for the league." He '
    "also said his team had lost focus late in the match. The result leaves City ninth, four points off "
    "the European places, and the club host Hull next Saturday in the cup."
)


def test_match_reports_idiom_rule_leaves_a_quoted_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    assert voice_of(nlp, lexicon, MATCH_REPORT, "shambles") == ("quoted", "Paul Grant")


def test_match_reports_writer_keeps_the_idiom_rule(nlp: Language, lexicon: BiasLexicon) -> None:
    body = MATCH_REPORT.replace("It is a shambles for the league.", "We will go again.").replace(
        "City had taken", "City, in shambles at the back, had taken"
    )
    assert "shambles" not in words(run(nlp, lexicon, body))


def test_a_count_of_people_speaks_for_the_people_counted(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The plan angered the village, with dozens of Mary\'s neighbours calling it "a selfish scheme".'
    assert voice_of(nlp, lexicon, body, "selfish") == ("quoted", "Mary's neighbours")


def test_a_persons_response_is_the_persons_words(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'Mayor Tom Hale defended the budget. Hale\'s reply to the report was to attack "corrupt auditors" '
        "after the council voted against him."
    )
    assert voice_of(nlp, lexicon, body, "corrupt")[1] in ("Hale", "Tom Hale")


def test_gross_in_an_offences_name_is_no_intensifier(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A lorry driver was found guilty on Monday of the gross negligence manslaughter of a cyclist."
    assert "gross" not in words(run(nlp, lexicon, body))


def test_a_court_quashing_a_ruling_is_the_legal_verb(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The Court of Appeal quashed the council's decision to build the road on Friday."
    assert "quashed" not in words(run(nlp, lexicon, body))


def test_a_claim_to_a_share_is_a_right_not_a_doubted_statement(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Friends say that because the house was bought before the wedding, she may have a good claim to "
        "half the money."
    )
    assert "claim" not in words(run(nlp, lexicon, body))
