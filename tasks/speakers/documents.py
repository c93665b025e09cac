"""A document as speaker: "the report said" speaks for whoever issued it (:func:`_document`,
:func:`document_in`), "her letter" for its owner, "a statement e-mailed by Jo Li" for its sender; a
document with no issuer in sight speaks for no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.models import Entity, Speaker
from tasks.quote_context import OBJECT_DEPS, Context, content_sentences_back, previous_content, subject_of
from tasks.speakers.references import _resolve_pronoun
from tasks.speakers.sieve import VETO, Answer, Ask, Phrase, _phrase, _speaker_of, resolve_speaker

PERSONAL_POSSESSIVES = frozenset({"his", "her", "my", "your"})


MAX_ORG_LOOKBACK = 3  # content sentences back that "the agency" may look for its organisation


PARTY_DOCUMENTS = frozenset({"filing", "complaint"})  # documents parties file with a body, not its own
# Words that say what kind of document it is, not who issued it: "a police news release", "the union's press
# statement" (spk17).
DOCUMENT_KIND_WORDS = frozenset({"news", "press"})


def _own_document(a: Ask) -> Answer:
    """ "his release", "her letter": a person's own (a release from jail), no issued document."""
    subj = a.subj
    if subj is None or subj.lemma_.lower() not in a.ctx.cues.document_nouns:
        return None
    return VETO if any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in subj.children) else None


def _document_owner(a: Ask) -> Answer:
    """ "Li wrote to the council. ... Her letter said": a document a person's "his"/"her" owns speaks for
    that person, the possessive resolved as "he"/"she" would be. "His release" (from jail) is no document
    of his (``event_documents``), nor is one whose owner the pronoun does not find."""
    subj, ctx = a.subj, a.ctx
    lemma = subj.lemma_.lower() if subj is not None else ""
    if subj is None or lemma not in ctx.cues.document_nouns or lemma in ctx.cues.event_documents:
        return None
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
    if poss is None or ctx.quote_of[poss.i] >= 0:
        return None
    owner = _resolve_pronoun(ctx, poss, None, a.history, a.max_lookback, anchor=a.anchor)
    return _through_document(_phrase(ctx, subj), owner) if owner is not None else None


def _document_issuer(a: Ask) -> Answer:
    """ "a statement e-mailed by Jo Li", "a complaint filed by prosecutors": who issued it speaks."""
    subj = a.subj
    if subj is None or not _document_noun(a.ctx, subj):
        return None
    issuer = _issuer(a.ctx, subj)
    found = resolve_speaker(a.ctx, issuer, None, a.history, a.max_lookback) if issuer is not None else None
    return _through_document(_phrase(a.ctx, subj), found) if found is not None else None


def _document_noun(ctx: Context, noun: Token) -> bool:
    """Whether ``noun`` names a document that speaks for its issuer: a document noun, or one that does only
    in the plural ("figures from the ONS"; "a senior Labour figure" is a person)."""
    lemma = noun.lemma_.lower()
    return lemma in ctx.cues.document_nouns or (
        lemma in ctx.cues.plural_document_nouns and noun.tag_ == "NNS"
    )


def _document(a: Ask) -> Answer:
    """ "the Associated Press report said": a document speaks for the organisation or person named in its
    phrase. A document with no issuer in sight ("a tweet last week said", "reports said") is no speaker:
    the reader wants who issued it, and the document's name would be a wrong speaker."""
    head, ctx = a.subj, a.ctx
    if head is None or not _document_noun(ctx, head):
        return None
    p = _phrase(ctx, head)
    for token in p.body:
        ent = ctx.ent_of.get(token.i)
        if token.i != head.i and ent is not None and ent.label in {"PERSON", "ORG"}:
            return _through_document(p, _speaker_of(ctx.unguessed(ent)))
    owner = _owning_noun(ctx, head)
    if owner is not None and (found := resolve_speaker(ctx, owner, None, a.history, a.max_lookback)):
        return _through_document(p, found)
    issuer = _issued_before(ctx, head)
    if issuer is not None and (found := resolve_speaker(ctx, issuer, None, a.history, a.max_lookback)):
        return _through_document(p, found)
    body = _issuing_body(ctx, p, head)
    if body is not None:
        return Speaker(text=p.text, canonical=body, start=p.start, end=p.end)
    if p.definite and (body := _issuing_body_before(ctx, head)) is not None:
        return Speaker(text=p.text, canonical=body, start=p.start, end=p.end)
    if p.definite and (cited := _outlet_just_cited(ctx, head)) is not None:
        return Speaker(text=p.text, canonical=cited.canonical, start=p.start, end=p.end)
    return VETO


def _outlet_just_cited(ctx: Context, head: Token) -> Entity | None:
    """ "..., according to the Financial Times. The paper said ...": "the paper" (a word for a news outlet,
    ``media_nouns``) is the one organisation the sentence before cites as its source ("according to")."""
    if head.lemma_.lower() not in ctx.cues.media_nouns:
        return None
    prev = previous_content(ctx, ctx.sent_of[head.i])
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    cited = {
        ent.canonical: ent
        for t in ctx.tokens[lo:hi]
        if t.dep_ == "pobj"
        and t.head.lower_ == "to"
        and t.head.i > 0
        and ctx.tokens[t.head.i - 1].lower_ == "according"
        and (ent := ctx.entity(t)) is not None
        and ent.label == "ORG"
    }
    return next(iter(cited.values())) if len(cited) == 1 else None


def _issuing_body_before(ctx: Context, head: Token) -> str | None:
    """ "... recommended in a staff report. The report said ...": "the report" is the one just mentioned, and
    a body named in that mention's own phrase (a compound institution noun) issued it. The nearest earlier
    mention of the same document noun, up to ``MAX_ORG_LOOKBACK`` content sentences back; only when it is
    the one such mention there (two reports: no guess)."""
    lemma = head.lemma_.lower()
    lo = content_sentences_back(ctx, ctx.sent_of[head.i], MAX_ORG_LOOKBACK)
    earlier = [
        t
        for t in ctx.tokens[ctx.sent_bounds[lo][0] : head.i]
        if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and ctx.quote_of[t.i] < 0
    ]
    if len(earlier) != 1:
        return None
    return _issuing_body(ctx, _phrase(ctx, earlier[0]), earlier[0])


def _owning_noun(ctx: Context, head: Token) -> Token | None:
    """ "The union's tweet said", "the ministry's report said": a noun that owns the document (a possessive,
    not "his"/"her", which ``document-owner`` reads) issued it; read as a speech verb's subject, so "the
    union" goes to the body named before, or stays a description, as it would saying the words itself.
    "The inmate's release" (``event_documents``) is no document of his."""
    if head.lemma_.lower() in ctx.cues.event_documents:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in {"NOUN", "PROPN"} or ctx.quote_of[owner.i] >= 0:
        return None
    return owner


def _issuing_body(ctx: Context, p: Phrase, head: Token) -> str | None:
    """ "The parole board decision said": a body that issues documents named in the document's own phrase
    (a compound ending in an institution noun), as the speaker's ``canonical``; the reader wants the body,
    and its description is all the article gives."""
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns - cues.source_nouns) | cues.organisation_nouns
    compound = [t for t in p.body if t.i < head.i and t.dep_ == "compound" and t.head.i in {head.i, t.i + 1}]
    end = head.i
    # "a police news release": the kind of document ("news") stands between the body and the document.
    while compound and compound[-1].i == end - 1 and compound[-1].lower_ in DOCUMENT_KIND_WORDS:
        end = compound.pop().i
    if not compound or compound[-1].i != end - 1 or compound[-1].lemma_.lower() not in institution:
        return None
    if head.lemma_.lower() in PARTY_DOCUMENTS:
        return None  # "a court filing" is filed by a party to the case, not by the court
    return " ".join(t.text for t in compound)


def _through_document(p: Phrase, issuer: Speaker) -> Speaker:
    """ "The release said": the words of the attribution ("The release") as the speaker's text, the issuer
    as who speaks (``canonical``), as for any description resolved to a name."""
    return issuer.model_copy(update={"text": p.text, "start": p.start, "end": p.end, "rule": None})


def _issued_before(ctx: Context, head: Token) -> Token | None:
    """ "The league issued a release. The release said ...": the subject of an issuing verb whose object is
    the same document noun (or the agent of one whose passive subject it is: "a release was sent by"; of
    an issuing participle: "a report released by"; or the subject of a speech verb the document is the
    medium of: "The league said in a release"), in the document's sentence (before it) or up to
    ``MAX_ORG_LOOKBACK`` content sentences back; the nearest wins."""
    lemma = head.lemma_.lower()
    sent = ctx.sent_of[head.i]
    lo = content_sentences_back(ctx, sent, MAX_ORG_LOOKBACK)
    acts = {verb for noun, verb in ctx.cues.document_verbs if noun == lemma}
    # "a poll by Leger ... The survey found": the other word for the same document, for a definite one.
    same = {lemma}
    if _phrase(ctx, head).definite:
        same |= {b for a, b in ctx.cues.same_documents if a == lemma}
        same |= {a for a, b in ctx.cues.same_documents if b == lemma}
    if (own := _issuer_of_own_verb(ctx, head)) is not None:
        return own
    for token in reversed(ctx.tokens[ctx.sent_bounds[lo][0] : head.i]):
        if ctx.quote_of[token.i] >= 0:
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in acts:
            # "The court ruled ... . The ruling said": who did the act issued its document.
            subj = subject_of(token, ctx.quote_of)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
        if token.lemma_.lower() not in same:
            continue
        if (speaker := _spoken_in(ctx, token) or _issued_by(ctx, token)) is not None:
            return speaker
        verb = token.head
        if verb.lemma_.lower() not in ctx.cues.issue_verbs:
            continue
        subj = subject_of(verb, ctx.quote_of) if token.dep_ in OBJECT_DEPS else None
        if token.dep_ == "nsubjpass":
            subj = _passive_issuer(verb)  # "An email was sent by (or from) the director."
        if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
            return subj
    return None


def _issuer_of_own_verb(ctx: Context, document: Token) -> Token | None:
    """ "Li's office released a statement saying ...": the document that speaks is itself the object of an
    issuing verb, whose subject issued it."""
    verb = document.head
    if document.dep_ not in OBJECT_DEPS or verb.lemma_.lower() not in ctx.cues.issue_verbs:
        return None
    subj = subject_of(verb, ctx.quote_of)
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None


def _spoken_in(ctx: Context, document: Token) -> Token | None:
    """ "The bank said in a release that ...": the subject of the speech verb a document is the medium of
    ("in" the document); the same document said again later is that subject's."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    if verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        # lead25b: "In a statement read to the court by Mr Fenwick, her son, Graham Tilley, said": the agent
        # read the statement out; its writer is the subject of the speech verb the reading hangs on
        outer = verb.head
        if outer.i == verb.i or not ctx.is_cue(outer):
            return None
        subj = subject_of(outer, ctx.quote_of)
        return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None
    subj = subject_of(prep.head, ctx.quote_of)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if ctx.is_cue(prep.head):
        return subj
    # "Rui Costa thanked Mendes in a statement": whatever a named person or body did in a document, it
    # issued that document.
    ent = ctx.ent_of.get(subj.i)
    if ent is not None and ent.label in {"PERSON", "ORG"}:
        return subj
    # r2s24c: "Mr Hale's family paid tribute in a statement": a word for those who speak, owned by someone
    # named, is as much the document's issuer as a name would be.
    owned = any(
        c.dep_ == "poss" and (e := ctx.ent_of.get(c.i)) is not None and e.label in {"PERSON", "ORG"}
        for c in subj.children
    )
    return subj if owned and subj.lemma_.lower() in ctx.cues.speaker_nouns else None


def _issued_by(ctx: Context, document: Token) -> Token | None:
    """ "A report released Monday by the auditor general found ...": the agent of an issuing participle
    that modifies the document; "a motion by Li's lawyers": the object of its own "by" (or "from")."""
    for child in document.children:
        if _from_or_by(child):  # "research from the University of Leeds": as a document's own "by"
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
                return pobj
        if child.dep_ == "acl" and child.lemma_.lower() in ctx.cues.issue_verbs:
            agent = _passive_issuer(child)
            if agent is not None and agent.pos_ in {"NOUN", "PROPN"}:
                return agent
    return None


def _passive_issuer(verb: Token) -> Token | None:
    """Who issued a document that is the passive subject of ``verb``: the agent ("was sent by X"), or the
    object of "from" ("was sent from X")."""
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def document_in(ctx: Context, cue: Token) -> Token | None:
    """The document a speech verb says its subject spoke in: "wrote in a recent report" -> "report"."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.lemma_.lower() in ctx.cues.document_nouns
                and ctx.quote_of[pobj.i] < 0
            ):
                return pobj
    return None


def _issuer(ctx: Context, document: Token) -> Token | None:
    """Who issued a document, when its phrase says: "a statement from X", "a report by X", "a complaint
    filed by X", "a survey, which was conducted by X," (a participle or relative clause of an issuing verb
    with an agent; "obtained by X" names no author). A pronoun does not count ("his release" is no press
    release)."""
    for child in document.children:
        by: Token | None = None
        if _from_or_by(child):
            by = child
        elif (
            child.dep_ in {"acl", "relcl"}  # "a study conducted by X", "a study, which was conducted by X,"
            and child.tag_ in {"VBN", "VBD"}  # a participle after its noun is often tagged as a past tense
            and child.lemma_.lower() in ctx.cues.issue_verbs
        ):
            by = next((c for c in child.children if c.dep_ == "agent"), None)
        if by is None:
            continue
        pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"}:
            return pobj
    return _set_off_source(document)


def _set_off_source(document: Token) -> Token | None:
    """spk26b: "The report, by the Office of Inspector General, said": a "by"/"from" phrase set off by a
    comma right after the document noun names its author, though the model hangs it on the verb."""
    doc = document.doc
    if document.i + 2 >= len(doc) or doc[document.i + 1].text != ",":
        return None
    by = doc[document.i + 2]
    if by.dep_ != "prep" or by.lower_ not in {"from", "by"} or by.head.i != document.head.i:
        return None
    pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
    return pobj if pobj is not None and pobj.pos_ in {"NOUN", "PROPN"} else None


def _from_or_by(token: Token) -> bool:
    """ "from"/"by" after a document noun: "a statement from the EU", "a report by the agency"."""
    return token.dep_ == "prep" and token.lower_ in {"from", "by"}
