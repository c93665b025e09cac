"""Issue 12, voice of bias tags (voice5): verbs of judging, the frame of a reported clause, a pronoun that
stands for a thing, a verdict given as a second object.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of

# ---------------------------------------------------------------- verbs of judging: deem, regard, view


def test_a_verb_of_judging_gives_its_verdict_to_its_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The council deemed the proposal reckless."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "council")
    body = "The proposals were deemed reckless by the committee."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "committee")
    body = "The plan was considered reckless by experts."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "experts")
    # in the passive with no one named, the verdict is the writer's own
    body = "The results so far can hardly be considered a triumph."
    assert voice_of(nlp, lexicon, body, "triumph") == ("author", None)
    body = "Many investors view the deal as a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Many investors")


def test_a_small_clause_after_a_verb_of_judging_is_the_label(nlp: Language, lexicon: BiasLexicon) -> None:
    # the parser reads "the fees excessive" as a clause headed by the adjective
    body = "The regulator deemed the fees excessive."
    assert voice_of(nlp, lexicon, body, "excessive") == ("quoted", "regulator")


# ------------------------------------------------------ the words that report a clause are the writer's


def test_a_phrase_before_that_between_commas_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The mayor said on Monday, in a rambling speech, that crime had fallen."
    assert voice_of(nlp, lexicon, body, "rambling") == ("author", None)


def test_the_speaker_of_a_relative_clause_is_described_by_the_writer(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The tax that greedy landlords claim is unfair was kept."
    assert voice_of(nlp, lexicon, body, "greedy") == ("author", None)


# --------------------------------------------------------------------- whose view, whose verdict


def test_a_pronoun_for_a_document_holds_no_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "While the records show steady growth, they suggest that the agency ran a chaotic operation."
    assert voice_of(nlp, lexicon, body, "chaotic") == ("author", None)
    # a pronoun for a named body still reports its view
    body = "Although Acme backed the deal, they think the plan is a disaster."
    assert voice_of(nlp, lexicon, body, "disaster")[0] == "quoted"


def test_a_belief_verbs_second_object_is_its_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The reform, which the minister considers a triumph, will cost billions."
    assert voice_of(nlp, lexicon, body, "triumph") == ("quoted", "minister")


def test_a_label_in_a_relative_clause_is_the_described_nouns(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The decision drew condemnation from Democrats, who called it a reckless abuse of power."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Democrats")
    # "which" stands for a thing: the speaker is the clause's own subject
    body = "The deal is the arrangement, which one former employee considered a disgrace."
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "one former employee")
