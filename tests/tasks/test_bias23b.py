"""Issue 12, whose voice a loaded word is in (bias23b): "According to X" credits a view to a union the entity
tagger read as an organisation, and to a source whose clause forecasts a figure; an accusing or labelling
verb's "of" or "as" phrase the parse hung on a time phrase ("accused on Wednesday of ..."); a main verb the
parse hung on its subject as a participle; the owner "his" of a claim; a "that" clause the parse took from
the gerund before it; a simple past tagged as a participle joined to a reported copula; a description the
quote layer resolved to the very person it labels; "..., she went on, ..." as an aside; the exclamation mark
closing a post quoted after a colon is the poster's, no stance of the writer's; the label of "X's description
of Y as Z" where the parse read "as Z <verb>" as a clause; a speech or statement that accuses speaks for its
owner, named without the possessive ending; an adjective label right after the object, read as a clause
("branded the latest budget cuts cruel"); "the head of X" speaks as that, not as "head"; an
embedded post credited by a handle alone ("— @handle") is its author's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import author_words, gated, run, tag, voice_of


def test_according_to_a_common_noun_the_tagger_read_as_an_organisation(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "According to the transport union, the reckless cuts will leave commuters stranded."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "transport union")


def test_according_to_a_forecast_with_a_figure_is_the_sources(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "According to union leaders, the reckless cuts will leave thousands of commuters stranded."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "union leaders")
    # a figure the source supplies as a fact: the writer's wording around it stays the writer's
    fact = "The army's brutal war has killed 34,500 people, according to health officials."
    assert voice_of(nlp, lexicon, fact, "brutal") == ("author", None)


def test_charge_hung_on_a_time_phrase(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The health minister was accused on Wednesday of a shameful cover-up at the hospital."
    assert voice_of(nlp, lexicon, body, "shameful") == ("quoted", None)
    result = run(nlp, lexicon, "He was accused last week of a cruel hoax.")
    assert tag(result, "hoax").voice == "quoted"


def test_main_verb_read_as_a_participle_on_its_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The opposition's spokesman, Ian Black, called Okafor's remarks disgraceful."
    assert voice_of(nlp, lexicon, body, "disgraceful") == ("quoted", "Ian Black")


def test_his_claim_is_the_one_person_named(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "A judge rejected a bid by the tycoon Viktor Lenz to halt his trial, dismissing his claim that "
        "prosecutors had waged a vendetta against him."
    )
    assert voice_of(nlp, lexicon, body, "vendetta") == ("quoted", "Viktor Lenz")


def test_that_clause_of_a_gerund_after_a_preposition(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The striker Jamal Owens has apologised after writing on Instagram that the referee was "a clown".'
    assert voice_of(nlp, lexicon, body, "clown") == ("quoted", "Jamal Owens")


def test_past_tagged_as_participle_joined_to_a_reported_copula(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Tenant groups said the cap was long overdue and accused landlords of greed."
    assert voice_of(nlp, lexicon, body, "greed") == ("quoted", "Tenant groups")


def test_description_resolved_to_the_person_it_labels(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The convicted fraudster Neil Barton claimed on Thursday that he had been framed.\n\n"
        "The judge who sentenced him described Barton as a callous predator."
    )
    assert voice_of(nlp, lexicon, body, "callous") == ("quoted", "judge")


def test_she_went_on_as_an_aside(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The rules, said Joan Miller, were a disaster.\n\nThe strike, she went on, was a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless")[0] == "quoted"
    # a clause of time is no aside: "As the meeting went on, ..." stays the writer's
    assert voice_of(nlp, lexicon, "As the meeting went on, the mood turned brutal.", "brutal")[0] == "author"


def test_exclamation_closing_a_post_is_the_posters(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "In a post on Truth Social, the former president wrote: The radical left is destroying our country!"
    )
    result = gated(nlp, body)
    assert "!" not in author_words(result)
    assert tag(result, "destroying").voice == "quoted"


def test_label_of_a_labelling_noun_read_as_a_clause_subject(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The minister's description of the strikers as thugs drew anger."
    assert voice_of(nlp, lexicon, body, "thugs") == ("quoted", "minister")


def test_a_speech_that_accuses_is_its_owners(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Union leader Kate Moore's fiery speech accused ministers of arrogance."
    assert voice_of(nlp, lexicon, body, "arrogance") == ("quoted", "Kate Moore")
    assert voice_of(nlp, lexicon, "Ms Hale's view is that the plan is reckless.", "reckless") == (
        "quoted",
        "Ms Hale",
    )


def test_adjective_label_read_as_a_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The council leader branded the latest budget cuts cruel."
    assert voice_of(nlp, lexicon, body, "cruel") == ("quoted", "council leader")


def test_a_head_speaks_for_what_it_heads(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The head of the steelworkers' union condemned the job cuts as heartless."
    assert voice_of(nlp, lexicon, body, "heartless") == ("quoted", "head of the steelworkers' union")


def test_post_credited_by_its_handle_alone(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The senator responded on X.\n\n"
        "This incompetent administration is a disgrace.\n\n"
        "— @BillHarlan\n\n"
        "The White House did not respond."
    )
    assert voice_of(nlp, lexicon, body, "incompetent") == ("quoted", "@BillHarlan")
