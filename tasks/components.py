"""spaCy pipeline components of our own, registered as factories like spaCy's ``EntityRuler``.

``wirelens_paragraphs`` runs before the parser: wire copy puts one paragraph per line, so a line break always
starts a sentence, and a closing quote mark never does (the small model often starts the next sentence with
the closing ``"`` of a quote). Nor does the word after a title abbreviation ("Const. Ana Ruiz"), or a
lower-case word after a place abbreviation ("an Ont. resident"): ``config/lexicons/abbreviations.yaml``.
"""

from __future__ import annotations

from functools import cache

import yaml
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.quotemarks import quote_roles


@cache
def abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """Title abbreviations (lower case) and place abbreviations (as written)."""
    titles = {t for t in load_reporting_verbs(LEXICON_DIR).titles if t.endswith(".") and " " not in t}
    data = yaml.safe_load((LEXICON_DIR / "abbreviations.yaml").read_text(encoding="utf-8"))
    return frozenset(titles | {str(t) for t in data["titles"]}), frozenset(str(p) for p in data["places"])


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
        titles, places = abbreviations()
        for i, token in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                if not token.is_space:
                    token.is_sent_start = True
            elif roles.get(token.idx) == "close" or roles.get(prev.idx) == "open":
                token.is_sent_start = False
            elif (abbr := abbreviation_at(doc, i - 1)) and (
                abbr.lower() in titles or (abbr in places and not token.text[:1].isupper())
            ):
                token.is_sent_start = False  # "Const. Ana Ruiz", "an Ont. resident"
        return doc


@Language.factory("wirelens_paragraphs", assigns=["token.is_sent_start"], default_config={})
def make_paragraph_sentencizer(nlp: Language, name: str) -> ParagraphSentencizer:
    return ParagraphSentencizer(nlp, name)
