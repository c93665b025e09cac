"""r2s25a: family features ("her son Rory", "Her husband, Mark," then "his wife said", "Mrs Kelly" among
three Kellys), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import extract
from tests.tasks.speaker_cases import find_quotes, speaker_rule

FAMILY = (
    "Ruth Kelly runs the shop on Bridge Road with her son Rory.\n\n"
    "Rory Kelly, 30, came home from Leeds in 2020 to help.\n\n"
    "\u201cPeople think I am mad,\u201d Mrs Kelly said.\n\n"
    "Her husband, Mark, a retired driver, often helps out.\n\n"
    "\u201cI do the tasting,\u201d he said.\n\n"
    "His wife rolled her eyes. \u201cHe does the eating,\u201d she said.\n\n"
    "Her son nodded. \u201cShe is the calm one,\u201d he said.\n\n"
    "His mother agreed, though she smiled. \u201cMaybe I am,\u201d she said.\n\n"
    "Mark Kelly had the last word. \u201cShe never stops,\u201d he said."
)


def test_his_wife_is_the_one_he_was_introduced_as_husband_of(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, FAMILY), "He does the eating")[0] == "Ruth Kelly"


def test_her_son_is_the_relative_named_so(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, FAMILY), "She is the calm one")[0] == "Rory Kelly"


def test_his_mother_is_the_owner_of_her_son(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, FAMILY), "Maybe I am")[0] == "Ruth Kelly"


def test_courtesy_title_passes_over_a_namesake_introduced_as_a_son(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, FAMILY), "People think I am mad")[0] == "Ruth Kelly"


TWO_COUPLES = (
    "Two couples run the market stalls.\n\n"
    "Maria Lopez works with her husband, Paul Lopez. Jane Moss works with her husband, Tim Moss.\n\n"
    "His wife laughed. \u201cHe is slow,\u201d she said."
)


def test_no_guess_when_two_wives_fit(nlp: Language) -> None:
    found = speaker_rule(find_quotes(nlp, TWO_COUPLES), "He is slow")[0]
    assert found not in {"Maria Lopez", "Jane Moss"}


def test_given_name_before_a_surname_named_alone_later_is_that_person(nlp: Language) -> None:
    text = (
        "By Ann Lowe\n\nNadia Markova orders a pot of coffee, then apologises to the waiter. "
        "\u201cSorry,\u201d she says.\n\nMarkova laughs."
    )
    assert speaker_rule(find_quotes(nlp, text), "Sorry")[0] == "Nadia Markova"


INTERVIEW_HEAD = "Dara Quinn: 'I never planned to sing'"
INTERVIEW = (
    "Dara Quinn sits down at a corner table and orders tea.\n\n"
    "Her manager, Owen Pike, says the tour sold out in a day. Pike has worked with her since 2015. "
    "\u201cShe works harder than anyone,\u201d Pike says. \u201cShe never stops.\u201d\n\n"
    "Q: Did the tour surprise you?\n"
    "A: Completely. I thought nobody would come.\n\n"
    "Q: And your old band?\n"
    "A: We talk now. It took years.\n\n"
    "Leo Marsh, who played drums in the band, confirms the truce.\n\n"
    "\u201cWe were all young,\u201d he says.\n\n"
    "Q: What comes next?\n"
    "A: A long sleep. Then I will write again."
)


def test_labelled_answers_are_the_headline_person_s(nlp: Language, settings: Settings) -> None:
    found = extract(nlp(INTERVIEW), settings, nlp(INTERVIEW_HEAD)).quotes
    assert speaker_rule(found, "Completely")[0] == "Dara Quinn"


def test_narration_naming_a_person_ends_an_answer(nlp: Language, settings: Settings) -> None:
    found = extract(nlp(INTERVIEW), settings, nlp(INTERVIEW_HEAD)).quotes
    assert not [q for q in found if q.text.startswith("Leo Marsh")]
    assert speaker_rule(found, "We were all young")[0] == "Leo Marsh"


def test_she_after_a_shared_surname_is_the_woman_of_the_couple(nlp: Language) -> None:
    text = (
        "Sarah Boateng and Kofi Boateng run the club together.\n\n"
        "Boateng is at the gym by six every morning. \u201cI like the quiet,\u201d she said."
    )
    assert speaker_rule(find_quotes(nlp, text), "I like the quiet")[0] == "Sarah Boateng"
