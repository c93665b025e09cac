"""r2s24a: a feature that moves between people paragraph by paragraph, and unnamed people set beside a
subject ("X's co-worker, a welder who asked not to be named"; "One of them, a nurse who ..."), on short
articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes

MARKET = (
    "The night market on Quay Street opens at nine and closes when the last stall runs out of food.\n\n"
    "Ingrid Sole, 61, has sold dumplings there for twenty years. Her neighbour on the row is Marta Lima, "
    "37, who runs a juice stand, and across the aisle is Piotr Haas, 29, who grills skewers.\n\n"
    "Sole is the one everyone asks for directions. \u201cI have stopped counting the tourists,\u201d she "
    "says. \u201cThey all want the same thing.\u201d\n\n"
    "Lima is less patient with them. She has put up a sign listing every price in four languages and "
    "points at it without a word. \u201cI learned that from my mother,\u201d she says. \u201cShe never "
    "argued with anyone.\u201d\n\n"
    "For Haas, the market is about money. His sister pays for college with what the stall earns. "
    "\u201cShe has two more years,\u201d he says. \u201cAfter that, I can think about a holiday.\u201d"
)


def _speaker_of(nlp: Language, text: str, start: str) -> tuple[str | None, bool | None]:
    quote = next(q for q in find_quotes(nlp, text) if q.text.startswith(start))
    s = quote.speaker
    return (s.canonical, s.anonymous) if s is not None else (None, None)


def test_paragraph_opening_person_is_the_later_she(nlp: Language) -> None:
    # the woman who spoke in the paragraph before is not whom this paragraph's "she" means
    assert _speaker_of(nlp, MARKET, "I learned that")[0] == "Marta Lima"


def test_fronted_for_person_is_the_later_he(nlp: Language) -> None:
    # "For Haas, ..." then a sentence about his sister: the "he" of the quote is Haas
    assert _speaker_of(nlp, MARKET, "She has two more years")[0] == "Piotr Haas"


PLANT = (
    "Workers leaving the plant were angry. \u201cWe heard it on the radio,\u201d said Tomas Okafor, 48, "
    "a forklift driver.\n\n"
    "Okafor\u2019s co-worker, a welder who asked not to be named because he feared losing his job, said "
    "the younger staff were already applying elsewhere. \u201cNobody under thirty will stay,\u201d he said."
)


def test_unnamed_colleague_of_a_named_worker_speaks(nlp: Language) -> None:
    # the welder beside "Okafor's co-worker" speaks, unnamed; not Okafor, whose co-worker he is
    assert _speaker_of(nlp, PLANT, "Nobody under thirty") == ("welder", True)


STOP = (
    "Only two people were waiting at the stop on Mill Road when the last bus pulled in. One of them, a "
    "retired nurse, 79, who did not want to be named, said she took it twice a week to the market. "
    "\u201cWithout it I would not leave the house,\u201d she said."
)


def test_one_of_them_described_and_unnamed_speaks(nlp: Language) -> None:
    assert _speaker_of(nlp, STOP, "Without it") == ("retired nurse", True)


def _labels_of(nlp: Language, text: str, word: str) -> list[str]:
    from tasks.entities import entities

    return [e.label for e in entities(nlp(text)) if e.text == word]


def test_place_surname_is_the_person_unless_used_as_a_place(nlp: Language) -> None:
    intro = "Her neighbour on the row is Marta Lima, 37, who runs a juice stand."
    person = f"{intro}\n\nLima is less patient with tourists. She has put up a sign."
    place = f"{intro} She grew up in Lima.\n\nLima is cold in winter, she says."
    assert _labels_of(nlp, person, "Lima") == ["PERSON"]
    assert _labels_of(nlp, place, "Lima")[-1] != "PERSON"  # the article uses the word as a place
