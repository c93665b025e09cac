"""What a pronoun or a description refers to: :func:`_resolve_pronoun`, the nearest compatible person or
organisation for "he", "she" or "it", and the tests it makes (gender, reach, a description of someone
already named, a report within another's report).
"""

from __future__ import annotations

from spacy.tokens import Token

from tasks.models import Entity, Speaker
from tasks.quote_context import SUBJECT_DEPS, Context, Mention, in_relative_aside, subject_of
from tasks.quotemarks import MARK_CHARS
from tasks.speakers.people import (
    _given_and_surname,
    _named_with_role,
    _noun_gender,
    _reported_pronouns,
    _surname_shaped,
    is_person,
)
from tasks.speakers.sieve import _speaker_of, resolve_speaker

MAX_PRONOUN_REACH = 5  # narrative sentences a speaker "he"/"she" may look back when no one is nearer


# Passes that tie a description to the person introduced with its word ("United manager Ken Abe" ... "the
# manager"): a description they resolve to a name in a pronoun's reach is that person (_describes_named).
INTRODUCING_PASSES = frozenset({"role", "introduced-as", "introduced-words"})
MIN_ACRONYM = 3  # capitals of an acronym opening a name tagged PERSON ("JAMA Neurology": a journal)


def _person_named_by(ctx: Context, token: Token) -> Entity | None:
    """The person a noun names, or the one set beside it ("the minister's deputy, Jo Li")."""
    for t in (token, *(c for c in token.children if c.dep_ == "appos")):
        ent = ctx.entity(t)
        if ent is not None and ent.label == "PERSON":
            return ent
    return None


def _in_own_opener(ctx: Context, mention: Mention, pron: Token) -> bool:
    """Whether a mention sits inside a participial opener whose unstated subject is the pronoun itself:
    in "Commenting on Mr Makarov's case, he said", "he" comments, so he is not Makarov (who would be "his
    case"). An opener with a subject of its own ("After Li left, he said") is not one."""
    node = _mention_token(ctx, mention)
    if node is None or pron.dep_ not in SUBJECT_DEPS:
        return False
    while node.head.i != node.i and node.head.i != pron.head.i:
        node = node.head
    return (
        node.head.i == pron.head.i
        and node.i < pron.i
        and node.dep_ in {"advcl", "csubj", "acl"}
        and node.tag_ in {"VBG", "VBN"}
        and not any(c.dep_ in SUBJECT_DEPS for c in node.children)
    )


def _resolve_pronoun(
    ctx: Context,
    pron: Token,
    cue: Token | None,
    history: list[Mention],
    max_lookback: int,
    *,
    anchor: int | None = None,
    strict: bool = False,
) -> Speaker | None:
    """``he``/``she`` to the nearest compatible person, ``it`` to the nearest non-person; others unresolved.

    Candidates are earlier speakers and PERSON subjects within ``max_lookback`` sentences (sentences without
    words, such as paragraph fillers, do not count), counted from ``anchor`` (the sentence where the quote the
    pronoun attributes starts) when given. A person known to be "she" (a pronoun already resolved to
    her, "Ms.", or "X said she ...") is passed over for "he", and the other way round. ``strict``: resolve
    only when every candidate is the same person, and learn no gender from it (for pronouns that are no
    speakers).
    """
    gender = pron.morph.get("Gender", [])
    number = pron.morph.get("Number", [])
    if pron.morph.get("Person", []) != ["3"] or number != ["Sing"] or not gender:
        return None
    person = gender[0] in {"Masc", "Fem"}
    # "Hamas said it had told ...": the subject of the enclosing speech verb.
    if cue is not None and cue.dep_ in {"ccomp", "xcomp"} and ctx.is_cue(cue.head):
        outer = subject_of(cue.head, ctx.quote_of)
        if outer is not None and outer.pos_ != "PRON":
            found = resolve_speaker(ctx, outer, None, history, max_lookback)
            if found is not None and (
                (is_person(ctx, found, outer) == person and _gender_ok(ctx, found, gender[0]))
                or (not person and _name_alone(ctx, found))
            ):
                return found
    if not person and cue is not None and (host := _relative_host_subject(ctx, cue)) is not None:
        found = resolve_speaker(ctx, host, None, history, max_lookback)
        if found is not None and (not is_person(ctx, found, host) or _nothing_personal(ctx, found, host)):
            reporting = _reporting_body(ctx, host, history, max_lookback)
            if reporting is not None and reporting.canonical != found.canonical:
                return None  # spk25a: "The union said the firm offered 3%, which it called ...": either body
            return found
    here = ctx.nsent(pron if anchor is None else min(anchor, ctx.sent_of[pron.i]))
    now = pron.head.tag_ in _PRESENT_TAGS
    by_sent: dict[int, list[Mention]] = {}
    for mention in history:
        # spk29c: "Her mother, Ana, taught piano. '...,' she says": the profile's subject, not the mother
        tok = _mention_token(ctx, mention) if person and now and not mention.spoke else None
        if tok is not None and _relative_in_the_past(ctx, tok):
            continue
        near = mention.pos < pron.idx and ctx.nsent(mention.sent) <= ctx.nsent(pron)
        near = near and here - ctx.nsent(mention.sent) <= max_lookback
        if (
            near
            and mention.person == person
            and _gender_ok(ctx, mention.speaker, gender[0])
            and not (person and _in_list(ctx, mention))
            and not (person and _plural_group(ctx, mention))
            and not _in_own_opener(ctx, mention, pron)
        ):
            by_sent.setdefault(ctx.nsent(mention.sent), []).append(mention)
    if person and (relhost := _relative_host(ctx, pron)) is not None and _gender_ok(ctx, relhost, gender[0]):
        if _known_gender(ctx, relhost.canonical) == gender[0]:
            return relhost
        # (``by_sent`` holds only those the pronoun's gender allows: the others of the sentence are ruled out)
        others = [
            m
            for m in by_sent.get(ctx.nsent(pron), [])
            if m.subject and m.speaker.canonical != relhost.canonical
        ]
        if not others:
            return relhost
        if not any(_known_gender(ctx, m.speaker.canonical) == gender[0] for m in others):
            # "Tom Smith hired Jo Jones, who had worked for a rival, which he said was a plus": Jones, or the
            # sentence's subject; with no gender to tell them apart, no guess (a wrong speaker costs more).
            return None
    if person and _named_in_reach(ctx, by_sent):
        # "Bernie Sanders appeared ... The Vermont senator was asked ...": a description between a named
        # person and the pronoun is most often that person's epithet, not someone else.
        # A description the article resolves to one of those named is that person's, and stays: "United
        # manager Ken Abe said ... . Asked about Silva, the manager smiled. '...,' he said" (Abe, not Silva).
        named = {m.speaker.canonical for ms in by_sent.values() for m in ms if m.described is None}
        nearest_sent = max(by_sent)
        by_sent = {
            k: kept
            for k, ms in by_sent.items()
            if (
                kept := [
                    m
                    for m in ms
                    if m.described is None
                    or m.introduced
                    or (k == nearest_sent and _describes_named(ctx, m, named, history, max_lookback))
                    or (k == nearest_sent and _describes_unnamed(ctx, m, named, history, max_lookback))
                    or (k == nearest_sent and _described_otherwise(ctx, m, by_sent))
                ]
            )
        }
    if not by_sent and person and not strict and max_lookback < MAX_PRONOUN_REACH:
        # No one in reach: "Li left at dawn. ... (narrative naming no one else) ... He said ...". Look
        # further back, but only when one person is all there is to find there.
        far = _resolve_pronoun(ctx, pron, cue, history, MAX_PRONOUN_REACH, anchor=anchor, strict=True)
        if far is not None or any(
            m.person and m.pos < pron.idx and here - ctx.nsent(m.sent) <= MAX_PRONOUN_REACH for m in history
        ):
            return far  # someone in reach, who may be whom the pronoun means
        return _only_one_of_gender(ctx, pron, history, gender[0])
    if not by_sent or (
        strict
        and len({m.speaker.canonical for ms in by_sent.values() for m in ms}) > 1
        and not _subject_carries_on(ctx, by_sent[max(by_sent)], gender[0], pron)
    ):
        return None
    # The nearest sentence with a compatible mention: its last subject, else its first mention.
    nearest = sorted(by_sent[max(by_sent)], key=lambda m: m.pos)
    subjects = _outside_asides(ctx, [m for m in nearest if m.subject])
    chosen = subjects[-1] if subjects else nearest[0]
    reporter = _reporter_of(ctx, subjects, chosen)
    if reporter is not None:
        chosen = reporter
    elif _aside_about(ctx, chosen, gender[0]):
        return None
    if person and _named_since(ctx, chosen, pron if anchor is None else None, here, gender[0], now):
        return None
    if person and not chosen.spoke and chosen.described is None and _doubtful_person(ctx, chosen.speaker):
        return None
    if person and not chosen.spoke and _beside_the_topic(ctx, chosen, history, gender[0]):
        return None
    if person and not chosen.spoke and _named_object_beside(ctx, chosen, gender[0]):
        return None
    if chosen.unknown:
        # "Laurin said she ...": the untagged name is also a speaker, known to be a person.
        chosen = next((m for m in nearest if m.pos == chosen.pos and not m.unknown), chosen)
    if chosen.unknown:
        # "Mills said ...; ... after Mills won ... '...,' he said": the untagged name spoke before (as a
        # speaker of its own, with that name), so it is known to be that person.
        unknown = chosen
        same_name = [
            m
            for m in history
            if not m.unknown
            and m.pos < unknown.pos
            and m.speaker.canonical.split()[-1:] == [unknown.speaker.text]
        ]
        # "Tom and Jack Harlow ... Harlow said": a surname two people named before share says neither.
        shared = len({m.speaker.canonical for m in same_name}) > 1
        chosen = next(
            (
                m
                for m in reversed(same_name)
                if m.spoke and not shared and _gender_ok(ctx, m.speaker, gender[0])
            ),
            unknown,
        )
    if chosen.unknown and ctx.genders.get(chosen.speaker.canonical) != gender[0]:
        # The nearest person is one the model did not name: better no speaker than a guess, unless the name's
        # own sentence says it is this "he"/"she" (see learn_genders).
        return None
    if person and chosen.speaker.canonical not in ctx.genders:
        # Someone known to be "she" (or "he") close by beats a person of unknown gender; a speaker of unknown
        # gender in the nearest sentence is beaten only by someone in that sentence.
        # A subject of the nearest sentence is not beaten by a possessive or an object: in "he denied
        # Mr. Li's request" the "Mr." tells Li's gender, not who "he" is.
        known = [
            m
            for k in sorted(by_sent, reverse=True)[: 1 if chosen.spoke else 2]
            for m in by_sent[k]
            if ctx.genders.get(m.speaker.canonical) == gender[0]
            and (m.subject or not chosen.subject)
            and not _reported_beside(reporter, m)
        ]
        best = max(known, key=lambda m: m.pos) if known else None
        if best is not None and chosen.subject and ctx.nsent(best.sent) < max(by_sent):
            if not _paragraph_opened_by(ctx, chosen, best, pron):
                # "Li was sentenced. Attorney Chris Bell spoke outside. '...,' he said.": the nearest
                # subject, of unknown gender, against a known "he" a sentence further back (often whom the
                # nearest speaks for): either may be meant, and a wrong speaker costs more than none.
                return None
            best = None
        chosen = best or chosen
    if chosen.described is not None:
        return _description_chosen(ctx, chosen, history, max_lookback, gender[0], strict)
    if person and not chosen.speaker.anonymous and not strict:
        ctx.genders.setdefault(chosen.speaker.canonical, gender[0])
    return chosen.speaker


_RELATIVE_PERSON = frozenset({"who", "whom"})


def _known_gender(ctx: Context, canonical: str) -> str | None:
    """The gender the article (or the given name) tells of a person, if any."""
    return ctx.genders.get(canonical) or ctx.given_genders.get(canonical)


def _relative_host(ctx: Context, pron: Token) -> Speaker | None:
    """``Li was joined by Keiko Tanaka, who walked through the hinge, which she described as "..."``: a
    "he"/"she" in a clause below a named person's own relative clause ("who walked ...", the person its
    subject) carries on that person, not the sentence's main subject. The pronoun must not be the relative
    clause's own subject ("Li praised Tanaka, who he said ..." is Li)."""
    node = pron.head
    while node.head.i != node.i:
        if (
            node.dep_ == "relcl"
            and node.i != pron.head.i
            and any(c.dep_ in SUBJECT_DEPS and c.lower_ in _RELATIVE_PERSON for c in node.children)
        ):
            ent = _person_named_by(ctx, node.head)
            return _speaker_of(ctx.unguessed(ent)) if ent is not None else None
        node = node.head
    return None


def _only_one_of_gender(ctx: Context, pron: Token, history: list[Mention], gender: str) -> Speaker | None:
    """A feature's "she says" with no one in reach ("Mackay ... (six sentences of her day) ... '...' she
    says"): the one person seen before whom the article knows as "she" (or "he"), a bare surname counting as
    the full name it ends; anyone unnamed before who may be of that gender (a "neighbour"): no guess."""
    before = [m for m in history if m.pos < pron.idx and m.person]
    people: dict[str, Mention] = {}
    for m in before:
        if ctx.genders.get(m.speaker.canonical) == gender:
            people.setdefault(m.speaker.canonical, m)
    if any(
        m.speaker.canonical not in people
        and (m.speaker.anonymous or m.head is not None or m.described is not None or _untagged_capital(m))
        and _gender_ok(ctx, m.speaker, gender)
        for m in before
    ):
        return None  # an unnamed person (or a name the model missed) before may be whom it means
    full = {c for c in people if not any(o != c and o.split()[-1] == c for o in people)}
    if len(full) != 1:
        return None
    return people[full.pop()].speaker


def _untagged_capital(mention: Mention) -> bool:
    """A capitalised word the model did not tag, the subject of a verb: perhaps a person's name."""
    return mention.unknown and mention.speaker.text[:1].isupper()


def _describes_named(
    ctx: Context, mention: Mention, named: set[str], history: list[Mention], max_lookback: int
) -> bool:
    """Whether a described subject ("the manager") resolves, as a speech verb's subject would, to one of the
    ``named`` persons a pronoun may mean, by the word the person was introduced with (``INTRODUCING_PASSES``;
    not a guess such as "the landlord" for the person last quoted): then it is that person, not someone
    else."""
    if mention.described is None or not mention.subject:
        return False
    # Asked only here, as a test: the genders a resolution learns on the way are not kept.
    genders = dict(ctx.genders)
    found = resolve_speaker(ctx, mention.described, None, history, max_lookback)
    ctx.genders = genders
    return found is not None and found.rule in INTRODUCING_PASSES and found.canonical in named


def _describes_unnamed(
    ctx: Context, mention: Mention, named: set[str], history: list[Mention], max_lookback: int
) -> bool:
    """spk24a: whether a described subject ("The porter shrugged") is, by its noun, an earlier speaker the
    article never named ("A hospital porter, who gave his name only as Desmond, ... he said"): someone else
    than the named people a pronoun may mean, and nearer."""
    if mention.described is None or not mention.subject:
        return False
    genders = dict(ctx.genders)  # asked only as a test: the genders learned on the way are not kept
    found = resolve_speaker(ctx, mention.described, None, history, max_lookback)
    ctx.genders = genders
    return found is not None and found.rule == "same-description" and found.canonical not in named


def _beside_the_topic(ctx: Context, chosen: Mention, history: list[Mention], gender: str) -> bool:
    """``Farmer Ben Hollis lost his crop. His neighbour, Greg Olsen, helped him move ... . "...," he said.``:
    the nearest subject is set beside another person of the pronoun's gender, one that opened the
    paragraph as its subject, by a "his"/"her" of its own phrase or a "him"/"her" its verb takes (neither
    can be the subject itself). Either may be the "he" next: better no speaker than the helper."""
    tok = _mention_token(ctx, chosen)
    if tok is None or tok.dep_ not in SUBJECT_DEPS | {"appos"}:
        return False
    noun = tok.head if tok.dep_ == "appos" else tok
    verb = noun.head
    own, other = ("his", "him") if gender == "Masc" else ("her", "her")
    marked = any(c.dep_ == "poss" and c.lower_ == own for c in noun.children) or any(
        t.lower_ == other
        and t.dep_ != "poss"
        and ctx.quote_of[t.i] < 0
        and not noun.left_edge.i <= t.i <= noun.right_edge.i
        for t in verb.subtree
    )
    if not marked:
        return False
    line = ctx.text.rfind("\n", 0, chosen.pos) + 1
    return any(
        m.subject
        and line <= m.pos < chosen.pos
        and m.sent < chosen.sent
        and m.described is None
        and m.speaker.canonical != chosen.speaker.canonical
        and _gender_ok(ctx, m.speaker, gender)
        for m in history
    )


def _named_object_beside(ctx: Context, chosen: Mention, gender: str) -> bool:
    """spk23a: "A volunteer handed Grace a medal. '...,' she said.": a nameless description chosen as the
    subject whose own verb takes a named person of the pronoun's gender as its object. Either may be the
    "she" next (the one named more often); better no speaker than the description."""
    if chosen.described is None:
        return False
    tok = _mention_token(ctx, chosen)
    if tok is None or tok.dep_ not in SUBJECT_DEPS:
        return False
    for obj in tok.head.children:
        if obj.dep_ not in {"dobj", "dative"} or ctx.quote_of[obj.i] >= 0:
            continue
        ent = ctx.entity(obj)
        if ent is not None and ent.label == "PERSON":
            return _gender_ok(ctx, _speaker_of(ent), gender)
    return False


def _doubtful_person(ctx: Context, speaker: Speaker) -> bool:
    """Whether a name the model tagged PERSON may well be no person, so no "he"/"she" (a wrong speaker costs
    more than none): a name opened by an acronym ("JAMA Neurology", "BMJ Open": journals), or one word the
    article capitalises only where a sentence opens ("Wildfires forced ...") and no one's known gender."""
    words = speaker.canonical.split()
    if ctx.genders.get(speaker.canonical) or not words:
        return False
    if len(words) > 1:
        return len(words[0]) >= MIN_ACRONYM and words[0].isalpha() and words[0].isupper()
    seen = [t for t in ctx.tokens if t.text == words[0] and ctx.quote_of[t.i] < 0]
    return bool(seen) and all(_opens_sentence(ctx, t) for t in seen)


def _opens_sentence(ctx: Context, token: Token) -> bool:
    """Whether ``token`` is its sentence's first word (after any opening punctuation)."""
    lo = ctx.sent_bounds[ctx.sent_of[token.i]][0]
    return all(t.is_punct or t.is_space for t in ctx.tokens[lo : token.i])


def _described_otherwise(ctx: Context, mention: Mention, by_sent: dict[int, list[Mention]]) -> bool:
    """spk25a: whether a described subject ("The defendant wept.") cannot be an epithet of the named people
    nearest before it, each introduced or titled with another person noun ("his barrister, Simon Clegg,",
    "Prosecutor Helen Ashworth"): someone else, nearer than they are, whom the next "he" may mean."""
    if mention.described is None or not mention.subject or mention.described.head.dep_ != "ROOT":
        return False  # "Reyes said the landlord had acted ...": someone in another's report, no new subject
    lemma = mention.described.lemma_.lower()
    if lemma not in ctx.cues.person_nouns | ctx.cues.role_nouns:
        return False
    named = [
        m
        for ms in by_sent.values()
        for m in ms
        if m.described is None and not m.unknown and m.pos < mention.pos and m.person
    ]
    if not named:
        return False
    last = max(m.sent for m in named)
    nouns_of: dict[str, set[str]] = {}
    for intro in ctx.introduced:
        nouns_of.setdefault(intro.canonical, set()).add(intro.head)
    for role, canonical in ctx.role_of.items():
        nouns_of.setdefault(canonical, set()).add(role)
    family = ctx.cues.description_family([lemma])
    for m in named:
        if m.sent != last:
            continue
        nouns = nouns_of.get(m.speaker.canonical, set())
        if not nouns or lemma in nouns:
            return False
        if family is not None and any(ctx.cues.description_family([n]) == family for n in nouns):
            return False
    return True


def _named_in_reach(ctx: Context, by_sent: dict[int, list[Mention]]) -> bool:
    """Whether a pronoun's candidates hold someone named (an entity of the article or a capitalised name,
    not a description)."""
    return any(
        m.described is None
        and not m.unknown
        and (ctx.alias.get(m.speaker.canonical) is not None or m.speaker.canonical[:1].isupper())
        for ms in by_sent.values()
        for m in ms
    )


def _description_chosen(
    ctx: Context, chosen: Mention, history: list[Mention], max_lookback: int, gender: str, strict: bool
) -> Speaker | None:
    """The speaker a description a pronoun chose stands for ("the fire chief" -> the fire chief quoted
    before), read as a speech verb's subject would be; a veto there gives no speaker. Learns the pronoun's
    gender for it, as for a name."""
    assert chosen.described is not None
    found = resolve_speaker(ctx, chosen.described, None, history, max_lookback)
    if found is not None and not found.anonymous and not strict:
        ctx.genders.setdefault(found.canonical, gender)
    return found


def _paragraph_opened_by(ctx: Context, chosen: Mention, known: Mention, pron: Token) -> bool:
    """``Li said ... .\\n\\nDiaz played down the injury. "...," he said.``: the nearest subject opens the
    pronoun's paragraph, or the paragraph before one that opens with the quote, and the person known to be
    "he" is only in paragraphs before it. A paragraph break sets the earlier speaker aside: the new
    paragraph's subject is whom its "he" means."""
    line = ctx.text.rfind("\n", 0, pron.idx) + 1
    if known.pos < line <= chosen.pos:
        return True
    # "Her son, Ewan Holt, remembers it differently.\n\n'I was eight,' he said.": a paragraph that opens
    # with the quote, after one the nearest subject opens, is that subject's
    previous = ctx.text[:line].rstrip().rfind("\n") + 1  # where the paragraph before starts
    opens_with_quote = ctx.text[line : pron.idx].lstrip()[:1] in MARK_CHARS
    return opens_with_quote and known.pos < previous <= chosen.pos < line


def _relative_host_subject(ctx: Context, cue: Token) -> Token | None:
    """ "Veltron unveiled a chip that it said was ...": a speech verb in a relative clause whose subject is
    "it" speaks for the subject of the clause the relative clause hangs in (the noun it modifies is that
    clause's object, never its subject: "The chip, which it said ...", names no one)."""
    if cue.dep_ != "relcl":
        return None
    noun = cue.head
    verb = noun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = subject_of(verb, ctx.quote_of)
    if subj is None or subj.i == noun.i or noun.i in {t.i for t in subj.subtree}:
        return None
    return subj


def _reporting_body(ctx: Context, host: Token, history: list[Mention], max_lookback: int) -> Speaker | None:
    """The organisation whose report holds the clause of ``host`` ("The union said [the company offered a
    rise]"): a relative clause's "it" there may be either body."""
    verb = host.head
    if host.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or not ctx.is_cue(verb.head):
        return None
    outer = subject_of(verb.head, ctx.quote_of)
    if outer is None or outer.pos_ == "PRON":
        return None
    found = resolve_speaker(ctx, outer, None, history, max_lookback)
    return found if found is not None and not is_person(ctx, found, outer) else None


def _nothing_personal(ctx: Context, speaker: Speaker, subj: Token) -> bool:
    """Whether a name the model tagged as a person has nothing else that makes it one: no pronoun or role
    learnt for it, no given name, no role beside it. "Chipmaker Veltron" (tagged PERSON) is "it" then."""
    return (
        speaker.canonical not in ctx.genders
        and speaker.canonical not in ctx.given_genders
        and speaker.canonical not in ctx.role_of.values()
        and not _given_and_surname(ctx, speaker.canonical)
        and not _named_with_role(ctx, subj)
        and subj.lemma_.lower() not in ctx.cues.source_nouns | ctx.cues.person_nouns | ctx.cues.role_nouns
    )


def _in_list(ctx: Context, m: Mention) -> bool:
    """Whether a person is named as one of a list of people ("drew Mark Hill, Dan Ortiz and Paul Kemp"): a
    later "he" speaks for one person, not for a member of a group named together."""
    token = _mention_token(ctx, m)
    if token is None or token.pos_ != "PROPN":
        return False
    joined = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        joined.append(token.head)
    return any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in joined)


def _plural_group(ctx: Context, m: Mention) -> bool:
    """voice11: whether a mention is a group named by a plural common noun ("Fans chanted ..."), which a
    later "he" or "she" cannot stand for, however near it is. A proper noun the tagger reads as plural is
    often a surname ("Mr Balls"), so only a common noun counts."""
    token = _mention_token(ctx, m)
    return (
        token is not None
        and token.tag_ == "NNS"
        and token.pos_ == "NOUN"
        and ((e := ctx.ent_of.get(token.i)) is None or e.label != "PERSON")
        # spk23a: "Gillies/NNS said he ...", read as the person "Ewan Gillies" said to be "he": no group
        and m.speaker.canonical not in ctx.genders
    )


def _mention_token(ctx: Context, m: Mention) -> Token | None:
    """The token a mention stands on: a name's head, or the pronoun that a chain resolved."""
    end = m.speaker.end if m.speaker.start == m.pos and m.speaker.end else m.pos + 1
    span = ctx.doc.char_span(m.pos, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _outside_asides(ctx: Context, subjects: list[Mention]) -> list[Mention]:
    """``Doyle, who was hired after Rusk's predecessor Jo Greer approached him, said he was sad. "...," he
    said.``: a subject inside the phrase of another subject of the sentence (its relative clause, its
    apposition) is an aside about that one, not whom a pronoun after the sentence carries on. Those are
    left out; the order of the rest is kept."""
    tokens = {id(m): _mention_token(ctx, m) for m in subjects}
    heads = [t for t in tokens.values() if t is not None and ctx.quote_of[t.i] < 0]
    kept = [
        m
        for m in subjects
        if (tok := tokens[id(m)]) is None
        or not any(h.i < tok.i and (h.is_ancestor(tok) or in_relative_aside(h, tok)) for h in heads)
    ]
    return kept or subjects


def _reporter_of(ctx: Context, subjects: list[Mention], chosen: Mention) -> Mention | None:
    """``Frank said his goalkeeper, Jo Li, had been outstanding. "...," he said.``: a person who is only the
    subject of what someone else in the sentence reports ("said ...", "Li, he noted, had ...") is what the
    speaker spoke about; the "he" of the next quote carries on the one who spoke, not the nearer name."""
    if chosen.spoke:
        return None
    other = _mention_token(ctx, chosen)
    if other is None:
        return None
    other_clause = other.head if other.dep_ == "appos" else other
    for m in reversed(subjects):
        if m.pos >= chosen.pos and m is not chosen:
            continue
        if m is chosen or m.speaker.canonical == chosen.speaker.canonical:
            continue
        tok = _mention_token(ctx, m)
        if tok is None:
            continue
        clause = tok.head if tok.dep_ == "appos" else tok
        verb = clause.head
        if clause.dep_ not in SUBJECT_DEPS:
            continue
        cues = [v for v in (verb, *_further_reports(verb)) if ctx.is_cue(v)]
        reported = any(
            c.dep_ == "ccomp" and c.left_edge.i <= other.i <= c.right_edge.i for v in cues for c in v.children
        )
        aside = ctx.is_cue(verb) and verb.dep_ == "parataxis" and verb.head == other_clause.head
        if reported or aside:
            return m
    return None


def _further_reports(verb: Token) -> list[Token]:
    """bias26a: the verbs that go on with a subject's sentence without a subject of their own: a joined verb
    ("Hollins called it a joke *and said* Cole had bottled it") and a closing participle ("Price defended
    the deal, *saying* Firth had delivered"): whom they report on is what the subject spoke about."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    participles = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return [v for v in (*joined, *participles) if not any(c.dep_ in SUBJECT_DEPS for c in v.children)]


def _reported_beside(reporter: Mention | None, m: Mention) -> bool:
    """Whether ``m`` is someone else in the sentence of the reporter ``_reporter_of`` chose ("Li said he had
    no idea how Mr. Dorn saved it"): what the reporter spoke about, whose known gender does not make him the
    "he" who speaks next."""
    if reporter is None:
        return False
    return m.sent == reporter.sent and m.speaker.canonical != reporter.speaker.canonical


def _named_since(
    ctx: Context, chosen: Mention, pron: Token | None, here: int, gender: str, now: bool = False
) -> bool:
    """``Walters said ... . For Dawson, the answer came too late. "...," she said.``: a whole sentence after
    the chosen person's names someone else of the pronoun's gender in passing (no subject, so no
    mention): either may be meant. ``now``: the pronoun speaks in the present ("she says"), so a relative
    told of only in the past ("Her mother, Ana, taught piano.") is background, not whom it means."""
    for sent in range(chosen.sent + 1, len(ctx.sent_bounds)):
        if ctx.nsent(sent) >= here or ctx.furniture[sent]:
            break
        lo, hi = ctx.sent_bounds[sent]
        if pron is not None and hi > pron.i:
            break
        for k in range(lo, hi):
            ent = ctx.ent_of.get(k)
            if now and _relative_in_the_past(ctx, ctx.tokens[k]):
                continue
            if (
                ent is not None
                and ent.label == "PERSON"
                and ctx.quote_of[k] < 0
                and ent.canonical != chosen.speaker.canonical
                and ctx.tokens[k].dep_ not in {"compound", "poss"}
                and _gender_ok(ctx, _speaker_of(ent), gender)
            ):
                return True
            if _someone_else_since(ctx, ctx.tokens[k], ent, gender, chosen.speaker.canonical):
                return True
            if ent is None and _untagged_given_and_surname(ctx, k, gender, chosen.speaker.canonical):
                return True
    return False


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _relative_in_the_past(ctx: Context, tok: Token) -> bool:
    """spk29c: whether ``tok`` is a relative brought in by a possessive word for kin ("her mother", or the
    name apposed to it: "Her mother, Ana,") as the subject of a verb in the past tense that reports no
    speech ("Her mother, Ana, taught piano."): the family's background in a profile, not a present speaker."""
    noun = tok.head if tok.dep_ == "appos" else tok
    kin = ctx.cues.kin_nouns
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in kin or noun.dep_ not in SUBJECT_DEPS:
        return False
    if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return False
    verb = noun.head
    return verb.tag_ == "VBD" and not ctx.is_cue(verb) and verb.lemma_.lower() not in ctx.cues.verbs


def _untagged_given_and_surname(ctx: Context, k: int, gender: str, chosen: str) -> bool:
    """spk28: "The shop supplies a cafe run by Ana Ruiz." between a quote and '"...," she said': a given name
    of the pronoun's gender and a surname, outside quotes, that the model tagged as no one, is someone else
    the "she" may as well mean (not the chosen person's own name)."""
    tok = ctx.tokens[k]
    if k + 1 >= len(ctx.tokens) or tok.ent_type_ or ctx.quote_of[k] >= 0 or tok.pos_ != "PROPN":
        return False
    after = ctx.tokens[k + 1]
    names = ctx.cues.female_given_names if gender == "Fem" else ctx.cues.male_given_names
    return (
        tok.text in names
        and after.pos_ == "PROPN"
        and not after.ent_type_
        and _surname_shaped(after.text)
        and after.text not in chosen.split()
        and (k == 0 or not ctx.tokens[k - 1].text[:1].isupper())
    )


def _someone_else_since(
    ctx: Context, tok: Token, ent: Entity | None, gender: str, chosen: str | None = None
) -> bool:
    """A subject between the chosen person and the pronoun that is someone else of the pronoun's gender
    though no PERSON was tagged: "Her sister sees it differently." (a word for a woman with a possessive:
    another woman than the one "her" is), or "Wildcats quarterback Tyler Baines threw ..." (a name tagged
    as an organisation that starts with a given name the lexicon knows). Either may be the "she"/"he" next."""
    if tok.dep_ not in SUBJECT_DEPS or ctx.quote_of[tok.i] >= 0:
        return False
    if ent is None:
        nouns = ctx.cues.female_nouns if gender == "Fem" else ctx.cues.male_nouns
        return (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in nouns
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
            and not _introduced_so(ctx, tok, chosen)
        )
    names = ctx.cues.female_given_names if gender == "Fem" else ctx.cues.male_given_names
    words = ent.canonical.split()
    return (
        ent.label != "PERSON"
        and len(words) >= 2
        and words[0] in names
        and _given_and_surname(ctx, ent.canonical)
    )


def _introduced_so(ctx: Context, noun: Token, canonical: str | None) -> bool:
    """Whether ``noun`` with its possessive ("her son") repeats how ``canonical`` was introduced before it
    ("Her son, Ewan Moray, ..."): the same person again, not someone else."""
    words = {t.lower_ for t in noun.subtree if t.i <= noun.i}
    return any(
        i.canonical == canonical and i.head == noun.lemma_.lower() and words <= i.words and i.pos < noun.idx
        for i in ctx.introduced
    )


def _aside_about(ctx: Context, chosen: Mention, gender: str) -> bool:
    """``Kendall, he noted, had promised more data. "...," he said.``: the nearest person is the subject of a
    clause that an aside's "he" reports, and that "he" is someone else of the same gender, whom the next
    "he" may as well mean: better no speaker than the one spoken about."""
    tok = _mention_token(ctx, chosen)
    if tok is None:
        return False
    clause = tok.head if tok.dep_ == "appos" else tok
    pronoun = "he" if gender == "Masc" else "she"
    return any(
        c.dep_ == "parataxis"
        and ctx.is_cue(c)
        and any(g.dep_ in SUBJECT_DEPS and g.lower_ == pronoun for g in c.children)
        for c in clause.head.children
    )


def _subject_carries_on(ctx: Context, nearest: list[Mention], gender: str, pron: Token) -> bool:
    """Whether a strict "he"/"she" may take the nearest sentence's subject though others were named before.

    "Kowalski dragged the bag outside. He pulled it across the yard. ... He told officers ...": a woman
    named a few sentences earlier does not make the "he" ambiguous when the nearest sentence names only
    its subject, already known to be a "he", and no capitalised subject (a name, tagged or not, the model's
    guess of its kind aside) comes between it and the pronoun, unless that subject says "she" of itself
    ("Ana told police she ...").
    """
    name = nearest[0].speaker.canonical
    if (
        any(m.speaker.canonical != name or not m.subject or m.unknown for m in nearest)
        or ctx.genders.get(name) != gender
    ):
        return False
    lo = ctx.sent_bounds[max(m.sent for m in nearest)][1]
    for tok in ctx.tokens[lo : pron.i]:
        if tok.dep_ not in SUBJECT_DEPS | {"nsubjpass"} or ctx.quote_of[tok.i] >= 0:
            continue
        # A name the model may mis-tag ("Trump" as a verb, a first name as an organisation): any capitalised
        # subject but a common noun, a pronoun or a number.
        if tok.pos_ != "PROPN" and (not tok.text[:1].isupper() or tok.pos_ in {"NOUN", "PRON", "DET", "NUM"}):
            continue
        ent = ctx.entity(tok)
        other = ent.canonical if ent is not None and ent.label == "PERSON" else tok.text
        says_other = any(g.morph.get("Gender", []) != [gender] for g in _reported_pronouns(tok.head))
        if other != name and ctx.genders.get(other) in {None, gender} and not says_other:
            return False
    return True


def _gender_ok(ctx: Context, speaker: Speaker, gender: str) -> bool:
    known = ctx.genders.get(speaker.canonical) or ctx.given_genders.get(speaker.canonical)
    last = speaker.text.split()[-1] if known is None and speaker.text else ""
    if last.islower():
        # "Her husband said ... '...,' she said": a described speaker whose word tells a man or a woman.
        known = _noun_gender(ctx, last)
    return known is None or gender not in {"Masc", "Fem"} or known == gender


def _name_alone(ctx: Context, speaker: Speaker) -> bool:
    """Whether a speaker is a bare one-word name with nothing that makes it a person: no given name, title,
    role or pronoun learnt for it. The small model tags many company names as people ("Metaverse"); "X said
    it would ..." then tells what X is."""
    return (
        " " not in speaker.canonical
        and speaker.canonical not in ctx.genders
        and speaker.canonical not in ctx.given_genders
        and speaker.canonical not in ctx.role_of.values()
    )
