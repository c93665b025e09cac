"""The label of a labelling or accusing verb ("called the inquiry *a sham*", "accused her *of lying*",
"likened him *to a dictator*") as an indirect quote of the verb's subject or agent."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import (
    _CLAUSE_SUBJECTS,
    _MARKED_FRAGMENT,
    _MEDIUM_PREPS,
    _PASSIVE_SUBJECTS,
    _SUBJECTS,
    _comma_participle,
    _indefinite,
    _is_agent,
    _is_passive,
    _reported,
    _trimmed,
)
from tasks.attribution.frame_speakers import _speaker, _speaker_of, _verb_read_as_participle
from tasks.attribution.holders import _words_for_a_person
from tasks.attribution.writers import _said_by_writer
from tasks.figures import TIME_UNITS
from tasks.models import Quote

_LABEL_DEPS = frozenset({"oprd", "attr", "xcomp"})
_TOPIC_PREPS = frozenset({"of", "about", "against"})


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
        torn = not fused and naming_verb and not objects and all(p.pos_ == "PROPN" for p in parts)
        if torn and (surface := _label_after_named_object(verb)):
            # voicefix30: "called Democratic Sen. Ann Reyes a liar", the object and its label torn from the
            # verb by a parse that read the title's full stop as a break (or took the name for the label):
            # the label is read off the words
            fused, parts = surface, []
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


_NAME_WORDS = frozenset({"PROPN", "PRON"})
_LABEL_WORDS = frozenset({"ADJ", "NOUN", "ADV", "CCONJ", "DET"})


def _label_after_named_object(verb: Token) -> list[Token]:
    """voicefix30: the label of a naming verb the parse left with no object, read off the words after it:
    a name or pronoun (its titles and party adjectives with it: "Democratic Sen. Ann Reyes", "her") and
    then an indefinite noun phrase, "a liar" (joined ones too: "a liar and a crook"). Only with the verb's
    own subject, the one who names; the words must run on with no punctuation but a comma between joined
    labels, and the label must be a common noun."""
    if not any(c.dep_ == "nsubj" for c in verb.children) and not _verb_read_as_participle(verb):
        return []
    doc = verb.doc
    end = verb.sent.end
    i = verb.i + 1
    named = False
    while i < end and (doc[i].pos_ in _NAME_WORDS or doc[i].ent_type_ == "NORP" or doc[i].text.endswith(".")):
        named = named or doc[i].pos_ in _NAME_WORDS
        i += 1
    if i < end and doc[i].is_quote:
        i += 1  # 'called Hale "a liar"': a label in quote marks
    if not named or i >= end or doc[i].lower_ not in ("a", "an"):
        return []
    label: list[Token] = []
    j = i
    while j < end and (
        doc[j].pos_ in _LABEL_WORDS
        or doc[j].is_quote
        or (doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ in ("a", "an"))
    ):
        label.append(doc[j])
        j += 1
    while label and label[-1].pos_ not in ("NOUN",):
        label.pop()
    return label if any(t.pos_ == "NOUN" for t in label) else []


_TWO_OBJECTS = frozenset({"brand", "label", "dub", "term", "nickname", "christen", "deem"})


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
    without its auxiliary; its subject is the one accused, not the accuser. voice29b: the parse may tag it a
    past tense ("Minister Ann Cole accused of 'reckless gamble' by MPs"), but the active verb needs its object
    before "of", so the past form with none is the participle all the same."""
    return (
        verb.tag_ in ("VBN", "VBD")
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
