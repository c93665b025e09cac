"""Real-article defects found by the lead in session 22 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import voice_of
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def _labels(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp(text)
    return {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }


def test_a_datelines_agency_is_not_set_beside_whoever_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "PANAMA CITY (Reuters) - Maersk warned on Tuesday that ships could face delays of up to three weeks.",
    )
    speaker = speaker_rule(found, "ships could face delays")[0]
    assert speaker == "Maersk"


def test_where_the_words_were_given_is_no_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "In a victim statement read to the court, Mr Novak said: 'I came here to work. I never thought "
        "this could happen.'",
    )
    assert [q.text for q in found] == ["I came here to work. I never thought this could happen."]
    # a fronted report with a subject of its own stays a report
    found = find_quotes(nlp, "In the end, prices will rise, the minister said.")
    assert any("prices will rise" in q.text for q in found)


INTERVIEW = (
    "Central banks have raised rates fast. We spoke to Ava Lindqvist, chief economist at Nordbank, about "
    "whether the job is done.\n\n"
    "Is inflation beaten?\n\n"
    "Not yet. Services prices are still rising at around five percent, which is a disgrace.\n\n"
    "So should rates stay high?\n\n"
    "I would wait. Cutting too early is the classic mistake.\n\n"
    "What worries the markets most?\n\n"
    "Wages. If firms pass wage rises on to prices, we get stuck."
)


def test_an_interview_the_paper_says_it_held_gives_its_answers_to_the_interviewee(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # only one question is put to "you": the paper's "We spoke to" makes the article an interview
    found = find_quotes(nlp, INTERVIEW)
    assert speaker_rule(found, "I would wait")[0] == "Ava Lindqvist"
    assert voice_of(nlp, lexicon, INTERVIEW, "disgrace") == ("quoted", "Ava Lindqvist")
    # a column's rhetorical questions with no such meeting stay the writer's
    column = INTERVIEW.replace("We spoke to Ava Lindqvist, chief economist at Nordbank, about", "Nobody asks")
    assert not any(q.text.startswith("I would wait") for q in find_quotes(nlp, column))


def test_a_description_of_no_person_does_not_take_the_name_that_follows(nlp: Language) -> None:
    story = (
        "{} has admitted that failings in its care contributed to the death of a teenager. "
        "Ellie Hughes, from Stockport, died of sepsis in March, two days after she was sent home."
    )
    for described in ("An NHS trust", "A village bakery"):
        found = find_quotes(nlp, story.format(described))
        assert speaker_rule(found, "failings in its care")[0] != "Ellie Hughes", described
    # a word for a person, then the person named speaking: that person
    found = find_quotes(
        nlp,
        "A hockey coach says the response to a video has overwhelmed him. Stephen Gillis said the team "
        "had planned it for weeks.",
    )
    assert speaker_rule(found, "the response to a video")[0] == "Stephen Gillis"


def test_a_clause_on_a_charge_is_the_charges_not_the_speakers(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A former mayor pleaded not guilty on Tuesday to federal charges that he took bribes from a builder.",
    )
    assert not any("took bribes" in q.text for q in found)
    # a clause stranded on where the words were given is still what was said
    found = find_quotes(nlp, "The mayor said at a hearing on Tuesday that he would fight the charges.")
    assert any(q.text.startswith("he would fight") for q in found)


def test_quoted_words_are_no_part_of_who_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Some supporters were less forgiving. "He had his chances. Good luck to him but we move on," one fan '
        "posted on X.",
    )
    q = next(q for q in found if q.text.startswith("He had his chances"))
    assert q.speaker is not None and q.speaker.text == "one fan"


def test_the_office_a_lede_describes_is_the_person_titled_with_it_next(nlp: Language) -> None:
    lede = (
        "The mayor of Millbrook on Monday defended her plan to build 2,000 homes, saying the region could "
        "not afford to wait.\n\n"
        '"We have a housing emergency," Mayor Lisa Tran told a council meeting.'
    )
    assert speaker_rule(find_quotes(nlp, lede), "the region could not")[0] == "Lisa Tran"
    # named only much later, the title may be another holder's: no name given
    late = lede.replace(
        '"We have a housing emergency," Mayor Lisa Tran told a council meeting.',
        "Builders welcomed the plan. Farmers did not. The vote is next month. Prices rose.\n\n"
        "Mayor Lisa Tran of a nearby town said she would watch closely.",
    )
    assert speaker_rule(find_quotes(nlp, late), "the region could not")[0] != "Lisa Tran"


def test_a_post_whose_credit_stands_on_the_next_line_is_its_authors(nlp: Language) -> None:
    text = (
        "Parents were divided. Some welcomed the move online.\n"
        "Finally. My kids' school banned phones last year and it is a different place.\n"
        "— Jen Alvarez (@jenalvarez) September 23, 2024\n"
        "Others said parents needed to reach children in an emergency."
    )
    assert speaker_rule(find_quotes(nlp, text), "Finally. My kids")[0] == "Jen Alvarez"


def test_when_it_was_said_is_no_part_of_what_was_said(nlp: Language) -> None:
    found = find_quotes(nlp, "The company said on Monday it would buy 20 new freighters.")
    assert [q.text for q in found if q.kind == "indirect"] == ["it would buy 20 new freighters"]
    # a time inside what was said stays ("said the talks would resume on Monday")
    found = find_quotes(nlp, "The company said the talks would resume on Monday.")
    assert [q.text for q in found if q.kind == "indirect"] == ["the talks would resume on Monday"]


def test_an_airlines_name_is_no_person(nlp: Language) -> None:
    found = _labels(nlp, "Cargo carrier Atlas Air said it would buy jets. Atlas Air flies to 300 cities.")
    assert found["Atlas Air"][0] == "ORG"


def test_a_word_for_someone_who_does_something_takes_the_name_that_follows(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A TV network is being sued by a viewer who says he was disgusted by a stunt show.\n\n"
        "Austin Aitken is taking action against the network over its programme.",
    )
    assert speaker_rule(found, "he was disgusted")[0] == "Austin Aitken"


def test_titles_all_through_are_no_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Lord Chief Justice, Lord Woolf, who is the most senior judge in England, said it was Lord "
        "Scarman's work which paved the way.",
    )
    assert speaker_rule(found, "it was Lord Scarman")[0] == "Woolf"


def test_the_one_asked_who_answered_at_length_speaks_the_paragraphs_after(nlp: Language) -> None:
    text = (
        "Town lost 3-0 at home on Saturday. Coach Joao Mendes was asked about the defeat and answered at "
        'length.\n\n"We were not good enough anywhere on the pitch. I take responsibility for that."\n\n'
        '"The players know it. We will work this week and we will be better."'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "We were not good enough")[0] == "Joao Mendes"
    # asked, and someone else answered: no speaker from the question
    other = text.replace("and answered at length", "and his assistant Rui Costa answered at length")
    assert speaker_rule(find_quotes(nlp, other), "We were not good enough")[0] != "Joao Mendes"
