"""The speaker of a reporting frame: the subject or agent of its verb, read through the parse's misreadings
(a subject taken for a conjunct, a name for an adverb, a pronoun for its referent); and questions
(:func:`asked`), whose asker is read the same way and whose paragraphs tell an interview's interviewer
(:func:`interviewer_turns`): the two read each other, so they share this module."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import (
    _ASKING_MARKS,
    _FIRST_PERSON,
    _NAMED_TYPES,
    _NOUNS,
    _OPEN_MARKS,
    _SUBJECTS,
    _VERBS,
    _as_written,
    _clause_tokens,
    _comma_participle,
    _counted,
    _indefinite,
    _is_agent,
    _is_passive,
    _is_question,
    _named_by_speaker_passes,
    _reported,
    _thing_noun,
    _to_infinitive,
)
from tasks.attribution.holders import (
    _age_description,
    _lone_group,
    _lone_organisation,
    _lone_person,
    _owner,
    _partitive,
    _sentence_subject,
    _without_possessive,
    _words_for_a_person,
)
from tasks.attribution.interviewees import (
    _ADDRESSED,
    _MIN_ADDRESSED,
    _MIN_QUESTIONS,
    _PAPER_MET,
    _QUESTION_PARAGRAPH,
    _interviewee,
)
from tasks.entities import without_dangling_word
from tasks.models import Quote, Speaker
from tasks.quote_context import joined_to_report, paragraph_spans


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
        and (noun.dep_ == "ROOT" or _after_dateline(noun))
        and noun.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _after_dateline(noun: Token) -> bool:
    """voicefix30: whether the parse hung a sentence's subject on its dateline ("FARGO, N.D. (AP) — Wade
    Corliss called ..."), as an apposition of the place at the root across the dash."""
    root = noun.head
    return (
        noun.dep_ == "appos"
        and root.dep_ == "ROOT"
        and root.i < noun.i
        and any(t.text in _DATELINE_DASHES for t in noun.doc[root.i + 1 : noun.left_edge.i])
    )


_DATELINE_DASHES = frozenset({"—", "–", "--"})
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


_THING_RELATIVES = frozenset({"that", "which"})
# verbs of putting out ("sign": voice10, "signed a letter branding the reforms a betrayal")
# voicefix30: and those that put out an advertisement ("airing an ad that calls her ...")
_ISSUING = frozenset(
    {"issue", "release", "publish", "post", "send", "write", "put", "sign", "air", "run", "launch", "unveil"}
)
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
        if found is None and noun.head.dep_ == "xcomp":
            # voicefix30: "a super PAC began airing an ad calling her ...": the subject of the verb above
            found = next((c for c in noun.head.head.children if c.dep_ in _SUBJECTS), None)
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


_COLON_LINE = re.compile(r"(?m)^[ \t]*(?P<head>[^:\n]{1,60}?)[ \t]*:[ \t]+(?P<said>\S[^\n]*)")
_ANSWER = re.compile(r"(?m)^[ \t]*A[ \t]*(?::[ \t]*|\.[ \t]+)(?P<said>\S[^\n]*)")  # "A: ..." or "A. ..."
_QUESTION = re.compile(r"(?m)^[ \t]*Q(?:\b|(?=[A-Z]))")  # "Q:", "Q.", or "QWhy ..." with its colon lost
_MIN_ANSWERS = 2  # one "A:" line could be anything; an interview has several


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


_WH_RELATIVES = frozenset({"who", "that", "which"})
# prepositions whose gerund is what the clause's subject does ("by insisting", "after claiming")
_GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "when", "since"})
# deps a gerund's prepositional phrase climbs through to the verb whose subject does it
_CONTROL_DEPS = frozenset({"xcomp", "conj", "advcl"})


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


_MEDIUM_OWNER_PREPS = frozenset({"from", "by", "of"})


def _medium_owner(medium: Token) -> Token | None:
    """Who speaks in a statement, a post or a letter: its possessor ("the union's statement"), the noun
    before it ("a union statement"), or its "from" / "by" / "of" phrase ("a statement from the union")."""
    for c in medium.children:
        if c.dep_ == "compound" and c.i == medium.i - 1 and c.lower_ in _MEDIUM_KINDS:
            continue  # voicefix30: "an attack ad from the Hale campaign": what kind of ad, not whose
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i == medium.i - 1):
            return c
        if c.dep_ == "prep" and c.lower_ in _MEDIUM_OWNER_PREPS:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# voicefix30: nouns before a medium that say what kind it is ("an attack ad", "a video message", "a radio
# spot"), not who put it out
_MEDIUM_KINDS = frozenset(
    {"attack", "video", "radio", "television", "tv", "online", "print", "press", "campaign"}
)
