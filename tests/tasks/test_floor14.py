"""Issue 13's precision floor (floor14): a pronoun's person named inside the very quote it would speak
('"Price has betrayed us," he said'), a quote after a colon that ends an object someone else owns ("Li
pointed to a banner held by protesters:"), and a body that says words while quoting someone ('"...," the
club said, quoting its striker') give no speaker, while the plain readings still do; so do a description
made of the quote's own words, one a source "quoted as saying", and a body before a person named at the
colon that opens the quote ("Pollsters agree - Jo Li:")."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_pronoun_does_not_stand_for_a_person_its_quote_names(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Tom Reed, the union leader, spoke after the vote on Monday. John Price, the mayor, had voted "
        'against the deal.\n"John Price has betrayed every worker in this city," he said.\n\n'
        "Mary Ruiz, a nurse, joined the march.\n"
        '"The mayor has betrayed every worker in this city," she said.\n',
    )
    assert speaker_rule(found, "John Price has")[0] != "John Price"
    assert speaker_rule(found, "The mayor has") == ("Mary Ruiz", "pronoun")


def test_a_quote_after_an_object_someone_else_owns_is_not_the_subjects(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Sarah Kim pointed to a banner held by protesters: "No more wars."\n\n'
        'Ana Ruiz runs the clinic. She held up the mayor\'s letter: "Your request is denied."\n\n'
        'Tom Reed runs the union. He is rolling out a new message: "We will win."\n',
    )
    assert speaker_rule(found, "No more wars")[0] != "Sarah Kim"
    assert speaker_rule(found, "Your request")[0] != "Ana Ruiz"
    assert speaker_rule(found, "We will win") == ("Tom Reed", "colon")


def test_a_club_quoting_its_striker_is_not_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"I am truly sorry," the club said, quoting a post by its striker Leo Santos.\n\n'
        '"We are truly sorry," the league said in a statement on Sunday.\n',
    )
    assert speaker_rule(found, "I am truly sorry")[0] != "club"
    assert speaker_rule(found, "We are truly sorry") == ("league", "institution")


def test_words_of_the_quote_read_as_the_subject_speak_for_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"Smart lawyer, very smart lawyer this woman," Price, the longtime mayor of the town and a candidate '
        "for governor, said when she asked a question.\n",
    )
    assert speaker_rule(found, "Smart lawyer")[0] != "Smart lawyer"


def test_one_quoted_as_saying_by_a_source_is_not_the_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'The newspaper quoted the minister as saying "we will not resign."\n\n'
        'The minister was quoted as saying "we will not leave."\n',
    )
    assert speaker_rule(found, "we will not resign")[0] != "minister"
    assert speaker_rule(found, "we will not leave") == ("minister", "description")


def test_a_person_named_at_the_colon_may_be_the_speaker(nlp: Language) -> None:
    found = find_quotes(nlp, 'Pollsters agree - Carl Bialik: "Keep on calling voters as late as you can."\n')
    assert speaker_rule(found, "Keep on calling")[0] != "Pollsters"


def test_a_quote_inside_questions_from_another_is_not_the_subjects(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Sarah Kim faced questions from Tom Reed about her "secret deal with the developers."\n\n'
        'Mary Ruiz thanked the mayor for her "courage and honesty."\n',
    )
    assert speaker_rule(found, "secret deal")[0] != "Sarah Kim"
    assert speaker_rule(found, "courage and honesty") == ("Mary Ruiz", "object-of-person")
