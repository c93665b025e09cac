"""Speaker mechanisms found on spk9's blind articles (session 14): a paragraph's opening subject is whom its
"he" means though a known "he" spoke in the paragraph before; a partial quote inside someone's report whose
verb has a country as subject is not the country's; British police ranks and honours ("Det Con", "Sir
Graham"); an acronym's bracket is no part of the name; a magazine interview's plain answers are quotes."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_paragraphs_opening_subject_takes_its_he(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rovers won 2-1, with captain Tom Reid scoring twice. Coach Dan Hale said he was delighted.\n\n"
        '"He was superb," Hale said. "He never stops running."\n\n'
        'Reid played down his injury. "It is a bit sore, but I will be fine," he said.\n',
    )
    assert speaker_rule(found, "It is a bit sore")[0] == "Tom Reid"


def test_a_known_he_in_the_same_paragraph_still_blocks_the_guess(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Mark Ellis was jailed for six years. "He showed no remorse," the judge said of him, and he '
        'sighed. Attorney Chris Bell spoke outside. "We will appeal," he said.\n',
    )
    assert speaker_rule(found, "We will appeal")[0] in {None, "Chris Bell"}


def test_a_partial_in_someones_report_is_not_the_countrys(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'A State Department spokesperson said the United States condemned the attack "in the strongest '
        'terms."\n',
    )
    partial = [q for q in found if q.kind == "partial"]
    assert all(q.speaker is None or q.speaker.canonical != "United States" for q in partial)


def test_a_british_police_rank_is_a_title(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Det Sgt Sarah Blake of Essex Police said the inquiry had taken two years.\n",
    )
    assert speaker_rule(found, "the inquiry")[0] == "Sarah Blake"


def test_the_detective_is_the_person_named_with_det(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Det Con Sarah Blake led the inquiry. Mark Ellis, 40, of Leeds, was jailed for six years on "
        "Friday.\n\n"
        '"I hope this helps the families," the detective said.\n',
    )
    assert speaker_rule(found, "I hope this helps")[0] == "Sarah Blake"


def test_sir_and_a_given_name_is_the_knight_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'The committee chair, Sir Graham Lowe, said he would call the minister. "We need answers," Sir '
        "Graham said.\n",
    )
    assert speaker_rule(found, "We need answers")[0] == "Graham Lowe"


def test_an_acronyms_bracket_is_no_part_of_the_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Australian Institute of Marine Science (AIMS) said its surveys showed a similar trend.\n",
    )
    assert speaker_rule(found, "its surveys")[0] == "Australian Institute of Marine Science"


INTERVIEW = (
    "Nora Quill's first album sold badly. Her third is a hit. We met Nora Quill in Leeds to talk about the "
    "long road.\n\n"
    "Your first record flopped. What kept you going?\n\n"
    "Stubbornness, mostly. I had a day job and music was the only hour that felt like mine.\n\n"
    "Do you read your reviews?\n\n"
    "I shouldn't, but I do. The bad ones stay with me longer.\n\n"
    "What comes next for you?\n\n"
    "A tour of small halls. I want to see faces again.\n"
)


def test_plain_answers_of_an_interview_are_the_interviewees_quotes(nlp: Language) -> None:
    found = find_quotes(nlp, INTERVIEW)
    for fragment in ("Stubbornness, mostly", "I shouldn't, but I do", "A tour of small halls"):
        assert speaker_rule(found, fragment)[0] == "Nora Quill"


def test_labelled_turns_and_rhetorical_questions_make_no_plain_answers(nlp: Language) -> None:
    labelled = INTERVIEW.replace("\n\nYour", "\n\nQ: Your").replace("\n\nDo", "\n\nQ: Do")
    assert not any(q.text.startswith("Stubbornness") for q in find_quotes(nlp, labelled))
    column = (
        "The council wants a new road. Is that wise?\n\n"
        "The last road cost twice the estimate. Traffic grew.\n\n"
        "Who pays for it?\n\n"
        "Taxpayers do, as always.\n\n"
        "And what happens next?\n\n"
        "A vote in May decides it.\n"
    )
    assert not any(q.kind == "direct" for q in find_quotes(nlp, column))


def test_a_relative_clause_read_as_a_fronted_report_is_no_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Not everyone was pleased. One resident of a nearby town, whose children's school lost its nursery "
        "class last year, said it felt unfair.\n",
    )
    assert not any(q.text.startswith("One resident") for q in found)


def test_a_plain_answer_after_someone_elses_quote_is_still_the_interviewees(nlp: Language) -> None:
    text = INTERVIEW.replace(
        "What comes next",
        'Her manager, Tom Hale, agreed. "She never stops working," he said.\n\nWhat comes next',
    ).replace("I shouldn't, but I do. The bad ones stay with me longer.", "We all do. My friends too.")
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "A tour of small halls")[0] == "Nora Quill"
    assert speaker_rule(found, "We all do")[0] == "Nora Quill"


def test_a_word_of_some_title_is_no_title_of_its_own(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The law, written by state Sen. Aaron Whitlock, allows taller buildings. Whitlock said it could "
        'lead to many new homes.\n\n"This is the biggest change in fifty years," he said.\n\n'
        'Mayor Tom Kessler called the law "an attack on the suburbs."\n\n'
        "Kessler, whose city has approved few new homes, said the state did not understand local "
        'conditions. Asked whether the city would comply, he said: "We follow the law."\n',
    )
    assert speaker_rule(found, "We follow the law")[0] in {None, "Tom Kessler"}


def test_plain_answers_need_someone_the_interview_is_with(nlp: Language) -> None:
    text = (
        "We asked readers about moving to the country.\n\n"
        "Why did you move?\n\nI wanted space for my children.\n\n"
        "Do you regret it?\n\nI miss my friends in town.\n\n"
        "Would you go back?\n\nMy answer is no.\n"
    )
    assert not any(q.kind == "direct" for q in find_quotes(nlp, text))
