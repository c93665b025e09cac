"""r2b26: labels given without quote marks (label nouns said of a thing, a manager's label in a match report),
a rating change named in marks, and a labeller's name cut at a dangling "of"."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of, words

# A match report of our own, long enough and dense enough in the genre's cue words to read as one.
MATCH = (
    "Town beat Athletic 3-1 in the league match at the stadium on Sunday. The striker scored the opening "
    "goal after a quarter of an hour and the captain added a second before half-time. Athletic pulled one "
    "back from the penalty spot, but the home side scored again late on to seal the win. The defender "
    "was booked in the final minute. The club are second in the league table with eight games of the "
    "season left, and the coach said the players were ready for the cup tie against the champions next week. "
)


def test_label_nouns_said_of_a_thing_are_the_labellers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The auditor, Nadia Brook, described the payroll figures as a fiction."
    assert voice_of(nlp, lexicon, body, "fiction") == ("quoted", "Nadia Brook")
    body = "The farmers' union called the new tax an assault on family businesses."
    assert voice_of(nlp, lexicon, body, "assault")[0] == "quoted"
    body = "A review by the ombudsman described the complaints process as dysfunctional."
    assert voice_of(nlp, lexicon, body, "dysfunctional")[0] == "quoted"


def test_literal_senses_of_label_nouns_stay_untagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "He was charged with assault on a police officer in May. Her first book was a work of fiction, "
        "and she went on to win a prize for crime fiction."
    )
    assert {"assault", "fiction"}.isdisjoint(words(run(nlp, lexicon, body)))


def test_managers_label_in_match_report_is_his(nlp: Language, lexicon: BiasLexicon) -> None:
    body = MATCH + "Athletic manager Dan Price called the penalty decision a joke."
    assert voice_of(nlp, lexicon, body, "joke") == ("quoted", "Dan Price")


def test_rating_change_in_marks_is_no_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'An analyst at Fenwick Bank cut her rating on the shares to "sell" from "hold" on Tuesday.'
    assert {"sell", "hold"}.isdisjoint(words(run(nlp, lexicon, body)))
    body = 'The firm moved its "experts" to the new office in March.'
    assert "experts" in words(run(nlp, lexicon, body))  # a lone marked word is still the writer's distance


def test_labeller_name_does_not_end_at_of(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Another analyst, James Osei of Lindqvist & Berg, described the bid as "eye-watering".'
    assert tag(run(nlp, lexicon, body), "eye-watering").speaker == "James Osei"


def test_second_object_label_with_its_own_phrase(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Amy Stone branded the budget a disaster for young families and voted against it."
    assert voice_of(nlp, lexicon, body, "disaster") == ("quoted", "Amy Stone")


def test_headline_marks_in_a_later_clause_are_not_the_subjects(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'A hotel owner denies fraud. The prosecutor, Ruth Kane, said: "This was a callous scheme to cheat '
        'guests."'
    )
    headline = "Hotel owner denies fraud as jury hears of 'callous' scheme"
    t = next(t for t in run(nlp, lexicon, body, headline=headline).tags if t.field == "headline")
    assert (t.text, t.voice, t.speaker) == ("callous", "quoted", "Ruth Kane")
    headline = "Mayor slams council as inquiry hears of 'reckless' spending"
    t = next(t for t in run(nlp, lexicon, "The inquiry sat on Monday.", headline=headline).tags)
    assert t.speaker != "Mayor"
    headline = "Hotel owner says staff were 'reckless'"  # what the subject says is still theirs
    t = next(t for t in run(nlp, lexicon, "The hearing sat on Monday.", headline=headline).tags)
    assert t.speaker == "Hotel owner"


def test_tabloid_adjective_in_capitals_is_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A SICK thug who kicked a pensioner was jailed for six months yesterday."
    assert tag(run(nlp, lexicon, body), "sick").voice == "author"
    body = "Staff at the NHS trust said the ward was short of beds."
    assert "nhs" not in words(run(nlp, lexicon, body))


def test_degree_with_a_consequence_is_no_intensifier(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The widow was too terrified to sleep in her own bed after the raid."
    assert "too" not in words(run(nlp, lexicon, body))
    body = "The widow was so terrified that she moved in with her son."
    assert "so" not in words(run(nlp, lexicon, body))
    body = "The widow was so terrified after the raid."
    assert "so" in words(run(nlp, lexicon, body))  # a degree with no consequence still amplifies


def test_match_report_cliche_for_own_errors(nlp: Language, lexicon: BiasLexicon) -> None:
    body = MATCH + '"We shot ourselves in the foot with two bad passes," the Athletic coach said.'
    assert "shot ourselves in the foot" not in words(run(nlp, lexicon, body))
    body = "The party shot itself in the foot by delaying the vote on the budget."
    assert "shot itself in the foot" in words(run(nlp, lexicon, body))
