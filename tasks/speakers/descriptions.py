"""Passes on a subject that describes its speaker instead of naming them: "the mayor" (role), the same
description as an earlier speaker, the one person introduced with that word or family ("the nurse", "her
son"), a lede's description that the body names later, "Alan Grayson's spokeswoman" and "a senior official"
(named-description, description, anonymous-source); with the corroborations these passes need below the
precision floor.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from tasks.introductions import MAX_TITLE_WORDS
from tasks.models import Entity, Speaker
from tasks.quote_context import OBJECT_DEPS, SUBJECT_DEPS, Context, subject_of
from tasks.quotemarks import MARK_CHARS
from tasks.speakers.antecedents import _age_in, _apposed_to, _sole_subject_before
from tasks.speakers.people import (
    INDEFINITE,
    _bare_role,
    _canonical_phrase,
    _is_named,
    _name,
    _noun_gender,
    _unnamed_on_request,
)
from tasks.speakers.references import _known_gender, _resolve_pronoun
from tasks.speakers.sieve import Answer, Ask, Phrase, _index_before, _phrase, _speaker_of
from tasks.speakers.subjects import (
    _OF_BODY,
    _introduced_with_another_age,
    _other_gender,
    _reported_within,
    _unnamed_appositive,
)

# Participles by which a speaker passes on someone else's words ('"...," the club said, quoting its striker');
# "citing" is left out: it names where facts come from, and the words stay the speaker's.
QUOTING_VERBS = frozenset({"quote"})


def _age_tokens(head: Token) -> set[int]:
    """spk24a: the tokens of the age on a description's noun ("67-year-old" of "the 67-year-old retired postal
    worker"); none when it has none."""
    if _age_in(head) is None or head.lower_ == "old":
        return set()
    old = next(c for c in head.children if c.lower_ == "old")
    return {t.i for t in old.subtree}


# "democrat" / "democratic": words sharing a stem this long or longer are one qualifier; also the stem that
# nominal-adjective looks for beside a name (an earlier 8 for that pass was always shadowed by this 5).
MIN_STEM = 5


def _qualifier_words(ctx: Context, head: Token) -> set[str]:
    """The capitalised words that qualify a description's noun, lower case: a name or a proper adjective
    before it ("the Riverside coach", "the Democratic senator", "Tran's lawyer") or in an "of"/"from"/"for"
    phrase after it ("the senator from Ohio", "the lawyer for Fox"); never the sentence's first word."""
    words: set[str] = set()
    for t in head.subtree:
        if t.i == head.i or ctx.quote_of[t.i] >= 0 or t.is_sent_start or not t.text[:1].isupper():
            continue
        if t.pos_ not in {"PROPN", "ADJ", "NOUN"} or t.lower_ in ctx.title_words:
            continue
        if t.i > head.i:
            prep = next((x for x in t.ancestors if x.head.i == head.i), None)
            if prep is None or prep.dep_ != "prep" or prep.lower_ not in _QUALIFYING_PREPS:
                continue
        words.add(t.lower_)
    return words


_QUALIFYING_PREPS = frozenset({"of", "from", "for"})


def _same_word(q: str, w: str) -> bool:
    if q == w:
        return True
    short, long_ = sorted((q, w), key=len)
    return len(short) >= MIN_STEM and long_.startswith(short) and len(long_) - len(short) <= 3


def _title_holders(ctx: Context, lemma: str, family: str | None, before: int) -> dict[str, set[str]]:
    """The people named before character ``before`` who hold ``lemma`` (or a phrase of ``family``) by a
    title or a description, each with the words of their own phrases (lower case, outside quotes)."""
    nouns: dict[str, set[str]] = {}
    for intro in ctx.introduced:
        if intro.pos < before:
            nouns.setdefault(intro.canonical, set()).add(intro.head)
    for t in ctx.titled:
        if ctx.tokens[t.i].idx < before:
            nouns.setdefault(t.canonical, set()).update({t.head, f"family:{t.family}"})
    expansions: dict[str, set[str]] = {}
    for short, word in ctx.cues.title_abbreviations:
        expansions.setdefault(short, set()).add(word)
    words: dict[str, set[str]] = {}
    for start, k, ent in ctx.named:
        if ent.label != "PERSON" or start >= before:
            continue
        own, ties = _own_words(ctx, ctx.tokens[k], ent)
        words.setdefault(ent.canonical, set()).update(own | ties)
        for w in own:
            nouns.setdefault(ent.canonical, set()).update({w} | expansions.get(w.rstrip("."), set()))
    held = {lemma} | ({f"family:{family}"} if family is not None else set())
    return {person: words.get(person, set()) for person, n in nouns.items() if n & held and person in words}


def _own_words(ctx: Context, token: Token, ent: Entity) -> tuple[set[str], set[str]]:
    """The words the article sets in a person's own phrase where it names them: the name's subtree (title,
    apposition, "of Pueblo"), and, apart (ties, no title), its relative clause and, for the subject of a
    verb that is no speech verb, that verb's object ("Attorney Karen Wells represents former Mayor Ben
    Fox")."""
    root = token
    while ctx.ent_of.get(root.head.i) is ent and root.head.i != root.i:
        root = root.head
    skip: set[int] = set()
    for t in root.subtree:
        if t.dep_ in {"relcl", "acl"} and t.i not in skip:
            skip.update(x.i for x in t.subtree)
    found = {t for t in root.subtree if t.i not in skip}
    # the title right before the name, however the parse hung it
    for k in range(root.left_edge.i - 1, max(root.left_edge.i - 1 - MAX_TITLE_WORDS, -1), -1):
        if not ctx.tokens[k].text[:1].isupper() or ctx.quote_of[k] >= 0:
            break
        found.add(ctx.tokens[k])
    # a clause on the name ("Sen. Jo Li, who represents Ohio,") ties words to the person but gives no title;
    # whatever else it names may fit another holder too, and two who fit give no answer
    ties: set[Token] = {ctx.tokens[i] for i in skip}
    verb = root.head
    acts = verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() not in ctx.cues.verbs
    if root.dep_ in SUBJECT_DEPS and acts:
        for obj in verb.children:
            if obj.dep_ in {"dobj", "attr"}:
                ties.update(obj.subtree)

    def lower(tokens: set[Token]) -> set[str]:
        return {t.lower_ for t in tokens if ctx.quote_of[t.i] < 0 and ctx.ent_of.get(t.i) is not ent}

    return lower(found), lower(ties)


def _role(a: Ask) -> Answer:
    """ "the mayor", "the new mayor", "the prime minister" (the model may make a title's words proper nouns):
    the person named with that title."""
    head, ctx = a.subj, a.ctx
    if head is None:
        return None
    lemma = head.lemma_.lower()
    p = _phrase(ctx, head)
    other = [t.lower_ for t in p.body if t.lower_ in ctx.cues.other_office]
    if other and p.definite:  # "the former chancellor": the one named with that modifier and title
        person = ctx.other_role_of.get(f"{other[0]} {lemma}")
        return Speaker(text=p.text, canonical=person, start=p.start, end=p.end) if person else None
    # "the Labour MP": names before the title, said with it before the person's name ("Labour MP Jo Li")
    named = [t for t in p.body if t.i != head.i and t.i in ctx.ent_of and t.pos_ == "PROPN"]
    unnamed = [t for t in p.body if t not in named]
    if p.definite and lemma not in ctx.role_of and (holder := _office_just_quoted(a, head, p)) is not None:
        return holder
    if not (p.definite and lemma in ctx.role_of and _bare_role(ctx, head, unnamed)):
        return None
    role = _role_person(ctx, head, unnamed)
    if role is not None and not _is_named(ctx, role, p.start) and not _lede_office(ctx, head, role):
        return None  # "the minister said" before "Treasury minister Jo Li" comes in: another minister
    if named and (role is None or not _titled_with(ctx, named, head, role, p.start)):
        return None  # "the Labour MP" after "MP Jo Li": the party was never said to be hers
    # the titles themselves are _role_person's to weigh ("the prime minister" among two ministers)
    if role is None or _newer_referent(
        ctx, head, _last_named(ctx, role, p.start), p.start, role, titled=False
    ):
        return (
            None  # "Dr. Jo Li ... A doctor at another clinic said ... the doctor said": either may be meant
        )
    return Speaker(text=p.text, canonical=role, start=p.start, end=p.end)


def _office_just_quoted(a: Ask, head: Token, p: Phrase) -> Speaker | None:
    """lead25: "Rachel Reeves insisted the finances were sound. Speaking in Derby, the Chancellor said:
    '...'": a bare office no one in the article is titled with, in the paragraph of the one person quoted
    in the sentence before it, who is that sentence's sole subject, stands for that person (as a sports
    report's "the forward" does: :func:`_just_quoted`)."""
    ctx = a.ctx
    if head.lower_ not in ctx.cues.titles or len(p.body) != 1 or head.tag_ not in ("NN", "NNP"):
        return None
    last = next((m for m in reversed(a.history) if m.spoke and m.pos < head.idx), None)
    if last is None or ctx.csent(head) - ctx.csent(last.sent) != 1:
        return None
    if "\n" in ctx.text[last.pos : head.idx]:
        return None  # another paragraph: the office may be someone else's
    person = _sole_subject_before(ctx, head)
    if (
        person is None
        or person.canonical != last.speaker.canonical
        or _other_gender(ctx, head, person.canonical)
    ):
        return None
    return Speaker(text=p.text, canonical=person.canonical, start=p.start, end=p.end)


LEDE_NAMING = 2  # sentences after the lede within which the office it describes gets its holder's name


def _lede_office(ctx: Context, head: Token, canonical: str) -> bool:
    """ "The mayor of Millbrook on Monday defended her plan ... . 'We have a housing emergency,' Mayor Lisa
    Tran told ...": an office the article's first sentence describes is the one person titled with it, when
    the name follows within ``LEDE_NAMING`` sentences and no one else bears that title."""
    sent = ctx.sent_of[head.i]
    first = next((k for k in range(len(ctx.sent_bounds)) if ctx.content(k)), None)
    if first != sent or head.lower_ in ctx.shared_roles:
        return False
    last = min(sent + LEDE_NAMING, len(ctx.sent_bounds) - 1)
    end = ctx.tokens[ctx.sent_bounds[last][1] - 1].idx
    return any(ent.canonical == canonical and start <= end for start, _, ent in ctx.named)


def _titled_with(ctx: Context, named: Sequence[Token], head: Token, canonical: str, before: int) -> bool:
    """Whether the person ``canonical`` is named before the character ``before`` right after the title
    ``head``'s word and the names of ``named`` ("Labour MP Jane Ford" for "the Labour MP")."""
    wanted = {t.lower_ for t in named} | {head.lower_}
    for _, i, ent in ctx.named:
        if ent.start >= before:
            break
        if ent.canonical != canonical:
            continue
        first, words = i, ent.canonical.split()
        while ctx.ent_of.get(first) is ent and ctx.tokens[first].text not in words:
            first += 1  # titles the model took into the name come before it
        title = {
            t.lower_ for t in ctx.tokens[max(first - MAX_TITLE_WORDS, 0) : first] if ctx.quote_of[t.i] < 0
        }
        if wanted <= title:
            return True
    return False


def _last_named(ctx: Context, canonical: str, before: int) -> int:
    """Where the person ``canonical`` was last named before the character ``before`` (0 if never)."""
    k = bisect.bisect_left(ctx.named_starts, before) - 1
    while k >= 0 and ctx.named[k][2].canonical != canonical:
        k -= 1
    return ctx.named[k][0] if k >= 0 else 0


def _not_reported(a: Ask, _: Speaker) -> bool:
    """Corroboration of ``role``: the speech verb is no part of what another speech verb reports ("Jo Li
    said that if the president is now saying 'X', ..."): there, the quote is the outer speaker's account,
    and the title names someone the outer speaker talks about."""
    node = a.cue
    while node is not None and node.head.i != node.i:
        node = node.head
        if a.ctx.is_cue(node) and subject_of(node, a.ctx.quote_of) is not None:
            return False
    return True


def _missed_name(a: Ask) -> Answer:
    """ "Mayor Ana Ruiz" that the model did not tag: the name without its titles (see :func:`_name`)."""
    if a.subj is None or a.subj.pos_ != "PROPN":
        return None
    p = _phrase(a.ctx, a.subj)
    name = _name(a.ctx, p.body)
    return Speaker(text=p.text, canonical=name, start=p.start, end=p.end) if name is not None else None


def _same_description(a: Ask) -> Answer:
    """ "A senior official said ... the official said": an earlier speaker described with the same noun (and
    no new modifiers), or the author of "the report" someone "wrote in"."""
    head, ctx = a.subj, a.ctx
    if head is None:
        return None
    p = _phrase(ctx, head)
    if not p.definite:
        return None
    lemma = head.lemma_.lower()
    words = {t.lower_ for t in p.body if t.i != head.i}
    earlier: Speaker | None = None
    earlier_at = -1
    other = ctx.cues.other_office
    for mention in reversed(a.history):
        # Only speakers before the phrase: the phrase's own mention (a role subject) is no earlier speaker.
        if mention.head == lemma and mention.speaker.start is not None and mention.pos < p.start:
            before = {w.lower() for w in mention.speaker.text.split()}
            # "the former chairman" said before is not who "the chairman" is
            if words <= before and _same_number(head, before) and (before & other) <= words:
                earlier, earlier_at = mention.speaker, mention.pos
                break
    if earlier is not None and _held_other_office(ctx, earlier.canonical, lemma, words):
        return None  # "the former chairman, Jo Li," said before is not who "the chairman" is
    # "X wrote in a recent report. ... , the report said": the nearer of that report and an earlier "the
    # report" speaker is the one meant.
    authored = [
        (pos, who)
        for pos, noun, modifiers, who in ctx.authored
        if noun == lemma and pos < head.idx and words <= modifiers
    ]
    if authored:
        pos, who = max(authored, key=lambda x: x[0])
        if earlier is None or earlier_at < pos:
            earlier = who
    if earlier is None:
        return None
    since = max(earlier_at, earlier.end or earlier_at)
    if _newer_referent(ctx, head, since, p.start, earlier.canonical):
        return None  # "the chairman" after a second chairman came in: either may be meant
    if earlier.canonical not in ctx.alias and _introduced_as(a) is not None:
        # "..., the winger said." before anyone was named so, then "winger Jo Li": a later "the winger" is the
        # one person introduced with the word, not the unnamed description it first stood for.
        return None
    return Speaker(
        text=p.text, canonical=earlier.canonical, anonymous=earlier.anonymous, start=p.start, end=p.end
    )


def _same_number(head: Token, before: set[str]) -> bool:
    """ "the authors" is not the one "co-author, Thomas Okello" named before, nor "the officials" the one
    "senior official": a plural description stands for an earlier speaker only when that one was written in
    the plural too ("two officials said ... the officials said"), a singular one only when that one was
    written in the singular."""
    word = head.lower_
    plurals = {word + "s", word + "es", word[:-1] + "ies", word[:-3] + "men" if word.endswith("man") else ""}
    if head.tag_ in {"NN", "NNP"} and word not in before and before & plurals:
        return False  # spk27b: "the lawyer" is one of "Two defense lawyers" said before, not both
    return head.tag_ not in {"NNS", "NNPS"} or head.lower_ in before


_OWNING_PRONOUNS = frozenset({"his", "her", "their"})


def _introduced_as(a: Ask) -> Answer:
    """ "Jo Li, a nurse at Mercy Hospital, ..." then "the nurse said": a definite description stands for the
    one person introduced before with that noun (its modifiers among the introduction's words); two people
    introduced so: no guess. See :mod:`tasks.introductions`."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or not ctx.introduced:
        return None
    p = _phrase(ctx, head)
    # spk24a: an age ("the 67-year-old retired postal worker", tagged DATE) tells what the introduction may
    # not have said; it is no name
    aged = _age_tokens(head)
    named = [t for t in p.tokens if t.i in ctx.ent_of and t.i not in aged]
    # "Her son, Chidi Okafor, said ... '...,' her son said" (spk23c): a "his"/"her" before the noun is as
    # definite as "the"; the introduction must carry the same possessive (its words hold the phrase's).
    owned = p.tokens[0].dep_ == "poss" and p.tokens[0].lower_ in _OWNING_PRONOUNS
    if not (p.definite or owned) or any(t.i == head.i for t in named):
        return None
    lemma = head.lemma_.lower()
    words = {
        t.lower_
        for t in p.body
        if t.i != head.i and not t.is_punct and t.i not in ctx.ent_of and t.i not in aged
    }
    # "former chancellor Ana Ruiz" is not who "the chancellor" is; "the former chancellor" is
    other = ctx.cues.other_office
    people = {
        i.canonical
        for i in ctx.introduced
        if i.head == lemma
        and i.pos < head.idx
        and _words_within(words, i.words, ctx.cues.past_occupation)
        and (i.words & other) <= _words_within_past(words, i.words, ctx.cues.past_occupation)
    }
    if len(people) != 1:
        return None
    (person,) = people
    if aged and _introduced_with_another_age(ctx, person, _age_in(head), head.idx):
        return None  # "Jo Li, 45, a nurse," is not "the 67-year-old nurse"
    if named and not _named_at_introduction(ctx, named, person, lemma, head.idx):
        return None  # "the Labour MP" after "the local MP, Jo Li,": the party was never said to be hers
    # "the former coach" names another office than the one a title gives ("Coach Jo Li")
    titled = not words & other
    if titled and _titled_another(ctx, lemma, person, 0, p.start):
        return None  # "Acme Chairman Jo Li" and "Ana Ruiz, chairman of Beta": either may speak
    since = max(
        i.pos for i in ctx.introduced if i.canonical == person and i.head == lemma and i.pos < head.idx
    )
    if _newer_referent(ctx, head, since + 1, p.start, person, titled=titled):
        return None  # "A nurse, Jo Li, ... A second nurse said ... the nurse said": either may be meant
    family = _family_of(ctx, head)
    if any(t.family == family and t.canonical != person and t.i < head.i for t in ctx.titled):
        return None  # "Crown attorney Jo Li ... A second prosecutor, Ana Ruiz, ...": two prosecutors
    first = min(i.pos for i in ctx.introduced if i.canonical == person and i.head == lemma)
    if _another_described_before(ctx, head, person, first):
        return None  # "Rovers sacked their manager ... City manager Bo Park ... the manager said": either
    if owned and _owner_is(a, p.tokens[0], person):
        return None  # "Ana Ruiz ... her sister, Eva ... Eva spoke. Her sister said": Eva's sister, not Eva
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


def _introduced_subject(a: Ask) -> Answer:
    """ "Coach Ben Kessler ... Tacoma coach Sandra Whitfield ... Kessler was more upbeat. '...,' the coach
    said": a definite description whose word introduced several people stands for the one of them who is
    the sole subject just before (:func:`_sole_subject_before`); ``introduced-as`` makes no guess there."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or not ctx.introduced:
        return None
    p = _phrase(ctx, head)
    if not p.tokens or p.tokens[0].lower_ != "the" or any(t.i in ctx.ent_of for t in p.tokens):
        return None
    lemma = head.lemma_.lower()
    words = {t.lower_ for t in p.body if t.i != head.i and not t.is_punct}
    people = {
        i.canonical for i in ctx.introduced if i.head == lemma and i.pos < head.idx and words <= i.words
    }
    if len(people) < 2:
        return None  # one person so introduced: role and introduced-as judge it
    person = _sole_subject_before(ctx, head)
    if person is None or person.canonical not in people:
        return None
    return Speaker(text=p.text, canonical=person.canonical, start=p.start, end=p.end)


def _owned_kin(a: Ask) -> Answer:
    """ "Mrs Parkin's son, Graham Parkin, ... Her son said", "Moreno's father, Javier Moreno, ... '...,' his
    daughter said": a relative owned by "his"/"her" stands for the one person the article's family links
    (``Context.kin_links``) give the owner that relative in, either way round (:func:`_linked_kin`), the
    owner read as that pronoun would be. ``introduced-as`` takes "her son" only when the introduction said
    "her son" as well."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or not ctx.kin_links:
        return None
    lemma = head.lemma_.lower()
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    gender = _noun_gender(ctx, lemma)
    kin = ctx.cues.kin_kind(lemma)
    if owner is None or owner.lower_ not in {"his", "her"} or gender is None or kin is None:
        return None
    p = _phrase(ctx, head)
    if p.tokens[0].i != owner.i or len(p.tokens) != 2:
        return None  # "her late husband", "his eldest son": another of them may be meant
    found = _resolve_pronoun(ctx, owner, a.cue, a.history, a.max_lookback, anchor=a.anchor)
    if found is None or not _is_named(ctx, found.canonical):
        return None
    person = _kin_by_links(ctx, lemma, gender, lambda name, _: name == found.canonical)
    if person is None:
        return None
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


def _told_fits(ctx: Context, canonical: str, told: str | None, want: str) -> bool:
    """Whether a person may be of gender ``want``: by what a family word tells of them (``told``), else by
    what the article tells."""
    known = told or _known_gender(ctx, canonical)
    return known is None or known == want


def _kin_by_links(
    ctx: Context, noun: str, gender: str, owns: Callable[[str, str | None], bool], by_gender: bool = False
) -> str | None:
    """The one person the article's family links (``Context.kin_links``) make the owner's ``noun`` (of
    ``gender``): linked as that relative of an owner, or owning a link of the other side to the owner
    ("Moreno's father, Javier Moreno": Moreno is Javier's daughter, if a woman; "Her husband, Tom," makes
    her Tom's wife). Two fit: None. ``owns``: whether a person (canonical name, and the gender a family
    word tells of them, if read) is the owner meant: the one named ("Moreno's father"), or (r2s25a,
    ``by_gender``) anyone of the gender "his"/"her" says ("his wife"); then the genders the links' own
    words tell count, a link whose owner that contradicts was read wrong, and a kind of link with no other
    side in the lexicon ("grandson", "cousin") names no one."""
    kind = ctx.cues.kin_kind(noun)
    if kind is None or (by_gender and kind.other_side is None):
        return None
    male, female = ctx.cues.male_nouns, ctx.cues.female_nouns
    found: set[str] = set()
    for link in ctx.kin_links:
        owner, relative = ctx.unguessed(link.owner).canonical, ctx.unguessed(link.relative).canonical
        told = owner_told = None
        if by_gender:
            told = "Masc" if link.noun in male else "Fem" if link.noun in female else None
            owner_told = link.owner_gender
            if owner_told is not None and not _told_fits(ctx, owner, None, owner_told):
                continue  # "her son" owned by a man: the link was read wrong
        linked = ctx.cues.kin_kind(link.noun)
        if linked == kind and owns(owner, owner_told) and _told_fits(ctx, relative, told, gender):
            found.add(relative)
        if (
            linked is not None
            and linked.name == kind.other_side
            and owns(relative, told)
            and _told_fits(ctx, owner, owner_told, gender)
        ):
            found.add(owner)
    return found.pop() if len(found) == 1 else None


def _words_within_past(words: set[str], intro: frozenset[str] | set[str], past: frozenset[str]) -> set[str]:
    """r2s24b: a description's words, with its word for a past occupation ("former") read as the one the
    introduction used ("retired"), when each has one."""
    if not (words & past and intro & past):
        return words
    return (words - past) | (set(intro) & past)


def _words_within(words: set[str], intro: frozenset[str] | set[str], past: frozenset[str]) -> bool:
    """Whether a description's words are among the introduction's, "former" matching "retired"."""
    return _words_within_past(words, intro, past) <= intro


def _owner_is(a: Ask, owner: Token, person: str) -> bool:
    """Whether the "his"/"her" owning a description ("her sister") stands for ``person``, who then cannot be
    the one it describes: a relation's owner is never its other end (r2s23)."""
    found = _resolve_pronoun(a.ctx, owner, a.cue, a.history, a.max_lookback, anchor=a.anchor)
    return found is not None and found.canonical == person


def _introduced_as_or_family(a: Ask) -> Answer:
    """ "the nurse" for the one person introduced as a nurse (:func:`_introduced_as`); failing that, "the
    prosecutor" for the one person introduced or titled with another phrase of its family
    (:func:`_description_family`)."""
    found = _introduced_as(a)
    return found if found is not None else _description_family(a)


def _description_family(a: Ask) -> Answer:
    """ "U.S. Attorney Dana Reyes announced ... '...,' the prosecutor said": a definite description stands for
    the one person introduced or titled before it with another phrase of its family (``description_families``
    in the lexicon: "crown attorney", "district attorney" for "prosecutor"; "spokesman" for "spokesperson").
    Not when the person's phrase has the description's own noun (``role`` and ``introduced-as`` judge those),
    when someone else is given the family, when another one is brought in with a word of it or named with it
    before (:func:`_family_contradicted`), nor when the word's gender is not the person's."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or not ctx.titled:
        return None
    family = _family_of(ctx, head)
    p = _phrase(ctx, head)
    if family is None or not p.tokens or p.tokens[0].lower_ != "the":
        return None
    if any(t.i in ctx.ent_of for t in p.tokens):
        return None  # "the DNB analyst": the name says which affiliation; the lemma passes read those
    lemma = head.lemma_.lower()
    if lemma in ctx.role_of or any(i.head == lemma and i.pos < head.idx for i in ctx.introduced):
        return None  # the word itself names someone: role and introduced-as judge it
    fits = [t for t in ctx.titled if t.family == family and t.i < p.tokens[0].i]
    people = {t.canonical for t in fits}
    if len(people) != 1 or any(t.head == lemma for t in fits):
        return None
    (person,) = people
    gender = _noun_gender(ctx, lemma)
    known = {ctx.genders.get(person) or ctx.given_genders.get(person)} | {
        _noun_gender(ctx, t.head) for t in fits
    }
    if gender is not None and known - {None, gender}:
        return None  # "the spokeswoman" is not the man titled "press secretary" or introduced as a spokesman
    if _family_contradicted(ctx, head, family, person, min(t.i for t in fits)):
        return None
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


# spk26b: the sentences of a story's lede (content sentences 0 and 1), where a wire describes whom the body
# names next ("a lawyer accused prosecutors ...", "in what the judge called ...").
LEDE_SENTENCES = 2


def _named_after_lede(a: Ask) -> Answer:
    """spk26b: a lede describes, the body names: "..., as her lawyer accused prosecutors of building a case on
    '...'" then "Through her attorney, Gregory Lang, she has denied ..."; "in what the judge called a '...'"
    then "Mr Justice Johnson told the court". A bare definite or possessive description of the lede's first
    two sentences, before anyone is named, stands for the one person the article introduces or titles with its
    word or a phrase of its family (``description_families``) in the ``LEDE_NAMING`` sentences after it; two
    such people, a description with modifiers ("the former judge") or a word whose gender is not the
    person's: no guess."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or ctx.csent(head) >= LEDE_SENTENCES:
        return None
    p = _phrase(ctx, head)
    if len(p.tokens) != 2 or p.tokens[0].lower_ not in {"the", "his", "her", "their"}:
        return None
    if any(ent.label == "PERSON" and ctx.quote_of[i] < 0 for start, i, ent in ctx.named if start < p.start):
        return None  # someone named before: the description may be that person's epithet
    lemma = head.lemma_.lower()
    family = _family_of(ctx, head)
    # named within LEDE_NAMING sentences after the description's: a title named much later may be another's
    last = ctx.csent(head) + LEDE_NAMING
    limit = max(ctx.tokens[hi - 1].idx for k, (_, hi) in enumerate(ctx.sent_bounds) if ctx.csent(k) <= last)
    people = {i.canonical for i in ctx.introduced if i.head == lemma and p.end < i.pos <= limit}
    people |= {
        t.canonical
        for t in ctx.titled
        if family is not None and t.family == family and head.i < t.i and ctx.tokens[t.i].idx <= limit
    }
    people |= _apposed_after(ctx, head, lemma, family, limit)
    if len(people) != 1:
        return None
    (person,) = people
    gender = _noun_gender(ctx, lemma)
    known = ctx.genders.get(person) or ctx.given_genders.get(person)
    if gender is not None and known is not None and known != gender:
        return None
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


def _lede_named_later(a: Ask) -> Answer:
    """spk27b: a lede brings a person in by description and the body names them: "A prosecutor told jurors
    ..." (or "A police officer who shot a man ... testified"), "'...,' the prosecutor said", then "Assistant
    District Attorney Jane Ruiz said ...": the lede's "a"/"an" description of content sentences 0 and 1 (or
    its "the" description before anyone is named: "..., the police chief said at a briefing"), and every
    later "the" description with its noun, is the one person the article ties to it by title or
    introduction with that noun or a phrase of its family ("Officer Derek Shaw", "Kim Alder, a charge
    nurse,", "Police Chief Dana Whitmore"). Not when anyone held the word before the lede's description,
    someone else is brought in with it later ("another officer", "officers"), two people hold it, the lede
    withholds the name ("who asked not to be named") or the noun is for an unnamed source ("an official",
    ``unnamed_source_nouns``)."""
    head, ctx = a.subj, a.ctx
    if head is None or head.pos_ != "NOUN" or head.tag_ != "NN" or ctx.quote_of[head.i] >= 0:
        return None
    p = _phrase(ctx, head)
    if not p.tokens or p.tokens[0].lower_ not in {"the", "a", "an"}:
        return None
    if any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in p.tokens):
        return None
    lemma = head.lemma_.lower()
    if lemma in ctx.cues.unnamed_source_nouns:
        return None
    family = _family_of(ctx, head)
    mentions = [
        t
        for t in ctx.tokens[: head.i + 1]
        if t.pos_ == "NOUN"
        and ctx.quote_of[t.i] < 0
        and (t.lemma_.lower() == lemma or (family is not None and _family_of(ctx, t) == family))
    ]
    lede = mentions[0] if mentions else None
    if lede is None or ctx.csent(lede) >= LEDE_SENTENCES or lede.tag_ != "NN":
        return None
    det = next((c.lower_ for c in lede.children if c.dep_ == "det"), None)
    if det not in {"a", "an", "the"}:
        return None
    if det == "the" and any(ent.label == "PERSON" for start, _, ent in ctx.named if start < lede.idx):
        return None  # "the chief" after someone was named may be that person's epithet
    if det == "the" and lede.i == head.i and _named_after_lede(a) is not None:
        return None  # a bare "the judge" of the lede itself: named-after-lede's
    if _unnamed_on_request(lede) or _clause_names_someone(ctx, lede):
        return None
    for t in mentions[1:]:
        if t.tag_ != "NN" or _new_referent(t) or not any(c.lower_ == "the" for c in t.children):
            return None  # "another officer", "officers", "her lawyer": someone else may be meant
    holders = _title_holders(ctx, lemma, family, len(ctx.text) + 1)
    if len(holders) != 1:
        return None
    (person,) = holders
    first = min(start for start, _, ent in ctx.named if ent.canonical == person)
    if first < lede.idx or _other_gender(ctx, head, person):
        return None
    own = {t.i for t in ctx.titled if t.canonical == person}
    own |= {i.pos for i in ctx.introduced if i.canonical == person}
    for t in ctx.tokens[head.i + 1 :]:
        # after the quote too: "A spokeswoman for Bat declined to comment", "another officer", "officers"
        # bring in someone else the word may mean, unless it is the holder's own title or set beside the
        # holder's name ("Defense attorney Marcus Lee", "Xing, a spokesman,")
        if t.pos_ != "NOUN" or ctx.quote_of[t.i] >= 0 or t.i in own or t.idx in own:
            continue
        if _apposed_to(ctx, t, person) or (
            (e := ctx.ent_of.get(t.head.i)) is not None and e.canonical == person
        ):
            continue
        if t.lemma_.lower() != lemma and (family is None or _family_of(ctx, t) != family):
            continue
        if t.tag_ != "NN" or _new_referent(t) or not any(c.lower_ == "the" for c in t.children):
            return None
    if not all(any(_same_word(q, w) for w in holders[person]) for q in _qualifier_words(ctx, lede)):
        return None  # "the mayor of Millbrook" is not "Mayor Lisa Tran of a nearby town"
    named_at = ctx.tokens[max(bisect.bisect_right(ctx.starts, first) - 1, 0)]
    if det == "the" and ctx.csent(named_at) > ctx.csent(lede) + LEDE_NAMING:
        return None  # a definite lede's office named only much later may be another holder's
    return Speaker(text=p.text, canonical=person, start=p.start, end=p.end)


def _clause_names_someone(ctx: Context, noun: Token) -> bool:
    """Whether a person is named in the lede description's own phrase ("a lawyer for Jo Li"): the phrase
    then says whose the person is, not who."""
    return any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in noun.subtree)


def _apposed_after(ctx: Context, head: Token, lemma: str, family: str | None, limit: int) -> set[str]:
    """The people named beside a noun of ``lemma`` or of its family after ``head``, outside quotes ("Through
    her attorney, Gregory Lang, she ..."; "Ms Li's lawyer, Jo Reed, said"), however the parse hangs the name
    on the noun or the noun on the name; up to the character ``limit``."""
    found: set[str] = set()
    for tok in ctx.tokens[head.i + 1 :]:
        if tok.idx > limit:
            break
        if tok.pos_ != "NOUN" or ctx.quote_of[tok.i] >= 0:
            continue
        if tok.lemma_.lower() != lemma and (family is None or _family_of(ctx, tok) != family):
            continue
        beside = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
        if tok.i + 2 < len(ctx.tokens) and ctx.tokens[tok.i + 1].text == ",":
            # the parse may hang the name elsewhere: commas on both sides tell ("her attorney, Jo Li, she")
            ent = ctx.ent_of.get(tok.i + 2)
            closing = (
                next((t for t in ctx.tokens[tok.i + 2 :] if t.idx >= (ent.end or 0)), None) if ent else None
            )
            if closing is not None and closing.text == ",":
                beside.append(ctx.tokens[tok.i + 2])
        for other in beside:
            ent = ctx.ent_of.get(other.i)
            if ent is not None and ent.label == "PERSON":
                found.add(ent.canonical)
    return found


def _family_of(ctx: Context, noun: Token) -> str | None:
    """The description family of the phrase ``noun`` heads (its words up to the noun, without determiners),
    None with a word of another office or of someone new ("the former prosecutor", "another spokesman")."""
    words = [
        t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ not in {"det", "poss"} and not t.is_punct
    ]
    if set(words) & (ctx.cues.other_office | NEW_REFERENT_MODIFIERS):
        return None
    return ctx.cues.description_family(words)


def _family_contradicted(ctx: Context, head: Token, family: str, person: str, first: int) -> bool:
    """Whether a phrase of ``family`` outside quotes before ``head`` may be someone other than ``person``
    (first given the family at token ``first``): a plural ("prosecutors"), someone brought in ("a federal
    prosecutor", "another spokesman"), or, before ``person`` was first given it, a possessive or definite
    one ("their spokesman") not set beside the person's name."""
    titled_at = {t.i for t in ctx.titled if t.canonical == person}
    for token in ctx.tokens[: head.i]:
        if token.pos_ != "NOUN" or ctx.quote_of[token.i] >= 0 or token.i in titled_at:
            continue
        if token.i in ctx.ent_of or _apposed_to(ctx, token, person):
            continue
        kind = ctx.cues.description_family([token.lower_]) if token.tag_ == "NNS" else _family_of(ctx, token)
        if kind is None and token.tag_ == "NNS":
            kind = ctx.cues.description_family([token.lemma_.lower()])
        if kind != family:
            continue
        if token.tag_ == "NNS" or _new_referent(token):
            return True
        if token.i < first and any(c.dep_ in {"poss", "det"} for c in token.children):
            return True
    return False


def _another_described_before(ctx: Context, head: Token, person: str, first: int) -> bool:
    """Whether, before ``person`` was first introduced with ``head``'s noun (at character ``first``), someone
    is described with it by whose they are ("Rovers sacked their manager. ... City manager Bo Park"), outside
    quotes and not set beside the person's name: that one may be whom the later "the manager" means."""
    lemma = head.lemma_.lower()
    words = {t.lower_ for t in _phrase(ctx, head).body if t.i != head.i}
    for token in ctx.tokens[: head.i]:
        if token.idx >= first:
            break
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma or ctx.quote_of[token.i] >= 0:
            continue
        if not words <= {t.lower_ for t in token.subtree}:
            continue  # "Lakeside's coach" is not who "the former coach" is
        if any(c.dep_ == "poss" for c in token.children) and not _apposed_to(ctx, token, person):
            return True
    return False


def _named_at_introduction(ctx: Context, named: list[Token], person: str, lemma: str, before: int) -> bool:
    """Whether every name in a description ("the Nordea analyst") stands in a sentence that introduced
    ``person`` with the noun ("A second analyst, Emil Berg of Nordea Markets, said"): the name says which of
    the person's affiliations the description repeats."""
    sentences = []
    for i in ctx.introduced:
        if i.canonical == person and i.head == lemma and i.pos < before:
            span = ctx.doc.char_span(i.pos, i.pos + 1, alignment_mode="expand")
            if span is not None:
                lo, hi = ctx.sent_bounds[ctx.sent_of[span.start]]
                sentences.append({t.lower_ for t in ctx.tokens[lo:hi] if ctx.quote_of[t.i] < 0})
    return any(all(t.lower_ in words for t in named) for words in sentences)


def _held_other_office(ctx: Context, canonical: str | None, lemma: str, words: set[str]) -> bool:
    """Whether ``canonical`` was introduced with ``lemma`` only under another office ("the former chairman,
    Jo Li,", "outgoing coach Jo Li") that ``words`` do not repeat: not who a bare "the chairman" is."""
    other = ctx.cues.other_office
    offices = [i.words & other for i in ctx.introduced if i.canonical == canonical and i.head == lemma]
    return bool(offices) and all(not o <= words for o in offices)


# Modifiers that bring in another person described with a noun already used ("a second nurse").
NEW_REFERENT_MODIFIERS = frozenset({"second", "third", "other", "another", "different", "separate"})


def _newer_referent(
    ctx: Context, head: Token, lo: int, hi: int, canonical: str | None, *, titled: bool = True
) -> bool:
    """Whether someone other than ``canonical`` is brought in with ``head``'s noun between the characters
    ``lo`` and ``hi`` (outside quotes): a person introduced with it ("The league's chairman, Jo Li,") or a
    new, unnamed one ("another officer", "a second nurse"), or (``titled``) someone named with it as a
    title. Then a later "the chairman" may mean either, and the nearest earlier one is no safer a reading
    than the other (several people share a description)."""
    lemma = head.lemma_.lower()
    words = {t.lower_ for t in _phrase(ctx, head).body if t.i != head.i}
    other = ctx.cues.other_office
    if any(
        i.head == lemma and lo <= i.pos < hi and i.canonical != canonical and (i.words & other) <= words
        for i in ctx.introduced
    ):
        return True  # not "former chancellor Ken Clarke" for "the chancellor": another office
    for token in ctx.tokens:
        if token.idx < lo or token.i == head.i:
            continue
        if token.idx >= hi:
            break
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma or ctx.quote_of[token.i] >= 0:
            continue
        if _new_referent(token) and not _apposed_to(ctx, token, canonical):
            return True
    return titled and _titled_another(ctx, lemma, canonical, lo, hi)


def _titled_another(ctx: Context, lemma: str, canonical: str | None, lo: int, hi: int) -> bool:
    """Whether someone other than ``canonical`` is named with the title ``lemma`` between the characters
    ``lo`` and ``hi``, outside quotes ("Acme Chairman Jo Li", which the model may read as one name): a
    title of two people stands for neither (as ``shared_roles`` for the lexicon's titles)."""
    if lemma in ctx.shared_roles or ctx.role_of.get(lemma, canonical) != canonical:
        return True
    for token in ctx.tokens:
        if token.idx < lo or ctx.quote_of[token.i] >= 0 or token.lower_ != lemma or token.dep_ != "compound":
            continue
        if token.idx >= hi:
            break
        ent = ctx.ent_of.get(token.head.i)
        if ent is not None and ent.label == "PERSON" and ent.canonical != canonical:
            return True
    return False


def _new_referent(noun: Token) -> bool:
    """ "a nurse", "another officer", "a second villager": a noun phrase that brings someone in (an
    indefinite determiner or a modifier saying another one), not one that points back ("the nurse")."""
    return any(
        (c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE)
        or (c.dep_ in {"amod", "advmod"} and c.lower_ in NEW_REFERENT_MODIFIERS)
        for c in noun.children
    )


def _anonymous_source(a: Ask) -> Answer:
    """ "a senior official said", "sources told AFP": a source noun and no name in its phrase."""
    if a.subj is not None and (unnamed := _unnamed_appositive(a.subj)) is not None:
        return _description(replace(a, subj=unnamed))
    found = _description(a)
    return found if isinstance(found, Speaker) and found.anonymous else None


def _named_description(a: Ask) -> Answer:
    """ "Alan Grayson's spokeswoman", "the Israeli military": a description that names whom it belongs to."""
    if a.subj is None:
        return None
    p = _phrase(a.ctx, a.subj)
    if not any(t.i != a.subj.i and t.i in a.ctx.ent_of for t in p.body):
        return None
    if (person := _person_of_affiliation(a.ctx, p)) is not None:
        return _speaker_of(a.ctx.unguessed(person))
    return _description(a)


def _person_of_affiliation(ctx: Context, p: Phrase) -> Entity | None:
    """lead25: "said Helen Marsh of Disability Rights North": the parse may make the organisation's last word
    the subject and the name its modifier; a phrase that opens with a person's name followed by "of", "at"
    or "from" (``_OF_BODY``) is that person's. :func:`_person_of_body` reads the same shape when the
    organisation is tagged; here it is not, so the phrase's first words decide."""
    first = ctx.ent_of.get(p.tokens[0].i)
    if first is None or first.label != "PERSON":
        return None
    after = next((t for t in p.tokens if t.idx >= first.end), None)
    return first if after is not None and after.lower_ in _OF_BODY else None


def _not_an_addressee(a: Ask, _: Speaker) -> bool:
    """Corroboration of ``institution`` and ``description`` (both measured below the precision floor): the
    phrase is not the one spoken to. In "sent a text message to supporters saying '...'" the parse makes
    the noun a speech participle follows its subject, though "to" makes it the message's recipient; "according
    to the union" is the one "to" whose object speaks."""
    subj = a.subj
    if subj is None or subj.dep_ != "pobj" or subj.head.lower_ != "to":
        return True
    return subj.head.head.lemma_.lower() == "accord" or subj.head.head.lower_ == "according"


def _own_words_to_someone(a: Ask, found: Speaker) -> bool:
    """Corroboration of ``institution`` and ``description``: the phrase is not the one spoken to
    (:func:`_not_an_addressee`), nor the subject of a speech verb inside what someone else reports (see
    :func:`_reported_within`), the parse's subject of the verb is no misreading (see
    :func:`_subject_of_its_verb`), and no source relays the words (:func:`_not_relayed`)."""
    return (
        _not_an_addressee(a, found)
        and not _reported_within(a)
        and _subject_of_its_verb(a)
        and _not_relayed(a, found)
        and not _quoting_another(a)
        and not _words_of_the_quote(a)
        and not _quoted_as_saying(a)
        and not _named_at_the_colon(a)
    )


def _words_of_the_quote(a: Ask) -> bool:
    """Whether the phrase lies between quote marks: in '"Great team, great team this group," Li said, when
    asked' the parse may make words of the quote the verb's subject, which speak for no one."""
    return a.subj is not None and a.ctx.quote_of[a.subj.i] >= 0


def _quoted_as_saying(a: Ask) -> bool:
    """Whether the phrase is the object of a verb of quoting with a subject of its own ("An early tweet quoted
    the president as saying '...'"): the source that quotes is whose account the words are, and the one it
    quotes is only what that source reports ("the president was quoted as saying" has no such source)."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.dep_ not in OBJECT_DEPS or subj.head.lemma_.lower() not in QUOTING_VERBS:
        return False
    return subject_of(subj.head, ctx.quote_of) is not None


def _named_at_the_colon(a: Ask) -> bool:
    """Whether a person is named, outside the phrase, right before a colon that opens the quote after its
    speech verb ("Pollsters agree - Jo Li: '...'", "The panel heard from Jo Li:"): that person may be the one
    who speaks, as for ``colon``."""
    subj, cue, cand, ctx = a.subj, a.cue, a.cand, a.ctx
    if subj is None or cue is None or cand is None or cue.idx >= cand.start:
        return False
    k = _index_before(ctx, cand.start, MARK_CHARS)
    if k <= cue.i or ctx.tokens[k].text != ":" or ctx.quote_of[k] >= 0:
        return False
    ent = ctx.ent_of.get(k - 1)
    return ent is not None and ent.label == "PERSON" and k - 1 not in {t.i for t in subj.subtree}


def _quoting_another(a: Ask) -> bool:
    """Whether the speech verb carries a participle of quoting with an object ('"...," the club said, quoting
    a post by its striker'): the body passes on words it names the source of, and the quote is that
    source's, not the body's."""
    cue = a.cue
    if cue is None:
        return False
    return any(
        c.dep_ in {"advcl", "xcomp", "conj"}
        and c.tag_ == "VBG"
        and c.lemma_.lower() in QUOTING_VERBS
        and any(g.dep_ == "dobj" and g.pos_ in {"NOUN", "PROPN"} for g in c.children)
        for c in cue.children
    )


def _description(a: Ask) -> Answer:
    """A speaker described, not named: "A senior Hamas official", "The Israeli military"; anonymous when
    its head is a source noun ("official") and no name is in the phrase."""
    head, ctx = a.subj, a.ctx
    if head is None:
        return None
    p = _phrase(ctx, head)
    named = any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in p.tokens)
    anonymous = (head.lemma_.lower() in ctx.cues.source_nouns or _unnamed_on_request(head)) and not named
    # voicefix30: "the embattled lender" speaks as "the lender": the writer's verdict is no part of the name
    body = [t for t in p.body if not (t.dep_ == "amod" and t.lower_ in ctx.cues.verdict_descriptors)]
    canonical = _canonical_phrase(ctx, body or p.body)
    if anonymous and (whose := _whose_source(ctx, head, p)) is not None:
        # spk23c: "Analysts at Citi said": the organisation is part of who speaks, not "Analysts" alone.
        # spk25b: up to a comma ("a spokesperson for First Leicester, which runs the route,"): an aside on
        # the organisation is no part of who speaks.
        owner = list(whose.subtree)[1:]
        owner = owner[: next((k for k, t in enumerate(owner) if t.text == ","), len(owner))] or owner
        last = owner[-1]
        end = last.idx + len(last.text)
        text = ctx.text[p.start : end]
        return Speaker(
            text=text,
            canonical=f"{canonical} {whose.lower_} {_canonical_phrase(ctx, owner)}",
            anonymous=True,
            start=p.start,
            end=end,
        )
    if (part_end := _name_of_part(ctx, head, p)) is not None:
        tail = ctx.tokens[p.tokens[-1].i + 1 : part_end.i + 1]
        person = next(
            (
                e
                for t in tail
                if (e := ctx.ent_of.get(t.i)) is not None
                and e.label == "PERSON"
                and ctx.cues.given_name(e.text.split()[0])
            ),
            None,
        )
        if person is not None:
            # "Chairman of the Environmental Audit Committee Peter Ainsworth MP said": the title's holder
            return _speaker_of(ctx.unguessed(person))
        end = part_end.idx + len(part_end.text)
        text = ctx.text[p.start : end]
        return Speaker(
            text=text,
            canonical=_canonical_phrase(ctx, p.body + list(ctx.tokens[p.tokens[-1].i + 1 : part_end.i + 1])),
            start=p.start,
            end=end,
        )
    return Speaker(text=p.text, canonical=canonical, anonymous=anonymous, start=p.start, end=p.end)


def _name_of_part(ctx: Context, head: Token, p: Phrase) -> Token | None:
    """ "The Friends of Hatfield Library said": a proper name of the form "X of Y" that the model did not tag
    whole; its last word, when every word from the head's "of" on is a proper noun or "of", "the", "and"."""
    if head.tag_ not in {"NNP", "NNPS"} or not p.tokens or p.tokens[-1].i != head.i:
        return None
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if prep is None or prep.i != head.i + 1:
        return None
    last = prep.right_edge
    tail = ctx.tokens[prep.i + 1 : last.i + 1]
    if not tail or last.tag_ not in {"NNP", "NNPS"} or any(ctx.quote_of[t.i] >= 0 for t in tail):
        return None
    if any(t.tag_ not in {"NNP", "NNPS"} and t.lower_ not in {"of", "the", "and", "&"} for t in tail):
        return None
    return last


_SOURCE_OF = frozenset({"at", "for", "from", "with"})


def _whose_source(ctx: Context, head: Token, p: Phrase) -> Token | None:
    """The preposition right after an anonymous source's phrase that names whose source it is ("analysts at
    Citi", "a spokeswoman for the ministry of Jo Li"): a named organisation or person, outside quotes."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _SOURCE_OF), None)
    if prep is None or prep.idx != p.end + 1 or ctx.quote_of[prep.i] >= 0:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    ent = ctx.ent_of.get(obj.i) if obj is not None else None
    if ent is None or ent.label not in {"ORG", "PERSON"} or any(ctx.quote_of[t.i] >= 0 for t in prep.subtree):
        return None
    return prep


def _role_person(ctx: Context, head: Token, body: Sequence[Token]) -> str | None:
    """The person "the mayor" stands for: the one named with that title, or, when two people were (two
    ministers), the one named with a modifier of the description as well ("the prime minister")."""
    lemma = head.lemma_.lower()
    if lemma not in ctx.shared_roles:
        return ctx.role_of.get(lemma)
    named = [t.lower_ for t in body if t.i != head.i and t.lower_ in ctx.role_of]
    if len(named) == 1 and named[0] not in ctx.shared_roles:
        return ctx.role_of[named[0]]
    return None


def _relayed_by_source(ctx: Context, token: Token) -> bool:
    """Whether the sentence of ``token`` names, outside quotes, a source the words came through ('"...," he
    told Li, according to officials'): what the writer reports is that source's account."""
    lo, hi = ctx.sent_bounds[ctx.sent_of[token.i]]
    return any(
        t.lower_ == "according"
        and ctx.quote_of[t.i] < 0
        and any(c.lower_ == "to" and not _records_the_words(ctx, c) for c in t.children)
        for t in ctx.tokens[lo:hi]
    )


def _records_the_words(ctx: Context, to: Token) -> bool:
    """spk26b: whether an "according to" phrase names a document that records the words ("..., she said,
    according to a transcript released by her office"), not someone whose account relays them: the speaker
    is still the one who said them."""
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in ctx.cues.document_nouns


def _not_relayed(a: Ask, _: Speaker) -> bool:
    """Corroboration of the passes that read a description (``same-description``, ``introduced-as``, part of
    ``role``, ``institution`` and ``description``): the sentence names no source the words came through
    ('"...," the judge said, according to the paper'), as for ``pronoun``: the writer reports that source's
    account, and a description is the source's wording, not a name the writer vouches for."""
    return a.cue is None or not _relayed_by_source(a.ctx, a.cue)


def _role_corroborated(a: Ask, found: Speaker) -> bool:
    """Corroboration of ``role``: not inside what another speaker reports (:func:`_not_reported`), and not
    relayed by a source (:func:`_not_relayed`)."""
    return _not_reported(a, found) and _not_relayed(a, found)


def _subject_of_its_verb(a: Ask) -> bool:
    """Part of the corroboration of ``institution`` and ``description`` (:func:`_own_words_to_someone`): the
    phrase is the object of no preposition but "to" (left to :func:`_not_an_addressee`) or a passive's "by"
    ("Li says to Ana on camera, who responds:" hangs the "who" on "camera"), and no name stands right
    before the speech verb outside the phrase ("Jo Li and his mother met Ana Ruiz ... and Ruiz suggested":
    the parse gave "suggested" the wrong subject)."""
    subj, cue, ctx = a.subj, a.cue, a.ctx
    if subj is None or cue is None:
        return True  # an issuer read for a document ("a statement from the council") has no verb of its own
    if subj.dep_ == "pobj" and subj.head.lower_ not in {"to", "by"} and not _who_right_after(subj, cue):
        return False
    if cue.i <= subj.i:
        return True
    k = cue.i - 1  # the word right before the verb, past adverbs and auxiliaries ("Ruiz had quickly said")
    while k > subj.i and ctx.tokens[k].pos_ in {"ADV", "AUX", "PART"}:
        k -= 1
    ent = ctx.ent_of.get(k)
    own = {t.i for t in subj.subtree}
    return not (k > subj.i and k not in own and ent is not None and ent.label == "PERSON")


def _who_right_after(noun: Token, verb: Token) -> bool:
    """ "criticism from conservatives who said ...": the speech verb's relative clause opens with "who" right
    after the noun, no comma between, so the parse cannot have hung it on the wrong noun."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return verb.dep_ == "relcl" and verb.head.i == noun.i and nxt is not None and nxt.lower_ == "who"
