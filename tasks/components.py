"""spaCy pipeline components of our own, registered as factories like spaCy's ``EntityRuler``.

``wirelens_paragraphs`` runs before the parser: wire copy puts one paragraph per line, so a line break always
starts a sentence, and a closing quote mark never does (the small model often starts the next sentence with
the closing ``"`` of a quote).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tasks.quotemarks import quote_roles


class ParagraphSentencizer:
    """Preset sentence starts from paragraph breaks and quote marks; the parser fills in the rest."""

    def __init__(self, nlp: Language, name: str = "wirelens_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        roles = quote_roles(doc.text)
        for i, token in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                if not token.is_space:
                    token.is_sent_start = True
            elif roles.get(token.idx) == "close" or roles.get(prev.idx) == "open":
                token.is_sent_start = False
        return doc


@Language.factory("wirelens_paragraphs", assigns=["token.is_sent_start"], default_config={})
def make_paragraph_sentencizer(nlp: Language, name: str) -> ParagraphSentencizer:
    return ParagraphSentencizer(nlp, name)
