"""Precision of tags on straight news (issue 12): an intensifier stating the size of a quantity.

Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon

from .bias_cases import run, words


def test_an_intensifier_on_a_quantity_states_its_size(nlp: Language, lexicon: BiasLexicon) -> None:
    counted = run(nlp, lexicon, "The number of phishing emails reached unprecedented numbers in March.")
    assert "unprecedented" not in words(counted)
    measured = run(nlp, lexicon, "Prices rose at an extraordinarily high rate last year.")
    assert "extraordinarily" not in words(measured)
    spent = run(nlp, lexicon, "The council has spent enormous amounts on repairs since 2019.")
    assert "enormous" not in words(spent)
    # On a judgement it still heightens it.
    judged = run(nlp, lexicon, "The minister's decision was an unprecedented betrayal of voters.")
    assert "unprecedented" in words(judged)
    rude = run(nlp, lexicon, "The new manager was extraordinarily rude to the staff.")
    assert "extraordinarily" in words(rude)
    graded = run(nlp, lexicon, "The judges praised the extraordinarily high standard of the entries.")
    assert "extraordinarily" in words(graded)
