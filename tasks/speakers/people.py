"""Who the article names as a person: the PERSON mentions outside quotes that a pronoun may stand for
(:func:`person_subjects`), whether a speaker can be "he" or "she" (:func:`is_person`), a name the model
missed (:func:`_name`), surnames and given names, and the words that say someone is a person.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from tasks.attribution import post_credits
from tasks.entities import GENDERED_TITLES
from tasks.models import Entity, Speaker
from tasks.quote_context import SUBJECT_DEPS, Context, Mention
from tasks.quotemarks import MARK_CHARS
from tasks.speakers.sieve import _phrase

INDEFINITE = frozenset({"a", "an", "one", "another"})  # determiners of someone not named before


def _is_named(ctx: Context, canonical: str, before: int | None = None) -> bool:
    """Whether the speaker ``canonical`` is someone the article names (a person or body tagged by name)
    outside quotes, not a description; with ``before``, named before that character. Unlike
    :func:`_names_someone`, the name itself, not one it belongs to."""
    k = len(ctx.named) if before is None else bisect.bisect_left(ctx.named_starts, before)
    return any(ent.canonical == canonical for _, _, ent in ctx.named[:k])


def _title_words(titles: frozenset[str]) -> frozenset[str]:
    """The one-word titles of the lexicon ("sheriff", "coach"): a person's office, so "the sheriff said" is
    someone speaking even when no one in the article is named with the title (abbreviations left out)."""
    return frozenset(t for t in titles if " " not in t and not t.endswith("."))


def _unnamed_on_request(noun: Token) -> bool:
    """ "a resident who asked not to be named", "a widow, who spoke on condition of anonymity,", "a man who
    identified himself only as a driver": the clause the writer adds says the person is kept anonymous. The
    clause may be the second of two ("a woman who lives ..., and who asked not to be named") or belong to a
    noun set beside this one ("Another patient, a man who asked not to be named,")."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    return any(_withheld_name(clause) for n in nouns for clause in _clauses_on(n))


def _clauses_on(noun: Token) -> list[Token]:
    """The clauses a noun is given: relative ones, participles, and a second "who" clause the parse joined
    to the noun as a conjunct."""
    return [
        c
        for c in noun.children
        if c.dep_ in {"relcl", "acl"}
        or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and any(w.lower_ == "who" for w in c.children))
    ]


def _withheld_name(clause: Token) -> bool:
    """Whether a clause withholds its person's name: anonymity, a name or identity refused or asked not to
    be given, or an identity given "only as" what they are."""
    for t in clause.subtree:
        if t.lower_ == "anonymity":
            return True
        if t.lemma_.lower() not in {"name", "identify"}:
            continue
        if any(c.dep_ == "neg" for c in (*t.children, *t.head.children)):
            return True  # "asked not to be named"
        if t.head.lemma_.lower() in {"decline", "refuse"}:
            return True  # "declined to be identified"
        if t.lemma_.lower() == "identify" and any(w.lower_ == "only" for w in t.subtree):
            return True  # "identified herself only as a nurse"
    return False


def _bare_role(ctx: Context, head: Token, body: Sequence[Token]) -> bool:
    """Whether "the mayor", "the new mayor", "the prime minister" is the title alone: every other word an
    adjective or a title word; "the shadow chancellor" is another office than the chancellor's."""
    return all(t.i == head.i or t.pos_ == "ADJ" or t.lower_ in ctx.role_of for t in body)


def _reported_pronouns(verb: Token, deps: frozenset[str] = SUBJECT_DEPS) -> list[Token]:
    """The "he"/"she" subjects of what a verb reports ("The game maker says he has ..."): the speaker is
    most often whom the pronoun stands for."""
    return [
        g
        for c in verb.children
        if c.dep_ == "ccomp"
        for g in c.children
        if g.dep_ in deps and g.lower_ in {"he", "she"}
    ]


def _person_subject(ctx: Context, token: Token) -> Entity | None:
    """The PERSON a subject token names (an untagged surname through the names seen), or None."""
    ent = ctx.ent_of.get(token.i)
    if ent is None and untagged_name(ctx, token):
        ent = ctx.surname.get(token.text) or ctx.person_by_given_name(token.text, token.idx)
    if ent is None or ent.label != "PERSON":
        return None
    clause = token.head if token.dep_ == "appos" else token
    return ctx.unguessed(ent) if clause.dep_ in SUBJECT_DEPS | {"nsubjpass"} else None


def _name_shaped(ctx: Context, ent: Entity) -> bool:
    """Whether an entity the model tagged ORG reads as a person's name where a person is described ("the
    house's director, Pascal Roy"): two or three capitalised words, none of which the article writes in lower
    case (an organisation's name is mostly common words: "the Budget Office", "the office")."""
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 3:
        return False
    return all(
        t.is_alpha and t.is_title and t.pos_ == "PROPN" and t.lower_ not in ctx.lower_words for t in span
    )


def _kin_given_name(ctx: Context, subj: Token, token: Token, ent: Entity) -> bool:
    """ "Hollis's brother, Marco,", "his wife, Linda,": one capitalised word set beside a kinship or gendered
    noun is the relative's given name, a person whatever the model tagged it (often a place)."""
    return (
        _noun_gender(ctx, subj.lemma_.lower()) is not None
        and token.pos_ == "PROPN"
        and " " not in ent.text
        and ent.text[:1].isupper()
        and ent.text[1:].islower()
    )


def _name(ctx: Context, tokens: Sequence[Token]) -> str | None:
    """A person's name the model missed, without its titles: "Mayor Ana Ruiz" -> "Ana Ruiz".

    The phrase must be proper nouns after the titles; a surname alone takes the full name of an earlier (or
    the only) PERSON with that surname.
    """
    words = [t for t in tokens if not t.is_punct]
    n = 0
    while n < len(words):
        size = next(
            (
                k
                for k in range(min(4, len(words) - n), 0, -1)
                if " ".join(t.lower_ for t in words[n : n + k]) in ctx.cues.titles
            ),
            0,
        )
        if size == 0:
            break
        n += size
    rest = words[n:]
    if not rest or not all(t.pos_ == "PROPN" for t in rest) or any(ctx.ent_of.get(t.i) for t in rest):
        return None
    name = ctx.doc[rest[0].i : rest[-1].i + 1].text
    if n == 0 and len(rest) > 1:
        return None  # several proper nouns and no title: an organisation as likely as a person
    surname = rest[-1].text
    fulls = [
        (e.start, e.canonical)
        for e in ctx.ent_of.values()
        if e.label == "PERSON" and e.canonical.split()[-1] == surname and e.canonical != name
    ]
    gender = GENDERED_TITLES.get(words[n - 1].lower_) if n > 0 else None
    if gender is not None:
        # "Mr Pickering" after Sarah and Graham Pickering: only the one a man's title can stand for
        fulls = [f for f in fulls if (ctx.genders.get(f[1]) or ctx.given_genders.get(f[1])) in (None, gender)]
    earlier = [f for f in fulls if f[0] < rest[0].idx]
    # spk29c: "Ruth Okafor ... Her son, Daniel Okafor, ... Okafor said": the one not brought in as a relative
    principal = {c for _, c in earlier} - ctx.kin_named
    if len({c for _, c in earlier}) > 1 and len(principal) == 1:
        return principal.pop()
    if earlier and {c for _, c in earlier} <= ctx.namesakes_kin:
        return name  # spk30: "For 40 years, her father, Luis Ortega, ran the shop": the surname is hers
    if earlier:
        return max(earlier)[1]
    if len({c for _, c in fulls}) == 1:
        return fulls[0][1]
    return name if n > 0 else None


def _canonical_phrase(ctx: Context, tokens: Sequence[Token]) -> str:
    """The phrase with each entity in it replaced by its canonical name ("Benjamin Netanyahu's office")."""
    if not tokens:
        return ""
    parts: list[str] = []
    pos = tokens[0].idx
    end = tokens[-1].idx + len(tokens[-1].text)
    for token in tokens:
        ent = ctx.ent_of.get(token.i)
        if ent is not None and ent.start >= pos and ent.end <= end and token.idx == ent.start:
            parts.append(ctx.text[pos : ent.start] + ent.canonical)
            pos = ent.end
    parts.append(ctx.text[pos:end])
    return "".join(parts)


def is_person(ctx: Context, speaker: Speaker, subj: Token | None) -> bool:
    """Whether a speaker can be ``he``/``she``: a PERSON entity or a source noun ("official")."""
    if speaker.canonical in ctx.genders or speaker.canonical in ctx.role_of.values():
        return True
    if _given_and_surname(ctx, speaker.canonical) or _named_with_role(ctx, subj):
        return True
    if _double_barrelled(ctx, _without_possessive(speaker.canonical)):
        return True
    if _surname_of_person(ctx, speaker.canonical):
        return True
    if speaker.start is not None:
        span = ctx.doc.char_span(speaker.start, speaker.end or speaker.start, alignment_mode="expand")
        if span is not None:
            ent = ctx.ent_of.get(span[-1].i)
            if ent is not None and ent.start == speaker.start:
                return ent.label == "PERSON"
            if any(e.label == "PERSON" and e.canonical == speaker.canonical for e in ctx.ent_of.values()):
                return True
            return span.root.lemma_.lower() in _people_nouns(ctx) or _given_who_clause(ctx, span.root)
    return subj is not None and (subj.lemma_.lower() in _people_nouns(ctx) or _given_who_clause(ctx, subj))


def _people_nouns(ctx: Context) -> frozenset[str]:
    """Nouns for a person: a source, a person's title or role, a word for a man or a woman ("widow")."""
    cues = ctx.cues
    return cues.source_nouns | cues.person_nouns | cues.role_nouns | cues.male_nouns | cues.female_nouns


def _who_clause(noun: Token) -> bool:
    """Whether the writer gives a common noun a "who" clause ("Palmer's former assistant, who asked not to
    be named, said"): a person, whatever noun the lexicon knows, so a later "she said" can be that person (one
    noun: "critics, who ..." are no "he")."""
    return noun.tag_ == "NN" and any(
        c.dep_ == "relcl" and any(g.lower_ in {"who", "whom", "whose"} for g in c.children)
        for c in noun.children
    )


def _given_who_clause(ctx: Context, noun: Token) -> bool:
    """spk24a: whether the writer gives a person's noun a "who" clause (:func:`_who_clause`), also when the
    parse hangs the clause on the place or thing of the noun's own phrase ("A former caretaker at the
    school, who worked with her ...": no school is "who")."""
    if _who_clause(noun):
        return True
    people = _people_nouns(ctx)
    return any(
        _who_clause(obj) and obj.i not in ctx.ent_of and obj.lemma_.lower() not in people
        for prep in noun.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _surname_of_person(ctx: Context, canonical: str) -> bool:
    """ "Callum Henderson ... Henderson said": a bare word that ends a full name tagged PERSON in the article
    is that person's surname (whatever the model tagged the bare word as), so it can be "he"/"she"."""
    if " " in canonical or not canonical[:1].isupper():
        return False
    return any(
        (e.label == "PERSON" or _given_and_surname(ctx, name) or _double_barrelled(ctx, name))
        and len(words := name.split()) >= 2
        and words[-1] == canonical
        for e in ctx.ent_of.values()
        if (name := _without_possessive(e.canonical))
    )


def _double_barrelled(ctx: Context, name: str) -> bool:
    """ "Cristian Alcaraz-Bueno" (tagged ORG, the given name unknown to the lexicon): one capitalised word and
    a hyphenated surname, no word that names a kind of organisation, reads as a person's full name."""
    words = name.split()
    return (
        len(words) == 2
        and "-" in words[1]
        and _surname_shaped(words[1])
        and words[0].isalpha()
        and words[0].istitle()
        and ctx.cues.organisation_kind([w.lower() for w in words]) is None
    )


def _without_possessive(name: str) -> str:
    """ "Cristian Alcaraz-Bueno's header": the model may tag a name with its "'s"; the name is without."""
    return name.removesuffix("'s").removesuffix("\u2019s")


def _given_and_surname(ctx: Context, canonical: str) -> bool:
    """ "Campaigner Hugo Tagholm" (tagged ORG), "Hugo Tagholm, director of ...": a speaker that ends in a
    given name the lexicon knows and one more capitalised word is a person, whatever the model tagged."""
    words = canonical.split()
    return len(words) >= 2 and ctx.cues.given_name(words[-2]) and _surname_shaped(words[-1])


def _surname_shaped(word: str) -> bool:
    """A capitalised word, or capitalised words joined by hyphens ("Ellis-Hart"): double-barrelled surnames
    are as common in the news as plain ones (and the small model often tags them ORG)."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


def _named_with_role(ctx: Context, subj: Token | None) -> bool:
    """ "Thom Mahler, director of the Downtown Strategy, said": a proper-noun subject set beside a word for a
    person's role is a person, though the model tagged the name as nothing or as an organisation."""
    if subj is None:
        return False
    people = ctx.cues.person_nouns | ctx.cues.source_nouns
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in people:
        # "Westpac's chief economist, Luci Ellis, said", the name tagged ORG: the name beside the role.
        return any(
            c.dep_ == "appos"
            and (e := ctx.entity(c)) is not None
            and e.label == "ORG"
            and _name_shaped(ctx, e)
            for c in subj.children
        )
    if subj.pos_ != "PROPN":
        return False
    return any(c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in people for c in subj.children)


def person_subjects(ctx: Context) -> list[Mention]:
    """PERSON mentions outside quotes (flagged when a clause's subject): antecedents for ``he``/``she``."""
    out: list[Mention] = []
    seen: set[int] = set()
    for i, ent in ctx.ent_of.items():
        token = ctx.tokens[i]
        if (
            ent.label != "PERSON"
            or ent.start in seen
            or ctx.quote_of[i] >= 0
            or ctx.furniture[ctx.sent_of[i]]
        ):
            continue  # a caption's people are no antecedents for the story's pronouns
        root = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
        if root is None or root.root.i != i or token.dep_ in {"compound", "nmod"}:
            continue  # "the Kinder Morgan pipeline": named in passing
        # The agent of a passive main clause is its subject: "The petition was started by Lori Whitecap".
        agent = token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.dep_ == "ROOT"
        if token.dep_ == "pobj" and not agent and not _closing_person(ctx, token):
            continue  # "the death of Jordan Lafond": named in passing
        seen.add(ent.start)
        subject = (
            agent
            or token.dep_ in SUBJECT_DEPS | {"nsubjpass"}
            or (token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS | {"nsubjpass"})
        )
        clause = token.head if token.dep_ == "appos" else token
        spoke = subject and clause.dep_ in SUBJECT_DEPS and ctx.is_cue(clause.head)  # "Jo Li, an MP, said"
        # "Harlow" after "Tom Harlow" and "Jack Harlow": the surname as written, not the guess of the two.
        named = ctx.unguessed(ent)
        speaker = Speaker(text=ent.text, canonical=named.canonical, start=ent.start, end=ent.end)
        out.append(Mention(ent.start, ctx.sent_of[i], speaker, True, None, subject, spoke=spoke))
    # A name the model missed as the subject of a verb ("Niederreiter has four goals"): a pronoun after it
    # may mean that person, so it must not skip back to someone named earlier.
    for token in ctx.tokens:
        if (
            (untagged_name(ctx, token) or _person_shaped_subject(ctx, token) or _misread_surname(ctx, token))
            and token.head.pos_ in {"VERB", "AUX"}
            and not ctx.furniture[ctx.sent_of[token.i]]
        ):
            given = ctx.person_by_given_name(token.text, token.idx) if untagged_name(ctx, token) else None
            if given is not None:
                # "Carmen found the water" after "Carmen Delgado": the one person of that given name.
                as_given = Speaker(
                    text=token.text, canonical=given.canonical, start=token.idx, end=token.idx + len(token)
                )
                out.append(Mention(token.idx, ctx.sent_of[token.i], as_given, True, None, True))
                continue
            unknown = Speaker(
                text=token.text, canonical=token.text, start=token.idx, end=token.idx + len(token)
            )
            out.append(Mention(token.idx, ctx.sent_of[token.i], unknown, True, None, True, unknown=True))
    out.extend(_described_speakers(ctx))
    out.extend(_described_subjects(ctx))
    out.extend(_mistagged_people(ctx, seen))
    out.extend(_kin_named_people(ctx, seen))
    out.extend(_post_authors(ctx))
    # "the mayor" as a subject, when a person was named with that title ("Mayor Doug McCallum").
    for token in ctx.tokens if ctx.role_of else ():
        lemma = token.lemma_.lower()
        if (
            token.dep_ in SUBJECT_DEPS
            and ctx.quote_of[token.i] < 0  # "the judge" in a quote is no one the story's "she" may mean
            and lemma in ctx.role_of
            and lemma not in ctx.shared_roles
            and token.i not in ctx.ent_of
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and _bare_role(ctx, token, _phrase(ctx, token).body)
        ):
            start, end = token.left_edge.idx, token.idx + len(token.text)
            speaker = Speaker(text=ctx.text[start:end], canonical=ctx.role_of[lemma], start=start, end=end)
            out.append(Mention(token.idx, ctx.sent_of[token.i], speaker, True, lemma))
    out.sort(key=lambda m: m.pos)
    return out


def _post_authors(ctx: Context) -> Iterator[Mention]:
    """An embedded post's author ("— Jo Li (@joli) May 3, 2024" under the post) spoke there: a "she posted"
    after it means her, not a woman quoted before the post. The post is no quote of the quote layer, so
    nothing else gives the author as a candidate. A person unless the model tagged the name as an
    organisation with no given name the lexicon knows ("— NASA (@NASA)")."""
    for at, name in post_credits(ctx.text):
        named = ctx.doc.char_span(at, at + len(name), alignment_mode="expand")
        if named is None or ctx.quote_of[named.start] >= 0:
            continue
        ent = ctx.entity(named[-1])
        person = ent is None or ent.label == "PERSON" or _given_and_surname(ctx, name)
        canonical = ent.canonical if ent is not None and ent.label == "PERSON" else name
        speaker = Speaker(text=name, canonical=canonical, start=at, end=at + len(name))
        yield Mention(at, ctx.sent_of[named.start], speaker, person, None, True, spoke=True)


def _described_speakers(ctx: Context) -> Iterator[Mention]:
    """``One nurse told the union she had ... "...," she said.``: an unnamed person introduced as speaking (an
    indefinite subject of a speech verb, a singular word for a person, or any noun the verb's reported clause
    calls "he"/"she") is someone a later "she said" may mean, so the pronoun must not pass over her to a
    person named before. The gender a reported "he"/"she" or the word itself gives is learnt for the phrase.
    Definite and possessive phrases ("the spokeswoman", "her husband") are left out: they mostly stand for
    someone named beside them."""
    cues = ctx.cues
    people = _people_nouns(ctx)
    for token in ctx.tokens:
        if (
            token.dep_ not in SUBJECT_DEPS
            or token.tag_ != "NN"
            or token.i in ctx.ent_of
            or ctx.quote_of[token.i] >= 0
            or ctx.furniture[ctx.sent_of[token.i]]
            or not ctx.is_cue(token.head)
            or any(c.dep_ == "appos" or c.i in ctx.ent_of for c in token.children)
            or not any(c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE for c in token.children)
        ):
            continue  # "the spokeswoman", "her husband": someone identified, often named beside
        lemma = token.lemma_.lower()
        said = {g.lower_ for g in _reported_pronouns(token.head)}
        gender = (
            _noun_gender(ctx, lemma)
            or _who_clause_gender(ctx, token)
            or (("Masc" if said == {"he"} else "Fem") if len(said) == 1 else None)
        )
        if lemma not in people and gender is None:
            continue
        p = _phrase(ctx, token)
        if any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in p.tokens):
            continue  # "Li's lawyer": whose, not who
        canonical = _canonical_phrase(ctx, p.body)
        speaker = Speaker(
            text=p.text,
            canonical=canonical,
            anonymous=lemma in cues.source_nouns or _unnamed_on_request(token),
            start=p.start,
            end=p.end,
        )
        if gender is not None:
            ctx.genders.setdefault(canonical, gender)
        yield Mention(token.idx, ctx.sent_of[token.i], speaker, True, None, spoke=True)


def _described_subjects(ctx: Context) -> Iterator[Mention]:
    """ "The fire chief declined to speculate. '...,' he said.": a definite description of a person ("the
    fire chief", "the EU's foreign policy chief"; a word the lexicon knows for a person, after "the" or an
    organisation's name) as a clause's subject is whom a "he"/"she" right after may mean, though that
    clause quotes no one. Without it the pronoun passes over that person to someone quoted before. The
    phrase is read as a speech verb's subject only when a pronoun chooses it (``described``), so "the chief"
    may still name the chief quoted before. A description with a name beside it ("the spokeswoman, Jo Li,")
    is that name's, and titles the article gives a name are the ``role`` mentions'."""
    cues = ctx.cues
    people = _people_nouns(ctx) | _title_words(cues.titles)
    # spk24a: a person the writer gives a "who" clause ("A former clerk, who ...", "A hospital porter, who
    # ...") whatever the lexicon knows of the noun, and "the porter" after it
    first_who: dict[str, int] = {}
    for token in ctx.tokens:
        if token.tag_ == "NN" and _given_who_clause(ctx, token):
            first_who.setdefault(token.lemma_.lower(), token.i)
    for token in ctx.tokens:
        lemma = token.lemma_.lower()
        if (
            token.dep_ not in SUBJECT_DEPS
            or token.tag_ != "NN"
            or (lemma not in people and first_who.get(lemma, len(ctx.tokens)) > token.i)
            or lemma in ctx.role_of
            or token.i in ctx.ent_of
            or ctx.quote_of[token.i] >= 0
            or ctx.furniture[ctx.sent_of[token.i]]
            or any(c.dep_ == "appos" for c in token.children)
        ):
            continue
        introduced = _introduces_someone(ctx, token)
        if not introduced and not any(_definite_or_body(ctx, c) for c in token.children):
            continue
        p = _phrase(ctx, token)
        if any((e := ctx.ent_of.get(t.i)) is not None and e.label == "PERSON" for t in p.tokens):
            continue  # "Li's lawyer", "the Jo Li campaign": whose, not who
        speaker = Speaker(text=p.text, canonical=_canonical_phrase(ctx, p.body), start=p.start, end=p.end)
        if (gender := _noun_gender(ctx, lemma)) is not None:
            ctx.genders.setdefault(speaker.canonical, gender)
        yield Mention(
            token.idx, ctx.sent_of[token.i], speaker, True, None, described=token, introduced=introduced
        )


def _who_clause_gender(ctx: Context, token: Token) -> str | None:
    """spk25b: "A friend of the victim, who gave her name only as Tia, said he had been ...": a "her" or "his"
    in the "who" clause on a described person tells that person's gender ("Fem"/"Masc"), so the "he" of
    the report is someone else, and the "she said" after it is the friend."""
    found = {
        "Fem" if t.lower_ == "her" else "Masc"
        for c in token.children
        if c.dep_ == "relcl" and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for t in c.subtree
        if t.dep_ == "poss" and t.lower_ in {"her", "his"} and ctx.quote_of[t.i] < 0
    }
    return found.pop() if len(found) == 1 else None


def _introduces_someone(ctx: Context, token: Token) -> bool:
    """ "A hospital spokeswoman disputed that. '...,' she said.": an indefinite description of a person as the
    subject of its sentence's main clause brings in someone new, whom the "she" right after means, not the
    person named before it (an indefinite phrase is never a named person's epithet). Only a word for someone
    who speaks for others or on what they saw (a spokeswoman, an official, a witness): "A girl died at the
    scene" brings in no one who goes on to speak. spk24a: any person the writer gives a "who" clause ("A
    former accounts clerk, who asked not to be named, has used the branch for years") is a newcomer too."""
    if token.lemma_.lower() not in ctx.cues.source_nouns | ctx.cues.role_nouns and not _given_who_clause(
        ctx, token
    ):
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
        return False
    return token.head.dep_ == "ROOT" and ctx.quote_of[token.head.i] < 0


def _mistagged_people(ctx: Context, seen: set[int]) -> Iterator[Mention]:
    """ "Eleven-year-old Marcus Bell came with his father. '...,' he said.": a subject the model tagged as
    an organisation whose name is a given name the lexicon knows and a surname is a person (see
    :func:`_given_and_surname`), so the "he" right after may mean him; the given name's gender is the weak
    evidence of ``given_genders``, which only rules him out for "she"."""
    cues = ctx.cues
    # spk23c: "Angus MacRae steers the ferry ... MacRae does not argue. '...,' he says": the surname alone,
    # tagged as the same kind of organisation, is that person too (one such full name with that surname).
    full: dict[str, set[str]] = {}
    for ent in {id(e): e for e in ctx.ent_of.values()}.values():
        if ent.label != "PERSON" and _given_and_surname(ctx, ent.canonical):
            full.setdefault(ent.canonical.split()[-1], set()).add(ent.canonical)
    for i, ent in ctx.ent_of.items():
        token = ctx.tokens[i]
        if (
            ent.label == "PERSON"
            or ent.start in seen
            or token.dep_ not in SUBJECT_DEPS
            or ctx.quote_of[i] >= 0
            or ctx.furniture[ctx.sent_of[i]]
        ):
            continue
        canonical = ent.canonical
        if not _given_and_surname(ctx, canonical):
            names = full.get(canonical, set())
            if len(names) != 1 or " " in canonical:
                continue
            (canonical,) = names
        seen.add(ent.start)
        given = canonical.split()[-2]
        ctx.given_genders.setdefault(canonical, "Masc" if given in cues.male_given_names else "Fem")
        speaker = Speaker(text=ent.text, canonical=canonical, start=ent.start, end=ent.end)
        yield Mention(ent.start, ctx.sent_of[i], speaker, True, None, True)


def _kin_named_people(ctx: Context, seen: set[int]) -> Iterator[Mention]:
    """ "His wife, Linda, was sceptical. '...,' she said.": a given name set beside a kinship subject
    (:func:`_kin_given_name`), which the model tagged as something else, is a person of the noun's gender,
    so the "she" after may mean her."""
    for i, ent in ctx.ent_of.items():
        token = ctx.tokens[i]
        kin = token.head
        if (
            ent.label == "PERSON"
            or ent.start in seen
            or token.dep_ != "appos"
            or kin.dep_ not in SUBJECT_DEPS
            or ctx.quote_of[i] >= 0
            or ctx.furniture[ctx.sent_of[i]]
            or not _kin_given_name(ctx, kin, token, ent)
            or (gender := _noun_gender(ctx, kin.lemma_.lower())) is None
        ):
            continue
        seen.add(ent.start)
        ctx.given_genders.setdefault(ent.canonical, gender)
        speaker = Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
        yield Mention(ent.start, ctx.sent_of[i], speaker, True, None, True)


def _definite_or_body(ctx: Context, child: Token) -> bool:
    """A determiner that makes a described person someone in particular: "the", or an organisation or place
    whose office it is ("the European Union's foreign policy chief"); not "his", "her" or a person's name."""
    if child.dep_ == "det":
        return child.lower_ == "the"
    if child.dep_ != "poss":
        return False
    ent = ctx.ent_of.get(child.i)
    return ent is not None and ent.label in {"ORG", "GPE", "NORP"}


def _noun_gender(ctx: Context, lemma: str) -> str | None:
    """The gender a word for a man or a woman gives ("husband", "mother"), else None."""
    if lemma in ctx.cues.male_nouns:
        return "Masc"
    return "Fem" if lemma in ctx.cues.female_nouns else None


def _closing_person(ctx: Context, pobj: Token) -> bool:
    """``It also worked for Mississauga teacher Ana Li, 50.`` then ``"...," she says.``: a person who closes a
    sentence naming no other person, right before a quote paragraph, is whom it introduces."""
    k = ctx.sent_of[pobj.i]
    hi = ctx.sent_bounds[k][1]
    rest = [t for t in ctx.tokens[pobj.i + 1 : hi] if not t.is_space]
    if any(
        t.text not in {",", "."} and not (t.like_num and t.dep_ in {"appos", "npadvmod", "amod"})
        for t in rest
    ):
        return False
    people = ctx.people_in(k)
    nxt = hi
    while nxt < len(ctx.tokens) and (ctx.tokens[nxt].is_space or ctx.tokens[nxt].text in MARK_CHARS):
        nxt += 1
    return len(people) == 1 and nxt < len(ctx.tokens) and ctx.quote_of[nxt] >= 0


def untagged_name(ctx: Context, token: Token) -> bool:
    """A one-word proper noun subject outside quotes that the model tagged as no entity ("Laurin said")."""
    return (
        token.dep_ in SUBJECT_DEPS
        and token.pos_ == "PROPN"
        and token.i not in ctx.ent_of
        and not token.ent_type_
        and ctx.quote_of[token.i] < 0
        and not any(c.dep_ == "compound" for c in token.children)
    )


def _misread_surname(ctx: Context, token: Token) -> bool:
    """A subject outside quotes the model read as a common noun ("Ives/NNS later posted") that is, as
    written, the surname of a person the article names in full ("pop singer Lana Ives")."""
    return (
        token.dep_ in SUBJECT_DEPS
        and token.pos_ == "NOUN"
        and token.text[:1].isupper()
        and token.i not in ctx.ent_of
        and ctx.quote_of[token.i] < 0
        and _surname_of_person(ctx, token.text)
    )


def _person_shaped_subject(ctx: Context, token: Token) -> bool:
    """A proper-noun subject outside quotes that the model did not tag as a person but that may be one, so a
    later "he"/"she" must not skip back past it to someone named earlier:

    - an untagged "Given Surname" ("Amara Nwosu opened ...": the one-word case is :func:`untagged_name`);
    - a name tagged as something else whose own clause calls it "her"/"him" with no person named in the
      sentence ("Nwosu laughed when this was put to her": organisations are "it").
    """
    if token.dep_ not in SUBJECT_DEPS or token.pos_ != "PROPN" or ctx.quote_of[token.i] >= 0:
        return False
    ent = ctx.entity(token)
    if ent is not None and ent.label == "PERSON":
        return False
    compounds = [c for c in token.children if c.dep_ == "compound"]
    if ent is None and not token.ent_type_:
        # Only a name's words: "Amara Nwosu", not "the Senate Finance Committee".
        return bool(compounds) and all(
            c.pos_ == "PROPN" and not c.ent_type_ and not any(c.children) and c.text[:1].isupper()
            for c in compounds
        )
    if ctx.people_in(ctx.sent_of[token.i]):
        return False
    return any(
        t.lower_ in {"her", "him", "herself", "himself"}
        and ctx.quote_of[t.i] < 0
        and not _object_of_own_verb(token, t)
        and not _subject_pronoun_before(ctx, token, t)
        for t in token.head.subtree
        if t.i != token.i
    )


def _object_of_own_verb(subj: Token, pronoun: Token) -> bool:
    """ "The Lighthouse Board ... sent her a letter": a "her"/"him" that the subject's own verb (or one joined
    to it) takes as an object is someone else; the subject itself would be "herself"."""
    verbs = {subj.head.i} | {c.i for c in subj.head.conjuncts}
    return pronoun.dep_ in {"dobj", "dative", "iobj"} and pronoun.head.i in verbs


def _subject_pronoun_before(ctx: Context, subj: Token, pronoun: Token) -> bool:
    """ "She retired in 1998, when the Board ... thanked her": a "she" (for "her") or "he" (for "him") that is
    a subject earlier in the sentence is whom the object pronoun means, so it says nothing of the name."""
    same = "she" if pronoun.lower_.startswith("her") else "he"
    lo = ctx.sent_bounds[ctx.sent_of[subj.i]][0]
    return any(
        t.lower_ == same and t.dep_ in SUBJECT_DEPS and ctx.quote_of[t.i] < 0 for t in ctx.tokens[lo : subj.i]
    )
