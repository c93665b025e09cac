"""Issue 12, voice of bias tags (voice7): interviews, participles on a misread parse, role nouns and pronouns
for a person already named, and labels the parse fused or misread.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of

# ------------------------------------------------------------------------------ interviews


def test_interview_answers_are_the_person_the_introduction_names(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Tom Reyes took over the club in May. We spoke to him after the defeat.\n\n"
        "Q: How do you feel about the season?\n\n"
        "A: The referees have been a disgrace.\n\n"
        "Q: And the fans?\n\n"
        "A: The board's treatment of them is shameful."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "Tom Reyes")
    assert voice_of(nlp, lexicon, body, "shameful") == ("quoted", "Tom Reyes")
    # two people introduced as often: no one named
    body = (
        "Tom Reyes and Ann Lo run the club.\n\n"
        "Q: How was the season?\n\n"
        "A: The referees have been a disgrace.\n\n"
        "Q: And the fans?\n\n"
        "A: Fine."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", None)


def test_answers_after_questions_set_as_paragraphs_are_the_interviewees(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Tom Reyes took over the club in May. We asked him about the season.\n\n"
        "How do you rate the season so far?\n\nThe referees have been a disgrace.\n\n"
        "What about the board?\n\nTheir treatment of the fans is shameful.\n\n"
        "Will you stay?\n\nYes. Leaving now would be cowardly."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "Tom Reyes")
    assert voice_of(nlp, lexicon, body, "shameful") == ("quoted", "Tom Reyes")
    # a column's rhetorical questions, too few and put to no one in particular, answer for no one
    body = (
        "Mayor Tom Reyes has a plan.\n\nDo you want higher taxes?\n\nThe plan is a disgrace.\n\n"
        "Who benefits?\n\nNobody."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("author", None)


def test_answers_labelled_a_with_a_full_stop_are_the_interviewees(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Lena Park was elected last week.\n\nQ. What will you change first?\n\n"
        "A. The previous administration was a shambles.\n\nQ. And transport?\n\n"
        "A. The bus contract is a scandal."
    )
    assert voice_of(nlp, lexicon, body, "shambles") == ("quoted", "Lena Park")


def test_a_surname_before_a_colon_answers_for_the_person_named_before(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Lena Park was elected last week. She answered our questions.\n\n"
        "What will you change first?\n"
        "Park: The previous administration was a shambles.\n\n"
        "What about transport?\n"
        "Park: The bus contract is a scandal."
    )
    assert voice_of(nlp, lexicon, body, "shambles") == ("quoted", "Lena Park")
    assert voice_of(nlp, lexicon, body, "scandal") == ("quoted", "Lena Park")


# ------------------------------------------------------------------- participles on a misread parse


def test_a_participle_after_a_verb_the_parse_read_as_a_modifier_is_the_subjects(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Singer Jade Moss has spoken out about online abuse. The 29-year-old shared screenshots of the "
        "messages on Instagram, calling them 'vile'."
    )
    assert voice_of(nlp, lexicon, body, "vile") == ("quoted", "Jade Moss")


def test_a_participle_after_a_main_verb_hung_on_the_subject_is_the_subjects(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The actress, 32, hit back on Instagram, calling the claims 'lies'."
    assert voice_of(nlp, lexicon, body, "lies") == ("quoted", "actress")


def test_an_as_phrase_the_parse_read_as_an_adverb_is_the_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The chief constable, Sarah Lowe, met families on Tuesday. She described the attack as cowardly "
        "and senseless."
    )
    assert voice_of(nlp, lexicon, body, "cowardly") == ("quoted", "Sarah Lowe")
    body = "A spokesman for the league described the incident as shameful and said bans would follow."
    assert voice_of(nlp, lexicon, body, "shameful") == ("quoted", "spokesman")


def test_two_objects_the_parse_fused_give_the_second_as_the_label(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert voice_of(
        nlp, lexicon, "Campaigners gathered outside parliament, branding the law cruel.", "cruel"
    ) == (
        "quoted",
        "Campaigners",
    )
    body = "Senator Ruth Gale spoke on Monday. She branded its authors zealots."
    assert voice_of(nlp, lexicon, body, "zealots") == ("quoted", "Ruth Gale")


# ------------------------------------------------------------- a person already named, by role or "he"


def test_a_role_noun_is_the_person_introduced_with_it(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The health secretary, Priya Shah, visited the hospital on Friday. Nurses met her. Doctors too. "
        "The secretary called the union's demands outrageous."
    )
    assert voice_of(nlp, lexicon, body, "outrageous") == ("quoted", "Priya Shah")
    # two people introduced as the same role: the phrase, no guess
    body = (
        "The minister, Ann Lo, and the minister, Tom Hart, met. The minister called the demands outrageous."
    )
    assert voice_of(nlp, lexicon, body, "outrageous") == ("quoted", "minister")


def test_he_after_a_quote_the_quote_layer_resolved_is_that_person(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The minister, John Smith, spoke on Monday. He said the report was late. He called them cowards."
    assert voice_of(nlp, lexicon, body, "cowards") == ("quoted", "John Smith")


# ------------------------------------------------------------------------------------ headlines


def test_a_fronted_headline_quotation_before_a_sentence_case_clause_is_its_subjects(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    result = run(
        nlp, lexicon, "Supporters protested on Saturday.", headline="'A disgrace': fans turn on owner"
    )
    found = tag(result, "disgrace")
    assert (found.voice, found.speaker) == ("quoted", "fans")


def test_an_apposition_fused_onto_a_plural_labeller_is_not_its_name(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Ward told reporters the plan would bring 400 homes, a claim critics called absurd."
    assert voice_of(nlp, lexicon, body, "absurd") == ("quoted", "critics")
