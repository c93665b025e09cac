"""One read-only view of a parsed article, built once per ``Doc`` and shared by the stages.

The quote rules, the speaker passes, the bias tagger's voice map, the subjectivity gate and the summary all
need the same few facts about the text: where its sentences are, which characters lie between quote marks,
which lines are page furniture (credits, captions, bylines) or teasers for another story, and which entity
each token belongs to. :func:`article_view` works them out on first use and caches the result in
``doc.user_data``; every later stage on the same ``Doc`` gets the same object. What a stage learns as it goes
(a name's gender, who issued a document) belongs in that stage's own state, never on the view.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from tasks.quotemarks import quoted_spans

VIEW_KEY = "wl_view"

Patterns = tuple[re.Pattern[str], ...]


class EntitySpan(NamedTuple):
    """A named entity of the parse as token indices: ``[start, end)``, its label and its root token."""

    start: int
    end: int
    label: str
    root: int


@dataclass(frozen=True, slots=True)
class ArticleView:
    """What several stages read of one parsed text; every field is immutable.

    Attributes:
        text: ``doc.text``, read once.
        sentences: Token spans ``[start, end)`` of the sentences, in order.
        sent_of: For each token, the index of its sentence.
        quote_spans: Character spans of quoted text, marks excluded (:func:`tasks.quotemarks.quoted_spans`).
        quote_of: For each token, the index of the quoted span its first character lies in, or -1.
        furniture: For each sentence, whether its line is page furniture or a photo caption (credit lines,
            bylines, "Story continues below advertisement"): no part of the story.
        link: For each sentence, whether its line links to another story ("READ MORE: ...", "RELATED: ...").
        entities: The parse's named entities, in order.
        entity_of: For each token, the index of its entity in ``entities``, or -1.
        line_patterns: The furniture and link patterns the view was built with (see :func:`article_view`).
    """

    text: str
    sentences: tuple[tuple[int, int], ...]
    sent_of: tuple[int, ...]
    quote_spans: tuple[tuple[int, int], ...]
    quote_of: tuple[int, ...]
    furniture: tuple[bool, ...]
    link: tuple[bool, ...]
    entities: tuple[EntitySpan, ...]
    entity_of: tuple[int, ...]
    line_patterns: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())

    @property
    def quote_starts(self) -> list[int]:
        return [s for s, _ in self.quote_spans]

    def token_sentences(self) -> list[tuple[int, int]]:
        """The ``(start, end)`` token span of each token's sentence."""
        return [self.sentences[k] for k in self.sent_of]

    def in_quote(self, offset: int) -> bool:
        """Whether the character at ``offset`` lies between quote marks."""
        k = bisect.bisect_right(self.quote_spans, (offset, len(self.text) + 1)) - 1
        return k >= 0 and self.quote_spans[k][0] <= offset < self.quote_spans[k][1]

    def outside_story(self, sent: int) -> bool:
        """Whether sentence ``sent`` sits on a furniture line or a line linking to another story."""
        return self.furniture[sent] or self.link[sent]


def article_view(
    doc: Doc, *, furniture: Sequence[re.Pattern[str]] = (), links: Sequence[re.Pattern[str]] = ()
) -> ArticleView:
    """The document's view: built on first call, then the cached one.

    Args:
        doc: A parsed text (sentence boundaries set).
        furniture: Patterns of furniture lines, matched at the start of a line (``ReportingVerbs
            .boilerplate_lines``).
        links: Patterns of lines that link to another story (``ReportingVerbs.link_lines``).

    Returns:
        The view cached on the ``Doc``. A caller that gives no patterns takes the cached view whatever it
        was built with; one that gives patterns other than those of the cached view gets a view built with
        them (and cached in its place).

    Raises:
        ValueError: The doc has no sentence boundaries (it was not parsed).
    """
    key = (tuple(p.pattern for p in furniture), tuple(p.pattern for p in links))
    cached = doc.user_data.get(VIEW_KEY)
    if isinstance(cached, ArticleView) and (cached.line_patterns == key or key == ((), ())):
        return cached
    view = build_view(doc, furniture=tuple(furniture), links=tuple(links))
    doc.user_data[VIEW_KEY] = view
    return view


def build_view(doc: Doc, *, furniture: Patterns = (), links: Patterns = ()) -> ArticleView:
    """A new view of ``doc`` (not cached: :func:`article_view` is the one to call)."""
    text = doc.text
    sentences: list[tuple[int, int]] = []
    sent_of = [0] * len(doc)
    is_furniture: list[bool] = []
    is_link: list[bool] = []
    furniture_lines: dict[int, bool] = {}
    link_lines: dict[int, bool] = {}
    for k, sent in enumerate(doc.sents):
        sentences.append((sent.start, sent.end))
        sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
        # The line the sentence's first character is on.
        line = text.rfind("\n", 0, sent.start_char) + 1
        if line not in furniture_lines:
            end = text.find("\n", line)
            body = text[line : end if end >= 0 else len(text)]
            furniture_lines[line] = any(p.match(body) for p in furniture)
            link_lines[line] = any(p.match(body) for p in links)
        is_furniture.append(furniture_lines[line])
        is_link.append(link_lines[line])
    spans = quoted_spans(text)
    quote_of = [-1] * len(doc)
    q = 0
    for token in doc:
        while q < len(spans) and spans[q][1] <= token.idx:
            q += 1
        if q < len(spans) and spans[q][0] <= token.idx < spans[q][1]:
            quote_of[token.i] = q
    entities, entity_of = _entity_fields(doc)
    return ArticleView(
        text=text,
        sentences=tuple(sentences),
        sent_of=tuple(sent_of),
        quote_spans=tuple(spans),
        quote_of=tuple(quote_of),
        furniture=tuple(is_furniture),
        link=tuple(is_link),
        entities=entities,
        entity_of=entity_of,
        line_patterns=(tuple(p.pattern for p in furniture), tuple(p.pattern for p in links)),
    )


def _entity_fields(doc: Doc) -> tuple[tuple[EntitySpan, ...], tuple[int, ...]]:
    entities: list[EntitySpan] = []
    entity_of = [-1] * len(doc)
    for n, ent in enumerate(doc.ents):
        entities.append(EntitySpan(ent.start, ent.end, ent.label_, ent.root.i))
        entity_of[ent.start : ent.end] = [n] * (ent.end - ent.start)
    return tuple(entities), tuple(entity_of)


def with_doc_entities(view: ArticleView, doc: Doc) -> ArticleView:
    """spk27a: ``view`` with its entities read again from ``doc.ents`` (after a stage relabelled them),
    everything else shared."""
    entities, entity_of = _entity_fields(doc)
    return dataclasses.replace(view, entities=entities, entity_of=entity_of)
