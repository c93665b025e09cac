"""Pathological bodies cost what ordinary text of the same length costs (issue 16, item 7).

Before the fix a body of 10,000 quote marks took about 10 s inside ``nlp()`` (spaCy's tokenizer strips one
prefix at a time: quadratic), presetting sentence starts was quadratic too, and 1,333 ``Mr. A said "b"``
clauses in one sentence took 73 s of quote extraction. The limits below are generous for a loaded 2-core
machine and far below the old times.
"""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks import analysis
from tasks.components import MAX_SENTENCE_TOKENS, ParagraphSentencizer
from tasks.tokenizer import MAX_RUN


def _seconds(fn: object) -> float:
    t0 = time.perf_counter()
    fn()  # type: ignore[operator]
    return time.perf_counter() - t0


@pytest.mark.parametrize("mark", ['"', "“", "("])
def test_a_run_of_prefix_marks_tokenizes_in_linear_time(nlp: Language, mark: str) -> None:
    text = "Before. " + mark * 20_000 + " after."
    took = _seconds(lambda: nlp.tokenizer(text))
    doc = nlp.tokenizer(text)
    assert took < 1.0, f"{took:.2f}s for 20,000 marks (was about 40 s)"
    assert doc.text == text
    assert [t.text for t in doc[:2]] == ["Before", "."]
    assert doc[2].text == mark and doc[-2].text == "after"
    assert doc[-20_001].whitespace_ == "" and doc[-3].whitespace_ == " "


def test_ordinary_text_is_tokenized_exactly_as_spacy_does(nlp: Language, seed_text: str) -> None:
    inner = nlp.tokenizer.inner  # type: ignore[attr-defined]
    assert [(t.text, t.whitespace_, t.norm_) for t in nlp.tokenizer(seed_text)] == [
        (t.text, t.whitespace_, t.norm_) for t in inner(seed_text)
    ]
    long_url = "http://example.org/" + "a" * MAX_RUN
    text = f"Read it at\n{long_url}\nor don't."
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert [t.text for t in doc[-4:]] == ["or", "do", "n't", "."]  # spaCy's own special cases around it


def test_presetting_sentence_starts_is_linear(nlp: Language) -> None:
    doc = nlp.make_doc('" ' * 20_000)
    took = _seconds(lambda: ParagraphSentencizer(nlp)(doc))
    assert took < 1.0, f"{took:.2f}s for 20,000 marks (was about 6 s)"


def test_no_sentence_runs_past_the_cap(nlp: Language) -> None:
    doc = nlp("Start " + "and more " * 1_000 + "end.")
    assert max(len(s) for s in doc.sents) <= 2 * MAX_SENTENCE_TOKENS


def test_many_attributed_quotes_in_one_run_on_sentence_extract_quickly(nlp: Language) -> None:
    settings = Settings()
    text = "Start. " + 'Mr. A said "b" ' * 1_333 + " End."
    analysis.extract(nlp("Warm up, he said."), settings)
    parse = _seconds(lambda: nlp(text))
    doc = nlp(text)
    took = _seconds(lambda: analysis.extract(doc, settings))
    # measured against the parse of the same text in the same run, so a loaded machine slows both alike
    # (about 1.2 times the parse now; 73 s against a 3 s parse before the fix)
    assert took < 4 * parse, f"{took:.2f}s of extraction against a {parse:.2f}s parse (was 73 s against 3 s)"
    assert len(analysis.extract(doc, settings).quotes) >= 1_000
