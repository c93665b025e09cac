"""Checks on the writer's own tags: an aside or a referent of the writer's, a claim the writer reports
of someone, a label on a person or an epithet that refers, and the negator of a hit."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.bias.sense_context import _DEFINITE, _NOUNS, _PERSON_SUFFIXES
from tasks.bias.voices import _VoiceMap
from tasks.lexicon import BiasLexicon
from tasks.models import Quote

_PERSONAL = frozenset({"he", "she", "they", "it", "we"})


def _named_in_sentence(doc: Doc, label: Quote) -> bool:
    """Whether a label's giver is named in the label's own sentence: its verb's subject is no personal
    pronoun ("what *he* called ..."), which the quote layer resolves better than the label pass."""
    span = doc.char_span(label.start, label.end, alignment_mode="expand")
    if label.speaker is None or span is None:
        return False
    sent = span[0].sent
    verbs = [t for t in doc[sent.start : span.start] if t.text == label.verb]
    subject = next((c for c in verbs[-1].children if c.dep_ == "nsubj"), None) if verbs else None
    if subject is None:  # a participle ("He wrote ..., *mocking* them as ..."): the sentence's subject
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lower_ not in _PERSONAL


def _writers_aside(token: Token, persons: frozenset[str], reporting: frozenset[str] = frozenset()) -> bool:
    """Whether a word inside reported speech is the writer's: a description of a person, or an aside set
    off by a comma ("he claimed that his plan, *which slashes aid*, was inspired by his faith"), a restrictive
    clause inside such an aside included (voice28). A comma relative clause whose verb is itself the report
    (``reporting``: "The move, which the union described as *vindictive*, ...") is no aside inside it
    (voice11)."""
    if _describes_a_person(token, persons) or _describes_a_named_place_or_event(token):
        return True
    for anc in (token, *token.ancestors):
        if anc.dep_ == "relcl" and anc.lemma_.lower() in reporting:
            return False
        # basil30: the parse hangs a comma-set apposition after a reported clause's object on the clause's
        # verb ("said Congress will pass the deal, *a pact* that has faced scathing attacks"): still an aside.
        appended = anc.dep_ == "npadvmod" and anc.pos_ == "NOUN" and anc.i > anc.head.i
        if anc.dep_ in ("relcl", "appos") or appended:
            left = anc.left_edge
            if left.i > 0 and token.doc[left.i - 1].text == ",":
                return True
            if anc.dep_ == "appos" or appended:
                return False
            # voice28: a restrictive clause inside a comma-set apposition ("signed the deal, an agreement
            # *that has drawn furious criticism*") is the apposition's, the writer's gloss
        if anc.dep_ in ("ccomp", "ROOT"):
            return False
    return False


def _writers_referent(token: Token, voices: _VoiceMap) -> bool:
    """voice10: whether a noun inside reported speech is the writer's name for something the writer named so
    before: in "... escalating a bitter online feud. Analysts said *the feud* reflected deep divisions" the
    definite noun points back to the writer's own word; the analysts' claim is what the clause says of it."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return False
    lemma = token.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma and t.pos_ == "NOUN" and voices.at(t.idx).voice == "author"
        for t in token.doc[: token.sent.start]
    )


def _own_claim_reported(token: Token, speech: frozenset[str]) -> bool:
    """Whether a verb of doubt inside reported speech is the writer's word for the reporter's own claim.

    "The group said they had hit a ship they *claimed* was linked to Israel": no one reports their own
    statement as a claim; "claimed" is the writer's choice of verb. Its pronoun subject must be the one the
    report gives its speaker (the reporting verb's subject, or the subject of the clause it reports); in "Li
    said they claimed ..." someone else claimed, and the doubt stays Li's.
    """
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.pos_ != "VERB" or subject is None or subject.pos_ != "PRON":
        return False
    path = [token, *token.ancestors]
    k = next((i for i, a in enumerate(path) if i and a.pos_ == "VERB" and a.lemma_.lower() in speech), None)
    if k is None:
        return False
    report, clause = path[k], path[k - 1]
    selves = [c for v in (report, clause) for c in v.children if c.dep_ == "nsubj" and c.i != subject.i]
    return any((c.pos_ == "PRON" and c.lower_ == subject.lower_) or _stands_for(subject, c) for c in selves)


def _holder_introduced(token: Token, speech: frozenset[str]) -> bool:
    """scope22: whether a verb of doubt introduces a holder of its own inside hearsay no one is named for
    ("He was reportedly dumped by a girlfriend who *claimed* he had cheated"): with no reporter to have
    chosen the verb, "claimed" is the writer's word for the girlfriend's statement, not hers."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in speech:
        return False
    return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "ccomp" for c in token.children)


def _stands_for(pronoun: Token, noun: Token) -> bool:
    """prec13: whether "they" can stand for the reporter named as a noun: a plural noun or joined nouns ("The
    minister and his aide insisted the vote will turn on what *they* claim is ...")."""
    if pronoun.lower_ != "they" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children)


_OWNING = frozenset({"its", "their", "his", "her"})
_OWNER_OF = {"his": "he", "her": "she"}


def _speakers_own_thing(token: Token, speech: frozenset[str]) -> bool:
    """voicefix30: whether a modifier inside reported speech describes the speaker's own thing, which the
    speaker would not colour so: in "The lender said its *much-hyped* app would launch" the possessive
    points back to the lender, and the sneer at its own product is the writer's. The possessive must fit the
    reporting verb's subject ("its" a body, "their" a body or group, "his" only "he", "her" only "she"); in
    "Li said its *reckless* plan ..." with Li a person, "its" is someone else's, and the word stays Li's."""
    if token.dep_ != "amod" or token.head.pos_ not in _NOUNS or token.tag_ == "JJS":
        return False
    owner = next((c for c in token.head.children if c.dep_ == "poss" and c.lower_ in _OWNING), None)
    if owner is None:
        return False
    # the nearest verb of saying with a subject: a participle ("citing delays to *its* ...") has none
    subject = next(
        (
            c
            for a in token.ancestors
            if a.pos_ == "VERB" and a.lemma_.lower() in speech
            for c in a.children
            if c.dep_ == "nsubj"
        ),
        None,
    )
    if subject is None or subject.is_ancestor(token):
        return False
    if owner.lower_ in ("his", "her"):
        return subject.lower_ == _OWNER_OF[owner.lower_]  # a person only as the pronoun: no gender to check
    person = subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i", "we")
    return not person and (owner.lower_ == "their" or subject.tag_ not in ("NNS", "NNPS"))


def _describes_a_person(token: Token, persons: frozenset[str]) -> bool:
    """Whether a word modifies a noun naming a person ("the *disgraced* banker", "*embattled* Mayor Li").

    Inside reported speech ("Relatives suggested the disgraced banker had fled"), the speaker's claim is
    the clause; the description the writer gives the person it is about is the writer's word.
    """
    if token.dep_ == "compound" and token.pos_ == "NOUN" and _title_on_name(token):
        return True  # prec22: "pop *sensation* Kayla Rhodes", a title the writer gives the person
    if token.dep_ != "amod" or token.head.pos_ not in _NOUNS:
        return False
    head = token.head
    if head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in head.children):
        return True
    noun = head.lemma_.lower()
    return (noun in persons or (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES))) and _identified(head)


def titles_of_named_people(*docs: Doc) -> frozenset[str]:
    """voice29b: the nouns a text sets right before a person's name or beside it as what the person is
    ("property *heir* Tom Hart", "*Tycoon* Ray Moss", "Tom Hart, a property *heir*"), lower-case lemmas.

    A definite description with that noun later ("the reckless heir") refers to the person the text named,
    so a modifier on it is the writer's description even inside someone's report
    (:func:`_describes_a_person`). A word of another name ("Google boss") is no title."""
    found: set[str] = set()
    for doc in docs:
        for t in doc:
            if not t.is_alpha or t.ent_type_ or t.pos_ not in _NOUNS:
                continue
            head = t.head
            apposed = t.dep_ == "appos" and head.ent_type_ == "PERSON" and head.i < t.i
            if apposed or _title_before_name(t):
                found.add(t.lemma_.lower())
    return frozenset(found)


def _title_before_name(token: Token) -> bool:
    """Whether a noun stands right before a person's name and the parse links the two either way: the noun
    modifies the name ("*Tycoon* Ray Moss") or the name is set beside the noun ("Pop *idol* Tom Hart", the
    name read as the noun's apposition)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].ent_type_ != "PERSON":
        return False
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return True
    name = doc[token.i + 1]
    while name.dep_ == "compound" and name.head.ent_type_ == "PERSON" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "appos" and name.head.i == token.i


def _label_on_a_person(token: Token, people: frozenset[str]) -> bool:
    """bias25a: whether a label noun set before a noun for a person ("A *love rat* footballer bombarded his
    ex ..., a court heard") is the writer's epithet for the one the clause is about, not the speaker's
    claim; as the predicate ("said he was a love rat") it stays the speaker's."""
    head = token.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i > head.i:
        head = head.head
    noun = head.lemma_.lower()
    return (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and head.pos_ == "NOUN"
        and head.i > token.i
        and head.dep_ in _ARGUMENTS
        and (noun in people or (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES)))
        and not _in_marks(token)
    )


def _title_on_name(token: Token) -> bool:
    """Whether a common noun is part of a title set before a person's name ("pop *sensation* Kayla Rhodes",
    "serial *burglar* Darren Pike"): it is the head of the name, or modifies a noun that is."""
    head = token.head
    while head.dep_ == "compound" and head.pos_ == "NOUN" and head.head.i != head.i:
        head = head.head
    return head.pos_ == "PROPN" and head.ent_type_ == "PERSON" and head.i > token.i


def _epithet_nouns(lexicon: BiasLexicon) -> frozenset[str]:
    """The one-word nouns of the label category ("crook", "thug"): words for a person."""
    return frozenset(e.term.lower() for e in lexicon.entries if e.category == "label" and " " not in e.term)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _referring_epithet(token: Token, epithets: frozenset[str], modifier: Token | None = None) -> bool:
    """r2b24: whether an epithet inside reported speech (or a ``modifier`` of it: "the *brazen* crook", the
    adjective often misread as a compound) is the writer's way of referring to someone ("Police said *the
    thug* had fled"): "the" and a singular noun in an argument's place pick out the one person the clause
    is about; as its predicate ("said he was a thug") the label is the speaker's claim, and a plural ("the
    squeeze on the bigots") is a kind the speaker picks out."""
    if modifier is not None and (modifier.dep_ not in ("amod", "compound") or modifier.head.i != token.i):
        return False
    return (
        token.tag_ == "NN"
        and token.lemma_.lower() in epithets
        and token.dep_ in _ARGUMENTS
        and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children)
        and not _in_marks(token)
    )


def _in_marks(token: Token) -> bool:
    """Whether a noun sits between quote marks: an odd count of double marks before it in its sentence, or a
    mark of any kind opening its own phrase ("members of the 'metropolitan elite'")."""
    before = token.doc.text[token.sent.start_char : token.idx]
    if sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1:
        return True
    phrase = token.doc.text[token.left_edge.idx : token.idx]
    return any(q in phrase for q in ("'", "‘", '"', "“"))


def _identified(noun: Token) -> bool:
    """Whether a noun names someone in particular: a definite determiner, a possessor, a name beside it.
    "The *disgraced* banker" is someone the writer describes; in "Li said *greedy* bankers were to blame" or
    "a fondness for *brutal* leaders" the people are a kind the speaker's claim picks out, so the word is
    the claim's."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "the notorious gangster Li": the name's
        noun = noun.head
    return noun.pos_ == "PROPN" or any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE)
        or c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.children
    )


def _describes_a_named_place_or_event(token: Token) -> bool:
    """Whether a word modifies the name of a place or an event ("in *devastated* Gaza City", "the *troubled*
    Olympics"): as with a person, the writer's description of where or what is reported is not the claim."""
    head = token.head
    return token.dep_ == "amod" and head.pos_ == "PROPN" and head.ent_type_ in _DESCRIBED_NAMES


_DESCRIBED_NAMES = frozenset({"GPE", "LOC", "FAC", "EVENT"})


def negation(doc: Doc, start: int, sent_start: int, lexicon: BiasLexicon) -> tuple[int, int, bool] | None:
    """The word negating the token at ``start`` (a ``neg`` dependent, or a negator up to two words before) as
    its token span, and whether it negates the word itself (adj30): a ``neg`` on the word or on the verb it is
    the predicate of ("the move was not *unprecedented*"), or a negator before it with only determiners and
    modifiers between ("hardly a *disaster*", "not a huge *scandal*"), not one on a verb the word is the
    object of ("did not repeat the *smears*"), which leaves the word's own judgement standing.

    adj30: "not" before a focus word (``negator_focus``: "not only *unprecedented* but ...", "not just
    *dramatic*") adds, and a negated auxiliary before its subject asks or exclaims ("Isn't it *extraordinary*
    that ...?", "Never has the country seen such *chaos*"): neither negates the word.
    """
    tok = doc[start]
    for cand in (tok, tok.head) if tok.dep_ in {"acomp", "attr", "xcomp"} else (tok,):
        for child in cand.children:
            if child.dep_ == "neg":
                if _focus_after(doc, child.i, lexicon) or _inverted(cand, child):
                    return None
                return child.i, child.i + 1, True
    # marks27: a negator of two words ("far from a sham") counts as one, ending in the same window
    phrases = [w.split() for w in lexicon.negators]
    for k in range(start - 1, max(sent_start, start - 3) - 1, -1):
        for words in phrases:
            first = k - len(words) + 1
            if first >= sent_start and all(doc[first + j].lower_ == w for j, w in enumerate(words)):
                if _focus_after(doc, k, lexicon) or (
                    first == sent_start and _inverted(doc[first].head, doc[first])
                ):
                    return None
                between = doc[k + 1 : start]
                return first, k + 1, all(t.pos_ in _MODIFIERS for t in between)
    return None


_MODIFIERS = frozenset({"DET", "ADV", "ADJ", "NUM"})


def negator_index(found: tuple[int, int, bool] | None, start: int) -> int | None:
    """The index of a one-word negator before the token at ``start`` that negates it ("*hardly* a
    disaster"), from what :func:`negation` ``found`` for it: that negator and the word are one judgement,
    not two."""
    if found is None or found[1] - found[0] != 1 or found[0] > start or not found[2]:
        return None
    return found[0]


def _focus_after(doc: Doc, i: int, lexicon: BiasLexicon) -> bool:
    """Whether the negator at ``i`` is "not" before a focus word: "not only", "not just" add, not negate."""
    return i + 1 < len(doc) and doc[i + 1].lower_ in lexicon.negator_focus


def _inverted(verb: Token, negator: Token) -> bool:
    """Whether a negated verb's auxiliary comes before its subject: a question ("Isn't it ...?") or an
    emphatic inversion ("Never has the country seen ..."), which assert the word rather than deny it."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    auxes = [verb] if verb.pos_ == "AUX" else []
    auxes += [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return negator.i < subjects[0] and any(a.i < subjects[0] for a in auxes)


def label_refused(token: Token, lexicon: BiasLexicon) -> str | None:
    """adj30: the word that keeps a label from being given, when ``token`` is in a labelling verb's slot
    ("did *not* call the killings genocide", "*refused* to brand them thugs", "stopped short of calling the
    plan unaffordable"): the word is mentioned, applied by no one.

    Args:
        token: A word of a hit (the slot word or a modifier of it).
        lexicon: Supplies the labelling verbs, ``refusal_verbs``.
    """
    naming = lexicon.verdict_verbs | lexicon.naming_verbs
    judging = lexicon.verdict_as_verbs | lexicon.labelling_verbs | lexicon.as_labelling_verbs
    slot = token
    for _ in range(2):
        if slot.dep_ in ("amod", "compound", "det", "conj") and slot.head is not slot:
            slot = slot.head
    verb = None
    head = slot.head
    if head.lemma_.lower() in naming and (
        slot.dep_ in ("oprd", "ccomp", "xcomp")
        # "called the killings genocide" read as two objects: the second is the label
        or (slot.dep_ == "dobj" and any(c.dep_ in ("dobj", "dative") and c.i < slot.i for c in head.children))
    ):
        verb = head
    elif head.lower_ == "as" and head.dep_ == "prep":
        on = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
        verb = on if on.lemma_.lower() in naming | judging else None
    if verb is not None:
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            # "Nobody would call it *shocking*", "no critic called it *unaffordable*"
            if subject.lower_ in lexicon.negative_pronouns or any(
                c.dep_ == "det" and c.lower_ in lexicon.negators for c in subject.children
            ):
                return subject.text
    node = verb
    for _ in range(5):
        if node is None:
            break
        for child in node.children:
            if child.dep_ == "neg":
                return child.text
        if node is not verb and node.lemma_.lower() in lexicon.refusal_verbs:
            return node.text
        if node.dep_ not in ("xcomp", "pcomp", "prep", "acomp", "advmod") or node.head is node:
            break
        node = node.head
    return None
