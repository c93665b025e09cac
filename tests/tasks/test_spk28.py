"""spk28: a "he"/"she" after a narrative aside that names the person the quote speaks about (the speaker of
the quote before goes on), and a title the tokenizer split from its name ("said Sgt. Dana Reyes"). Articles
of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule

COACH = (
    "Rovers beat Ashfield 2-0 on Saturday to move third in the table.\n\n"
    '"We defended well and took our chances," said manager Tom Hartley.\n\n'
    "Marco Diaz, who joined the club in May, has scored twice since.\n\n"
)


def test_a_quote_about_the_man_of_an_aside_goes_on_in_the_voice_before(nlp: Language) -> None:
    found = find_quotes(nlp, COACH + '"He has been outstanding for us," he said.')
    assert speaker_rule(found, "He has been outstanding") == ("Tom Hartley", "pronoun")


def test_a_quote_naming_the_man_of_an_aside_goes_on_in_the_voice_before(nlp: Language) -> None:
    found = find_quotes(nlp, COACH + '"Diaz works harder than anyone," he said.')
    assert speaker_rule(found, "Diaz works harder")[0] == "Tom Hartley"


def test_a_quote_in_the_first_person_after_an_aside_stays_with_its_man(nlp: Language) -> None:
    found = find_quotes(nlp, COACH + '"I just want to keep scoring," he said.')
    assert speaker_rule(found, "I just want")[0] == "Marco Diaz"


def test_a_speech_verb_in_between_is_no_aside(nlp: Language) -> None:
    text = (
        '"We defended well," said manager Tom Hartley.\n\n'
        "Marco Diaz said the win was deserved.\n\n"
        '"He has been outstanding for us," he said.'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "He has been outstanding")[0] != "Tom Hartley"


def test_a_title_split_from_its_name_is_no_person(nlp: Language) -> None:
    names = {e.text for e in entities(nlp('"Nobody was hurt," said Sgt. Dana Reyes.'), titles=CUES.titles)}
    assert "Sgt" not in names


def test_the_name_after_a_split_title_speaks(nlp: Language) -> None:
    text = 'Officers were called to the school.\n\n"Nobody was hurt," said Sgt. Dana Reyes.'
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "Nobody was hurt") == ("Dana Reyes", "title-alone")


def test_a_long_who_clause_that_took_the_main_verb_leaves_its_noun_the_speaker(nlp: Language) -> None:
    text = (
        "The county plans to close two clinics next year.\n\n"
        "A nurse who has worked at the Elm Street clinic for a decade and who asked not to be named because "
        "she feared losing her job told KCRG on Tuesday that staff had not been consulted.\n\n"
        '"Nobody asked us anything," she said.'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "staff had not")[0] == "nurse"
    assert speaker_rule(found, "Nobody asked")[0] == "nurse"


BAKERY = 'Maria Lopez opened the bakery in 2015.\n\n"I wanted something of my own," Lopez said.\n\n'


def test_an_untagged_woman_named_in_passing_leaves_the_she_open(nlp: Language) -> None:
    text = (
        BAKERY
        + 'In March, the council gave Ana Ruiz an award for her cafe.\n\n"We are still growing," she said.'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "We are still growing")[0] is None


def test_a_narrative_paragraph_naming_no_one_lets_the_she_go_on(nlp: Language) -> None:
    text = BAKERY + 'The shop employs eight people.\n\n"We are still growing," she said.'
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "We are still growing")[0] == "Maria Lopez"


def test_a_who_aside_after_said_is_the_speaker_not_a_report(nlp: Language) -> None:
    text = (
        "The mayor was angry on Monday.\n\n"
        '"He kept asking who leaked it," said one senior aide, who, like others interviewed for this story, '
        'spoke on condition of anonymity to describe a private meeting. "It went on for an hour."'
    )
    found = find_quotes(nlp, text)
    assert not [q for q in found if q.text.startswith("one senior aide")]
    assert speaker_rule(found, "He kept asking")[0] == "one senior aide"


def test_an_aside_about_someone_else_keeps_the_she_with_the_profiles_subject(nlp: Language) -> None:
    # The aside's main subject is a name the model takes for a place ("Varna"); the profile's subject is
    # only its object. The quote's "she" means that other woman, so the aside is not about the subject and
    # the quote is hers, not the mother's quoted before.
    text = (
        "Marta Lindqvist has played the cello since she was six. "
        '"I never wanted anything else," Lindqvist said.\n\n'
        "Her mother, Anna Lindqvist, worries about the touring. "
        '"I ask her when she will rest," Anna said. "She never answers."\n\n'
        "Varna, in her final years, came to hear Lindqvist play only once, at a recital in Oslo. "
        "She sat in the back row and left at the interval.\n\n"
        '"I thought she hated it," she said.'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "I thought she hated it")[0] == "Marta Lindqvist"
