"""Issue 12 (bias25a): voice and speaker in reported structures of our own articles: what a hearing "was
told", a label given inside someone else's report, a participle before a closing attribution, a label noun
the writer sets before a person, "they" and "their" for the one group that spoke, a modifier the parse read
as the labelling verb's object."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of


def test_what_a_tribunal_was_told_is_evidence_not_the_writers_finding(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "A landlord forced families to live in squalid, rat-infested flats while charging extortionate "
        "rents, a tribunal was told on Monday."
    )
    assert voice_of(nlp, lexicon, body, "extortionate") == ("quoted", None)


def test_a_quoted_label_inside_someone_elses_report_is_the_labellers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'An aide said the governor had privately described the organisers as "professional agitators".'
    assert voice_of(nlp, lexicon, body, "agitators") == ("quoted", "governor")


def test_a_relative_clause_labelling_with_an_adjective_is_its_antecedents(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Skyline Airways posted record profits on Thursday, prompting a furious response from the pilots' "
        'union, which branded executives "greedy".'
    )
    assert voice_of(nlp, lexicon, body, "greedy") == ("quoted", "pilots' union")


def test_a_participle_before_a_closing_attribution_speaks_for_its_clauses_subject(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'A footballer bombarded his ex with texts, calling her a "gold-digger" and a "liar", a court heard.'
    )
    assert voice_of(nlp, lexicon, body, "liar") == ("quoted", "footballer")


def test_a_label_noun_before_a_person_inside_a_report_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "A love rat footballer bombarded his ex with texts, a court heard."
    assert voice_of(nlp, lexicon, body, "love rat") == ("author", None)
    assert voice_of(nlp, lexicon, "She said he was a love rat.", "love rat")[0] == "quoted"


def test_their_view_is_the_one_group_that_spoke_before(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Critics argued the attack was cynical. In their view, the row is a shameless attempt to win votes."
    )
    assert voice_of(nlp, lexicon, body, "shameless") == ("quoted", "Critics")
    other = "Ward and Li met on Monday. In their view, the row is a shameless attempt to win votes."
    assert voice_of(nlp, lexicon, other, "shameless") == ("quoted", None)


def test_they_as_labellers_are_the_one_group_that_spoke_before(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Ministers say the protesters are a menace who must be stopped. They have branded them extremists "
        "and eco-zealots."
    )
    assert voice_of(nlp, lexicon, body, "extremists") == ("quoted", "Ministers")


def test_a_modifier_read_as_the_accusing_verbs_object_keeps_the_charge(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The health secretary has accused striking junior doctors of holding patients hostage, as a walkout "
        "began."
    )
    t = tag(run(nlp, lexicon, body), "holding patients hostage")
    assert (t.voice, t.speaker, t.reported) == ("quoted", "health secretary", True)


def test_marked_words_in_the_target_of_a_retort_are_the_retorters(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert voice_of(nlp, lexicon, "Rhodes hit back at the 'vile' trolls on Sunday.", "vile") == (
        "quoted",
        "Rhodes",
    )


def test_a_clause_around_as_x_called_it_is_xs(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The plan, as the union called it, is a reckless gamble."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "union")


def test_what_someone_vowed_to_do_is_in_their_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "If elected, Smith has promised to end the madness at the border."
    assert voice_of(nlp, lexicon, body, "madness") == ("quoted", "Smith")
    speech = "Mr Blair said he would not respond and promised to hail Labour's record on the economy."
    assert voice_of(nlp, lexicon, speech, "hail")[0] == "author"


def test_some_of_a_group_named_just_before_hold_the_view(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Analysts were divided. Some believe the board has been tone-deaf; others think it is right."
    assert voice_of(nlp, lexicon, body, "tone-deaf") == ("quoted", "Analysts")
    spaced = "Pay rose.\n\nAnalysts were divided. Some believe the board has been tone-deaf; others disagree."
    assert voice_of(nlp, lexicon, spaced, "tone-deaf") == ("quoted", "Analysts")
    other = "Concerns have grown. Some believe the plan is reckless."
    assert voice_of(nlp, lexicon, other, "reckless") == ("quoted", None)


def test_he_said_set_into_the_next_sentence_goes_on_with_the_speaker(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Prosecutor Ian Holt told the court that Dean was a liar. Dean, he said, had bragged to friends "
        "about how easy it was."
    )
    assert voice_of(nlp, lexicon, body, "bragged") == ("quoted", "Ian Holt")


def test_a_report_nested_in_another_is_its_own_verbs_subjects(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'A former nurse said a senior manager had told her the complaints were "hysterical nonsense".'
    assert voice_of(nlp, lexicon, body, "nonsense") == ("quoted", "senior manager")


def test_a_label_whose_giver_is_he_keeps_the_quote_layers_speaker(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Tom Hale, a lawyer in Leeds, retired last year. He married in May and counts himself a Donald Trump "
        'supporter. He recently wrote a column for the local paper, mocking city leaders as "obsessed" with '
        "parking."
    )
    assert voice_of(nlp, lexicon, body, "obsessed") == ("quoted", "Tom Hale")
