"""spaCy's tokenizer, bounded: a long run of characters without whitespace is split in linear time.

spaCy's tokenizer strips prefixes from a whitespace-delimited chunk one at a time, copying the rest of the
chunk and searching it again with the suffix pattern each time: a chunk of ``n`` prefix characters (quote
marks, brackets: ``((((…``) costs O(n²). Measured on en_core_web_sm: 4,000 straight or curly quote marks or
opening brackets in a row 1.6-1.7 s, 10,000 about 10 s, 50,000 about 4 minutes; 4,000 letters or dots in a
row 3 ms. No word of news copy is that long, so a run over ``MAX_RUN`` characters is pathological: it is
split here into word runs and single punctuation marks (``\\w+|\\W``), and spaCy's own tokenizer gets the
text between such runs unchanged. Text without such a run is tokenized by spaCy alone, exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.vocab import Vocab

MAX_RUN = 200  # characters without whitespace; a URL of this length is rare, a word never
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
_PIECES = re.compile(r"\w+|\W")


class BoundedTokenizer:
    """Call the wrapped tokenizer, except on runs of over ``MAX_RUN`` non-space characters (see above)."""

    def __init__(self, inner: Callable[[str], Doc], vocab: Vocab) -> None:
        self.inner, self.vocab = inner, vocab

    def __call__(self, text: str) -> Doc:
        runs = list(_LONG_RUN.finditer(text))
        if not runs:
            return self.inner(text)
        docs: list[Doc] = []
        at = 0
        for run in runs:
            if run.start() > at:
                docs.append(self.inner(text[at : run.start()]))
            # A single following space is the last piece's whitespace, as spaCy would attach it.
            end = run.end() + 1 if text[run.end() : run.end() + 1] == " " else run.end()
            words = _PIECES.findall(run.group())
            spaces = [False] * len(words)
            spaces[-1] = end > run.end()
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
            at = end
        if at < len(text):
            docs.append(self.inner(text[at:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name: str) -> object:
        # Everything else (``explain``, ``rules``, serialisation) is the wrapped tokenizer's.
        if name == "inner":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)
