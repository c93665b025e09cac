"""Quotes printed without quote marks in two page layouts (issue 13's quote styles): a transcript's turns
("TAPPER: ...", "Reed: ...") and an embedded social-media post ("... — Jane Doe (@janedoe) May 3, 2024")."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes


def _quotes(nlp: Language, text: str) -> list[Quote]:
    doc = nlp(text)
    cues = load_reporting_verbs(LEXICON_DIR)
    return quotes(doc, entities(doc, titles=cues.titles), cues=cues)


def _who(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.canonical if q.speaker else None) for q in found]


TRANSCRIPT = (
    "Oklahoma Gov. Mary Fallin spoke to CNN's Jake Tapper on Sunday.\n\n"
    "TAPPER: Do you think he can bring the country together?\n\n"
    "FALLIN: Well, I think the whole nation needs to work together.\n\n"
    "And certainly we need leaders who unite people.\n\n"
    "….\n\n"
    "TAPPER: Has he campaigned as a healer? Take a listen.\n\n"
    "(BEGIN VIDEO CLIP)\n\n"
    "An old clip of the candidate speaking at a rally plays here.\n\n"
    "(END VIDEO CLIP)\n\n"
    "FALLIN: I think he is trying to campaign as one."
)


def test_a_transcripts_turns_are_quotes_of_the_people_heading_them(nlp: Language) -> None:
    found = _who(_quotes(nlp, TRANSCRIPT))
    assert ("Well, I think the whole nation needs to work together.", "Mary Fallin") in found
    assert ("And certainly we need leaders who unite people.", "Mary Fallin") in found  # the turn goes on
    assert ("Has he campaigned as a healer? Take a listen.", "Jake Tapper") in found
    assert ("I think he is trying to campaign as one.", "Mary Fallin") in found
    assert all(q.kind == "direct" for q in _quotes(nlp, TRANSCRIPT))
    # a cut marked "….", a stage direction and what it frames are nobody's words
    said = [text for text, _ in found]
    assert not any(t.startswith(("…", "(", "An old clip")) for t in said)


def test_a_head_in_capitals_names_a_surname_with_inner_capitals(nlp: Language) -> None:
    # "MCDONALD" is "McDonald" in capitals: title case ("Mcdonald") would miss her
    text = (
        "Senator Ann McDonald spoke to Jake Tapper on Sunday about the farm bill.\n\n"
        "TAPPER: Will the bill pass the Senate this month?\n\n"
        "MCDONALD: I believe we have the votes to pass it.\n\n"
        "TAPPER: What about the House and its leaders?\n\n"
        "MCDONALD: The House will follow once farmers make their case."
    )
    found = _who(_quotes(nlp, text))
    assert ("I believe we have the votes to pass it.", "Ann McDonald") in found
    assert ("The House will follow once farmers make their case.", "Ann McDonald") in found


def test_heads_that_name_no_person_make_no_quotes(nlp: Language) -> None:
    # a vote count and page furniture head lines with colons too; neither is anyone speaking
    text = (
        "Delegate Update: The latest count in the Democratic race.\n\n"
        "Hillary Clinton: 1,769 pledged so far.\n\nBernie Sanders: 1,501 pledged so far.\n\n"
        "Hillary Clinton: 547 superdelegates in all.\n\nBernie Sanders: 46 superdelegates in all.\n\n"
        "Read more: Where the race goes next in June\n\nRead more: What the counts mean for the party"
    )
    found = _quotes(nlp, text)
    assert not any(q.text.startswith(("The latest", "Where the race")) for q in found)


def test_one_line_with_a_colon_is_no_transcript(nlp: Language) -> None:
    found = _quotes(nlp, "Jane Reed, the mayor, met residents.\n\nReed: We had no choice about the grant.")
    assert found == []


def test_an_embedded_post_without_marks_is_its_owners_quote(nlp: Language) -> None:
    text = (
        "The singer thanked her fans after the show.\n\n"
        "Thank you all for an amazing night, I love you Toronto! — Jane Doe (@janedoe) May 3, 2024\n\n"
        "Fans said the show was the best of the tour."
    )
    found = _who(_quotes(nlp, text))
    assert ("Thank you all for an amazing night, I love you Toronto!", "Jane Doe") in found


def test_markup_around_a_post_is_no_prose(nlp: Language) -> None:
    text = (
        "The candidate posted late on Tuesday.\n\n"
        '<tweet author="@jdoe">Big crowds tonight! — Jane Doe (@jdoe) June 29, 2016</tweet>\n\n'
        "Her rival did not reply."
    )
    assert not any(q.text.startswith("<tweet") for q in _quotes(nlp, text))


def test_a_post_after_another_quote_is_signed_not_continued(nlp: Language) -> None:
    # the name after the dash may be one the model does not tag; an organisation's post is left out rather
    # than handed to the speaker before it
    text = (
        '"We fully support the efforts of the government," a statement from the agency said.\n\n'
        "Here it is. Full text of the letter asking for the release https://t.co/b5Pg "
        "— Rory Medcalf (@Rory_Medcalf) December 30, 2018\n\n"
        "Thank you all for coming! — City of Toronto (@cityoftoronto) May 3, 2024"
    )
    found = _who(_quotes(nlp, text))
    post = next(who for said, who in found if said.startswith("Here it is"))
    assert post == "Rory Medcalf"
    assert not any(said.startswith("Thank you") for said, _ in found)
