"""Passes on a subject that is a word for an organisation: "the agency" or "the company" for the one
organisation last named that fits (organisation-noun, untagged-organisation, :func:`_last_org`), and "the
police", "the ministry", "the province" for an institution the lexicon knows.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from tasks.models import Entity, Speaker
from tasks.quote_context import SUBJECT_DEPS, Context
from tasks.speakers.antecedents import _playing_position
from tasks.speakers.descriptions import _description
from tasks.speakers.documents import MAX_ORG_LOOKBACK
from tasks.speakers.people import _reported_pronouns
from tasks.speakers.sieve import SOURCE_PREPOSITIONS, VETO, Answer, Ask, Veto, _in_dateline, _phrase

MAX_ORG_SCAN = 200  # names looked through for "the commission" (bounds the work on long articles)


def _apposed_org(ctx: Context, noun: Token) -> Entity | None:
    """r2s25b: "Lantern Films, the studio behind the series, said ..." then "the studio said": the one
    organisation set before in apposition with "the" and this noun is who it stands for; two: no guess."""
    lemma = noun.lemma_.lower()
    named: set[str] = set()
    found: Entity | None = None
    for t in ctx.tokens[: noun.i]:
        if t.dep_ != "appos" or t.pos_ != "NOUN" or t.lemma_.lower() != lemma or ctx.quote_of[t.i] >= 0:
            continue
        if t.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
            continue
        ent = ctx.ent_of.get(t.head.i)
        if ent is not None and ent.label == "ORG":
            named.add(ent.canonical)
            found = ent
    return found if len(named) == 1 else None


def _untagged_organisation(a: Ask) -> Answer:
    """spk26b: "Airbnb praised the veto. '...,' the company said": a bare "the company" (an organisation noun
    of the lexicon) right after a sentence whose subject is a proper noun the model tagged as nothing (no
    given name the lexicon knows, outside quotes, in that sentence or the one before) is that name; the last
    ORG tagged further back ("the Legislature", a live blog's "GMT") is not the one meant. A person or an
    organisation named between them leaves it to the passes after."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ == "NNS":
        return None
    if head.lemma_.lower() not in ctx.cues.organisation_nouns:
        return None
    p = _phrase(ctx, head)
    if len(p.tokens) != 2 or p.tokens[0].lower_ != "the":
        return None
    here = ctx.csent(head)
    for tok in reversed(ctx.tokens[: p.tokens[0].i]):
        if here - ctx.csent(tok) > 1:
            return None
        ent = ctx.ent_of.get(tok.i)
        if ctx.quote_of[tok.i] >= 0 or (ent is not None and ent.label not in {"ORG", "PERSON", "NORP"}):
            continue
        if ent is not None or tok.ent_type_ in {"ORG", "PERSON"}:
            return None  # someone named nearer: the passes after decide
        name = _untagged_subject_name(ctx, tok)
        if name is not None:
            return Speaker(text=p.text, canonical=name, start=p.start, end=p.end)
    return None


def _untagged_subject_name(ctx: Context, tok: Token) -> str | None:
    """The name of a clause's subject made of capitalised proper nouns the model tagged as nothing ("Network
    Rail says"), with no given name the lexicon knows among them; None otherwise."""
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    words = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    if words[0].i + len(words) - 1 != tok.i:
        return None  # not one run of words
    if any(not w.text[:1].isupper() or w.ent_type_ or ctx.cues.given_name(w.text) for w in words):
        return None
    return " ".join(w.text for w in words)


def _organisation_noun(a: Ask) -> Answer:
    """ "the agency", "the commission": the organisation last named (see :func:`_last_org`)."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN":
        return None
    p = _phrase(ctx, head)
    origin = [t for t in p.body if t.i != head.i]
    if p.tokens[0].lower_ != "the" or head.tag_ == "NNS":
        return None  # "the firms" are several organisations, not the one last named
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None  # "The charity Harlow Research Fund said": named right there, not the one named before
    if (apposed := _apposed_org(ctx, head)) is not None:
        return Speaker(text=p.text, canonical=apposed.canonical, start=p.start, end=p.end)
    country = _of_a_country(ctx, origin)
    if not (country or _of_a_trade(ctx, head, origin)):
        # "the sheriff's office" after "the Fresno County Sheriff's Office": words of the name, not another
        named = _last_org(ctx, head)
        if isinstance(named, Entity) and _words_of_its_name(named, origin, head):
            return Speaker(text=p.text, canonical=named.canonical, start=p.start, end=p.end)
        return None  # "the rival carmaker" is another one
    if head.dep_ == "nsubj" and _reported_pronouns(head.head, SUBJECT_DEPS | {"nsubjpass"}):
        return None  # "The game maker says he has one problem": a person
    lemma = head.lemma_.lower()
    org = _last_org(ctx, head)
    if isinstance(org, Veto):
        return VETO
    if (
        origin
        and org is not None
        and not _only_org_in_reach(ctx, head, org)
        and (country or not _sole_org_earlier_in_sentence(ctx, head, org))
    ):
        return None  # "the German carmaker" after two companies: the nationality may tell them apart
    if org is not None and _another_org_so_named(ctx, head, org):
        return None  # "the University of Bristol ... the University of Lagos ... the university said": either
    # "according to media buying company GroupM ... the company wrote": a speaker described with the same
    # noun after the organisation was named is the one meant.
    spoke = next(
        (m for m in reversed(a.history) if m.spoke and m.head == lemma and m.pos < head.idx),
        None,
    )
    if org is None or (spoke is not None and spoke.pos > org.start):
        return None
    return Speaker(text=p.text, canonical=org.canonical, start=p.start, end=p.end)


def _words_of_its_name(org: Entity, words: list[Token], head: Token) -> bool:
    """Whether a description is the organisation's name in lower case, shortened from the front ("the
    sheriff's office" for the "Fresno County Sheriff's Office")."""
    name = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in org.canonical.split()]
    own = [t.lower_ for t in words if t.tag_ != "POS" and not t.is_punct] + [head.lower_]
    return bool(words) and len(own) < len(name) and name[-len(own) :] == own


def _of_a_country(ctx: Context, words: list[Token]) -> bool:
    """Whether the words before an organisation noun say only where it is from ("the German carmaker", "the
    U.S. drugmaker"), or there are none ("the company")."""
    return all(
        ((ent := ctx.entity(t)) is not None and ent.label in {"NORP", "GPE"}) or _place_based(ctx, t)
        for t in words
    )


def _place_based(ctx: Context, token: Token) -> bool:
    """spk25b: "the Denver-based lender": the hyphen and "based" after a place say only where it is from."""
    doc = token.doc
    if token.lower_ == "based" and token.i >= 2 and doc[token.i - 1].text == "-":
        place = ctx.entity(doc[token.i - 2])
        return place is not None and place.label in {"GPE", "LOC"}
    return token.text == "-" and token.i + 1 < len(doc) and _place_based(ctx, doc[token.i + 1])


def _of_a_trade(ctx: Context, head: Token, words: list[Token]) -> bool:
    """Whether the words before an organisation noun name only its trade, as nouns compounded with it and
    their own modifiers ("the electric-car maker", "the iron ore miner"), none of them a name; a word on
    the noun itself ("the rival carmaker", "the smaller lender") sets it apart from the one last named."""
    chain = {head.i}
    for t in sorted(words, key=lambda t: -t.i):
        if t.dep_ == "compound" and t.head.i in chain and t.pos_ == "NOUN" and ctx.entity(t) is None:
            chain.add(t.i)
    return bool(words) and all(
        t.i in chain
        or (
            t.head.i in chain
            and t.head.i != head.i
            and (t.is_punct or t.pos_ == "ADJ" or _trade_participle(t))
        )
        for t in words
    )


def _trade_participle(token: Token) -> bool:
    """A past participle modifying a trade's noun ("the packaged-food maker", "the refined-sugar
    producer"): part of the trade, as an adjective is."""
    return token.dep_ == "amod" and token.tag_ == "VBN"


def _sole_org_earlier_in_sentence(ctx: Context, head: Token, org: Entity) -> bool:
    """Whether ``org`` is named before ``head`` in its sentence and no other organisation is ("Tesla rose
    after the electric-car maker said"): the trade describes the company the sentence is about."""
    lo = ctx.sent_bounds[ctx.sent_of[head.i]][0]
    named = [ent for _, i, ent in ctx.named if lo <= i < head.i and ent.label == "ORG"]
    return bool(named) and all(ent.canonical == org.canonical for ent in named)


def _only_org_in_reach(ctx: Context, head: Token, org: Entity) -> bool:
    """Whether ``org`` is the only organisation named within ``MAX_ORG_LOOKBACK`` content sentences before
    ``head``."""
    here = ctx.csent(head)
    last = bisect.bisect_left(ctx.named_starts, head.idx) - 1
    for k in range(last, max(last - MAX_ORG_SCAN, -1), -1):
        _, i, ent = ctx.named[k]
        if here - ctx.csent(ctx.tokens[i]) > MAX_ORG_LOOKBACK:
            break
        if ent.label == "ORG" and ent.canonical != org.canonical and not _in_dateline(ctx.tokens[i]):
            return False  # a dateline's agency ("NEW YORK (Reuters) -") is the writer's, never the one meant
    return True


def _institution(a: Ask) -> Answer:
    """ "the police", "the ministry", "the network": a word the lexicon knows for an institution; "the
    province says": a place speaking as its government."""
    if a.subj is None:
        return None
    cues = a.ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns | cues.media_nouns
    institution = institution | cues.place_bodies
    if a.subj.lemma_.lower() not in institution or _playing_position(a.ctx, a.subj):
        return None
    found = _description(a)
    if found is not None and _speaks_as_one(a):
        # 'The team posted a video: "I'm back."': a player's words the body passes on; a body says "we"
        return VETO
    return found


SINGULAR_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})


def _speaks_as_one(a: Ask) -> bool:
    """Whether a direct quote says "I", "me" or "my" (outside any quote within it)."""
    cand = a.cand
    if cand is None or cand.kind != "direct":
        return False
    span = a.ctx.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    inner = a.ctx.quote_of[span.start] if len(span) else -1
    return any(
        t.pos_ == "PRON" and t.lower_ in SINGULAR_FIRST_PERSON and a.ctx.quote_of[t.i] == inner for t in span
    )


def _last_org(ctx: Context, head: Token) -> Entity | Veto | None:
    """The organisation "the commission" refers to: the last ORG named outside quotes with the noun in its
    name ("the Police Commission"); for a generic organisation noun ("the agency", "the company"), failing
    that, the last ORG named at most ``MAX_ORG_LOOKBACK`` sentences back, or a veto when an untagged name
    after it may be the one meant.

    A news outlet counts only for a media noun ("the network"): "told CNN" names no speaker.
    """
    here = ctx.csent(head)
    lemma = head.lemma_.lower()
    generic = lemma in ctx.cues.organisation_nouns
    nearest: Entity | None = None
    passed: Entity | None = None  # a nearer organisation the sentence it is named in is about
    last = bisect.bisect_left(ctx.named_starts, head.idx) - 1
    for k in range(last, max(last - MAX_ORG_SCAN, -1), -1):
        _, i, ent = ctx.named[k]
        if not _an_organisation(ctx, ent):
            continue
        if _spelled_in(lemma, ent.canonical, ctx.cues.spellings):
            if passed is not None and passed.canonical != ent.canonical:
                # spk29 (issue 13): "The Bank of England raised rates. HSBC said ... . '...,' the bank
                # said": the name with "bank" in it is one bank, the subject named since may be another
                return None
            return ent
        if passed is None and _subject_org_in_reach(ctx, i, ent, lemma, here):
            passed = ent
        if (
            generic
            and nearest is None
            and here - ctx.csent(ctx.tokens[i]) <= MAX_ORG_LOOKBACK
            and _may_be_called(ctx, lemma, ent)
            and not _commentator_workplace(ctx, i, ent)
        ):
            nearest = ent
            if _untagged_org_after(ctx, i, ent, head):
                return VETO
            if _listed_with_others(ctx, i, ent):
                return None  # "two airlines, Skyrail and Northjet, ... the airline said": either
    if ctx.cues.noun_kind(lemma) in ctx.cues.named_kinds:
        # "Slavia Ostrava wished him well. '...,' the club said": a club the model took for a person may be
        # the one meant, so the club named before is no safe guess past such a subject, nor out of reach.
        if nearest is not None and _untagged_club_subject(ctx, nearest, head):
            return None
        if nearest is None and generic:
            # r2s24b: "the union said" paragraphs after "the United Steelworkers": the one body of that kind
            # the article named before, however far back (its name says its kind; two such: no guess)
            sole = _sole_org_before(ctx, head, lemma, last)
            return None if sole is None or _untagged_club_subject(ctx, sole, head) else sole
        return nearest
    if nearest is None and generic:
        return _sole_org_before(ctx, head, lemma, last)
    return nearest


def _subject_org_in_reach(ctx: Context, i: int, ent: Entity, lemma: str, here: int) -> bool:
    """Whether the organisation named at token ``i`` is a speech verb's subject outside quotes, within
    ``MAX_ORG_LOOKBACK`` content sentences of ``here``, that the noun may stand for (its name says no kind of
    its own): a body that speaks in the story ("HSBC said"), not a dateline's agency, a name in passing or
    one that only acts ("Delta Shipping Ltd. sent a letter")."""
    tok = ctx.tokens[i]
    if here - ctx.csent(tok) > MAX_ORG_LOOKBACK or ctx.quote_of[i] >= 0 or _in_dateline(tok):
        return False
    span = ctx.doc.char_span(ent.start, ent.end or ent.start, alignment_mode="expand")
    root = span.root if span is not None else tok
    if root.dep_ not in SUBJECT_DEPS or not ctx.is_cue(root.head) or not _may_be_called(ctx, lemma, ent):
        return False
    # a name that says its own kind ("Delta Shipping Ltd.") is not what "the commission" may mean; a bare
    # name ("HSBC") may be a bank as well
    kinds = (
        ctx.cues.organisation_kind(name.lower().replace(".", "").split())
        for name in (ent.text, ent.canonical)
    )
    return not any(kinds) and ctx.described_kind.get(ent.canonical) is None


def _untagged_club_subject(ctx: Context, org: Entity, head: Token) -> bool:
    """Whether the subject of a sentence between the club ``org`` and "the club" is a name of two or more
    words, not the club, that is no organisation and opens with no given name the lexicon knows: a club the
    model read as a person or a place ("Slavia Ostrava wished him well")."""
    for tok in ctx.tokens[: head.i]:
        if tok.idx < (org.end or 0) or tok.dep_ not in SUBJECT_DEPS or ctx.quote_of[tok.i] >= 0:
            continue
        ent = ctx.ent_of.get(tok.i)
        if ent is None or ent.canonical == org.canonical or _an_organisation(ctx, ent):
            continue
        words = ent.canonical.split()
        if len(words) > 1 and ent.label != "ORG" and not ctx.cues.given_name(words[0]):
            return True
    return False


def _sole_org_before(ctx: Context, head: Token, lemma: str, last: int) -> Entity | None:
    """ "A judge fined Brightline Construction ... (six sentences on the hearing) ... 'We will appeal,' the
    company said": with no organisation in reach, the one organisation the article named before (of no
    other kind than the noun says, not a news outlet, not listed with others) is the one meant. Two or
    more: no guess."""
    found: Entity | None = None
    for k in range(last, max(last - MAX_ORG_SCAN, -1), -1):
        _, i, ent = ctx.named[k]
        if not _an_organisation(ctx, ent) or not _may_be_called(ctx, lemma, ent):
            continue
        if _commentator_workplace(ctx, i, ent):
            continue
        if found is not None and ent.canonical != found.canonical:
            return None
        if _listed_with_others(ctx, i, ent) or _untagged_org_after(ctx, i, ent, head):
            return None
        found = ent
    return found


def _an_organisation(ctx: Context, ent: Entity) -> bool:
    """An ORG, or a company the model tagged otherwise (:func:`_company_named_otherwise`)."""
    return ent.label == "ORG" or _company_named_otherwise(ctx, ent)


def _may_be_called(ctx: Context, lemma: str, ent: Entity) -> bool:
    """Whether a generic organisation noun ("the company", "the network") may stand for ``ent``: a news
    outlet only for a media noun ("told CNN" names no speaker), and no organisation of another kind."""
    return (ent.text not in ctx.cues.media_outlets or lemma in ctx.cues.media_nouns) and not _other_kind(
        ctx, lemma, ent
    )


def _spelled_in(word: str, name: str, spellings: frozenset[tuple[str, str]]) -> bool:
    """Whether a name holds the word, in either spelling ("centre" in "Data Center")."""
    words = name.lower().split()
    return word in words or any((word, w) in spellings or (w, word) in spellings for w in words)


def _company_named_otherwise(ctx: Context, ent: Entity) -> bool:
    """ "Halvorsen Mining", "Brightwell Stores" tagged a person or a place: a name of two or more words that
    ends with a word of organisation names (``organisation_kinds``) is an organisation, whatever the tag."""
    words = ent.canonical.lower().replace(".", "").split()
    if ent.label not in {"PERSON", "GPE"} or len(words) < 2:
        return False
    return ctx.cues.organisation_kind(words[-1:]) is not None


def _commentator_workplace(ctx: Context, i: int, ent: Entity) -> bool:
    """spk25b: whether the organisation ``ent`` (at token ``i``) is named only as where someone works "at" or
    "with" ("Tom Reilly, an analyst at Barclays", "an economist with ING"): the bank of an analyst who
    comments on the story, not the company the story is about, which a later "the company said" means.
    Only for those who comment from outside (``commentator_nouns``): "executives at Acme" are Acme's own."""
    end = ent.end or 0
    tokens = [t for t in ctx.tokens[i:] if t.idx < end] or [ctx.tokens[i]]
    inside = range(tokens[0].i, tokens[-1].i + 1)
    root = next((t for t in tokens if t.head.i == t.i or t.head.i not in inside), tokens[0])
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"at", "with"}:
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.cues.commentator_nouns


def _listed_with_others(ctx: Context, i: int, ent: Entity) -> bool:
    """Whether the organisation ``ent`` (at token ``i``) is named in a list with other names ("Skyrail and
    Northjet", "Acme, Borex and Cyma"): a later "the airline" then fits each of them, whatever the model
    tagged the others, so the last named is no safe guess."""
    end = ent.end or 0
    tokens = [t for t in ctx.tokens[i:] if t.idx < end] or [ctx.tokens[i]]
    inside = range(tokens[0].i, tokens[-1].i + 1)
    # "Procter & Gamble" is one name: only a conjunct outside the entity is another organisation
    root = next((t for t in tokens if t.head.i == t.i or t.head.i not in inside), tokens[0])
    linked = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        linked.append(root.head)
    return any(t.pos_ == "PROPN" and t.i not in inside and ctx.quote_of[t.i] < 0 for t in linked)


def _another_org_so_named(ctx: Context, head: Token, org: Entity) -> bool:
    """Whether an organisation other than ``org`` with the noun in its name was named before "the
    university" too: the noun then fits two bodies, and the last named is no safer a guess than the other."""
    lemma = head.lemma_.lower()
    if lemma not in org.canonical.lower().split():
        return False
    last = bisect.bisect_left(ctx.named_starts, head.idx) - 1
    for k in range(last, -1, -1):
        _, _, ent = ctx.named[k]
        if ent.label == "ORG" and ent.canonical != org.canonical and lemma in ent.canonical.lower().split():
            return True
    return False


def _other_kind(ctx: Context, lemma: str, ent: Entity) -> bool:
    """Whether "the agency" (or "the company") cannot mean ``ent`` because its name says it is the other kind
    of organisation: "The FDA said the recall covers pills made by Corvane Pharmaceuticals. The agency said"
    means the regulator, though the drugmaker was named last."""
    wanted = ctx.cues.noun_kind(lemma)
    if wanted is None:
        return False
    kind = ctx.cues.organisation_kind(ent.canonical.lower().replace(".", "").split())
    kind = kind or ctx.described_kind.get(ent.canonical)
    if lemma in ctx.cues.kind_named_nouns or wanted in ctx.cues.named_kinds:
        # "the force", "the club": only a body whose name says it is one ("Westshire Police", "Harlow
        # Rovers"); a "research team" is no company named before
        return kind != wanted
    return kind is not None and kind != wanted


def _untagged_org_after(ctx: Context, i: int, ent: Entity, head: Token) -> bool:
    """Whether a proper noun the model tagged as nothing, named as the source or author of something ("a
    study by TransLink", "a letter from Acme"), stands between the organisation ``ent`` (at token ``i``) and
    "the agency": "... the Langley SkyTrain ... a study by TransLink. The agency said" may mean the untagged
    name, so the nearest tagged one is no safe referent."""
    for tok in ctx.tokens[i : head.i]:
        if (
            tok.idx >= (ent.end or 0)
            and tok.pos_ == "PROPN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in SOURCE_PREPOSITIONS
            and tok.text[:1].isupper()
            and not tok.ent_type_
            and tok.i not in ctx.ent_of
            and ctx.quote_of[tok.i] < 0
        ):
            return True
    return False
