"""Issue 12 (lead, session 15): claims counted as cases to process ("the backlog of claims", "claims are
processed within weeks") are applications, not statements someone leaves unproven; claims of a thing said
still are. Wiping out a margin or earnings is bookkeeping, as wiping out a debt is."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_a_backlog_of_claims_is_no_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Dunmore said the plan would do nothing to clear the backlog of claims.\n"
    assert "claims" not in words(run(nlp, lexicon, body))


def test_claims_processed_are_applications(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Dunmore said most claims are processed within six weeks.\n"
    assert "claims" not in words(run(nlp, lexicon, body))


def test_claims_of_a_thing_said_still_doubt(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Dunmore said claims of progress were exaggerated.\n"
    assert "claims" in words(run(nlp, lexicon, body))


def test_wiping_out_a_margin_or_earnings_is_bookkeeping(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Hart said that would wipe out the profit margin for a lot of operations.\n"
    assert "wipe out" not in words(run(nlp, lexicon, body))
    loaded = "Critics said the regime tried to wipe out the opposition.\n"
    assert "wipe out" in words(run(nlp, lexicon, loaded))
