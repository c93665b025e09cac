"""Speaker vetoes and repairs found on fresh articles of our own (issue 13, spk7): a name the model took for
an organisation, whose own clause calls it "her", stops a later "she" from skipping back past it; the words
inside another speaker's report are not the inner subject's; "the left back said" is the person introduced
with those words, however parsed; "they" is the person the article says goes by "they"; "the survey" is the
organisation named before that ends with the word."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_she_does_not_skip_a_name_called_her(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Amara Nwosu opened her first restaurant at 24. She spoke to Dan Hart about cooking.\n\n"
        'Her partner, Lena Fischer, said Nwosu worked hard. "She is always first in," Fischer said.\n\n'
        'Nwosu laughed when this was put to her. "Lena exaggerates," she said.\n',
    )
    speaker, _ = speaker_rule(found, "Lena exaggerates")
    assert speaker != "Lena Fischer"


def test_partial_inside_a_report_is_not_the_inner_subjects(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Spokeswoman Ana Pell said the ministry had only asked for "minor changes" to the bill.\n',
    )
    assert all(
        q.speaker is None or q.speaker.canonical != "ministry" for q in found if q.text == "minor changes"
    )


def test_description_words_match_whatever_the_parse(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Callum Reid, the left back, had given the hosts the lead.\n\n"
        '"Nobody put their head down, even when they equalised," the left back said.\n',
    )
    assert speaker_rule(found, "Nobody put") == ("Callum Reid", "introduced-words")


def test_they_is_the_person_who_goes_by_they(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Robin Achebe, who uses they/them pronouns, runs the village show.\n\n"
        "The parish council said costs had risen. Achebe said the hall was too small. "
        '"We tried everything," they said.\n',
    )
    assert speaker_rule(found, "We tried everything") == ("Robin Achebe", "plural-pronoun")


def test_short_form_of_an_organisation_speaks_for_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sea ice fell to a record low this winter, according to the British Antarctic Survey.\n\n"
        'Dr Ella Gore, a physicist, said the fall was alarming. "We have never seen this," she said.\n\n'
        "The survey said its ships would return to the Weddell Sea in March.\n",
    )
    speaker, _ = speaker_rule(found, "its ships")
    assert speaker == "British Antarctic Survey"
