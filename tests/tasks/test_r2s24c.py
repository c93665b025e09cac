"""British copy typed with plain single marks (r2s24c): a double mark that quotes within a single quotation
does not turn the article into one quoting with double marks, so every single-quoted paragraph is found,
including a quote after a sentence of reported speech, a one-line quote paragraph and a short phrase. A
name beside a description is who speaks; people who withhold their names are anonymous; a family's
statement is the family's."""

from __future__ import annotations

from spacy.language import Language

from tasks.quotemarks import quoted_spans
from tests.tasks.speaker_cases import find_quotes, speaker_rule

_FARMER = (
    "Farmers fear a second wet winter\n\n"
    "Tom Ashby, 62, said his family had farmed the valley for four generations. 'We've never lost a "
    "harvest like this. The fields were under water until April.'\n\n"
    "'My grandad used to say, \"The river always wins,\"' he said. 'I'm starting to believe him.'\n\n"
    "The county's MP called the flooding 'a slow disaster'.\n\n"
    "'Nobody's listening to us,' said Ashby's neighbour, Ruth Kerr.\n\n"
    "'Not one of them.'\n"
)


def _quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in quoted_spans(text)]


def test_single_quotations_are_found_beside_a_nested_double_one() -> None:
    found = _quoted(_FARMER)
    assert any(q.startswith("We've never lost") and q.endswith("April.") for q in found)
    assert any(q.startswith("My grandad used to say") for q in found)
    assert "a slow disaster" in found
    assert "Not one of them." in found
    # The apostrophes are no marks: none opens or closes a quotation.
    assert not any(q.startswith(("ve ", "s ")) for q in found)


def test_double_marks_outside_single_ones_still_set_the_convention() -> None:
    text = "He called it 'a mess.' The mayor said \"we will fix it,\" and left. 'Nobody believes him.'"
    assert _quoted(text) == ["we will fix it,"]


def test_quote_after_reported_speech_and_its_one_line_follow_up_are_the_speakers(nlp: Language) -> None:
    found = find_quotes(nlp, _FARMER)
    assert speaker_rule(found, "We've never lost")[0] == "Tom Ashby"
    assert speaker_rule(found, "My grandad used to say")[0] == "Tom Ashby"
    assert speaker_rule(found, "Not one of them")[0] == "Ruth Kerr"


def test_a_name_beside_a_description_is_who_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Parents gathered at the school gates on Monday.\n\n"
        'A father of two, Robyn Lane, 41, said he had stopped driving his son to school. "It isn\'t safe," '
        "he said.\n\n"
        'His spokeswoman, Morgan Hale of Crestview Talent, said the singer had "no plans to retire".\n',
    )
    assert speaker_rule(found, "It isn't safe")[0] == "Robyn Lane"  # the age marks a person, not a street
    assert "Morgan Hale" in (speaker_rule(found, "no plans", anywhere=True)[0] or "")


def test_people_who_withhold_their_names_are_anonymous(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Residents described the night of the fire.\n\n"
        "A man who lives above the bakery, and who asked not to be named, said he had heard a bang. "
        '"It shook the windows," he said.\n\n'
        "Another tenant, a 40-year-old woman who asked not to be named because she works for the landlord, "
        'said she had complained twice. "Nobody came," she said.\n\n'
        "A man who identified himself only as a driver from the depot told the meeting he had lost a "
        'week\'s pay. "Who pays for that?" he said.\n',
    )
    for start in ("It shook", "Nobody came", "Who pays"):
        (quote,) = [q for q in found if q.text.startswith(start)]
        assert quote.speaker is not None and quote.speaker.anonymous, start


def test_a_familys_statement_through_the_police_is_the_familys(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A man has died after an attack outside a pub in Bristol.\n\n"
        "Mr Hale's family paid tribute to him in a statement released through the police.\n\n"
        "'Tom was the gentlest man you could ever meet,' the statement said. 'He lived for his children.'\n",
    )
    speaker = speaker_rule(found, "Tom was the gentlest")[0]
    assert speaker is not None and "family" in speaker
