"""Issue 12 (lead, session 15): a lemma the lemmatiser cut too short ("spared" read as the boxing verb
"spar") matches no entry of the shorter word; the real forms of that word still do."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_spared_is_not_sparred(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "spared" not in words(run(nlp, lexicon, "Residents were spared the worst of the flooding.\n"))


def test_the_doubled_forms_still_match(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "sparred" in words(run(nlp, lexicon, "The two leaders sparred over taxes in the debate.\n"))
