"""Issue 12, precision on straight news: voice from belief verbs, quotations run over merged paragraphs.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.bias import tag_bias
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag

# ------------------------------------------------------------ a belief verb's clause is its subject's view


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Analysts believe the takeover is a reckless gamble.", "reckless"),
        ("Union leaders fear the cuts will be a disaster for the town.", "disaster"),
        ("The rival camp thinks the minister is acting in a petty manner.", "petty"),
    ],
)
def test_a_belief_verbs_clause_is_the_believers(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert tag(run(nlp, lexicon, text), word).voice == "quoted"


def test_the_writers_own_belief_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "I think the takeover is a reckless gamble."), "reckless").voice == "author"


# ---------------------------------------------------------------- a quotation over paragraphs run together


def test_a_quotation_reopened_after_a_lost_paragraph_break_stays_quoted(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'The coach said: "We played well. "The referee was a disgrace and everyone saw it.'
    assert tag(run(nlp, lexicon, body), "disgrace").voice == "quoted"


def test_reopening_marks_pair_as_before() -> None:
    from tasks.quotemarks import quoted_spans

    text = 'He said: "One. "Two." Then she left.'
    assert [text[s:e] for s, e in quoted_spans(text)] == ["One.", "Two."]


# ---------------------------------------------------------------- a definite event noun names the event


@pytest.mark.parametrize(
    "text",
    [
        "When the disaster struck the coast, the festival went ahead.",
        "Officials said the cost of the tragedy was still rising.",
    ],
)
def test_a_definite_event_noun_refers_to_the_event(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert not {"disaster", "tragedy"} & {t.text.lower() for t in run(nlp, lexicon, text).tags}


def test_an_event_noun_said_of_something_is_a_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "The new ticket system was a disaster for the festival."), "disaster")


# ---------------------------------------------------------------- "so-called" introducing a term


@pytest.mark.parametrize(
    "text",
    [
        "The inquiry looked at so-called related party transactions at the bank.",
        "The reform targets so-called latifundios, or large idle estates.",
    ],
)
def test_so_called_before_a_term_names_it(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert all(t.category != "epistemic-doubt" for t in run(nlp, lexicon, text).tags)


def test_so_called_before_one_noun_distances(nlp: Language, lexicon: BiasLexicon) -> None:
    assert tag(run(nlp, lexicon, "The panel was packed with so-called experts."), "so-called")


@pytest.mark.parametrize(
    "text",
    [
        "The roles of the two boards were clearly defined in the charter.",
        "She set out the terms very clearly.",
    ],
)
def test_clearly_as_a_manner_adverb_is_not_certainty(nlp: Language, lexicon: BiasLexicon, text: str) -> None:
    assert "clearly" not in {t.text.lower() for t in run(nlp, lexicon, text).tags}


@pytest.mark.parametrize(
    "text",
    [
        "The coach agreed to take a lie detector test.",
        "The vast majority of the members voted for the merger.",
    ],
)
def test_plain_quantities_and_the_polygraph_are_not_loaded(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    assert run(nlp, lexicon, text).tags == []


# ------------------------------------------------------------------- a penalty's "for" names the offence


@pytest.mark.parametrize(
    "text",
    [
        "The regulator fined the bank for mishandling customer complaints.",
        "Regulators fined the social network a record 2m euros for mishandling the data of its users.",
        "The club banned the fans for racist abuse.",
        "The firm was penalised for misleading customers.",
        "She was sacked for bullying junior staff.",
    ],
)
def test_the_offence_a_penalty_was_for_is_the_finding_not_the_writers_charge(
    nlp: Language, lexicon: BiasLexicon, text: str
) -> None:
    assert run(nlp, lexicon, text).tags == []


def test_the_same_words_said_by_the_writer_or_of_the_punished_still_tag(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert tag(run(nlp, lexicon, "The bank mishandled customer complaints."), "mishandled").voice == "author"
    # the penalty's object is who was punished: a label there is still the writer's
    assert tag(run(nlp, lexicon, "The EU sanctioned the regime in March."), "regime").voice == "author"


# ---------------------------------------------------- what a warning or a complaint is about is the speaker's


@pytest.mark.parametrize(
    ("text", "word", "speaker", "own"),
    [
        ("Union leaders warned of chaos on the railways.", "chaos", "Union leaders", "Chaos hit the trains."),
        ("Tenants complained about the shoddy repairs.", "shoddy", "Tenants", "The repairs were shoddy."),
    ],
)
def test_the_phrase_a_verb_of_saying_is_about_is_the_speakers(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str, speaker: str, own: str
) -> None:
    found = tag(run(nlp, lexicon, text), word)
    assert (found.voice, found.reported, found.speaker) == ("quoted", True, speaker)
    assert tag(run(nlp, lexicon, own), word).voice == "author"  # the writer's own sentence


def test_a_feeling_reported_of_others_is_theirs(nlp: Language, lexicon: BiasLexicon) -> None:
    found = tag(run(nlp, lexicon, "Many residents feel betrayed by the council."), "betrayed")
    assert (found.voice, found.reported) == ("quoted", True)
    assert tag(run(nlp, lexicon, "The council betrayed the residents."), "betrayed").voice == "author"


# ------------------------------------------------------------ a headline's reported clause is the speaker's


def test_a_headlines_reported_clause_is_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = nlp("The hearing continues on Tuesday.")
    headline = nlp("Former aide tells court minister lied about gifts")
    result = tag_bias(body, [], lexicon=lexicon, headline=headline)
    found = tag(result, "lied")
    assert (found.field, found.voice, found.reported) == ("headline", "quoted", True)
    # the writer's own headline word stays the writer's
    result = tag_bias(body, [], lexicon=lexicon, headline=nlp("Minister lied about gifts"))
    assert tag(result, "lied").voice == "author"
