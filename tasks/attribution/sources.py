"""Reports whose source is not the subject of a speech verb: hearsay and passive reporting ("It was
claimed that"), sourced claims ("according to X"), a body's findings, evidence a court heard, and a
trailing speech participle's clause."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from tasks.attribution.clauses import (
    _CLAUSE_SUBJECTS,
    _FIRST_PERSON,
    _PASSIVE_SUBJECTS,
    _PREDICATE_DEPS,
    _SUBJECTS,
    _clause_tokens,
    _comma_participle,
    _has_agent,
    _is_passive,
    _is_question,
    _reported,
    _runs,
    _trimmed,
)
from tasks.attribution.frame_speakers import _medium_owner, _prepositional_gerund_doer, _speaker, _speaker_of
from tasks.attribution.holders import _owner, _sentence_subject
from tasks.models import Quote
from tasks.quote_context import obliged_saying

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
    """Yield the clause a report, an inquiry or a court "found" (or a court "held", "ruled", "concluded") as
    that body's finding.

    Args:
        doc: A parsed article.
        quotes: The extractor's quotes: a finder the quote layer resolved keeps its canonical name.
        verbs: Lemmas of verbs of finding ("find", "hold", "rule", "conclude").
        bodies: Lemmas of nouns for reports and bodies whose findings are reported ("report", "inquiry").

    Notes:
        "An independent report found he had *bullied* staff": the charge is the report's conclusion, which
        the writer attributes, not states. Only the clause complement counts, with such a body as the
        subject: "the court found him guilty" has none, and "she found the town charming" is someone's own.
        court30: a court's other verbs of decision frame its finding the same way ("The judge *held* that
        the article was defamatory", "the tribunal *ruled* the dismissal was unfair").
    """
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or not _finding_body(subject, bodies):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        tokens = _without_opening_phrase(_clause_tokens(clause), clause)
        if tokens:
            yield _reported(doc, tokens, verb, _owner(subject, quotes))


def _finding_body(subject: Token, bodies: frozenset[str]) -> bool:
    """Whether a finder is a body of ``bodies`` ("the court", "the inquiry") or a person named with such a
    title (court30: "Mr *Justice* Nicklin held that ...", "*Judge* Jo Li ruled that ...")."""
    if subject.lemma_.lower() in bodies:
        return True
    return subject.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.lemma_.lower() in bodies for c in subject.children
    )


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
