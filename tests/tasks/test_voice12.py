"""Issue 12, voice and sense of bias tags (voice12): a naming verb's label the parse read as an adverbial noun
phrase ("branded the new hall a disgrace"); a possessive subject ("Ward's rivals") is no speaker found at its
possessor; a tabloid's epithet the entity tagger took into a name known elsewhere ("Cowardly Kemp"); an aside
whose verb takes a verb of saying ("she liked to say"); a relative clause with no "that" whose subject is a
name ("a hall the critic Ben Hollis described as ..."); "treacherous" conditions are dangerous ones; a few
judgement words and idioms of our own.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of, words


def test_adverbial_reading_of_a_naming_verbs_label(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Rita Vale lost the vote, and she branded the new hall a disgrace."
    voice, _ = voice_of(nlp, lexicon, body, "disgrace")
    assert voice == "quoted"


def test_possessive_subject_is_not_its_possessor(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Mayor Ann Ward won easily. Ward's rivals had branded her a reckless populist for months. "
        'She dismissed the attacks as "desperate nonsense".'
    )
    voice, speaker = voice_of(nlp, lexicon, body, "reckless")
    assert voice == "quoted" and speaker == "Ward's rivals"


def test_epithet_before_a_name_known_in_full(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Jordan Kemp, 23, robbed a shop in Leeds. Cowardly Kemp, who has ten previous convictions, "
        "was caught by police."
    )
    assert "cowardly" in words(run(nlp, lexicon, body))


def test_aside_whose_verb_takes_a_verb_of_saying(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Its brutal weight, she liked to say, was the whole point."
    voice, _ = voice_of(nlp, lexicon, body, "brutal")
    assert voice == "quoted"


def test_relative_clause_without_that_names_its_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Dorsey became famous with the Westgate Library, a building the critic Ben Hollis once described as "
        '"a brutal bunker dropped on the city."'
    )
    assert voice_of(nlp, lexicon, body, "brutal") == ("quoted", "Ben Hollis")


def test_treacherous_conditions_are_dangerous_ones(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "Rescuers said the conditions were treacherous.")
    assert "treacherous" not in words(result)


def test_judgement_words_of_our_own(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "According to Priya Nair, the rally was built on wishful thinking. Tom Reilly said the sell-off was "
        "an overreaction. Dev Patel said the council had been asleep at the wheel and accused ministers of "
        "playing politics. Das is naive, and the film is self-indulgent."
    )
    found = words(run(nlp, lexicon, body))
    expected = {"wishful thinking", "overreaction", "asleep at the wheel", "playing politics", "naive"}
    assert expected | {"self-indulgent"} <= found


def test_surname_read_as_an_adverb_speaks(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Tom Reilly said markets were nervous. Reilly called the sell-off "an overreaction" on Monday.'
    # voice27: the surname is named as the quote layer names it, in full
    assert voice_of(nlp, lexicon, body, "overreaction") == ("quoted", "Tom Reilly")


def test_pronoun_of_a_joined_clause_is_the_first_clauses(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "Ruth Dorsey said her mother had died. Helen Dorsey was famous. She accused councillors of "
        '"cowardice dressed up as prudence" when they rejected her design, and she branded the eventual '
        "replacement a disgrace."
    )
    assert voice_of(nlp, lexicon, body, "disgrace") == ("quoted", "Helen Dorsey")


def test_would_after_speech_reported_in_the_present_is_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The council claims the routes are unviable. Perhaps they would be viable if buses ran on time."
    assert voice_of(nlp, lexicon, body, "perhaps")[0] == "author"


def test_for_phrase_of_time_is_no_labellers_reason(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Ward's rivals had branded her a reckless populist for months."
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Ward's rivals")
