"""Named entities with one canonical name per real-world thing across an article.

spaCy's NER finds the mentions; this module decides what each mention is called (``canonical``) and repairs a
few cheap, well-known errors of the small English model. Numeric labels (CARDINAL, ORDINAL, PERCENT, MONEY,
QUANTITY) are left out: numbers are :func:`tasks.figures.figures`' job.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.models import Entity

NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PLACE_LABELS = ("GPE", "LOC", "FAC")
MAX_AGE = 120


def entities(
    doc: Doc,
    *,
    titles: Collection[str] | None = None,
    exclude_labels: Collection[str] = NUMERIC_LABELS,
) -> list[Entity]:
    """Named entities in document order, each with a canonical name shared by all its mentions.

    Args:
        doc: A parsed article (needs ``ner``; the dependency parse is not used).
        titles: Lower-case titles to strip from canonical names ("prime minister", "doctor"), multi-word
            titles space-joined. Defaults to ``titles`` in the bundled ``lexicons/reporting_verbs.yaml``.
        exclude_labels: Entity labels to leave out; by default the numeric ones, which go to figures.

    Returns:
        One :class:`~tasks.models.Entity` per mention; ``text``/``start``/``end`` are the mention as found,
        ``canonical`` the name to group by.

    Notes:
        Heuristics, in order:

        1. A non-person entity that is the first word of a title before a name is dropped ("Defense" ORG in
           "Defense Minister Yoav Gallant"); a bare number tagged DATE right after "Name," is an age ("29").
        2. Canonical names lose a leading "the", leading titles and a trailing possessive ("the Kerem Shalom"
           -> "Kerem Shalom", "President Joe Biden" -> "Joe Biden").
        3. Label repair: a name tagged PERSON in one place and GPE/LOC/FAC in another is a place (the small
           model tags "Rafah" PERSON before "crossing"), unless it is part of a longer person's name; the
           most frequent place label wins. Failing that, a name also tagged non-PERSON with "the" in front
           ("the Kerem Shalom") takes that label: people's names do not take an article.
        4. Acronyms defined in place, ``Name (ACR)`` or ``Name, ACR,`` with matching initials, share the
           name's canonical; later bare mentions of the acronym the model missed are added.
        5. A shorter PERSON name whose last word ends a longer PERSON name takes the longer one as canonical
           ("Netanyahu" -> "Benjamin Netanyahu"); with several candidates, the nearest earlier one wins, and
           with none earlier, a single later candidate wins, and otherwise the mention keeps its own name.
    """
    title_set = frozenset(titles) if titles is not None else load_reporting_verbs(LEXICON_DIR).titles
    max_title = max((len(t.split()) for t in title_set), default=0)
    spans = [
        ent
        for ent in doc.ents
        if ent.label_ not in exclude_labels
        and not _is_title_fragment(ent, title_set, max_title)
        and not _is_age(ent)
    ]
    names = [_base_name(ent, title_set, max_title) for ent in spans]
    labels = _repair_labels(spans, names)
    canon = list(names)
    found: list[tuple[int, int, str, str]] = []  # (token start, token end, label, canonical)

    # Acronyms defined next to their expansion.
    acronyms: dict[str, tuple[str, str]] = {}
    for ent, name, label in zip(spans, names, labels, strict=True):
        acr = _acronym_after(ent, name)
        if acr is not None and acr not in acronyms:
            acronyms[acr] = (label, name)
    covered: set[int] = set()
    for k, ent in enumerate(spans):
        covered.update(range(ent.start, ent.end))
        if names[k] in acronyms and labels[k] != "PERSON":
            labels[k], canon[k] = acronyms[names[k]]
    for token in doc if acronyms else ():
        if token.text in acronyms and token.i not in covered:
            label, name = acronyms[token.text]
            found.append((token.i, token.i + 1, label, name))

    # Short person names take the full name.
    full: list[tuple[int, str]] = [
        (ent.start, name)
        for ent, name, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and len(name.split()) > 1
    ]
    for k, (ent, name) in enumerate(zip(spans, names, strict=True)):
        if labels[k] == "PERSON":
            canon[k] = _full_name(name, ent.start, full)

    for k, ent in enumerate(spans):
        found.append((ent.start, ent.end, labels[k], canon[k]))
    found.sort()
    out: list[Entity] = []
    for start, end, label, name in found:
        span = doc[start:end]
        out.append(
            Entity(text=span.text, start=span.start_char, end=span.end_char, label=label, canonical=name)
        )
    return out


def _tokens_text(tokens: Sequence[Token]) -> str:
    """The document text from the first to the last token, keeping inner spacing and hyphens."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _title_len(tokens: Sequence[Token], titles: frozenset[str], max_title: int) -> int:
    """Length in tokens of the longest title that ``tokens`` starts with (0 if none)."""
    for n in range(min(max_title, len(tokens)), 0, -1):
        if " ".join(t.lower_ for t in tokens[:n]) in titles:
            return n
    return 0


def _is_title_fragment(ent: Span, titles: frozenset[str], max_title: int) -> bool:
    """Whether a non-person entity is only the start of a title before a person's name."""
    if ent.label_ == "PERSON":
        return False
    doc = ent.doc
    for extra in range(1, max_title):
        after = ent.end + extra
        if after >= len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[ent.start : after])
        if phrase in titles and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    return False


def _is_age(ent: Span) -> bool:
    """A bare number tagged DATE right after ``Name,`` ("Muhanad Ahmad Qishta, 29")."""
    if ent.label_ != "DATE" or len(ent) != 1 or not ent[0].is_digit or ent.start < 2:
        return False
    doc = ent.doc
    return (
        int(ent[0].text) <= MAX_AGE
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )


def _base_name(ent: Span, titles: frozenset[str], max_title: int) -> str:
    """The mention without a leading article, leading titles or a trailing possessive."""
    tokens = list(ent)
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    if tokens and tokens[0].lower_ == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    if ent.label_ == "PERSON":
        while len(tokens) > 1:
            n = _title_len(tokens, titles, max_title)
            if n == 0 or n >= len(tokens):
                break
            tokens = tokens[n:]
    return _tokens_text(tokens) or ent.text


def _repair_labels(spans: Sequence[Span], names: Sequence[str]) -> list[str]:
    """PERSON becomes a place label when the same name is tagged a place elsewhere (majority of places)."""
    places: dict[str, Counter[str]] = {}
    with_article: dict[str, Counter[str]] = {}
    person_words: set[str] = set()
    for ent, name in zip(spans, names, strict=True):
        if ent.label_ in PLACE_LABELS:
            places.setdefault(name, Counter())[ent.label_] += 1
        elif ent.label_ == "PERSON" and len(name.split()) > 1:
            person_words.update(name.split())
        if ent.label_ != "PERSON" and ent[0].lower_ == "the":
            with_article.setdefault(name, Counter())[ent.label_] += 1
    labels: list[str] = []
    for ent, name in zip(spans, names, strict=True):
        label = ent.label_
        if label == "PERSON" and name not in person_words:
            if name in places:
                label = places[name].most_common(1)[0][0]
            elif name in with_article:
                label = with_article[name].most_common(1)[0][0]
        labels.append(label)
    return labels


def _initials(name: str) -> str:
    parts: Iterable[str] = name.replace("-", " ").split()
    return "".join(p[0] for p in parts if p[:1].isupper())


def _acronym_after(ent: Span, name: str) -> str | None:
    """An acronym defined right after the entity: ``Name (ACR)``, or ``Name, ACR,`` with matching initials."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or ent.label_ == "PERSON":
        return None
    opener, acr, closer = doc[ent.end], doc[ent.end + 1], doc[ent.end + 2]
    if not (acr.is_alpha and acr.is_upper and len(acr.text) >= 2):
        return None
    if opener.text == "(" and closer.text == ")":
        return acr.text
    if opener.text == "," and closer.text == "," and _initials(name) == acr.text:
        return acr.text
    return None


def _full_name(name: str, start: int, full: Sequence[tuple[int, str]]) -> str:
    """The longer PERSON name this one abbreviates, nearest earlier first; else ``name`` itself."""
    words = name.split()
    matches = [
        (pos, cand)
        for pos, cand in full
        if cand != name and len(cand.split()) > len(words) and cand.split()[-len(words) :] == words
    ]
    if not matches:
        return name
    earlier = [m for m in matches if m[0] < start]
    if earlier:
        return max(earlier)[1]
    distinct = {cand for _, cand in matches}
    return distinct.pop() if len(distinct) == 1 else name
