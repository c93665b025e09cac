"""Sports clubs, documents and quote styles (helper spk23b, issue 13), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule


def test_backquoted_copy_is_quoted_directly(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Victor Ames voted against the bill.\n\n"
        "``We cannot keep adding to the deficit,'' Ames said.\n\n"
        "``The votes are not there,'' he said.",
    )
    direct = [q for q in found if q.kind == "direct"]
    assert [q.text for q in direct] == ["We cannot keep adding to the deficit", "The votes are not there"]
    assert not [q for q in found if q.kind == "indirect"]
    assert {q.speaker.canonical for q in direct if q.speaker is not None} == {"Victor Ames"}


def test_the_club_is_the_club_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Harrowgate Rovers have sacked manager Phil Denton after a heavy defeat.\n\n"
        '"We thank Phil for his hard work," the club said in a statement.',
    )
    assert speaker_rule(found, "We thank Phil") == ("Harrowgate Rovers", "organisation-noun")


def test_a_club_the_model_took_for_a_person_is_still_the_club(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Port Ellis Wanderers, who lead the table, said they backed the decision.\n\n"
        '"Nobody wants to play on a bog," the club said on social media.',
    )
    assert speaker_rule(found, "Nobody wants")[0] == "Port Ellis Wanderers"
    # a research team is no company named before
    found = find_quotes(
        nlp,
        "Scientists at Norvane Foods tested the new crop in three countries.\n\n"
        '"The yields were higher than we expected," the team said.',
    )
    assert speaker_rule(found, "The yields")[0] != "Norvane Foods"
    # no club guessed past another club the model read as a person
    found = find_quotes(
        nlp,
        "Eastbourne Athletic have signed midfielder Tomas Rehak on a three-year deal.\n\n"
        "Slavia Ostrava wished the player well.\n\n"
        '"Tomas leaves with our thanks," the club said.',
    )
    assert speaker_rule(found, "Tomas leaves")[0] != "Eastbourne Athletic"


def test_the_letter_speaks_for_who_wrote_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Head teacher Ruth Okonjo wrote to families on Monday.\n\n"
        '"We are very sorry for the disruption," the letter said.',
    )
    assert speaker_rule(found, "We are very sorry")[0] == "Ruth Okonjo"


def test_what_the_email_read_is_its_senders(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Brightwell Stores sent customers an email on Tuesday.\n\n"
        '"We apologise for the delay," the email read.',
    )
    assert speaker_rule(found, "We apologise") == ("Brightwell Stores", "trailing-clause")


def test_what_a_family_calls_someone_is_no_name(nlp: Language) -> None:
    doc = nlp(
        "Mum Kelly Hart, 44, said she screamed. Dad Steve, 46, said they would pay off the house.\n\n"
        '"Digital tickets are the future," Kelly said.\n\n'
        '"Mum cried for an hour," said their son Jack.'
    )
    found = {e.text: e.canonical for e in entities(doc, titles=CUES.titles)}
    assert found.get("Kelly Hart") == "Kelly Hart"
    assert found.get("Steve") == "Steve"
    assert "Mum" not in found and "Digital" not in found
    assert found.get("Kelly") == "Kelly Hart"
