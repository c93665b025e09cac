"""Passes on a speech verb's subject that is, or sits beside, a name: "Jo Li said" (named-subject), "an aide,
Jo Li, said" (apposition), an untagged surname seen before (alias), an organisation's initials (acronym), a
second speech verb sharing the first one's subject, a subject that is no noun; and the medium a speaker
told (:func:`medium_of`).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from tasks.entities import MAX_AGE, is_clean_full_name
from tasks.models import Entity, Speaker
from tasks.quote_context import OBJECT_DEPS, SUBJECT_DEPS, Context, subject_of, trim
from tasks.speakers.antecedents import _age_in, _sole_subject_before
from tasks.speakers.documents import _document_noun, _from_or_by, _through_document
from tasks.speakers.people import (
    _given_and_surname,
    _kin_given_name,
    _name_shaped,
    _noun_gender,
    _unnamed_on_request,
    untagged_name,
)
from tasks.speakers.references import _known_gender
from tasks.speakers.sieve import (
    DATELINE_DASHES,
    VETO,
    Answer,
    Ask,
    _in_dateline,
    _phrase,
    _speaker_of,
    resolve_speaker,
)


def _title_alone(a: Ask) -> Answer:
    """spk28: '"...," said Sgt. Dana Reyes': the parse took the title, its full stop split off, for the
    subject and the name after it for another: the person named right after the title speaks, not "Sgt"."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.pos_ not in {"PROPN", "NOUN"} or ctx.entity(subj) is not None:
        return None
    word, after = subj.lower_, subj.i + 1
    if after < len(ctx.tokens) and ctx.tokens[after].text == ".":
        word, after = word + ".", after + 1
    if after >= len(ctx.tokens) or (word not in ctx.cues.titles and word.rstrip(".") not in ctx.cues.titles):
        return None
    ent = ctx.entity(ctx.tokens[after])
    if ent is None or ent.label != "PERSON" or ent.start != ctx.tokens[after].idx:
        return None
    return _speaker_of(ctx.unguessed(ent))


def _named_subject(a: Ask) -> Answer:
    """'"...," Jo Li said': the subject is a named entity."""
    if _reported_place(a):
        return VETO
    if _dateline_apposition(a) is not None:
        return None  # "STOCKHOLM (AP) — Nordel said": the place is tagged, but the apposition pass speaks
    ent = a.ctx.entity(a.subj) if a.subj is not None else None
    if ent is None and a.subj is not None and a.subj.pos_ == "PRON":
        # "Mr Bez - himself a former executive - said": the parse hung the name on the pronoun as a compound
        named = (a.ctx.entity(c) for c in a.subj.children if c.dep_ == "compound" and c.i < a.subj.i)
        ent = next((e for e in named if e is not None and e.label == "PERSON"), None)
    # '"...," said the Italian': one person described by nationality, an epithet for the one person who is
    # a subject just before; no such person: the description as written
    if (
        a.subj is not None
        and (ent is not None or a.subj.pos_ in {"NOUN", "PROPN"})
        and _nationality_epithet(
            a.subj, None if ent is not None and ent.label == "NORP" else a.ctx.cues.demonym_nouns
        )
        and (person := _sole_subject_before(a.ctx, a.subj)) is not None
    ):
        return _described(a, person)
    if ent is not None and a.subj is not None and _describes_apposed(ent, a.subj):
        # "One red-state Democrat, Sen. Jo Li, said": the affiliation describes the person set beside it;
        # "Her GP, Dr Jo Li, said": so does a common noun the model tagged as an organisation.
        for child in a.subj.children:
            person = a.ctx.entity(child) if child.dep_ == "appos" else None
            if person is not None and person.label == "PERSON":
                return _speaker_of(a.ctx.unguessed(person))
    if ent is not None and _title_initials(a.ctx, a.subj):
        return None  # lead25b: "the CFO" after "Chief Financial Officer Andrea Kwan": a title, the role's
    if ent is not None and ent.label == "GPE" and a.subj is not None and _longer_name(a.subj, ent.canonical):
        return None  # "Transport Scotland said" with only "Scotland" tagged: a body, not the place
    if ent is not None and a.subj is not None and (person := _person_of_body(a.ctx, a.subj, ent)) is not None:
        return _speaker_of(a.ctx.unguessed(person))
    return _speaker_of(a.ctx.unguessed(ent)) if ent is not None else None


_OF_BODY = frozenset({"of", "at", "from"})


def _person_of_body(ctx: Context, subj: Token, ent: Entity) -> Entity | None:
    """'Economist Jo Li of Kell University said': the parse made the organisation the subject and hung the
    person on it; a person named in the subject's phrase right before "of"/"at"/"from" and the
    organisation is who speaks, the body only where the person works."""
    if ent.label not in {"ORG", "GPE"}:
        return None
    first = min((t.i for t in subj.subtree if ctx.ent_of.get(t.i) is ent), default=subj.i)
    if first - 2 < subj.left_edge.i or ctx.tokens[first - 1].lower_ not in _OF_BODY:
        return None
    person = ctx.ent_of.get(first - 2)
    return person if person is not None and person.label == "PERSON" else None


def _nationality_epithet(subj: Token, demonyms: frozenset[str] | None = None) -> bool:
    """Whether a nationality word is a singular noun with "the" of its own ("said the Italian", "the
    Brazilian added"): a person, not the nation or its people ("the Dutch said", "Italians"). ``demonyms``:
    for a word the model did not tag as a nationality, the lexicon's nouns for one person of a nation ("the
    Pole", "the Frenchman"); the word must be one of them."""
    if demonyms is not None:
        if subj.lemma_.lower() not in demonyms or subj.i == 0:
            return False
        before = subj.doc[subj.i - 1]
        if before.lower_ != "the" and _is_age(subj, before):
            before = subj.doc[subj.left_edge.i]  # "the 29-year-old Scot"
        return before.lower_ == "the"
    return (
        subj.tag_ in ("NN", "NNP")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        # "the South African" is one nationality; "the young Italian" is more than an epithet, "the
        # 52-year-old Swede" is not (an age is the wire's usual way not to repeat a name)
        and not any(
            c.dep_ in ("compound", "amod") and c.ent_type_ != "NORP" and not _is_age(subj, c)
            for c in subj.children
        )
        and not subj.lower_.endswith(("sh", "ch", "ese"))  # "the Dutch", "the French", "the Chinese"
    )


def _is_age(head: Token, child: Token) -> bool:
    """Whether ``child`` is the "old" of an age on ``head`` ("the 52-year-old Swede")."""
    return child.lower_ == "old" and _age_in(head) is not None


def _describes_apposed(ent: Entity, subj: Token) -> bool:
    """Whether the subject's entity only describes the person set beside it: an affiliation (NORP), or an
    "organisation" on a common noun or owned by a person ("her GP"), which names no body of its own."""
    if ent.label == "NORP":
        return True
    owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subj.children)
    return ent.label == "ORG" and (subj.pos_ == "NOUN" or owned)


def _reported_place(a: Ask) -> bool:
    """Whether ``named-subject`` vetoes 'A spokesperson said the United States condemned the attack "in
    the strongest terms"': a partial quote whose verb lies in what someone else reports, with a country or
    city as that verb's subject. A place speaks only through someone, and here the one who speaks is the
    reporter, whose words the marks may be as well: no speaker rather than the place (session 14, own
    fresh articles)."""
    if a.cand is None or a.cand.kind != "partial" or a.subj is None:
        return False
    ent = a.ctx.entity(a.subj)
    return ent is not None and ent.label == "GPE" and _reported_within(a)


_AGE_AFTER_NAME = re.compile(r",\s*(\d{1,3}),")


def _introduced_with_another_age(ctx: Context, person: str, age: str | None, before: int) -> bool:
    """spk24a: whether the person was named before ``before`` with an age between commas ("Jo Li, 45,") other
    than ``age``."""
    for _, _, ent in ctx.named[: bisect.bisect_left(ctx.named_starts, before)]:
        found = _AGE_AFTER_NAME.match(ctx.text, ent.end) if ent.canonical == person else None
        if found is not None and found.group(1) != age:
            return True
    return False


def _coordinated_speech(a: Ask) -> Answer:
    """'Jo Li said it was too early but added, "..."': the parse joins the second speech verb to the clause
    the first reports, and lends it that clause's subject ("it"); a speech verb that follows what another
    reports is that reporter's, so the first verb's subject speaks."""
    subj, cue, ctx = a.subj, a.cue, a.ctx
    if subj is None or cue is None or cue.dep_ != "conj" or subj.head.i == cue.i:
        return None
    clause = cue.head
    if clause.dep_ != "ccomp" or subj.head.i != clause.i or not ctx.is_cue(clause.head):
        return None
    reporter = subject_of(clause.head, ctx.quote_of)
    if reporter is None or reporter.i == subj.i:
        return None
    return resolve_speaker(ctx, reporter, clause.head, a.history, a.max_lookback)


def _dateline_subject(a: Ask) -> Answer:
    """ "TORONTO — Maple Leaf Foods said ...": the parser makes the dateline's upper-case place the subject
    and the name after the dash its apposition. A place opening the body's line is never who speaks (the
    entities leave it untagged): the apposed phrase is the subject, read as a speech verb's subject would be.
    None when the subject is no dateline."""
    app = _dateline_apposition(a)
    if app is None:
        return None
    return resolve_speaker(a.ctx, app, a.cue, a.history, a.max_lookback, anchor=a.anchor, cand=a.cand) or VETO


def _dateline_apposition(a: Ask) -> Token | None:
    """The phrase set after the dash beside a dateline's place that the parse made the subject; None when
    the subject is no dateline."""
    subj, ctx = a.subj, a.ctx
    if subj is None or not subj.text.isupper() or not subj.text.isalpha() or ctx.quote_of[subj.i] >= 0:
        return None
    first = next(iter(subj.subtree))
    if first.idx > 0 and ctx.text[: first.idx].rstrip(" \t")[-1:] not in {"", "\n"}:
        return None  # not the start of a line
    dash = next((c for c in subj.children if c.text in DATELINE_DASHES), None)
    if dash is None:
        # "SAN FRANCISCO (Reuters) - Nordalis Semiconductor ... said": the parse hangs the dash and the
        # name after it on the agency in brackets, itself set beside the place.
        for agency in (
            c for c in subj.children if c.dep_ == "appos" and c.i > 0 and ctx.tokens[c.i - 1].text == "("
        ):
            dash = next((c for c in agency.children if c.text in DATELINE_DASHES), None)
            if dash is not None:
                return next((c for c in agency.children if c.dep_ == "appos" and c.i > dash.i), None)
        # spk25b: "LONDON (Reuters) - Sainsbury's said": or on the name after it, set beside the place
        return next(
            (
                c
                for c in subj.children
                if c.dep_ == "appos" and any(t.text in DATELINE_DASHES for t in ctx.tokens[subj.i + 1 : c.i])
            ),
            None,
        )
    # After the dash: "STOCKHOLM (AP) — Nordel said" sets the agency in brackets beside the place as well.
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > dash.i), None)


def _apposition(a: Ask) -> Answer:
    """ "an aide, Jo Li, said", "the U.N. agency ..., UNRWA, said": a name set beside the subject; beside a
    dateline's place, whatever phrase is set there (see :func:`_dateline_subject`)."""
    if (dateline := _dateline_subject(a)) is not None:
        return dateline
    app = _apposed_name(a.ctx, a.subj) if a.subj is not None else None
    if app is None or a.subj is None:
        return None
    if _document_noun(a.ctx, a.subj):
        return _through_document(_phrase(a.ctx, a.subj), _speaker_of(app))  # "TransLink's statement"
    return _couple(a.ctx, app) or _speaker_of(app)


def _couple(ctx: Context, first: Entity) -> Speaker | None:
    """lead25b: "Jordan's parents, Simon and Leanne Whitlock, said": a given name joined by "and" to the next
    person's full name, both set beside the subject, speak together; the two names are the speaker."""
    span = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(ctx.doc) or ctx.doc[span.end].lower_ != "and":
        return None
    second = ctx.ent_of.get(span.end + 1)
    if second is None or second.label != "PERSON" or first.label != "PERSON" or " " in first.text:
        return None
    text = ctx.text[first.start : second.end]
    return Speaker(text=text, canonical=text, start=first.start, end=second.end)


def _alias(a: Ask) -> Answer:
    """'"...," Sinclair writes.' with "Sinclair" untagged (or tagged as a common noun) this time."""
    subj = a.subj
    if subj is None or not subj.text[:1].isupper() or subj.pos_ == "PRON":
        return None
    if _title_initials(a.ctx, subj):
        return None
    alias = a.ctx.alias.get(subj.text)
    if alias is None and untagged_name(a.ctx, subj):
        alias = a.ctx.person_by_given_name(subj.text, subj.idx)  # spk23a: "Emeka said" after "Emeka Okafor"
    if alias is None or _longer_name(subj, alias.canonical):
        return None
    return Speaker(text=subj.text, canonical=alias.canonical, start=subj.idx, end=subj.idx + len(subj.text))


def _title_initials(ctx: Context, subj: Token | None) -> bool:
    """lead25b: whether the subject is the initials of a title a person was named with ("the CFO" after
    "Chief Financial Officer Andrea Kwan"): the ``role`` pass's to resolve, no organisation's name."""
    return (
        subj is not None and subj.text.isupper() and len(subj.text) > 1 and subj.text.lower() in ctx.role_of
    )


def _longer_name(subj: Token, canonical: str) -> bool:
    """ "Transport Scotland said" where only "Scotland" was tagged: the subject's own name has a proper-noun
    word before it that the alias lacks, so it names something else than the alias does."""
    words = set(canonical.split())
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text not in words for c in subj.lefts)


ACRONYM_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "de"})


def _acronym(a: Ask) -> Answer:
    """'The World Health Organization said ... "...," WHO said': capital initials of the one organisation
    named before with those initials, even when the model reads them as a word ("WHO" as "who")."""
    subj, ctx = a.subj, a.ctx
    if subj is None or not (subj.text.isupper() and subj.text.isalpha() and len(subj.text) >= 2):
        return None
    if (ent := ctx.entity(subj)) is not None and ent.label != "ORG":
        return None
    found = {
        e.canonical: e
        for _, _, e in ctx.named[: bisect.bisect_left(ctx.named_starts, subj.idx)]
        if e.label == "ORG" and _initials(e.canonical) == subj.text and e.canonical != subj.text
    }
    if len(found) != 1:
        return None
    (org,) = found.values()
    end = subj.idx + len(subj.text)
    return Speaker(text=subj.text, canonical=org.canonical, start=subj.idx, end=end)


def _initials(name: str) -> str:
    """ "World Health Organization" -> "WHO" (linking words left out)."""
    return "".join(w[0] for w in name.split() if w.lower() not in ACRONYM_LINKS and w[:1].isupper())


def _not_a_noun(a: Ask) -> Answer:
    """A subject that is neither a noun nor a name (a misparse) speaks for no one."""
    if a.subj is not None and _told_hearing(a.ctx, a.subj):
        return VETO  # "Jury told farmer 'lay in wait'": the headline's passive, the jury the one told
    if a.subj is not None and _unnamed_appositive(a.subj) is not None:
        return None  # "One of them, a porter who asked not to be named, said": ``anonymous-source``
    return VETO if a.subj is not None and a.subj.pos_ not in {"NOUN", "PROPN"} else None


def _told_hearing(ctx: Context, subj: Token) -> bool:
    """Whether a bare body that hears evidence, with no article, is the subject of "told" ("Jury told ...",
    "Inquest told ..."): a headline's passive ("the jury told the judge" is no such case)."""
    return (
        subj.head.lemma_.lower() == "tell"
        and subj.lemma_.lower() in ctx.cues.hearing_nouns
        and not any(c.dep_ in {"det", "poss"} for c in subj.children)
    )


def _described(a: Ask, person: Entity | None) -> Answer:
    if person is None or a.subj is None or _other_gender(a.ctx, a.subj, person.canonical):
        return None
    age = _age_in(a.subj)
    if age is not None and _introduced_with_another_age(a.ctx, person.canonical, age, a.subj.idx):
        return None  # spk24a: "Jo Li, 58," is not "the 71-year-old lollipop lady"
    phrase = _phrase(a.ctx, a.subj)
    return Speaker(text=phrase.text, canonical=person.canonical, start=phrase.start, end=phrase.end)


def _other_gender(ctx: Context, noun: Token, person: str) -> bool:
    """spk24a: whether a word for a man or a woman ("the lollipop lady", "the widower") describes a person the
    article or the given name tells is of the other gender ("Neil Ord"): never that person's epithet."""
    gender = _noun_gender(ctx, noun.lemma_.lower())
    known = _known_gender(ctx, person)
    return gender is not None and known is not None and known != gender


def _unnamed_appositive(subj: Token) -> Token | None:
    """r2s24a: "Li's neighbour, a nurse who asked not to be named, said": the description set beside the
    subject, kept anonymous at the person's request, is who speaks (someone new, not the person whose
    neighbour it is); the parse may hang it on any word of a split subject ("co-worker")."""
    phrase = [t for t in subj.subtree if t.i < subj.head.i] if subj.head.i > subj.i else list(subj.subtree)
    return next(
        (t for t in phrase if t.dep_ == "appos" and t.tag_ == "NN" and _unnamed_on_request(t)),
        None,
    )


def _reported_within(a: Ask) -> bool:
    """Whether the speech verb lies in the words another speaker reports: in 'Li said the agency had asked
    for "technical changes"' the quote marks are Li's, though "the agency" is the subject of "asked"."""
    cue, ctx = a.cue, a.ctx
    if cue is None or cue.dep_ != "ccomp" or not ctx.is_cue(cue.head) or ctx.quote_of[cue.head.i] >= 0:
        return False
    outer = subject_of(cue.head, ctx.quote_of)
    return outer is not None and outer.i != (a.subj.i if a.subj is not None else -1)


def _title_joined_name(ctx: Context, subj: Token) -> Entity | None:
    """ "Acme president and chief executive Jo Walsh said": two titles joined before one name, which the parse
    reads as the first title coordinated with the name. The name's own words between "and" and the name must
    hold a noun (a second title, "chief executive"); "the president and Jo Walsh" stays two speakers."""
    for conj in subj.children:
        if conj.dep_ != "conj" or (ent := ctx.entity(conj)) is None or ent.label != "PERSON":
            continue
        first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if first is None:
            continue
        between = ctx.tokens[subj.i + 1 : first.start]
        if not between or between[0].dep_ != "cc" or between[0].lower_ != "and":
            continue
        words = between[1:]
        if (
            words
            and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.head.i >= t.i for t in words)
            and any(t.pos_ == "NOUN" for t in words)
        ):
            return ent
    return None


def _joined_title(token: Token, subj: Token) -> bool:
    """Whether ``token`` is a common noun coordinated with the title ``subj`` by "and" ("president and chief
    executive"), so that a name right after it names the one person holding both."""
    return (
        token.dep_ == "conj"
        and token.head.i == subj.i
        and token.pos_ == "NOUN"
        and any(c.dep_ == "cc" and c.lower_ == "and" and c.i < token.i for c in subj.children)
    )


def _role_apposed(ctx: Context, token: Token, subj: Token) -> bool:
    """ "Outside court, the trust's chair, Jo Li, said" (parsed with "court" the subject): a person's name
    apposed to a person's title that is itself apposed to the subject names the one who speaks."""
    head = token.head
    lemma = head.lemma_.lower()
    return (
        (ent := ctx.entity(token)) is not None
        and ent.label == "PERSON"
        and head.i != subj.i
        and head.dep_ == "appos"
        and head.head.i == subj.i
        and (lemma in ctx.cues.source_nouns or lemma in ctx.cues.person_nouns)
    )


def _name_after_office(ctx: Context, subj: Token) -> Entity | None:
    """ "director of rugby Rob Baxter said": the name that ends the "of" phrase of a person's title, after
    the field the title is of, is who holds it. A kinship or gendered noun ("the mother of victim Jo Li")
    or a person noun before the name ("of victim") names someone else."""
    cues = ctx.cues
    if subj.lemma_.lower() in cues.male_nouns | cues.female_nouns:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    ent = ctx.entity(pobj) if pobj is not None else None
    if of is None or pobj is None or ent is None or ent.label != "PERSON":
        return None
    field = [t for t in ctx.tokens[of.i + 1 : pobj.i + 1] if t.idx < ent.start]
    people = cues.person_nouns | cues.source_nouns | cues.role_nouns
    if not field or any(
        t.pos_ not in {"NOUN", "PROPN"} or t.i in ctx.ent_of or t.lemma_.lower() in people for t in field
    ):
        return None
    return ent


def _person_token(ctx: Context, token: Token) -> bool:
    return (ent := ctx.ent_of.get(token.i)) is not None and ent.label == "PERSON"


def _titled_name_between_commas(ctx: Context, subj: Token) -> Entity | None:
    """ "Her co-author, Fisheries and Oceans Canada research scientist Martin Leclerc, said": a person's name
    with a title word straight before it, set off by commas between a role subject and its verb, is who holds
    the role, however the parse hangs it (an organisation's "and" makes it a coordination). Only the one
    comma-bounded phrase right after the subject and right before the verb; a name after "and" ("the mayor,
    the chief and Jo Li said") has no title before it and names someone else."""
    verb = subj.head
    if subj.dep_ not in SUBJECT_DEPS or verb.i <= subj.i + 3 or ctx.tokens[subj.i + 1].text != ",":
        return None
    if ctx.tokens[verb.i - 1].text != ",":
        return None
    last = ctx.tokens[verb.i - 2]
    ent = ctx.ent_of.get(last.i)
    first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent is not None else None
    if ent is None or ent.label != "PERSON" or first is None or first.end != last.i + 1:
        return None
    if first.start - 1 <= subj.i + 1:
        return None
    between = ctx.tokens[subj.i + 2 : first.start]
    if any(t.text in {",", ";", "(", ")"} or _person_token(ctx, t) for t in between):
        return None
    cues = ctx.cues
    title = ctx.tokens[first.start - 1]
    people = cues.person_nouns | cues.source_nouns | cues.role_nouns
    if title.pos_ != "NOUN" or (title.lemma_.lower() not in people and title.lower_ not in ctx.title_words):
        return None
    return ent


def _set_beside(token: Token, subj: Token) -> bool:
    """Whether ``token`` is set beside ``subj`` in apposition: so parsed, or read as a conjunct of a
    singular common noun with no conjunction ("Another objector, farmer Tom Ellery, told": the parse's
    list of one, which a conjunction-less pair of a noun and a name never is)."""
    if token.dep_ == "appos":
        return True
    return (
        token.dep_ == "conj"
        and token.head.i == subj.i
        and subj.tag_ == "NN"
        and token.i > subj.i + 1
        and subj.doc[subj.i + 1].text == ","
        and not any(c.dep_ in {"cc", "preconj"} for c in subj.children)
        and sum(c.dep_ == "conj" for c in subj.children) == 1
    )


def _aged(token: Token) -> bool:
    """Whether a name is followed by an age set off by commas ("Kerry Lane, 34,"): a person's, whatever the
    model tagged the name (a street, a firm)."""
    return any(
        c.dep_ == "appos" and c.like_num and c.text.isdigit() and 0 < int(c.text) < MAX_AGE and c.i > token.i
        for c in token.children
    )


def _name_of_body(ctx: Context, ent: Entity, token: Token) -> bool:
    """ "Her representative, Jordan Vail of Meridian Talent,": one organisation tagged over a person's name
    and the body she works for; the words up to "of" read as a name (:func:`_name_shaped`'s test)."""
    first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if first is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    name = ctx.doc[first.start : token.i + 1]
    return 2 <= len(name) <= 3 and all(
        t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in ctx.lower_words for t in name
    )


def _apposed_name(ctx: Context, subj: Token) -> Entity | None:
    """A name set off by commas or brackets in apposition: "the U.N. agency ..., UNRWA," or "an aide, Jo Li,".

    The name must fit the head: a person for a source noun ("official"), an organisation for an institution,
    either for a head the lexicon does not know.
    """
    lemma = subj.lemma_.lower()
    role = lemma in ctx.cues.source_nouns or lemma in ctx.cues.person_nouns
    wanted = {"PERSON"} if role else {"ORG"}
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns | cues.media_nouns
    unknown = lemma not in institution | cues.document_nouns
    # "Keeper of the Seal, Jo Li,": a title the lexicon does not know; "Maynard's barrister, Alison Frey,": a
    # role it does not know (no group or institution either).
    if unknown and (subj.pos_ == "PROPN" or (not role and lemma not in cues.speaker_nouns)):
        wanted = {"PERSON", "ORG"}
    for token in subj.subtree:
        if (
            role
            and token.dep_ == "oprd"
            and token.head.dep_ == "acl"
            and token.head.lemma_.lower() in {"name", "call"}
            and (ent := ctx.entity(token)) is not None
            and ent.label == "PERSON"
        ):
            return ent  # "an official named Jo Li told reporters"
        if not _set_beside(token, subj) or (ent := ctx.entity(token)) is None or _in_dateline(token):
            continue
        person_shaped = (
            (ent.label == "ORG" and _name_shaped(ctx, ent))
            # lead25c: "The chef Marco Lane wrote": a given name and a surname read as a street (FAC)
            or (ent.label in {"ORG", "FAC"} and _given_and_surname(ctx, ent.canonical))
        ) or (ent.label in {"ORG", "FAC"} and (_aged(token) or _name_of_body(ctx, ent, token)))
        # "The NDP's education critic, Chandra Pasma,": one of a group's members ("critics said") is a person
        member = (
            ent.label == "PERSON"
            and subj.tag_ == "NN"
            and lemma in cues.speaker_nouns
            and lemma not in cues.organisation_nouns | cues.media_nouns | cues.place_bodies
            and is_clean_full_name(ent.canonical)
        )
        if (
            ent.label not in wanted
            and not member
            and not (role and person_shaped)
            and not _role_apposed(ctx, token, subj)
            and not _kin_given_name(ctx, subj, token, ent)
        ):
            continue  # "Maynard's barrister, Nadia Frey,": a person, though the model tagged her ORG
        first = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if first is None or first.start == 0:
            continue
        # "an aide, Jo Li,"; with no comma, a name straight after the head that fits it: "rookie defenceman
        # Caleb Jones", "the news agency AFP". A title the name left out stands between: "its head of
        # research, Dr Sarah Mills,".
        before = first.start - 1
        while (
            before > subj.i
            and ctx.tokens[before].head.i in range(first.start, first.end)
            and (ctx.tokens[before].lower_.rstrip(".") in ctx.title_words)
        ):
            before -= 1
        if ctx.tokens[before].text in {",", "("} or before == subj.i:
            return ent
        # "An aide, senior adviser Jo Li, said": the name's own description before it, set off by the
        # comma that opens the apposition (nouns and adjectives only, no clause).
        lead = ctx.tokens[token.left_edge.i : first.start]
        if (
            lead
            and token.left_edge.i - 1 > subj.i
            and ctx.tokens[token.left_edge.i - 1].text in {",", "("}
            and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in lead)
            # "..., Labour MP Barry Sheerman": a party and a title the parser reads as names
            and any(t.pos_ == "NOUN" or t.lower_.rstrip(".") in ctx.title_words for t in lead)
        ):
            return ent
        # "Acme president and chief executive Jo Walsh": the name straight after a second title joined to
        # the head, which the parse hangs on the first.
        if role and _joined_title(ctx.tokens[first.start - 1], subj):
            return ent
    # lead25b: "The broadcaster and naturalist Simon Achterberg": a word that may also name a body ("the
    # broadcaster" after the BBC) joined to a second title before a name is that person's title too
    if (role or subj.tag_ == "NN") and (ent := _title_joined_name(ctx, subj)) is not None:
        return ent
    if role and (ent := _name_after_office(ctx, subj)) is not None:
        return ent
    if role and (ent := _titled_name_between_commas(ctx, subj)) is not None:
        return ent
    if lemma in ctx.cues.document_nouns:
        # "a statement from the EU", "TransLink's statement": the author speaks through the document.
        for child in subj.children:
            if child.dep_ == "poss" and (ent := ctx.entity(child)) is not None:
                return ent
            if _from_or_by(child):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (ent := ctx.entity(pobj)) is not None:
                    return ent
    return None


def medium_of(ctx: Context, verb: Token) -> str | None:
    """The news medium a speaker told: ``told Agence France-Presse (AFP)``, ``speaking to Reuters``."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for prep in verb.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ in {"to", "with"}:
            objects.extend(c for c in prep.children if c.dep_ == "pobj")
    for obj in objects:
        tokens = list(obj.subtree)
        names = {t.text for t in tokens} | {e.text for t in tokens if (e := ctx.ent_of.get(t.i)) is not None}
        if obj.lemma_.lower() in ctx.cues.media_nouns or names & ctx.cues.media_outlets:
            last = tokens[-1]
            end = last.idx + len(last.text)
            opened = sum(t.text == "(" for t in tokens) - sum(t.text == ")" for t in tokens)
            if opened > 0 and last.i + 1 < len(ctx.tokens) and ctx.tokens[last.i + 1].text == ")":
                end = ctx.tokens[last.i + 1].idx + 1
            start, end = trim(ctx.text, tokens[0].idx, end)
            return ctx.text[start:end]
    return None
