"""spk30b: a profile's subject and a namesake quoted next; a speech participle after "by".

1. Two people of one surname named in full, neither brought in as the other's relative: a bare surname is
   the story's subject (the first person named, in the opening paragraph, the other named later) outside the
   other's paragraph; "the elder Berg" by the ages given, one beside a bare surname read as the subject's.
2. "Cllr Ames closed the debate by saying she took 'no pleasure' in it": the main verb's subject speaks.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

PROFILE = (
    "Nina Holm was eight when she first rowed on the lake.\n\n"
    '"She capsized twice and laughed both times," said Erik Holm, 58, who has built boats in the town '
    "for 35 years.\n\n"
    "Two decades later, Holm, 27, is rowing in her second world final.\n\n"
    '"She was never scared of the water," the elder Holm said.\n\n'
    '"I still sand the hulls on Saturdays," Holm said.'
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        ("She capsized twice", "Erik Holm"),
        ("She was never scared", "Erik Holm"),
        ("I still sand the hulls", "Nina Holm"),
    ],
)
def test_a_bare_surname_is_the_profiles_subject_outside_the_namesakes_paragraph(
    nlp: Language, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, PROFILE), fragment)[0] == speaker


def test_in_the_namesakes_paragraph_the_surname_stays_as_written(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nina Holm was eight when she first rowed on the lake.\n\n"
        '"She capsized twice," said Erik Holm, 58. "She never gave up," Holm added.',
    )
    assert speaker_rule(found, "She never gave up")[0] == "Holm"


def test_a_namesake_the_lede_names_only_as_someones_relative_is_not_its_subject(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A search for new poets has begun with the help of the sister of Clara Dunn.\n\n"
        "Teacher Ruth Dunn is among the judges.\n\nThe final five will read on stage.\n\n"
        '"It is very hard to get published," said Dunn.',
    )
    assert speaker_rule(found, "It is very hard")[0] != "Clara Dunn"


@pytest.mark.parametrize(
    "text",
    [
        'Councillors voted to close the library.\n\nCllr Jane Ames closed the debate by saying she took "no '
        'pleasure" in it.',
        'The board met on Monday. Jane Ames resigned after saying she took "no pleasure" in it.',
    ],
)
def test_a_speech_participle_after_by_is_the_main_subjects(nlp: Language, text: str) -> None:
    assert speaker_rule(find_quotes(nlp, text), "pleasure", anywhere=True)[0] == "Jane Ames"
