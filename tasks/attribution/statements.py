"""Statements and beliefs held by someone the sentence names: a statement noun's clause ("Bellamy's
claim that ..."), a noun of labelling's "as" label, a belief verb's clause, a denied or admitted gerund,
an account recounted, and the reports of a relative clause."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import (
    _CLAUSE_SUBJECTS,
    _FIRST_PERSON,
    _NOT_HOLDERS,
    _SUBJECTS,
    _WH_TAGS,
    _clause_tokens,
    _has_that,
    _inside_marks,
    _is_passive,
    _is_question,
    _no_one,
    _quoted,
    _reported,
    _thing_noun,
    _told_in_headline,
    _trimmed,
)
from tasks.attribution.frame_speakers import _speaker
from tasks.attribution.holders import _lone_person, _owner
from tasks.models import Quote
from tasks.quote_context import without_next_act

_FELT_DEPS = frozenset({"acomp", "oprd"})


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
        if holder is word and prescribed(word):
            continue  # voice29b: "Officials should admit that it failed": the writer's demand, no one's view
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


# voice29b: modals of obligation; "can", "will", "may" report ability, intention or chance, not a demand
_PRESCRIPTIVE_MODALS = frozenset({"should", "must", "ought", "shall"})


def prescribed(verb: Token) -> bool:
    """voice29b: whether a verb of saying or believing is what someone is told to do, not what they did: a
    modal of obligation on it, or on the first verb it is joined to with no subject of its own ("The council
    should stop pretending, *admit* it got this wrong"). The clause after it is the writer's demand; no one
    said it."""
    first = verb
    while first.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
        first = first.head
    return any(
        c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in _PRESCRIPTIVE_MODALS for c in first.children
    )


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
