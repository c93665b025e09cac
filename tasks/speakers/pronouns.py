"""Passes on "he", "she", "they" and "one of them" as a speech verb's subject: the nearest compatible person,
body or group (pronoun, plural-pronoun, one-of), with the gender evidence the article gives
(:func:`learn_genders`), the chains of pronoun subjects outside quotes (:func:`pronoun_chains`) and the
pronoun pass's corroboration.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tasks.entities import GENDERED_TITLES
from tasks.models import Entity, Speaker
from tasks.quote_context import (
    SUBJECT_DEPS,
    Candidate,
    Context,
    Mention,
    content_sentences_back,
    previous_content,
    subject_of,
    trim,
)
from tasks.quotemarks import MARK_CHARS, SINGLE_CLOSERS, single_quote_open_at
from tasks.speakers.antecedents import _described_main_subject, _epithet, _sentence_before_quote
from tasks.speakers.descriptions import _kin_by_links, _relayed_by_source, _told_fits
from tasks.speakers.people import _canonical_phrase, _is_named, _noun_gender, is_person, untagged_name
from tasks.speakers.references import _gender_ok, _known_gender, _person_named_by, _resolve_pronoun
from tasks.speakers.sieve import (
    _ASK_VERBS,
    VETO,
    Answer,
    Ask,
    Veto,
    _phrase,
    _phrase_end,
    _speaker_of,
    resolve_speaker,
)

MAX_CHAIN_WINDOW = 50  # mentions a pronoun of a chain looks through (bounds the work in run-on sentences)


MAX_COLLECTIVE_LOOKBACK = 2  # content sentences back that "they" may look for the body it stands for


def _pronoun_chain(a: Ask) -> Speaker | None:
    """lead25b: 'She later recalled being told by a senior colleague that women "had no business" there.
    "I was 24 and furious," she told an interviewer.': a "he" or "she" right after a sentence whose main
    subject is the same pronoun goes on with that pronoun's person; asked by ``pronoun`` only when the usual
    reading found a description (the colleague who spoke in that sentence), to put a named person first."""
    ctx, pron = a.ctx, a.subj
    if pron is None or pron.lower_ not in {"he", "she"}:
        return None
    prev = previous_content(ctx, ctx.sent_of[pron.i])
    if prev < 0 or ctx.csent(pron) - ctx.csent(prev) != 1:
        return None
    lo, hi = ctx.sent_bounds[prev]
    root = next((t for t in ctx.tokens[lo:hi] if t.dep_ == "ROOT"), None)
    first = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if first is None or first.lower_ != pron.lower_ or ctx.quote_of[first.i] >= 0:
        return None
    return _resolve_pronoun(ctx, first, None, a.history, a.max_lookback)


def _pronoun(a: Ask) -> Answer:
    """ "he"/"she"/"it": the nearest compatible person or organisation (see :func:`_resolve_pronoun`)."""
    if a.subj is None or a.subj.pos_ != "PRON" or a.subj.lower_ in ONE_OF_MANY:
        return None  # "another" stands for no one named before: ``one-of``
    if _told_inside_quote(a):
        return VETO
    if (opener := _paragraph_opener(a)) is not None:
        # "Dunn asked whether ... '...,' he replied": the one asked answers, not the paragraph's subject
        return _asked_one(a, opener) or opener
    told = dict(a.ctx.genders)  # what the article told before this "he"/"she" (resolving it learns more)
    found = _resolve_pronoun(a.ctx, a.subj, a.cue, a.history, a.max_lookback, anchor=a.anchor)
    if (
        found is not None
        and not _is_named(a.ctx, found.canonical)
        and (chained := _pronoun_chain(a)) is not None
    ):
        found = chained if _is_named(a.ctx, chained.canonical) else found
    if found is not None and (main := _described_over(a.ctx, a.subj, found)) is not None:
        # "The Rovers boss was furious that referee Jo Li ... '...,' he said": the boss, not the referee
        person = _epithet(a.ctx, main, [])
        gender = "".join(a.subj.morph.get("Gender", []))
        named = _speaker_of(a.ctx.unguessed(person)) if person is not None else None
        found = named if named is not None and _gender_ok(a.ctx, named, gender) else None
        if found is None:
            return VETO
    body = _body_it(a.ctx, a.subj)
    if body is not None and found is not None and (found.start is None or found.start > body.idx):
        body = None  # the speaker found was named after the body: nearer
    if body is not None:
        found = resolve_speaker(a.ctx, body, None, a.history, a.max_lookback) or found
    if found is None and (owner := _what_it_called(a.ctx, a.subj)) is not None:
        found = resolve_speaker(a.ctx, owner, None, a.history, a.max_lookback)
    if found is None:
        found = _kin_of_another(a)
    if (
        found is None
        and a.subj.lower_ == "it"
        and (org := _org_of_sentence_before(a.ctx, a.subj)) is not None
    ):
        found = _speaker_of(a.ctx.unguessed(org))  # "One problem identified by Wipro was ... It said"
    if found is None and (topic := _topic_person(a)) is not None:
        gender = "".join(a.subj.morph.get("Gender", []))
        if _gender_ok(a.ctx, (named := _speaker_of(a.ctx.unguessed(topic))), gender):
            found = named
    if found is not None and (answer := _asked_one(a, found)) is not None:
        return answer
    if found is not None:
        found = _namesake_of_gender(a.ctx, found, "".join(a.subj.morph.get("Gender", [])))
        found = _speaker_not_spoken_about(a, found)
        found = _speaker_past_third_person(a, found, told)
    if found is None:
        found = _speaker_past_aside(a)
    return found if found is not None else VETO


_THIRD_PERSON = {
    "Masc": frozenset({"he", "him", "his", "himself"}),
    "Fem": frozenset({"she", "her", "hers", "herself"}),
}
# spk28: how far (content sentences) the quote before may be for its speaker to go on past a narrative aside
MAX_ASIDE_GAP = 3


def _aside_after_quote(a: Ask) -> tuple[str, Speaker, list[Token]] | None:
    """The narrative between the quote before and a direct quote whose "he"/"she" speech verb follows it
    (the whole sentences after the one the quote before ends in, up to the one this quote opens), with the
    pronoun's gender and the speaker before (named, within ``MAX_ASIDE_GAP`` content sentences); None when
    the quote is not of that shape. What the aside may say is for the caller to judge."""
    ctx, cand, last, subj = a.ctx, a.cand, a.last, a.subj
    if cand is None or last is None or subj is None or cand.kind != "direct" or subj.idx < cand.end:
        return None
    gender = "".join(subj.morph.get("Gender", []))
    before = last[1]
    if (
        gender not in _THIRD_PERSON
        or before is None
        or before.anonymous
        or not 0 < ctx.csent(cand.sent) - last[0] <= MAX_ASIDE_GAP
    ):
        return None
    ended = ctx.doc.char_span(last[2], last[2] + 1, alignment_mode="expand")
    if ended is None or ctx.sent_of[ended.start] + 1 >= cand.sent:
        return None
    lo, hi = ctx.sent_bounds[ctx.sent_of[ended.start] + 1][0], ctx.sent_bounds[cand.sent][0]
    return gender, before, ctx.tokens[lo:hi]


def _speaker_before_may_go_on(a: Ask, found: Speaker) -> tuple[str, Speaker, list[Token]] | None:
    """The aside after the quote before (:func:`_aside_after_quote`) when that quote's speaker could go on
    in place of ``found``: another person, of a gender the pronoun allows, with narrative between; the two
    aside rules then judge what the aside says."""
    aside = _aside_after_quote(a)
    if aside is None:
        return None
    gender, before, between = aside
    if (
        before.canonical == found.canonical
        or not between
        or not _gender_ok(a.ctx, before, gender)
        or not is_person(a.ctx, before, None)
    ):
        return None
    return aside


def _speaker_not_spoken_about(a: Ask, found: Speaker) -> Speaker:
    """spk28: ``"We defended well," said coach Tom Hart. Diaz, who joined in May, has scored twice. "He has
    been outstanding," he said.``: the "he" found is a person named only in narrative between two quotes
    (no speech verb there), and the quote speaks of him in the third person ("he"/"him"/"his", or his name):
    he is whom the quote is about, not its speaker. The speaker of the quote before goes on when the
    pronoun's gender allows; else the answer stands as found."""
    aside = _speaker_before_may_go_on(a, found)
    ctx, cand = a.ctx, a.cand
    if aside is None or cand is None:
        return found
    gender, before, between = aside
    if any(ctx.quote_of[t.i] >= 0 or ctx.is_cue(t) for t in between):
        return found  # speech between the two quotes: not a narrative aside
    named = {e.canonical for t in between if (e := ctx.entity(t)) is not None and e.label == "PERSON"}
    if named != {found.canonical}:
        return found  # the aside names no one, or more than the one found
    if any(_may_be_meant(ctx, t, gender, found) for t in between if ctx.quote_of[t.i] < 0):
        # "Petrova came to hear Reinholt play. She sat in the front row.": someone else (a name the model
        # missed, a "she") is the aside's main subject, whom the quote's "she" may mean as well
        return found
    words = re.findall(r"[A-Za-z]+", cand.text or ctx.text[cand.start : cand.end])
    surname = found.canonical.split()[-1]
    if surname in words or any(w.lower() in _THIRD_PERSON[gender] for w in words):
        return before
    return found


# spk29: how an aside's "her"/"him" ties its person to the speaker before ("Her coach", "gave her a mark")
_LINK_DEPS = frozenset({"dobj", "dative", "pobj", "poss"})


def _speaker_past_third_person(a: Ask, found: Speaker, told: dict[str, str]) -> Speaker:
    """spk29 (issue 13): a profile's ``"The pool was my home," Vale said.  Her coach, Kelly Marsh, never
    praised anyone in public.  "I learned to read the silence," she said.``: the "she" found is the person
    an aside between two quotes describes, someone who never speaks in the article (no quote of theirs, no
    speech verb of theirs anywhere), while the speaker before, of a gender the pronoun allows, goes on when
    the aside says the third person is theirs ("Her coach", "gave her a mark") or the quote speaks of the
    third person ("read her face"). A new voice brought in by the aside speaks there ("Li, who also lost
    her home, said ..."), is told of in the pronoun's gender ("Her neighbour lost her home too") or looks
    at the speaker before by name ("Marsh agreed with Vale's plan"): the answer stands.
    ``told``: the genders known before the pronoun was resolved; the one its resolution learnt for the
    person found is forgotten when the speaker before goes on."""
    aside = _speaker_before_may_go_on(a, found)
    ctx, cand = a.ctx, a.cand
    if aside is None or cand is None:
        return found
    gender, before, between = aside
    narrative = [t for t in between if ctx.quote_of[t.i] < 0]
    if len(narrative) < len(between) or any(_reports(ctx, t) for t in narrative):
        return found  # speech between the two quotes: not a narrative aside ("never praised anyone" is)
    lo, hi = between[0].idx, between[-1].idx + len(between[-1].text)
    own = {
        t.i
        for t in narrative
        if ((e := ctx.entity(t)) is not None and e.canonical == found.canonical)
        or (found.start is not None and found.end is not None and found.start <= t.idx < found.end)
    }
    # "Her colleague, Sarah Jones, ...": the noun set beside the name is the same person
    own |= {
        t.i
        for t in narrative
        if (t.dep_ == "appos" and t.head.i in own)
        or any(c.dep_ == "appos" and c.i in own for c in t.children)
    }
    if not own or (found.start is not None and not lo <= found.start < hi and not _named_in(ctx, own, found)):
        return found  # the "she" found is no one the aside tells of
    if _ever_speaks(a, found):
        return found  # someone the article quotes: the aside may bring them in to speak
    if any(_speaks_there(ctx, t, own) for t in narrative):
        return found  # "Attorney Chris Bell spoke outside.": the aside brings them in to speak
    if before.text and before.canonical.split()[-1] not in before.text.split():
        return found  # the speaker before was a description read as a name ("the judge"): no profile
    pronouns = [t for t in narrative if t.lower_ in _THIRD_PERSON[gender] and not t.lower_.endswith("self")]
    links = [t for t in pronouns if _ties_to_speaker_before(ctx, t, own)]
    if any(t.text == before.canonical.split()[-1] for t in narrative):
        return found  # "Marsh agreed with Vale's plan": the speaker before seen from another's side
    if any(
        _may_be_meant(ctx, t, gender, before)
        for t in narrative
        if t.i not in own
        and t.tag_ not in {"NNS", "NNPS"}  # "made students paint": not whom a "she" means
        and not (t.head.i in own and t.dep_ in {"compound", "appos", "amod"})
    ):
        return found  # someone else the aside names may be meant as well
    words = re.findall(r"[A-Za-z]+", ctx.text[cand.start : cand.end])
    spoken_of = found.canonical.split()[-1] in words or any(w.lower() in _THIRD_PERSON[gender] for w in words)
    if len(pronouns) > len(links):
        return found  # "Her neighbour lost her home too": told of in the pronoun's gender, a new voice
    if not (links or spoken_of) and not _profiles_voice_goes_on(a, before, own, between):
        # no tie: a surer gender of the speaker before is no reason ("For Dawson, the answer came too
        # late.", a signed post's author, a player the aside turns to are new voices as often)
        return found
    if found.canonical not in told:
        ctx.genders.pop(found.canonical, None)  # learnt from this pronoun, which is not theirs
    return before


def _profiles_voice_goes_on(a: Ask, before: Speaker, own: set[int], between: list[Token]) -> bool:
    """spk29b (issue 13): with no word tying the aside's person to the speaker before (``"...," Vale said.
    / Coach Kelly Marsh never praised anyone in public. / "I learned to read the silence," she said.``),
    the profile's voice goes on only when the article is hers: the speaker before is the main subject of
    its first sentence, whose verb is no speech verb ("Manager Ann Lee praised her side" opens a match
    report, where a player the aside turns to speaks next), and the only voice heard so far; the aside is
    a paragraph of its own, one or two sentences, whose main subject is the third person (not "For
    Dawson, ..."). (The caller has checked that the third person never speaks and that the aside has no
    speech verb and no "he"/"she" of its own.)"""
    ctx, cand = a.ctx, a.cand
    if cand is None or a.last is None:
        return False
    first = next((k for k, (lo, hi) in enumerate(ctx.sent_bounds) if hi > lo), None)
    lede = ctx.tokens[ctx.sent_bounds[first][0] : ctx.sent_bounds[first][1]] if first is not None else []
    main = next((t for t in lede if t.dep_ == "ROOT"), None)
    if main is None or ctx.is_cue(main):
        return False  # no lede, or one that reports what someone says or praises: news, not a profile
    if not any(
        (e := ctx.entity(t)) is not None and e.canonical == before.canonical
        for t in lede
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == main.i
    ):
        return False  # the speaker before is not whom the article opens on ("Ann Lee's side won")
    if any(m.spoke and m.speaker.canonical != before.canonical for m in a.history if m.pos < a.last[2]):
        # another voice (or a speech verb's subject) before the aside: a report of several people
        return False
    words = [t for t in between if not t.is_space]  # one or two sentences (``MAX_ASIDE_GAP``)
    if not words:
        return False
    text = ctx.text
    lo, hi = words[0].idx, words[-1].idx + len(words[-1].text)
    if "\n" not in text[a.last[2] : lo] or "\n" not in text[hi : cand.start]:
        return False  # not a paragraph of its own between the two quotes' paragraphs
    return any(
        ctx.tokens[i].dep_ in {"nsubj", "nsubjpass"} and ctx.tokens[i].head.dep_ == "ROOT" for i in own
    )


def _named_in(ctx: Context, own: set[int], found: Speaker) -> bool:
    """Whether the aside's tokens ``own`` name ``found`` (its entity), not only its description elsewhere."""
    return any((e := ctx.entity(ctx.tokens[i])) is not None and e.canonical == found.canonical for i in own)


def _found_noun_gender(ctx: Context, found: Speaker) -> str | None:
    """The gender a described speaker's own word tells ("her husband"), if any."""
    last = found.text.split()[-1] if found.text else ""
    return _noun_gender(ctx, last.lower()) if last.islower() else None


def _ties_to_speaker_before(ctx: Context, pron: Token, own: set[int]) -> bool:
    """Whether an aside's "her"/"his"/"him" stands for someone other than the aside's person: an object
    ("gave her a mark", "kept his distance from him") or the owner of the aside's person ("Her coach, Kelly
    Marsh"); not "lost her home" (the person's own), nor a pronoun inside a clause on the aside's person
    ("Ruiz, whose double took him top of the charts, looked deflated": a new voice brought in)."""
    if pron.dep_ not in _LINK_DEPS:
        return False
    if any(t.dep_ in {"relcl", "acl"} and t.head.i in own for t in pron.ancestors):
        return False  # "Ruiz, whose double took him top, ...": inside the person's own clause, him
    if pron.dep_ != "poss":
        return pron.lower_ not in {"he", "she"}
    owned = pron.head
    return (
        owned.i in own
        or (owned.head.i in own and owned.dep_ == "appos")
        or any(c.i in own for c in owned.children if c.dep_ == "appos")
    )


def _speaks_there(ctx: Context, verb: Token, own: set[int]) -> bool:
    """Whether ``verb`` is a speech verb with no object whose subject is the aside's person ("Bell spoke
    outside", "Li commented"); "never praised anyone" speaks of someone, and is no turn to speak."""
    if not ctx.is_cue(verb) or any(c.dep_ in {"dobj", "dative"} for c in verb.children):
        return False
    subj = subject_of(verb, ctx.quote_of)
    return subj is not None and subj.i in own


def _ever_speaks(a: Ask, found: Speaker) -> bool:
    """Whether the article gives ``found`` words of their own: a speech verb anywhere outside quotes whose
    subject names them, reporting words (a clause) or in a sentence that holds a quote."""
    ctx = a.ctx  # (a mention's ``spoke`` counts any speech verb's subject: "praised anyone" too)
    for verb in ctx.tokens:
        if not ctx.is_cue(verb):
            continue
        lo, hi = ctx.sent_bounds[ctx.sent_of[verb.i]]
        if not _reports(ctx, verb) and not any(ctx.quote_of[k] >= 0 for k in range(lo, hi)):
            continue  # "praised her": no words of theirs
        subj = subject_of(verb, ctx.quote_of)
        if subj is None or subj.pos_ == "PRON":
            continue
        ent = ctx.entity(subj)
        if ent is not None and ent.canonical == found.canonical:
            return True
        if subj.pos_ == "PROPN" and subj.text == found.canonical.split()[-1]:
            return True  # "said Nicholson" before the article gives her full name
        if found.start is not None and found.start <= subj.idx < (found.end or found.start):
            return True
    return False


# the clause kinds whose subject is no main actor of an aside ("after his father left")
_SUBORDINATE = frozenset({"advcl", "relcl", "acl"})


def _speaker_past_aside(a: Ask) -> Speaker | None:
    """r3s28: a profile's ``Holloway said ... "...," he said.  His mother, Joan, raised four boys after his
    father left.  "She is tougher than me," he said.``: a "he"/"she" the usual reading leaves without anyone
    (no one in reach, or two it cannot tell apart) after a narrative aside between two quotes goes on with
    the speaker of the quote before, when that speaker is known to be of the pronoun's gender and no one
    else the aside names may be meant: each other person there is known to be of the other gender, or is no
    main subject (a possessive, an object, the subject of an "after ..." clause). The quote must not name
    that speaker (then it is spoken of)."""
    aside = _aside_after_quote(a)
    if aside is None:
        return None
    ctx, cand = a.ctx, a.cand
    gender, before, between = aside
    if cand is None or _known_gender(ctx, before.canonical) != gender:
        return None
    if any(ctx.quote_of[t.i] >= 0 or _reports(ctx, t) for t in between):
        return None  # speech between the two quotes: not a narrative aside
    if any(_may_be_meant(ctx, t, gender, before) for t in between if ctx.quote_of[t.i] < 0):
        return None
    if before.canonical.split()[-1] in re.findall(r"[A-Za-z]+", ctx.text[cand.start : cand.end]):
        return None
    return before


_RELATIVE_WHO = frozenset({"who", "whom", "whose"})
_REPORTED = frozenset({"ccomp", "xcomp", "oprd", "parataxis"})


def _reports(ctx: Context, token: Token) -> bool:
    """Whether a speech verb reports words there ("said the loan was a gift"), not "calls in on Fridays"."""
    return ctx.is_cue(token) and any(c.dep_ in _REPORTED for c in token.children)


def _may_be_meant(ctx: Context, token: Token, gender: str, before: Speaker) -> bool:
    """Whether an aside's word is a main subject who may be the "he"/"she" after it: a person (a name, a
    pronoun, a word for a person) not known to be of the other gender, nor the speaker before, and the
    subject of a main clause (a possessive, an object or an "after ..." clause's subject is not)."""
    ent = ctx.entity(token)
    if token.pos_ == "PROPN" and token.dep_ != "appos" and token.ent_type_ in {"", "PERSON"}:
        # spk28: a name of the pronoun's gender, or of none the article tells, leaves the pronoun open in
        # any role ("the council gave Ana Ruiz an award")
        if token.text == before.canonical.split()[-1] or (
            ent is not None and ent.canonical == before.canonical
        ):
            return False
        if ent is None or (
            _gender_ok(ctx, _speaker_of(ctx.unguessed(ent)), gender)
            and not _appos_says_other(ctx, token, gender)
        ):
            return True
    if token.dep_ not in SUBJECT_DEPS or token.head.dep_ in _SUBORDINATE:
        return False
    if token.lower_ in {"he", "she"}:
        return token.lower_ in _THIRD_PERSON[gender]
    if token.pos_ == "PROPN" and (ent is None or ent.label != "PERSON"):
        # "DiCaprio, who lost to Foxx, will face him again": a name the model missed (or took for a body or
        # a place) may be a person's
        return token.text != before.canonical.split()[-1]
    if ent is not None:
        if ent.label != "PERSON":
            return False
        if ent.canonical == before.canonical:
            return False
        return _gender_ok(ctx, _speaker_of(ctx.unguessed(ent)), gender) and not _appos_says_other(
            ctx, token, gender
        )
    if token.pos_ != "NOUN":
        return False
    noun = _noun_gender(ctx, token.lemma_.lower())
    if noun is not None or _appos_says_other(ctx, token, gender):
        return noun == gender if noun is not None else False
    lemma = token.lemma_.lower()
    if any(c.dep_ == "relcl" and any(w.lower_ in _RELATIVE_WHO for w in c.children) for c in token.children):
        return True  # "the man who sold him the oven": a person
    return lemma in ctx.cues.person_nouns or lemma in ctx.cues.role_nouns


def _appos_says_other(ctx: Context, token: Token, gender: str) -> bool:
    """ "His aunt, Moira, ...": a word for a woman or a man set beside the subject tells its gender."""
    nouns = [c for c in token.children if c.dep_ == "appos"]
    nouns += [token.head] if token.dep_ == "appos" else []
    said = {g for n in nouns if n.pos_ == "NOUN" and (g := _noun_gender(ctx, n.lemma_.lower())) is not None}
    return bool(said) and gender not in said


def _namesake_of_gender(ctx: Context, found: Speaker, gender: str) -> Speaker:
    """r2s25a: a bare surname two or three people share ("Osei" after Farida and Kwame Osei), found for a
    "she": the one of them the article tells is a woman, when it tells every one's gender; else as found."""
    if found.canonical not in ctx.shared_surnames or gender not in {"Masc", "Fem"}:
        return found
    names = ctx.namesakes(found.canonical)
    known = {n: _known_gender(ctx, n) or ctx.kin_genders.get(n) for n in names}
    same = [n for n, g in known.items() if g == gender]
    if None in known.values() or len(same) != 1:
        return found
    return found.model_copy(update={"canonical": same[0]})


def _told_inside_quote(a: Ask) -> bool:
    """r2s24b: whether a quote is told inside someone's quoted words ('"He just pointed and said, 'That's
    where we could be,'" the winger said'): its "he"/"she" is whom the quoted speaker means, someone in
    their story, not a person of the narrative; no guess rather than the quoted speaker or the last named."""
    if a.subj is None or a.subj.lower_ not in {"he", "she", "they"} or a.cand is None:
        return False
    if a.cand.start <= a.subj.idx < a.cand.end:
        return False
    if a.ctx.quote_of[a.subj.i] >= 0:
        return True
    # the outer quote in single marks closes right after the inner one ('... said, "That's it."'): only then
    # is a single mark open before the pronoun surely an outer quote (not "the '90s")
    tail = a.ctx.text[a.cand.end : a.cand.end + 5].lstrip('.,!?"\u201d ')
    return tail[:1] in SINGLE_CLOSERS and single_quote_open_at(a.ctx.text, a.subj.idx)


def _org_of_sentence_before(ctx: Context, pron: Token) -> Entity | None:
    """The one organisation named (outside quotes) in the content sentence before an "it" no subject
    resolves, when no person is named there either: "One problem identified by Wipro was the turnover of its
    staff. It said ..." is Wipro, which only an organisation's name could be."""
    prev = previous_content(ctx, ctx.sent_of[pron.i])
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    # the model may tag one mention of a company a place; another mention tagged ORG says what it is
    companies = {e.canonical for _, _, e in ctx.named if e.label == "ORG"}
    named = {
        ent.canonical: ent
        for t in ctx.tokens[lo:hi]
        if ctx.quote_of[t.i] < 0
        and (ent := ctx.entity(t)) is not None
        and (ent.label == "PERSON" or ent.canonical in companies)
    }
    only = next(iter(named.values())) if len(named) == 1 else None
    return only if only is not None and only.canonical in companies else None


_TOPIC_PREPOSITIONS = frozenset({"for", "to"})


def _topic_person(a: Ask) -> Entity | None:
    """'For Brandt, the future is uncertain. "...," he says.': a "he"/"she" no subject resolves is the one
    person a sentence right before it opens on ("For Jo Li," "To Jo Li,"): the sentence is about that
    person, whose words follow. None when that sentence names anyone else."""
    ctx, pron = a.ctx, a.subj
    if pron is None or pron.lower_ not in {"he", "she"}:
        return None
    sent = previous_content(ctx, ctx.sent_of[pron.i])
    if sent < 0:
        return None
    lo, hi = ctx.sent_bounds[sent]
    first = next((t for t in ctx.tokens[lo:hi] if not t.is_space and t.text not in MARK_CHARS), None)
    if first is None or first.lower_ not in _TOPIC_PREPOSITIONS or first.dep_ != "prep":
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    # spk25a: "For Jo Li, chief economist at Acme Bank, it is housing": the bank set beside her in her own
    # description is no one else the sentence names
    described = (
        {t.i for c in obj.children if c.dep_ == "appos" for t in c.subtree} if obj is not None else set()
    )
    named = {
        e.canonical: e for t in ctx.tokens[lo:hi] if t.i not in described and (e := ctx.entity(t)) is not None
    }
    topic = ctx.entity(obj) if obj is not None else None
    return topic if topic is not None and topic.label == "PERSON" and len(named) == 1 else None


_OWN_PRONOUNS = {
    "Masc": frozenset({"he", "him", "his", "himself"}),
    "Fem": frozenset({"she", "her", "hers", "herself"}),
}


def _paragraph_opener(a: Ask) -> Speaker | None:
    """r2s24a: a feature that moves between people opens each paragraph on one of them ("Ruiz is less
    patient. She has started a petition. '...,' she says"; "For Ames, it is about money. ... he says"): a
    "he"/"she" later in that paragraph is that person, not whoever spoke in the paragraph before. Only when
    the opening sentence's main subject (or its fronted "For X,") is a named person the article knows to be
    of the pronoun's gender, no one else who may be meant is seen in the paragraph before the pronoun, and
    the quote does not speak of that person (a "she" quoted about "her" is someone else's view)."""
    ctx, pron, cand = a.ctx, a.subj, a.cand
    if pron is None or cand is None or pron.lower_ not in {"he", "she"}:
        return None
    gender = "".join(pron.morph.get("Gender", []))
    line = ctx.text.rfind("\n", 0, pron.idx) + 1
    if not line or cand.start < line:
        return None  # the article's first paragraph, or a quote begun in a paragraph before
    opener = next((t for t in ctx.tokens if t.idx >= line and not t.is_space), None)
    if opener is None or ctx.quote_of[opener.i] >= 0 or ctx.sent_of[opener.i] >= ctx.sent_of[pron.i]:
        return None
    topic = _opening_person(ctx, opener)
    if topic is None or _known_gender(ctx, topic.canonical) != gender:
        return None
    before = [t for t in ctx.tokens[opener.i : pron.i] if ctx.quote_of[t.i] < 0]
    if any((e := ctx.entity(t)) is not None and e.canonical != topic.canonical for t in before):
        return None  # someone else named (or a body) in the paragraph: the usual reading decides
    if any(
        line <= m.pos < pron.idx and m.person and m.speaker.canonical != topic.canonical for m in a.history
    ):
        return None  # "His mother ... '...,' she says": another person the pronoun may mean
    quoted = ctx.text[cand.start : cand.end]
    own = _OWN_PRONOUNS.get(gender, frozenset())
    if (
        any(w.lower() in own for w in re.findall(r"[A-Za-z]+", quoted))
        or topic.canonical.split()[-1] in quoted
    ):
        return None
    return _speaker_of(ctx.unguessed(topic))


def _opening_person(ctx: Context, opener: Token) -> Entity | None:
    """The named person a sentence opening at ``opener`` is about: its main subject ("At noon, Ruiz is
    ..."), or the person of a fronted "For X," / "To X,"."""
    sent = opener.sent
    if opener.lower_ in _TOPIC_PREPOSITIONS and opener.dep_ == "prep":
        obj = next((c for c in opener.children if c.dep_ == "pobj"), None)
    else:
        obj = next((c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    ent = ctx.entity(obj) if obj is not None and ctx.quote_of[obj.i] < 0 else None
    return ent if ent is not None and ent.label == "PERSON" else None


_ANSWER_VERBS = frozenset({"reply", "answer", "respond", "retort"})
_QUESTION_MARKS = frozenset({"whether", "if"})
# spk23a: a question put with a wh-word ("asked him why ...", "asked her how ...") is answered the same way.
_WH_MARKS = frozenset({"why", "how", "what", "when", "where", "who"})


def _asked_one(a: Ask, found: Speaker) -> Speaker | Veto | None:
    """'Dunn asked Lyall whether he had been warned. "I was not," he said.': a "he"/"she" that would mean the
    one who just put a question (whether/if) answers it: the answer is the person asked (the verb's object,
    or the name set beside it: "asked the minister's deputy, Jo Li, if ..."), who is within the pronoun's
    reach. Asked of no one, only "replied"/"answered" says someone else speaks: no speaker then. None: no
    such question, or the pronoun means someone other than the one who asked."""
    ctx = a.ctx
    if a.cue is None or a.subj is None or a.subj.lower_ not in {"he", "she"}:
        return None
    ask = _question_before(ctx, a.subj)
    asker = subject_of(ask, ctx.quote_of) if ask is not None else None
    if (
        ask is None
        or asker is None
        or (named := ctx.entity(asker) or _person_named_by(ctx, asker)) is None
        or named.canonical != found.canonical
    ):
        return None
    addressee = next((c for c in ask.children if c.dep_ in {"dobj", "dative"}), None)
    if addressee is not None and (person := _person_named_by(ctx, addressee)) is not None:
        return _speaker_of(ctx.unguessed(person))
    if addressee is not None and addressee.lower_ == {"he": "him", "she": "her"}[a.subj.lower_]:
        # spk23a: "His lawyer, Dan Reeve, asked him why ... . '...,' he said": the one asked, the person
        # of that gender seen before other than the asker; two such people (or none): no speaker.
        return _one_asked(a, ask, named.canonical) or VETO
    return VETO if addressee is None and a.cue.lemma_.lower() in _ANSWER_VERBS else None


def _one_asked(a: Ask, ask: Token, asker: str) -> Speaker | None:
    """The one person of the pronoun's gender other than ``asker`` named as a subject within reach before
    the question ``ask``; None when there is not exactly one."""
    ctx, gender = a.ctx, "".join(a.subj.morph.get("Gender", [])) if a.subj is not None else ""
    here = ctx.nsent(ask)
    others = {
        m.speaker.canonical: m.speaker
        for m in a.history
        if m.person
        and m.subject
        and not m.unknown
        and m.described is None
        and m.pos < ask.idx
        and here - ctx.nsent(m.sent) <= a.max_lookback
        and m.speaker.canonical != asker
        and _gender_ok(ctx, m.speaker, gender)
    }
    return next(iter(others.values())) if len(others) == 1 else None


def _question_before(ctx: Context, pron: Token) -> Token | None:
    """The last verb of asking with a whether/if clause before the pronoun, in its sentence or the one
    before, outside quotes."""
    k = pron.i - 1
    sent = ctx.sent_of[pron.i]
    lo = ctx.sent_bounds[sent - 1][0] if sent > 0 else ctx.sent_bounds[sent][0]
    for t in reversed(ctx.tokens[lo : k + 1]):
        if ctx.quote_of[t.i] >= 0 or t.pos_ != "VERB" or t.lemma_.lower() not in _ASK_VERBS:
            continue
        clauses = (c for c in t.children if c.dep_ in {"ccomp", "advcl"})
        if any(any(m.lower_ in _QUESTION_MARKS | _WH_MARKS for m in c.children) for c in clauses):
            return t
        return None
    return None


def _kin_of_another(a: Ask) -> Speaker | None:
    """ "Her son disagrees. '...,' he said.": the one subject of the sentence before the quote's, a word for a
    man (for "he") or a woman (for "she") owned by a pronoun of the other gender, with a verb in the present
    (a view held now, not "Her husband died") or a speech verb, and no one named there, is whom the pronoun
    means: the person introduced so ("Her son, Ewan Moray,"), else the description. "His father died. '...,'
    he said" is not such a case: an owner of the pronoun's own gender may be the speaker."""
    ctx, pron = a.ctx, a.subj
    assert pron is not None
    gender = pron.morph.get("Gender", [])
    if gender not in (["Masc"], ["Fem"]) or pron.lower_ not in {"he", "she"}:
        return None
    nouns = ctx.cues.male_nouns if gender == ["Masc"] else ctx.cues.female_nouns
    owner = "her" if gender == ["Masc"] else "his"
    here = ctx.sent_of[pron.i] if a.anchor is None else min(a.anchor, ctx.sent_of[pron.i])
    prev = previous_content(ctx, here)
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    tokens = ctx.tokens[lo:hi]
    if any(ctx.quote_of[t.i] >= 0 for t in tokens) or any(
        (e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in tokens
    ):
        return None
    subjects = [t for t in tokens if t.dep_ in SUBJECT_DEPS | {"nsubjpass"}]
    if len(subjects) != 1:
        # r2s25a: "His mother agreed, though she smiled.": the main clause's subject
        subjects = [t for t in subjects if t.head.dep_ == "ROOT"]
        if len(subjects) != 1:
            return None
    kin = subjects[0]
    if kin.pos_ != "NOUN" or kin.tag_ != "NN" or kin.lemma_.lower() not in nouns:
        return None
    if not any(c.dep_ == "poss" and c.lower_ == owner for c in kin.children) or kin.dep_ != "nsubj":
        return None
    # r2s25a: the relative the article's family links name ("her son Kieran" -> "his mother" is hers)
    owner_gender = "Fem" if owner == "her" else "Masc"
    linked = _kin_by_links(
        ctx, kin.lemma_.lower(), gender[0], lambda name, told: _told_fits(ctx, name, told, owner_gender), True
    )
    if len(subjects) != len([t for t in tokens if t.dep_ in SUBJECT_DEPS | {"nsubjpass"}]) and linked is None:
        return None
    if kin.head.tag_ not in {"VBZ", "VBP"} and not ctx.is_cue(kin.head) and linked is None:
        return None  # "Her husband died in 2019": not someone who speaks now
    p = _phrase(ctx, kin)
    words = {t.lower_ for t in p.tokens}
    people = {
        i.canonical
        for i in ctx.introduced
        if i.head == kin.lemma_.lower() and words <= i.words and i.pos < kin.idx
    }
    if linked is not None:
        people = {linked}  # the full name ("her son Kieran" is Kieran Doyle)
    canonical = next(iter(people)) if len(people) == 1 else _canonical_phrase(ctx, p.body)
    return Speaker(text=p.text, canonical=canonical, start=p.start, end=p.end)


def _what_it_called(ctx: Context, pronoun: Token) -> Token | None:
    """ "Their union rejected what it called an 'insulting' offer": the pronoun of a "what" clause that is
    the object of a clause's verb stands for that verb's subject, when the two agree ("it" a singular thing
    or body, "he"/"she" a person), though no name of the subject was tagged for the pronoun to find."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.dep_ not in {"ccomp", "dobj", "pcomp"} or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    owner = subject_of(verb.head, ctx.quote_of)
    if owner is None or owner.i > pronoun.i or owner.pos_ not in {"NOUN", "PROPN"}:
        return None
    ent = ctx.entity(owner)
    cues = ctx.cues
    people = cues.person_nouns | cues.role_nouns | cues.source_nouns
    person = (ent is not None and ent.label == "PERSON") or owner.lemma_.lower() in people
    if pronoun.lower_ == "it":
        return owner if owner.tag_ in {"NN", "NNP"} and not person else None
    return owner if pronoun.lower_ in {"he", "she"} and person else None


def _body_it(ctx: Context, it: Token) -> Token | None:
    """ "The city council released a plan on Friday. It said ...": "it" stands for the nearest singular
    subject outside quotes, in its sentence (before it) or the ``MAX_COLLECTIVE_LOOKBACK`` before, when that
    subject is an organisation (an ORG named, or a noun the lexicon knows for an institution; not two joined:
    "the ministry and the union"). A person, a place or a thing there first: no body."""
    if it.lower_ != "it" or it.dep_ not in SUBJECT_DEPS:
        return None
    lo = ctx.sent_bounds[content_sentences_back(ctx, ctx.sent_of[it.i], MAX_COLLECTIVE_LOOKBACK)][0]
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns
    people = cues.person_nouns | cues.source_nouns | cues.role_nouns  # "Chinese official": a person
    for t in reversed(ctx.tokens[lo : it.i]):
        if ctx.quote_of[t.i] >= 0 or t.dep_ not in SUBJECT_DEPS | {"nsubjpass"} or t.lower_ == "it":
            continue
        if ctx.furniture[ctx.sent_of[t.i]] or ctx.link[ctx.sent_of[t.i]]:
            continue  # a caption or a link to another story is no part of the story
        if t.tag_ in {"NNS", "NNPS"} or t.lower_ in {"they", "we", "i", "you"}:
            continue  # not what a singular "it" stands for
        if any(c.dep_ == "conj" for c in t.children):
            return None  # "the ministry and the union": either, or both
        ent = ctx.entity(t)
        body = (ent is not None and ent.label == "ORG" and t.lemma_.lower() not in people) or (
            ent is None and t.pos_ == "NOUN" and t.lemma_.lower() in institution
        )
        if body and _inside_anothers_report(ctx, t, it):
            return None  # spk25a: "The union said the firm offered 3%, which it called ...": either body
        return t if body else None  # a person, a place or a thing: "it" may stand for it
    return None


def _inside_anothers_report(ctx: Context, subj: Token, it: Token) -> bool:
    """Whether ``subj`` is the subject of a clause another speaker reports, ``it`` inside that clause ("The
    union said [the company offered a rise, which it called ...]"): the reporter is as near as the subject."""
    verb = subj.head
    if subj.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp" or not ctx.is_cue(verb.head):
        return False
    outer = subject_of(verb.head, ctx.quote_of)
    return outer is not None and outer.pos_ != "PRON" and it.i in {t.i for t in verb.subtree}


def _plural_pronoun(a: Ask) -> Answer:
    """ "Authorities said ... . They said ...": "they" stands for the nearest plural subject outside quotes,
    in its own sentence (before it) or the content sentence before, read as a speech verb's subject would be
    (so a noun the lexicon does not know is still vetoed). Two different plural subjects there: no guess."""
    subj, ctx = a.subj, a.ctx
    if subj is None or subj.lower_ != "they" or subj.dep_ not in SUBJECT_DEPS:
        return None
    if (person := _they_person(a)) is not None:
        return person
    sent = ctx.sent_of[subj.i]
    for k in (sent, previous_content(ctx, sent)):
        if k < 0:
            return None
        lo, hi = ctx.sent_bounds[k]
        found = [
            _of_many(t)
            for t in ctx.tokens[lo : min(hi, subj.i)]
            if t.dep_ in SUBJECT_DEPS and _of_many(t).tag_ in {"NNS", "NNPS"} and ctx.quote_of[t.i] < 0
        ]
        if any(_reported_by_one(ctx, t) for t in found):
            return None  # 'Jo Li said families were worried. "...," they said.': Li, or the families
        # spk23c: 'Analysts said the cuts would save $180m. "...," they wrote.': a speech verb's "they" is
        # the group that reported, not a plural within the words it reported.
        found = [t for t in found if not any(_reported_by(ctx, r, t) for r in found if r is not t)]
        if found:
            if len({t.lemma_.lower() for t in found}) > 1 or any(
                c.dep_ == "conj" for c in found[-1].children
            ):
                return None  # two groups, or "residents and officials": not one noun phrase to name
            return resolve_speaker(ctx, found[-1], None, a.history, a.max_lookback)
    body = _collective_subject(ctx, subj)
    return resolve_speaker(ctx, body, None, a.history, a.max_lookback) if body is not None else None


def _reported_by(ctx: Context, reporter: Token, t: Token) -> bool:
    """Whether ``t`` lies in a clause the speech verb of ``reporter`` (its subject) reports."""
    verb = reporter.head
    if reporter.dep_ not in SUBJECT_DEPS or not ctx.is_cue(verb):
        return False
    return any(a.dep_ == "ccomp" and a.head.i == verb.i for a in t.ancestors)


def _reported_by_one(ctx: Context, t: Token) -> bool:
    """Whether ``t`` is a subject within the words a single speaker reports ("Jo Li said families were
    worried"): a "they" after it may be that speaker (as "they" for one person) as much as the group."""
    node = t
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or not ctx.is_cue(node.head):
        return False
    speaker = subject_of(node.head, ctx.quote_of)
    if speaker is None or speaker.tag_ not in {"NN", "NNP"}:
        return False
    ent = ctx.entity(speaker)
    return ent is None or ent.label == "PERSON"


def _one_described_speaks(ctx: Context, t: Token, ent: Entity | None, institution: frozenset[str]) -> bool:
    """Whether ``t`` is a singular common noun, not an institution nor a name, that is a speech verb's
    subject ("one senior figure said"): someone described whom a later "they" may stand for."""
    return (
        ent is None
        and t.tag_ == "NN"
        and t.lemma_.lower() not in institution
        and t.dep_ in SUBJECT_DEPS
        and ctx.is_cue(t.head)
    )


def _of_many(t: Token) -> Token:
    """A singular subject that counts people ("a handful of conservatives", "a group of lawmakers") stands
    for them: the plural noun after its "of"; any other token is itself. The indefinite article tells a
    count from a topic ("news of the allegations")."""
    if t.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return t
    for prep in t.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            many = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"}), None)
            if many is not None:
                return many
    return t


def _collective_subject(ctx: Context, they: Token) -> Token | None:
    """ "The union started a campaign. ... On Monday, they tweeted": with no plural subject in reach, "they"
    stands for the one organisation that is a subject in its sentence or the ``MAX_COLLECTIVE_LOOKBACK``
    before it (an ORG named, or a noun the lexicon knows for an institution), as British and Canadian copy
    treat a body as plural. Two bodies, a person as a subject, or a plural noun for people there
    ("executives"): no guess."""
    lo = ctx.sent_bounds[content_sentences_back(ctx, ctx.sent_of[they.i], MAX_COLLECTIVE_LOOKBACK)][0]
    cues = ctx.cues
    institution = (cues.speaker_nouns - cues.person_nouns) | cues.organisation_nouns
    people = cues.person_nouns | cues.source_nouns | (cues.speaker_nouns - institution)
    found: dict[str, Token] = {}
    for t in ctx.tokens[lo : they.i]:
        if ctx.quote_of[t.i] >= 0:
            continue
        if t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in people:
            return None  # "the company met several executives": they may be the executives
        if t.dep_ not in SUBJECT_DEPS:
            continue
        ent = ctx.entity(t)
        if (ent is not None and ent.label == "PERSON") or t.lower_ in {"he", "she"}:
            return None
        if _reported_by_one(ctx, t) or _one_described_speaks(ctx, t, ent, institution):
            return None  # 'An aide said the ministry ... . "...," they said.': the aide or the ministry
        if ent is not None and ent.label == "ORG":
            found[ent.canonical] = t
        elif ent is None and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in institution:
            found[t.lemma_.lower()] = t
    return next(iter(found.values())) if len(found) == 1 else None


def _one_of(a: Ask) -> Answer:
    """'"...," says one of the players', 'said one of those advisers': a number or quantifier whose "of"
    names the group is a member of that group described (anonymous when the group is of sources). Also
    "One wrote", "Another added", "one of them": a member of a group the article has just named
    (:func:`_one_of_those_named`)."""
    subj, ctx = a.subj, a.ctx
    if subj is None:
        return None
    if (member := _one_of_those_named(ctx, subj)) is not None:
        return member
    if subj.pos_ not in {"NUM", "PRON", "DET", "ADJ"}:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if group is None or group.pos_ != "NOUN" or group.tag_ != "NNS" or ctx.quote_of[group.i] >= 0:
        return None
    start, end = trim(ctx.text, subj.left_edge.idx, group.idx + len(group.text))
    text = ctx.text[start:end]
    named = any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in group.subtree)
    anonymous = group.lemma_.lower() in ctx.cues.source_nouns and not named
    return Speaker(text=text, canonical=text, anonymous=anonymous, start=start, end=end)


ONE_OF_MANY = frozenset({"one", "another"})
MAX_GROUP_LOOKBACK = 2  # content sentences back where the group "one" / "another" belongs to may be named
_PRONOUN_GROUPS = frozenset({"them", "those", "us", "these"})


def _one_of_those_named(ctx: Context, subj: Token) -> Speaker | None:
    """ "Fans were furious. One wrote: ...", "Another added", "one of them said": "one" / "another" alone or
    before a pronoun ("of them") stands for an unnamed member of a group; anonymous, as written, when a
    plural noun outside quotes names a group in its sentence or the ``MAX_GROUP_LOOKBACK`` before it. No
    group there ("one said" after a goal): no guess."""
    if ctx.quote_of[subj.i] >= 0:
        return None
    if subj.lower_ not in ONE_OF_MANY or subj.pos_ not in {"NUM", "PRON", "DET", "ADJ"}:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and not any(c.dep_ == "pobj" and c.lower_ in _PRONOUN_GROUPS for c in of.children):
        return None  # "one of the players": the group named in the phrase (the pass after this)
    if any(c.dep_ not in {"prep", "pobj", "punct"} for c in subj.children):
        return None
    last = of.right_edge if of is not None else subj
    if not _group_named_before(ctx, subj):
        return None
    start, end = trim(ctx.text, subj.left_edge.idx, last.idx + len(last.text))
    text = ctx.text[start:end]
    return Speaker(text=text, canonical=text, anonymous=True, start=start, end=end)


def _group_named_before(ctx: Context, subj: Token) -> bool:
    """Whether a plural common noun outside quotes comes before ``subj`` in its
    sentence or the ``MAX_GROUP_LOOKBACK`` content sentences before it ("Fans were furious.")."""
    lo = ctx.sent_bounds[content_sentences_back(ctx, ctx.sent_of[subj.i], MAX_GROUP_LOOKBACK)][0]
    if any(t.tag_ == "NNS" and t.pos_ == "NOUN" and ctx.quote_of[t.i] < 0 for t in ctx.tokens[lo : subj.i]):
        return True
    if subj.lower_ != "another":
        return False
    # r2b25: "Fans were furious. One wrote: '...' Another posted: '...'": a quoted post of several sentences
    # stands between the group and "another"; the "one" before it belongs to the group the lookback found
    far = ctx.sent_bounds[content_sentences_back(ctx, ctx.sent_of[subj.i], _MEMBER_LOOKBACK)][0]
    before = next(
        (
            t
            for t in reversed(ctx.tokens[far : subj.i])
            if t.lower_ in ONE_OF_MANY and t.dep_ == "nsubj" and ctx.quote_of[t.i] < 0
        ),
        None,
    )
    return before is not None and _group_named_before(ctx, before)


_MEMBER_LOOKBACK = 6  # content sentences back where the "one" before an "another" may stand


def _described_over(ctx: Context, pron: Token, found: Speaker) -> Token | None:
    """The definite description that is the main subject of the sentence before a "he"/"she" (the quote's own
    sentences passed over) when the person the pronoun was resolved to is a subject only of a clause under
    it there (see :func:`_described_main_subject`)."""
    if found.start is None or found.end is None or pron.lower_ not in {"he", "she"}:
        return None
    prev = _sentence_before_quote(ctx, pron)
    span = ctx.doc.char_span(found.start, found.end, alignment_mode="expand")
    if prev < 0 or span is None or ctx.sent_of[span.root.i] != prev:
        return None
    return _described_main_subject(ctx, prev, span.root)


def learn_genders(ctx: Context) -> None:
    """Cheap gender evidence for named persons: "Ms. Levine", and "Levine said she ..." (one person only)."""
    _given_name_genders(ctx)
    _they_people(ctx)
    for i, person in ctx.ent_of.items():
        title = ctx.tokens[i - 1].lower_ if i > 0 else ""
        if person.label != "PERSON" or ctx.tokens[i].idx != person.start:
            continue
        if title in GENDERED_TITLES:
            ctx.genders.setdefault(person.canonical, GENDERED_TITLES[title])
        elif i > 0 and ctx.tokens[i - 1].pos_ == "NOUN" and ctx.tokens[i - 1].head.i >= i:
            # "her father Khaled": a word for a man or a woman right before the name, and part of its phrase.
            if title in ctx.cues.male_nouns:
                ctx.genders.setdefault(person.canonical, "Masc")
            elif title in ctx.cues.female_nouns:
                ctx.genders.setdefault(person.canonical, "Fem")
        if (gender := _apposed_gender(ctx, ctx.tokens[i], person)) is not None:
            # Weak evidence, as a given name is: it rules him out for "she" but makes no known "he" who
            # beats a nearer person of unknown gender.
            ctx.given_genders.setdefault(person.canonical, gender)
    for pron in ctx.tokens:
        if pron.lower_ not in {"he", "she"} or pron.dep_ not in SUBJECT_DEPS:
            continue
        if pron.head.dep_ == "advcl" and ctx.quote_of[pron.i] < 0:
            # "Yuni was asleep when she heard the water": an untagged name whose own clause says "she" (and
            # no one else is named) is a person of that gender, so a later "he" need not stop at her.
            owner = subject_of(pron.head.head, ctx.quote_of)
            if (
                owner is not None
                and ctx.entity(owner) is None
                and untagged_name(ctx, owner)
                and not ctx.people_in(ctx.sent_of[pron.i])
            ):
                ctx.genders.setdefault(owner.text, "Fem" if pron.lower_ == "she" else "Masc")
            continue
        if pron.head.dep_ != "ccomp" or ctx.quote_of[pron.i] >= 0:
            continue  # '"He kept us in it," Li said': a "he" the speaker quotes is someone else
        verb = pron.head.head
        subj = subject_of(verb, ctx.quote_of) if ctx.is_cue(verb) else None
        ent = ctx.entity(subj) if subj is not None else None
        if subj is not None and ent is None and untagged_name(ctx, subj):
            # "Now living in Ottawa, Laurin said she ...": no other person named (places may be).
            if not ctx.people_in(ctx.sent_of[pron.i]):
                ctx.genders.setdefault(subj.text, "Fem" if pron.lower_ == "she" else "Masc")
            continue
        if ent is None or ent.label != "PERSON":
            continue
        gender = "Fem" if pron.lower_ == "she" else "Masc"
        if len(ctx.people_in(ctx.sent_of[pron.i])) == 1 and not _other_gender_in(ctx, pron, ent, gender):
            ctx.genders.setdefault(ent.canonical, gender)


def says_of_self(ctx: Context, cand: Candidate, speaker: Speaker) -> str | None:
    """spk23a: "Gillies said he understood both sides", the name tagged as an organisation (or not at all)
    and resolved to a person's full name: a report whose own subject is "he"/"she", of a speaker whose
    name is two or three capitalised words and with no person named in the sentence, says the speaker is a
    person of that gender ("Fem"/"Masc"); else None."""
    if cand.kind != "indirect" or cand.cue is None or cand.subject is None or cand.subject.pos_ == "PRON":
        return None
    words = speaker.canonical.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w.istitle() for w in words):
        return None
    if ctx.people_in(ctx.sent_of[cand.cue.i]) or ctx.quote_of[cand.cue.i] >= 0:
        return None
    for clause in (c for c in cand.cue.children if c.dep_ == "ccomp"):
        pron = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if pron is not None and pron.lower_ in {"he", "she"} and pron.i > cand.subject.i:
            return "Fem" if pron.lower_ == "she" else "Masc"
    return None


def _apposed_gender(ctx: Context, first: Token, person: Entity) -> str | None:
    """ "whose husband, Frank, was treated", "Greene's wife, Dolores, said": a name set beside a word for a
    man or a woman (in apposition either way) is a person of that gender, so a later "she" never goes to
    the husband (``given_genders``: ruled out for the other pronoun only)."""
    span = ctx.doc.char_span(person.start, person.end, alignment_mode="expand")
    root = span.root if span is not None else first
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    for noun in nouns:
        if noun.pos_ == "NOUN" and (gender := _noun_gender(ctx, noun.lemma_.lower())) is not None:
            return gender
    return None


def _other_gender_in(ctx: Context, pron: Token, ent: Entity, gender: str) -> bool:
    """Whether "Li said he ..." may be about someone else: the reported clause also holds a pronoun of the
    other gender ("Reyes said he had left her with the debt": the "her" is Reyes, the "he" someone not
    named in the sentence), or the speaker's given name is known for the other gender."""
    if ctx.given_genders.get(ent.canonical, gender) != gender:
        return True
    other = {"she", "her", "hers", "herself"} if gender == "Masc" else {"he", "him", "his", "himself"}
    return any(t.lower_ in other for t in pron.head.subtree)


THEY_THEM = re.compile(r"\bthey\s*/\s*(?:them|their)\b", re.IGNORECASE)


def _they_people(ctx: Context) -> None:
    """Persons said to use "they/them" (the one person named in the sentence that says so)."""
    for k, (lo, hi) in enumerate(ctx.sent_bounds):
        if lo >= hi:
            continue
        start, end = ctx.tokens[lo].idx, ctx.tokens[hi - 1].idx + len(ctx.tokens[hi - 1].text)
        people = ctx.people_in(k)
        if len(people) == 1 and THEY_THEM.search(ctx.text, start, end):
            ctx.they_people |= people


def _they_person(a: Ask) -> Speaker | None:
    """ "Sam Li, who uses they/them pronouns, said ... . '...,' they said": the person mentioned last before
    the "they", in reach, when that is one who goes by "they" and the only person of that sentence."""
    ctx, subj = a.ctx, a.subj
    if subj is None or not ctx.they_people:
        return None
    here = ctx.nsent(subj if a.anchor is None else min(a.anchor, ctx.sent_of[subj.i]))
    near = [
        m
        for m in a.history
        if m.person and m.pos < subj.idx and 0 <= here - ctx.nsent(m.sent) <= a.max_lookback
    ]
    if not near:
        return None
    last = max(ctx.nsent(m.sent) for m in near)
    names = {m.speaker.canonical for m in near if ctx.nsent(m.sent) == last}
    if len(names) != 1 or not names <= ctx.they_people:
        return None
    return next(m.speaker for m in reversed(near) if ctx.nsent(m.sent) == last)


def _given_name_genders(ctx: Context) -> None:
    """The weakest gender evidence (``Context.given_genders``): a person named in full whose given name the
    lexicon knows for a man or a woman ("Tom Burke"). It only rules a person out for the other pronoun
    ("she said" does not go to him when he is the nearest name); it does not make him a known "he" who beats
    a nearer person of unknown gender, which takes the stronger evidence of ``ctx.genders``."""
    cues = ctx.cues
    for ent in ctx.ent_of.values():
        words = ent.canonical.split()
        if ent.label != "PERSON" or len(words) < 2:
            continue
        given = next((w for w in words[:-1] if cues.given_name(w)), None)
        if given is not None:
            ctx.given_genders[ent.canonical] = "Masc" if given in cues.male_given_names else "Fem"


def _names_in_quote(ctx: Context, cand: Candidate, speaker: Speaker) -> bool:
    """Whether the quote names ``speaker`` (the last word of the name, as a word of its own)."""
    name = speaker.canonical.split()[-1:] if speaker.canonical else []
    return bool(name) and re.search(rf"\b{re.escape(name[0])}\b", ctx.text[cand.start : cand.end]) is not None


def pronoun_chains(ctx: Context, people: list[Mention], max_lookback: int) -> list[Mention]:
    """Add every ``he``/``she`` subject outside quotes, resolved in document order, to the mentions.

    "Patterson dragged her outside. He pulled her across the yard. ... He told police ...": each pronoun
    resolves like a speaker's (:func:`_resolve_pronoun`, strictly: one person in reach, or none) against the
    mentions before it, earlier resolved pronouns included, so a chain of them carries the person further
    than ``max_lookback`` sentences.
    Only mentions within ``max_lookback`` sentences are looked at, so the work stays linear.
    """
    out: list[Mention] = []
    k = 0  # next of ``people`` (sorted by position) to merge
    lo = 0  # first mention of ``out`` still within reach
    for pron in ctx.tokens:
        if pron.lower_ not in {"he", "she"} or pron.dep_ not in SUBJECT_DEPS or ctx.quote_of[pron.i] >= 0:
            continue
        while k < len(people) and people[k].pos < pron.idx:
            out.append(people[k])
            k += 1
        here = ctx.nsent(pron)
        while lo < len(out) and here - ctx.nsent(out[lo].sent) > max_lookback:
            lo += 1
        window = out[max(lo, len(out) - MAX_CHAIN_WINDOW) :]
        if _reported_of_unnamed(ctx, pron, people):
            continue
        found = _resolve_pronoun(ctx, pron, None, window, max_lookback, strict=True)
        if found is not None:
            out.append(Mention(pron.idx, ctx.sent_of[pron.i], found, True, None, True))
    out.extend(people[k:])
    return out


def _reported_of_unnamed(ctx: Context, pron: Token, people: list[Mention]) -> bool:
    """spk23a: "Gillies said he understood both sides", "Gillies" no person the model named: the "he" of a
    report is most often its speaker, so it is no link in a chain back to someone named before (who then
    would speak the next "he said")."""
    verb = pron.head.head
    if pron.head.dep_ != "ccomp" or not ctx.is_cue(verb):
        return False
    subj = subject_of(verb, ctx.quote_of)
    if subj is None or subj.pos_ == "PRON" or subj.i > pron.i:
        return False
    lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    return not any(lo <= m.pos < hi for m in people)


def _pronoun_corroborated(a: Ask, found: Speaker) -> bool:
    """Corroboration of ``pronoun`` (below the floor on PolNeAR): a speech verb inside a noun phrase ("his
    dislike of what he called the 'paper state'") reports only the words in its own phrase, not a quote
    later in the sentence ('..., voiced in his demand: "..."'; "he was quoted as saying" is a clause of its
    own); the sentence names no source the exchange came through ('"...," he told Li, according to
    officials'); and the quote does not name the person found ('"Price has betrayed us," he said': a
    speaker says "I", so the "he" is someone else, whom the nearest-person reading missed)."""
    cue, ctx = a.cue, a.ctx
    if a.cand is not None and a.cand.kind == "direct" and _names_in_quote(ctx, a.cand, found):
        return False
    if cue is None:
        return True
    if cue.dep_ in {"pcomp", "pobj"} and cue.head.lower_ != "as" and a.cand is not None:
        lo, hi = cue.left_edge.idx, _phrase_end(cue.right_edge)
        if not lo <= a.cand.start < hi:
            return False
    return not _relayed_by_source(ctx, cue)
