"""Issue 12, voice: whose words a loaded word is follows the attribution structure (tasks/attribution/).

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of

# ------------------------------------------------------------- the question someone asked is the asker's


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("Reporters asked whether the plan was a sham.", "sham", "Reporters"),
        ("One reporter asked if the mayor was corrupt.", "corrupt", "One reporter"),
        ("The senator was asked whether the scheme was a sham.", "sham", None),
    ],
)
def test_a_question_asked_is_the_askers(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str | None
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker, t.reported) == ("quoted", speaker, True)


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("The mayor urged voters to reject the reckless plan.", "reckless", "mayor"),
        ("Li asked the press to admit that its hysterical campaign had failed.", "hysterical", "Li"),
    ],
)
def test_a_request_is_the_askers(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker) == ("quoted", speaker)


def test_asking_to_do_something_oneself_requests_nothing(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "He asked to see the brutal footage."), "brutal").voice == "author"


# ---------------------------------------------------- passive reporting and hearsay adverbs: no one named
# (r2b23: "is said / believed to be ..." with no "by" agent is the writer's own wording; a verb that leaves
# the claim unproven, "alleged", "suspected", keeps its clause a report: tests/tasks/test_r2b23.py)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("It was claimed that the council was corrupt.", "corrupt"),
        ("It has been suggested that the review was a whitewash.", "whitewash"),
        ("The mayor is alleged to be corrupt.", "corrupt"),
        ("The gang is suspected to be brutal.", "brutal"),
        ("The mayor is reportedly corrupt.", "corrupt"),
    ],
)
def test_passive_reporting_is_reported(nlp: Language, lexicon: BiasLexicon, text: str, word: str) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker, t.reported) == ("quoted", None, True)


def test_a_hearsay_adverb_on_a_modifier_reports_only_the_modifier(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, "The allegedly corrupt mayor quit after a brutal row.")
    assert tag(result, "corrupt").voice == "quoted"
    assert tag(result, "brutal").voice == "author"


def test_is_expected_to_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "The review is expected to be a whitewash."), "whitewash").voice == "author"


# ------------------------------------------ a noun of view as the subject of the verb that carries its clause


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Concerns were raised that the plan was reckless.", "reckless"),
        ("Allegations surfaced that the mayor was corrupt.", "corrupt"),
    ],
)
def test_a_noun_of_view_keeps_its_clause_across_the_verb(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.reported) == ("quoted", True)


# --------------------------------------------------- "as X put it", "he argued" set in, "in the words of X"


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("As one critic put it, the plan is a sham.", "sham", "one critic"),
        ("The plan, as one critic put it, is a sham.", "sham", "one critic"),
        ("As Ms Hale noted, the rules are draconian.", "draconian", "Ms Hale"),
        ("It would, he argued, leave the town with a disastrous bill.", "disastrous", None),
        ("In the words of one staffer, the rollout was a shambles.", "shambles", "one staffer"),
        ("The rollout was a shambles, in the words of one aide.", "shambles", "one aide"),
    ],
)
def test_an_attribution_set_into_the_clause(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str | None
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker) == ("quoted", speaker)


def test_as_someone_said_something_is_a_time(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "His brutal attack came as Li said he would quit.")
    assert tag(result, "brutal").voice == "author"


def test_as_i_said_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "As I said, the plan is a sham."), "sham").voice == "author"


# ------------------------------------------------------------------------ "For X, ..." with people only


def test_for_people_opens_their_view(nlp: Language, lexicon: BiasLexicon) -> None:
    t = tag(run(nlp, lexicon, "For the unions, the deal is a betrayal."), "betrayal")
    assert (t.voice, t.speaker) == ("quoted", "unions")


@pytest.mark.parametrize(
    "text", ["For years, the brutal regime jailed critics.", "For all its faults, the brutal regime lasted."]
)
def test_for_a_time_or_a_reason_stays_the_writers(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert tag(run(nlp, lexicon, text), "brutal").voice == "author"


# ---------------------------------------------- a verb of saying whose clause the quote layer left out


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("The indictment alleges that Smith ran a corrupt network.", "corrupt", "indictment"),
        ("Protesters chanted that the mayor was corrupt.", "corrupt", "Protesters"),
    ],
)
def test_a_speech_verb_reports_its_clause(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str
) -> None:
    t = tag(run(nlp, lexicon, text), word)
    assert (t.voice, t.speaker) == ("quoted", speaker)


def test_a_clause_before_a_semicolon_is_not_the_next_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "It is an extremely unlikely scenario; her team says she will go on."
    assert tag(run(nlp, lexicon, body), "extremely").voice == "author"


# ------------------------------------------------------------------------- headlines: who speaks in them


@pytest.mark.parametrize(
    ("headline", "word", "speaker"),
    [
        ("Budget a sham - union", "sham", "union"),
        ("Critics: inquiry a whitewash", "whitewash", "Critics"),
        ("Plan is reckless, says mayor", "reckless", "mayor"),
    ],
)
def test_a_headline_credit(
    nlp: Language, lexicon: BiasLexicon, headline: str, word: str, speaker: str
) -> None:
    t = tag(run(nlp, lexicon, "The council met on Monday.", headline), word)
    assert (t.field, t.voice, t.speaker) == ("headline", "quoted", speaker)


def test_a_headline_dash_without_a_speaker_stays_the_desks(nlp: Language, lexicon: BiasLexicon) -> None:
    t = tag(run(nlp, lexicon, "The council met on Monday.", "Budget a sham - again"), "sham")
    assert t.voice == "author"


# ------------------------------------------------------- the converse: the writer's label beside the report


def test_the_writers_description_of_the_speaker_stays_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, "As the disgraced banker put it, the plan is a sham.")
    assert tag(result, "sham").voice == "quoted"
    assert tag(result, "disgraced").voice == "author"


def test_the_writers_description_inside_a_question_stays_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(nlp, lexicon, "Reporters asked whether the disgraced banker had run a sham charity.")
    assert tag(result, "sham").voice == "quoted"
    assert tag(result, "disgraced").voice == "author"


def test_it_that_labels_is_the_one_organisation_just_named(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "IG Metall said it would fight any attempt to close production lines. "
        "It called the plan a betrayal of workers who had accepted pay restraint."
    )
    assert voice_of(nlp, lexicon, body, "betrayal") == ("quoted", "IG Metall")
    # two organisations named there: no guess
    two = (
        "IG Metall and Volkswagen met on Monday in Berlin. "
        "It called the plan a betrayal of workers who had accepted pay restraint."
    )
    assert voice_of(nlp, lexicon, two, "betrayal")[1] is None


def test_a_quoted_label_ends_at_its_closing_mark(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(
        nlp,
        lexicon,
        "The minister spoke on Monday.",
        headline='Minister slams opposition chief as "a liar" in bitter housing row',
    )
    assert (tag(result, "liar").voice, tag(result, "bitter").voice) == ("quoted", "author")
