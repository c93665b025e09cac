"""A sentence that opens with whose view it is ("For the unions, the plan is a sham", "To critics, ...")
as that holder's indirect quote."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from tasks.attribution.clauses import _FIRST_PERSON, _PREDICATE_DEPS, _clause_tokens, _reported, _trimmed
from tasks.attribution.dialogue import _VIEW_SPEAKER_LABELS
from tasks.attribution.holders import _PLURAL_BACK, _VIEW_PRONOUNS, _owner
from tasks.models import Quote

_VIEW_OPENERS = frozenset({"to", "in", "for"})
_MAX_VIEW_PHRASE = 9  # tokens between the opening preposition and its comma


def viewpoints(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    nouns: frozenset[str],
    people: frozenset[str] = frozenset(),
    perceived: frozenset[str] = frozenset(),
) -> Iterator[Quote]:
    """Yield the rest of a sentence that opens with whose view it is as that holder's indirect quote.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a holder the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that frame a view ("view", "opinion", "eyes"): "In X's view," and "In the
            view of X,".
        people: Lower-case nouns that name people by role or as a group ("mayor", "critics", "unions"):
            after "For", only they (or a named person, organisation or group) hold a view.
        perceived: Those of ``nouns`` that tell how someone sees a thing ("eyes"), not what they said:
            "in the eyes of the board" frames the board's view only when the story quotes the board (it
            has a position of its own on the page); otherwise it is the writer's reading of the board,
            often sarcastic ("The pensioner is, in the eyes of the board, an acceptable casualty").

    Notes:
        "To the senator, the bill is a disgrace", "In the senator's view, the bill is a disgrace" (or "The
        bill is, in the words of one aide, a disgrace", set off by a comma inside the clause): the
        writer reports whose verdict it is, as with "the senator believes". The opening phrase ends at a
        comma and has no verb; after "To" it names people (an entity, a plural noun, "many"), so "To date,"
        and "To be sure," stay the writer's. "For the unions, the deal is a betrayal" frames a view the same
        way, but "For years," and "For all its faults," do not: after "For" the holder must be named or be a
        noun of ``people``. A first-person holder ("In my view") is the writer's own.
    """
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 4 or toks[0].lower_ not in _VIEW_OPENERS | {"as"}:
            continue
        comma = next((t for t in toks[1 : _MAX_VIEW_PHRASE + 2] if t.text == ","), None)
        if comma is None:
            continue
        if (concerned := _as_far_as(toks, comma, people)) is not None:
            # "As far as most critics are concerned, the deal is a sham": as "For the critics, ..."
            rest = _trimmed([t for t in toks if t.i > comma.i])
            if rest and concerned.lower_ not in _FIRST_PERSON | {"me", "us"}:
                speaker = None if concerned.lower_ in _VIEW_PRONOUNS else _owner(concerned, quotes)
                yield _reported(doc, rest, toks[0], speaker)
            continue
        if toks[0].lower_ == "as":
            continue
        phrase = doc[toks[0].i + 1 : comma.i]
        if any(t.pos_ in ("VERB", "AUX") for t in phrase):
            continue
        opener = toks[0].lower_
        if opener == "to":
            holder = _to_holder(phrase)
        elif opener == "for":
            holder = _for_holder(phrase, people)
        else:
            holder = _view_holder(phrase, nouns)
            if holder is not None and _unvoiced_perception(phrase, holder, perceived, quotes):
                continue
        rest = _trimmed([t for t in toks if t.i > comma.i])
        if opener == "for" and rest and holder is not None:
            rest = _evaluation(rest, holder)
        if holder is None or holder.lower_ in _FIRST_PERSON | {"my", "our", "me", "us"} or not rest:
            continue
        speaker = None if holder.lower_ in _VIEW_PRONOUNS else _owner(holder, quotes)
        yield _reported(doc, rest, toks[0], speaker)
    for prep in doc:  # "The rollout was, in the words of one staffer, a shambles": set off inside the clause
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        if prep.i == 0 or doc[prep.i - 1].text != "," or prep.right_edge.i - prep.i > _MAX_VIEW_PHRASE:
            continue
        phrase = doc[prep.i + 1 : prep.right_edge.i + 1]
        holder = _view_holder(phrase, nouns)
        if holder is None or holder.lower_ in _FIRST_PERSON | {"my", "our", "me", "us"}:
            continue
        if _unvoiced_perception(phrase, holder, perceived, quotes):
            continue
        speaker = None if holder.lower_ in _VIEW_PRONOUNS else _owner(holder, quotes)
        yield _reported(doc, _clause_tokens(prep.head), prep, speaker)


def _unvoiced_perception(
    phrase: Span, holder: Token, perceived: frozenset[str], quotes: Sequence[Quote]
) -> bool:
    """voice29b: whether a frame of perception ("in the eyes of the board") names a holder no quotation in
    the story is credited to: the writer's reading of how they see things, not a view they stated."""
    if not any(t.lower_ in perceived or t.lemma_.lower() in perceived for t in phrase):
        return False
    name = holder.lower_
    return not any(
        q.speaker is not None and name in (q.speaker.canonical or q.speaker.text or "").lower().split()
        for q in quotes
    )


_OBLIGATION_MODALS = frozenset({"must", "should", "ought", "need"})
_SINGULAR_BACK = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "its", "itself"})


def _evaluation(rest: list[Token], holder: Token) -> list[Token]:
    """The part of a clause after "For X," that is X's view; empty when the clause tells what happened to X.

    A pronoun in the clause that can point back to X ("For the mayor, the storm ended *his* career", "For
    Clinton, the attack was a chance to show *her* record") makes it what something meant for X, not X's
    verdict. Otherwise "For the unions, the deal is a betrayal": after a copula only the predicate is X's
    (the subject is how the writer names the thing judged: "For the mayor, the reckless plan was a
    chance"); a modal of obligation ("For critics, the mayor must resign") or any other verb ("For Li,
    the author is exposing a cruel logic") is X's reading of it all.
    """
    back = _PLURAL_BACK if holder.tag_ in ("NNS", "NNPS") else _SINGULAR_BACK
    if any(t.lower_ in back and not _in_relative_clause(t, rest) for t in rest):
        return []
    words = {t.i for t in rest}
    root = next((t for t in rest if t.head.i == t.i or t.head.i not in words), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in root.children):
        return rest
    predicate = next((c for c in root.children if c.dep_ in _PREDICATE_DEPS), None)
    if root.lemma_.lower() != "be":
        return rest
    if predicate is None:
        return []
    return [t for t in rest if predicate.left_edge.i <= t.i <= predicate.right_edge.i]


def _in_relative_clause(token: Token, rest: list[Token]) -> bool:
    """Whether ``token`` lies in a relative clause inside ``rest``: "For his fans, he was a poet *who voiced
    their despair*" describes the poet within X's verdict; the pronoun tells nothing that happened to X."""
    words = {t.i for t in rest}
    for up in token.ancestors:
        if up.i not in words:
            return False
        if up.dep_ == "relcl":
            return True
    return False


def _as_far_as(toks: list[Token], comma: Token, people: frozenset[str]) -> Token | None:
    """The holder of "As far as X is concerned," opening a sentence: X, when it names people (an entity, a
    noun of ``people``, "many", "most"); "As far as the law is concerned," is no one's view."""
    words = [t.lower_ for t in toks[:3]]
    if words != ["as", "far", "as"] or comma.i < 2 or toks[0].doc[comma.i - 1].lower_ != "concerned":
        return None
    concerned = toks[0].doc[comma.i - 1]
    subject = next((c for c in concerned.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return _for_holder(subject.doc[subject.left_edge.i : subject.i + 1], people)


def _to_holder(phrase: Span) -> Token | None:
    """The people named after an opening "To": an entity, a plural noun, "many"; else None."""
    named = [t for t in phrase if t.ent_type_ in _VIEW_SPEAKER_LABELS]
    if named:
        return named[-1]  # the phrase's last entity token: the head of a name
    last = phrase[-1] if phrase else None
    if last is not None and (last.tag_ == "NNS" or last.lower_ in _VIEW_PRONOUNS):
        return last
    return None


def _for_holder(phrase: Span, people: frozenset[str]) -> Token | None:
    """The people named after an opening "For": an entity or a noun of people as the phrase's head."""
    head = phrase.root
    if head.ent_type_ in _VIEW_SPEAKER_LABELS or head.lemma_.lower() in people or head.lower_ in people:
        return head
    return head if head.lower_ in _VIEW_PRONOUNS else None


def _view_holder(phrase: Span, nouns: frozenset[str]) -> Token | None:
    """The holder in "In X's view" (the possessor) or "In the view of X" (the object of "of")."""
    for t in phrase:
        if t.lemma_.lower() not in nouns and t.lower_ not in nouns:  # "in the words of": lemma "word"
            continue
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None
