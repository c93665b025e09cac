"""spk26a: features and sport, articles of our own: a description shared by two people, whose words a phrase
says they are, and a relative brought in after a bare surname spoke."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tasks.headline_quotes import headline_quotes
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule


def test_the_coach_is_the_coach_who_is_the_subject_just_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Coach Mara Ostrow was furious after the Otters lost 3-0 to Easton on Friday.\n\n"
        '"We were asleep for an hour," Ostrow said.\n\n'
        "Easton coach Dev Patel was happier with his side.\n\n"
        '"The boys pressed really well," Patel said.\n\n'
        "Asked about her goalkeeper, Ostrow was more forgiving.\n\n"
        '"She kept the score down," the coach said.',
    )
    assert speaker_rule(found, "She kept the score down") == ("Mara Ostrow", "introduced-subject")


def test_the_coach_stays_unresolved_when_the_subject_before_is_no_coach(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Coach Mara Ostrow was furious after the Otters lost 3-0 to Easton on Friday.\n\n"
        "Easton coach Dev Patel was happier with his side.\n\n"
        "Goalkeeper Lena Brik made nine saves.\n\n"
        '"She kept the score down," the coach said.',
    )
    speaker, rule = speaker_rule(found, "She kept the score down")
    assert rule != "introduced-subject" and speaker not in {"Mara Ostrow", "Dev Patel", "Lena Brik"}


def test_in_the_words_of_a_neighbour_are_the_neighbours_words(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Ivy Tolland ran the village shop for 40 years and became, in the words of one neighbour, "
        '"the beating heart of the street".',
    )
    speaker, rule = speaker_rule(found, "the beating heart")
    assert rule == "according-to" and speaker != "Ivy Tolland"


def test_a_bare_surname_is_not_the_relative_named_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "World No 5 Sofia Lindqvist reached the final in Doha on Friday.\n\n"
        "'I was nervous at the start,' Lindqvist said.\n\n"
        "Her brother and coach, Erik Lindqvist, watched from the stands.",
    )
    speaker, _ = speaker_rule(found, "I was nervous")
    assert speaker != "Erik Lindqvist"


def test_her_son_is_the_son_introduced_with_his_mothers_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A builder who took £9,000 from a pensioner was jailed on Monday.\n\n"
        "Mrs Ashby's son, Colin Ashby, said the family had been shaken.\n\n"
        "Doris Ashby, who is 90, now lives with her daughter in Leeds. Her son said she still locks every "
        'door twice. "She is frightened of her own front door," he said.',
    )
    speaker, rule = speaker_rule(found, "she still locks")
    assert (speaker, rule) == ("Colin Ashby", "owned-kin")


def test_his_daughter_is_the_one_who_named_him_as_her_father(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Anna Novak won her first title in Rome on Sunday.\n\n"
        "Novak's coach and father, Josef Novak, watched from the stands.\n\n"
        "'He never lets me relax,' his daughter said.",
    )
    speaker, rule = speaker_rule(found, "He never lets me relax")
    assert (speaker, rule) == ("Anna Novak", "owned-kin")


def test_the_band_is_the_band_named_so_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Folk band The Moorhens have pulled out of the Riverside festival.\n\n"
        '"We are heartbroken to miss it," the band said in a statement.',
    )
    assert speaker_rule(found, "We are heartbroken") == ("Moorhens", "introduced-body")


def test_a_headline_speaker_starts_after_the_colon(nlp: Language) -> None:
    body = nlp("Ines Calder won the Marlow prize for painting on Friday.")
    headline = nlp("'I painted it in a garden shed': Ines Calder on her prize")
    found = headline_quotes(headline, [], entities(body, titles=CUES.titles), cues=CUES, body=body)
    assert [q.speaker.text for q in found if q.speaker is not None] == ["Ines Calder"]


def test_an_age_is_the_scorer_named_before_another_players_possessive(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Owen Price headed home Tom Hale's cross in stoppage time to seal the win.\n\n"
        "The striker had been out for two months with a knee injury.\n\n"
        "'It has been a long wait,' said the 27-year-old.",
    )
    assert speaker_rule(found, "It has been a long wait") == ("Owen Price", "nominal-adjective")
