"""People introduced with a description: "Jo Li, a nurse at Mercy Hospital," or "a nurse, Jo Li," or "veteran
nurse Jo Li". A later "the nurse said" stands for that person (the ``introduced-as`` speaker pass).

Read from the parse once per article: a PERSON set in apposition with a common noun, or a common noun right
before a name and part of its phrase. Titles are not handled here ("Mayor Ana Ruiz" is the ``role`` pass's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from tasks.entities import capitalised_common_word, written_lower
from tasks.models import Entity


class Introduction(NamedTuple):
    """A person introduced with a description: where (character offset), the description's head lemma, its
    words (lower case, for matching a later phrase's modifiers) and the person's canonical name."""

    pos: int
    head: str
    words: frozenset[str]
    canonical: str
    phrase: str = ""  # the description's words in order, lower case, no determiner ("left back")


def introductions(doc: Doc, ent_of: Mapping[int, Entity], quote_of: Sequence[int]) -> list[Introduction]:
    """Descriptions that introduce a named person, outside quotes, in document order.

    Args:
        doc: A parsed article.
        ent_of: The entity of each token that has one.
        quote_of: The quoted span of each token, or -1.
    """
    found = [
        Introduction(noun.idx, noun.lemma_.lower(), _words(noun), person.canonical, description_words(noun))
        for noun, person in _described(doc, ent_of)
        if quote_of[noun.i] < 0
    ]
    return sorted(found)


def _described(doc: Doc, ent_of: Mapping[int, Entity]) -> Iterator[tuple[Token, Entity]]:
    lower_words = written_lower(doc)
    for token in doc:
        person = ent_of.get(token.i)
        if person is None or person.label != "PERSON" or token.pos_ != "PROPN":
            continue
        for child in token.children:
            # "Jo Li, a nurse at Mercy Hospital,": the description in apposition to the name.
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i not in ent_of:
                yield child, person
        # "a nurse, Jo Li,": the name in apposition to the description.
        if token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.i not in ent_of:
            yield token.head, person
        # "veteran nurse Jo Li": a common noun right before the name, part of its phrase.
        before = doc[token.i - 1] if token.i > 0 else None
        if before is None or token.idx != person.start or before.i in ent_of:
            continue
        compound = (
            # "Winger Jo Li had scored": the model may call a common word opening the sentence a proper noun
            (before.pos_ == "NOUN" or capitalised_common_word(before, lower_words))
            and before.dep_ == "compound"
            and ent_of.get(before.head.i) is person
        )
        if compound or _split_from_name(before, token, ent_of, person):
            yield before, person


def _split_from_name(noun: Token, first: Token, ent_of: Mapping[int, Entity], person: Entity) -> bool:
    """bias26a: "The celebrity chef Marco Bellini has ...", which the parse splits into two subjects (or two
    objects) of one verb: the common noun right before the name, holding the same place as the name's head
    under the same word, describes the person as "veteran nurse Jo Li" does."""
    name = first
    while ent_of.get(name.head.i) is person and name.head.i != name.i:
        name = name.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == name.dep_
        and noun.head.i == name.head.i
        and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    )


def _words(noun: Token) -> frozenset[str]:
    """The description's words: its modifiers before the head, and the head ("senior policy analyst")."""
    return frozenset(t.lower_ for t in noun.subtree if t.i <= noun.i and not t.is_punct)


def description_words(noun: Token) -> str:
    """The words of the phrase ``noun`` heads, in order, lower case, without determiners or punctuation:
    "the left back" -> "left back". Matching these, not the head's lemma, lets "Jo Li, the left back," and a
    later "the left back said" meet however the model parsed each ("left" a noun once, an adjective later)."""
    return " ".join(t.lower_ for t in noun.subtree if t.dep_ != "det" and not t.is_punct)


class Titled(NamedTuple):
    """A person introduced or titled with a phrase of a description family ("U.S. Attorney Dana Reyes",
    "Jo Li, a spokesman for the airline,"): where (the head noun's token), the family and the head's lemma,
    and the person's canonical name."""

    i: int
    family: str
    head: str
    canonical: str


# How many words before a name a title may have ("assistant u.s. attorney").
MAX_TITLE_WORDS = 4


def titled(
    doc: Doc, ent_of: Mapping[int, Entity], quote_of: Sequence[int], family: Callable[[list[str]], str | None]
) -> list[Titled]:
    """People given a description of a family (``family`` reads a phrase's words), outside quotes, in
    document order: by a description set beside the name or before it (:func:`introductions`' readings),
    or by the words right before the name, whatever the model tagged them ("U.S. Attorney" read as proper
    nouns, or as part of the name)."""
    found: dict[tuple[int, str], Titled] = {}
    for noun, person in _described(doc, ent_of):
        if quote_of[noun.i] >= 0:
            continue
        words = [t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss"}]
        kind = family([w for w in words if any(c.isalnum() for c in w)])
        if kind is not None:
            found[(noun.i, person.canonical)] = Titled(noun.i, kind, noun.lemma_.lower(), person.canonical)
    for token in doc:
        named = ent_of.get(token.i)
        if named is None or named.label != "PERSON" or quote_of[token.i] >= 0:
            continue
        names = named.canonical.split()
        if token.text not in names or (token.i > 0 and doc[token.i - 1].text in names):
            continue  # not where the name starts ("Dana Reyes", "Reyes"; titles the model took in are before)
        before: list[Token] = []
        for k in range(token.i - 1, max(token.i - 1 - MAX_TITLE_WORDS, -1), -1):
            t = doc[k]
            if not any(c.isalnum() for c in t.text) or quote_of[k] >= 0:
                break
            before.insert(0, t)
        kind = family([t.lower_ for t in before]) if before else None
        if kind is not None:
            head = before[-1]
            key = (head.i, named.canonical)
            found.setdefault(key, Titled(head.i, kind, head.lemma_.lower(), named.canonical))
    return sorted(found.values())
