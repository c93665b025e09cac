"""Quotes in the headline, with their speakers.

A desk puts the strongest quote of a story in its headline ("'We will rebuild': town vows to recover",
"Police chief: 'Nobody is above the law'", "'I was terrified,' says survivor"). The body's quote layer runs on
the headline's own parse; the speaker then comes from, in order:

1. ``headline-echo``: the body quote the headline repeats, whose speaker the body's attribution found with its
   whole context (a headline quote is usually cut from one);
2. the headline's own attribution (the pass that found it), its name made the body's canonical name when the
   body names the same person or organisation ("Trump" -> "Donald Trump");
3. ``headline-colon``: the words before a colon ("Police chief: '...'") or the subject of the speech verb
   after one ("'...': town vows ...").

A speaker of 2 or 3 that is a description, not a name the body uses ("Senator: '...'", "Port chief says
'...'"), is then the body's named speaker introduced with those words ("Senator Ann Cole", "the chairwoman
of the Harbour Authority, Jo Vance"): ``headline-role``. A desk shortens a name to the role the lede gives.

Offsets are into the headline (``field: "headline"``); a speaker taken from the body keeps its text and
canonical name but no offsets, since they would point into another field.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from tasks.cues import ReportingVerbs
from tasks.entities import entities
from tasks.models import Entity, Quote, Speaker
from tasks.quote_context import SPEAKER_RESOLVER
from tasks.quotes import quotes

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_LEAD_IN_WORDS = 6  # "Police chief:", "Former Bank of England governor:": a name or a role, not a clause
_ECHO_SHARE = 0.8  # of the headline quote's words in one body quote: a headline trims, it rarely rewords


def headline_quotes(
    headline: Doc,
    body_quotes: list[Quote],
    body_entities: list[Entity],
    *,
    cues: ReportingVerbs,
    body: Doc | None = None,
) -> list[Quote]:
    """The headline's quotes, each with ``field: "headline"`` and a speaker when one is found; with the
    body's parse, a described speaker is matched to the body's named one (:func:`_role_in_body`)."""
    found = quotes(headline, entities(headline, titles=cues.titles), cues=cues)
    # voice27: a headline's label holders keep the bias stage's own reading, in one process or in stages
    headline.user_data.pop(SPEAKER_RESOLVER, None)
    out = []
    for q in found:
        speaker = _echo(q, body_quotes) or _own(q, body_entities) or _colon(headline, q, body_entities, cues)
        if speaker is not None and body is not None and speaker.rule != "headline-echo":
            speaker = _role_in_body(speaker, body, body_quotes, body_entities) or speaker
        out.append(q.model_copy(update={"speaker": speaker, "field": "headline"}))
    return out


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def _echo(q: Quote, body_quotes: list[Quote]) -> Speaker | None:
    """The speaker of the one body quote the headline quote repeats; none when the body quotes that repeat
    it have different speakers (or none)."""
    words = _words(q.text)
    if len(words) < 2:
        return None
    joined = " ".join(words)
    speakers: dict[str, Speaker] = {}
    for b in body_quotes:
        body_words = _words(b.text)
        if not (f" {joined} " in f" {' '.join(body_words)} " or _share(words, body_words) >= _ECHO_SHARE):
            continue
        if b.speaker is None:
            return None  # the body could not say who: the headline cannot either
        speakers[b.speaker.canonical.casefold()] = b.speaker
    if len(speakers) != 1:
        return None
    (s,) = speakers.values()
    return Speaker(text=s.text, canonical=s.canonical, anonymous=s.anonymous, rule="headline-echo")


def _share(words: list[str], body_words: list[str]) -> float:
    pool = set(body_words)
    return sum(w in pool for w in words) / len(words)


def _own(q: Quote, body_entities: list[Entity]) -> Speaker | None:
    """The headline's own attribution, named as the body names the same speaker."""
    if q.speaker is None:
        return None
    return q.speaker.model_copy(update={"canonical": _body_name(q.speaker.canonical, body_entities)})


def _body_name(name: str, body_entities: list[Entity]) -> str:
    """The body's canonical name for a headline's short name: the same name, or a full name ending (or,
    for a single organisation, starting) with it. Two different people of one surname: the headline's."""
    key = name.casefold()
    matches = {
        e.canonical
        for e in body_entities
        if e.label in _NAME_LABELS
        and (
            e.canonical.casefold() == key
            or e.canonical.casefold().endswith(" " + key)
            or e.text.casefold() == key
            or (e.expansion or "").casefold() == key
        )
    }
    return matches.pop() if len(matches) == 1 else name


def _colon(headline: Doc, q: Quote, body_entities: list[Entity], cues: ReportingVerbs) -> Speaker | None:
    """A lead-in before the colon ("Police chief: '...'") or the speech verb's subject after it ("'...':
    town vows ...")."""
    colons = [t for t in headline if t.text == ":"]
    if len(colons) != 1:
        return None
    colon = colons[0]
    if colon.idx <= q.start:
        lead = headline[: colon.i]
        # lead27: a lead-in speaks when it names someone ("Minister:", "Jo Li:"); a topic before the colon
        # ("Border chaos: migrants ... as locals say they've been abandoned") is a kicker, not a speaker
        names_someone = len(lead) > 0 and (
            lead.root.pos_ == "PROPN"
            or lead.root.ent_type_ in _NAME_LABELS
            or _is_person_word(lead.root, cues)
        )
        if (
            0 < len(lead) <= _LEAD_IN_WORDS
            and not any(t.pos_ in ("VERB", "AUX") for t in lead)
            and names_someone
        ):
            return _speaker_of(lead, body_entities, cues)
        return None
    if colon.idx < q.end:
        return None
    after = headline[colon.i + 1 :]
    verb = next((t for t in after if t.lemma_.lower() in cues.verbs and t.pos_ == "VERB"), None)
    if verb is None:
        verb = _person_verb(after, cues)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None and verb is None:
        subject = _speaker_on_topic(after, cues)
    if subject is None:
        return None
    # spk26a: the parse may hang the quote and colon on the name ("'...': Jo Li on her debut"); the speaker's
    # words start after the colon
    return _speaker_of(headline[max(subject.left_edge.i, colon.i + 1) : subject.i + 1], body_entities, cues)


def _speaker_on_topic(after: Span, cues: ReportingVerbs) -> Token | None:
    """ "'...': the housing minister on rents", "'...': Jo Li on her first year": an interview's headline
    names who speaks and, after "on", the topic; no verb."""
    root = after.root
    if root.pos_ not in ("NOUN", "PROPN") or not (root.pos_ == "PROPN" or _is_person_word(root, cues)):
        return None
    return root if any(c.dep_ == "prep" and c.lower_ == "on" for c in root.children) else None


def _is_person_word(token: Token, cues: ReportingVerbs) -> bool:
    """A word the lexicon knows for a person: a role, a source, an occupation or a title."""
    lemma = token.lemma_.lower()
    kinds = (cues.person_nouns, cues.source_nouns, cues.role_nouns, cues.titles)
    return any(lemma in words for words in kinds)


def _person_verb(after: Span, cues: ReportingVerbs) -> Token | None:
    """ "'...': senator hits out over costs": with no speech verb after the colon, the first verb whose
    subject is a name or a word for a person (a desk's verbs of speaking are many: "hits out", "slams")."""
    for t in after:
        subject = next((c for c in t.children if c.dep_ == "nsubj"), None) if t.pos_ == "VERB" else None
        if subject is not None and (subject.pos_ == "PROPN" or _is_person_word(subject, cues)):
            return t
    return None


def _speaker_of(words: Span, body_entities: list[Entity], cues: ReportingVerbs) -> Speaker | None:
    head: Token = words.root
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    text = words.text.strip()
    named = head.pos_ == "PROPN" or head.ent_type_ in _NAME_LABELS
    canonical = _body_name(text, body_entities) if named else head.lemma_.lower()
    anonymous = not named and head.lemma_.lower() in cues.source_nouns
    return Speaker(
        text=text,
        canonical=canonical,
        anonymous=anonymous,
        start=words.start_char,
        end=words.end_char,
        rule="headline-colon",
    )


_ROLE_WINDOW = 8  # tokens either side of a body name that may introduce it ("the chairwoman of ..., Jo Li,")
_ROLE_LABELS = frozenset({"PERSON", "ORG"})


def _role_in_body(
    speaker: Speaker, body: Doc, body_quotes: list[Quote], body_entities: list[Entity]
) -> Speaker | None:
    """The one named body speaker whose introduction holds the headline description's head word, or two of
    its words ("Harbour authority chief" ~ "the chairwoman of the Harbour Authority, Jo Vance"); None when
    the headline's speaker is a name the body uses, or no single speaker fits best."""
    names = {e.canonical.casefold() for e in body_entities if e.label in _ROLE_LABELS}
    if speaker.canonical.casefold() in names | _places(body_entities):
        return None  # "Iran says ...": a country the body names speaks as itself, not as its spokesman
    words = [w for w in _words(speaker.text) if not body.vocab[w].is_stop]
    spoken = {
        b.speaker.canonical: b.speaker
        for b in body_quotes
        if b.speaker is not None and not b.speaker.anonymous and b.speaker.canonical.casefold() in names
    }
    name_words = {w for e in body_entities if e.label == "PERSON" for w in _words(e.text)}
    if not words:
        return None
    if any(w in name_words for w in words):
        # "Holloway: '...'" read as a common noun: a name the body uses, the one speaker of that name if any
        named = {c for c in spoken if set(words) <= set(_words(c))}
        s = spoken[named.pop()] if len(named) == 1 else None
        return Speaker(text=s.text, canonical=s.canonical, rule="headline-role") if s is not None else None
    scores: dict[str, int] = {}
    for e in body_entities:
        if e.canonical not in spoken or e.label not in _ROLE_LABELS:
            continue
        near = _introduction(body, e)
        hits = sum(w in near for w in words)
        if words[-1] in near or hits >= 2:
            scores[e.canonical] = max(scores.get(e.canonical, 0), hits)
    if not scores:
        return None
    best = max(scores.values())
    top = [c for c, n in scores.items() if n == best]
    if len(top) != 1:
        return None
    s = spoken[top[0]]
    return Speaker(text=s.text, canonical=s.canonical, anonymous=False, rule="headline-role")


def _places(body_entities: list[Entity]) -> set[str]:
    return {e.canonical.casefold() for e in body_entities if e.label in ("GPE", "NORP")}


def _introduction(body: Doc, e: Entity) -> set[str]:
    """The words (lower case and lemma) around a body mention, in its sentence."""
    span = body.char_span(e.start, e.end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent
    lo, hi = max(sent.start, span.start - _ROLE_WINDOW), min(sent.end, span.end + _ROLE_WINDOW)
    out: set[str] = set()
    for t in body[lo:hi]:
        if t.is_alpha and not (span.start <= t.i < span.end):
            out.update((t.lower_, t.lemma_.lower()))
    return out
