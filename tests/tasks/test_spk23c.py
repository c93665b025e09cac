"""spk23c: speaker defects found on articles of our own in genres nobody had tuned for (a product launch, an
obituary, a port strike, a sports report)."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_pronoun_below_a_persons_relative_clause_is_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"We wanted it to last," chief executive Arjun Patel said. Patel was joined on stage by head of '
        'design Keiko Tanaka, who walked through the hinge, which she described as "the hardest thing we '
        'have ever made."',
    )
    # no gender known for either: Tanaka, or the sentence's subject, Patel; no guess
    assert speaker_rule(found, "the hardest thing")[0] is None
    found = find_quotes(
        nlp, 'Tom Smith hired Ana Jones, who had worked for a rival, which she said was "a real plus."'
    )
    assert speaker_rule(found, "which she said", anywhere=True)[0] == "Jones"
    found = find_quotes(
        nlp, 'Tom Smith hired Jo Jones, who had worked for a rival, which he said was "a real plus."'
    )
    assert speaker_rule(found, "which he said", anywhere=True)[0] == "Tom Smith"


def test_the_words_own_speech_verb_beats_the_root_their_full_stop_hangs_on(nlp: Language) -> None:
    found = find_quotes(
        nlp, 'Coach Tom Reid praised Jo Li, who scored twice and said she was "proud of everyone."'
    )
    assert {q.speaker.canonical for q in found if q.speaker is not None} == {"Jo Li"}
    # a speech verb within the words reported ("maintain") does not take them from the reporter
    found = find_quotes(
        nlp,
        "Jo Li said the Acme Corp will maintain its plant this year and will then move to a "
        '"much smaller presence, one that everyone is comfortable with."',
    )
    assert {q.speaker.canonical for q in found if q.speaker is not None} == {"Jo Li"}


def test_a_possessive_description_is_the_person_introduced_with_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Ken Dorsey was charged with fraud on Monday. His lawyer, Amy Stone, said he would fight the charge. "
        'Dorsey did not speak. "He is innocent," his lawyer said.',
    )
    assert speaker_rule(found, "He is innocent") == ("Amy Stone", "introduced-as")


def test_an_organisation_split_at_and_is_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The International Longshore and Warehouse Union Canada said employers had refused to talk.",
    )
    assert (
        speaker_rule(found, "employers had refused")[0]
        == "International Longshore and Warehouse Union Canada"
    )


def test_a_subject_with_a_long_aside_read_as_a_report_still_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Dr. Tracey Woodruff, who directs a program on reproductive health at the University of "
        "California, San Francisco, and was not involved in the study, said the findings were worrying "
        "but not surprising.",
    )
    assert [(q.text, q.speaker.canonical if q.speaker else None) for q in found] == [
        ("the findings were worrying but not surprising", "Tracey Woodruff")
    ]


def test_a_speech_verbs_they_is_the_group_that_reported(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Analysts at Citi said in a note that the cuts would save about $180 million a year. "
        '"This is the right move, but it is late," they wrote.',
    )
    assert speaker_rule(found, "This is the right move") == ("Analysts at Citi", "plural-pronoun")


def test_an_anonymous_source_keeps_whose_source_it_is(nlp: Language) -> None:
    found = find_quotes(nlp, "A spokeswoman for Grayson said the bill was dead.")
    assert speaker_rule(found, "the bill was dead")[0] == "spokeswoman for Grayson"


def test_a_name_set_beside_the_opening_place_speaks(nlp: Language) -> None:
    found = find_quotes(nlp, "In Malazgirt, Mehmet Aydin, 45, said he ran into the street with his children.")
    assert speaker_rule(found, "he ran into the street")[0] == "Mehmet Aydin"


FERRY = (
    "Angus MacRae steers the ferry across the loch. He counts the crossings in a notebook.\n\n"
    '"My father did it for 40 years," MacRae says.\n\n'
    "His neighbour, Donald Fraser, takes the ferry every Tuesday.\n\n"
    '"They\'ll come over and leave," he says.\n\n'
    "MacRae does not argue. He has heard it all at meetings in the village hall.\n\n"
    '"I understand it," he says.'
)


def test_a_surname_tagged_as_an_organisation_is_the_person_with_that_name(nlp: Language) -> None:
    # the model tags "Angus MacRae" and "MacRae" as organisations: the "he" after the surname is MacRae's
    assert speaker_rule(find_quotes(nlp, FERRY), "I understand it")[0] == "Angus MacRae"
