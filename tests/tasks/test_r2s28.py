"""r2s28: a speech verb's parsed subject that cannot speak (a feeling, a view) is not the speaker; the
sentence names who is: the named "of"-object a "who" clause follows, or the subject of a parenthetical
speech verb."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of
from tests.tasks.speaker_cases import find_quotes, speaker_rule

IRE = (
    "The state court upheld the permits on Tuesday. The ruling drew the ire of Justice Marta Hale who said "
    "the majority had ignored fifty years of precedent."
)


def test_who_after_the_named_of_object_gives_its_clause_to_the_name_not_the_feeling(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, IRE), "the majority had")[0] == "Marta Hale"


VIEW = (
    "Marta Hale, a senator, spoke for an hour on Sunday. She said the plan rested on a world view she "
    "rejected. That world view, Hale continued, suggests that farmers could lose their water to whoever "
    "pays most."
)


def test_a_parenthetical_speaker_owns_the_clause_of_a_subject_that_cannot_speak(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, VIEW), "farmers could lose")[0] == "Marta Hale"


def test_the_bias_layer_names_the_parenthetical_speaker_not_the_view(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Marta Hale, a senator, spoke for an hour on Sunday. That world view, Hale continued, suggests that "
        "farmers must rely on claims that the river will never run dry."
    )
    assert voice_of(nlp, lexicon, body, "claims") == ("quoted", "Marta Hale")


def test_a_person_noun_before_who_keeps_its_clause(nlp: Language) -> None:
    # "the wife of Justice Hale who said": the head can speak, so the parse's reading stands
    text = (
        "The state court upheld the permits on Tuesday. The ruling was welcomed by the wife of Justice Marta "
        "Hale who said the majority had been right."
    )
    assert speaker_rule(find_quotes(nlp, text), "the majority had")[1] != "speechless-head"
