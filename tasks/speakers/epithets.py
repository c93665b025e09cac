"""Passes on a subject that is an epithet for someone introduced or quoted nearby: "the Republican", "the
46-year-old" (nominal-adjective), "the left back" with the very words of an introduction, "the senator from
Ohio" among several senators, "the rookie defenceman" after the player's quote, a person named in the next
sentence, "the band" for the band introduced, and a noun whose clause does nothing but attribute the quote.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from spacy.tokens import Token

from tasks.introductions import MAX_TITLE_WORDS, description_words
from tasks.models import Entity, Speaker
from tasks.quote_context import OBJECT_DEPS, SUBJECT_DEPS, Context, Mention
from tasks.speakers.antecedents import (
    _age_in,
    _apposed_to,
    _describes_one,
    _epithet,
    _named_beside,
    _person_noun,
    _sole_subject_before,
    _word_used_for_another,
)
from tasks.speakers.descriptions import (
    MIN_STEM,
    _description,
    _family_of,
    _introduced_as,
    _new_referent,
    _qualifier_words,
    _same_word,
    _title_holders,
)
from tasks.speakers.documents import _document_noun
from tasks.speakers.organisations import MAX_ORG_SCAN, _apposed_org
from tasks.speakers.people import _given_who_clause, _title_words, untagged_name
from tasks.speakers.sieve import VETO, Answer, Ask, Veto, _phrase, _phrase_end, _touches
from tasks.speakers.subjects import _described, _nationality_epithet, _other_gender, _unnamed_appositive

MAX_RECENT_SPEAKER = 3  # content sentences back a bare "the academic" may look for the person last quoted


MIN_PLACE = 4  # letters of a country's name that may open its people's word ("Iran" / "Iranian")


INTRO_BEFORE = 3  # words before a name that may introduce it ("Republican pollster Jo Li")
INTRO_AFTER = 6  # words after a name that may introduce it ("Jo Li, a Democrat from Ohio,")


def _nominal_adjective(a: Ask) -> Answer:
    """ "the Republican said", "said the 46-year-old": an affiliation or an age standing for a person is
    the person introduced with it ("Republican pollster Jo Li", "Jo Li, a Republican from Ohio",
    "Jo Li, 46,"); an age no one was introduced with is the one person a subject just before (as an
    epithet), else stays a description; an affiliation goes on to ``named-subject``."""
    subj, ctx = a.subj, a.ctx
    # "the" on the word itself, or on the verb when the model read "the 52-year-old said" as det, amod, verb
    owner = subj.head if subj is not None and subj.dep_ == "amod" and subj.head.pos_ == "VERB" else subj
    if (
        subj is None
        or owner is None
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
    ):
        return None
    age = _age_in(subj)
    if age is not None:
        aged = re.compile(rf",\s*{age},")
        person = _introduced(ctx, subj, lambda k, e: aged.match(ctx.text, e.end) is not None)
        if person is None and subj.lower_ != "old":
            return None  # "the 52-year-old chief executive" no one was introduced with: the title's passes
        # No one introduced with that age: in sports and wire copy "the 22-year-old" is the person the
        # sentence (or the one before) is about, as for any epithet.
        person = person or _sole_subject_before(ctx, subj)
        return _described(a, person) if person is not None else _description(a)
    ent = ctx.ent_of.get(subj.i)
    if ent is None or ent.label != "NORP" or subj.tag_ != "NNP":
        return None
    stem = subj.lower_[:MIN_STEM] if len(subj.lower_) > MIN_STEM else subj.lower_
    person = _introduced(ctx, subj, lambda k, e: _said_with(ctx, k, e, stem))
    # No one introduced with the affiliation: "the New York Democrat told reporters" right after "Chuck
    # Schumer said ..." is Schumer, as for any epithet (the word alone names no one who speaks).
    if person is None and _nationality_epithet(subj):
        return None  # "said the Italian": named-subject reads a nationality
    return _described(a, person or _sole_subject_before(ctx, subj))


def _introduced(ctx: Context, subj: Token, test: Callable[[int, Entity], bool]) -> Entity | None:
    """The nearest PERSON named before ``subj`` (outside quotes) for whom ``test`` holds."""
    k = bisect.bisect_left(ctx.named_starts, subj.idx) - 1
    for start, i, ent in reversed(ctx.named[max(0, k - MAX_ORG_SCAN) : k + 1]):
        if ent.label == "PERSON" and start < subj.idx and test(i, ent):
            return ent
    return None


def _said_with(ctx: Context, i: int, ent: Entity, stem: str) -> bool:
    """Whether a word starting with ``stem`` stands next to the name at token ``i`` in its sentence, in the
    phrase that introduces it ("Republican pollster Jo Li", "Jo Li, a Democrat from Ohio,"), with no
    other person named there."""
    lo, hi = ctx.sent_bounds[ctx.sent_of[i]]
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    last = span.end if span is not None else i + 1
    window = ctx.tokens[max(lo, i - INTRO_BEFORE) : min(hi, last + INTRO_AFTER)]
    others = any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" and e.canonical != ent.canonical
        for t in window
    )
    # a plural ("said Democrats would own it") is a party in what the person says, not the person's own
    return not others and any(
        (t.lower_.startswith(stem) or _place_of(ctx, t, stem)) and ctx.quote_of[t.i] < 0 and t.tag_ != "NNPS"
        for t in window
    )


def _place_of(ctx: Context, token: Token, demonym: str) -> bool:
    """ "Kenya's Ruth Chebet" for "the Kenyan", "Ethiopia's" for "the Ethiopian": a country named beside a
    name whose word (or all of it but a final vowel or y) opens the affiliation."""
    ent = ctx.ent_of.get(token.i)
    word = token.lower_
    if ent is None or ent.label != "GPE" or len(word) < MIN_PLACE or word == demonym:
        return False
    return demonym.startswith(word) or (word[-1] in "aey" and demonym.startswith(word[:-1]))


def _adjective_epithet(a: Ask) -> Answer:
    """spk26b: '"...," the Vermont independent said': the model may read the last word of a place-and-party
    epithet as an adjective; with "the" and a place or a people before it, the phrase is a person's, read as
    an epithet (the one person a subject just before, as in :func:`_epithet`), not a misparse that names no
    one."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.pos_ != "ADJ" or subj.dep_ != "nsubj":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    placed = any(
        c.i < subj.i and (ent := ctx.ent_of.get(c.i)) is not None and ent.label in {"GPE", "NORP"}
        for c in subj.children
    )
    if not placed:
        return None
    found = _sole_subject_before(ctx, subj)
    return None if found is None or _named_beside(ctx, subj, found.canonical) else _described(a, found)


def _epithet_pass(a: Ask) -> Answer:
    """ "Jo Li scored late. ... said the rookie defenceman": see :func:`_epithet`; failing that, a bare
    "the academic" a few sentences after the person last quoted (:func:`_recent_speaker`)."""
    if a.subj is None or a.subj.pos_ != "NOUN":
        return None
    if (own := _named_in_own_phrase(a.ctx, a.subj)) is not None:
        # r2s24b: "The chair of judges, the historian Jo Li, called it": the phrase names its person
        return _described(a, own) if isinstance(own, Entity) else None
    if a.subj.lemma_.lower() in a.ctx.cues.defendant_nouns:
        return _described(a, _the_defendant(a.ctx, a.subj))
    family = _family_of(a.ctx, a.subj)
    if family is not None and any(
        t.pos_ in {"NOUN", "PROPN"} and _family_ending_at(a.ctx, t) == family
        for t in a.ctx.tokens[: a.subj.i]
    ):
        # "the prosecutor" after "U.S. Attorney Dana Reyes" (hers to judge: introduced-as), after
        # "prosecutors" or a prosecutor named only in a quote: not the one just quoted
        return None
    found = _described(a, _epithet(a.ctx, a.subj, a.history))
    person = _recent_speaker(a.ctx, a.subj, a.history) if found is None else None
    if person is not None and not _other_gender(a.ctx, a.subj, person):
        p = _phrase(a.ctx, a.subj)
        return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)
    return found


def _past_occupation_epithet(a: Ask) -> Answer:
    """spk26b: 'Sen. Jo Li said ... . The former Army officer added that ...': a definite word for a source
    ("officer", "official") with a modifier of a past occupation ("former", "retired") is no insider speaking
    unnamed but the history of the one person a subject just before (as an epithet); not when someone was
    brought in with that word before ("a former official, who asked not to be named, ...")."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or ctx.quote_of[subj.i] >= 0:
        return None
    lemma = subj.lemma_.lower()
    p = _phrase(ctx, subj)
    if lemma not in ctx.cues.source_nouns or p.tokens[0].lower_ != "the":
        return None
    if not any(t.lower_ in ctx.cues.past_occupation for t in p.body):
        return None
    if any(m.head == lemma and m.pos < subj.idx for m in a.history) or any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in p.body
    ):
        return None
    found = _sole_subject_before(ctx, subj)
    return None if found is None or _named_beside(ctx, subj, found.canonical) else _described(a, found)


def _qualified_holder(a: Ask) -> Answer:
    """spk27b: "Sen. Mark Dillard, a Republican from Ohio, ... Sen. Rachel Boyce, a Democrat from Vermont,"
    then "the senator from Ohio said", "the Democratic senator countered"; "Riverside coach Tom Baker" and
    "Lakeview coach Sam Ortiz" then "the Riverside coach said": a description whose noun (or its family) two
    or more people hold is the one of them whose own phrases (title, apposition, "of"/"from" phrase, what the
    person does to whom, "represents Ben Fox") carry every capitalised word that qualifies the description
    (a place, a party, a team, a client: "the lawyer for Fox", "Tran's lawyer"). Never the last-named holder
    by default: none or two who fit give nothing here. "The other senator" of exactly two holders is the one
    not named last before it."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or ctx.quote_of[head.i] >= 0:
        return None
    p = _phrase(ctx, head)
    if not p.tokens or (p.tokens[0].lower_ != "the" and not any(t.dep_ == "poss" for t in head.children)):
        return None  # "the senator from Ohio", "Tran's lawyer"; "a senator" is someone new
    qualifiers = _qualifier_words(ctx, head)
    other = any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children)
    if not qualifiers and not other:
        return None
    lemma = head.lemma_.lower()
    family = _family_of(ctx, head)
    holders = _title_holders(ctx, lemma, family, p.start)
    if len(holders) < MIN_HOLDERS:
        return None
    if other and not qualifiers:
        # "the other senator" of two: the one not named last before it
        last = max(
            ((start, e.canonical) for start, _, e in ctx.named if start < p.start and e.canonical in holders),
            default=None,
        )
        rest = [person for person in holders if last is not None and person != last[1]]
        return (
            Speaker(text=p.text, canonical=rest[0], start=p.start, end=p.end)
            if len(holders) == 2 and len(rest) == 1
            else None
        )
    fits = [
        person
        for person, words in holders.items()
        if all(any(_same_word(q, w) for w in words) for q in qualifiers)
    ]
    if len(fits) != 1 or _other_gender(ctx, head, fits[0]):
        return None
    return Speaker(text=p.text, canonical=fits[0], start=p.start, end=p.end)


# Two holders of one title make a shared description; with one, the title's own passes read it.
MIN_HOLDERS = 2


def _the_defendant(ctx: Context, head: Token) -> Entity | None:
    """spk25b: "Mark Ellis, 34, denies causing ... . Giving evidence, the defendant said ...": a bare "the
    defendant" is the one person the article had answer a charge before it, outside quotes: the subject of a
    plea verb ("denies", "admitted", "pleaded") or the passive subject of a charge verb ("is accused of").
    Two such people, or none: no guess."""
    p = _phrase(ctx, head)
    if not p.definite or any(t.i != head.i for t in p.body):
        return None  # "a defendant", "the first defendant": one of several
    cues = ctx.cues
    found: dict[str, Entity] = {}
    for token in ctx.tokens[: head.i]:
        if ctx.quote_of[token.i] >= 0 or token.pos_ != "PROPN":
            continue
        ent = ctx.ent_of.get(token.i)
        if ent is None or ent.label != "PERSON":
            continue
        subject = token.head if token.dep_ == "appos" else token
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head  # "Jo Hart and Sam Lee deny fraud": both answer the charge
        verb = subject.head
        lemma = verb.lemma_.lower()
        pleads = any(c.dep_ == "relcl" and c.lemma_.lower() in cues.plea_verbs for c in subject.children)
        if (
            pleads  # "Ellis, who denies murder, ..."
            or (subject.dep_ == "nsubj" and lemma in cues.plea_verbs)
            or (subject.dep_ == "nsubjpass" and lemma in cues.charge_verbs)
        ):
            found[ent.canonical] = ent
    return next(iter(found.values())) if len(found) == 1 else None


def _named_in_own_phrase(ctx: Context, head: Token) -> Entity | Veto | None:
    """r2s24b: a person named inside a description's own phrase, outside quotes: set beside a plural noun
    of it ("the chair of judges, the historian Jo Li,": no one person is "judges", so the name is the
    chair's) is that person; set beside another noun of it ("the lawyer for the family of the victim, Jo
    Li,") only says the description is someone in relation to a named person, never a person named elsewhere
    (VETO); a name not set off ("Li's teammate") leaves the other passes to judge."""
    people = [
        (t, e)
        for t in head.subtree
        if t.i != head.i
        and ctx.quote_of[t.i] < 0
        and (e := ctx.ent_of.get(t.i)) is not None
        and e.label == "PERSON"
    ]
    if not people:
        return None
    for t, ent in people:
        chain = t
        while chain.dep_ == "appos" and chain.head.i != head.i:
            chain = chain.head
            if chain.tag_ == "NNS" and chain.dep_ == "pobj" and chain.head.head.i == head.i:
                return ctx.unguessed(ent)
    # only a name set off beside a noun of the phrase; "Li's teammate" may still be the subject before
    return VETO if any(t.dep_ == "appos" for t, _ in people) else None


def _named_next_pass(a: Ask) -> Answer:
    """ "A Vancouver hockey coach says ... . Stephen Gillis said ...": see :func:`_named_next`."""
    if a.subj is None or a.subj.pos_ != "NOUN":
        return None
    return _described(a, _named_next(a.ctx, a.subj))


def _attribution_clause(a: Ask) -> Answer:
    """'"...," the man said.', '"...," said the woman, who ...', '"...," wrote one commenter': a common noun
    whose whole clause does nothing but attribute the quote it follows (subject and verb next to the closing
    mark, no object or clause of its own) is a person described, though the lexicon does not know the word
    (which would otherwise veto it as a misparse)."""
    subj, cue, cand, ctx = a.subj, a.cue, a.cand, a.ctx
    if subj is None or cue is None or cand is None or cand.kind != "direct" or subj.pos_ != "NOUN":
        return None
    lead_in = cue.idx < cand.start
    split = cand.start < cue.idx < cand.end  # '"A," the man said, "B."': the clause between the parts
    verb = _habitual(cue)
    if (
        (cue.idx < cand.end and not lead_in and not split)
        or subj.dep_ not in SUBJECT_DEPS
        or subj.head.i != verb.i
        or ctx.quote_of[subj.i] >= 0
    ):
        return None
    if _known_speaker_noun(ctx, subj) or _short_form_of_org(ctx, subj):
        return None  # a word the lexicon knows, "the trust" for the NHS trust named: the passes after read it
    first = min(cue.i, verb.i, subj.left_edge.i)
    last = max(cue.i, subj.i)
    phrase = {t.i for t in subj.subtree} | {cue.i, verb.i}
    # spk30: "his mentor used to tell him", "his mentor would say": the habitual past's words are the verb's
    # (only those: "Investigations are still going on" is no attribution)
    phrase |= {c.i for c in cue.children if c.dep_ == "aux" and c.lower_ in HABITUAL_AUX and c.i < cue.i}
    if verb.i != cue.i:
        phrase |= {c.i for c in verb.children if c.dep_ == "advmod" and c.i < verb.i}  # "always used to say"
    if lead_in:
        # 'As one commenter wrote: "..."': the clause opens its sentence (an "as" at most before it) and
        # runs straight into the quote.
        lo = ctx.sent_bounds[ctx.sent_of[cue.i]][0]
        words = [t for t in ctx.tokens[lo:first] if not (t.is_punct or t.is_space)]
        if any(t.head.i not in (cue.i, verb.i) or t.dep_ != "mark" or t.lower_ != "as" for t in words):
            return None
        # spk30: 'As his mentor told him, "..."': whom the words were said to ends the clause
        told = [
            c
            for c in cue.children
            if cue.lemma_.lower() in ctx.cues.addressee_verbs and c.dep_ in OBJECT_DEPS and c.i > cue.i
        ]
        phrase |= {t.i for c in told for t in c.subtree}
        last = max([last, subj.right_edge.i] + [c.right_edge.i for c in told])
        end = ctx.tokens[last].idx + len(ctx.tokens[last].text)
        if end > cand.start or not _touches(ctx, end, cand.start):
            return None
    elif split:
        if not _between_parts(ctx, ctx.tokens[first].idx, _phrase_end(ctx.tokens[last])):
            return None
    elif not _touches(ctx, cand.end, ctx.tokens[first].idx):
        return None
    if any(t.i not in phrase and not (t.is_punct or t.is_space) for t in ctx.tokens[first : last + 1]):
        return None  # something between the subject and the verb besides the subject's own phrase
    # An object of "tell"/"ask" is whom the quote was said to ('"...," the man told reporters').
    objects = {"ccomp", "xcomp"} | (set() if cue.lemma_.lower() in ctx.cues.addressee_verbs else OBJECT_DEPS)
    if any(c.dep_ in objects and ctx.quote_of[c.i] < 0 for c in cue.children):
        return None  # "the poll showed support": a clause of its own, not an attribution
    # "Midfielder Jo Li, ..., said ..." then '"...," the midfielder said': the one person introduced so.
    introduced = _introduced_as(a)
    return introduced if introduced is not None else _description(a)


# spk30: the auxiliaries of habitual speech ("would say", "used to say")
HABITUAL_AUX = frozenset({"would", "to"})


def _habitual(cue: Token) -> Token:
    """spk30: the verb that carries a speech verb's subject: "used" in the habitual past ("his mentor used to
    say"), else the speech verb itself."""
    head = cue.head
    if cue.dep_ == "xcomp" and head.lower_ == "used" and head.tag_ in {"VBD", "VBN"}:
        return head
    return cue


def _between_parts(ctx: Context, start: int, end: int) -> bool:
    """Whether the characters ``start`` to ``end`` sit between two quoted parts, touching both."""
    k = bisect.bisect_right(ctx.span_starts, start) - 1
    if k < 0 or k + 1 >= len(ctx.spans) or ctx.spans[k][1] > start:
        return False
    return _touches(ctx, ctx.spans[k][1], start) and _touches(ctx, end, ctx.spans[k + 1][0])


def _unknown_noun(a: Ask) -> Answer:
    """'"That makes me smart," the spot said': a common noun the lexicon knows as no speaker is a misparse."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.pos_ != "NOUN" or not ctx.cues.speaker_nouns:
        return None
    if (
        _known_speaker_noun(ctx, subj)
        or subj.lemma_.lower() in ctx.cues.role_nouns
        # "Syrian state television said": one outlet speaks ("media outlets" say nothing of which)
        or (subj.lemma_.lower() in ctx.cues.media_nouns and subj.tag_ != "NNS")
        or _described_as_someone(subj)
        or _given_who_clause(ctx, subj)
        or _spoke_before_as(a, subj)
        or _counted_off(subj)
        or _short_form_of_org(ctx, subj)
        or _role_in_organisation(ctx, subj)
        or _unnamed_appositive(subj) is not None  # read by ``anonymous-source``
    ):
        return None
    return VETO


def _spoke_before_as(a: Ask, noun: Token) -> bool:
    """spk24a: whether someone the writer described with this noun and a "who" clause spoke before ("A
    hospital porter, who gave his name only as Desmond, ... '...,' he said" then "The porter said"): the word
    is that person's here, whatever else it means."""
    lemma = noun.lemma_.lower()
    return any(m.spoke and m.head == lemma and m.pos < noun.idx for m in a.history) and any(
        t.lemma_.lower() == lemma and t.tag_ == "NN" and _given_who_clause(a.ctx, t)
        for t in a.ctx.tokens[: noun.i]
    )


def _role_in_organisation(ctx: Context, noun: Token) -> bool:
    """ "the head of the NHS Confederation", "the boss of Acme": a noun the lexicon lacks whose "of" phrase
    names an organisation is a post in it, so a person who speaks (the description pass says who)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            ent = ctx.entity(obj) if obj.dep_ == "pobj" else None
            if ent is not None and ent.label == "ORG":
                return True
    return False


def _short_form_of_org(ctx: Context, noun: Token) -> bool:
    """ "the British Antarctic Survey ... the survey said", "the Royal College of Nursing ... the college
    said": a noun the lexicon does not know is still an organisation when an ORG named before has it as its
    head word (last, or last before "of") (``organisation-noun`` then names it)."""
    if _apposed_org(ctx, noun) is not None:
        return True
    forms = {noun.lower_, noun.lemma_.lower()}
    last = bisect.bisect_left(ctx.named_starts, noun.idx) - 1
    for k in range(last, max(last - MAX_ORG_SCAN, -1), -1):
        _, _, ent = ctx.named[k]
        words = ent.canonical.lower().split()
        heads = {words[-1]} | {w for w, nxt in itertools.pairwise(words) if nxt == "of"}
        if ent.label == "ORG" and len(words) > 1 and heads & forms:
            return True
    return False


def _known_speaker_noun(ctx: Context, noun: Token) -> bool:
    """A noun the lexicon knows as one that speaks: a source, a person's title, a word for a man or a woman,
    a group, an institution, a document, or a title seen in the article. A lexicon without speaker nouns
    lets any noun speak."""
    cues = ctx.cues
    if not cues.speaker_nouns:
        return True
    known = cues.source_nouns | cues.person_nouns | cues.speaker_nouns | cues.document_nouns
    known = known | cues.organisation_nouns | cues.place_bodies | _title_words(cues.titles)
    known = known | cues.male_nouns | cues.female_nouns  # "a 24-year-old man", "his widow": people
    return noun.lemma_.lower() in known or noun.lemma_.lower() in ctx.titles_seen or _document_noun(ctx, noun)


def _described_as_someone(noun: Token) -> bool:
    """ "The widow, who asked not to be named, said": a noun the writer gives a "who" clause is a person,
    whatever the lexicon knows of it; the parse marks no misparse there."""
    return any(
        child.dep_ == "relcl" and any(t.lower_ in {"who", "whom", "whose"} for t in child.children)
        for child in noun.children
    )


def _counted_off(noun: Token) -> bool:
    """ "One viewer wrote:", "Another user added:": a singular noun counted off by "one" or "another" is one
    unnamed member of a crowd the writer samples (readers, viewers, fans), a person whatever the lexicon
    knows of the noun; a misparsed thing is not counted off so."""
    return noun.tag_ == "NN" and any(
        (c.dep_ == "nummod" and c.lower_ == "one") or (c.dep_ == "det" and c.lower_ == "another")
        for c in noun.children
    )


def _introduced_words(a: Ask) -> Answer:
    """ "Jo Li, the left back, ..." then "the left back said": a definite subject phrase with the very words
    of one person's introduction stands for that person, whatever part of speech the model gave its head
    this time (a misparsed head would otherwise meet ``not-a-noun`` and name no one)."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ in {"PRON", "PROPN"} or not ctx.introduced or head.i in ctx.ent_of:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(ctx.quote_of[t.i] >= 0 for t in head.subtree):
        return None
    words = description_words(head)
    if " " not in words:
        return None  # one word: the lemma match of ``introduced-as`` decides, with its checks
    if head.pos_ == "NOUN" and any(i.head == head.lemma_.lower() for i in ctx.introduced):
        return None  # the introduction's own head noun: the lemma passes judge it (role, introduced-as)
    people = {i.canonical for i in ctx.introduced if i.phrase == words and i.pos < head.idx}
    if len(people) != 1:
        return None
    (person,) = people
    p = _phrase(ctx, head)
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


def _introduced_body(a: Ask) -> Answer:
    """ "Indie band The Larkspurs ... '...,' the band said": "the" and a noun stand for the one organisation
    introduced before with that noun beside its name ("band The Larkspurs", "the choir Vox", "The
    Larkspurs, a band from Leeds,"): a kind of body the lexicon does not know (its words for bodies are
    organisation-noun's and institution's)."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or ctx.quote_of[head.i] >= 0:
        return None
    p = _phrase(ctx, head)
    if len(p.tokens) != 2 or p.tokens[0].lower_ != "the":
        return None
    lemma = head.lemma_.lower()
    if lemma in ctx.cues.organisation_nouns | ctx.cues.speaker_nouns:
        return None  # "the company", "the agency": organisation-noun and institution read those
    bodies = {
        named.canonical
        for t in ctx.tokens[: p.tokens[0].i]
        if t.lemma_.lower() == lemma
        and t.pos_ == "NOUN"
        and ctx.quote_of[t.i] < 0
        and (named := _body_beside(ctx, t)) is not None
    }
    if len(bodies) != 1:
        return None
    (body,) = bodies
    return Speaker(text=p.text, canonical=body, start=p.start, end=p.end)


def _body_beside(ctx: Context, noun: Token) -> Entity | None:
    """The organisation whose name ``noun`` is set beside: right before it (past "the"), as the name's
    compound or in apposition either way. A name after "the" is no person's, whatever the model tagged
    ("band The Moorhens")."""
    k = noun.i + 1
    while k < len(ctx.tokens) and ctx.tokens[k].lower_ == "the" and k not in ctx.ent_of:
        k += 1
    article = k > noun.i + 1 or (k < len(ctx.tokens) and ctx.tokens[k].lower_ == "the")
    ent = ctx.ent_of.get(k) if k < len(ctx.tokens) else None
    if ent is not None and (ent.label == "ORG" or (article and ent.label == "PERSON")):
        return ent
    linked = [noun.head] if noun.dep_ in {"compound", "appos"} else []
    linked += [c for c in noun.children if c.dep_ == "appos"]
    for t in linked:
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label == "ORG":
            return ent
    return None


def _family_ending_at(ctx: Context, token: Token) -> str | None:
    """The description family of the words that end at ``token`` (a plural by its lemma), however the
    parse hangs them ("U.S. Attorney Jo Li", "prosecutors"), inside quotes or out."""
    words = [token.lemma_.lower() if token.tag_ in {"NNS", "NNPS"} else token.lower_]
    for k in range(token.i - 1, max(token.i - MAX_TITLE_WORDS, -1), -1):
        if not any(c.isalnum() for c in ctx.tokens[k].text):
            break
        words.insert(0, ctx.tokens[k].lower_)
    return ctx.cues.description_family(words)


def _recent_speaker(ctx: Context, head: Token, history: list[Mention]) -> str | None:
    """'"...," Li said. The study ran for a year. Its funding came from a charity. "...," the academic said':
    a bare occupation (the words of :func:`_just_quoted`) stands for the named person last quoted up to
    ``MAX_RECENT_SPEAKER`` content sentences back, when no one else may be meant. The word is used for no
    one in the article (introduced with it, titled with it, an earlier speaker so described: other passes
    read those); that person was given no other description ("Coach Jo Li" is not "the forward"); since
    that quote's sentence began (outside quotes), no one else is named but someone given another
    description and not a subject ("signed by manager Tom Hale"), no untagged name, and no one brought in or
    made a subject with a word for a person ("a teammate", "her coach said")."""
    lemma = head.lemma_.lower()
    cues = ctx.cues
    if head.i - head.left_edge.i >= 2 or not _describes_one(ctx, head, frozenset({"the"})):
        return None  # "the new academic", "the bank's analyst": more than the bare word
    people = cues.person_nouns | cues.role_nouns
    others = cues.proxy_nouns | cues.source_nouns | cues.relation_nouns | cues.male_nouns | cues.female_nouns
    if lemma not in people or lemma in others or lemma in ctx.titles_seen | _title_words(cues.titles):
        return None  # "the president" is whoever holds the office, not the last speaker
    if any(i.head == lemma for i in ctx.introduced) or any(m.head == lemma for m in history):
        return None
    last = next((m for m in reversed(history) if m.spoke and m.pos < head.idx), None)
    if last is None or last.speaker.anonymous or last.speaker.canonical is None:
        return None
    canonical = last.speaker.canonical
    if not any(e.canonical == canonical and e.label == "PERSON" for _, _, e in ctx.named):
        return None  # a speaker described, not named: the description passes read it
    if ctx.csent(head) - ctx.csent(last.sent) > MAX_RECENT_SPEAKER or _descriptions_of(ctx, canonical):
        return None
    if _word_used_for_another(ctx, head, canonical):
        return None
    for token in ctx.tokens[ctx.sent_bounds[last.sent][0] : head.left_edge.i]:
        if ctx.quote_of[token.i] >= 0:
            continue
        ent = ctx.ent_of.get(token.i)
        other = ent.canonical if ent is not None and ent.label == "PERSON" else canonical
        if other != canonical and (token.dep_ in SUBJECT_DEPS or not _descriptions_of(ctx, other)):
            return None  # someone else who may be meant
        if (ent is None and untagged_name(ctx, token)) or (
            token.pos_ == "PROPN"
            and token.dep_ in SUBJECT_DEPS
            and (ent is None or ent.canonical != canonical)
        ):
            return None  # a name as a subject, whatever the model tagged it ("Obama" read as a place)
        if (
            token.pos_ == "NOUN"
            and token.lemma_.lower() in people | others
            and (token.dep_ in SUBJECT_DEPS or _new_referent(token))
            and not _apposed_to(ctx, token, canonical)
        ):
            return None  # "a teammate", "his coach said": someone else a description may mean
    return canonical


def _descriptions_of(ctx: Context, canonical: str) -> set[str]:
    """The nouns the article gives the person ``canonical``: those introduced with ("Jo Li, a nurse,",
    "manager Jo Li") and titles ("Coach Jo Li")."""
    found = {i.head for i in ctx.introduced if i.canonical == canonical}
    return found | {role for role, person in ctx.role_of.items() if person == canonical}


def _named_next(ctx: Context, head: Token) -> Entity | None:
    """``A Vancouver hockey coach says ... . Stephen Gillis said ...``: an indefinite description of one
    person named in the next sentence, where a new PERSON (not named before outside captions) is the
    subject of the main verb, with no role of his own set beside the name ("Jo Li, a neighbour,").

    "The head of the Nursing Council warned ... . Jo Li said": a definite office of a named organisation
    (:func:`_office_of_named_body`) is one person too, and the new name, bare of any title, fills it."""
    office = _office_of_named_body(ctx, head)
    if not office and not _describes_one(ctx, head, frozenset({"a", "an", "one"})):
        return None
    sent = ctx.sent_of[head.i]
    nxt = sent + 1
    while nxt < len(ctx.sent_bounds) and not ctx.content(nxt):
        nxt += 1
    if nxt >= len(ctx.sent_bounds):
        return None
    lo, hi = ctx.sent_bounds[nxt]
    root = next((t for t in ctx.tokens[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or ctx.quote_of[root.i] >= 0:
        return None
    if not (ctx.is_cue(root) or _person_noun(ctx, head)):
        return None  # "A bakery admitted ... . Ellie Hughes died": a word for no person, a name not speaking
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    ent = ctx.entity(subj) if subj is not None else None
    if subj is None or ent is None or ent.label != "PERSON" or any(c.dep_ == "appos" for c in subj.children):
        return None
    if _other_role(ctx, subj, ent, head):
        return None
    if office and any(not t.is_punct for t in ctx.tokens[subj.left_edge.i : subj.i] if t.i not in ctx.ent_of):
        return None  # "Analyst Jo Li said": a title of his own, not the office described
    for i, other in ctx.ent_of.items():
        if i < lo and other.canonical == ent.canonical and not ctx.furniture[ctx.sent_of[i]]:
            return None  # named before: the description introduces no one new
    return ent


def _office_of_named_body(ctx: Context, head: Token) -> bool:
    """Whether ``head`` is "the head of the Nursing Council", "the chief executive of Acme": a singular
    definite noun whose "of" names an organisation (one office, so one person), no person's name in it."""
    if not _describes_one(ctx, head, frozenset({"the"})):
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                ent = ctx.entity(obj) if obj.dep_ == "pobj" else None
                if ent is not None and ent.label == "ORG":
                    return True
    return False


def _other_role(ctx: Context, subj: Token, ent: Entity, head: Token) -> bool:
    """Whether the name ``subj`` comes with a role of its own before it that is not the description's,
    for a description of someone who speaks for another ("a company representative said ... . State
    Attorney General Nora Quinn said": someone else). Other descriptions may name a role in other words ("A
    judge ruled ... . Justice Jo Li wrote")."""
    if head.lemma_.lower() not in ctx.cues.proxy_nouns:
        return False
    names = set(ent.canonical.split())
    role = [
        t.lemma_.lower()
        for t in ctx.tokens[subj.left_edge.i : subj.i]
        if t.pos_ in {"NOUN", "PROPN"} and t.text not in names
    ]
    return bool(role) and head.lemma_.lower() not in role
