"""The speechless-head pass: a speech verb whose parsed subject is a noun that cannot speak ("the ire of
Justice Hale, who said ...", "That view, Hale continued, suggests ..."), where the sentence itself names who
does: the named "of"-object the "who" follows, or the subject of the parenthetical speech verb.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from tasks.cues import ReportingVerbs
from tasks.quote_context import Context, subject_of
from tasks.speakers.antecedents import AGENT_ENDINGS
from tasks.speakers.sieve import VETO, Answer, Ask, resolve_speaker

_RELATIVE_PERSON = frozenset({"who"})


@lru_cache(maxsize=4)
def _speaking_nouns(cues: ReportingVerbs) -> frozenset[str]:
    """Every noun the lexicon knows for someone or something that speaks or is quoted: people, roles, bodies,
    media, documents and messages, relations and kin (built once per lexicon, not per quote)."""
    return frozenset(
        cues.source_nouns
        | cues.person_nouns
        | cues.role_nouns
        | cues.male_nouns
        | cues.female_nouns
        | cues.speaker_nouns
        | cues.organisation_nouns
        | cues.media_nouns
        | cues.document_nouns
        | cues.plural_document_nouns
        | cues.event_documents
        | cues.message_nouns
        | cues.utterance_nouns
        | cues.kin_nouns
        | cues.relation_nouns
        | cues.commentator_nouns
        | cues.demonym_nouns
        | cues.proxy_nouns
        | cues.unnamed_source_nouns
        | cues.defendant_nouns
        | cues.position_nouns
        | cues.work_nouns
        | cues.place_bodies
        | cues.hearing_nouns
    )


def cannot_speak(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` is a common noun no entity covers, with no name compounded on it, that the lexicon
    knows for no speaker (person, body, medium or document) and that names no doer ("viewer", "activist"):
    a thing or a feeling ("ire", "view")."""
    if noun.pos_ != "NOUN" or ctx.entity(noun) is not None or ctx.quote_of[noun.i] >= 0:
        return False
    if any(c.pos_ == "PROPN" or ctx.entity(c) is not None for c in noun.lefts):
        return False
    lemma = noun.lemma_.lower()
    if lemma in ctx.role_of or lemma.endswith(AGENT_ENDINGS):
        return False
    known = _speaking_nouns(ctx.cues)
    return lemma not in known and noun.lower_ not in known


def _speechless_head(a: Ask) -> Answer:
    """spk28 (r2s28): the speaker the sentence names for a subject that cannot speak (:func:`cannot_speak`):
    in "drew the ire of Justice Hale who said ..." the parse hangs the "who" clause on "ire", though "who"
    follows the "of"-object, the one who speaks; in "That view, Hale continued, suggests ..." the subject
    of the parenthetical speech verb is whose account the clause is. Any other answer would name the thing,
    so a reading that finds no one vetoes."""
    subj, cue, ctx = a.subj, a.cue, a.ctx
    if subj is None or cue is None or not cannot_speak(ctx, subj):
        return None
    holder: tuple[Token, Token | None] | None = _of_object_before_who(ctx, subj, cue)
    if holder is None and cue.lemma_.lower() not in ctx.cues.agent_speech_verbs:
        # spk29: "The opposition, Hale said, argued that ...": a subject that argues is someone who speaks
        # (a body the lexicon does not know), whose view the parenthetical speaker only relays
        holder = _parenthetical_subject(ctx, subj, cue)
    if holder is None:
        return None
    speaker, verb = holder
    if cannot_speak(ctx, speaker):
        return VETO
    return resolve_speaker(ctx, speaker, verb, a.history, a.max_lookback) or VETO


def _of_object_before_who(ctx: Context, head: Token, cue: Token) -> tuple[Token, None] | None:
    """The object of a preposition on ``head`` that the relative "who" of the speech verb's clause follows
    (past a comma): "the ire of Justice Hale(,) who said"."""
    if cue.dep_ != "relcl" or cue.head.i != head.i:
        return None
    who = next((c for c in cue.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PERSON), None)
    if who is None or who.i < 2:
        return None
    k = who.i - 1 if ctx.tokens[who.i - 1].text != "," else who.i - 2
    obj = ctx.tokens[k]
    while obj.dep_ in {"compound", "flat"} and obj.head.i > obj.i:
        obj = obj.head
    if obj.i != k or obj.dep_ != "pobj" or obj.head.dep_ != "prep" or obj.head.head.i != head.i:
        return None
    return obj, None


def _parenthetical_subject(ctx: Context, subj: Token, cue: Token) -> tuple[Token, Token] | None:
    """The subject of a speech verb set between ``subj`` and its verb as an aside ("That view, Hale
    continued, suggests"), and that verb."""
    if subj.i > cue.i:
        return None
    for aside in cue.children:
        if (
            aside.dep_ != "parataxis"
            or not subj.i < aside.i < cue.i
            or aside.lemma_.lower() not in ctx.cues.verbs
        ):
            continue
        speaker = subject_of(aside, ctx.quote_of)
        if speaker is not None and subj.i < speaker.i < aside.i:
            return speaker, aside
    return None
