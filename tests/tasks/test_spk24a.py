"""spk24a: speakers in interviews and features (Q&A interviews, profiles introducing people by description,
obituaries), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

SUCCESSOR = (
    "Helen Albright took over the Harbour Choir in September from Walter Fenwick. Fenwick founded the choir "
    "in 1988. Fenwick still sings bass in it, and Fenwick has a seat on its board. Albright, 41, is a "
    "former church organist.\n\n"
    "Q: Is Walter Fenwick a hard act to follow?\n\n"
    "A: Very. I sang under him as a teenager and I still hear his voice in my head.\n\n"
    "Q: Does Fenwick ever tell you what to do?\n\n"
    "A: Only when I ask. I ask quite often, if I am honest.\n\n"
    "Q: What will change?\n\n"
    "A: We will sing more new music. I want young composers writing for us."
)

KEEPER = (
    "Kenna Dubh is the warden of Skerry Island, where the puffins nest. Her predecessor, Ruaridh Stroud, "
    "ran the reserve for 25 years. Stroud counted every burrow by hand. Stroud retired last spring. Dubh "
    "spoke to us from the island.\n\n"
    "How many birds are there this year?\n\n"
    "I have counted about four thousand pairs. That is up on last year.\n\n"
    "What did Ruaridh Stroud leave you?\n\n"
    "I was given his notebooks, which go back to 1999. I read them at night.\n\n"
    "Do you ever leave the island?\n\n"
    "Once a month, for the shopping. I am always glad to come back."
)


def test_the_person_the_questions_speak_of_is_not_the_interviewee(nlp: Language) -> None:
    # the introduction names the predecessor more often; the questions speak of him, so he does not answer
    found = find_quotes(nlp, SUCCESSOR)
    assert speaker_rule(found, "Very. I sang")[0] == "Helen Albright"
    assert speaker_rule(found, "We will sing more")[0] == "Helen Albright"
    found = find_quotes(nlp, KEEPER)
    assert speaker_rule(found, "I have counted") == ("Kenna Dubh", "qa-turn")
    assert speaker_rule(found, "I was given")[0] == "Kenna Dubh"


def test_an_answer_after_a_question_reporting_someone_is_the_interviewees(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Kirsty Mabon, head of the Lochside Tenants Union, has run the union since 2019, when she took it "
        "over from its founder, Hector Baird. We met Mabon at the union's office.\n\n"
        "How many members do you have now?\n\n"
        '"About two thousand. We had three hundred when I started."\n\n'
        "Baird once said the union should merge with the council's own tenants' forum. Would you?\n\n"
        '"Never. The forum is run by the landlord. We would lose our voice."\n\n'
        "What comes next?\n\n"
        '"A rent strike, if the repairs are not done by winter."',
    )
    assert speaker_rule(found, "Never. The forum") == ("Kirsty Mabon", "qa-turn")
    assert speaker_rule(found, "A rent strike")[0] == "Kirsty Mabon"


def test_a_known_given_name_the_model_misreads_is_a_person_with_a_trade_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Polly Ng, chief executive of the Marsh Road Trust, said the charity would open a second "
        'warehouse. "We are out of space," Ng said.',
    )
    # the model reads "Polly" as an adjective here and tags no one
    assert speaker_rule(found, "the charity would open")[0] == "Polly Ng"
    assert speaker_rule(found, "We are out of space")[0] == "Polly Ng"


def test_a_newcomer_described_with_a_who_clause_is_the_she_after_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Councillor Brian Tully said the library would close in June. "The budget is gone," he said.\n\n'
        "A retired bookbinder, who asked not to be named, has borrowed books there every Saturday since "
        '1971. "It is where I learned to read," she said.',
    )
    quote = next(q for q in found if q.text.startswith("It is where"))
    assert quote.speaker is not None and "bookbinder" in quote.speaker.text
    assert quote.speaker.anonymous
    # the parse hangs the "who" clause on the place of the noun's own phrase: still that person
    found = find_quotes(
        nlp,
        'Headteacher Dawn Keller said the pupils had raised the money themselves. "They did it all," she '
        "said.\n\nA former groundsman at the academy, who knew Keller for thirty years, remembered her "
        'planting the orchard. "She dug every hole herself," he said.',
    )
    quote = next(q for q in found if q.text.startswith("She dug"))
    assert quote.speaker is not None and "groundsman" in quote.speaker.text


def test_an_aged_description_repeating_an_introduction_is_that_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Brenda Pask, a retired lollipop lady, helped children cross Mill Lane for thirty years.\n\n"
        "Councillor Neil Ord said the crossing would get traffic lights.\n\n"
        'The 71-year-old retired lollipop lady has written to the council. "Lights will not stop a lorry," '
        "she said.",
    )
    assert speaker_rule(found, "Lights will not")[0] == "Brenda Pask"
    # introduced with another age: someone else, no guess at her
    found = find_quotes(
        nlp,
        "Brenda Pask, 58, a retired lollipop lady, helped children cross Mill Lane for thirty years.\n\n"
        "The 71-year-old retired lollipop lady said she had never seen so much traffic.",
    )
    assert speaker_rule(found, "she had never")[0] != "Brenda Pask"


def test_the_noun_of_an_unnamed_speaker_is_that_speaker_again(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A ferry deckhand, who gave his name only as Rafe, has worked the crossing since he was sixteen. "
        '"The sea has never frightened me," he said.\n\n'
        "The captain, Tobias Wren, said the timetable would be cut in winter. "
        '"We have no choice," he said.\n\n'
        'The deckhand laughed when asked about the cuts. "They always say that," he said.',
    )
    quote = next(q for q in found if q.text.startswith("They always"))
    # recorded under the name his clause gives (spk22a), not the captain's
    assert quote.speaker is not None and quote.speaker.canonical == "Rafe"
