"""Indirect speech: the clause a speech verb reports, trimmed of asides, times of saying and the writer's
own adjuncts; which verbs report speech at all."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from tasks.quote_context import (
    SUBJECT_DEPS,
    Candidate,
    Context,
    apposed_subject,
    inverted_speaker_read_as_report,
    obliged_saying,
    quote_mark,
    subject_of,
    trim,
    without_consequence,
    without_fronted_adjunct,
    without_next_act,
    without_other_report,
)
from tasks.quotes.marks import _SCENE_OPENERS
from tasks.summary import dateline_end, load_summary_lexicon


def _reported(ctx: Context) -> list[Candidate]:
    """Indirect quotes: the clausal complement of a reported-speech verb, outside quotes."""
    out: list[Candidate] = []
    doc = ctx.tokens
    for verb in doc:
        if not ctx.is_cue(verb) or not reports_speech(verb):
            continue
        subject = subject_of(verb, ctx.quote_of)
        apposed = apposed_subject(verb, ctx.quote_of)
        for comp in map(_past_addressee, _complements(verb, ctx.cues.content_nouns)):
            if verb.lemma_.lower() not in ctx.cues.reported_speech:
                break
            if (
                _main_clause(doc, verb, comp)
                or _scene_clause(doc, verb, comp)
                or _absolute_phrase(doc, verb, comp)
                or _name_particle(doc, comp)
            ):
                continue
            if comp.i < verb.i and apposed is not None and subject == apposed:
                cut = range(apposed.left_edge.i - 1, apposed.right_edge.i + 1)  # the speaker, not the report
            elif comp.i < verb.i and subject is not None and _within(subject, comp):
                continue  # "A man staying at the hotel, ..., said": the subject's phrase, misread as a report
            elif comp.i < verb.i and not _comma_after(doc, comp, verb, subject):
                continue  # "..., the official said" needs its comma; anything else is a misparse
            else:
                cut = range(0)
            if comp.i < verb.i and _relative_read_as_report(comp):
                continue  # "One resident, whose school closed, said": a relative clause read as a report
            if comp.i < verb.i and _adjunct_read_as_report(comp):
                continue  # "In a statement read to the court, Mr Li said:": where he said it, not what
            if comp.i > verb.i and inverted_speaker_read_as_report(verb) in set(comp.children):
                continue  # '"...," said one aide, who ... spoke on condition of anonymity': the speaker
            if _bracketed_aside(doc, verb, comp):
                continue  # 'said Ella Brooks, from Bromley (she now works from home)': the writer's aside
            if _free_relative(comp) and verb.lemma_.lower() not in ctx.cues.addressee_verbs:
                continue  # "blamed them for adding what he called 'poison pills'": a thing, not words
            tokens = [
                t
                for t in comp.subtree
                if t.i not in cut
                and not (t.dep_ == "mark" and t.head.i == comp.i and t.i < comp.i)
                # a stranded clause's "that" (a bare report opens with its subject: "told them she ..."), or
                # a complementizer the parse misread ("said in an email that his client ...": "that" dobj)
                and not (
                    t.i == comp.left_edge.i
                    and t.lower_ == "that"
                    and (comp.head.i != verb.i or (t.tag_ == "IN" and t.i > verb.i))
                )
            ]
            while tokens and (tokens[0].is_punct or tokens[0].is_space):
                tokens.pop(0)
            tokens = without_next_act(tokens, comp, ctx.is_cue)
            tokens = without_other_report(tokens, comp, ctx.is_cue)
            verbs = ctx.cues
            tails = verbs.consequence_participles | verbs.omission_participles | verbs.conduct_participles
            tokens = without_consequence(tokens, comp, tails)
            tokens = without_fronted_adjunct(tokens, comp)
            tokens = _without_when_said(tokens, verb)
            tokens = _without_time_of_saying(tokens, verb, comp)
            if _manner_adverb(tokens, verb):
                continue
            # A clause whose verb lies between quote marks is a quote of its own, unless the clause opens
            # outside them ('said further details would be "released in due course."').
            if not tokens or (ctx.quote_of[comp.i] >= 0 and ctx.quote_of[tokens[0].i] >= 0):
                continue
            start = tokens[0].idx
            end = tokens[-1].idx + len(tokens[-1].text)
            start, end = _close_quotes(ctx, start, end)
            start = max(start, _dateline_cut(ctx.text, start, end))
            start, end = trim(ctx.text, start, end)
            piece = out[-1] if out else None
            if piece is not None and piece.cue is verb and ctx.text[piece.end : start] in _WORD_HYPHENS:
                # "said he had co-operated": the parse split one word into clauses
                piece.end = max(piece.end, end)
                continue
            if end > start:
                out.append(
                    Candidate(
                        start,
                        end,
                        "indirect",
                        ctx.sent_of[comp.i],
                        verb,
                        subject,
                        verb.text,
                    )
                )
        if (aside := _aside_clause(ctx, verb)) is not None:
            out.append(aside)
        if verb.lemma_.lower() in ctx.cues.describe_verbs:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            if obj is not None and as_ is not None and ctx.quote_of[as_.i] < 0 and obj.i < as_.i:
                last = as_.right_edge
                start, end = _close_quotes(ctx, obj.left_edge.idx, last.idx + len(last.text))
                start, end = trim(ctx.text, start, end)
                if end > start:
                    sent = ctx.sent_of[verb.i]
                    out.append(
                        Candidate(
                            start, end, "indirect", sent, verb, subject_of(verb, ctx.quote_of), verb.text
                        )
                    )
    return out


_TIME_LABELS = frozenset({"DATE", "TIME"})


_WORD_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _past_addressee(comp: Token) -> Token:
    """ "told BBC Radio Leeds the club should have ...": the parse made the addressee's last word the reported
    verb, the report a clause of that word's; a name right after the speech verb is whom it was told to."""
    verb = comp.head
    if comp.pos_ != "VERB" or not comp.ent_type_ or comp.ent_type_ in _TIME_LABELS or comp.i < verb.i:
        return comp
    if any(not t.ent_type_ for t in comp.doc[verb.i + 1 : comp.i + 1]):
        return comp
    return next((c for c in comp.children if c.dep_ == "ccomp" and c.i > comp.i), comp)


def _without_when_said(tokens: list[Token], verb: Token) -> list[Token]:
    """A reported clause without the day of the saying that the parser hung on it: "told reporters
    Thursday the numbers were concerning" reports "the numbers were concerning" ("said Tuesday's vote was
    rigged" keeps its subject)."""
    if not tokens or tokens[0].ent_type_ not in _TIME_LABELS:
        return tokens
    after = max((c.right_edge.i for c in verb.children if c.dep_ in ("dobj", "dative")), default=verb.i)
    if tokens[0].i != after + 1:
        return tokens
    k = 0
    while k < len(tokens) and tokens[k].ent_iob_ != "O" and tokens[k].ent_type_ in _TIME_LABELS:
        k += 1
    if k == len(tokens) or not any(t.dep_ in ("npadvmod", "advmod") for t in tokens[:k]):
        return tokens
    if tokens[k].tag_ == "POS" or tokens[k].is_punct:
        return tokens
    return tokens[k:]


def _scene_clause(doc: Sequence[Token], verb: Token, comp: Token) -> bool:
    """'told the jury he had never lied, as he took the stand in his own defence': a second clause after the
    report, set off by a comma and opened by "as"/"when"/"while", sets the scene of the saying (the parser
    may hang it on the verb as a report of its own)."""
    first = comp.left_edge
    if comp.i < verb.i or first.lower_ not in _SCENE_OPENERS or first.i == 0 or doc[first.i - 1].text != ",":
        return False
    return any(c.dep_ == "ccomp" and c.i < first.i and c.i > verb.i for c in verb.children)


def _absolute_phrase(doc: Sequence[Token], verb: Token, comp: Token) -> bool:
    """'"...," she said, her voice breaking, "...": a participle with a subject of its own and no auxiliary,
    set off by a comma after the verb, describes the speaker as they speak; it is not what was said."""
    if comp.i < verb.i or comp.tag_ != "VBG" or any(c.dep_ in ("aux", "mark") for c in comp.children):
        return False
    if not any(c.dep_ == "nsubj" for c in comp.children):
        return False
    first = comp.left_edge
    return first.i > 0 and doc[first.i - 1].text == ","


def _name_particle(doc: Sequence[Token], comp: Token) -> bool:
    """'a climatologist at the University of Rio Grande do Sul': a lower-case word between two capitalised
    words of a name, read as a verb with no subject of its own, is a particle of the name ("do", "da"), not
    a report."""
    if comp.i == 0 or comp.i + 1 >= len(doc) or not comp.is_lower:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in comp.children):
        return False
    before, after = doc[comp.i - 1], doc[comp.i + 1]
    return (
        before.pos_ == "PROPN"
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.head.i == comp.i
    )


def _within(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def _dateline_cut(text: str, start: int, end: int) -> int:
    """Where a reported clause opening the body starts once the dateline is cut off: 'LONDON, March 4
    (Reuters) - Acme will cut 900 jobs, the company said' reports no "LONDON, March 4 (Reuters)"; 0 when
    the clause does not open the body or the body has no dateline (the summary's patterns)."""
    if text[:start].strip():
        return 0
    cut = dateline_end(text, lexicon=load_summary_lexicon())
    return cut if cut < end else 0


def _relative_read_as_report(comp: Token) -> bool:
    """Whether a clause before a speech verb is a relative clause the parse made its report: two subjects
    ("resident", "school") and a relative word before the verb ("One resident, whose school closed, said
    it was unfair"). A report put first has one subject of its own."""
    relative = any(t.lower_ in {"who", "whose", "which"} for t in comp.subtree if t.i < comp.i)
    return relative and sum(c.dep_ in SUBJECT_DEPS for c in comp.children) > 1


def _without_time_of_saying(tokens: list[Token], verb: Token, comp: Token) -> list[Token]:
    """A reported clause without the time the parse hung on it from right after the speech verb: in "Atlas
    said on Monday it would buy jets" the day is when Atlas said it, and what was said opens with "it"; so
    after whom it was told to ("told reporters on Friday he would resign") and before a passive or "there"
    subject ("said on Monday they had been betrayed")."""
    told = max((c.right_edge.i for c in verb.children if c.dep_ in ("dobj", "dative")), default=verb.i)
    if not tokens or tokens[0].i != told + 1 or tokens[0].pos_ != "ADP" or tokens[0].head.i != comp.i:
        return tokens
    prep = tokens[0]
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects or any(c.ent_type_ not in _TIME_LABELS for c in objects):
        return tokens
    after = prep.right_edge.i + 1
    rest = [t for t in tokens if t.i >= after]
    if not rest or rest[0].dep_ not in _CLAUSE_SUBJECTS or rest[0].head.i != comp.i:
        return tokens
    return rest


_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _bracketed_aside(doc: Sequence[Token], verb: Token, comp: Token) -> bool:
    """A clause in brackets that the speech verb stands outside of: the writer's aside, not what was said."""
    first = comp.left_edge
    opening = first if first.text in ("(", "[") else doc[first.i - 1] if first.i > 0 else None
    if opening is None or opening.text not in ("(", "["):
        return False
    return verb.i < opening.i or verb.i > comp.right_edge.i


def _free_relative(comp: Token) -> bool:
    """A clause that opens with "what" as its own verb's object ("adding what he called 'poison pills'",
    "described what she saw") names a thing, not words given: no report. A question verb's is an indirect
    question ("asked what he meant"), kept by the caller."""
    first = comp.left_edge
    return first.lower_ in ("what", "whatever") and first.dep_ == "dobj" and first.head.i == comp.i


def _adjunct_read_as_report(comp: Token) -> bool:
    """A phrase before the speech verb that the parse made its clause though it has no subject and opens with
    a preposition ("In a statement read to the court, ...", "At a briefing held in Cairo, ..."): it says where
    or how the words were given, a fronted report has a subject of its own ("Prices will rise, she said")."""
    return comp.left_edge.pos_ == "ADP" and not any(c.dep_ in SUBJECT_DEPS for c in comp.children)


def _complements(verb: Token, content_nouns: frozenset[str]) -> list[Token]:
    """The clauses a speech verb reports: its own ``ccomp`` children, or else a "that" clause the parser
    stranded on a noun of a phrase between the verb and the clause ("told investors during a call on Tuesday
    that ...", "said at the hearing that ..."): who was told, when and where, then what was said. A clause
    on one of ``content_nouns`` is that noun's ("pleaded not guilty to charges that he took bribes")."""
    own = [c for c in verb.children if c.dep_ == "ccomp"]
    if own or any(c.dep_ == "xcomp" for c in verb.children):
        return own  # an infinitive after the verb is an order ("told them to leave"), not a report
    stranded = [
        t
        for t in verb.subtree
        if t.i > verb.i
        and t.dep_ in _STRANDED_DEPS
        and (t.head.pos_ in ("NOUN", "PROPN") or _participle(t.head))
        and t.head.lemma_.lower() not in content_nouns
    ]
    return [
        t for t in stranded if (_that_clause(t) and _adjunct_path(t.head, verb)) or _bare_report(t, verb)
    ][:1]


def _bare_report(clause: Token, verb: Token) -> bool:
    """ "told the meeting she had been rushed to hospital": a clause with no "that", read as a relative
    clause on who was told, is what was said when a personal pronoun opens it as its subject and the clause
    is complete (passive, or with an object or complement of its own): "told the man she met" has a gap."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in ("dobj", "dative") or clause.head.head.i != verb.i:
        return False
    subject = clause.left_edge
    if subject.lower_ not in _REPORT_PRONOUNS or subject.head.i != clause.i:
        return False
    deps = {c.dep_ for c in clause.children if c.i != subject.i}
    return subject.dep_ == "nsubjpass" or (subject.dep_ == "nsubj" and bool(deps & _OWN_COMPLEMENT))


_REPORT_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it"})


# How the parser hangs a "that" clause it misreads as a noun's: relative clause, clausal modifier, complement.
_STRANDED_DEPS = frozenset({"relcl", "acl", "ccomp"})


# What may lie on the way from the speech verb down to that noun: who was told, when, where, in what.
_ADJUNCT_DEPS = frozenset({"dobj", "dative", "prep", "pobj", "npadvmod", "compound", "agent", "acl", "appos"})


# Prepositions that give a topic ("told reporters about the claim that ..."): the clause is the topic's.
_TOPIC_PREPS = frozenset({"about", "of", "over", "regarding", "concerning"})


def _participle(token: Token) -> bool:
    """ "an email *seen* by Reuters": a participle modifying a noun of the phrase."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def _that_clause(clause: Token) -> bool:
    """Whether a clause opens with "that" as a conjunction, not a relative pronoun: it has its own subject,
    and its verb its own object or complement ("... at the plant that the firm had cut *output*"), so "that"
    fills no gap of its own ("at the depot that the council had sold" is a relative clause, however the
    parser marks "that")."""
    that = clause.left_edge
    if that.lower_ != "that" or that.head.i != clause.i or that.i <= clause.head.i:
        return False
    deps = {c.dep_ for c in clause.children if c.i != that.i}
    if "nsubjpass" in deps or clause.lemma_ == "be":
        return "nsubj" in deps or "nsubjpass" in deps
    return "nsubj" in deps and bool(deps & _OWN_COMPLEMENT)


# A clause verb's own object or complement after it: with one, a "that" before the clause fills no gap.
_OWN_COMPLEMENT = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd", "dative", "npadvmod", "prt"})


def _adjunct_path(noun: Token, verb: Token) -> bool:
    """Whether a noun hangs on the speech verb through addressee, time and place phrases only; not through a
    topic ("about the report", "of rumours") whose own clause it would be."""
    node = noun
    while node.i != verb.i:
        if node.dep_ not in _ADJUNCT_DEPS or node.i < verb.i:
            return False
        if node.dep_ == "prep" and node.lower_ in _TOPIC_PREPS:
            return False
        if node.dep_ == "acl" and not _participle(node):
            return False  # only a participle ("an email seen by Reuters"), not a clause of its own
        node = node.head
    return True


def _main_clause(doc: Sequence[Token], verb: Token, comp: Token) -> bool:
    """Whether a second clause the parser hangs on a speech verb in a relative clause is the sentence's own
    predicate: "The plan, which critics say is reckless, *passed* on Tuesday" (a relative clause reports
    one clause; the one after its closing comma goes on with the main clause)."""
    if verb.dep_ != "relcl":
        return False
    earlier = [c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < comp.i]
    gap = range(earlier[-1].right_edge.i, comp.left_edge.i) if earlier else range(0)
    return any(doc[k].text == "," for k in gap)


def _comma_after(doc: Sequence[Token], comp: Token, verb: Token, subj: Token | None) -> bool:
    """Whether a clause before its speech verb ends at a comma: the token after it, or its own last token
    when only the verb's subject and its own auxiliaries come between (the parser hangs the comma on the
    clause when it misreads a word there: "..., dos Santos says" with "dos" taken for an auxiliary)."""
    after = comp.right_edge.i + 1
    if after < len(doc) and doc[after].text == ",":
        return True
    if comp.right_edge.text != "," or subj is None or subj.i <= comp.right_edge.i:
        return False
    between = range(after, verb.i)
    phrase = range(subj.left_edge.i, subj.right_edge.i + 1)
    return all(i in phrase or (doc[i].head.i == verb.i and doc[i].dep_ == "aux") for i in between)


def _manner_adverb(tokens: Sequence[Token], verb: Token) -> bool:
    """Whether a "clause" is one -ly word after its verb: a manner adverb the parser hung as a complement
    ('the mayor said stiffly'); how something was said is the writer's description, not what was said."""
    if len(tokens) != 1:
        return False
    word = tokens[0]
    return word.i > verb.i and word.lower_.endswith("ly") and not word.n_rights


def _aside_clause(ctx: Context, verb: Token) -> Candidate | None:
    """'There are people spreading fear, he said, though he named no one': a speech verb the parser hung as
    an aside (``parataxis``, or ``advcl`` when it ends the sentence: '..., she said.') on the clause around
    it. That clause is what was said: up to the comma before the aside, and on past the aside when the
    clause goes on after it ('It was, they added, a gamble'; 'The plan, he said, is a gamble'). The verb
    must have a subject, and the clause its own verb outside the aside."""
    head = verb.head
    if verb.lemma_.lower() not in ctx.cues.reported_speech or not _aside_like(ctx, verb):
        return None
    subject = subject_of(verb, ctx.quote_of)
    first, comma = head.left_edge, _aside_start(verb) - 1
    if subject is None or comma <= first.i or ctx.tokens[comma].text != ",":
        return None
    last = ctx.tokens[comma - 1]
    rest = _clause_after_aside(ctx, head, verb)
    if head.i > verb.i and rest is None:
        return None  # the clause's verb comes after the aside but no clause goes on there: a misparse
    if rest is not None:
        last = rest
    marked = [i for i in range(first.i, last.i + 1) if ctx.quote_of[i] >= 0 and not quote_mark(ctx.tokens[i])]
    if marked and (rest is None or marked[0] <= comma):
        return None  # a quote with its attribution after it: found between its marks
    start, end = _close_quotes(ctx, first.idx, last.idx + len(last.text))
    start, end = trim(ctx.text, start, end)
    if end <= start:
        return None
    text = None
    if rest is not None:
        # 'The plan, she said, would cost $5 million': what was said, without the aside
        after = ctx.tokens[verb.right_edge.i + 1 : rest.i + 1]
        resumed = next((t for t in after if not t.is_punct), None)
        before = ctx.text[start : ctx.tokens[comma].idx].rstrip()
        if not any(ch.isalnum() for ch in before):
            return None  # nothing said before the aside (" ,c told ,a"): no clause it interrupts
        if resumed is not None:
            text = before + " " + ctx.text[resumed.idx : end]
    return Candidate(start, end, "indirect", ctx.sent_of[head.i], verb, subject, verb.text, text=text)


def _aside_like(ctx: Context, verb: Token) -> bool:
    """Whether a speech verb stands as an aside on another clause: ``parataxis``, or an ``advcl`` with no
    conjunction of its own ("as she said" is not one) and nothing but punctuation after it in its sentence."""
    if verb.dep_ == "parataxis":
        return True
    start = _aside_start(verb)
    # "Farmers could face prosecution, a committee of MPs has warned.": the parser may join the trailing
    # attribution to the clause as a conjunct; with no "and" / "but" to join them it is still an aside
    joined = (
        verb.dep_ == "conj"
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        and not any(
            c.dep_ in ("cc", "preconj") and c.i < verb.i for c in (*verb.children, *verb.head.children)
        )
    )
    if (
        (verb.dep_ != "advcl" and not joined)
        or verb.head.i >= verb.i
        or any(c.dep_ == "mark" and c.i >= start - 1 for c in verb.children)
    ):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # "Veltron cut jobs, warning of weak demand": the subject's next act, not an aside
    end = verb.sent.end
    return all(t.is_punct or t.is_space for t in ctx.tokens[verb.right_edge.i + 1 : end])


# What the clause's verb needs to be said at all: a clause going on past an aside with one of these is
# still what was said ("It was, they added, *a gamble*").
_CLAUSE_CORE = frozenset({"attr", "acomp", "dobj", "ccomp", "xcomp", "oprd", "nsubj", "dative", "agent"})


def _aside_start(verb: Token) -> int:
    """Where an aside starts: at its subject when that comes first ('she said'), else at the verb ('said
    Holan'); the parser may hang more of the sentence on the verb, so its left edge will not do."""
    before = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return before[-1].left_edge.i if before else verb.i  # the nearest: a misparse may hang two


def _clause_after_aside(ctx: Context, head: Token, verb: Token) -> Token | None:
    """The last token of the clause that goes on after an aside ('It was, they added, *a gamble*'), without
    its closing punctuation; None when the clause ends before the aside. The aside must be set off by a
    comma after it too."""
    after = verb.right_edge.i
    if ctx.tokens[after].text != ",":  # the comma may hang on the aside's verb or on the clause
        after += 1
    if head.i < verb.i and not any(c.i > after and c.dep_ in _CLAUSE_CORE for c in head.children):
        return None  # only an adverbial goes on ('..., she said, though she named no one'): the writer's
    last = head.right_edge
    while last.i > after and (last.is_punct or last.is_space):
        last = ctx.tokens[last.i - 1]
    if last.i <= after or ctx.tokens[after].text != ",":
        return None
    return last


def reports_speech(verb: Token) -> bool:
    """Whether a speech verb reports something said: not negated ("has not said", "can't tell"), not said by
    no one ("Nothing in the plan suggests ...", "No official said ...") nor in its bare form ("to say that
    ...", "attempts to confirm that ..."), unless "do" carries it ("did say") or the habitual "used to"."""
    if any(c.dep_ == "neg" for c in verb.children) or obliged_saying(verb):
        return False  # "It must be said that ...": the writer's own assertion
    if any(c.dep_ in {"nsubj", "nsubjpass"} and _no_one(c) for c in verb.children):
        return False
    return (
        not _bare_form(verb)
        or any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in verb.children)
        or habitual(verb)
    )


def _bare_form(verb: Token) -> bool:
    """voice29b: whether a verb stands in its bare form, by its own tag or that of the first verb it joins:
    in "The council should stop pretending, admit it got this wrong" the parse tags "admit" a present, but
    with no subject of its own it shares the modal of "stop" -- an exhortation, no report of anything said."""
    if verb.tag_ == "VB":
        return True
    if verb.tag_ != "VBP":
        return False  # "would not cut spending but *agreed* ...": a past form is never the bare one
    first = verb
    while first.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in first.children):
        first = first.head
    return (
        first is not verb
        and first.tag_ == "VB"
        and not any(c.dep_ == "aux" and c.lemma_.lower() == "do" for c in first.children)
    )


def habitual(verb: Token) -> bool:
    """A bare verb after the habitual past, "used to boast that ...": said, often, not merely intended."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lower_ == "used"
        and head.tag_ in {"VBD", "VBN"}
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)
    )


def _no_one(subject: Token) -> bool:
    """ "nothing", "nobody", "no one", "none of them", "no official": a subject that names no speaker."""
    if subject.lower_ in {"nothing", "nobody", "none", "noone"}:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _close_quotes(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` so that it does not cut a quotation in half (marks included)."""
    # Only quotations starting from ``start - 1`` on can match, and none after one starting at ``end`` or
    # later (``end`` only grows when one matches): a bisection, not a scan of every quotation per clause.
    for qs, qe in ctx.spans[bisect.bisect_left(ctx.span_starts, start - 1) :]:
        if qs >= end:
            break
        if start <= qs < end < qe + 1:
            end = min(qe + 1, len(ctx.text))
        elif start - 1 <= qs and qs < start < qe <= end:
            start = qs - 1
    return start, end
