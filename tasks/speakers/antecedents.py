"""Whom a description stands for, read off the sentences just before it: 'Jones scored late. "...," said the
rookie defenceman' (:func:`_epithet`), the one subject of the sentence before a quote, the person just
quoted, and the words that make a description someone else.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tasks.models import Entity
from tasks.quote_context import SUBJECT_DEPS, Context, Mention, previous_content
from tasks.quotemarks import MARK_CHARS
from tasks.speakers.people import _bare_role, _person_subject, untagged_name
from tasks.speakers.sieve import _phrase

MAX_QUOTED_SENTENCES = 2  # a quote's own sentences passed over to the one naming who said them


def _age_in(head: Token) -> str | None:
    """The number of "the 46-year-old" headed by ``head``, or of "the 52-year-old chief executive" on it;
    None without one."""
    old = head if head.lower_ == "old" else next((c for c in head.children if c.lower_ == "old"), None)
    year = next((c for c in old.children if c.lower_ == "year"), None) if old is not None else None
    num = next((c for c in year.children if c.like_num), None) if year is not None else None
    return num.text if num is not None and num.text.isdigit() else None


def _apposed_to(ctx: Context, noun: Token, canonical: str | None) -> bool:
    """Whether ``noun`` describes the person ``canonical`` in its own phrase ("Jo Li, a nurse," or "a nurse,
    Jo Li,"): that person introduced again, not someone new."""
    if canonical is None:
        return False
    near = list(noun.subtree) + ([noun.head] if noun.dep_ == "appos" else [])
    near += [t for c in noun.children if c.dep_ == "appos" for t in c.subtree]
    return any((e := ctx.ent_of.get(t.i)) is not None and e.canonical == canonical for t in near)


def _describes_one(ctx: Context, head: Token, determiners: frozenset[str]) -> bool:
    """Whether ``head`` heads a description of one person that a name may stand behind: a singular noun
    after one of ``determiners`` and modifiers (no person's name among them), and not a word for an
    institution, a group, a document, a medium or an anonymous source."""
    if head.tag_ != "NN" or ctx.quote_of[head.i] >= 0:
        return False
    lemma = head.lemma_.lower()
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns | cues.media_nouns
    body = lemma in institution | cues.source_nouns | ctx.cues.document_nouns
    if body and not _playing_position(ctx, head):
        return False
    left = [t for t in ctx.doc[head.left_edge.i : head.i] if not t.is_punct]
    if not left or left[0].lower_ not in determiners or left[0].dep_ not in {"det", "nummod"}:
        return False
    if left[0].head.i != head.i:
        return False  # "the bank's chief executive": the article is the owner's, someone of that body
    return not any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in left)


def _epithet(ctx: Context, head: Token, history: list[Mention]) -> Entity | None:
    """``Jones scored late. "...," said the rookie defenceman.``: a definite description with a modifier
    ("the 26-year-old winger") stands for the one person who is a subject in its sentence (before it) or
    the sentence before, in sports and wire copy a common way not to repeat a name.

    Only when the description has no better reading: a title seen with a name ("the mayor"), an earlier
    speaker of the same description, or an organisation noun. Two people in reach: no guess.
    """
    lemma = head.lemma_.lower()
    if _body_compound(ctx, head):
        return None  # "the Philippine coast guard" is a body, not the spokesperson quoted before
    if (lemma in ctx.role_of and _bare_role(ctx, head, _phrase(ctx, head).body)) or not _describes_one(
        ctx, head, frozenset({"the"})
    ):
        return None  # "the mayor" is whoever was named Mayor ("the shadow chancellor" is not the chancellor)
    words = {t.lower_ for t in _phrase(ctx, head).body if t.i != head.i}
    if any(m.head == lemma and words <= {w.lower() for w in m.speaker.text.split()} for m in history):
        return None  # an earlier "a judge" is that judge ("the chancellor" is not "the shadow" one)
    if head.i - head.left_edge.i < 2 and not (
        _plain_epithet(ctx, head) or _just_quoted(ctx, head, history) or _subject_of_own_paragraph(ctx, head)
    ):
        return None  # "the judge" alone may be anyone's judge
    found = _sole_subject_before(ctx, head)
    if found is not None and _stands_for_another(ctx, found.canonical, lemma):
        return None  # spk25a: "His barrister, Ruth Okafor, said ... The defendant sobbed": her client
    if found is not None and _named_beside(ctx, head, found.canonical):
        return None  # spk25b: "the senior lawyer told jurors that Holloway had ...": not Holloway
    return found


def _stands_for_another(ctx: Context, canonical: str, lemma: str) -> bool:
    """Whether a person was introduced or titled with a word for someone who speaks for or stands beside
    another ("his barrister, Ruth Okafor,", "Prosecutor Jo Li") and not with ``lemma`` or its family: another
    word for a person ("the defendant") is then the one they stand for, not them."""
    cues = ctx.cues
    nouns = {i.head for i in ctx.introduced if i.canonical == canonical}
    nouns |= {role for role, named in ctx.role_of.items() if named == canonical}
    nouns |= {t.head for t in ctx.titled if t.canonical == canonical}
    if not nouns or lemma in nouns:
        return False
    family = cues.description_family([lemma])
    if family is not None and any(cues.description_family([n]) == family for n in nouns):
        return False
    return any(n in cues.proxy_nouns or cues.description_family([n]) in ACTING_FAMILIES for n in nouns)


# Description families (``description_families``) of people who act for another in a case or speak for them.
ACTING_FAMILIES = frozenset({"lawyer", "prosecutor", "spokesperson"})


def _named_beside(ctx: Context, head: Token, canonical: str) -> bool:
    """spk25b: whether a person is named by name in the sentence of the description ``head``, outside its
    phrase and its quote: a writer who names someone in the words the description reports ("the senior
    lawyer told jurors that Holloway had ...") does not mean that person by the description."""
    lo, hi = ctx.sent_bounds[ctx.sent_of[head.i]]
    phrase = _phrase(ctx, head)
    return any(
        not (phrase.start <= t.idx < phrase.end)
        and ctx.quote_of[t.i] < 0
        and (ent := ctx.ent_of.get(t.i)) is not None
        and ent.label == "PERSON"
        and ent.canonical == canonical
        for t in ctx.tokens[lo:hi]
    )


def _body_compound(ctx: Context, head: Token) -> bool:
    """Whether a word for a person heads a body's name with the noun before it ("coast guard", "national
    guard": ``body_compounds``)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    return before is not None and (before.lower_, head.lemma_.lower()) in ctx.cues.body_compounds


def _bare_occupation(ctx: Context, head: Token) -> bool:
    """Whether a word is for a person's occupation or position that may stand for one named person: not an
    office someone was titled with ("the mayor" goes by its title), nor a word for someone who speaks for
    another (spokesman, official), stands beside another (lawyer, coach, wife: ``relation_nouns``) or is only
    a man or a woman."""
    lemma = head.lemma_.lower()
    cues = ctx.cues
    if lemma not in cues.person_nouns | cues.role_nouns or lemma in ctx.role_of:
        return False
    others = cues.proxy_nouns | cues.source_nouns | cues.relation_nouns | cues.male_nouns | cues.female_nouns
    return lemma not in others


def _just_quoted(ctx: Context, head: Token, history: list[Mention]) -> bool:
    """'Rivera ... said the goal was for his grandfather. "He took me ...," the forward said.': a bare word
    for a person's occupation or position is the person quoted in the sentence before it, who is the one
    subject there, as sports and science copy vary a name. Not a word for someone who speaks for another
    (spokesman, official), stands beside another (lawyer, coach, wife: ``relation_nouns``), nor an office
    ("the mayor" goes by its title)."""
    if not _bare_occupation(ctx, head):
        return False
    last = next((m for m in reversed(history) if m.spoke and m.pos < head.idx), None)
    if last is None or ctx.csent(head) - ctx.csent(last.sent) > 1:
        return False
    person = _sole_subject_before(ctx, head)
    if person is None or person.canonical != last.speaker.canonical:
        return False
    if _owned_description(ctx, person.canonical, head.lemma_.lower()):
        return False
    return not _word_used_for_another(ctx, head, person.canonical)


def _owned_description(ctx: Context, canonical: str, lemma: str) -> bool:
    """spk30: whether a person was brought in by another noun someone owns ("His co-star, Anna Bell,",
    "the actor's agent, Jo Li,"): they are named for whom they stand beside, so "the director" a sentence on
    is someone else, not them."""
    for _, i, ent in ctx.named:
        if ent.canonical != canonical:
            continue
        root = ctx.tokens[i]
        while root.head.i != root.i and ent.start <= root.head.idx < ent.end:
            root = root.head
        noun = root.head
        if root.dep_ == "appos" and noun.i < root.i and noun.pos_ == "NOUN" and noun.lemma_.lower() != lemma:
            k = noun.i - 1  # the owner before the noun's words ("His co-star", parsed apart or not)
            while k >= 0 and ctx.tokens[k].pos_ in {"NOUN", "ADJ", "PROPN"} | (
                {"PUNCT"} if ctx.tokens[k].text == "-" else set()
            ):
                k -= 1
            if k >= 0 and ctx.tokens[k].tag_ in {"PRP$", "POS"}:
                return True
    return False


def _subject_of_own_paragraph(ctx: Context, head: Token) -> bool:
    """r2s24b: 'Li, who stood in as captain, agreed. "We switched off," the defender said.': a bare word for a
    person's occupation or position (the words of :func:`_just_quoted`) is the one person who is a subject in
    the sentence before the quote, when that sentence is in the quote's own paragraph: the paragraph is
    about that person, whoever was quoted last."""
    prev = _sentence_before_quote(ctx, head)
    if not _bare_occupation(ctx, head) or prev < 0:
        return False
    begin = ctx.tokens[ctx.sent_bounds[prev][0]].idx
    between = ctx.text[begin : head.idx]
    across = "\n" in between
    if across and not _quote_opens_next_paragraph(ctx, head, between):
        return False
    person = _sole_subject_before(ctx, head)
    if person is None or (across and person.start < begin):
        return False  # across a paragraph break, only the subject of the sentence right before
    return not _word_used_for_another(ctx, head, person.canonical)


def _quote_opens_next_paragraph(ctx: Context, head: Token, between: str) -> bool:
    """lead25b: 'Okafor ... sealed the win in stoppage time.\n\n"...," the winger said afterwards.': a
    paragraph that opens with the quote goes on with the paragraph before it, whose last sentence is the
    one before the quote; one paragraph break between them, no more."""
    line = ctx.text.rfind("\n", 0, head.idx) + 1
    opening = ctx.text[line : line + 1]
    return opening in MARK_CHARS and len([p for p in re.split(r"\n\s*", between) if p.strip()]) == 2


def _word_used_for_another(ctx: Context, head: Token, canonical: str) -> bool:
    """spk22b: 'The court heard that the tenant had complained. ... Li said ... . "...," the tenant said':
    the bare word already pointed at someone in the article (the same noun, singular and definite, outside
    quotes, not describing ``canonical`` in its own phrase), so "the tenant" is that one, not the last
    speaker. "A lawmaker is calling for ..." brings in the person later named, so only "the"/"his" count."""
    lemma = head.lemma_.lower()
    return any(
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lemma_.lower() == lemma
        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
        and ctx.quote_of[t.i] < 0
        and not _apposed_to(ctx, t, canonical)
        for t in ctx.tokens[: head.left_edge.i]
    )


def _plain_epithet(ctx: Context, head: Token) -> bool:
    """Whether a bare "the midfielder" may stand for the person just named: a word the lexicon knows for no
    role (roles such as "judge", "coach" or "lawyer" are often someone else's), not used before it in the
    article (an earlier "a man" is who "the man" is). Without the lexicon's nouns no word is plain."""
    lemma = head.lemma_.lower()
    cues = ctx.cues
    known = cues.source_nouns | cues.person_nouns | cues.speaker_nouns | cues.proxy_nouns | cues.media_nouns
    known = known | cues.male_nouns | cues.female_nouns | cues.organisation_nouns | cues.place_bodies
    if not cues.person_nouns or (lemma in known and not _playing_position(ctx, head)):
        return False
    return not any(t.lemma_.lower() == lemma for t in ctx.tokens[: head.i])


def _playing_position(ctx: Context, head: Token) -> bool:
    """r2s25b: "the center" in a match report: a player's position, so a person's epithet, not a body."""
    return ctx.match_report and head.lemma_.lower() in ctx.cues.position_nouns


def _sentence_before_quote(ctx: Context, head: Token) -> int:
    """The content sentence before the one of ``head``, passing over the sentences of the quote that ends
    right before its phrase ('"It was a penalty. He clipped me," the Ghanaian said': the one before the
    quote), or -1."""
    prev = previous_content(ctx, ctx.sent_of[head.i])
    own = _quote_before(ctx, head)
    while own >= 0 and prev >= 0 and _inside_quote(ctx, prev, own):
        prev = previous_content(ctx, prev)
    return prev


def _quote_before(ctx: Context, head: Token) -> int:
    """The quote that ends right before the phrase of ``head`` in its sentence ('"...," the Ghanaian said'),
    or -1."""
    i = head.left_edge.i - 1
    while i >= 0 and (ctx.tokens[i].is_punct or ctx.tokens[i].is_space) and ctx.quote_of[i] < 0:
        i -= 1
    return ctx.quote_of[i] if i >= 0 else -1


def _quoted_only(ctx: Context, sent: int) -> bool:
    """Whether every word of sentence ``sent`` is inside a quote (a quote's second sentence)."""
    lo, hi = ctx.sent_bounds[sent]
    words = [t for t in ctx.tokens[lo:hi] if not (t.is_punct or t.is_space)]
    return bool(words) and all(ctx.quote_of[t.i] >= 0 for t in words)


def _inside_quote(ctx: Context, sent: int, quote: int) -> bool:
    """Whether every word of sentence ``sent`` is inside quote ``quote``: one of its own sentences."""
    lo, hi = ctx.sent_bounds[sent]
    words = [t for t in ctx.tokens[lo:hi] if not (t.is_punct or t.is_space)]
    return bool(words) and all(ctx.quote_of[t.i] == quote for t in words)


def _described_subject_only(ctx: Context, sent: int) -> bool:
    """Whether sentence ``sent`` names nobody and its main subject is a definite description ("The world No
    2 looked flat in the first set."): a sentence that itself only stands for someone named before."""
    lo, hi = ctx.sent_bounds[sent]
    tokens = ctx.tokens[lo:hi]
    if any(
        ctx.quote_of[t.i] >= 0 or ((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON")
        for t in tokens
    ):
        return False
    if any(untagged_name(ctx, t) for t in tokens):
        return False
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if root else None
    return subj is not None and subj.left_edge.lower_ == "the" and subj.pos_ in {"NOUN", "PROPN"}


def _sole_subject_before(ctx: Context, head: Token) -> Entity | None:
    """The one person who is a subject in the sentence of ``head`` (before it) or the content sentence
    before, with no other person named there but in a name's compound or possessive; else None."""
    sent = ctx.sent_of[head.i]
    prev = _sentence_before_quote(ctx, head)
    if prev >= 0 and _described_subject_only(ctx, prev):
        # "The world No 2 looked flat.": an epithet too; the name is before
        prev = previous_content(ctx, prev)
    people = ctx.cues.person_nouns | ctx.cues.role_nouns | ctx.cues.demonym_nouns
    for _ in range(MAX_QUOTED_SENTENCES if head.ent_type_ == "NORP" or head.lemma_.lower() in people else 0):
        if prev < 0 or not _quoted_only(ctx, prev):
            break
        # '"...," Li said. "It's a joke." Speaking to the radio, the Northern Irishman added': the words of
        # the quote before are Li's still; the sentence that names who said them is the one before
        prev = previous_content(ctx, prev)
    lo = ctx.sent_bounds[prev][0] if prev >= 0 else ctx.sent_bounds[sent][0]
    found: dict[str, Entity] = {}
    for token in ctx.tokens[lo : head.left_edge.i]:
        if ctx.quote_of[token.i] >= 0:
            continue
        ent = ctx.ent_of.get(token.i)
        if ent is not None and ent.label == "PERSON" and (person := _person_subject(ctx, token)) is None:
            # lead25: "Brighton head coach Fabian Hurzeler": the club read as a person modifying the noun, the
            # given name as a modifier of the surname that is the subject's apposition
            whole = [t for t in ctx.tokens[token.i : head.left_edge.i] if ctx.ent_of.get(t.i) is ent]
            if any(_person_subject(ctx, t) is not None for t in whole):
                continue
            # "Ryan Mould's corner": the possessive mark is part of the name, no subject either
            if token.dep_ not in {"compound", "poss", "nmod", "case"} and not _aside_on_subject(
                ctx, token, head, found
            ):
                return None  # a person named, but not as a subject: who the description means is unclear
            continue
        if (person := _person_subject(ctx, token)) is not None:
            if (
                prev >= 0
                and token.i < ctx.sent_bounds[prev][1]
                and (main := _described_main_subject(ctx, prev, token))
            ):
                # "The Rovers boss was furious that referee Jo Li ...": the boss (whom it stands for), not Li
                return _epithet(ctx, main, [])
            if person.canonical not in found and _aside_on_subject(ctx, token, head, found):
                continue  # "Li, who came on after Moore was sent off, ...": Moore is the aside's subject only
            found[person.canonical] = person
        elif untagged_name(ctx, token):
            return None  # someone the model did not name
    return next(iter(found.values())) if len(found) == 1 else None


def _aside_on_subject(ctx: Context, token: Token, head: Token, subjects: dict[str, Entity]) -> bool:
    """r2s24b: whether a person named at ``token`` is named only inside a relative clause on a person already
    found as a subject, in the paragraph of the description ``head`` ('Li, who replaced the injured Moore,
    agreed. "...," the defender said'): an aside about the subject, whom the paragraph is about. In a
    paragraph before, the one in the aside may be meant as well."""
    if "\n" in ctx.text[token.idx : head.idx]:
        return False
    for anc in token.ancestors:
        if anc.dep_ == "relcl":
            host = _person_subject(ctx, anc.head)
            return host is not None and host.canonical in subjects
    return False


def _described_main_subject(ctx: Context, sent: int, token: Token) -> Token | None:
    """Sentence ``sent``'s main subject when it is a definite description ("The Rovers boss") and the person
    at ``token`` is a subject only of a clause under it: the sentence is about the one described."""
    lo, hi = ctx.sent_bounds[sent]
    root = next((t for t in ctx.tokens[lo:hi] if t.dep_ == "ROOT"), None)
    subj = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None) if root else None
    # r2s24b: "the 52-year-old" (an age alone, parsed as an adjective) describes a person as well
    aged = subj is not None and subj.lower_ == "old" and _age_in(subj) is not None
    if (
        subj is not None
        and (subj.pos_ == "NOUN" or aged)
        and subj.left_edge.lower_ == "the"
        and (ctx.entity(subj) is None or aged)
        # not "The report found"
        and (_person_noun(ctx, subj) or subj.lemma_.lower() in ctx.cues.role_nouns or aged)
        and token.dep_ in SUBJECT_DEPS | {"nsubjpass"}
        and root is not None
        and token.head.i != root.i  # Li the subject of a clause under it, not "for pilot Jo Li"
        and not (subj.left_edge.i <= token.i <= subj.right_edge.i)
    ):
        return subj
    return None


AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")  # "viewer", "investor", "activist", "resident"


def _person_noun(ctx: Context, head: Token) -> bool:
    """Whether ``head`` is a word for a person: one the lexicon knows as a role, a title or a source ("coach",
    "judge"), or a word for someone who does something ("a viewer who says ...") that names no institution
    (``_describes_one`` has left those out)."""
    lemma = head.lemma_.lower()
    cues = ctx.cues
    known = lemma in cues.person_nouns or lemma in cues.source_nouns or lemma in ctx.role_of
    return known or lemma.endswith(AGENT_ENDINGS)
