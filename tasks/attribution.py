"""Whose words a label is: attribution structures the quote extractor does not report as quotes.

The quote layer (:mod:`tasks.quotes`) finds what people said. Two more structures hand words to a speaker
without quote marks or a "said (that)" clause, and the bias tagger needs them to give a loaded word its
voice:

* **Labelling and accusing verbs**: in "The ministry called the inquiry a sham", "X branded / labelled /
  dubbed Y Z", "X denounced / described Y as Z" and "X accused Y of Z", the label Z (or the charge) is X's
  word. Only that part is: the object Y, and anything else the writer put around it, stays the writer's.
* **A statement noun with its owner** ("Bellamy's claim that Souness had lied", "a claim by Hain that
  ..."): the clause is the owner's reported speech.
* **Single quote marks in a headline** ("Mayor slams 'sham' inquiry"): headline style for a quotation.
* **A paragraph inside a quotation** whose other mark is in another paragraph (a quote running over
  several paragraphs opens each with a mark and closes only the last).
* **Embedded social-media posts**: a paragraph that ends with an embed's credit line ("— Jo Li (@joli)
  May 3, 2026", "A post shared by Jo Li (@joli)") is the quoted material of the account's owner.
* **Questions and requests** (:func:`asked`): "Reporters asked whether the plan was a sham", "urged voters
  to reject the reckless plan": the asker's words.
* **Hearsay** (:func:`hearsay`): "It was claimed that ...", "X is said to be ...", "X is reportedly ...":
  reported, with the "by" agent or no one as the speaker.
* **Asides** (:func:`asides`): "As one critic put it, ...", "It would, he argued, ...": the clause around
  the attribution is the subject's; and a headline's closing credit ("Budget a sham - union").

Both come back as :class:`tasks.models.Quote` spans (``indirect`` for a label, ``direct`` for a post), for
the bias tagger's voice map only; they do not enter the record's quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import without_dangling_word
from tasks.figures import TIME_UNITS
from tasks.models import Quote, Speaker
from tasks.quote_context import (
    joined_to_report,
    obliged_saying,
    paragraph_spans,
    resolved_mention,
    without_fronted_adjunct,
    without_next_act,
)

_LABEL_DEPS = frozenset({"oprd", "attr", "xcomp"})
_SUBJECTS = frozenset({"nsubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
_TOPIC_PREPS = frozenset({"of", "about", "against"})
_FELT_DEPS = frozenset({"acomp", "oprd"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MAX_SPEAKER_WORDS = 6
_FIRST_PERSON = frozenset({"i", "we"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_VERBS = frozenset({"VERB", "AUX"})
_NOBODY = frozenset({"nobody", "no-one", "noone", "none", "neither"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"})
# "— Jo Li (@joli) May 3, 2026" (an embedded X/Twitter post), "A post shared by Jo Li (@joli)" (Instagram).
_CREDIT = re.compile(
    r"(?:^|\s)(?:[—–-]\s*|A post shared by\s+)(?P<name>[^\n()@—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)"
    r"(?P<tail>[^\n]{0,40})",
)


def labelled(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    labelling: frozenset[str],
    accusing: frozenset[str],
    naming: frozenset[str] = frozenset(),
    topic: frozenset[str] = frozenset(),
    judging: frozenset[str] = frozenset(),
    media: frozenset[str] = frozenset(),
    likening: frozenset[str] = frozenset(),
) -> Iterator[Quote]:
    """Yield the label of each labelling or accusing verb as an indirect quote of the verb's subject.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a pronoun subject takes the speaker of a quote that names it.
        labelling: Lemmas of verbs that give a label ("call", "brand", "describe" ... "as").
        accusing: Lemmas of verbs whose "of" phrase is the charge ("accuse").
        naming: Labelling verbs that take the label as a second object ("call", "brand"): with the first
            object moved away ("a vote it calls a sham"), the one object left is the label.
        topic: Verbs of saying whose "of" / "about" / "against" phrase is what was said ("warned of chaos").
        judging: Verbs of judging ("deem", "regard"): labelling verbs whose verdict in the passive is
            someone's only with a "by" agent ("can hardly be considered a success" is the writer's own).
        media: Nouns for where something is said ("post", "interview"): a phrase inside the label that puts
            it there ("as a rat *in a furious post*") is the writer's, not the label.
        likening: Verbs that label by comparison ("liken", "compare"): their "to" / "with" phrase is the
            label (:func:`_likened`).

    Notes:
        The label is the verb's object predicate (``oprd``, ``attr``, ``xcomp``: "called the inquiry *a
        sham*"), its "as" phrase ("denounced the plan *as a reckless gamble*"), for an accusing verb its "of"
        phrase ("accused her rivals *of being blinded by hatred*"), and in the passive the object left
        behind ("was branded *a sham* by the opposition"). The speaker is the active subject or the passive
        agent ("by the opposition"); with neither ("he was branded a traitor"), the label is still not the
        writer's, and the speaker is None.
    """
    attack = labelling | accusing | topic  # as nouns: "launched an attack on"
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and _said_by_writer(verb):
            continue  # bias26a: "I dismissed it as a gimmick": the writer's own words, not a source's
        if lemma in likening and verb.pos_ == "VERB":
            yield from _likened(doc, verb, quotes)
            continue
        is_label, is_charge = lemma in labelling or lemma in judging, lemma in accusing
        if lemma in topic and verb.pos_ == "VERB":
            if _standfirst(verb):
                continue
            said = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
            if said:
                speaker = _speaker(verb, _is_passive(verb), quotes)
                yield from (_reported(doc, list(p.subtree), verb, speaker) for p in said)
            continue
        if verb.pos_ == "VERB" and not (is_label or is_charge) and (targets := _attack_targets(verb, attack)):
            # "hit out at the 'pathetic' response": the marked words in the target are the attacker's
            speaker = _speaker(verb, False, quotes)
            for fragment in (f for t in targets for f in _marked_fragments(t)):
                yield _reported(doc, fragment, verb, speaker)
            continue
        if verb.pos_ not in ("VERB", "AUX") or not (is_label or is_charge):
            continue
        passive = (
            _is_passive(verb)
            or (is_charge and _reduced_passive(verb))
            or _agent_participle(verb)
            or (is_label and _objectless_as(verb))
            or (is_label and _agent_after_label(verb))
        )
        if passive and lemma in judging and not any(c.dep_ == "agent" for c in verb.children):
            continue
        # The parser hangs "of ..." and "as ..." on the verb or on its object ("accused [the banker of ...]").
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        misread = _modifier_read_as_verb(verb) if not objects and not passive else None
        if misread is not None:
            objects = [c for c in misread.children if c.dep_ == "dobj"]
        naming_verb = lemma in naming and not passive
        bare = naming_verb and len(objects) == 1 and _indefinite(objects[0])
        # prec11: and on the last of joined objects ("accused Vane and other ministers [of ...]")
        held = [*objects, *(c for o in objects for c in o.conjuncts if c.i > o.i)]
        near = [*verb.children, *(g for c in held for g in c.children if g.dep_ == "prep")]
        near += [g for c in held for g in _deep_as(c) if g not in near]
        near += [g for c in _object_modifiers(verb, held) for g in _deep_as(c) if g not in near]
        near += _past_a_time(verb)
        if misread is not None:
            near += [c for c in misread.children if c.dep_ == "prep" and c not in near]
        if passive:  # voice9: "described by opponents as reckless", the "as" hung on the agent's noun
            near += [g for a in verb.children if a.dep_ == "agent" for n in a.children for g in n.children]
        parts = [c for c in near if _is_label(c, is_label, is_charge, passive and c.head.i == verb.i)]
        if is_label and (passive or _bare_participle(verb)):
            # prec7: in the passive the "for" phrase is the reason the labellers gave ("*hailed* for its
            # menacing sounds", "a hit, hailed for ..."): the praise is theirs, not the writer's
            parts += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        if is_charge and parts:
            parts += _stranded_gerunds(verb, parts)
        if is_label and parts:
            parts += _stranded_labels(verb, parts)
        if not parts and bare:
            parts = objects  # "a vote it calls a sham": the object moved away, the label left behind
        if naming_verb and len(objects) > 1:
            # "branded the deal a betrayal", two objects in the parse: the second labels, with any phrase of
            # its own (r2b26: "a disaster *for families*", whose "for" phrase alone was taken before)
            parts = [objects[-1], *(p for p in parts if not objects[-1].is_ancestor(p))]
        if not parts and naming_verb and len(objects) == 1 and _named_first(verb, objects[0]):
            parts = objects  # r2b25: "calling them extremists", the one named read as a dative
        if not parts and naming_verb and len(objects) == 1:
            # voice12: "branded the replacement a disgrace", the label read as an adverbial noun phrase;
            # bias25a: or as the verb's adjective complement ("which branded executives *greedy*")
            parts = [
                c
                for c in verb.children
                if _adverbial_label(c, objects[0]) or (c.dep_ == "acomp" and c.i > objects[0].i)
            ]
        if not parts and naming_verb and len(objects) == 1:
            # basil29: "calls that evidence *unreliable*", the predicate read as a modifier after its noun
            parts = predicate_read_as_modifier(objects[0])
        fused = _fused_label(objects[0], lemma) if not parts and naming_verb and len(objects) == 1 else []
        if not parts and not fused and naming_verb and [o.lower_ for o in objects] == ["what"]:
            fused = _label_after_what(verb)
        marked = [] if passive else [f for o in objects for f in _marked_fragments(o)]
        if not passive and not objects and naming_verb:
            marked = [f for c in _small_clause_read_as_clause(verb) for f in _marked_fragments(c)]
        if not parts and not marked and not fused:
            continue
        speaker = _speaker(verb, passive, quotes, media)
        if fused:
            yield _reported(doc, fused, verb, speaker)
        for part in parts:
            yield _reported(doc, _label_tokens(part, verb, passive, media), verb, speaker)
        for fragment in marked:
            yield _reported(doc, fragment, verb, speaker)


_LIKENING_PREPS = frozenset({"to", "with"})


def _said_by_writer(verb: Token) -> bool:
    """bias26a: whether the writer is the active subject of a verb outside quotation marks ("*I* dismissed
    it as a gimmick", "*I* called it reckless and said ...", "Looking back, *I* branded it ..."): a column's
    first person is the author speaking, so the label is the author's, not a quoted source's."""
    head = verb
    while head.dep_ == "conj" and not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        head = head.head  # "I called it a sham and branded it ...": the first verb's subject
    opener = head.dep_ in ("advcl", "xcomp") and head.tag_ in ("VBG", "VB") and head.head.pos_ in _VERBS
    if opener and not any(c.dep_ in _CLAUSE_SUBJECTS for c in head.children):
        head = head.head  # "Dismissing it as a fad, I ...", "I took to this column to brand it ..."
    if head.dep_ == "pcomp" and head.tag_ == "VBG" and head.head.dep_ == "prep":
        head = head.head.head  # "I apologised after calling it a fad"
    subject = _nearest_subject(head)
    return subject is not None and subject.lower_ in _FIRST_PERSON and not _inside_marks(verb)


def writers_reports(doc: Doc, *, verbs: frozenset[str]) -> Iterator[tuple[int, int]]:
    """Yield the character span of each clause the writer reports of their own words ("I wrote at the time
    that it would 'destroy the soul of the game'", "I called it 'a circus'"): a verb of saying or labelling
    whose subject is the writer (:func:`_said_by_writer`). Words in marks there are the writer quoting
    themself: the author's voice, not an unnamed source's (bias26a).

    Args:
        doc: A parsed article.
        verbs: Lemmas of verbs of saying and labelling ("say", "write", "call").
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or not _said_by_writer(verb):
            continue
        said = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "oprd", "prep", "xcomp")]
        for part in said:
            first, last = part.left_edge, part.right_edge
            yield first.idx, last.idx + len(last) + 1  # a closing mark right after the clause


def _named_first(verb: Token, obj: Token) -> bool:
    """Whether the parse read a naming verb's first object as its dative ("calling *them* extremists"): the
    object left is then the label."""
    return any(c.dep_ == "dative" and c.i < obj.i for c in verb.children)


def _modifier_read_as_verb(verb: Token) -> Token | None:
    """bias25a: in "accused *striking* doctors of holding patients hostage" the parse read the modifier
    right after the verb as a verb with the object noun as its own object (and the "of" phrase on it): that
    "verb", so its object and phrases count as the labelling verb's."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ != "xcomp" or nxt.tag_ not in ("VBG", "VBN"):
        return None
    return nxt if any(c.dep_ == "dobj" for c in nxt.children) else None


def _past_a_time(verb: Token) -> list[Token]:
    """bias23b: the "of" or "as" phrase the parse hangs on a time phrase set between the verb and it
    ("was accused *on Wednesday* of a cover-up", "described it last week as a sham")."""
    times = [
        o
        for c in verb.children
        if c.i > verb.i
        for o in ([g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c])
        if o.ent_type_ in ("DATE", "TIME") and (c.dep_ == "prep" or c.dep_ == "npadvmod")
    ]
    return [
        g for o in times for g in o.children if g.dep_ == "prep" and g.lower_ in ("of", "as") and g.i > o.i
    ]


def _likened(doc: Doc, verb: Token, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """voice21: the comparison a likening verb makes, as its subject's label: in "Critics likened the plan
    *to a reckless gamble*" and "The president compared the protesters *to thugs*" the "to" (or "with")
    phrase, on the verb or on its object, is the comparer's. Only with a comparer the clause names (its own
    subject, or a passive's "by" agent): "has been compared to a gamble" says not whose comparison it is,
    and "Sales rose 5%, compared with 3% a year ago" compares figures, no one's words."""
    passive = _is_passive(verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    near = [*verb.children, *(g for o in objects for g in o.children)]
    preps = [c for c in near if c.dep_ == "prep" and c.lower_ in _LIKENING_PREPS and c.i > verb.i]
    if not passive:
        if not any(c.dep_ == "nsubj" for c in verb.children):
            return
        speaker = _speaker(verb, passive, quotes)
        yield from (_reported(doc, list(p.subtree), verb, speaker) for p in preps)
        return
    by = _likening_agent(verb, preps)
    if by is None:
        return
    speaker = _speaker_of(by, verb, quotes)
    agent = {
        t.i for t in by.head.subtree
    }  # "by critics", wherever the parse hung it, is no part of the label
    for p in preps:
        if tokens := _trimmed([t for t in p.subtree if t.i not in agent]):
            yield _reported(doc, tokens, verb, speaker)


def _likening_agent(verb: Token, preps: Sequence[Token]) -> Token | None:
    """The "by" agent of a passive likening verb: on the verb, or on the comparison's noun where the parse
    hung it ("was likened to a reckless gamble *by critics*")."""
    phrases = [c for c in verb.children if c.dep_ == "agent"]
    phrases += [t for p in preps for t in p.subtree if t.dep_ == "prep" and t.lower_ == "by"]
    return next((g for a in phrases for g in a.children if g.dep_ == "pobj"), None)


def _standfirst(verb: Token) -> bool:
    """voice11: whether a verb of talking announces an interview: in the present, to a person the article
    names ("Here she talks to Jon Reeve about the ordeal"), what it is "about" is the writer's summary of
    the conversation to come, not words anyone said."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and g.dep_ == "pobj" and g.ent_type_ == "PERSON"
        for c in verb.children
        for g in c.children
    )


def recounted(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the noun object of a verb of recounting as its subject's account (voice9).

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a pronoun subject takes the speaker of a quote that names it.
        verbs: Lemmas of verbs whose object is the subject's account ("describe", "recount").

    Notes:
        In "Residents described a chaotic escape" the escape is the residents' telling of it, and "chaotic"
        their word, as in "described the escape as chaotic" (a label, :func:`labelled`). Only an active verb
        with a subject and a noun object and no "as" label of its own; a clause object ("described how ...")
        is the quote layer's.
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        if _is_passive(verb) or _inside_marks(verb):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue  # a label: labelled() has it
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if len(objects) != 1 or any(g.dep_ == "prep" and g.lower_ == "as" for g in objects[0].children):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.lower_ in _FIRST_PERSON:
            continue  # "I described ...": the writer's own account
        yield _reported(doc, list(objects[0].subtree), verb, _speaker(verb, False, quotes))


# voice11: verbs whose gerund complement is what the subject says of itself ("denied being a racist")
_DENYING = frozenset({"deny", "admit"})


def denied(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Yield the gerund a subject denies or admits ("Diaz denied *being a racist*", "admitted acting
    recklessly") as the subject's reported words (voice11).

    Notes:
        "Diaz denied that he was a racist" is reported speech to the quote layer; the gerund says the same
        and the label in it is the charge answered, not the writer's verdict. Only an active verb with a
        subject, outside quote marks; a first-person subject is the writer's own.
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DENYING:
            continue
        if _is_passive(verb) or _inside_marks(verb):
            continue
        gerunds = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG"]
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if not gerunds or subject is None or subject.lower_ in _FIRST_PERSON:
            continue
        speaker = _speaker(verb, False, quotes)
        yield from (_reported(doc, list(g.subtree), verb, speaker) for g in gerunds)


def _inside_marks(verb: Token) -> bool:
    """Whether a verb stands inside a quotation its sentence opened: the words are the quoted speaker's,
    and a span of the verb's own would lend its holder to the whole quotation."""
    before = verb.doc.text[verb.sent.start_char : verb.idx]
    return sum(before.count(m) for m in _DOUBLE_MARKS) % 2 == 1


def relative_holders(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the content clause of a speech or belief verb in a relative clause as the antecedent's (voice9).

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an antecedent the quote layer resolved keeps its speaker.
        verbs: Lemmas of speech and belief verbs ("insist", "claim", "believe").

    Notes:
        In "a movement that insists they're racist" or "people who believe the vote was rigged", what is
        insisted or believed is the movement's or the people's; the quote layer may take the relative pronoun
        for the speaker and name no one.
    """
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ == "nsubj" and c.tag_ in _WH_TAGS for c in verb.children) or _inside_marks(verb):
            continue  # "the plan which critics say ...": relative_reports; a quotation: its speaker's
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            tokens = _trimmed(list(clause.subtree))
            if tokens:
                yield _reported(doc, tokens, verb, _speaker(verb, False, quotes))


def _deep_as(obj: Token) -> list[Token]:
    """voice11: an "as" label the parse hung deep inside a labelling verb's object, on its last noun:
    "dismissed warnings about the dangers of the technology *as hysterical*" ("as" on "dangers"). Only an
    "as" phrase that ends the object, with a noun or an adjective in it, and no "such as" or "as well as"."""
    found = []
    for g in obj.subtree:
        if g.dep_ != "prep" or g.lower_ != "as" or g.head.i == obj.i or g.right_edge.i != obj.right_edge.i:
            continue
        if g.i > 0 and g.doc[g.i - 1].lower_ in _AS_PARTNERS:
            continue
        if any(c.pos_ in ("ADJ", "NOUN", "PROPN") and c.lower_ not in _AS_IDIOMS for c in g.children):
            found.append(g)
    return found


def _object_modifiers(verb: Token, objects: Sequence[Token]) -> list[Token]:
    """bias26a: a phrase the parse hung on the verb that modifies its object, right after it: in
    "denounced an air strike *on a crowded market as 'a war crime'*" the "on" phrase is the strike's, and an
    "as" label at its end (:func:`_deep_as`) is the verb's."""
    if not objects:
        return []
    end = objects[-1].right_edge.i
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ != "as" and c.i == end + 1]


_AS_PARTNERS = frozenset({"such", "well", "so", "as", "same"})


def predicate_read_as_modifier(obj: Token) -> list[Token]:
    """basil29: the adjectives a naming verb predicates of its object that the parse hung on the object as
    modifiers to its right ("calls that evidence *unrepresentative* and unreliable"): no English attributive
    adjective follows its noun, so there it is the object predicate of "call X Y"."""
    return [c for c in obj.rights if c.dep_ == "amod" and c.pos_ == "ADJ"]


def _fused_label(obj: Token, lemma: str) -> list[Token]:
    """The label of a naming verb whose two objects the parse fused into one noun phrase, the first a
    compound of the second: "branded its authors *zealots*", "branding the law *cruel*". A plural compound
    marks the fusion (a noun modifies another in the singular: "the sales figures" aside), as does any
    compound after a verb that names only with two objects ("brand", not "call": "called the strike
    ballot"). The head and what follows it are the label."""
    second = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and _indefinite(c)), None)
    if second is not None and not any(t.is_punct for t in obj.doc[obj.i + 1 : second.left_edge.i]):
        # voice10: "branded the verdict a travesty", the second object read as an apposition with no comma
        # before it (an apposition proper is set off: "the verdict, a blow to ..."); it is the label
        return list(second.subtree)
    compound = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1), None)
    if compound is None or compound.pos_ != "NOUN":
        return []
    if compound.tag_ != "NNS" and lemma not in _TWO_OBJECTS and not _closing_fusion(obj, compound):
        return []
    return [t for t in obj.subtree if t.i >= obj.i]


def _closing_fusion(obj: Token, compound: Token) -> bool:
    """bias24c: "Critics called the warning *scaremongering*.": a determined singular object and a bare noun
    after it ending the clause, parsed as one compound phrase; a plain compound object ("called the
    strike ballot") matches too, and its head, a thing's name, carries no tag to move."""
    doc = obj.doc
    det = any(c.dep_ in ("det", "poss") and c.i < compound.i for c in obj.children)
    ends = obj.i + 1 >= len(doc) or doc[obj.i + 1].is_punct
    return det and ends and obj.tag_ == "NN" and not any(c.i > obj.i for c in obj.children)


def _label_after_what(verb: Token) -> list[Token]:
    """bias24c: the label of "what X called ..." that the parse made the subject or object of the next verb
    ("what he called the administration's *spineless* approach drew applause"): the noun phrase right
    after the naming verb, up to its head."""
    after = verb.i + 1
    noun = next(
        (
            c
            for c in verb.head.children
            if c.left_edge.i == after and c.dep_ in ("nsubj", "nsubjpass", "dobj")
        ),
        None,
    )
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return list(verb.doc[after : noun.i + 1])


_TWO_OBJECTS = frozenset({"brand", "label", "dub", "term", "nickname", "christen", "deem"})
_MARKED_FRAGMENT = re.compile(r"(?:(?<=\s)|^)[\"“‘'](?P<words>[^\"“”‘’']{1,60})[\"”’'](?!\w)")


def _small_clause_read_as_clause(verb: Token) -> list[Token]:
    """r2b24: "branded the organisers 'paid thugs'", parsed as a clause ("the organisers paid thugs") that
    the naming verb governs: a verb of naming takes no clause, so its object and label are in it."""
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)
    ]


def _marked_fragments(noun: Token) -> Iterator[list[Token]]:
    """Words in quote marks inside the object of a labelling verb ("Chloe slams 'vile' trolls", "unions
    condemned the 'cruel' cuts"): the marks hand the word to the one who condemns, not to the writer."""
    doc = noun.doc
    first, last = noun.left_edge, noun.right_edge
    # the parse may hang the marks themselves outside the noun phrase: one character either side
    start = max(first.idx - 1, 0)
    end = last.idx + len(last)
    # r2b24: 'branded it "reckless and out of touch," arguing': the comma inside the closing mark
    end += 2 if re.match(r"[,.][\"”’']", doc.text[end : end + 2]) else 1
    text = doc.text[start:end]
    others = _clauses_of_their_own(noun)
    for m in _MARKED_FRAGMENT.finditer(text):
        span = doc.char_span(start + m.start("words"), start + m.end("words"), alignment_mode="expand")
        words = list(span) if span is not None else []
        while words and words[-1].is_punct:
            words.pop()
        if words and not any(t.i in others for t in words):
            yield words


def _clauses_of_their_own(noun: Token) -> set[int]:
    """bias26a: the tokens of a clause with a verb of its own inside a noun phrase ("hit back at a critic
    *who described his venue as 'a cash grab'*", "slammed trolls *calling her 'fat'*"): marked words there
    are that clause's subject's, whom :func:`labelled` credits through the clause's own verb, not the words
    of whoever names or attacks the noun. An infinitive ("branded the plan to axe the 'vital' service a
    disgrace") has no subject of its own and stays the namer's; so do a verb joined to the clause's
    ("mocked pupils who struggled to read *and called one boy 'stupid'*") and a participle after a comma
    ("hit out at fans who booed him, *calling it 'cowardly'*"), which the parse may have hung there from
    the main clause."""
    own: set[int] = set()
    for c in noun.subtree:
        if c.i == noun.i or c.pos_ not in ("VERB", "AUX"):
            continue
        # a bare participle in marks is a label the parse took for a clause ("branding the messages
        # 'sickening'"): a clause of its own has words of its own
        clause = any(not g.is_punct for g in c.children)
        if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN", "VBD") and clause):
            # a joined verb or a participle after a comma: either may be the main clause's
            loose = [j for j in c.children if j.dep_ == "conj" or _comma_participle(j)]
            own |= {t.i for t in c.subtree} - {t.i for j in loose for t in j.subtree}
    return own


_RETORTING = frozenset({"hit", "fire", "lash", "strike"})


def _attack_targets(verb: Token, attacks: frozenset[str]) -> list[Token]:
    """What a verbal attack is aimed at: the "at" object of a verb with "out" ("hit out at", "lashed out
    at") or of "take aim" ("took aim at"), and the "on" or "against" object of a noun of attacking that is
    the verb's object ("launched a scathing attack on"). The idioms are ones of speech in news copy, as
    "slam" is; only words in quote marks in the target are handed over (a military attack's target has
    none)."""
    objects = {c.lemma_.lower(): c for c in verb.children if c.dep_ in ("prt", "dobj")}
    # bias25a: a retort too ("hit back at 'vile' trolls"), the parse reading "back" as either
    back = verb.lemma_.lower() in _RETORTING and any(c.lower_ == "back" for c in verb.children)
    if "out" in objects or back or (verb.lemma_.lower() == "take" and "aim" in objects):
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    else:
        nouns = [o for lemma, o in objects.items() if o.dep_ == "dobj" and lemma in attacks]
        preps = [c for o in nouns for c in (*o.children, *verb.children) if c.dep_ == "prep"]
        preps = [c for c in preps if c.lower_ in ("on", "against")]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


def _reduced_passive(verb: Token) -> bool:
    """ "Council accused of 'shameful' neglect" (headline style), "a minister accused of lying": a past
    participle of an accusing verb with no object of its own and its charge right after it is a passive
    without its auxiliary; its subject is the one accused, not the accuser."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "of" and c.i == verb.i + 1 for c in verb.children)
    )


def _objectless_as(verb: Token) -> bool:
    """r2b24: "Tax plan slammed as job-killer" (headline style), "the deal, branded as a betrayal": a
    labelling verb in the past with no object and its "as" right after it is a passive without its
    auxiliary; the subject is the one labelled, not the labeller."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "ccomp", "aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1 for c in verb.children)
    )


def _agent_participle(verb: Token) -> bool:
    """A participle on a noun with a "by" agent and no subject ("the inquiry, *dubbed* by critics as a
    whitewash"): a passive without its auxiliary, its labeller the agent, not the noun it describes."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _agent_after_label(verb: Token) -> bool:
    """lead26: "A footbridge branded a 'vanity project' by opposition councillors will cost ...": the
    parse read a participle as the main verb with the noun it describes as subject; a "by" phrase naming
    someone after the one object (on the object or the verb) makes it a passive, its labeller that someone;
    not when the subject is someone who can label ("He described the plan by the minister as reckless")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.tag_ not in ("VBD", "VBN") or len(objects) != 1 or _is_passive(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and (subject.pos_ == "PRON" or _someone(subject)):
        return False
    label = objects[0]
    by = [c for c in (*label.children, *verb.children) if c.dep_ in ("prep", "agent") and c.lower_ == "by"]
    # a "by" the parse itself calls an agent is one; a plain "by" phrase only when it names someone
    return any(
        b.i > label.i and (b.dep_ == "agent" or _someone(g))
        for b in by
        for g in b.children
        if g.dep_ == "pobj"
    )


def _someone(noun: Token) -> bool:
    """A noun for a person or a body of people: a person, organisation or group entity, or a word the
    lexicon knows for a person."""
    return noun.ent_type_ in ("PERSON", "ORG", "NORP") or noun.lemma_.lower() in _words_for_a_person()


def _bare_participle(verb: Token) -> bool:
    """A past participle with neither auxiliary nor subject ("a hit, *hailed* for its sound"): a passive."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def _has_agent(verb: Token) -> bool:
    """Whether a passive verb has a "by" agent (:func:`_is_agent`), the source it names; not the agent of
    a passive in its own clause ("is said to have been dumped *by her boyfriend*")."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and _is_agent(t, verb):
            host = t.head.head
            if host.i == verb.i or not _is_passive(host):
                return True
    return False


def _reported(doc: Doc, tokens: list[Token], cue: Token, speaker: Speaker | None) -> Quote:
    """The indirect quote spanning ``tokens`` (in document order), reported by ``cue``."""
    start, last = tokens[0], tokens[-1]
    end = last.idx + len(last)
    return Quote(
        text=doc.text[start.idx : end],
        start=start.idx,
        end=end,
        kind="indirect",
        verb=cue.text,
        speaker=speaker,
    )


def without_frames(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Yield the quotes, each reported clause without the words that report it.

    Notes:
        In "the tax that greedy landlords claim is unfair" the clause's subject is the relative pronoun, so
        the quote layer's span runs from "that" to "unfair" and takes in the speech verb and its subject
        ("greedy landlords claim"): those are the writer's words, and only what follows the verb is the
        speakers'. A reported clause whose span holds its own speech verb with that verb's subject starts
        after the verb instead.
    """
    for q in quotes:
        frame = _frame_end(doc, q) if q.kind == "indirect" and q.verb else None
        if frame is None:
            yield q
            continue
        yield q.model_copy(update={"start": frame, "text": doc.text[frame : q.end]})


def nested_speakers(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the quotes, a report nested in another one given the subject of its own verb as its speaker.

    Notes:
        bias25a: in "She said a senior manager had told her the complaints were 'hysterical nonsense'" the
        quote layer names no one for the inner report (an indefinite description), so the marked words
        would fall to the outer speaker, who only relays them. A reported clause with no speaker whose
        verb of saying (``verbs``) lies, with it, inside another report with a named speaker, and has a
        noun subject of its own, is that subject's.
    """
    for q in quotes:
        if q.kind != "indirect" or q.speaker is not None or not q.verb:
            yield q
            continue
        verb = _verb_before(doc, q)
        outer = (
            verb is not None
            and verb.lemma_.lower() in verbs
            and any(
                o.speaker is not None and o.kind == "indirect" and o.start <= verb.idx and q.end <= o.end
                for o in quotes
                if o is not q
            )
        )
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if not outer or subject is None or subject.pos_ not in ("NOUN", "PROPN") or verb is None:
            yield q
            continue
        yield q.model_copy(update={"speaker": _speaker_of(subject, verb, quotes)})


def _verb_before(doc: Doc, q: Quote) -> Token | None:
    """The token of a quote's verb: the last one with its text before the quote, in the quote's sentence."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    sent = span[0].sent
    found = [t for t in doc[sent.start : span.start] if t.text == q.verb and t.pos_ in ("VERB", "AUX")]
    return found[-1] if found else None


def without_writers_tails(
    doc: Doc, quotes: Sequence[Quote], *, participles: frozenset[str], media: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the quotes, each reported clause without the phrase the writer tacks on after it.

    Args:
        doc: A parsed article.
        quotes: Quotes and reported spans of any pass (the quote layer's, labels, reported clauses).
        participles: Lemmas of participles by which the writer adds what follows from a reported clause
            (``consequence_participles``: "leaving", "sparking", "prompting").
        media: Nouns for where something is said ("speech", "post"): a closing phrase that puts the saying
            there ("..., *in a rambling speech* to activists") describes the saying, not what was said.

    Notes:
        In "Analysts believe the bank will raise rates because inflation is stubborn, *leaving* borrowers in
        chaos" the analysts believe the bank will raise rates; "leaving ..." is the writer's account of what
        follows. The quote finder cuts it from what someone "said" (``without_consequence``); every other
        reader of a reported clause (belief verbs, "according to", hearsay, findings) does here, wherever the
        parse hung the participle inside the clause. So with "The minister said the scheme was working, in
        a rambling speech": as when the phrase stands before "that" (``without_fronted_adjunct``), the
        speech is the writer's description. Words between quote marks are a quotation, left whole.
    """
    for q in quotes:
        cut = _writers_tail_start(doc, q, participles, media) if q.kind == "indirect" else None
        if cut is None:
            yield q
            continue
        yield q.model_copy(update={"end": cut, "text": doc.text[q.start : cut]})


def _writers_tail_start(doc: Doc, q: Quote, participles: frozenset[str], media: frozenset[str]) -> int | None:
    """Where a reported span's closing phrase of the writer's begins (its comma excluded), if it has one: a
    phrase that opens after a comma with a word of :func:`_writers_tail`, hangs on a word of the span and
    runs to the span's end."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    for word in span[2:]:
        comma = doc[word.left_edge.i - 1]
        if (
            _writers_tail(word, participles, media)
            and _opens_own_phrase(word)
            and comma.i > span.start
            and comma.text == ","
            and span.start <= word.head.i < span.end
            and word.right_edge.i >= span.end - 2
            and not _DOUBLE_MARKS.intersection(doc.text[comma.idx : q.end])
        ):
            end = _trimmed(list(span[: comma.i - span.start]))
            return end[-1].idx + len(end[-1]) if end else None
    return None


def _opens_own_phrase(word: Token) -> bool:
    """Whether a word opens its phrase, or only its own adverbs stand before it: voice28, in "...,
    *conveniently* ignoring the cost" the writer's comment opens with the writer's adverb on the
    participle."""
    return all(t.dep_ == "advmod" and t.head.i == word.i for t in word.doc[word.left_edge.i : word.i])


def _writers_tail(word: Token, participles: frozenset[str], media: frozenset[str]) -> bool:
    """Whether a word opens a phrase of the writer's after a reported clause: a consequence participle
    ("..., *leaving* families stranded") or a preposition putting the saying in a medium ("..., *in* a
    rambling speech")."""
    if word.dep_ == "advcl":
        return word.tag_ == "VBG" and word.lemma_.lower() in participles
    return (
        word.dep_ == "prep"
        and word.lower_ in _MEDIUM_PREPS
        and any(c.dep_ == "pobj" and c.lemma_.lower() in media for c in word.children)
    )


def _frame_end(doc: Doc, q: Quote) -> int | None:
    """Where the reporting words inside an indirect quote's span end: after a speech verb (the quote's own)
    whose subject lies inside the span too, when the span starts with a relative pronoun."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].tag_ not in _WH_TAGS:
        return None
    for verb in span[1:-1]:
        if verb.text != q.verb:
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i > span[0].i), None)
        if subject is not None and subject.left_edge.i >= span.start:
            after = doc[verb.i + 1]
            return after.idx if after.idx < q.end else None
    return None


def owned_statements(
    doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str], owners: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the content clause of a noun of statement or view as its holder's indirect quote.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an owner the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that report a statement or a view ("claim", "allegation", "fear", "hope").
        owners: Lemmas of verbs whose subject puts the statement of their object ("made the claim that",
            "repeated his warning that"): the subject owns it.

    Notes:
        In "Bellamy's claim that Souness had lied" and "a claim by Hain that the Tories are rattled", the
        clause is what the owner said, reported by the writer: "lied" is Bellamy's word, as it would be in
        "Bellamy claimed that Souness had lied". The owner is the possessor or the "by" phrase. With no owner
        ("there are fears that the economy is doomed", "amid suggestions there will be a giveaway", "his
        claim that ..."), the clause is still a view the writer reports, not one the writer states: it stays
        reported with no speaker named. The clause is one of "that", or a finite clause hung on the noun
        (a subject of its own: "suggestions there will be ..."); a relative clause is no content.
    """
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        clause = next((c for c in noun.children if _content_clause(c)), None)
        clause = clause if clause is not None else _predicated_clause(noun) or _stranded_clause(noun)
        if clause is None:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in owners:
            owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        speaker = _owner(owner, quotes) if owner is not None else None
        if speaker is None and owner is not None and owner.pos_ == "PRON":
            speaker = _lone_person(owner, quotes)  # bias23b: "his claim that ...", one person named in reach
        yield _reported(doc, _clause_tokens(clause), noun, speaker)


def named_labels(doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str]) -> Iterator[Quote]:
    """Yield the "as" label of a noun of labelling as its owner's indirect quote (voice21).

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an owner the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that give a label as a labelling verb does ("description", "portrayal").

    Notes:
        "His description of the plan *as reckless*" labels as "He described the plan as reckless" does: the
        label is the describer's. The owner is the possessor or the "by" phrase ("the portrayal of migrants
        as criminals by the campaign"); with neither, the label is still someone's, not the writer's.
    """
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        if noun.sent.root.pos_ not in ("VERB", "AUX"):
            # a sentence the parse left verbless has swallowed its verb into the noun phrase; but in "The
            # minister's description of the strikers as thugs drew anger" it read "as thugs drew" as a clause,
            # whose subject is the label (bias23b)
            if (swallowed := _label_read_as_subject(noun)) is not None:
                owner = next((c for c in noun.children if c.dep_ == "poss"), None)
                speaker = _owner(owner, quotes) if owner is not None else None
                yield _reported(doc, _trimmed(list(swallowed.subtree)), noun, speaker)
            continue
        label = next(
            (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > noun.i), None
        )
        if label is None or not any(c.dep_ == "pobj" for c in label.children):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            heads = [noun, *(t for t in label.subtree if t.dep_ == "pobj")]
            by = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        speaker = _owner(owner, quotes) if owner is not None else None
        # the "by" phrase names the labeller; it is no part of the label
        by_phrases = {t.i for p in label.subtree if p.dep_ == "prep" and p.lower_ == "by" for t in p.subtree}
        if tokens := _trimmed([t for t in label.subtree if t.i not in by_phrases]):
            yield _reported(doc, tokens, noun, speaker)


def _label_read_as_subject(noun: Token) -> Token | None:
    """The label of a labelling noun at the root of a sentence the parse left verbless, when it read "as
    <label> <verb>" as a clause of the noun: that clause's subject."""
    if noun.dep_ != "ROOT":
        return None
    for c in noun.children:
        if (
            c.dep_ == "advcl"
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        ):
            return next((g for g in c.children if g.dep_ == "nsubj"), None)
    return None


def _predicated_clause(noun: Token) -> Token | None:
    """The "that" clause a statement noun is the subject of ("The mayor's view is *that the plan is
    reckless*"), or the clause the parser moved onto the noun's verb ("Concerns were raised *that the plan
    was reckless*", "Allegations surfaced *that ...*"): the verb's "that" complement."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return None
    deps = ("ccomp", "attr") if head.lemma_.lower() == "be" else ("ccomp",)
    return next((c for c in head.children if c.dep_ in deps and _has_that(c)), None)


def _stranded_clause(noun: Token) -> Token | None:
    """The content clause right after a statement noun that the parser hung on a verb above it ("amid
    *claims* ministers were stoking fears", parsed as the clause of "amid"'s verb): a finite clause with a
    subject of its own that starts at the next word (or its "that") and governs the noun's clause."""
    if noun.right_edge.i != noun.i or noun.i + 1 >= len(noun.doc):
        return None
    start = noun.doc[noun.i + 1]
    if start.lower_ != "that" and (start.dep_ in ("mark", "advmod", "aux") or start.tag_ in _WH_TAGS):
        return None  # "the claims *when* he was asked ...": an adverbial clause, not the claim's content
    for clause in noun.ancestors:
        for child in clause.children:
            if (
                child.dep_ in ("ccomp", "advcl")
                and child.left_edge.i == start.i
                and child.pos_ in ("VERB", "AUX")
                and any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)
            ):
                return child
    return None


def _content_clause(child: Token) -> bool:
    """Whether a noun's dependent is its content clause: "that" plus a clause, or a finite clause."""
    if child.dep_ not in ("acl", "ccomp"):
        return False
    return _has_that(child) or any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)


def believed(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    verbs: frozenset[str],
    adjectives: frozenset[str] = frozenset(),
    complements: frozenset[str] | None = None,
    fronted: bool = False,
    people: frozenset[str] = frozenset(),
    hearers: frozenset[str] = frozenset(),
) -> Iterator[Quote]:
    """Yield the clause of a belief verb or adjective with a third-party subject as the subject's view.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of belief, fear and argument ("believe", "fear", "argue").
        adjectives: Lemmas of adjectives of belief or fear taking a clause ("fearful", "convinced").
        complements: The verbs whose complement with no clause is a view too ("many *feel betrayed*");
            by default all of ``verbs``. A verb of saying has none: "pled guilty" reports nothing.
        fronted: Whether a verb of saying (not in ``complements``) takes a clause before it ("Plan is
            reckless, says mayor"): in a headline, which the quote layer does not read; in the body the quote
            layer pairs such clauses with their verb.
        people: Lower-case nouns naming people ("critics", "mayor"): a pronoun subject that stands for a
            thing instead ("While the e-mails show X, they suggest ...") holds no view.
        hearers: Verbs of telling ("tell", "warn"): in a headline their past form is a passive ("Jury told
            ..."), whose subject heard the clause; it stays reported with no speaker named.

    Notes:
        In "Analysts believe the feud is petty" and "the chancellor, he will argue, is prudent", the clause
        is the subject's view; the writer reports it. So is the clause of "they are fearful that ..." (the
        subject of the adjective's verb) and the complement of "what it considers to be immoral". A
        first-person subject ("I think", "we fear") is the writer's own voice and is left alone; a pronoun
        subject keeps the clause reported with no speaker.
    """
    complements = verbs if complements is None else complements
    for word in doc:
        lemma = word.lemma_.lower()
        if word.pos_ in ("VERB", "AUX") and lemma in verbs:
            holder = word
        elif word.pos_ == "ADJ" and lemma in adjectives and word.dep_ == "acomp":
            holder = word.head  # "they are fearful that ...": the subject is the copula's
        else:
            continue
        if any(c.dep_ == "agent" for c in holder.children):
            continue  # "the joy felt by workers will give way to ...": a passive participle, no one's view
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
        raised = subject is None and holder is word and lemma in complements and _raised(word)
        if raised:
            # "Li seemed to think the plan was a sham", "appears to believe ...": the view is the subject's
            # of the verb it complements
            head = word.head
            if head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
                head = head.head  # "Li agreed and seemed to think ...": the first verb's subject
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in _NOT_HOLDERS:
                continue  # "It seems to suggest ...", "You could leave thinking ...": the writer's
        if subject is None or subject.lower_ in _FIRST_PERSON or _no_one(subject):
            continue
        if _stands_for_a_thing(subject, people):
            continue  # the writer's reading of a document, as "the e-mails suggest" is to the quote layer
        # of two clauses, the one after the verb: in "It is no secret that aides believe the plan is
        # reckless" the parser may hang the opening clause on "believe" as a second ccomp, before it
        clauses = [c for c in word.children if c.dep_ == "ccomp"]
        after = [c for c in clauses if c.i > word.i and any(g.dep_ in _CLAUSE_SUBJECTS for g in c.children)]
        clause = after[0] if len(clauses) > 1 and after else next(iter(clauses), None)
        if clause is None and holder is word and lemma in complements:
            # "what it considers to be immoral": a view; "considering letting users ..." is a plan; "many
            # feel betrayed", "they consider the deal a disgrace": the feeling or the verdict is theirs
            clause = next(
                (
                    c
                    for c in word.children
                    if (c.dep_ == "xcomp" and c.lemma_ == "be") or c.dep_ in _FELT_DEPS
                ),
                None,
            ) or _second_object(word)
        if clause is None:
            continue
        if lemma not in complements and ((clause.i < word.i and not fronted) or _is_question(clause)):
            # a fronted clause ("The odds are long; his team says ...") is the quote layer's to pair with
            # its verb, not across a semicolon; "asked whether ...": a question, :func:`asked`'s
            continue
        tokens = without_next_act(_clause_tokens(clause), clause, lambda t: t.lemma_.lower() in verbs)
        if lemma not in complements and tokens and _quoted(doc, tokens):
            continue  # a verb of saying with a quotation: the quote layer's, marks and all
        if raised and subject is not None and tokens and _quoted(doc, [subject, *tokens]):
            continue  # 'Li said his critics "seem to think ..."': the marked words are the quoted speaker's
        if not tokens:  # bias23c: a clause of nothing but the next act (" told  he 'a") reports nothing
            continue
        heard = fronted and _told_in_headline(word, hearers)
        yield _reported(doc, tokens, word, None if heard else _owner(subject, quotes))


def _stands_for_a_thing(subject: Token, people: frozenset[str]) -> bool:
    """Whether a pronoun subject takes up the subject of a clause before it in its sentence that is a thing,
    not a person or a group: "While the e-mails portray X, *they* suggest ..."."""
    if subject.lower_ not in _THING_PRONOUNS:
        return False
    verb = subject.head
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > subject.i:
            continue
        earlier = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if earlier is not None:
            return _thing_noun(earlier, people)
    return False


def _thing_noun(noun: Token, people: frozenset[str]) -> bool:
    """A common noun no entity covers and that is no word of ``people``: a thing, not a person or a group."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in people


_THING_PRONOUNS = frozenset({"they", "it"})


def _second_object(verb: Token) -> Token | None:
    """The verdict of a verb of belief parsed with two objects, the first the thing judged: "the reform,
    which the minister considers *a triumph*" (the relative pronoun moved the first object away)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) == 2 and objects[1].pos_ in ("NOUN", "ADJ", "PROPN"):
        return objects[1]
    return None


def _raised(verb: Token) -> bool:
    """Whether a belief verb is the active complement of another verb that carries its subject ("seemed to
    *think*"), neither of them negated ("not to suggest") nor passive ("seems to have been *assumed*")."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in (*verb.children, *head.children))
    )


# Subjects that hold no view of their own: a thing or the reader addressed ("it suggests", "you think")
_NOT_HOLDERS = frozenset({"it", "this", "that", "you"})


def _no_one(subject: Token) -> bool:
    """Whether a subject denies that anyone holds the view ("no-one felt he was a racist"): the view is then
    no one's, and the words keep the voice of whatever reports the sentence."""
    words = "".join(t.lower_ for t in subject.subtree if t.i <= subject.i)
    return words in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _clause_tokens(clause: Token, *, without: Token | None = None) -> list[Token]:
    """A reported clause's tokens, without the punctuation that ends it, without a participle after a
    comma that the parser hung on the clause ("X felt the plan failed, *leaving them with* ..."): such a
    phrase describes the main clause's action, so it is the writer's; and without the subtree of
    ``without`` (the attribution itself, when the parser hangs it inside the clause)."""
    tail = next((c for c in clause.rights if _comma_participle(c)), None)
    end = tail.left_edge.i - 1 if tail is not None else clause.right_edge.i + 1
    skip = {t.i for t in without.subtree} if without is not None else set()
    tokens = _trimmed([t for t in clause.subtree if t.i < end and t.i not in skip])
    return without_fronted_adjunct(tokens, clause)


def _quoted(doc: Doc, tokens: list[Token]) -> bool:
    """Whether a double quote mark lies between the first and the last of the tokens."""
    last = tokens[-1]
    return bool(_DOUBLE_MARKS.intersection(doc.text[tokens[0].idx : last.idx + len(last)]))


def _runs(tokens: list[Token]) -> Iterator[list[Token]]:
    """Consecutive stretches of tokens (in document order), each trimmed: a reported clause with the
    attribution cut out of its middle ("The plan, *as one critic put it*, is a sham") is two spans, so the
    attribution's own words stay the writer's."""
    run: list[Token] = []
    for t in tokens:
        if run and t.i != run[-1].i + 1:
            if trimmed := _trimmed(run):
                yield trimmed
            run = []
        run.append(t)
    if trimmed := _trimmed(run):
        yield trimmed


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without the punctuation and space that end them (one rule for every reported span)."""
    end = len(tokens)
    while end and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return tokens[:end]


def _comma_participle(child: Token) -> bool:
    first = child.left_edge
    comma = first.i > 0 and child.doc[first.i - 1].text == ","
    return comma and child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN")


def _sentence_subject(participle: Token) -> Token | None:
    """The subject of the sentence a trailing participle hangs on ("The union walked out, *calling* the
    offer an insult"): wire copy sets the labelling participle after the clause whose subject speaks, and the
    parser often hangs it on a verb the subject reports ("issued a statement saying the president would
    veto it, *describing* ..."), so the sentence's root subject, not the nearest one, is the speaker."""
    root = participle.sent.root
    head = participle.head
    if root.pos_ in _NOUNS and head.dep_ == "acl" and head.head.i == root.i and head.i > root.i:
        # "The actress, 32, hit back on Instagram, calling ...": the parse made the main verb a modifier of
        # the subject, which it took for the root
        return root
    if root.i == participle.i or root.pos_ not in ("VERB", "AUX"):
        return None
    if root.i > participle.i and head.pos_ in ("VERB", "AUX") and head.i < participle.i:
        # bias25a: "A footballer sent vile texts, *calling* her a liar, a court heard": the root is the
        # closing attribution, and the clause it reports has the participle's subject
        own = next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
        if own is not None:
            return own
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        # voice10: "The 47-year-old took to X to slam ..., calling ...": the parse hung the age description
        # standing for the subject on the verb itself
        subject = next(
            (c for c in root.children if c.dep_ == "amod" and c.i < root.i and _age_description(c)), None
        )
    return subject


def _as_written(words: Sequence[Token]) -> str:
    """The last ``_MAX_SPEAKER_WORDS`` words of a speaker's phrase (punctuation does not count) as the
    article writes them: "hand-written, four-page lawsuit", not "written , four - page lawsuit"."""
    kept = [t for t in words if not t.is_punct][-_MAX_SPEAKER_WORDS:]
    if not kept:
        return ""
    text = kept[0].doc.text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]
    return " ".join(text.split())


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _named_by_speaker_passes(subject: Token, verb: Token | None) -> Speaker | None:
    """voice27: the person the quote layer's speaker passes (:mod:`tasks.speakers`) name for a holder no
    quote of theirs starts at: "the senator", "he", "the 37-year-old" as a quote's "..., the senator said"
    would be named. Only a name counts (or, for a pronoun, any holder they find), and only one that names
    more than the mention's own words ("Neville" is Gary Neville; "Ms Hale" stays, not cut to "Hale"): a
    description they return as it stands is the phrase the caller builds anyway."""
    found = resolved_mention(subject, verb)
    if found is None or found.anonymous or not found.canonical:
        return None
    if subject.pos_ == "PRON":
        return found if found.canonical.lower() not in _PRONOUNS else None
    # "Governor Tom Bale spokeswoman" is the passes' description of an unnamed aide, not a name
    name = all(w[:1].isupper() for w in found.canonical.split())
    own = {t.lower_ for t in subject.subtree if t.i <= subject.i}
    return found if name and {w.lower() for w in found.canonical.split()} - own else None


def _owner(owner: Token, quotes: Sequence[Quote]) -> Speaker | None:
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    starts = {owner.idx, owner.left_edge.idx} | ({ent.start_char} if ent is not None else set())
    for q in quotes:
        if q.speaker is not None and q.speaker.start in starts:
            return q.speaker
    verb = owner.head if owner.dep_ in _SUBJECTS else None
    if (resolved := _named_by_speaker_passes(owner, verb)) is not None:
        return resolved
    if owner.pos_ == "PRON":
        # bias24c: "..., she believes", "..., he said, and its demands were greedy": "he" or "she" is the
        # one person named in reach, as for a labelling verb's subject; two or none, no guess
        if owner.lower_ in _PLURAL_BACK:
            return _lone_group(owner, quotes)  # bias25a: "Critics argued .... In their view, ..."
        if owner.lower_ in _VIEW_PRONOUNS:
            return _group_before(owner, quotes)  # bias25a: "Analysts were divided. Some believe ..."
        return _lone_person(owner, quotes) if owner.dep_ in ("nsubj", "nsubjpass") else None
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "case")]
    text = ent.text if ent is not None else _as_written(words)
    text = _without_possessive(re.sub(r"^[Tt]he\s+", "", text))
    return Speaker(text=text, canonical=text, start=owner.idx)


def _is_label(child: Token, is_label: bool, is_charge: bool, passive: bool) -> bool:
    """Whether a dependent of a labelling or accusing verb is the label (or the charge) it gives."""
    prep = child.lower_ if child.dep_ == "prep" else ""
    if is_charge and prep == "of":
        return True
    if not is_label:
        return False
    if child.dep_ in _LABEL_DEPS:  # "called the plan *absurd*", not "called on them *to act*"
        # a gerund label the parse reads as a verb ("what she called *scaremongering*"), not "to act"
        # bias23a: and a hyphened noun the parse reads as verbs under a determiner ("labelled *a has-been*")
        return (
            child.pos_ in ("NOUN", "ADJ", "PROPN")
            or (child.dep_ == "oprd" and child.tag_ == "VBG")
            or (child.dep_ == "oprd" and any(c.dep_ == "det" and c.i < child.i for c in child.children))
        )
    if _small_clause(child):  # "deemed [the fees *excessive*]": the parse's verbless clause
        return True
    # The "for" phrase is the reason the labeller gave ("*hailed* for its menacing sounds"): the praise or
    # the charge is theirs, not the writer's.
    if prep == "for" and _for_a_time(child):
        return False  # voice12: "branded her a populist *for months*": how long, not why
    return prep in ("as", "for") or (passive and child.dep_ == "dobj") or _as_phrase(child)


_TIME_UNITS = TIME_UNITS | {"decade", "while", "age"}


def _for_a_time(prep: Token) -> bool:
    """Whether a "for" phrase says how long ("for months", "for two years", "for a while"); "for a day of
    reckoning" names what is called for."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _TIME_UNITS)
        and not any(c.dep_ == "prep" for c in o.children)
        for o in objects
    )


def _as_phrase(child: Token) -> bool:
    """Whether a dependent is an "as" phrase the parse misread: in "described the attack as cowardly and
    senseless" it takes "as" for an adverb on the adjective, and the adjective for the verb's adverb (or
    for an adverbial clause, "described the incident as shameful and said ...")."""
    return (
        child.dep_ in ("advmod", "acomp", "npadvmod", "advcl")
        and child.pos_ in ("ADJ", "ADV", "NOUN", "PROPN")  # not a clause: "described it as he left"
        and not any(c.dep_ in _CLAUSE_SUBJECTS for c in child.children)
        and child.i > child.head.i
        and child.lower_ not in _AS_IDIOMS
        and child.left_edge.i < child.i
        and child.left_edge.lower_ == "as"
    )


# "as well", "as usual": idioms, no label
_AS_IDIOMS = frozenset({"well", "soon", "much", "many", "long", "far", "usual", "such"})


def _stranded_gerunds(verb: Token, charges: Sequence[Token]) -> list[Token]:
    """Gerunds the parse hangs on an accusing verb as its conjuncts that continue the charge (prec11):
    in "accused the minister of telling lies and then *attacking the lies*" the second gerund joins the
    first, inside the "of" phrase. A finite verb cannot be coordinated with a bare gerund, so a gerund
    conjunct with no subject of its own, after a charge that is a gerund, is part of the charge."""
    if not any(t.tag_ == "VBG" for c in charges for t in c.children if t.dep_ in ("pcomp", "pobj")):
        return []
    last = max(t.i for c in charges for t in c.subtree)
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ == "VBG"
        and c.i > last
        and not any(g.dep_ in _PASSIVE_SUBJECTS or g.dep_ == "nsubj" for g in c.children)
    ]


def _stranded_labels(verb: Token, labels: Sequence[Token]) -> list[Token]:
    """bias26a: a second label the parse joined to the labelling verb instead of to the first label
    ("described the display as 'pathetic' and '*a total embarrassment*'", the noun a conjunct of the verb): a
    noun or adjective with no subject of its own, after the label, continues it."""
    last = max(t.right_edge.i for t in labels)
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "ADJ", "PROPN")
        and c.left_edge.i > last
        and not any(g.dep_ in _CLAUSE_SUBJECTS or g.dep_ == "aux" for g in c.children)
    ]


def _small_clause(child: Token) -> bool:
    """Whether a labelling verb's clause is a verbless small clause, its predicate an adjective or a noun
    ("deemed the fees excessive", parsed as a clause headed by "excessive" with "the fees" its subject)."""
    return (
        child.dep_ == "ccomp"
        and child.pos_ in ("ADJ", "NOUN")
        and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in child.children)
    )


def _label_tokens(
    part: Token, verb: Token, passive: bool, media: frozenset[str] = frozenset()
) -> list[Token]:
    """A label's tokens: without the passive agent, and without the subject of a small clause (the thing
    labelled is the writer's, only the predicate is the label); without a comma relative clause or a phrase
    naming the medium it was said in (voice10: the writer's)."""
    if passive and _is_agent(part, verb):
        return list(part.subtree)  # an "as" label the parse hung inside the agent: no agent words in it
    skip = {t.i for c in part.children if _small_clause(part) and c.dep_ == "nsubj" for t in c.subtree}
    skip |= {t.i for a in _comma_relatives(part) for t in a.subtree}
    skip |= {t.i for p in _medium_phrases(part, media) for t in p.subtree}
    skip |= _after_its_quotation(part)
    return [t for t in part.subtree if t.i not in skip and not (passive and _is_agent(t, verb))]


def _after_its_quotation(part: Token) -> set[int]:
    """A label given in quote marks ends at the closing mark: in 'slams opposition chief as "a liar" in bitter
    housing row' what the parse hangs on the label after the mark ("in bitter housing row") is the writer's.
    Only for a quotation that opens the label (an article before it at most)."""
    tokens = list(part.subtree)
    marks = [t for t in tokens if t.is_quote]
    if len(marks) < 2 or marks[0].i - tokens[0].i > 1:
        return set()
    return {t.i for t in tokens if t.i > marks[-1].i}


_MEDIUM_PREPS = frozenset({"in", "on", "via", "during", "through"})


def _medium_phrases(part: Token, media: frozenset[str]) -> Iterator[Token]:
    """The prepositional phrases inside a label that say where it was said: "in a furious Facebook post"."""
    for t in part.subtree:
        medium = any(c.dep_ == "pobj" and c.lemma_.lower() in media for c in t.children)
        if t.dep_ == "prep" and t.i != part.i and t.lower_ in _MEDIUM_PREPS and medium:
            yield t


def _comma_relatives(part: Token) -> Iterator[Token]:
    """voice10: the relative clauses set off by a comma inside a label: in "denounced the plan as a stunt,
    which it is, but then offered pledges as flimsy" the clause after the comma is the writer's aside about
    the label (and what the parse joined to it), not part of what was said."""
    for t in part.subtree:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
            yield t


def _adverbial_label(child: Token, obj: Token) -> bool:
    """Whether a naming verb's dependent after its one object is the second object the parse read as an
    adverbial noun phrase ("branded the replacement *a disgrace*"): an indefinite noun, after the object;
    "called the office last week" has no article. Or an adjective right after the object, read as a clause."""
    if child.dep_ == "advcl" and child.pos_ == "ADJ" and child.i == obj.right_edge.i + 1:
        # bias23b: "branded the latest cuts *cruel*", the adjective right after the object read as a clause
        # (one with no subject or marker of its own)
        return not any(c.dep_ in ("nsubj", "mark", "aux", "cop") for c in child.children)
    return (
        child.dep_ == "npadvmod"
        and child.pos_ in ("NOUN", "PROPN")
        and child.i > obj.i
        and _indefinite(child)
    )


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _is_agent(token: Token, verb: Token) -> bool:
    """Whether a token belongs to the verb's passive agent ("was branded a sham *by the opposition*"): a
    "by" phrase on the verb or on its label, where the parser often hangs it."""
    for anc in (token, *token.ancestors):
        if anc.i == verb.i:
            return False
        if anc.dep_ in ("agent", "prep") and anc.lower_ == "by":
            # prec13: on the last of joined labels ('described as "reckless" and "shameful" by the union'):
            # the first of them stands where the "by" phrase hangs
            host = anc.head
            while host.dep_ == "conj" and host.head.i != host.i:
                host = host.head
            # on the verb, on its label, or on its "of" object ("accused of a cover-up by the families"),
            # or on the object of its "as" or "for" ('described as "reckless" by ...', 'criticised for
            # "greed" by ...')
            charge = host.head.head if host.head.lower_ in ("of", "as", "for") else None
            return host.i == verb.i or host.head.i == verb.i or (charge is not None and charge.i == verb.i)
    return False


def _speaker(
    verb: Token, passive: bool, quotes: Sequence[Quote], media: frozenset[str] = frozenset()
) -> Speaker | None:
    subject: Token | None = None
    if not passive and (joined := _subject_read_as_conjunct(verb)) is not None:
        return _owner(joined, quotes)
    if not passive:
        head = verb
        while head.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in head.children):
            if joined_to_report(head) or _misread_past_joined(head):
                head = head.head.head  # joined by the parse to the clause another verb reports
                break
            head = (
                head.head
            )  # "Orlov branded the boycott treachery and accused ...": the first verb's subject
        subject = _nearest_subject(head)
        if subject is None:
            subject = _name_read_as_adverb(head)
        if subject is None and _comma_participle(head):
            subject = _sentence_subject(head)
        if subject is None and head.tag_ == "VBG":
            # r2b25: "Calling them cheats, as some fans have done, is unfair": the labelling is the "as"
            # clause's subject's, a gerund with no subject of its own
            subject = _as_done_by(head)
        if subject is None and head.dep_ == "advcl" and head.tag_ == "VBG" and head.i < head.head.i:
            # voice10: "Dismissing the report as a whitewash, the union vowed ...": a participle opening the
            # sentence has the main clause's subject
            subject = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
        if subject is None and head.dep_ == "pcomp" and head.tag_ == "VBG":
            # bias26a: "X has been criticised after *describing* nurses as 'greedy'", "was suspended for
            # calling them 'vermin'": the doer of the main verb's prepositional gerund
            subject = _prepositional_gerund_doer(head) or _reason_gerund_doer(head)
        if subject is None and head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX"):
            # "Moss took to Instagram to slam the 'vile' abuse": the subject of the verb it completes
            subject = next((c for c in head.head.children if c.dep_ in _SUBJECTS), None)
        if subject is None and head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN":
            # "issued a statement calling the ruling 'an outrage'": the statement's issuer; a participle the
            # parse hangs on any other noun ("opposed the plans, branding them ...") is no noun's words
            issuer = _issuer(head.head)
            subject = issuer if issuer.i != head.head.i else _misread_subject(head.head)
        if subject is None and _verb_read_as_participle(head):
            # bias23b: "The party's spokesman, Ian Black, called the remarks disgraceful": finding no main
            # verb, the parse hung it on its subject as a participle
            subject = head.head
        if subject is not None:
            subject = _responder(_counted(subject))
        if subject is not None and subject.lemma_.lower() in media:
            # bias23b: "Moore's fiery speech accused ministers of ...": the speech's owner speaks
            subject = _medium_owner(subject) or subject
        if subject is not None and subject.lower_ == "who" and head.dep_ == "relcl":
            subject = head.head  # "Democrats, who called it a sham": the noun the relative clause describes
        elif subject is not None and subject.lower_ in _THING_RELATIVES and head.dep_ == "relcl":
            subject = _issuer(head.head)  # "in a statement that described the tax as a raid, X said"
    else:
        by = next((t for t in verb.subtree if _is_agent(t, verb) and t.dep_ == "pobj"), None)
        subject = by
    if subject is None:
        return None
    return _speaker_of(subject, verb, quotes)


def _as_done_by(verb: Token) -> Token | None:
    """The subject of an "as X have done" clause set right after a verb's phrase ("Calling them cheats, as
    some fans have done, ..."), however the parse hangs it: X did what the verb says."""
    doc = verb.doc
    end = min(verb.sent.end, verb.i + 10)  # the verb's own short phrase, then ", as"
    j = next((k for k in range(verb.i + 2, end) if doc[k].lower_ == "as" and doc[k - 1].text == ","), None)
    if j is None:
        return None
    for k in range(j + 1, min(len(doc), j + 12)):
        tok = doc[k]
        if tok.is_punct:
            return None
        if tok.lemma_.lower() == "do":
            subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            # "some of Shaw's allies": the allies
            part = (
                next((c for c in subject.children if c.lower_ == "of"), None) if subject is not None else None
            )
            if subject is not None and subject.pos_ in ("PRON", "DET", "NUM") and part is not None:
                return next((c for c in part.children if c.dep_ == "pobj"), subject)
            return subject
    return None


_COUNTS = frozenset({"hundred", "thousand", "million", "dozen", "score", "hundreds", "thousands", "millions"})


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """ "Republicans denounced the bill as an amnesty and progressives called it cruel": the parse joins the
    second subject to the first clause's last noun and hangs the verb on the main clause, with no subject or
    one read from far before; the noun just before such a verb in the past or present, itself joined by "and"
    or "but" to a noun, is the verb's subject."""
    if verb.dep_ not in ("conj", "advcl") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "conj" or noun.pos_ not in _NOUNS or noun.head.pos_ not in _NOUNS:
        return None
    if any(c.dep_ in _SUBJECTS and c.i > noun.head.i for c in verb.children):
        return None
    joined = noun.left_edge.i - 1
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i == joined for c in noun.head.children):
        return None
    return noun


def _misread_past_joined(verb: Token) -> bool:
    """bias23b: "Tenants said the cap was overdue and *accused* landlords of greed", the simple past tagged
    as a participle: with an object of its own it is active, no passive joined to the copula, so the
    reporter's next act as :func:`tasks.quote_context.joined_to_report` reads it."""
    head = verb.head
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _verb_read_as_participle(verb: Token) -> bool:
    """Whether the parse took a sentence's main verb for a participle on its subject: the sentence root is
    that noun, and the verb has an object or a label of its own ("The spokesman, Ian Black, *called* the
    remarks disgraceful.")."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and noun.dep_ == "ROOT"
        and noun.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _counted(subject: Token) -> Token:
    """r2b1: a count stands for the people counted: "hundreds of her fans branded him ..." speaks for her
    fans, not for "hundreds"."""
    if subject.lemma_.lower() not in _COUNTS and subject.lower_ not in _COUNTS and subject.tag_ != "CD":
        return subject
    if subject.lower_ == "one":
        return subject  # bias26a: "one of her fans" is one person, named with the whole (_partitive)
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ in _NOUNS else subject


_RESPONSES = frozenset({"response", "reply", "answer", "reaction", "retort", "riposte"})


def _responder(subject: Token) -> Token:
    """r2b1: "Lee's response was to attack 'biased judges'": a person's response does what the person does;
    the possessor speaks."""
    if subject.lemma_.lower() not in _RESPONSES:
        return subject
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ in _NOUNS else subject


def _name_read_as_adverb(verb: Token) -> Token | None:
    """voice12: a surname opening the sentence that the parse read as the verb's adverb ("Reilly called the
    sell-off an overreaction"): a capitalised word right before the verb, at the sentence start, that ends a
    person's name the article gives elsewhere ("Tom Reilly")."""
    first = verb.sent[0]
    if first.i != verb.i - 1 or first.dep_ != "advmod" or first.head.i != verb.i or not first.is_title:
        return None
    people = (e for e in verb.doc.ents if e.label_ == "PERSON" and len(e) >= 2)
    return first if any(e[-1].text == first.text for e in people) else None


def _nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two the parse gave it, the one nearer the verb: in "Outside court, the
    daughter of one victim branded the sentence pathetic" it read the fronted phrase as a subject too."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if len(subjects) > 1 and before else next(iter(subjects), None)


def _misread_subject(noun: Token) -> Token | None:
    """The subject of a sentence the parse left verbless by reading its verb as a modifier: in "The
    29-year-old shared screenshots, calling them 'vile'" it made "shared screenshots" one noun phrase, the
    root, and hung the participle on it. The past form before the root noun, after a phrase that opens the
    sentence with a determiner or a name, is the verb; that phrase's last word stands for the subject."""
    sent = noun.sent
    if noun.i != sent.root.i or noun.pos_ not in _NOUNS:
        return None
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN")), None)
    if verb is None or verb.i <= sent.start + 1:
        return None
    first, last = noun.doc[sent.start], noun.doc[verb.i - 1]
    if not (first.dep_ == "det" or first.pos_ == "PROPN") or last.is_punct:
        return None
    return last


_NOUNS = frozenset({"NOUN", "PROPN"})
_THING_RELATIVES = frozenset({"that", "which"})
# verbs of putting out ("sign": voice10, "signed a letter branding the reforms a betrayal")
_ISSUING = frozenset({"issue", "release", "publish", "post", "send", "write", "put", "sign"})
_PERSONAL = frozenset({"he", "she", "they"})


def _issuer(noun: Token) -> Token:
    """Who speaks through a statement a clause describes: in "In a statement that described the strike as
    reckless, the company said" or "X said in a post that called ...", the subject of the verb the
    statement's "in" phrase hangs on; in "issued a statement calling ...", the issuer. A statement standing
    alone ("a report that branded the scheme a fiasco") speaks for itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("in", "through", "via") and prep.head.pos_ in ("VERB", "AUX"):
        found = next((c for c in prep.head.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return found
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING:  # "issued a statement calling ..."
        found = next((c for c in noun.head.children if c.dep_ in _SUBJECTS), None)
        if found is not None:
            return found
    return noun


def _governing_subject(verb: Token, pronoun: Token) -> Token | None:
    """The subject a pronoun subject stands for in a free relative: in "Jo Li took aim at what she called a
    retreat" or "She said ... and dismissed what she called scaremongering", "she" is the subject of the
    clause "what she called ..." sits in. Only there ("what" the verb's object): in "Li said she called him
    a liar" the pronoun is someone else. A subject that cannot be the pronoun ("it" for a person) is none."""
    if pronoun.lower_ not in _PERSONAL | {"it"} or not any(c.lower_ == "what" for c in verb.children):
        return None
    for head in verb.ancestors:
        if head.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
        if subject is None:
            continue
        if subject.lower_ == pronoun.lower_:
            return subject  # the same pronoun again: the quote layer may have resolved that one
        if subject.pos_ in ("PRON", "DET", "NUM"):
            return None
        if pronoun.lower_ in ("he", "she") and _a_thing(subject):
            continue  # "He said the resolution ignored what he called ...": "he" is no resolution
        plural = subject.tag_ in ("NNS", "NNPS")
        if (pronoun.lower_ == "it" and subject.ent_type_ == "PERSON") or (
            pronoun.lower_ in ("he", "she") and plural
        ):
            return None
        return subject
    return None


def _a_thing(subject: Token) -> bool:
    """A common noun no entity covers that the lexicon knows as no word for a person ("resolution")."""
    return _thing_noun(subject, _words_for_a_person())


@lru_cache(maxsize=1)
def _words_for_a_person() -> frozenset[str]:
    """Every noun the reporting-verb lexicon knows for a person, built once, not on each call."""
    cues = load_reporting_verbs(LEXICON_DIR)
    people = cues.person_nouns | cues.role_nouns | cues.source_nouns | cues.proxy_nouns | cues.relation_nouns
    return people | cues.male_nouns | cues.female_nouns


def _lone_person(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """ "Trump lost the case. He branded the verdict a 'witch hunt'": "he" or "she" as a labelling verb's
    subject is the one person named before it in its sentence and the sentence before (a PERSON entity, or a
    speaker the quote layer named by a name: the tagger takes a lone surname for an organisation at times),
    as the quote layer reads "he said" (:mod:`tasks.speakers`); two people named there, or none: no guess."""
    # bias23b: a possessive too ("dismissing *his* claim that ..."): the claim is the one person's
    possessive = pronoun.dep_ == "poss" and pronoun.lower_ in ("his", "her")
    if pronoun.lower_ not in ("he", "she") and not possessive and not _age_description(pronoun):
        return None
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    found: dict[str, Speaker] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and lo <= e.start_char and e.end <= pronoun.i:
            name = re.sub(r"['’]s$", "", e.text)
            found.setdefault(name.split()[-1], Speaker(text=name, canonical=name, start=e.start_char))
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.rule == "pronoun" and lo <= q.start < pronoun.idx and _a_name(sp):
            # "He said the report was biased. He branded ...": the quote layer resolved that "he" already
            found[sp.canonical.split()[-1]] = sp
            continue
        if sp is not None and _reports_the_pronoun(q, pronoun, lo):
            # bias26a: "One of the victims told the BBC *she* felt betrayed": whoever reports the clause the
            # pronoun opens may be the one it means, named or not; beside another name, no guess
            found.setdefault((sp.canonical or sp.text).split()[-1], sp)
            continue
        if sp is None or sp.anonymous or sp.start is None or not lo <= sp.start < pronoun.idx:
            continue
        words = (sp.canonical or sp.text).split()
        span = doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if span is None or len(words) > 3 or not all(t.pos_ == "PROPN" for t in span):
            continue  # a name, not "the ministry" or "Health unions"
        if any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in span) and len(span) > 1:
            continue  # "Truth Social", "Energy UK": a body, not "he"
        found[words[-1]] = sp  # the quote layer's name for the person (a full name for "Trump")
    if len(found) > 1 and _age_description(pronoun):
        # voice10: "Jo Li has blasted ... Kai Mendes. The 29-year-old shared screenshots": an age alone
        # continues the one person who was a subject there, not someone named in a phrase
        subjects = [sp for sp in found.values() if _named_subject(doc, sp)]
        return subjects[0] if len(subjects) == 1 else None
    return next(iter(found.values())) if len(found) == 1 else None


def _reports_the_pronoun(q: Quote, pronoun: Token, lo: int) -> bool:
    """Whether ``q`` is reported speech around ``pronoun`` whose speaker, one person (no plural noun), is
    named in reach before it."""
    sp = q.speaker
    if q.kind != "indirect" or sp is None or sp.start is None or not (q.start <= pronoun.idx < q.end):
        return False
    if not lo <= sp.start < pronoun.idx:
        return False
    span = pronoun.doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
    return span is not None and span.root.tag_ not in ("NNS", "NNPS")


def _lone_group(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Critics argued the attack was cynical. In *their* view, ...": "they" or "their" is the one
    group of people (a plural noun) the quote layer made a speaker in its sentence before it and the
    sentence before; two groups, or none: no guess."""
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    found: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.speaker
        if sp is None or sp.start is None or not lo <= sp.start < pronoun.idx:
            continue
        span = doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if span is None:
            continue
        if span.root.tag_ in ("NNS", "NNPS"):
            found.setdefault(sp.canonical or sp.text, sp)
        elif not span.root.is_punct:
            return None  # a person or a body spoke there too: "they" may be anyone's
    return next(iter(found.values())) if len(found) == 1 else None


def _group_before(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Analysts were divided. *Some* believe the board has been tone-deaf": "some", "others" or
    "most" with no "of" phrase are part of the group of people the sentence before, in the same paragraph,
    has for its subject (a plural noun)."""
    doc = pronoun.doc
    sent = pronoun.sent
    if sent.start == 0 or any(c.dep_ == "prep" and c.lower_ == "of" for c in pronoun.children):
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char]:
        return None
    heads = {before.root.i, *(c.i for c in before.root.children if c.dep_ in ("aux", "auxpass"))}
    subject = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in heads), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return None
    if subject.ent_type_ not in ("NORP", "ORG") and subject.lemma_.lower() not in _words_for_a_person():
        return None  # "Concerns were raised. Some say ...": no group of people
    return _owner(subject, quotes)


def _sentence_before_start(token: Token) -> int:
    """Where the sentence before ``token``'s opens (its own, when it is the first): how far back a labelling
    pronoun looks for the one person or organisation it stands for."""
    sent, doc = token.sent, token.doc
    return doc[doc[sent.start - 1].sent.start].idx if sent.start > 0 else sent.start_char


def _lone_organisation(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """ "IG Metall said it would fight the cuts. It called the plan a betrayal": "it" as a labelling verb's
    subject is the one organisation named in its sentence before it and in the sentence before (as the
    quote layer named it when it spoke there); two named there, or none: no guess."""
    if pronoun.lower_ != "it":
        return None
    doc = pronoun.doc
    lo = _sentence_before_start(pronoun)
    named = {sp.start: sp for q in quotes if (sp := q.speaker) is not None and sp.start is not None}
    found: dict[str, Speaker] = {}
    for e in doc.ents:
        if e.label_ == "ORG" and lo <= e.start_char and e.end <= pronoun.i:
            sp = named.get(e.start_char) or Speaker(text=e.text, canonical=e.text, start=e.start_char)
            found.setdefault(sp.canonical, sp)
    return next(iter(found.values())) if len(found) == 1 else None


def _named_subject(doc: Doc, sp: Speaker) -> bool:
    """Whether a person's mention (at ``sp.start``) is the subject of its clause."""
    span = (
        doc.char_span(sp.start, sp.start + len(sp.text), alignment_mode="expand")
        if sp.start is not None
        else None
    )
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _age_description(subject: Token) -> bool:
    """Whether a subject is a person described by age alone ("The 29-year-old"), which news copy writes for
    the person just named, as it writes "she"."""
    return bool(_AGE.fullmatch(subject.doc[subject.left_edge.i : subject.i + 1].text))


_AGE = re.compile(r"(?:[Tt]he\s+)?\d+-year-old")


def _a_name(sp: Speaker) -> bool:
    """Whether a speaker is named by a person's name: two or three capitalised words ("John Smith")."""
    words = sp.canonical.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not sp.anonymous


# lead25c: nouns of quantity whose "of" phrase is who acts ("a number of groups accused her")
_QUANTITY_HEADS = frozenset(
    {"number", "handful", "couple", "majority", "minority", "dozen", "host", "string"}
)


def _quantified(subject: Token) -> Token:
    """ "A number of campaign groups accused her of ...": the groups, not "number"."""
    if subject.lemma_.lower() not in _QUANTITY_HEADS:
        return subject
    prep = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return pobj if pobj is not None and pobj.tag_ in ("NNS", "NNPS") else subject


def _speaker_of(subject: Token, verb: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """The speaker a subject names: the quote layer's resolution of the mention, else the phrase."""
    subject = _quantified(subject)
    ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
    starts = {subject.idx, subject.left_edge.idx} | ({ent.start_char} if ent is not None else set())
    # voice12: in "Harper's opponents branded her ...", a speaker the quote layer found at "Harper" (a later
    # "she" resolved to her) is the possessor, not the subject: it must reach past the possessive
    owner = max((t.idx + len(t) for c in subject.children if c.dep_ == "poss" for t in c.subtree), default=-1)
    for q in quotes:  # the quote layer resolved this mention already (its canonical name, or a referent)
        if q.speaker is not None and q.speaker.start in starts:
            possessor_only = q.speaker.start + len(q.speaker.text) <= owner
            if q.speaker.start == subject.left_edge.idx and possessor_only:
                continue
            if _labels_the_referent(q.speaker, subject, verb):
                continue
            return q.speaker
    if (resolved := _named_by_speaker_passes(subject, verb)) is not None:
        return resolved
    if subject.lower_ == "you" and (interviewee := _addressed(subject)) is not None:
        return interviewee
    if (part := _partitive(subject)) is not None:
        text = _as_written(part)  # bias26a: "Some of the players", "One of the jurors", not "Some", "One"
        return Speaker(text=text, canonical=text, start=subject.idx)
    if subject.pos_ == "PRON":
        governing = _governing_subject(verb, subject)
        if governing is None or governing.i == subject.i:
            # fresh9: "he called it 'a gift' and accused them of ...": the quote layer resolved the pronoun
            # for a quotation the same clause governs; otherwise a wrong speaker is worse than none
            return (
                _lone_person(subject, quotes)
                or _pronoun_speaker(subject, quotes)
                or _lone_organisation(subject, quotes)
                or _first_conjunct_pronoun(subject, verb, quotes)
                or (_lone_group(subject, quotes) if subject.lower_ == "they" else None)
            )
        return _speaker_of(governing, governing.head, quotes)
    if _age_description(subject) and (person := _lone_person(subject, quotes)) is not None:
        return person
    named = next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ in _NAMED_TYPES), None)
    if named is None and ent is None:
        named = _closing_appositive(subject)
    # "The finance minister, Paul Berg, dismissed ...": the name; and "One of them, deputy Tomas Lind,
    # accused ...": a number or a pronoun-like word the parse read as an entity names no one
    if (ent is None or ent.label_ not in _NAMED_TYPES) and named is not None:
        ent = next((e for e in subject.doc.ents if e.start <= named.i < e.end), None)
    if ent is not None:
        # r2b26: "Peter Osei of Halvorsen & Lund", which the model read as the person "Peter Osei of"
        text = without_dangling_word(ent).text
        left = subject.doc[subject.left_edge.i : ent.start]
        organisation = ent.label_ != "PERSON"  # "Senator Ruth Cole" is Ruth Cole
        if organisation and len(left) and subject.i < ent.end and all(t.pos_ == "PROPN" for t in left):
            text = subject.doc[left.start : ent.end].text  # "Energy UK", where the tagger names "UK" alone
    else:
        # "the senator's office", not "'s office"; "his spokesman" is "spokesman"
        own = {t.i for c in subject.children if c.dep_ == "poss" and c.pos_ == "PRON" for t in c.subtree}
        if subject.tag_ == "NNS" and _indefinite(subject):
            # "400 homes, a claim critics called absurd": "a" on a plural means the parse fused the
            # writer's apposition ("a claim") onto the subject ("critics") as a compound
            own |= {t.i for c in subject.children if c.dep_ == "compound" for t in c.subtree}
        words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det" and t.i not in own]
        words += _whose_head(subject)
        text = _as_written(words)
    text = _without_possessive(re.sub(r"^[Tt]he\s+", "", text))
    return Speaker(text=text, canonical=text, start=subject.idx)


_PARTITIVES = frozenset(
    {"some", "many", "most", "several", "one", "few", "both", "all", "none", "each", "others"}
)


def _partitive(subject: Token) -> list[Token] | None:
    """bias26a: the words of a part named by its whole ("*Some of the players* described ...", "*One of
    the jurors* called ..."): the quantifier alone names no one, a plural pronoun whole ("some of them")
    is left to the pronoun readings. None for any other subject."""
    if subject.lower_ not in _PARTITIVES and subject.tag_ != "CD":
        return None
    described = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if described is not None and described.i > subject.i:
        # "One, a retired teacher, called ...": the part named by its description
        return [t for t in subject.doc[subject.i : described.i + 1] if t.dep_ != "punct"]
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.pos_ not in _NOUNS:
        return None
    return [t for t in subject.doc[subject.i : whole.i + 1] if not t.is_punct]


def _closing_appositive(subject: Token) -> Token | None:
    """r2b24: the name set off by commas at the end of a role noun's phrase ("A spokeswoman for the
    governor, Ana Ruiz, branded ..."): the parse hangs it on the last noun of the "for" / "with" phrase,
    but news copy names the phrase's head so; a name inside the phrase ("the wife of Ana Ruiz") is not."""
    if subject.pos_ != "NOUN":
        return None
    end = subject.right_edge
    for word in subject.subtree:
        if word.dep_ != "appos" or word.ent_type_ != "PERSON" or word.head.i == subject.i:
            continue
        before = subject.doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
        if before is not None and before.text == "," and word.right_edge.i >= end.i - 1:
            return word
    return None


_HEAD_NOUNS = frozenset({"head", "leader", "chief", "president", "chairman", "chairwoman", "chair", "boss"})


def _whose_head(subject: Token) -> list[Token]:
    """bias23b: the short "of" phrase that says whom a head speaks for ("The *head* of the steelworkers' union
    condemned ..."): "head" alone names no one."""
    if subject.lemma_.lower() not in _HEAD_NOUNS:
        return []
    of = next(
        (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == subject.i + 1), None
    )
    if of is None or len(list(of.subtree)) > 5:
        return []
    return list(of.subtree)


def _without_possessive(name: str) -> str:
    """bias23b: a name as the owner of what was said ("Ms Hale's view", "Kate Moore's speech") without
    its possessive ending."""
    return re.sub(r"\s*['’]s$", "", name)


def _labels_the_referent(sp: Speaker, subject: Token, verb: Token) -> bool:
    """bias23b: whether a description the quote layer resolved to a person ("The judge" read as the
    fraudster just quoted) names that person in the verb's own object ("The judge ... described *Barton*
    as a predator"): no one labels himself by name, so the resolution is wrong and the phrase speaks."""
    if sp.text == sp.canonical or not sp.canonical:
        return False
    name = sp.canonical.split()[-1]
    own = {t.i for t in subject.subtree}
    return any(t.text == name and t.pos_ == "PROPN" and t.i not in own for t in verb.subtree)


def _first_conjunct_pronoun(subject: Token, verb: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """voice12: "She accused them of 'cowardice', and she branded the hall a disgrace": the same pronoun as
    the subject of the verb the clause is joined to stands for the same person, whom the quote layer may
    have resolved there."""
    if verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ == subject.lower_), None)
    return _pronoun_speaker(first, quotes) if first is not None else None


def _addressed(you: Token) -> Speaker | None:
    """voice10: the interviewee an interviewer's question addresses as "you" ("You've described your old
    label as toxic. Is that fair?"): the label is the interviewee's, as the answers are; else None."""
    doc = you.doc
    if not any(a <= you.idx < b for a, b in interviewer_turns(doc)):
        return None
    interview = _plain_interview(doc, doc.text)
    if interview is not None:
        return interview[2]
    questions = [m.start() for m in _QUESTION.finditer(doc.text)]
    return _interviewee(doc, min(questions)) if questions else None


def _pronoun_speaker(subject: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """The speaker the quote layer gave a quotation governed by the verb whose subject is this pronoun."""
    verb = subject.head
    first, last = verb.left_edge, verb.right_edge
    lo, hi = first.idx, last.idx + len(last)
    named = [
        q.speaker
        for q in quotes
        if q.speaker is not None
        and q.speaker.start is not None
        and subject.idx < q.start
        and q.end <= hi + 1
        and lo <= q.start
    ]
    return named[0] if named and all(sp.canonical == named[0].canonical for sp in named) else None


def post_credits(text: str) -> Iterator[tuple[int, str]]:
    """Where each embedded post's credit line names its author, and the name ("— Jo Li (@joli) May 3, 2026"
    on the post's line or a line of its own)."""
    for m in _CREDIT.finditer(text):
        yield m.start("name"), m.group("name").strip()


_CROWD = frozenset({"one", "another", "many", "some", "others", "several", "most"})


def crowd_voices(doc: Doc, *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the quotation after ", with one writing:" as the words of that one ("Hundreds complained
    online, with one writing: '...'", "with many calling it 'a joke'"): the absolute "with" phrase counts
    off a member of the crowd the sentence names and makes it the subject of the speech verb; the parse
    takes the verb for a noun, so the quote layer finds no speaker.

    Args:
        doc: A parsed article.
        verbs: Lemmas of verbs of saying ("write", "add", "say").
    """
    for w in doc:
        if w.lower_ != "with" or w.i + 2 >= len(doc):
            continue
        who, verb = doc[w.i + 1], doc[w.i + 2]
        if who.lower_ not in _CROWD or verb.tag_ not in ("VBG", "NN") or not verb.lower_.endswith("ing"):
            continue
        if (
            verb.lemma_.lower() not in verbs
            and verb.lower_[:-3] not in verbs
            and verb.lower_[:-3] + "e" not in verbs
        ):
            continue
        end = w.sent.end
        marks = [t for t in doc[verb.i + 1 : end] if t.is_quote]
        if not marks or marks[0].i + 1 >= len(doc):
            continue
        start_char = doc[marks[0].i + 1].idx
        # bias26a: the quotation may run on past the sentence ("'He is lazy. We have every right.'")
        end_char = _closing_mark(doc.text, start_char, single=marks[0].text in ("'", "‘"))
        if end_char is None or end_char <= start_char:
            continue
        yield Quote(
            text=doc.text[start_char:end_char],
            start=start_char,
            end=end_char,
            kind="direct",
            verb=verb.text,
            speaker=Speaker(
                text=(name := _crowd_member(w, who)), canonical=name, anonymous=True, start=who.idx
            ),
        )


def _closing_mark(text: str, start: int, *, single: bool = False) -> int | None:
    """Where the quotation opened just before ``start`` closes, within its paragraph (a single mark: one
    not inside a word, as "don't" has); None if it does not."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    found = (_SINGLE_CLOSE if single else _DOUBLE_CLOSE).search(text, start, end)
    return found.start() if found is not None else None


_SINGLE_CLOSE = re.compile(r"['’](?!\w)")
_DOUBLE_CLOSE = re.compile(r"[”\"]")


def _crowd_member(w: Token, who: Token) -> str:
    """bias26a: the member ", with one writing:" counts off, named by the crowd its sentence's subject names
    ("Fans were furious, with one writing ..." -> "one fan"; "Some of the fans ..., with many ..." -> "many
    fans"): "one" alone names no one. A crowd that is no plural noun ("Hundreds complained") leaves the
    word as it is."""
    subject = next((c for c in w.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and (part := _partitive(subject)) is not None and part[-1].tag_ == "NNS":
        subject = part[-1]  # "Some of the fans": the fans
    if subject is None or subject.tag_ != "NNS" or subject.like_num or subject.lower_ in _COUNTS:
        return who.text  # "Hundreds complained online, with one writing": one of a count, no kind
    return f"{who.lower_} {subject.lemma_.lower() if who.lower_ == 'one' else subject.lower_}"


def _paragraph_before(text: str, at: int) -> tuple[int, str]:
    """Where the paragraph before offset ``at`` starts, and its text (trailing spacing left out)."""
    before = text[:at].rstrip()
    start = before.rfind("\n") + 1
    return start, before[start:]


def social_posts(text: str) -> Iterator[Quote]:
    """Yield each embedded social-media post (its paragraph up to the credit line) as its author's quote.

    Args:
        text: The article body.

    Notes:
        An embed pasted into article text keeps its credit line: "— Display Name (@handle) Month D, YYYY"
        after an X/Twitter post, "A post shared by Display Name (@handle)" after an Instagram one. The post
        is the paragraph before the credit (or the text since the last blank line); the speaker is the
        display name.
    """
    for m in _CREDIT.finditer(text):
        end = m.start("name")
        dash = text.rfind("\n", 0, end)
        para_start = dash + 1
        head = text[para_start:end].rstrip(" —–-").rstrip()
        if m.group(0).lstrip().startswith("A post shared by"):
            head = text[para_start : m.start()].rstrip()
            if not head:  # Instagram puts the credit on its own line, after the caption
                prev = text.rfind("\n", 0, max(0, dash - 1))
                para_start = prev + 1
                head = text[para_start:dash].rstrip()
        if not head.strip() and text[para_start:end].strip(" —–-") == "":
            # voice6: an X/Twitter credit pasted as a paragraph of its own: the post is the paragraph before
            para_start, head = _paragraph_before(text, para_start)
        if not head.strip():
            continue
        name = m.group("name").strip()
        yield Quote(
            text=head,
            start=para_start,
            end=para_start + len(head),
            kind="direct",
            verb="posted",
            speaker=Speaker(text=name, canonical=name),
        )
    # bias23b: a credit line with the handle alone ("— @joli", a line of its own): the post is the paragraph
    # before, the handle its author
    for m in _HANDLE_CREDIT.finditer(text):
        para_start, head = _paragraph_before(text, m.start())
        if head.strip() and not _CREDIT.search(head):
            name = "@" + m.group("handle")
            yield Quote(
                text=head,
                start=para_start,
                end=para_start + len(head),
                kind="direct",
                verb="posted",
                speaker=Speaker(text=name, canonical=name),
            )
    # An embed kept as markup: '<tweet author="@handle" ...>text</tweet>' (archived web copy)
    for m in _EMBED.finditer(text):
        name = m.group("author").lstrip("@")
        if name and m.group("post").strip() and not _CREDIT.search(m.group("post")):  # a credit line names it
            speaker = Speaker(text=name, canonical=name)
            start, end = m.span("post")
            yield Quote(
                text=m.group("post"), start=start, end=end, kind="direct", verb="posted", speaker=speaker
            )


_HANDLE_CREDIT = re.compile(r"(?m)^[ \t]*[—–][ \t]*@(?P<handle>\w{1,30})\b[^\n@]{0,40}$")
_EMBED = re.compile(
    r"<(?P<tag>tweet|post|embed)\b[^<>]*?\bauthor=[\"'](?P<author>[^\"'<>]{1,60})[\"'][^<>]*>(?P<post>[^<>]{1,2000}?)</(?P=tag)>"
)


_HEADLINE_QUOTE = re.compile(r"(?<![\w'’])['‘](?P<words>[^'‘’\n]{1,80}?)['’](?![\w'‘])")


def headline_quotes(text: str) -> Iterator[Quote]:
    """Yield the words a headline puts in single quote marks, headline style for a quotation.

    Args:
        text: A headline ("Mayor slams 'sham' inquiry").

    Notes:
        Body text quotes in double marks (:mod:`tasks.quotemarks`); headlines use single ones, so "'sham'"
        there is someone's word, not the desk's. The speaker is left unknown.
    """
    for m in _HEADLINE_QUOTE.finditer(text):
        yield Quote(text=m.group("words"), start=m.start("words"), end=m.end("words"), kind="direct")


_MAX_HEADLINE_SUBJECT = 4  # words before a headline's verb that may be its subject ("Health unions")


def headline_labellers(
    doc: Doc, *, verbs: frozenset[str], feelings: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield a headline's words in single marks as the subject's when a labelling verb stands between them,
    however the parse reads the verb: in "Unions brand pay offer 'insulting'" or "Trump calls judge 'a
    disgrace'" the tagger takes "brand" and "calls" for nouns (headlines drop the articles that tell a verb
    from a noun), so :func:`labelled` finds no verb; the headline's grammar still does.

    Args:
        doc: A parsed headline.
        verbs: Lemmas of labelling and accusing verbs ("brand", "call", "slam").
        feelings: Nouns of feeling ("fury", "anger"): a tabloid headline opens with whose feeling it is
            ("Mum's fury at 'heartless' hospital", "Fans' anger as club hikes 'outrageous' prices"), and the
            marked words are theirs.

    Notes:
        The verb is a lemma's plain or third-person form ("brand", "brands", "slams") among the first
        ``_MAX_HEADLINE_SUBJECT`` + 1 words, with only words (no punctuation, no verb the parse is sure of)
        before it; those words are the speaker. A colon or a dash before the marks is another headline
        form (:func:`colon_speakers`, :func:`headline_credits`).
    """
    forms = {f for v in verbs for f in (v, v + "s", v + "es")}
    for m in _HEADLINE_QUOTE.finditer(doc.text):
        if (fronted := _fronted_quote_speaker(doc, m.end(), forms)) is not None:
            yield Quote(
                text=m.group("words"),
                start=m.start("words"),
                end=m.end("words"),
                kind="indirect",
                verb=":",
                speaker=fronted,
            )
            continue
        before = [t for t in doc if t.idx + len(t) <= m.start()]
        verb = next((t for t in before[1 : _MAX_HEADLINE_SUBJECT + 1] if t.lower_ in forms), None)
        if verb is None:
            verb = _feeling(before, feelings)  # "Mum's fury at 'heartless' hospital": the mother's word
        if verb is None:
            continue
        subject = [t for t in before[: verb.i] if t.dep_ != "case"]
        # voice10: an acronym opens a headline as well as a capitalised word ("PM attacks 'reckless' plans")
        opening = subject[0].is_title or (subject[0].is_upper and len(subject[0]) > 1)
        if any(not t.is_alpha or t.pos_ in ("VERB", "AUX") for t in subject) or not opening:
            continue
        if any(t.text in (":", "-", "–", "—") for t in before):
            continue
        if _opens_adverbial_clause(before[verb.i + 1 :]):
            continue  # r2b26: "Owner denies charge as trial hears of 'callous' neglect": not the owner's
        last = subject[-1]
        name = doc.text[subject[0].idx : last.idx + len(last)]
        yield Quote(
            text=m.group("words"),
            start=m.start("words"),
            end=m.end("words"),
            kind="indirect",
            verb=verb.text,
            speaker=Speaker(text=name, canonical=name, start=subject[0].idx),
        )


def _opens_adverbial_clause(words: Sequence[Token]) -> bool:
    """Whether ``words`` open a clause of time or reason ("as trial hears", "after judge rules"): its
    subordinator, read as the mark of an adverbial clause; "says that ..." reports, and is no such clause."""
    return any(t.dep_ == "mark" and t.head.dep_ == "advcl" for t in words)


def _feeling(before: list[Token], feelings: frozenset[str]) -> Token | None:
    """The feeling noun of a headline that opens "X's fury", "Fans' anger": a possessor of at most
    ``_MAX_HEADLINE_SUBJECT`` words, its possessive mark, then the noun."""
    for t in before[2 : _MAX_HEADLINE_SUBJECT + 2]:
        if t.lemma_.lower() in feelings and t.pos_ == "NOUN":
            mark = t.doc[t.i - 1]
            owner = mark.head
            return t if mark.dep_ == "case" and owner.dep_ == "poss" and owner.head.i == t.i else None
    return None


def _fronted_quote_speaker(doc: Doc, end: int, forms: set[str]) -> Speaker | None:
    """ "'Reckless and cruel': Charities condemn benefit cuts": a headline that opens with its quotation and
    a colon gives it to the subject of the clause after the colon, the words before its verb (a labelling
    verb's form, or what the parse reads as a verb)."""
    if doc.text[:end].lstrip()[:1] not in "'‘" or doc.text[end : end + 3].strip()[:1] != ":":
        return None
    after = [t for t in doc if t.idx > end and not (t.is_punct and t.idx < end + 3)]
    verb = next(
        (
            t
            for t in after[1 : _MAX_HEADLINE_SUBJECT + 1]
            if t.lower_ in forms or t.tag_ in ("VBZ", "VBP", "VBD")
        ),
        None,
    )
    if verb is None:
        return None
    subject = [t for t in after if t.i < verb.i]
    # a desk that writes the clause after the colon in sentence case writes "fans turn on owner"
    opens = subject[0].is_title or subject[0].pos_ in ("NOUN", "PROPN", "DET")
    if not opens or any(not t.is_alpha and t.text not in ("'s", "’s") for t in subject):
        return None
    subject = subject[1:] if subject[0].pos_ == "DET" and len(subject) > 1 else subject
    name = doc.text[subject[0].idx : subject[-1].idx + len(subject[-1])]
    return Speaker(text=name, canonical=name, start=subject[0].idx)


_OPEN_MARKS = frozenset('“"')
_CLOSE_MARKS = frozenset('”"')
_DOUBLE_MARKS = frozenset('“”„«»"')


def paragraph_quotes(text: str) -> Iterator[Quote]:
    """Yield a paragraph's quotation whose other mark lies outside the paragraph.

    Args:
        text: The article body.

    Notes:
        A paragraph whose only double quote mark opens it continues a quotation over several paragraphs
        (the wire convention: no closing mark until the last one); a paragraph whose only mark closes (a
        curly closing mark, or a straight one at its end) ends one (an excerpt that starts inside a
        quotation). Either way the paragraph's words are quoted (up to the closing mark), with the speaker
        unknown here. :mod:`tasks.quotemarks` leaves such unpaired marks out so a stray mark cannot
        swallow an article; one paragraph is as far as these go.
    """
    for lead, tail in paragraph_spans(text):
        body = text[lead:tail]
        marks = [ch for ch in body if ch in _DOUBLE_MARKS]
        if len(marks) == 1 and len(body) > 1:
            close = body.find("”")  # a curly mark says it closes, wherever it stands
            if body[0] in _OPEN_MARKS:
                yield Quote(text=text[lead + 1 : tail], start=lead + 1, end=tail, kind="direct")
            elif close > 0 or body[-1] in _CLOSE_MARKS:
                end = lead + close if close > 0 else tail - 1
                yield Quote(text=text[lead:end], start=lead, end=end, kind="direct")


def block_quotes(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the paragraph after "X writes:" / "X said:" as X's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech verbs ("say", "write", "tell").

    Notes:
        A paragraph that ends with a speech verb and a colon introduces a block quotation: the next
        paragraph, set off without quote marks, is what was said. The verb must have no clause of its own
        (then the colon opens a list or an aside), and the next paragraph no double quote mark (a quoted
        paragraph is the quote layer's). One paragraph only: where a block quotation ends is not marked.
    """
    text = doc.text
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for k, line in enumerate(lines[:-1]):
        body = line.rstrip()
        if not body.endswith(":"):
            continue
        colon = doc.char_span(offsets[k] + len(body) - 1, offsets[k] + len(body), alignment_mode="expand")
        if colon is None or not len(colon):
            continue
        verb = next(
            (
                t
                for t in colon[0].ancestors
                if t.lemma_.lower() in verbs and t.pos_ == "VERB" and t.sent.start == colon[0].sent.start
            ),
            None,
        )
        if verb is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if nxt is None or any(ch in _DOUBLE_MARKS for ch in lines[nxt]):
            continue
        said = lines[nxt].strip()
        start = offsets[nxt] + len(lines[nxt]) - len(lines[nxt].lstrip())
        yield Quote(
            text=said,
            start=start,
            end=start + len(said),
            kind="direct",
            verb=verb.text,
            speaker=_speaker(verb, _is_passive(verb), quotes),
        )


_VIEW_OPENERS = frozenset({"to", "in", "for"})
_VIEW_PRONOUNS = frozenset({"many", "some", "others", "most"})
_VIEW_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_MAX_VIEW_PHRASE = 9  # tokens between the opening preposition and its comma


def viewpoints(
    doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str], people: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the rest of a sentence that opens with whose view it is as that holder's indirect quote.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a holder the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that frame a view ("view", "opinion", "eyes"): "In X's view," and "In the
            view of X,".
        people: Lower-case nouns that name people by role or as a group ("mayor", "critics", "unions"):
            after "For", only they (or a named person, organisation or group) hold a view.

    Notes:
        "To the senator, the bill is a disgrace", "In the senator's view, the bill is a disgrace" (or "The
        bill is, in the words of one aide, a disgrace", set off by a comma inside the clause): the
        writer reports whose verdict it is, as with "the senator believes". The opening phrase ends at a
        comma and has no verb; after "To" it names people (an entity, a plural noun, "many"), so "To date,"
        and "To be sure," stay the writer's. "For the unions, the deal is a betrayal" frames a view the same
        way, but "For years," and "For all its faults," do not: after "For" the holder must be named or be a
        noun of ``people``. A first-person holder ("In my view") is the writer's own.
    """
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if len(toks) < 4 or toks[0].lower_ not in _VIEW_OPENERS | {"as"}:
            continue
        comma = next((t for t in toks[1 : _MAX_VIEW_PHRASE + 2] if t.text == ","), None)
        if comma is None:
            continue
        if (concerned := _as_far_as(toks, comma, people)) is not None:
            # "As far as most critics are concerned, the deal is a sham": as "For the critics, ..."
            rest = _trimmed([t for t in toks if t.i > comma.i])
            if rest and concerned.lower_ not in _FIRST_PERSON | {"me", "us"}:
                speaker = None if concerned.lower_ in _VIEW_PRONOUNS else _owner(concerned, quotes)
                yield _reported(doc, rest, toks[0], speaker)
            continue
        if toks[0].lower_ == "as":
            continue
        phrase = doc[toks[0].i + 1 : comma.i]
        if any(t.pos_ in ("VERB", "AUX") for t in phrase):
            continue
        opener = toks[0].lower_
        if opener == "to":
            holder = _to_holder(phrase)
        elif opener == "for":
            holder = _for_holder(phrase, people)
        else:
            holder = _view_holder(phrase, nouns)
        rest = _trimmed([t for t in toks if t.i > comma.i])
        if opener == "for" and rest and holder is not None:
            rest = _evaluation(rest, holder)
        if holder is None or holder.lower_ in _FIRST_PERSON | {"my", "our", "me", "us"} or not rest:
            continue
        speaker = None if holder.lower_ in _VIEW_PRONOUNS else _owner(holder, quotes)
        yield _reported(doc, rest, toks[0], speaker)
    for prep in doc:  # "The rollout was, in the words of one staffer, a shambles": set off inside the clause
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        if prep.i == 0 or doc[prep.i - 1].text != "," or prep.right_edge.i - prep.i > _MAX_VIEW_PHRASE:
            continue
        holder = _view_holder(doc[prep.i + 1 : prep.right_edge.i + 1], nouns)
        if holder is None or holder.lower_ in _FIRST_PERSON | {"my", "our", "me", "us"}:
            continue
        speaker = None if holder.lower_ in _VIEW_PRONOUNS else _owner(holder, quotes)
        yield _reported(doc, _clause_tokens(prep.head), prep, speaker)


_OBLIGATION_MODALS = frozenset({"must", "should", "ought", "need"})


_PLURAL_BACK = frozenset({"they", "them", "their", "theirs", "themselves"})
_SINGULAR_BACK = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "its", "itself"})


def _evaluation(rest: list[Token], holder: Token) -> list[Token]:
    """The part of a clause after "For X," that is X's view; empty when the clause tells what happened to X.

    A pronoun in the clause that can point back to X ("For the mayor, the storm ended *his* career", "For
    Clinton, the attack was a chance to show *her* record") makes it what something meant for X, not X's
    verdict. Otherwise "For the unions, the deal is a betrayal": after a copula only the predicate is X's
    (the subject is how the writer names the thing judged: "For the mayor, the reckless plan was a
    chance"); a modal of obligation ("For critics, the mayor must resign") or any other verb ("For Li,
    the author is exposing a cruel logic") is X's reading of it all.
    """
    back = _PLURAL_BACK if holder.tag_ in ("NNS", "NNPS") else _SINGULAR_BACK
    if any(t.lower_ in back and not _in_relative_clause(t, rest) for t in rest):
        return []
    words = {t.i for t in rest}
    root = next((t for t in rest if t.head.i == t.i or t.head.i not in words), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in root.children):
        return rest
    predicate = next((c for c in root.children if c.dep_ in _PREDICATE_DEPS), None)
    if root.lemma_.lower() != "be":
        return rest
    if predicate is None:
        return []
    return [t for t in rest if predicate.left_edge.i <= t.i <= predicate.right_edge.i]


def _in_relative_clause(token: Token, rest: list[Token]) -> bool:
    """Whether ``token`` lies in a relative clause inside ``rest``: "For his fans, he was a poet *who voiced
    their despair*" describes the poet within X's verdict; the pronoun tells nothing that happened to X."""
    words = {t.i for t in rest}
    for up in token.ancestors:
        if up.i not in words:
            return False
        if up.dep_ == "relcl":
            return True
    return False


def _as_far_as(toks: list[Token], comma: Token, people: frozenset[str]) -> Token | None:
    """The holder of "As far as X is concerned," opening a sentence: X, when it names people (an entity, a
    noun of ``people``, "many", "most"); "As far as the law is concerned," is no one's view."""
    words = [t.lower_ for t in toks[:3]]
    if words != ["as", "far", "as"] or comma.i < 2 or toks[0].doc[comma.i - 1].lower_ != "concerned":
        return None
    concerned = toks[0].doc[comma.i - 1]
    subject = next((c for c in concerned.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return _for_holder(subject.doc[subject.left_edge.i : subject.i + 1], people)


def _to_holder(phrase: Span) -> Token | None:
    """The people named after an opening "To": an entity, a plural noun, "many"; else None."""
    named = [t for t in phrase if t.ent_type_ in _VIEW_SPEAKER_LABELS]
    if named:
        return named[-1]  # the phrase's last entity token: the head of a name
    last = phrase[-1] if phrase else None
    if last is not None and (last.tag_ == "NNS" or last.lower_ in _VIEW_PRONOUNS):
        return last
    return None


def _for_holder(phrase: Span, people: frozenset[str]) -> Token | None:
    """The people named after an opening "For": an entity or a noun of people as the phrase's head."""
    head = phrase.root
    if head.ent_type_ in _VIEW_SPEAKER_LABELS or head.lemma_.lower() in people or head.lower_ in people:
        return head
    return head if head.lower_ in _VIEW_PRONOUNS else None


def _view_holder(phrase: Span, nouns: frozenset[str]) -> Token | None:
    """The holder in "In X's view" (the possessor) or "In the view of X" (the object of "of")."""
    for t in phrase:
        if t.lemma_.lower() not in nouns and t.lower_ not in nouns:  # "in the words of": lemma "word"
            continue
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


_COLON_LINE = re.compile(r"(?m)^[ \t]*(?P<head>[^:\n]{1,60}?)[ \t]*:[ \t]+(?P<said>\S[^\n]*)")
_ANSWER = re.compile(r"(?m)^[ \t]*A[ \t]*(?::[ \t]*|\.[ \t]+)(?P<said>\S[^\n]*)")  # "A: ..." or "A. ..."
_QUESTION = re.compile(r"(?m)^[ \t]*Q(?:\b|(?=[A-Z]))")  # "Q:", "Q.", or "QWhy ..." with its colon lost
_MIN_ANSWERS = 2  # one "A:" line could be anything; an interview has several
_MAX_PEOPLE_WORDS = 3  # "Union boss:", "Senior Tory MPs:"; a longer phrase before a colon is a summary
_DASH_CREDIT = re.compile(r"^(?P<said>\S.*?\S)\s+[-–—]\s+(?P<head>[^-–—\n]{2,40}?)\s*$")


def colon_speakers(
    doc: Doc, *, nouns: frozenset[str], people: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield a paragraph that opens with a speaker and a colon as that speaker's words.

    Args:
        doc: A parsed article or headline.
        nouns: Lemmas of nouns that report a statement ("warning", "claim"): with a possessor before the
            colon ("Democrats' new warning: ...") they name the speaker as well as a name does.
        people: Lower-case nouns that name people by role or as a group ("critics", "boss"): a short phrase
            headed by one speaks too ("Union boss: deal is a betrayal").

    Notes:
        "Trudeau: Tory plan is a giveaway" (a headline's attribution), "SANDERS: We will win" (a
        transcript) and "Democrats' warning: ..." put someone's words after the colon. Only a person, an
        organisation or a group named before the colon (the entity covers all of it but a title), or a
        statement noun with a possessor, counts: "Update:", "Editor's note:" or a place before a colon are
        the paper's own.
    """
    text = doc.text
    for m in _COLON_LINE.finditer(text):
        head = doc.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
        if head is None or not len(head):
            continue
        speaker = _colon_speaker(head, nouns, people) or _named_before(head)
        if speaker is None and _FIRST_PERSON_OPENING.match(m.group("said")):
            speaker = _named_by_title(head)
        if speaker is None and m.group("said")[:1] in _OPEN_MARKS:
            speaker = _name_closing(head)
        if speaker is None:
            continue
        said = m.group("said").rstrip()
        yield Quote(
            text=said,
            start=m.start("said"),
            end=m.start("said") + len(said),
            kind="direct",
            verb=":",
            speaker=Speaker(text=speaker, canonical=speaker, start=head.start_char),
        )


def _name_closing(head: Span) -> str | None:
    """voice11: a person's full name ending a role phrase before a colon and a quotation ('Leader of the
    council Sam Iqbal: "..."'): the role is the writer's introduction, the name the speaker; no verb there."""
    last = head[-1] if not head[-1].is_punct else head[-2] if len(head) > 1 else head[-1]
    ent = next((e for e in head.doc.ents if e.start <= last.i < e.end), None)
    if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or ent.end - 1 != last.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in head):
        return None
    return ent.text


# A statement in the first person after a colon ("Kayla: I was blindsided") is someone's own words.
_FIRST_PERSON_OPENING = re.compile(r"[\"“‘']?(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|We|We're|We’re|My|Our)\b")


def _named_by_title(head: Span) -> str | None:
    """A name the entity layer missed before a colon: a short run of capitalised words ending in a proper
    noun ("Heartbroken Kayla"), the last of which names the speaker."""
    words = [t for t in head if not t.is_punct]
    if not 1 <= len(words) <= _MAX_PEOPLE_WORDS or words[-1].pos_ != "PROPN":
        return None
    if any(not t.is_title or t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words[-1].text


def _named_before(head: Span) -> str | None:
    """A person the article named in full before, now by surname alone before a colon ("Park:" after "Lena
    Park was elected"): an interview prints its answers so, the name in bold, which plain text loses. The
    parser's entities may miss the bare surname at a line's start; the earlier full name does not."""
    words = [t for t in head if not t.is_punct]
    if len(words) != 1 or not (words[0].is_title or words[0].is_upper):
        return None
    surname = words[0].text.lower()
    for ent in head.doc.ents:
        if ent.start >= head.start:
            break
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == surname:
            return ent.text
    return None


def _colon_speaker(head: Span, nouns: frozenset[str], people: frozenset[str] = frozenset()) -> str | None:
    """Who speaks before a colon: a PERSON / ORG / NORP entity filling the phrase (titles and "'s" aside),
    the possessor of a statement noun ending it, or a short phrase of people ("Union boss", "Critics")."""
    last = head[-1]
    words = [t for t in head if not t.is_punct]
    if (
        len(words) <= _MAX_PEOPLE_WORDS
        and last.pos_ in ("NOUN", "PROPN")
        and last.dep_ != "pobj"  # "Frustration with police:" is a heading about people, not said by them
        and (last.lemma_.lower() in people or last.lower_ in people)
        and not any(t.pos_ in ("VERB", "AUX") for t in head)
    ):
        return head.text
    if last.lemma_.lower() in nouns:
        owner = next((c for c in last.children if c.dep_ == "poss"), None)
        if owner is not None and owner.pos_ != "PRON":
            ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
            return ent.text if ent is not None else owner.text
        return None
    ents = [t for t in head if t.ent_type_ in _VIEW_SPEAKER_LABELS]
    rest = [t for t in head if t.ent_type_ not in _VIEW_SPEAKER_LABELS and not t.is_punct]
    if not ents or any(not (t.is_title or t.is_upper) for t in rest):
        return None  # "Deal reached" or "Police in Ottawa" before a colon: a summary, not a speaker
    return " ".join(t.text for t in ents)


def interview_answers(doc: Doc, quotes: Sequence[Quote] = ()) -> Iterator[Quote]:
    """Yield each answer of a question-and-answer interview ("A: ...") as the interviewee's words.

    Args:
        doc: The parsed article body.

    Notes:
        An interview printed as questions and answers marks the answers "A:" and quotes nothing: the
        answers are the interviewee's, the questions the paper's. Several "A:" paragraphs and a "Q" one are
        needed. The speaker is the person the introduction names most often (:func:`_interviewee`), or
        unknown. An answer's later paragraph that credits words of its own ("The trust's chief executive
        said ...", one of ``quotes`` with a speaker) is the writer's again, as after the last answer.
    """
    text = doc.text
    answers = list(_ANSWER.finditer(text))
    questions = [m.start() for m in _QUESTION.finditer(text)]
    if len(answers) < _MIN_ANSWERS or not questions:
        return
    speaker = _interviewee(doc, min(questions))
    for m in answers:
        # An answer runs over its paragraphs up to the next question (or the next answer, or the end).
        start = m.start("said")
        later = [q for q in questions if q > start] + [a.start() for a in answers if a.start() > start]
        later += _credited_paragraphs(text, start, quotes)
        said = text[start : min(later, default=len(text))].rstrip()
        yield Quote(text=said, start=start, end=start + len(said), kind="direct", speaker=speaker)


def _credited_paragraphs(text: str, start: int, quotes: Sequence[Quote]) -> list[int]:
    """voice11: the starts of the paragraphs after the one at ``start`` in which the quote layer credits
    words to a speaker: the writer reporting again, no continuation of an answer."""
    credited = [q.start for q in quotes if q.speaker is not None]
    return [a for a, b in paragraph_spans(text) if a > start and any(a <= c < b for c in credited)]


# An interview's question set as a paragraph of its own, no quote marks in it (as tasks.quotes reads one).
_QUESTION_PARAGRAPH = re.compile(r"[^\n\"“”«»]{8,}\?")
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_MIN_QUESTIONS = 3  # question paragraphs that make an article an interview
_MIN_ADDRESSED = 2  # of them, put to "you": the interviewer's, not a columnist's rhetorical questions
_MIN_QA_QUESTIONS = 2  # question paragraphs before quoted answers are read as an interview's (spk24a)


# The paper telling of its own meeting with the interviewee ("We spoke to ...", "I sat down with ...")
_PAPER_MET = re.compile(
    r"\b(?:We|I)\s+(?:spoke|talked|chatted|sat down|caught up)\s+(?:to|with)\b"
    # lead23: "He spoke to Anna Berg.", "She talked to our correspondent": the interviewee met the paper's
    # named (or own) interviewer; "We asked her about ...": the paper's questions
    r"|\b(?:He|She)\s+(?:spoke|talked|chatted)\s+(?:to|with)\s+(?:our\b|[A-Z][a-z]+\s+[A-Z][a-z]+\s*[.,])"
    r"|\bWe\s+asked\s+(?:him|her|them)\b"
)


def questions_make_interview(text: str, spans: Sequence[tuple[int, int]], asked: Sequence[bool]) -> bool:
    """Whether the question paragraphs ``asked`` (of the paragraphs ``spans``) make an article an interview:
    ``_MIN_QUESTIONS`` of them, and ``_MIN_ADDRESSED`` put to "you" or an introduction in which the paper says
    it met someone ("We spoke to ...") before the first. A columnist's rhetorical questions rarely address the
    reader and never follow such a meeting; an interviewer's often ask of the subject, not of "you"."""
    if sum(asked) < _MIN_QUESTIONS:
        return False
    addressed = sum(1 for (a, b), q in zip(spans, asked, strict=True) if q and _ADDRESSED.search(text[a:b]))
    first = spans[list(asked).index(True)][0]
    return addressed >= _MIN_ADDRESSED or _PAPER_MET.search(text, 0, first) is not None


def reads_as_interview(text: str) -> bool:
    """spk24a: whether an article's question paragraphs ("Q:" ones too) make it an interview: two of them or
    more, ``_MIN_ADDRESSED`` put to "you" or after the paper says it met someone (as
    :func:`questions_make_interview` reads them, which asks for more questions for the voice layer)."""
    spans = paragraph_spans(text)
    asked = [_QUESTION_PARAGRAPH.fullmatch(text[a:b].strip()) is not None for a, b in spans]
    if sum(asked) < _MIN_QA_QUESTIONS:
        return False
    addressed = sum(1 for (a, b), q in zip(spans, asked, strict=True) if q and _ADDRESSED.search(text[a:b]))
    first = spans[asked.index(True)][0]
    return addressed >= _MIN_ADDRESSED or _PAPER_MET.search(text, 0, first) is not None


def interview_paragraphs(doc: Doc) -> Iterator[Quote]:
    """Yield each answer of an interview whose questions stand as paragraphs ("How do you rate the
    season?") and whose answers are printed plain, as the interviewee's words.

    Args:
        doc: The parsed article body.

    Notes:
        The quote layer takes such an answer as a quote only when it speaks in the first person
        (:func:`tasks.quotes.unmarked_answers`, a measured choice for quote precision), so "The referees
        have been a disgrace" after a question stayed the writer's. For whose voice a word is in, every
        paragraph after a question, up to the next one, answers it. An interview needs
        ``_MIN_QUESTIONS`` question paragraphs, ``_MIN_ADDRESSED`` of them put to "you", labelled turns
        none (:func:`interview_answers` reads those), and a person the introduction is about
        (:func:`_interviewee`); otherwise nothing is yielded.
    """
    text = doc.text
    interview = _plain_interview(doc, text)
    if interview is None:
        return
    spans, asked, speaker = interview
    first = spans[asked.index(True)][0]
    # voice10: a paragraph naming the interviewee ("Reed's tour opens in May") is the writer's note, no answer
    named = re.compile(rf"\b{re.escape(speaker.canonical.split()[-1])}\b")
    for (a, b), question in zip(spans, asked, strict=True):
        if a > first and not question and text[a] not in _OPEN_MARKS and not named.search(text[a:b]):
            yield Quote(text=text[a:b], start=a, end=b, kind="direct", speaker=speaker)


def _plain_interview(doc: Doc, text: str) -> tuple[list[tuple[int, int]], list[bool], Speaker] | None:
    """An interview whose questions stand as paragraphs and whose answers are printed plain: its paragraph
    spans, which of them are questions, and the interviewee (see :func:`interview_paragraphs`); None when
    the article is no such interview."""
    spans = paragraph_spans(text)
    asked = [_QUESTION_PARAGRAPH.fullmatch(text[a:b].strip()) is not None for a, b in spans]
    if not questions_make_interview(text, spans, asked) or _ANSWER.search(text):
        return None
    speaker = _interviewee(doc, spans[asked.index(True)][0])
    if speaker is None:
        return None
    # voice10: a prompt put as a statement ("Some in your party say you are too combative.") is the
    # interviewer's turn too: one sentence, after an answer, put to "you", with no "I" or "we" of an answer
    first = asked.index(True)
    prompts = [
        k > first and not asked[k] and not asked[k - 1] and _prompt(text[a:b])
        for k, (a, b) in enumerate(spans)
    ]
    return spans, [q or p for q, p in zip(asked, prompts, strict=True)], speaker


_FIRST_PERSON_WORD = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|me|my|mine|we|we're|we’re|us|our|ours)\b", re.IGNORECASE
)


def _prompt(paragraph: str) -> bool:
    """Whether a paragraph of a plain interview is a statement the interviewer puts to the interviewee."""
    said = paragraph.strip()
    one_sentence = said.endswith(".") and not re.search(r"[.!?]\s", said[:-1])
    return (
        one_sentence
        and said[:1] not in _OPEN_MARKS
        and _ADDRESSED.search(said) is not None
        and _FIRST_PERSON_WORD.search(said) is None
    )


_MIN_TURNS = 2  # turns of each side before a colon ("Interviewer: ...?" / "Reed: ...") that make a transcript


def interviewer_turns(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of an interview's questions, the interviewer's turns: each "Q:" paragraph of a
    question-and-answer interview, each question paragraph of one whose answers are printed plain, and each
    turn of the side of a transcript ("Interviewer: ...?", "BBC: ...?") that only asks.

    Args:
        doc: The parsed article body.

    Notes:
        A question put to the interviewee ("Do you think the ministry let growers down?") is the
        interviewer's line in a conversation, not a rhetorical question the writer puts to the reader, and
        its "we" ("Should we expect prices to rise?") is the interviewer speaking for readers. The same
        signals as :func:`interview_answers` and :func:`interview_paragraphs` make an article an interview;
        a transcript needs two speakers before colons, one whose turns all end in "?" and one who answers.
    """
    text = doc.text
    return [*_labelled_questions(text), *_question_paragraphs(doc, text), *_asking_side(text)]


def _labelled_questions(text: str) -> Iterator[tuple[int, int]]:
    """Each "Q:" turn up to the next answer or question, when "A:" answers make the article an interview."""
    answers = [m.start() for m in _ANSWER.finditer(text)]
    questions = [m.start() for m in _QUESTION.finditer(text)]
    if len(answers) < _MIN_ANSWERS or not questions:
        return
    turns = sorted({*answers, *questions, len(text)})
    for q in questions:
        yield q, next(t for t in turns if t > q)


def _question_paragraphs(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """Each question paragraph of an interview that :func:`interview_paragraphs` reads."""
    interview = _plain_interview(doc, text)
    if interview is not None:
        spans, asked, _ = interview
        yield from (span for span, question in zip(spans, asked, strict=True) if question)


def _asking_side(text: str) -> Iterator[tuple[int, int]]:
    """The turns of a transcript's questioner: the one name before colons whose every turn (two or more)
    ends in "?", when another name answers at least twice. A lone "Update:" or a headline's "Trudeau:" is
    no transcript."""
    turns: dict[str, list[re.Match[str]]] = {}
    for m in _COLON_LINE.finditer(text):
        turns.setdefault(m.group("head").strip().lower(), []).append(m)
    asking = [
        head
        for head, ms in turns.items()
        if len(ms) >= _MIN_TURNS and all(m.group("said").rstrip().endswith("?") for m in ms)
    ]
    answering = [head for head, ms in turns.items() if len(ms) >= _MIN_TURNS and head not in asking]
    if len(asking) != 1 or not answering:
        return
    for m in turns[asking[0]]:
        yield m.start(), m.end()


def _interviewee(doc: Doc, before: int) -> Speaker | None:
    """Whom an interview's introduction is about: the person it names most often before the first question
    (a surname alone counts for the full name), none on a tie; a person the questions speak of is left out
    (:func:`discussed_in_questions`). The questions are the paper's, so the answers
    can only be that person's."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    met: set[str] = set()
    for ent in doc.ents:
        if ent.start_char >= before:
            break
        key = ent[-1].lower_
        # spk24a: the surname of a person named in full counts, whatever the model tags it ("Lindqvist" ORG)
        surname = len(ent) == 1 and key in full
        if (ent.label_ != "PERSON" and not surname) or is_interviewer(ent) or _has_digit(ent):
            continue
        counts[key] = counts.get(key, 0) + 1
        if met_by_paper(ent):
            met.add(key)
        if len(ent.text) > len(full.get(key, "")):
            full[key] = ent.text
    counts = without_discussed(counts, discussed_in_questions(doc, before))
    for key in _organisation_names(doc) & counts.keys():
        del counts[key]  # r2s26b: "Lumora" beside "Lumora Inc.": the company, not whom the answers are from
    if (subject := _subject_right_before(doc, before, full)) is not None:
        return Speaker(text=subject, canonical=subject, rule="interviewee")
    headline = _headline_interviewee(doc)
    if headline is not None and re.search(rf"\b{re.escape(headline.text)}\b", doc.text[:before]):
        # r2s25a: the one person the headline names, named in full in the introduction, is whom the feature
        # is about, however often it names the producer or a bandmate it quotes on the way
        return headline
    if not counts:
        return _headline_interviewee(doc)
    top = break_tie(counts, met)
    if top is None:
        return None
    name = full[top]
    return Speaker(text=name, canonical=name, rule="interviewee")


def _organisation_names(doc: Doc) -> set[str]:
    """r2s26b: the first words (lower case) of the organisations the model tagged ("Lumora Inc."): the same
    word tagged a person elsewhere ("Lumora said") is that organisation, never an interviewee."""
    return {ent[0].lower_ for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1}


def _subject_right_before(doc: Doc, before: int, full: dict[str, str]) -> str | None:
    """r2s26b: "Farrokh spoke briefly with reporters after the keynote. Her answers have been edited.": the
    paragraph right before the first question, when it names one person only, named in full before it
    (``full``, by surname), as a subject there, introduces whom the answers are from, however often the
    article named others it quoted."""
    start = max(doc.text.rfind("\n", 0, len(doc.text[:before].rstrip())), 0)
    names = [
        t
        for t in doc
        if start <= t.idx < before and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.lower_ in full)
    ]
    people = {
        t.lower_
        for t in names
        if t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON" or doc[t.i + 1].ent_iob_ == "B"
    }
    if len(people) != 1 or not (people <= full.keys()):
        return None
    key = next(iter(people))
    if not any(t.lower_ == key and t.dep_ in {"nsubj", "nsubjpass"} for t in names):
        return None
    return full[key]


def _has_digit(ent: Span) -> bool:
    """spk26b: a strain or a model the model tagged PERSON ("H5N1", "F-35") is nobody an interview is about;
    its one mention would tie with the interviewee's and leave the answers to no one."""
    return any(ch.isdigit() for ch in ent.text)


# An interviewer's question on a line of its own, "Q:" before it or not, no quote marks in it.
QUESTION_LINE = re.compile(r"^[^\S\n]*(?:Q\s*[:.]\s*)?[^\n\"“”«»]{8,}\?[^\S\n]*$", re.MULTILINE)


def discussed_in_questions(doc: Doc, before: int) -> frozenset[str]:
    """spk24a: the surnames (lower case) of the people an interview's questions after ``before`` speak of in
    the third person ("Is it daunting to follow Anton Reiss?", "What did Alasdair Grant teach you?"): the
    questions are put to the interviewee as "you", so whom they name is someone discussed (a predecessor,
    a rival), not the one answering, however often the introduction names them. A name the question
    addresses ("Mr Muir, do you ...", "..., Owen?") is no such person."""
    lines = [(m.start(), m.end()) for m in QUESTION_LINE.finditer(doc.text, before)]
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < before:
            continue
        if any(a <= ent.start_char < b for a, b in lines) and not _addressed_by_name(ent):
            found.add(ent[-1].lower_)
    return frozenset(found)


def _addressed_by_name(ent: Span) -> bool:
    """Whether a name in a question is whom it is put to: set off by a comma at the question's start
    ("Brendan, do you ...") or at its end ("Last word, Owen?")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    opening = before is None or "\n" in before.text or before.text in {":", "."} or before.is_title
    if after is not None and after.text == "," and opening:
        return True
    return before is not None and before.text == "," and (after is None or after.text == "?")


def without_discussed(counts: dict[str, int], discussed: frozenset[str]) -> dict[str, int]:
    """The introduction's name counts without the people the questions speak of (when they are all of them,
    the interviewee is someone the model did not name: no one, rather than the person discussed)."""
    return {key: n for key, n in counts.items() if key.split()[-1].lower() not in discussed}


def introduced_interviewee(doc: Doc, before: int) -> Speaker | None:
    """Whom an interview's introduction before offset ``before`` is about (see :func:`_interviewee`): the
    quote layer's labelled answers take the same person as the answers read for whose voice a word is in."""
    return _interviewee(doc, before)


# voice11: verbs of an interview's meeting ("she talks to Jon Reeve", "spoke with", "was interviewed by")
_CONVERSING = frozenset({"talk", "speak", "chat", "interview", "meet", "sit"})
_INTERLOCUTOR_PREPS = frozenset({"to", "with", "by"})


def is_interviewer(ent: Span) -> bool:
    """voice11: whether a person the introduction names is the one the interviewee talks to ("Here she talks
    to Jon Reeve about ...", "in conversation with", "interviewed by"): the interviewer, whose name would tie
    with the interviewee's single mention and leave the answers to no one."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _INTERLOCUTOR_PREPS:
        return False
    verb = prep.head
    if prep.lower_ == "by":
        return verb.lemma_.lower() == "interview"
    if any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in verb.children):
        return False  # "We spoke to Ava Lindqvist": the paper is the interviewer, she the interviewee
    return verb.lemma_.lower() in _CONVERSING or verb.lower_ == "conversation"


def met_by_paper(ent: Span) -> bool:
    """r2s26: whether a person the introduction names is the one the paper says it talked to ("We spoke with
    Marchetti in her studio", "I met Ana Ruiz"): the interviewee, when two people are named equally often."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in _INTERLOCUTOR_PREPS else root.head
    if root.dep_ not in ("pobj", "dobj") or verb.lemma_.lower() not in _CONVERSING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in verb.children)


def break_tie(counts: dict[str, int], met: set[str]) -> str | None:
    """r2s26: the key named most often in ``counts``; on a tie, the one tied key the paper says it talked to
    (``met``, see :func:`met_by_paper`); None otherwise."""
    if not counts:
        return None
    top = max(counts.values())
    tied = [key for key, n in counts.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    chosen = [key for key in tied if key in met]
    return chosen[0] if len(chosen) == 1 else None


# Set on the body's Doc by the tagger (tasks.bias.tag_bias): the people its headline names.
HEADLINE_PEOPLE = "wl_headline_people"


def _headline_interviewee(doc: Doc) -> Speaker | None:
    """voice10: an interview whose introduction names no one ("The singer has never been one to mince her
    words") names its interviewee in the headline ("Ava Reed on fame and her new album"); the one person the
    headline names, or None."""
    people = {name for name in doc.user_data.get(HEADLINE_PEOPLE, ()) if " " in name}
    if len(people) != 1:
        return None
    name = next(iter(people))
    return Speaker(text=name, canonical=name, rule="interviewee")


# A reader's signature closing a comment: a name of one to four capitalised words, a comma, a place of
# capitalised words (towns, "UK", "Nairobi, Kenya"), and no full stop: a line of its own or the last sentence
# of the comment's paragraph.
_WORD = r"[A-Z][\w'’.-]*"
_SIGNATURE = re.compile(
    rf"(?:^|(?<=[.!?\"”')]))[ \t]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}),[ \t]+"
    rf"(?P<place>{_WORD}(?:[ \t]+{_WORD})*(?:,[ \t]+{_WORD}(?:[ \t]+{_WORD})*){{0,2}})[ \t]*$"
)
_COMMENT_ENDS = frozenset(".!?\"”'’)")
_MIN_SIGNED = 3  # one or two lines ending "Name, Place" could be anything; a comments page has several


def signed_comments(text: str) -> Iterator[Quote]:
    """Yield each reader's comment of a comments page ("Have your say") as its signatory's words.

    Args:
        text: The article body.

    Notes:
        A page of readers' views prints each comment as a paragraph signed "Name, Place" at its end, on a
        line of its own or as the paragraph's last sentence, and quotes nothing: the comments' "I think",
        "disgraceful" are the readers', not the writer's. Several signed paragraphs are needed. The comment
        is the paragraph the signature closes; after the first signature, every paragraph up to the next
        one (a comment runs over several paragraphs; the page's introduction comes before the first).
    """
    lines = _paragraphs(text)
    signed = [(k, m) for k, (_, line) in enumerate(lines) if (m := _SIGNATURE.search(line))]
    if len(signed) < _MIN_SIGNED:
        return
    previous = -1  # the line of the last signature
    for k, m in signed:
        start_line, line = lines[k]
        own = line[: m.start()].strip()
        # A signature on its own line closes the paragraph before it (and, after the first, those since
        # the last signature); one at the end of a paragraph closes that paragraph.
        first = k if own else (k - 1 if previous < 0 else previous + 1)
        if first < 0 or first > k or (first == k and not own):
            previous = k
            continue
        start = lines[first][0] + len(lines[first][1]) - len(lines[first][1].lstrip())
        end = start_line + m.start() if own else lines[k - 1][0] + len(lines[k - 1][1].rstrip())
        if own:
            end = start_line + len(line[: m.start()].rstrip())
        name = m.group("name")
        previous = k
        # A comment is written in sentences: a list line before a name ("Wales: Gareth Thomas, Cardiff")
        # is no comment.
        if end > start and text[end - 1] in _COMMENT_ENDS:
            yield Quote(
                text=text[start:end],
                start=start,
                end=end,
                kind="direct",
                speaker=Speaker(text=name, canonical=name, rule="signed"),
            )


# The writer of a news report does not speak in the first person outside quote marks; a reader does.
_OWN_WORDS = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|We|our|Our|us)\b")
_IN_MARKS = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_MIN_COMMENTS = 4  # a comments page prints several views; a report's last paragraphs are not one
# lead25b: of the paragraphs from the first view on, the share with quote marks that makes them a column's
# argument with the people it quotes (a column read 0.44; a BBC page of readers' views 0.21)
_COLUMN_MARKED_SHARE = 1 / 3
_COMMENTS_SHARE = 0.5  # of the paragraphs from the first view to the end, those in the first person


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Each non-blank line of ``text`` with its offset: a paragraph of wire copy."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _speaks_for_self(paragraph: str) -> bool:
    """Whether a paragraph says "I" or "we" outside quote marks."""
    return bool(_OWN_WORDS.search(_IN_MARKS.sub("", paragraph)))


def _first_view(paragraphs: list[str]) -> int | None:
    """Where a report's appended readers' views begin, or None when it has none.

    The views are a trailing run of paragraphs, at least half in the first person, after a report that
    quotes someone (marks in an earlier paragraph) and never speaks in the first person itself outside a
    quotation: a column or review whose writer says "I" or "we" from the start is the writer's.
    """
    own = [_speaks_for_self(p) for p in paragraphs]
    marked = [any(ch in _DOUBLE_MARKS for ch in p) for p in paragraphs]
    for k in range(2, len(paragraphs) - _MIN_COMMENTS + 1):
        if not own[k] or marked[k]:
            continue
        if any(own[j] and not marked[j] for j in range(k)) or not any(marked[:k]):
            return None
        if sum(marked[k:]) >= _COLUMN_MARKED_SHARE * len(marked[k:]):
            return None  # lead25b: a column goes on quoting the people it argues with; readers' views seldom
        tail = own[k:]
        return k if sum(tail) >= _COMMENTS_SHARE * len(tail) else None
    return None


def unsigned_comments(text: str) -> Iterator[Quote]:
    """Yield each paragraph of readers' views appended, unsigned, to a news report as a reader's words.

    Args:
        text: The article body.

    Notes:
        A report followed by "your views" prints the comments as plain paragraphs; copy that has lost the
        "Name, Place" signatures (:func:`signed_comments`) still changes voice where the paragraphs turn
        to the first person without quote marks ("I work for minimum wage", "we would be foolish"). The
        comments' "I think", "whining", "disgraceful" are the readers', not the writer's. The speaker is
        left unknown: nothing names them.
    """
    if any(signed_comments(text)):  # the signatures say whose each comment is
        return
    lines = _paragraphs(text)
    first = _first_view([line for _, line in lines])
    if first is None:
        return
    for offset, line in lines[first:]:
        start = offset + len(line) - len(line.lstrip())
        end = offset + len(line.rstrip())
        yield Quote(text=text[start:end], start=start, end=end, kind="direct")


def semicolon_continued(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause after a trailing attribution's semicolon as the same speaker's reported speech.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech verbs ("say", "note", "add").

    Notes:
        In "These were no mistakes, the lawyer noted; the agency had slanted its files to deceive the
        judge", the second clause goes on with the lawyer's case: a semicolon joins it to what was said
        as one argument. The parser hangs the speech verb on that clause; the clause after the semicolon
        (without the speech verb's own words) is the subject's.
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        head, semi = verb.head, verb.right_edge.i
        semi += doc[semi].text != ";"  # the semicolon may hang on the speech verb or on the clause after
        if head.i <= verb.i or semi >= len(doc) or doc[semi].text != ";":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        clause = _trimmed([t for t in head.subtree if t.i > semi])
        if subject is None or subject.lower_ in _FIRST_PERSON or not clause:
            continue
        yield _reported(doc, clause, verb, _owner(subject, quotes))


# Free indirect speech: a modal of the reported clause, backshifted ("it would be", "they could"), and the
# pronouns that carry on its subject or the speaker without naming anyone new.
_BACKSHIFTED = frozenset({"would", "could", "might"})
_CARRIED_SUBJECTS = frozenset({"it", "they", "he", "she", "this", "that", "there"})


def free_indirect(doc: Doc, quotes: Sequence[Quote]) -> Iterator[Quote]:
    """Yield a sentence that carries on the reported speech before it, unattributed, as the same speaker's.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes (direct and indirect, with their speakers).

    Notes:
        In "'Not many remember 1997 fondly,' he declared. It would be a hard campaign because voters would
        inevitably choose between two parties." the second sentence goes on with what was declared: its
        verb backshifted as reported speech backshifts ("would", "could", "might"), its subject a pronoun
        carrying on the reported clause ("it", "they") and no attribution of its own. Only the sentence right
        after a sentence holding a speaker's quote, in the same paragraph, counts; every verb of its main
        clause and the clauses joined to it must be backshifted: "It would be a disaster, and the minister
        knew it" asserts something in the writer's own tense and stays the writer's.
    """
    for before, sent in pairwise(doc.sents):
        words = [t for t in sent if not t.is_space]
        said = [q for q in quotes if q.speaker is not None and before.start_char <= q.start < before.end_char]
        if not words or not said or _quoted_in(sent, quotes) or "\n" in doc.text[said[-1].end : words[0].idx]:
            continue  # a new paragraph is the writer's again
        root = sent.root
        if _reported_now(before, said[-1]):
            continue
        if _backshifted(root) and not _subject_named(root):
            shifted = _backshifted
        elif _past_perfect(root) and _own_subject(root):
            shifted = _past_perfect_or_shared  # bias24c: "..., he said. The ministry *had blocked* ..."
        else:
            continue
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not shifted(c) for c in root.children):
            continue
        clause = _trimmed(words)
        if clause:
            yield _reported(doc, clause, root, said[-1].speaker)


def _reported_now(sent: Span, quote: Quote) -> bool:
    """voice12: whether a quote's verb of saying is in the present ("The council claims the routes are
    unviable."): speech reported in the present is not backshifted, so a "would" after it ("Perhaps they
    would be viable if buses ran on time") is the writer's own conditional, not the speech carried on."""
    verb = (quote.verb or "").lower()
    return any(t.lower_ == verb and t.tag_ in ("VBZ", "VBP") for t in sent)


def _quoted_in(sent: Span, quotes: Sequence[Quote]) -> bool:
    return any(q.start < sent.end_char and sent.start_char < q.end for q in quotes)


def _backshifted(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _BACKSHIFTED for c in verb.children)


def _past_perfect(verb: Token) -> bool:
    """bias24c: a past perfect ("had ignored", "had been run"), the tense a report in the past shifts a
    past event into: after "he said" the next sentence's "the ministry had blocked every rescue" goes on
    with what was said, as a "would" does."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children
    )


def _past_perfect_or_shared(verb: Token) -> bool:
    """A joined verb in the past perfect, or a participle sharing the first verb's "had" ("had ignored every
    warning and left residents ...")."""
    shares = verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children
    )
    return _past_perfect(verb) or shares


def _own_subject(verb: Token) -> bool:
    """Whether the clause has a subject that is no first-person pronoun (the writer's "we had warned")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in _FIRST_PERSON


def _subject_named(verb: Token) -> bool:
    """Whether the clause's subject names something anew (not a pronoun carrying on the reported clause)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    return subject is None or subject.lower_ not in _CARRIED_SUBJECTS


# A noun the sentence's verb has already come before: a restrictive relative clause on it ends the sentence
_OBJECTS = frozenset({"dobj", "pobj", "dative"})


def relative_reports(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the predicate of "the plan, which critics say is reckless, ..." as the speech verb's subject's.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech and belief verbs ("say", "argue", "believe").

    Notes:
        In a relative clause set off by commas whose relative pronoun is the subject of what is said, the
        parser often gives the speech verb two subjects ("which" and "critics") and no clause, and hangs the
        reported predicate ("is reckless") on the main verb. The verb right after the speech verb's own
        words, with no subject of its own (or the antecedent as its subject), is then what the speech
        verb's subject says, up to the comma that closes the relative clause.
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB" or verb.dep_ != "relcl":
            continue
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        speaker = next((c for c in subjects if c.tag_ not in _WH_TAGS and c.i < verb.i), None)
        wh = next((c for c in subjects if c.tag_ in _WH_TAGS), None)
        # only a clause set off by commas, or one on an object: on a subject the parser's "predicate" may be
        # the sentence's own ("The messages that they say convinced voters were spread through a magazine");
        # on an object the sentence's verb has come already ("sued photographers who she says hounded her")
        if speaker is None or wh is None or wh.i == 0:
            continue
        if doc[wh.i - 1].text != "," and (verb.head.dep_ not in _OBJECTS or verb.head.i < verb.sent.root.i):
            continue
        after = verb.right_edge.i + 1
        if after >= len(doc):
            continue
        pred = doc[after]
        # the parser may make the clause's antecedent its subject ("The bill ... is"): that is the one
        # subject the predicate may have
        if (
            pred.pos_ not in ("VERB", "AUX")
            or pred.dep_ == "ROOT"
            or any(c.dep_ in _SUBJECTS | {"nsubjpass"} and c.i != verb.head.i for c in pred.children)
        ):
            continue
        clause: list[Token] = []
        for t in doc[after : pred.right_edge.i + 1]:
            if t.text == ",":
                break  # the comma that closes the relative clause
            clause.append(t)
        clause = _trimmed(clause)
        if clause and speaker.lower_ not in _FIRST_PERSON:
            yield _reported(doc, clause, verb, _owner(speaker, quotes))


def headline_labels(
    doc: Doc, *, verbs: frozenset[str], hearers: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the marked words after a headline's speech verb (which the parse often reads as a noun) as
    the words of the phrase before it ("Opposition brands vote a 'sham'", "Unions brand plan 'heartless'").

    Args:
        doc: A parsed headline.
        verbs: Lemmas of speech and labelling verbs.
        hearers: Lemmas of speech verbs whose object is the one addressed ("tell", "warn"): in the past form
            in a headline they are passives (:func:`_told_in_headline`), the phrase before them the hearer.

    Notes:
        Headlinese drops articles, so the parser often takes "brands", "slams" for a plural noun in one long
        compound. A place or time fronted with a comma ("At Iowa rally, Hartley vows to 'drain the swamp'")
        is no part of the phrase. Only words in quote marks after the verb are given to the phrase before
        it: in "Luxury brands face slump" nothing is marked and nothing is said.
    """
    for tok in doc:
        # the verb's own parse is not trusted either: "brands" may be a VERB hung as a compound
        if tok.i == 0 or tok.lemma_.lower() not in verbs:
            continue
        before = [t for t in doc[_after_fronted_phrase(doc, tok.i) : tok.i] if not t.is_punct]
        if not before or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in before):
            return
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.tag_ == "VBN" or (after is not None and after.lower_ in ("of", "by")):
            return  # "Minister accused of 'caving in'": a passive, the phrase before it is no speaker
        if _told_in_headline(tok, hearers):
            return  # bias26a: "Jury told accused was 'obsessed'": the jury heard it
        speaker = _as_written(before)
        rest = doc.text[tok.idx + len(tok.text) :]
        offset = tok.idx + len(tok.text)
        for m in _MARKED_FRAGMENT.finditer(rest):
            if _opens_adverbial_clause([t for t in doc[tok.i + 1 :] if t.idx < offset + m.start()]):
                continue  # r2b26: "Owner denies charge as trial hears of 'callous' neglect": not the owner's
            yield Quote(
                text=m.group("words"),
                start=offset + m.start("words"),
                end=offset + m.end("words"),
                kind="indirect",
                verb=tok.text,
                speaker=Speaker(text=speaker, canonical=speaker, start=before[0].idx),
            )
        return


def _told_in_headline(verb: Token, hearers: frozenset[str]) -> bool:
    """bias26a: whether a headline's verb of telling is in the past form ("Jury *told* accused was
    'obsessed'", "Residents *warned* of 'catastrophic' floods"): headlines put what someone says in the
    present ("Mayor tells ...") and drop the "was" of a passive, so the phrase before the verb heard it."""
    return verb.lemma_.lower() in hearers and verb.tag_ in ("VBD", "VBN")


def _after_fronted_phrase(doc: Doc, verb: int) -> int:
    """Where a headline's subject starts: after a place or time set before it with a comma ("At Iowa rally,
    Hartley vows ...", "In Ohio, mayor brands plan ..."): a phrase that opens with a preposition and ends
    at the last comma before the verb. Else the headline's start."""
    if verb == 0 or doc[0].pos_ != "ADP":
        return 0
    comma = next((t.i for t in reversed(doc[:verb]) if t.text == ","), None)
    return comma + 1 if comma is not None else 0


_DASHES = frozenset({"—", "–", "--"})


def participle_reports(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause of a trailing speech participle as the sentence subject's reported speech.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of speech and belief verbs ("say", "add", "argue").

    Notes:
        Wire copy closes a sentence with what its subject went on to say: "Lind accused the government of
        a betrayal, *saying* the package slashed funding for rail". The participle has no subject of its
        own; the sentence's subject says the clause, so its words are that speaker's, not the writer's.
        Only a participle set off by a comma, with a clause of its own, counts ("by saying nothing" is no
        report).
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        if verb.tag_ != "VBG" or any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children):
            continue
        doer = _prepositional_gerund_doer(verb)
        if doer is None and not _comma_participle(verb):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None and doer is not None:
            clause = _stranded_that_clause(verb)
        subject = doer if doer is not None else _sentence_subject(verb)
        if clause is None or subject is None or subject.lower_ in _FIRST_PERSON:
            continue
        tokens = _clause_tokens(clause)
        # a dash closes what was said: "saying events had vindicated him — a typical gesture" goes on in
        # the writer's voice
        dash = next((k for k, t in enumerate(tokens) if t.text in _DASHES), len(tokens))
        if tokens[:dash]:
            speaker = _speaker_of(doer, verb, quotes) if doer is not None else _speaker(verb, False, quotes)
            yield _reported(doc, _trimmed(tokens[:dash]), verb, speaker)


_WH_RELATIVES = frozenset({"who", "that", "which"})
# prepositions whose gerund is what the clause's subject does ("by insisting", "after claiming")
_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "since"})
# deps a gerund's prepositional phrase climbs through to the verb whose subject does it
_CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})


def _stranded_that_clause(gerund: Token) -> Token | None:
    """bias23b: the "that" clause right after a gerund, which the parse hung on the verb the gerund's
    preposition hangs on ("apologised after *writing* on Instagram that the referee was ..."): an adverbial
    clause does not open with "that", so it is the gerund's complement."""
    host = gerund.head.head
    end = max(t.i for t in gerund.subtree)
    return next(
        (
            c
            for c in host.children
            if c.dep_ in ("advcl", "ccomp")
            and c.left_edge.i == end + 1
            and c.left_edge.lower_ == "that"
            and c.left_edge.dep_ == "mark"
        ),
        None,
    )


def _prepositional_gerund_doer(gerund: Token) -> Token | None:
    """scope22: the doer of a speech gerund set after a preposition ("tried to dodge the row by blaming the
    media and *insisting* the photos were faked", "after *claiming* ..."): the subject of the verb the
    preposition hangs on, through the verbs that verb completes. None when no such subject is found or it is
    the first person."""
    head = gerund
    while head.dep_ == "conj" and head.head.tag_ == "VBG":
        head = head.head  # "by blaming X and insisting Y": the first gerund's preposition
    prep = head.head
    if head.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in _GERUND_PREPOSITIONS:
        return None
    verb = prep.head
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return None if subject.lower_ in _FIRST_PERSON | _WH_RELATIVES else subject
        if verb.dep_ not in _CONTROL_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _reason_gerund_doer(gerund: Token) -> Token | None:
    """bias26a: the doer of a gerund that gives the reason for what its main verb does ("was suspended *for
    calling* ...", "apologised for branding ..."): the main verb's object when it has one ("attacked *the
    minister* for calling ...", "praised her for ..."), else its subject."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "for" or prep.head.pos_ not in _VERBS:
        return None
    verb = prep.head
    doer = next((c for c in verb.children if c.dep_ == "dobj"), None)
    doer = doer or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if doer is None or doer.lower_ in _FIRST_PERSON | _WH_RELATIVES else doer


def heard_evidence(doc: Doc, *, bodies: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause a court, jury or inquiry "heard" as evidence someone gave, its speaker unknown.

    Args:
        doc: A parsed article.
        bodies: Lemmas of nouns for bodies that hear evidence ("court", "jury", "inquiry").

    Notes:
        Court reporting attributes testimony to the hearing: "The banker cheated his clients, the court
        heard", "The jury heard that the gang terrorised the estate". The clause is what a witness or
        counsel said there, reported like "X said (that) ...": the charge in it is theirs, not the
        writer's finding. Only the clause complement of "hear" with such a body as its subject counts:
        "the court heard the appeal" hears a case, not a claim.
    """
    for verb in doc:
        if verb.pos_ in ("VERB", "AUX") and (told := _told_a_hearing(verb, bodies)) is not None:
            # bias25a: "The landlord let flats rot, a tribunal was told": the passive of telling a hearing
            yield _reported(doc, told, verb, None)
            continue
        if verb.lemma_.lower() != "hear" or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.lemma_.lower() not in bodies:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            yield _reported(doc, _clause_tokens(clause), verb, None)
        elif _trailing_report(verb):  # "The manager bullied staff, a tribunal heard": hung on the clause
            yield _reported(doc, _clause_tokens(verb.head, without=verb), verb, None)


def findings(
    doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str], bodies: frozenset[str]
) -> Iterator[Quote]:
    """Yield the clause a report, an inquiry or a court "found" as that body's finding.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a finder the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of finding ("find").
        bodies: Lemmas of nouns for reports and bodies whose findings are reported ("report", "inquiry").

    Notes:
        "An independent report found he had *bullied* staff": the charge is the report's conclusion, which
        the writer attributes, not states. Only the clause complement counts, with such a body as the
        subject: "the court found him guilty" has none, and "she found the town charming" is someone's own.
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.lemma_.lower() not in bodies:
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        tokens = _without_opening_phrase(_clause_tokens(clause), clause)
        if tokens:
            yield _reported(doc, tokens, verb, _owner(subject, quotes))


def _without_opening_phrase(tokens: list[Token], clause: Token) -> list[Token]:
    """A finding's tokens without a phrase set off by a comma before its subject ("*Despite the explosive
    growth*, most adults have never read a blog, the survey found"): the writer's framing of the finding."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not tokens or subject is None:
        return tokens
    opener = next((c for c in clause.children if c.i == tokens[0].i or c.left_edge.i == tokens[0].i), None)
    if opener is None or opener.dep_ not in ("prep", "advcl", "advmod", "npadvmod"):
        return tokens
    comma = next((k for k, t in enumerate(tokens) if t.text == "," and t.i < subject.left_edge.i), None)
    return tokens[comma + 1 :] if comma is not None else tokens


def _told_a_hearing(verb: Token, bodies: frozenset[str]) -> list[Token] | None:
    """The clause a hearing "was told" ("The landlord let flats rot, a tribunal was told"; "the court has
    been told that ..."): a hearing body the passive subject of "tell"; None for any other verb."""
    if verb.lemma_.lower() != "tell" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    # the nearest: the parse may take the reported clause's noun for a second passive subject
    subject = max((c for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS and c.i < verb.i), default=None)
    if subject is None or subject.lemma_.lower() not in bodies:
        return None
    first = subject.left_edge.i
    if verb.dep_ == "ROOT" and first > verb.sent.start + 1 and verb.doc[first - 1].text == ",":
        # "The landlord let flats rot, a tribunal was told": all the sentence before the closing report
        return _trimmed(list(verb.doc[verb.sent.start : first - 1]))
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is not None:
        return _clause_tokens(clause)  # "The court was told (that) ..."
    return _clause_tokens(verb.head, without=verb) if _trailing_report(verb) else None


def _trailing_report(verb: Token) -> bool:
    """Whether ``verb`` closes the clause it reports, hung on it by the parser, with no object of its own."""
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.head.i < verb.i
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    )


_ASKING_MARKS = frozenset({"whether", "if"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def asked(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    verbs: frozenset[str],
    requests: frozenset[str] = frozenset(),
    promises: frozenset[str] = frozenset(),
    saying: frozenset[str] = frozenset(),
) -> Iterator[Quote]:
    """Yield the clause of a question or a request someone made as the asker's reported words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an asker the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of asking ("ask", "question", "wonder").
        requests: Lemmas of verbs of asking someone to act ("ask", "urge"): their "to" complement is the
            request ("urged voters *to reject the reckless plan*").
        promises: Lemmas of verbs of promising ("vow", "pledge"): their "to" complement is the promise,
            with or without an object ("vowed *to end the madness*").
        saying: Lemmas of verbs of saying and labelling: a promise to say something is no promise's content.

    Notes:
        "Reporters asked whether the plan was a sham", "Li questioned whether the inquiry was a whitewash",
        "asked why the mayor was so reckless": the question's words are the asker's, not the writer's
        claim. The clause is the verb's complement opened by "whether" / "if" or a wh-word. So is a request
        ("asked the press *to take heed that their hysterical ...*"), the "to" complement of a verb of asking
        with its object. In the passive ("The senator was asked whether ...") the asker is the "by" agent,
        or no one named.
    """
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or (lemma not in verbs and lemma not in requests and lemma not in promises):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and _is_question(c)), None)
        if clause is None:  # "pressed on whether ...", "asked on whether ..."
            on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            pcomp = next((c for c in on.children if c.dep_ == "pcomp"), None) if on is not None else None
            clause = pcomp if pcomp is not None and _is_question(pcomp) else None
        if clause is None and lemma in requests and any(c.dep_ == "dobj" for c in verb.children):
            clause = next((c for c in verb.children if c.dep_ == "xcomp" and _to_infinitive(c)), None)
        if clause is None and lemma in promises:
            # bias25a: "Smith has vowed to end the *madness*": what was promised, in the promiser's view; a
            # promise to speak ("promised to *hail* the record") is told in the writer's verb
            clause = next((c for c in verb.children if c.dep_ == "xcomp" and _to_infinitive(c)), None)
            if clause is not None and clause.lemma_.lower() in saying:
                continue
        if clause is None:
            # bias24c: "Asked if teachers had been treated shamefully, he said ...": the question read as
            # a condition on the verb; only one that opens right after it
            clause = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "advcl"
                    and c.left_edge.i == verb.i + 1
                    and c.left_edge.lower_ in _ASKING_MARKS
                ),
                None,
            )
        if clause is None:
            continue
        speaker = _speaker(verb, _is_passive(verb), quotes)
        yield _reported(doc, _clause_tokens(clause), verb, speaker)


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_question(clause: Token) -> bool:
    """Whether a clause is an embedded question: "whether" / "if", or a wh-word opening it."""
    if any(c.dep_ == "mark" and c.lower_ in _ASKING_MARKS for c in clause.children):
        return True
    return clause.left_edge.tag_ in _WH_TAGS


def hearsay(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    verbs: frozenset[str],
    adverbs: frozenset[str],
    contested: frozenset[str],
    modifiers: bool = False,
) -> Iterator[Quote]:
    """Yield what the writer reports as said or believed by someone unnamed (passive reporting, hearsay
    adverbs) as reported speech.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a "by" agent the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs that report in the passive ("say", "claim", "allege", "believe").
        adverbs: Adverbs that mark their clause as someone else's report ("reportedly", "allegedly").
        contested: Of ``verbs``, those that leave a claim unproven ("allege", "claim"): only their "to"
            clause stays a report when no "by" agent names a source.
        modifiers: Yield only the modifiers an adverb marks ("the *allegedly* corrupt mayor": the label
            itself is the hearsay, like a labelling verb's), instead of the clauses.

    Notes:
        "It was claimed that the council was corrupt", "The mayor is said to be corrupt", "The gang is
        believed to be brutal": the passive verb's clause ("that ..." or "to be ...") is a claim the writer
        reports, not one the writer makes; the speaker is the "by" agent, if any. "The mayor is *reportedly*
        corrupt" does the same with an adverb: the adverb's clause, without the adverb (the writer's own
        caution), is reported with no speaker.

        r2b23: "The star is said to be heartbroken after being dumped by her love rat fiance", "is reported
        / believed / understood to have ...": with no "by" agent, the "to" clause names no source at all,
        and the words in it are the writer's own choice (tabloid copy asserts through such frames), so
        it is not yielded. "is said *by friends* to be ..." keeps the friends as the speaker, and a
        contested verb ("is alleged to have ...") keeps its clause an unproven report.
    """
    for word in doc:
        if word.pos_ == "ADV" and word.lower_ in adverbs:
            head = word.head
            if head.dep_ in _PREDICATE_DEPS:  # "is reportedly corrupt": the claim is the whole clause
                head = head.head
            # "the allegedly corrupt mayor": only the modifier is hearsay; a verb's clause is all of it
            if modifiers == (head.pos_ not in ("VERB", "AUX")):
                for run in _runs(_own_clause(word, _clause_tokens(head, without=word))):
                    yield _reported(doc, run, word, None)
            continue
        if modifiers or word.pos_ != "VERB" or word.lemma_.lower() not in verbs or not _is_passive(word):
            continue
        if obliged_saying(word):
            continue  # prec13: "It has to be said that ...": the writer's own assertion, no one's report
        said = next((c for c in word.children if c.dep_ in ("ccomp", "xcomp")), None)
        if said is None or (said.dep_ == "ccomp" and _is_question(said)):
            continue  # "was asked whether ...": tasks.attribution.asked
        if said.dep_ == "xcomp" and word.lemma_.lower() not in contested and not _has_agent(word):
            continue  # r2b23: agentless "X is said to be ...": the writer's own words
        tokens = _clause_tokens(said)
        trigger = _state_trigger(said)
        if trigger is not None:  # scope22: "said to be devastated *after finding the vile texts*"
            tokens = [t for t in tokens if t.i < trigger.left_edge.i]
        if tokens:
            speaker = _speaker(word, True, quotes) if _has_agent(word) else None
            yield _reported(doc, tokens, word, speaker)


# Words that open what set off a state: "upset *after* ...", "furious *over* ...".
_TRIGGERS = frozenset({"after", "following", "since", "when", "over"})


def _state_trigger(predicate: Token) -> Token | None:
    """scope22: the phrase after a reported state of mind that tells what set it off ("is said to be
    devastated *after discovering the vile texts*"): the hearsay is the state, and the event that caused it is
    the writer's own narration. Only after an adjective or a participle read as one (a state), and only a
    trailing phrase."""
    if predicate.lemma_.lower() == "be":  # "to be devastated": the parse's complement of "be"
        predicate = next((c for c in predicate.children if c.dep_ == "acomp"), predicate)
    if not (predicate.pos_ == "ADJ" or (predicate.dep_ == "acomp" and predicate.tag_ == "VBN")):
        return None
    for child in predicate.rights:
        opener = (
            child if child.dep_ == "prep" else next((c for c in child.children if c.dep_ == "mark"), None)
        )
        if child.dep_ in ("prep", "advcl") and opener is not None and opener.lower_ in _TRIGGERS:
            return child
    return None


_BRACKETS = {"(": ")", "[": "]"}


def _own_clause(adverb: Token, tokens: list[Token]) -> list[Token]:
    """The clause a hearsay adverb reports, within the brackets that hold it and without a clause
    conjoined to it that has its own subject ("The mayor, reportedly, hired spies, and the campaign went
    on": the second clause is the writer's). The parser can hang a bracketed aside's verb over the whole
    sentence ("For all the talk (her team has reportedly hired spies) she is calm")."""
    doc = adverb.doc
    sent = adverb.sent
    start, end = sent.start, sent.end
    for t in reversed(doc[sent.start : adverb.i]):  # the innermost bracket left open before the adverb
        if t.text in _BRACKETS.values():
            break
        if t.text in _BRACKETS:
            close = next((u for u in doc[adverb.i : sent.end] if u.text == _BRACKETS[t.text]), None)
            start, end = t.i + 1, close.i if close is not None else sent.end
            break
    head = adverb.head
    while head.dep_ in _PREDICATE_DEPS and head.head.i != head.i:
        head = head.head
    skip: set[int] = set()
    for conj in head.children:
        if conj.dep_ == "conj" and any(c.dep_ in _CLAUSE_SUBJECTS for c in conj.children):
            skip.update(t.i for t in conj.subtree)
            skip.update(c.i for c in head.children if c.dep_ == "cc" and c.i < conj.i)
    return [t for t in tokens if start <= t.i < end and t.i not in skip]


_FIGURE_TYPES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
_HOLDER_TYPES = frozenset({"PERSON", "NORP"})


def claimed(
    doc: Doc,
    quotes: Sequence[Quote],
    *,
    cues: frozenset[str],
    people: frozenset[str],
    documents: frozenset[str],
    media: frozenset[str] = frozenset(),
) -> Iterator[Quote]:
    """Yield the sourced clauses ("According to X, ...", "..., according to X") that report X's claim.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes; those whose cue is in ``cues`` are the sourced clauses.
        cues: The sourcing cues ("according to").
        people: Lemmas of nouns that name people by role or as a group ("critic", "resident", "mayor").
        documents: Lemmas of documents that argue a case ("indictment", "lawsuit").
        media: Nouns for where something is said ("statement", "post"): such a source is its owner's words
            ("according to a statement from the union" credits the union, as "according to the union" does).

    Notes:
        "According to critics, the plan is a sham" and "The network was corrupt, according to the
        indictment" credit the verdict to people or to a document that argues: the loaded words are theirs.
        A clause with a figure in it ("... killed 300 people in a brutal war, according to officials") or
        sourced to anything else (data, a survey, a named agency) sources a fact, and the writer's wording
        around it stays the writer's.
    """
    for q in quotes:
        if q.kind != "indirect" or (q.verb or "").lower() not in cues:
            continue
        clause = doc.char_span(q.start, q.end, alignment_mode="expand")
        if clause is None:
            continue
        # bias23b: a figure in a forecast ("the cuts will leave thousands stranded") is the source's
        # prediction, not a fact it supplies
        if any(t.ent_type_ in _FIGURE_TYPES for t in clause) and not _forecast(clause):
            continue
        holder = _according_source(clause)
        if holder is not None and holder.lemma_.lower() in media:
            holder = _medium_owner(holder)  # voice21: "according to a statement from the union"
        if holder is None:
            continue
        lemma = holder.lemma_.lower()
        # bias23b: an entity type on a common noun ("the transport union" read as an organisation) names
        # no agency; the noun says who holds the view
        named = holder.ent_type_ if holder.text[:1].isupper() else ""
        if named in _HOLDER_TYPES or lemma in documents or (not named and lemma in people):
            yield q if q.speaker is not None else q.model_copy(update={"speaker": _owner(holder, quotes)})


_FORECAST_MODALS = frozenset({"will", "would", "could", "may", "might", "'ll"})


def _forecast(clause: Span) -> bool:
    """Whether a sourced clause predicts ("the cuts will leave thousands stranded"): its main verb takes a
    modal of the future or of possibility."""
    root = clause.root
    return any(c.dep_ == "aux" and c.lower_ in _FORECAST_MODALS for c in root.children)


_MEDIUM_OWNER_PREPS = frozenset({"from", "by", "of"})


def _medium_owner(medium: Token) -> Token | None:
    """Who speaks in a statement, a post or a letter: its possessor ("the union's statement"), the noun
    before it ("a union statement"), or its "from" / "by" / "of" phrase ("a statement from the union")."""
    for c in medium.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i == medium.i - 1):
            return c
        if c.dep_ == "prep" and c.lower_ in _MEDIUM_OWNER_PREPS:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _according_source(clause: Span) -> Token | None:
    """The object of the "according to" nearest the clause it sources, in the clause's sentence: before it
    ("According to X, ...") or after it ("..., according to X")."""
    outside = [t for t in clause.sent if t.lower_ == "according" and not clause.start <= t.i < clause.end]
    for acc in sorted(outside, key=lambda t: min(abs(t.i - clause.start), abs(t.i - clause.end))):
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is not None:
            return source
    return None


_ASIDE_PUTTING = frozenset({"put", "call", "describe", "term", "dub", "characterise", "characterize"})


def asides(doc: Doc, quotes: Sequence[Quote], *, verbs: frozenset[str]) -> Iterator[Quote]:
    """Yield the clause around an attribution set into it ("as X put it", "..., he argued, ...") as the
    attribution's subject's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a subject the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of saying and arguing ("say", "note", "argue"); "put" counts in "as X put it".

    Notes:
        "As one critic put it, the plan is a sham", "The plan, as Ms Hale noted, is a sham" and "It would, he
        argued, leave the town with a huge bill": the parser hangs the attribution on the clause (an "as"
        clause, or a parenthetical verb with no complement of its own), and the clause without it is the
        subject's. A first-person subject ("as I said") is the writer's own voice.
    """
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.dep_ not in ("advcl", "parataxis") or verb.head.i == verb.i:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in _FIRST_PERSON or _no_one(subject):
            continue
        close = _closing_comma(verb, subject) if subject.lower_ not in _NOT_HOLDERS else None
        # "..., he argued, ..." and "as Hale noted," have no complement of their own; "the row came as Li
        # said he would quit" has (a time, not an attribution), and so has "he said the plan ..."
        own = any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
        if (said := _catenated_saying(verb, verbs)) is not None:
            lemma, own = said.lemma_.lower(), False  # voice12: "..., she liked to say, ..."
        if (
            lemma == "go"
            and verb.dep_ == "parataxis"
            and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
        ):
            lemma = "add"  # bias23b: "..., she went on, ...": she carried on speaking
        if verb.dep_ == "advcl":
            marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            # bias25a: "The plan, as the union *called* it, is a reckless gamble" as "as X put it"
            put = lemma in _ASIDE_PUTTING and [
                c.lower_ for c in verb.children if c.dep_ in ("dobj", "ccomp")
            ] == ["it"]
            if not marked or not (put or (lemma in verbs and not own)):
                continue
        elif lemma not in verbs or (own and close is None):
            continue
        clause = _clause_tokens(_host_clause(verb), without=verb)
        if close is not None:
            # "Nor does she have any plans, advisers say, to take cues from ...": the parser hung the rest
            # of the host clause on the aside; only the aside between its commas is the writer's
            aside = range(subject.left_edge.i - 1, close + 1)
            clause = _trimmed([t for t in verb.head.subtree if t.i not in aside])
        if clause and _quoted(doc, clause):
            continue  # a quotation beside the attribution is the quote layer's ('..., he said, "..."')
        speaker = _owner(subject, quotes)
        if speaker is None and subject.lower_ in ("he", "she"):
            speaker = _speaker_carried_on(subject, quotes)
        for run in _runs(clause):
            yield _reported(doc, run, verb, speaker)


def _speaker_carried_on(pronoun: Token, quotes: Sequence[Quote]) -> Speaker | None:
    """bias25a: "Rossi said the owners had behaved like bullies. Monti, *he* said, had been forced to train
    alone": a "he said" set into the sentence after a named speaker's report, in the same paragraph, goes
    on with that speaker, however many people the report names."""
    doc, sent = pronoun.doc, pronoun.sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if "\n" in doc.text[before.end_char : sent.start_char]:
        return None
    said = [
        q
        for q in quotes
        if q.speaker is not None
        and not q.speaker.anonymous
        and before.start_char <= q.start < before.end_char
        and q.kind in ("indirect", "direct")
    ]
    names = {(q.speaker.canonical or q.speaker.text) for q in said if q.speaker is not None}
    return said[-1].speaker if len(names) == 1 else None


def _host_clause(aside: Token) -> Token:
    """The clause an aside is set into: its head, or the verb of the auxiliary the parser hung the aside on
    ("Opponents, she said, *were* simply scaremongering": the clause is "scaremongering"'s, not "were"'s)."""
    head = aside.head
    return head.head if head.dep_ in ("aux", "auxpass") and head.head.i != head.i else head


def _catenated_saying(verb: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of saying an aside's verb takes as its one complement, itself with none ("its weight, she
    liked to say, was the point"; "as he used to put it"): the aside is that verb's."""
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
    if len(complements) != 1 or complements[0].dep_ != "xcomp":
        return None
    said = complements[0]
    if said.lemma_.lower() not in verbs or any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in said.children):
        return None
    return said


def _closing_comma(verb: Token, subject: Token) -> int | None:
    """The comma closing an aside set off on both sides (", advisers say, to ..."), when the parser hung
    what follows it on the aside's verb: the subject right after a comma, the verb right before one, and
    every complement of the verb after that comma."""
    doc = verb.doc
    first, close = subject.left_edge.i, verb.i + 1
    if verb.dep_ != "parataxis" or subject.i > verb.i or first == 0 or close >= len(doc):
        return None
    if doc[first - 1].text != "," or doc[close].text != "," or verb.head.i > verb.i:
        return None
    if any(t.i < first - 1 for t in verb.subtree):
        return None
    return close


# voice11: "..., says shadow minister": a comma, a verb of saying in the present, the speaker, the end
_SAID_CREDIT = re.compile(r"^(?P<said>\S.*?\S),\s+(?P<verb>[a-z]+s)\s+(?P<head>[^,\n]{2,40}?)\s*$")


def _said_credit(text: str, verbs: frozenset[str]) -> re.Match[str] | None:
    """A headline ending in a credit after a comma ("..., says union", "..., warns Met Office"), whose verb
    (present tense, third person) is one of ``verbs``."""
    m = _SAID_CREDIT.match(text)
    if m is None:
        return None
    verb = m.group("verb")
    return m if verb[:-1] in verbs or (verb.endswith("es") and verb[:-2] in verbs) else None


def headline_credits(
    doc: Doc, *, nouns: frozenset[str], people: frozenset[str], verbs: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield a headline's words before a closing dash credit ("Budget a sham - union") or a closing "says"
    credit ("Plan a 'reckless gamble', says shadow minister") as the credited speaker's.

    Args:
        doc: A parsed headline.
        nouns: As for :func:`colon_speakers`.
        people: As for :func:`colon_speakers`.
        verbs: Lemmas of verbs of saying that may credit a headline after a comma ("says", "warns").

    Notes:
        British headlines credit a claim after a dash at the end, as others put the speaker before a colon;
        the same test of who may speak applies ("Storm ahead - Met Office", not "Floods return - again").
    """
    m = _DASH_CREDIT.match(doc.text) or _said_credit(doc.text, verbs)
    if m is None:
        return
    head = doc.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
    if head is None or not len(head):
        return
    speaker = _colon_speaker(head, nouns, people)
    if speaker is None:
        return
    said = m.group("said")
    yield Quote(
        text=said,
        start=m.start("said"),
        end=m.end("said"),
        kind="direct",
        verb="-",
        speaker=Speaker(text=speaker, canonical=speaker, start=head.start_char),
    )


# Words between a sign and the words on it: "a sign *reading* ...", "placards *that said* ...", "a banner
# *with the words* ...".
_SIGN_LINKS = frozenset(
    {"reading", "read", "reads", "saying", "said", "says", "that", "which", "with", "the", "words"}
)
_SIGN_JOINS = frozenset({"and", "or", ","})


def held_signs(doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str]) -> Iterator[Quote]:
    """bias24c: yield the words in marks on a sign, placard or banner as its holders' ("protesters held a sign
    reading 'witch hunt'", "Fans waved banners reading 'Out' and 'Clueless'").

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a holder the quote layer resolved keeps its canonical name.
        nouns: Lemmas of things with words on them held up or worn (``sign_nouns``).

    Notes:
        The words must follow the sign at once, through "reading", "saying", "that read" or "with the
        words"; further marked fragments joined by "and", "or" or a comma are on the same signs. The holder
        is the subject of the verb that takes the sign as its object ("held", "carried", "waved"), the noun
        a "with" phrase hangs on ("protesters with placards"), or the subject the parse gave the sign
        itself; with none found, nothing is yielded and the marks stay as they were.
    """
    for sign in doc:
        if sign.pos_ != "NOUN" or sign.lemma_.lower() not in nouns:
            continue
        holder = _sign_holder(sign)
        if holder is None or holder.lower_ in _FIRST_PERSON:
            continue
        fragments = list(_sign_words(doc, sign))
        if not fragments:
            continue
        speaker = _owner(holder, quotes)
        if speaker is None:
            continue
        for start, end in fragments:
            yield Quote(text=doc.text[start:end], start=start, end=end, kind="direct", speaker=speaker)


def _sign_holder(sign: Token) -> Token | None:
    """Who holds a sign: the subject of the verb whose object it is, the noun of "X with placards", or the
    subject the parse hung on the sign itself ("Some carried placards ..." read as a noun phrase)."""
    if sign.dep_ == "conj":
        # r2b24: "waved flags and held signs", the parse joining the sign to the first verb (or to its
        # object): the first conjunct's holder
        first = sign
        while first.dep_ == "conj":
            first = first.head
        if first.pos_ in ("VERB", "AUX"):
            subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
            return _counted(subject) if subject is not None else None
        sign = first
    if sign.dep_ == "dobj":
        subject = next((c for c in sign.head.children if c.dep_ == "nsubj"), None)
        return _counted(subject) if subject is not None else None
    if sign.dep_ == "pobj" and sign.head.lower_ == "with" and sign.head.head.pos_ in ("NOUN", "PROPN"):
        return sign.head.head
    return next((c for c in sign.children if c.dep_ == "nsubj"), None)


def _sign_words(doc: Doc, sign: Token) -> Iterator[tuple[int, int]]:
    """The character spans of the marked words right after a sign and those joined to them."""
    sent_end = sign.sent.end_char
    at = sign.idx + len(sign)
    links = _SIGN_LINKS
    while True:
        m = _MARKED_FRAGMENT.search(doc.text, at, sent_end)
        if m is None:
            return
        gap = doc.text[at : m.start()].replace(",", " , ").lower().split()
        if len(gap) > 4 or any(w not in links for w in gap):
            return
        yield m.start("words"), m.end("words")
        at, links = m.end(), _SIGN_JOINS


def colon_statements(doc: Doc, quotes: Sequence[Quote], *, nouns: frozenset[str]) -> Iterator[Quote]:
    """bias24c: yield what follows the colon of "Her message was blunt: ..." as the owner's words.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: an owner the quote layer resolved keeps its canonical name.
        nouns: Lemmas of nouns that report a statement ("message", "warning", "verdict").

    Notes:
        "The union's verdict was damning: the scheme is a disgrace" and "His warning was stark: the plan is a
        catastrophe" set out someone's statement after a colon; the clause before it, a statement noun
        with its owner as the subject of "be", is the writer's frame ("damning", "stark" stay the writer's).
        Only an owner the sentence names (a possessor), and only the rest of the sentence.
    """
    for colon in doc:
        if colon.text != ":":
            continue
        # the parse makes the frame's "be" the root or a clause of the statement's
        root = next((t for t in doc[colon.sent.start : colon.i] if t.lemma_ == "be"), None)
        if root is None:
            continue
        noun = next((c for c in root.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns), None)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
        if owner is None or owner.lower_ in ("my", "our"):
            continue
        words = _trimmed([t for t in doc[colon.i + 1 : colon.sent.end] if not t.is_space])
        if not words:
            continue
        speaker = _lone_person(owner, quotes) if owner.pos_ == "PRON" else _owner(owner, quotes)
        yield _reported(doc, words, root, speaker)
