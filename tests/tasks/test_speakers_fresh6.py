"""Speaker mechanisms found on the lead's fresh articles of session 13: a speech participle hung on a
passive clause ("X was angered by Y, claiming ...") is X's, the clause's grammatical subject, never the
passive's agent; a name set beside the subject keeps the title the entity left out ("its head of research,
Dr Sarah Mills, said")."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_participle_on_a_passive_speaks_for_its_subject(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rovers boss Gary Hollins was frustrated by the decision that led to the equaliser, claiming there "
        "had been a foul on his goalkeeper.\n",
    )
    assert speaker_rule(found, "there had been a foul")[0] == "Gary Hollins"


def test_the_agent_of_the_passive_still_speaks_for_its_own_verb(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The plan was criticised by Mayor Jo Li, who said it would cost too much.\n",
    )
    assert speaker_rule(found, "it would cost")[0] == "Jo Li"


def test_a_titled_name_beside_the_subject_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The charity said the study was welcome. Its head of research, Dr Sarah Mills, said the charity "
        "would fund a trial.\n",
    )
    assert speaker_rule(found, "the charity would fund")[0] == "Sarah Mills"
