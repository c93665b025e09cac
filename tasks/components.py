"""spaCy pipeline components of our own, registered as factories like spaCy's ``EntityRuler``.

``wirelens_paragraphs`` runs before the parser: wire copy puts one paragraph per line, so a line break always
starts a sentence, and a closing quote mark never does (the small model often starts the next sentence with
the closing ``"`` of a quote). No preset sentence runs over ``MAX_SENTENCE_TOKENS`` tokens: a body with no
sentence end the parser can see (thousands of ``Mr. A said "b"``, quote marks, a list without full stops)
otherwise becomes one sentence whose subtrees span the whole text, and the quote and speaker passes, which
walk a cue's subtree for each cue, turn quadratic (1,333 such clauses: 73 s of extraction before this cap).
Nor does a sentence start at the word after a title abbreviation ("Const. Ana Ruiz"), or a
lower-case word after a place abbreviation ("an Ont. resident"): ``config/lexicons/abbreviations.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any, cast

import yaml
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.quotemarks import quote_roles

MAX_SENTENCE_TOKENS = 200  # news sentences stay far below; the small model parses longer ones poorly anyway
ENDS = frozenset(".!?")


@cache
def _abbreviation_lists() -> dict[str, frozenset[str]]:
    """The lists of ``abbreviations.yaml`` by key (read once per process), each as written."""
    data = yaml.safe_load((LEXICON_DIR / "abbreviations.yaml").read_text(encoding="utf-8"))
    return {key: frozenset(str(w) for w in words or ()) for key, words in data.items() if key != "version"}


@cache
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Title abbreviations (lower case) and place abbreviations (as written)."""
    titles = {t for t in load_reporting_verbs(LEXICON_DIR).titles if t.endswith(".") and " " not in t}
    lists = _abbreviation_lists()
    return frozenset(titles | lists["titles"]), lists["places"]


def postnominals() -> frozenset[str]:
    """Letters after a person's name that are no part of it ("KC", "MP", "OBE"), as written."""
    return _abbreviation_lists().get("postnominals", frozenset())


def company_suffixes() -> frozenset[str]:
    """A company's legal form after its name ("Inc", "plc", "GmbH"), as written without a final full stop."""
    return _abbreviation_lists().get("company_suffixes", frozenset())


def name_particles() -> frozenset[str]:
    """Lower-case particles inside a person's name ("del", "von", "bin"), as written."""
    return _abbreviation_lists().get("name_particles", frozenset())


@cache
def joined_titles() -> frozenset[str]:
    """Two title abbreviations joined by a hyphen, lower case ("lt.-col.", "maj.-gen."): one word to the
    tokenizer (tasks/nlp.py) and a title to the entity layer."""
    single = [t for t in abbreviations()[0] if t.count(".") == 1]
    return frozenset(f"{a}-{b}" for a in single for b in single)


def is_title_abbreviation(abbr: str) -> bool:
    """A title abbreviation ("Const."), or two joined by a hyphen ("Lt.-Col.")."""
    word = abbr.lower()
    return word in abbreviations()[0] or word in joined_titles()


def abbreviation_at(doc: Doc, i: int) -> str:
    """The word ending at token ``i`` with its full stop ("Ont." is two tokens, "N.S." one), or ""."""
    token = doc[i]
    if token.text != ".":
        return token.text if token.text.endswith(".") else ""
    if i == 0 or doc[i - 1].whitespace_:
        return ""
    return doc[i - 1].text + "."


class ParagraphSentencizer:
    """Preset sentence starts from paragraph breaks and quote marks; the parser fills in the rest."""

    def __init__(self, nlp: Language, name: str = "wirelens_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        roles = quote_roles(doc.text)
        # Set through one array: each ``token.is_sent_start = ...`` first scans the whole Doc for a parse
        # (``has_annotation("DEP")``), which made this quadratic (a body of 4,000 quote marks: 0.24 s).
        starts = doc.to_array([SENT_START]).astype("int64")
        places = abbreviations()[1]
        for i, token in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                if not token.is_space:
                    starts[i] = 1
            elif roles.get(token.idx) == "close" or roles.get(prev.idx) == "open":
                starts[i] = -1
            elif _opens_after_a_stop(doc, i, roles):
                starts[i] = 1  # r2s25c: "... for Reed. 'Tom proved it,' he said.": the parser ran the two on
            elif (abbr := abbreviation_at(doc, i - 1)) and (
                is_title_abbreviation(abbr) or (abbr in places and not token.text[:1].isupper())
            ):
                starts[i] = -1  # "Const. Ana Ruiz", "an Ont. resident"
        _cap_sentences(doc, starts)
        doc.from_array([SENT_START], cast(Ints2d, starts.astype("uint64")))
        return doc


def _opens_after_a_stop(doc: Doc, i: int, roles: Mapping[int, str]) -> bool:
    """Whether token ``i`` is a quote mark opening a quotation right after a sentence's full stop, question or
    exclamation mark (a lone token, so no "U.S.", and no title abbreviation's "Gen. 'Mad Dog'"), before a
    capital: a new sentence, which the small model often joins to the one before."""
    prev = doc[i - 1]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        roles.get(doc[i].idx) == "open"
        and prev.text in ENDS
        and bool(prev.whitespace_)
        and nxt is not None
        and nxt.text[:1].isupper()
        and not is_title_abbreviation(abbreviation_at(doc, i - 1))
    )


def _cap_sentences(doc: Doc, starts: Any) -> None:
    """After ``MAX_SENTENCE_TOKENS`` tokens without a preset start (a paragraph, not a sentence: the parser
    finds sentences), start one where a sentence plainly ends: a capitalised word after ``.``, ``!`` or
    ``?``, which is where the parser puts it too. Past twice that, anywhere no quote mark forbids it; past
    three times, anywhere."""
    run = 0
    for i in range(1, len(starts)):
        run = 0 if starts[i] == 1 else run + 1
        if run < MAX_SENTENCE_TOKENS:
            continue
        if run >= 3 * MAX_SENTENCE_TOKENS or (
            starts[i] != -1
            and (run >= 2 * MAX_SENTENCE_TOKENS or (doc[i - 1].text in ENDS and doc[i].text[:1].isupper()))
        ):
            starts[i], run = 1, 0


@Language.factory("wirelens_paragraphs", assigns=["token.is_sent_start"], default_config={})
def make_paragraph_sentencizer(nlp: Language, name: str) -> ParagraphSentencizer:
    return ParagraphSentencizer(nlp, name)
