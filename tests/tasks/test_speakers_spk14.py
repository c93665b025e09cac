"""Quotes left without a speaker (spk14): a document a body owns ("the union's tweet said") speaks for
that body; "it" with no speaker in reach stands for the one organisation that is a subject just before;
a title before a trailing name the parser left without its verb ('"...," Dayton fire Chief Ana Ruiz said')
does not hide the name. Each keeps its guard: a person's release, two bodies, a thing "it" may be."""

from __future__ import annotations

from spacy.language import Language

from tasks.entities import entities
from tasks.quote_context import Context
from tasks.quotes import _after_title
from tests.tasks.speaker_cases import CUES
from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_a_document_a_body_owns_speaks_for_that_body(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The Halifax Nurses Union walked out on Monday. The union's statement said no beds were free.",
    )
    assert _rule(found, "no beds were free") == ("Halifax Nurses Union", "document")


def test_a_document_an_unnamed_body_owns_is_that_description(nlp: Language) -> None:
    found = _quotes(nlp, "Shares fell on Tuesday. The company's statement said profits would recover.")
    assert _rule(found, "profits would recover") == ("company", "document")
    found = _quotes(nlp, "The inmate's release said nothing about the parole terms he must keep.")
    assert all(q.speaker is None for q in found)  # a release from jail is no document of his


def test_it_stands_for_the_one_body_that_was_the_subject_before(nlp: Language) -> None:
    found = _quotes(
        nlp, "The city council released a statement on Friday. It said the road would reopen in May."
    )
    assert _rule(found, "the road would reopen") == ("city council", "pronoun")
    found = _quotes(nlp, "Acme Corp cut 200 jobs on Monday. It said demand had fallen.")
    assert _rule(found, "demand had fallen") == ("Acme", "pronoun")  # "Corp": its legal form
    # Two bodies, or a thing "it" may stand for: no guess.
    found = _quotes(nlp, "The ministry and the union met. It said talks would go on.")
    assert _rule(found, "talks would go on") == (None, None)
    found = _quotes(nlp, "The plan was approved. It said the road would reopen.")
    assert _rule(found, "the road would reopen") == (None, None)


def test_a_title_before_a_trailing_name_does_not_hide_it(nlp: Language) -> None:
    # The parse that drops the verb's subject is rare and fickle; the step that finds the name is not.
    doc = nlp('"We will find the truth," Toledo police Chief Mary Cole said Monday.')
    ctx = Context(doc, entities(doc, titles=CUES.titles), CUES)
    after = list(doc[8:])  # after the closing mark
    assert after[0].text == "Toledo"
    assert _after_title(ctx, after)[0].text == "Mary"
    assert _after_title(ctx, after[5:])[0].text == "said"  # no person ahead: the tokens as they were
