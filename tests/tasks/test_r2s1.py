"""Session 22 helper r2s1: "he said" after a person named with a double-barrelled surname (which the small
model often tags as an organisation) carries on that person, not another man named before or spoken about;
quotes with no speech verb of their own after a paragraph that names who speaks."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from tasks.entities import entities
from tasks.models import Quote
from tasks.quotes import quotes
from tests.tasks.speaker_cases import CUES, find_quotes, speaker_rule


def test_he_said_after_a_lawyer_with_a_double_barrelled_surname_is_the_lawyer(nlp: Language) -> None:
    text = (
        "The former mayor Henrik Dahlqvist told a jury on Tuesday that he had acted in good faith.\n\n"
        "Under questioning from his lawyer, Benedikt Aarons-Whitby, Dahlqvist said he had trusted his "
        "advisers.\n\n"
        'At one point Aarons-Whitby objected, saying the prosecutor was "harassing the witness."\n\n'
        'Outside the courthouse, Aarons-Whitby told reporters his client had been "candid and sincere" all '
        "week.\n\n"
        '"This is a story about a man who believed the wrong people," he said. "Henrik will be cleared."\n'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "This is a story")[0] == "Aarons-Whitby"


def test_he_said_after_a_report_about_another_man_is_the_reporter(nlp: Language) -> None:
    # the goalkeeper is only the subject of what the striker reports: the striker's words stay his
    text = (
        "City had led through Tiago Moreno-Vidal's header before the break.\n\n"
        "Goalkeeper Pavel Dornberg twice denied Moreno-Vidal in the second half.\n\n"
        "Moreno-Vidal, who has scored nine goals this season, said he could not explain how Dornberg had "
        'stopped his volley. "I hit it as hard as I could," he said. "He is a wall, that man."\n'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "I hit it as hard")[0] == "Moreno-Vidal"


def _quotes_with_org(nlp: Language, text: str, names: tuple[str, ...]) -> list[Quote]:
    """Quotes found when the model tags each of ``names`` as an organisation (as the small model often does
    with a double-barrelled surname), whatever this model version tags."""
    doc = nlp(text)
    spans = [
        Span(doc, s.start, s.end, label="ORG")
        for n in names
        for m in re.finditer(re.escape(n), text)
        if (s := doc.char_span(*m.span())) is not None
    ]
    doc.ents = filter_spans([*spans, *doc.ents])
    return quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)


def test_she_added_after_a_woman_named_with_a_double_barrelled_surname_tagged_org(nlp: Language) -> None:
    text = (
        "Tenants say the council ignored their complaints.\n\n"
        "'I phoned them every week,' Ngozi Adewale-Park said. 'They sent a man who painted over it.'\n\n"
        "She added: 'When I found out they knew, I cried.'\n"
    )
    found = _quotes_with_org(nlp, text, ("Ngozi Adewale-Park",))
    assert speaker_rule(found, "When I found out")[0] == "Ngozi Adewale-Park"


def test_he_said_opening_a_paragraph_after_a_speaker_whose_surname_the_parse_splits(nlp: Language) -> None:
    # the parse makes the surname's last piece the subject of "said", a word the model left untagged
    text = (
        "Eastfield manager Matteo De Luca-Ferri was angry that his side were denied a late penalty.\n\n"
        '"It is a penalty. Everybody saw it," De Luca-Ferri said. "I will not talk about the referee."\n\n'
        'He said his players had been "the stronger side for an hour" and deserved more.\n'
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "his players had been")[0] == "De Luca-Ferri"
