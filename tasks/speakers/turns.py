"""Passes that read the speaker off the article's layout and the quotes around: a labelled turn ("A:", "TOMAS
BERG:"), a signature ("― Ana Ruiz"), an interview's questions and answers (:func:`interviewee`), a quote
paragraph carrying on the speaker before it (:func:`continued_speaker`), and the person named, or the
subject, in the sentence before (:func:`named_before`, :func:`subject_before`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Token

from tasks.attribution import (
    QUESTION_LINE,
    break_tie,
    discussed_in_questions,
    is_interviewer,
    met_by_paper,
    reads_as_interview,
    without_discussed,
)
from tasks.models import Entity, Speaker
from tasks.quote_context import SUBJECT_DEPS, Candidate, Context, previous_content, subject_of
from tasks.quotemarks import MARK_CHARS, MAX_SIGNATURE_WORDS, QUOTE_CHARS
from tasks.speakers.people import _is_named, _person_subject, untagged_name
from tasks.speakers.pronouns import _names_in_quote
from tasks.speakers.references import _resolve_pronoun
from tasks.speakers.sieve import (
    Answer,
    Ask,
    Last,
    _index_after,
    _is_speech_word,
    _near,
    _person_named_as,
    _phrase,
    _speaker_of,
)
from tasks.speakers.verbless import _as_speech_subject, _asked_opener, _verbless, _verbless_or_partial

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})


DASHES = frozenset("―—–-")


MAX_CONTINUATION = 3  # content sentences between a quote and a quote paragraph that continues its speaker


MAX_QUESTIONS = 2  # the writer's questions between two quotes that an answer may follow
# After a signature's name: where the signer is from, capitalised words only ("-Jo Li, Springfield, Ill.").
SIGNED_PLACE = re.compile(r"(?:,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}){1,2}[\s.\xa0]*")
# pol29: after a pull quote's signing name, the signer's body ("Jo Li, Center for Policy Studies").
SIGNED_AFFILIATION = re.compile(
    r",\s*[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|for|and|on|the|at))*[\s.\xa0]*"
)
# After a signature's name: what the signer was doing ("-Jo Li, tweeting after the speech").
SIGNED_DOING = re.compile(r"\s*,\s*[a-z]+ing\b")
# Entity labels a signature's words may not carry (the small model tags a surname PRODUCT now and then).
NOT_NAMES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME"})


MAX_AFFILIATION = 40  # characters of a party or place in brackets after a signing name


def _continuation(a: Ask) -> Answer:
    """A quote in the sentence after a quote carries on its speaker (see :func:`continued_speaker`)."""
    cand = _verbless(a)
    return continued_speaker(a.ctx, cand, a.last) if cand is not None else None


def _quoted_predicate(a: Ask) -> Answer:
    """'Jo Li said ... "...". The prime minister "could get a deal if she ..."': a partial quote that holds
    its sentence's verb (outside the quote only a subject phrase, no verb) is the last speaker's words, the
    writer having supplied the subject, in the sentence after that speaker's quote."""
    cand, ctx = a.cand, a.ctx
    if a.subj is not None or cand is None or cand.cue is not None or cand.kind != "partial":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in _near(ctx, cand)):
        return None
    return continued_speaker(ctx, cand, a.last)


def _quote_paragraph(a: Ask) -> Answer:
    """A quote paragraph a few sentences after a quote, no name between (see :func:`continued_speaker`)."""
    cand = _verbless(a)
    return continued_speaker(a.ctx, cand, a.last, adjacent=False) if cand is not None else None


def _signed(a: Ask) -> Answer:
    """'"..." ― Ana Ruiz' or 'Ana Ruiz: "..."' (see :func:`signed_by`)."""
    cand = _verbless_or_partial(a)  # a partial quote too: 'Jo Li (R-Ohio):"..."' may read as one
    ent = signed_by(a.ctx, cand) if cand is not None else None
    return _speaker_of(ent) if ent is not None else None


def _labelled_turn(a: Ask) -> Answer:
    """An interview's answer ("A: ...") or a transcript's turn ("TOMAS BERG: ...") found by its layout, with
    no verb: the label says who speaks (:func:`tasks.quotes.labelled_answers`,
    :func:`tasks.quotes.transcript_turns` record whom in ``ctx.turn_speakers``)."""
    cand = _verbless(a)
    found = a.ctx.turn_speakers.get(cand.start) if cand is not None else None
    return found.model_copy() if found is not None else None


def _qa_turn(a: Ask) -> Answer:
    """An interview set out as questions and answers: see :func:`interviewee`. spk24a: asked before the passes
    that carry on the voice before a question (a question may report someone else: "Amsel once said ... Do
    you agree?"), so only in an article that reads as an interview (:func:`reads_as_interview`), not one
    whose writer asks a question or two of the reader."""
    cand = _verbless(a)
    if cand is None or not reads_as_interview(a.ctx.text):
        return None
    ent = interviewee(a.ctx, cand)
    return _speaker_of(ent) if ent is not None else None


MIN_QUESTIONS = 2  # question paragraphs that make an article a Q&A interview


def interviewee(ctx: Context, cand: Candidate) -> Entity | None:
    """A quote paragraph right after a question paragraph of a Q&A interview (an article with at least
    ``MIN_QUESTIONS`` paragraphs that are the interviewer's questions, quote marks in none) answers for the
    person the introduction is about: the person named most often before the first question (no tie)."""
    plain = _plain_answer(ctx, cand)
    if not (plain or (_opens_paragraph(ctx.text, cand.start) and not _own_attribution(ctx, cand))):
        return None
    questions = [m.start() for m in QUESTION_LINE.finditer(ctx.text)]
    if len(questions) < MIN_QUESTIONS:
        return None
    prev = previous_content(ctx, cand.sent)
    if prev < 0:
        return None
    line = ctx.text.rfind("\n", 0, ctx.tokens[ctx.sent_bounds[prev][0]].idx) + 1
    if line not in questions:
        return None
    counts: dict[str, int] = {}
    people: dict[str, Entity] = {}
    met: set[str] = set()
    for _, i, ent in ctx.named[: bisect.bisect_left(ctx.named_starts, questions[0])]:
        word = ctx.tokens[i]
        if word.dep_ == "compound" and word.head.pos_ == "NOUN" and word.head.i not in ctx.ent_of:
            continue  # "a Gaspé fishing village": a name used as a modifier is not whom the piece is about
        span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent.end else None
        if span is not None and is_interviewer(span):
            continue  # "He spoke to Anna Berg.": who asks, not whom the piece is about
        if ent.label == "PERSON":
            counts[ent.canonical] = counts.get(ent.canonical, 0) + 1
            people.setdefault(ent.canonical, ent)
            if span is not None and met_by_paper(span):
                met.add(ent.canonical)
    counts = without_discussed(counts, discussed_in_questions(ctx.doc, questions[0]))
    top = break_tie(counts, met)
    return people[top] if top is not None else None


def _plain_answer(ctx: Context, cand: Candidate) -> bool:
    """Whether the quote is an interview's answer printed without marks: it opens its line (see
    :func:`tasks.quotes.unmarked_answers`; a quote found by its marks starts after the mark)."""
    return cand.start == ctx.text.rfind("\n", 0, cand.start) + 1


def _answer(a: Ask) -> Answer:
    """ "... ," she said. And if the talks fail? "I don't want to think about that.": the writer's own
    questions between two quotes are turns of an interview, and the quote after them is the answer of the
    speaker before them (at most ``MAX_QUESTIONS`` narrative questions, no one named in them)."""
    cand, ctx, last = _verbless(a), a.ctx, a.last
    if cand is None or last is None or last[1] is None or _own_attribution(ctx, cand):
        return None
    if _plain_answer(ctx, cand):
        return (
            None  # an interview's answer printed plain is the interviewee's (qa-turn), not the last voice's
        )
    sent = previous_content(ctx, cand.sent)
    asked = 0
    while sent >= 0 and ctx.csent(sent) > last[0]:
        lo, hi = ctx.sent_bounds[sent]
        words = [t for t in ctx.tokens[lo:hi] if not t.is_space]
        if not words or words[-1].text != "?" or any(ctx.quote_of[t.i] >= 0 for t in words):
            return None
        if ctx.people_in(sent):
            return None
        asked += 1
        sent = previous_content(ctx, sent)
    return last[1] if 0 < asked <= MAX_QUESTIONS else None


def _named_before_pass(a: Ask) -> Answer:
    """ "Garland said costs will rise." then a quote paragraph (see :func:`named_before`)."""
    cand = _verbless(a)
    ent = named_before(a.ctx, cand) if cand is not None else None
    return _speaker_of(ent) if ent is not None else None


def _subject_before(a: Ask) -> Answer:
    """ "Li did not need much coaxing. \"I'm thankful.\"": see :func:`subject_before`."""
    cand = _verbless(a)
    if cand is None:
        return None
    ent = subject_before(a.ctx, cand)
    if ent is not None:
        return _speaker_of(ent)
    described = _description_subject_before(a.ctx, cand)
    if described is not None:
        # r2s26: 'The commissioner paused. "No. We did not."': the description as a speech verb's subject
        # reads it, and only a person the article names answers (a bare "commissioner" may be anyone)
        found = _as_speech_subject(a, described)
        return found if found is not None and _is_named(a.ctx, found.canonical) else None
    subj = _pronoun_subject_before(a.ctx, cand)
    if subj is None:
        return None
    found = _resolve_pronoun(a.ctx, subj, None, a.history, a.max_lookback)
    if found is None or _names_in_quote(a.ctx, cand, found):
        return None
    return found


def _narrative_before(ctx: Context, cand: Candidate) -> tuple[int, Token | None, Token | None] | None:
    """The sentence a quote that opens its sentence follows in its paragraph, with that sentence's root and
    the root's subject; None when the quote has an attribution of its own, follows a colon (a lead-in of its
    own) or does not open its sentence, or when the sentence before is a link, holds a quote (the passes for
    quotes read it) or ends the paragraph before (whose the quote is, is less sure)."""
    if _after_colon(ctx.text, cand.start) or _own_attribution(ctx, cand):
        return None
    lo = ctx.sent_bounds[cand.sent][0]
    if ctx.text[ctx.tokens[lo].idx : cand.start].strip(" \n" + "".join(MARK_CHARS)):
        return None
    prev = previous_content(ctx, cand.sent)
    if prev < 0 or ctx.link[prev]:
        return None
    plo, phi = ctx.sent_bounds[prev]
    if (
        any(ctx.quote_of[i] >= 0 for i in range(plo, phi))
        or "\n" in ctx.text[ctx.tokens[phi - 1].idx : cand.start]
    ):
        return None
    root = next((t for t in ctx.tokens[plo:phi] if t.dep_ == "ROOT"), None)
    return prev, root, subject_of(root, ctx.quote_of) if root is not None else None


def _pronoun_subject_before(ctx: Context, cand: Candidate) -> Token | None:
    """spk23a: 'He took off his cap. "They treat me like a person here."': the "he"/"she" subject of the
    narrative sentence just before, which names no one, for the quote that opens its sentence and speaks as
    "I"/"we" (an action of the speaker's before the words, as features write it)."""
    found = _narrative_before(ctx, cand)
    if found is None:
        return None
    prev, root, subj = found
    if (
        ctx.people_in(prev)
        or root is None
        or subj is None
        or subj.lower_ not in {"he", "she"}
        or ctx.is_cue(root)
    ):
        return None
    words = [t for t in ctx.tokens if cand.start <= t.idx < cand.end]
    if not any(t.lower_ in FIRST_PERSON for t in words) or any(t.lower_ == subj.lower_ for t in words):
        return None
    return subj


def _description_subject_before(ctx: Context, cand: Candidate) -> Token | None:
    """r2s26: the definite description ("the commissioner") that is the subject of the narrative sentence just
    before a quote speaking as "I"/"we", a sentence that names no one and has no speech verb (as
    :func:`_pronoun_subject_before` reads "he"/"she")."""
    found = _narrative_before(ctx, cand)
    if found is None:
        return None
    prev, root, subj = found
    if ctx.people_in(prev) or root is None or subj is None or ctx.is_cue(root):
        return None
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or not _phrase(ctx, subj).definite:
        return None
    words = [t for t in ctx.tokens if cand.start <= t.idx < cand.end]
    return subj if any(t.lower_ in FIRST_PERSON for t in words) else None


def subject_before(ctx: Context, cand: Candidate) -> Entity | None:
    """A quote that opens its sentence right after a narrative sentence of its paragraph whose main subject
    is a named person, the only person that sentence names: the quote is that person's words ("Li did not
    need much coaxing. "I'm thankful for the invitation.""), as features put a quote after a sentence about
    its speaker.

    Not when the quote has an attribution of its own, follows a colon (a lead-in of its own) or does not
    start its sentence, nor when the sentence before holds a quote (the passes for quotes read it).
    """
    found = _narrative_before(ctx, cand)
    if found is None:
        return None
    prev, _, subj = found
    ent = _person_subject(ctx, subj) if subj is not None else None
    if ent is None or not ctx.people_in(prev) <= {ent.canonical}:
        return None
    # The quote speaks as "I" or "we", and not of the person ("Obama said in his speech ...": someone
    # else's words about that person).
    words = [t for t in ctx.tokens if cand.start <= t.idx < cand.end]
    if not any(t.lower_ in FIRST_PERSON for t in words) or any(
        t.text in ent.canonical.split() or t.lower_ in _pronouns_for(ctx, ent) for t in words
    ):
        return None
    return ent


def _pronouns_for(ctx: Context, ent: Entity) -> frozenset[str]:
    """The third-person pronouns that may stand for ``ent`` in a quote: those of its gender when known ("he"
    in a woman's quote is someone else: "Tom was stubborn, but he was fair"), else all of them."""
    gender = ctx.genders.get(ent.canonical) or ctx.given_genders.get(ent.canonical)
    if gender == "Fem":
        return frozenset({"she", "her"})
    if gender == "Masc":
        return frozenset({"he", "him", "his"})
    return frozenset({"he", "she", "him", "her", "his"})


def continued_speaker(
    ctx: Context, cand: Candidate, last: Last | None, *, adjacent: bool = True
) -> Speaker | None:
    """A quote with no speech verb: the speaker of the quote just before it, or of a ``X said:`` lead-in.

    ``adjacent``: the quote is in the sentence after the last (or the same). Otherwise a quote that makes a
    paragraph of its own continues the last quote's speaker a little further (up to ``MAX_CONTINUATION``
    sentences), as long as no other name comes between the two outside quotes.
    """
    here = ctx.csent(cand.sent)
    if last is None or last[1] is None:
        return None
    if _after_colon(ctx.text, cand.start) and not _manner_lead_in(ctx, cand.start):
        return None  # 'Bush: "..."': a lead-in of its own, even when its name is not recognised
    if _own_attribution(ctx, cand, last[1] if 0 <= here - last[0] <= 1 else None):
        return None
    if _put_to(ctx, cand):
        return None  # 'Li was asked, "..."': put to the last speaker, not said by her
    if _clause_after(ctx, cand):
        return None  # '"...," read one sign.': the quote has a subject of its own, whoever it is
    if _opens_paragraph(ctx.text, cand.start) and _introduced_after(ctx, cand, last[1]):
        return None  # '"...". Those were the words of Jo Li.': the paragraph names its own, new voice
    if 0 <= here - last[0] <= 1:
        return last[1] if adjacent else None
    if adjacent or not 0 <= here - last[0] <= MAX_CONTINUATION or not _opens_paragraph(ctx.text, cand.start):
        return None
    if _names_in_quote(ctx, cand, last[1]):
        return None  # '"If she wants to lead, Jo Li should ..."': words about the speaker, not by her
    k = bisect.bisect_left(ctx.named_starts, last[2])
    while k < len(ctx.named) and ctx.named[k][0] < cand.start:
        if _new_voice(ctx, ctx.named[k][2], ctx.tokens[ctx.named[k][1]], last[1]):
            return None  # someone else is named in between
        k += 1
    if _untagged_voice_between(ctx, last[2], cand.start, last[1]):
        return None
    return last[1]


def _untagged_voice_between(ctx: Context, start: int, end: int, speaker: Speaker) -> bool:
    """spk23a: "Asked whether ..., Emeka shrugged." between a quote and a quote paragraph, "Emeka" a name
    the model did not tag: a subject that may be another person, whose words the paragraph may be."""
    lo = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    first = lo.start if lo is not None else 0
    for token in ctx.doc[first:]:
        if token.idx >= end:
            break
        if token.idx >= start and untagged_name(ctx, token) and token.text not in speaker.canonical.split():
            return True
    return False


def _introduced_after(ctx: Context, cand: Candidate, speaker: Speaker) -> bool:
    """Whether the rest of the quote's paragraph names a person first named there, other than ``speaker``:
    a paragraph that opens with a quote and then introduces someone is that person's quote."""
    line_end = ctx.text.find("\n", cand.end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    k = bisect.bisect_right(ctx.named_starts, cand.end)
    while k < len(ctx.named) and ctx.named[k][0] < line_end:
        ent = ctx.named[k][2]
        k += 1
        if ent.label != "PERSON" or ctx.quote_of[ctx.named[k - 1][1]] >= 0:
            continue
        if ent.canonical.split()[-1] in speaker.canonical.split():
            continue
        if not any(e.canonical == ent.canonical for s, _, e in ctx.named if s < cand.start):
            return True
    return False


def _new_voice(ctx: Context, ent: Entity, token: Token, speaker: Speaker) -> bool:
    """Whether a name between a quote and a quote paragraph may be whose words the paragraph is: another
    person, or anyone else as a clause's subject or agent. The speaker named again, as the subject ("At 25,
    Li was diagnosed ...": the story stays with Li) or not (a pull quote signed "District Attorney Jo Li"),
    or a place or body named in passing ("fear across Canada") hands the paragraph to no one else."""
    if ent.canonical == speaker.canonical:
        return False
    root = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    head = root.root if root is not None else token
    subject = head.dep_ in SUBJECT_DEPS | {"nsubjpass"}
    if ent.label == "PERSON":
        return True
    return subject or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def named_before(ctx: Context, cand: Candidate) -> Entity | None:
    """``Garland said costs will rise.`` then a paragraph that is only a quote: Garland speaks on.

    The sentence before the quote's paragraph must hold exactly one speech verb and its subject must be a
    named person; the quote's own sentences must name no one and have no subject outside the quote.
    """
    if not _opens_paragraph(ctx.text, cand.start) or _own_attribution(ctx, cand):
        return None
    prev = previous_content(ctx, cand.sent)
    if prev < 0:
        return None
    found = ctx.cues_in(prev, prev)
    subj = subject_of(found[0], ctx.quote_of) if len(found) == 1 else None
    if not found:  # a speech verb with no subject of its own: "was asked ... and answered at length."
        lo, hi = ctx.sent_bounds[prev]
        subj = _asked_then_answered([t for t in ctx.tokens[lo:hi] if ctx.is_cue(t)])
    if subj is None:
        subj = _asked_opener(ctx, prev, found)
    ent = ctx.entity(subj) if subj is not None else None
    if ent is None and subj is not None and untagged_name(ctx, subj):
        ent = ctx.surname.get(subj.text) or ctx.person_by_given_name(subj.text, subj.idx)
    if ent is None or ent.label != "PERSON":
        return None
    if _another_party(ctx, prev, ent):
        return None  # "Li asked Ruiz why it failed." then a quote paragraph: either may answer
    return ent


def _asked_then_answered(verbs: Sequence[Token]) -> Token | None:
    """ "Mendes was asked about the defeat and answered at length.": the one asked, who answers in the verb
    joined to the passive one with no subject of its own; None for any other speech verbs."""
    if not verbs or len(verbs) > 2:
        return None
    answered = verbs[-1]
    asked = answered.head
    if answered.dep_ != "conj" or (len(verbs) == 2 and verbs[0].i != asked.i):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in answered.children):
        return None
    return next((c for c in asked.children if c.dep_ == "nsubjpass"), None)


def _another_party(ctx: Context, sent: int, ent: Entity) -> bool:
    """Whether sentence ``sent`` has a person other than ``ent`` as a subject or object outside quotes ("Li
    asked Ruiz whether ...", "Li said Ruiz would answer"): a party to the exchange who may speak next. A
    name in a list or in passing ("sessions in Drayton and Sundre") is none."""
    lo, hi = ctx.sent_bounds[sent]
    for token in ctx.tokens[lo:hi]:
        other = ctx.ent_of.get(token.i)
        if other is None or other.label != "PERSON" or other.canonical == ent.canonical:
            continue
        if ctx.quote_of[token.i] < 0 and token.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"}:
            return True
    return False


def _after_titles(ctx: Context, start: int) -> int:
    """Where a name starts after the titles at ``start`` ("President Barack Obama" -> "Barack Obama")."""
    while _person_at(ctx, start) is None:
        words = list(re.finditer(r"\S+", ctx.text[start : start + 60]))[:3]
        size = next(
            (
                n
                for n in range(len(words) - 1, 0, -1)
                if " ".join(w.group() for w in words[:n]).lower() in ctx.cues.titles
            ),
            0,
        )
        if size == 0:
            break
        start += words[size].start()
    return start


def _person_at(ctx: Context, start: int) -> Entity | None:
    """The PERSON named (outside quotes) from character ``start`` on, if one starts there."""
    k = bisect.bisect_left(ctx.named_starts, start)
    if k < len(ctx.named) and ctx.named[k][0] == start and ctx.named[k][2].label == "PERSON":
        return ctx.named[k][2]
    return None


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _pull_signature(line: str) -> bool:
    """Whether a line is a pull quote's signature carrying the quote's closing mark: a short line of its own
    that ends with the mark ('Jo Li, Policy Institute."'), the mark being its only one."""
    body = line.rstrip()
    return (
        body[-1:] in QUOTE_CHARS
        and sum(ch in QUOTE_CHARS for ch in body) == 1
        and len(body.split()) <= MAX_SIGNATURE_WORDS
    )


def _dashed_person(ctx: Context, start: int) -> Entity | None:
    """The PERSON at ``start`` whose mention took in the signature's dash ("-Jo Li": the tokenizer keeps
    "-Jo" whole), without the dash."""
    ent = _person_at(ctx, start)
    if ent is None or ent.text[:1] not in DASHES:
        return None
    return ent.model_copy(
        update={"text": ent.text[1:], "canonical": ent.canonical.lstrip("".join(DASHES)), "start": start + 1}
    )


def _signature_name(ctx: Context, start: int, titled: bool = False) -> Entity | None:
    """A name the model did not tag on a signature line of its own ("-Jo Li" or "-Jo Li, Springfield."
    after a quote paragraph): two or three capitalised proper nouns, nothing but a place after them. The
    line's layout, not the model, says this is who signs.

    ``titled``: a title came before (``start`` is past it): "-President Li, tweeting after the speech" signs
    with the surname alone, and what the person was doing may follow."""
    k = bisect.bisect_left(ctx.starts, start)
    if k >= len(ctx.tokens) or ctx.tokens[k].idx > start + 1:
        k -= 1  # "-Jo" kept whole by the tokenizer
    words: list[Token] = []
    while k < len(ctx.tokens) and len(words) < 4:
        t = ctx.tokens[k]
        word = t.text.lstrip("".join(DASHES)) if not words else t.text
        if t.pos_ != "PROPN" or not word[:1].isupper() or not word[1:].islower() or t.ent_type_ in NOT_NAMES:
            break  # "-Daily News" is no one: the model tagged it an organisation
        words.append(t)
        k += 1
    if not (1 if titled else 2) <= len(words) <= 3:
        return None
    first = max(words[0].idx, start)
    end = words[-1].idx + len(words[-1].text)
    line_end = ctx.text.find("\n", end)
    rest = ctx.text[end : line_end if line_end >= 0 else len(ctx.text)]
    doing = titled and SIGNED_DOING.match(rest) is not None
    posted = re.match(r"\s*\(@\w+\)", rest) is not None  # an embedded post's handle and date
    if rest.strip(" .\xa0") and not SIGNED_PLACE.fullmatch(rest) and not doing and not posted:
        return None
    name = ctx.text[first:end]
    return Entity(text=name, label="PERSON", canonical=name, start=first, end=end)


def signed_by(ctx: Context, cand: Candidate) -> Entity | None:
    """A quote signed by a name: '"..." ― Ana Ruiz' ending its line, or led in by 'Ana Ruiz: "..."'.

    Vox pops and digests attribute so, with no verb. The name must be a PERSON entity and nothing but the
    dash (or colon) may stand between it and the quote marks; a name before a colon must head its line or
    follow a dash or the end of a sentence.
    """
    text = ctx.text
    j = cand.end
    while j < len(text) and j - cand.end < 4 and text[j] in MARK_CHARS | set(".,!?)"):
        j += 1
    # The dash follows on the quote's line, or heads the next paragraph ('"..."\n\n-Jo Li, tweeting').
    gap = re.match(r"[^\S\n]*(?:\n\s*)?(?=[―—–-])", text[j : j + 8])
    # pol29: or the next line is the signature and carries the quote's closing mark ('"..."' set as
    # '"... cuts.\nJo Li, Policy Institute."': tasks.quotemarks._signature_closes)
    pulled = re.match(r"[^\S\n]*\n[^\S\n]*(?=[A-Z])", text[j : j + 8]) if gap is None else None
    if pulled is not None and not _pull_signature(_line_at(text, j + pulled.end())):
        pulled = None
    name_at = j + gap.end() + 1 if gap is not None else j + pulled.end() if pulled is not None else -1
    if name_at >= 0:
        while name_at < len(text) and text[name_at] in " \xa0\t":
            name_at += 1
        titled = _after_titles(ctx, name_at)
        ent = (
            _person_at(ctx, titled)
            or _dashed_person(ctx, titled - 1)
            or _signature_name(ctx, titled, titled > name_at)
        )
        line_end = text.find("\n", ent.end) if ent is not None else -1
        rest = text[ent.end : line_end if line_end >= 0 else len(text)] if ent is not None else ""
        # Nothing else on the line, or an embedded post's handle and date ("(@jodoe) May 3, 2024"), or a
        # comma and what the person was doing ("-Jo Li, tweeting after the speech"), or where the person
        # is from ("-Jo Li, Springfield, Ill."), but no clause about the person (", who ...") that may
        # name someone else.
        if pulled is not None:
            rest = rest.rstrip().rstrip("".join(MARK_CHARS))  # the quote's own closing mark ends the line
        if ent is not None and (
            not rest.strip(" .\xa0")
            or re.match(r"\s*\(@\w+\)", rest)
            or SIGNED_DOING.match(rest)
            or SIGNED_PLACE.fullmatch(rest)
            or (pulled is not None and SIGNED_AFFILIATION.fullmatch(rest))
        ):
            return ent
    i = cand.start
    # The quote on the colon's line, or heading the next paragraph ('Said Jo Li:\n\n"...').
    while i > 0 and cand.start - i < 5 and (text[i - 1] in MARK_CHARS or text[i - 1].isspace()):
        i -= 1
    if i > 0 and text[i - 1] == "," and (led := _verb_led_name(ctx, i - 1)) is not None:
        return led  # spk27b: 'Added Hale, "..."': the verb before the name opens the sentence
    if i > 0 and text[i - 1] == ":":
        name_end = _before_affiliation(text, i - 1)
        k = bisect.bisect_left(ctx.named_starts, name_end) - 1
        ent = ctx.named[k][2] if k >= 0 else None
        if ent is None or ent.end != name_end or ent.label != "PERSON":  # "FALLIN:" tagged an organisation
            ent = _turn_surname(ctx, name_end) or _verb_led_name(ctx, name_end) or ent
        if ent is not None and ent.end == name_end and ent.label == "PERSON":
            # "Jo Li:" right before the quote, heading its line or after a dash or a full stop, not the
            # object of a clause ("... delivered a message to Jo Li:"); or led by a speech verb alone in
            # its sentence ("Said Jo Li:", "Stated Jo Li:").
            first, _, rest = ent.text.partition(" ")
            if rest and _is_speech_word(ctx, first):
                # "Stated Jo Li" tagged as one name: the verb is no part of it.
                canonical = ent.canonical.removeprefix(first + " ")
                ent = ent.model_copy(
                    update={"text": rest, "canonical": canonical, "start": ent.end - len(rest)}
                )
            before = text[text.rfind("\n", 0, ent.start) + 1 : ent.start].rstrip()
            joined = _coordinated(ctx, ent)
            if joined is not None:
                # "Mark Blumenthal and Jon Cohen:": the two sign together.
                ent = joined
                before = text[text.rfind("\n", 0, ent.start) + 1 : ent.start].rstrip()
            words = before.split()
            if words and words[-1][:1].isupper() and _is_speech_word(ctx, words[-1]):
                before = before[: len(before) - len(words[-1])].rstrip()
            before = _strip_titles(ctx, before)  # "Former secretary of state Jo Li:"
            if not before or before[-1] in DASHES | MARK_CHARS | set(".!?"):
                return ent
    return None


# spk27b: a sentence that is a speech verb and a name ("Countered Hale", "Added Jo Li"), the verb first
VERB_LED_NAME = re.compile(r"(?P<verb>[A-Z][a-z]+) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def _verb_led_name(ctx: Context, end: int) -> Entity | None:
    """spk27b: 'Countered Hale: "..."', 'Added Hale, "..."': a sentence of only a speech verb and a name
    the article gave a person before (the model often tags neither, or both words as one name), ending at
    ``end``: that person, named by the words after the verb."""
    begin = max(ctx.text.rfind("\n", 0, end), *(ctx.text.rfind(p, 0, end) for p in (". ", "? ", "! ")))
    begin = begin + 1 if begin >= 0 else 0
    segment = ctx.text[begin:end]
    m = VERB_LED_NAME.fullmatch(segment.strip())
    if m is None or not _is_speech_word(ctx, m.group("verb")):
        return None
    name = m.group("name")
    canonical = _person_named_as(ctx, name, segment.strip(), before=end)
    person = next((e for _, _, e in ctx.named if e.canonical == canonical), None)
    if canonical is None or person is None:
        return None
    start = begin + segment.index(name, len(segment) - len(segment.lstrip()) + len(m.group("verb")))
    return person.model_copy(update={"text": name, "start": start, "end": start + len(name)})


def _turn_surname(ctx: Context, end: int) -> Entity | None:
    """'Hughes: "..."' in a transcript: a lone capitalised word heading its line before the colon at ``end``
    that is the surname of the one person of that surname the article names (before or after: a
    transcript may name its speakers in full only later), as that person."""
    line_start = ctx.text.rfind("\n", 0, end) + 1
    word = ctx.text[line_start:end].strip()
    if not re.fullmatch(r"[A-Z](?:[a-z'-]+|[A-Z'-]+)", word):
        return None
    person = ctx.person_by_surname(word)  # "TAPPER:" in a broadcast transcript
    if person is None:
        return None
    start = end - len(word)
    return person.model_copy(update={"text": word, "start": start, "end": end})


def _before_affiliation(text: str, end: int) -> int:
    """Where a name ends that a party or place in brackets follows up to ``end`` ("Jo Li (R-Ohio)")."""
    if not text[:end].endswith(")"):
        return end
    opening = text.rfind("(", max(0, end - MAX_AFFILIATION), end)
    if opening < 0 or "\n" in text[opening:end]:
        return end
    return len(text[:opening].rstrip())


def _strip_titles(ctx: Context, before: str) -> str:
    """``before`` without the titles that end it ("Former secretary of state"), as far as they go."""
    words = before.split()
    while words:
        size = next(
            (n for n in range(min(3, len(words)), 0, -1) if " ".join(words[-n:]).lower() in ctx.cues.titles),
            0,
        )
        if size == 0:
            break
        words = words[:-size]
    return before[: len(" ".join(words))] if words else ""


def _coordinated(ctx: Context, ent: Entity) -> Entity | None:
    """ "Jo Li and Ana Ruiz" ending at ``ent``: both persons as one signature, or None."""
    head = ctx.text[max(0, ent.start - 5) : ent.start]
    if head != " and ":
        return None
    k = bisect.bisect_left(ctx.named_starts, ent.start) - 1
    first = ctx.named[k][2] if k >= 0 else None
    if first is None or first.label != "PERSON" or first.end != ent.start - 5:
        return None
    both = ctx.text[first.start : ent.end]
    return ent.model_copy(
        update={"text": both, "canonical": f"{first.canonical} and {ent.canonical}", "start": first.start}
    )


def _own_attribution(ctx: Context, cand: Candidate, same: Speaker | None = None) -> bool:
    """'"...," Trump shot back.': a named person or "he"/"she"/"they" as a subject outside the quote in its
    sentences, with a verb that is not in the lexicon. Such a quote takes no speaker from elsewhere.

    ``same``: a speaker whose own name does not count ('"A," said Jo Li, an economist who ..., "B."': the
    parser makes Jo Li the subject of B's verb; the name is the one B carries on from A)."""
    lo, hi = ctx.sent_bounds[cand.sent][0], ctx.sent_bounds[max(cand.sent, cand.end_sent)][1]
    return any(
        ctx.quote_of[t.i] < 0
        and t.dep_ in SUBJECT_DEPS
        and (
            (
                (e := ctx.entity(t)) is not None
                and e.label == "PERSON"
                and (same is None or same.canonical != e.canonical)
            )
            or t.lower_ in {"he", "she", "they"}
        )
        for t in ctx.tokens[lo:hi]
    )


def _clause_after(ctx: Context, cand: Candidate) -> bool:
    """'"...," read another sign.', '"...," one banner read.': a clause that follows the quote on its
    line, its verb (no speech verb, or the quote would have one) and its own subject right there, says
    whose the quote is, even when that is no person; the speaker before does not carry on into it."""
    tokens = ctx.tokens
    k = _index_after(ctx, cand.end)
    if k >= len(tokens) or ctx.quote_of[k] >= 0 or "\n" in ctx.text[cand.end : tokens[k].idx]:
        return False
    if ctx.text[cand.start : cand.end].rstrip("".join(MARK_CHARS) + " ").endswith("."):
        return False  # '"... a bad mom." Employees stay': the next sentence, not the quote's clause
    first = tokens[k]
    if first.pos_ in {"VERB", "AUX"}:  # inverted: '"...," read one.'
        return any(c.dep_ in SUBJECT_DEPS and c.i > k and ctx.quote_of[c.i] < 0 for c in first.children)
    subj = next((t for t in tokens[k : k + 4] if t.dep_ in SUBJECT_DEPS and t.left_edge.i == k), None)
    return subj is not None and subj.head.pos_ == "VERB" and subj.head.i == subj.right_edge.i + 1


def _put_to(ctx: Context, cand: Candidate) -> bool:
    """'Li was asked, "..."': a passive subject of an addressee verb outside the quote, in the quote's
    sentences, is the one the quote was put to, not its speaker."""
    lo, hi = ctx.sent_bounds[cand.sent][0], ctx.sent_bounds[max(cand.sent, cand.end_sent)][1]
    return any(
        ctx.quote_of[t.i] < 0 and t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ctx.cues.addressee_verbs
        for t in ctx.tokens[lo:hi]
    )


MAX_MANNER_LEAD_IN = 8  # tokens of a lead-in that only says how the next words were said


def _manner_lead_in(ctx: Context, start: int) -> bool:
    """lead25b: 'Then, with a grin: "..."', 'Then, more quietly, to a visitor: "..."': a paragraph that opens
    with a few words saying how or when, no one named, no subject, no verb, then a colon before the quote:
    the quote goes on in the voice before it, as a bare quote paragraph does."""
    line = ctx.text.rfind("\n", 0, start) + 1
    span = ctx.doc.char_span(line, start, alignment_mode="contract")
    if span is not None and len(span) > 1:
        # 'she calls across the room. Then, more quietly, to a visitor: "..."': from the sentence's start
        span = ctx.doc[max(span.start, ctx.sent_bounds[ctx.sent_of[span.end - 1]][0]) : span.end]
    words = [t for t in span if not t.is_punct] if span is not None else []
    # a noun only as the object of a preposition ("with a grin", "to a visitor"); "The coach:" names someone
    nouns_placed = all(t.dep_ == "pobj" or t.head.dep_ == "pobj" for t in words if t.pos_ == "NOUN")
    return (
        0 < len(words) <= MAX_MANNER_LEAD_IN
        and nouns_placed
        and not any(
            t.pos_ in {"PROPN", "PRON", "VERB", "AUX"}
            or t.dep_ in {"nsubj", "nsubjpass"}
            or t.i in ctx.ent_of
            for t in words
        )
    )


def _after_colon(text: str, start: int) -> bool:
    """Whether the quote starting at ``start`` follows a colon on its line ('Bush: "..."'), or one that ends
    the paragraph before (voice28: 'A post gave this commentary:' / '"Expect more of this. ..."')."""
    lead = text[max(0, start - 4) : start].rstrip("".join(MARK_CHARS) + " \n")
    return lead.endswith(":")


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only a quote mark (and spacing) stands between ``start`` and the line start before it."""
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start].strip()
    return len(lead) == 1 and lead in MARK_CHARS
