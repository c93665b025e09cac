"""Issue 12 (bias26a): every right tag in the right voice. From articles of our own heavy in reported speech:
a columnist's own "I dismissed it as ...", a label inside a clause of its own, an "as" label after a phrase
on the object, the reporter a pronoun may mean, a headline's "X told ...", a party's case in court, a part
named by its whole, a second label the parse joined to the verb, a gerund after a preposition, the
innermost label's giver."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of


def test_a_columnists_own_label_is_the_authors(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "When the club first proposed a members' levy, I dismissed it as a gimmick invented by accountants. "
        "Last spring I called it a reckless gamble and said so on the radio."
    )
    assert voice_of(nlp, lexicon, body, "gimmick") == ("author", None)
    assert voice_of(nlp, lexicon, body, "reckless") == ("author", None)
    # a third person's label stays the labeller's
    other = "Last spring the treasurer called it a reckless gamble."
    assert voice_of(nlp, lexicon, other, "reckless") == ("quoted", "treasurer")


def test_marked_words_in_a_relative_clause_are_its_subjects_not_the_attackers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The novelist Ruth Bexley has hit back at a reviewer who described her latest book as "
        '"a shameless cash grab".'
    )
    assert voice_of(nlp, lexicon, body, "cash grab") == ("quoted", "reviewer")
    # a verb joined to the relative clause may be the main clause's, as the parse cannot tell
    body = 'Prosecutors say Ann Hale mocked pupils who struggled to read and called one boy "stupid".'
    assert voice_of(nlp, lexicon, body, "stupid") == ("quoted", "Ann Hale")
    body = (
        "Town striker Kofi Mensah has hit out at supporters who booed him off the pitch, calling their "
        'behaviour "cowardly".'
    )
    assert voice_of(nlp, lexicon, body, "cowardly") == ("quoted", "Kofi Mensah")


def test_an_as_label_after_a_phrase_on_the_object_is_the_labellers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'The ministry denounced an air strike on a busy market as "a barbaric crime".'
    assert voice_of(nlp, lexicon, body, "barbaric") == ("quoted", "ministry")


def test_a_pronoun_in_reported_speech_may_mean_its_reporter(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The court heard from the company's auditor, Daniel Pryce. "
        'One of the pensioners told reporters she felt "utterly betrayed".'
    )
    assert voice_of(nlp, lexicon, body, "betrayed") == ("quoted", "One of the pensioners")


def test_a_headline_jury_told_is_no_speaker(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(
        nlp,
        lexicon,
        "A builder sent his neighbour dozens of threatening letters, a jury heard.",
        headline="Jury told builder was 'obsessed' with neighbour",
    )
    head = next(t for t in result.tags if t.field == "headline" and t.text == "obsessed")
    assert head.voice == "quoted"
    assert head.speaker is None


def test_a_partys_defence_is_its_case_not_a_scare_quote(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Hollis denies fraud. Hollis\'s defence is that he was "desperate" and meant to repay the money.'
    result = run(nlp, lexicon, body)
    assert not [t for t in result.tags if t.category == "scare-quote"]
    assert tag(result, "desperate").speaker is not None


def test_a_part_named_by_its_whole_is_no_bare_quantifier(nlp: Language, lexicon: BiasLexicon) -> None:
    assert voice_of(nlp, lexicon, 'Some of the drivers described the track as "dangerous".', "dangerous") == (
        "quoted",
        "Some of the drivers",
    )
    body = 'One of the club\'s trustees branded the sale "scandalous".'
    assert voice_of(nlp, lexicon, body, "scandalous") == ("quoted", "One of the club's trustees")
    body = 'Several readers wrote in. One, a retired nurse, called the cuts "heartbreaking".'
    assert voice_of(nlp, lexicon, body, "heartbreaking") == ("quoted", "One, a retired nurse")


def test_a_second_label_joined_to_the_verb_is_the_labellers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Coach Dana Whitby described her side's defending as 'naive' and 'a total embarrassment'."
    assert voice_of(nlp, lexicon, body, "embarrassment") == ("quoted", "Dana Whitby")


def test_a_label_in_a_gerund_after_a_preposition_is_the_doers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The comedian Rob Tallis has been criticised after describing striking porters as "greedy".'
    assert voice_of(nlp, lexicon, body, "greedy") == ("quoted", "Rob Tallis")
    body = 'The councillor was suspended for calling the protesters "vermin".'
    assert voice_of(nlp, lexicon, body, "vermin") == ("quoted", "councillor")


def test_the_innermost_label_gives_the_marked_words(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Unions attacked the chairman for calling the nurses "thugs".'
    assert voice_of(nlp, lexicon, body, "thugs") == ("quoted", "chairman")


def test_he_after_a_joined_report_is_the_reporter_not_whom_he_spoke_of(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Coach Ben Harlow called the ruling a farce and said Marcus Tate had been wronged. "
        '"It was a disgraceful decision," he told reporters.'
    )
    assert voice_of(nlp, lexicon, body, "disgraceful") == ("quoted", "Ben Harlow")
    body = (
        "The chairman, Sir Hugh Wren, defended the award, saying Paul Ashby had delivered strong returns. "
        'He dismissed the critics as "a noisy minority".'
    )
    assert voice_of(nlp, lexicon, body, "noisy minority") == ("quoted", "Hugh Wren")


def test_a_description_the_parse_split_from_the_name_introduces_the_person(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The fashion designer Anna Wells has hit back at her critics. "
        '"They came determined to hate it. It is a vendetta," the designer said.'
    )
    assert voice_of(nlp, lexicon, body, "vendetta") == ("quoted", "Anna Wells")


def test_the_writer_quoting_their_own_words_is_the_author(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'When the tournament began I wrote that it would "destroy the soul of the sport". '
        "I was wrong, and I said so last week."
    )
    assert voice_of(nlp, lexicon, body, "destroy") == ("author", None)
    other = 'When the tournament began Tim Hale wrote that it would "destroy the soul of the sport".'
    assert voice_of(nlp, lexicon, other, "destroy")[0] == "quoted"


def test_one_of_a_crowd_is_named_by_the_crowd(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'Viewers were furious, with one writing: "This channel is a shambles. I\'m done."'
    assert voice_of(nlp, lexicon, body, "shambles") == ("quoted", "one viewer")
