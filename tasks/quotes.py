"""Who says what: direct, partial and indirect quotes, each with its speaker, speech verb and medium.

This module finds the quotes (quote marks, speech verbs, "according to", split and multi-paragraph quotes);
``tasks.speakers`` says who speaks each one. A wrong speaker is worse than none, so every rule prefers to
leave ``speaker`` empty over guessing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from spacy.tokens import Doc, Span, Token

from tasks.attribution import introduced_interviewee, questions_make_interview
from tasks.components import abbreviation_at, is_title_abbreviation
from tasks.cues import ReportingVerbs
from tasks.models import AuthoredDocument, Entity, HeldMention, Quote, QuoteKind, Speaker, SpeakerMemory
from tasks.quote_context import (
    SPEAKER_RESOLVER,
    SUBJECT_DEPS,
    Candidate,
    Context,
    Mention,
    apposed_subject,
    faulted_for,
    inverted_speaker_read_as_report,
    obliged_saying,
    paragraph_spans,
    previous_content,
    quote_mark,
    subject_of,
    trim,
    without_consequence,
    without_fronted_adjunct,
    without_next_act,
    without_other_report,
)
from tasks.quote_units import Found, by_paragraph, fold_nested
from tasks.quotemarks import MARK_CHARS
from tasks.speakers import (
    WITHIN,
    Ask,
    Last,
    attribute,
    document_in,
    interviewee,
    is_person,
    learn_genders,
    medium_of,
    person_subjects,
    pronoun_chains,
    resolve_speaker,
    says_of_self,
)
from tasks.summary import dateline_end, load_summary_lexicon

MAX_SCARE_WORDS = 2
MAX_SPLIT_GAP = 12  # tokens between the two halves of a split quote ("A," said the spokesman, "B.")
WORD = re.compile(r"\w+")


def quotes(
    doc: Doc,
    entities: list[Entity],
    *,
    cues: ReportingVerbs,
    max_lookback: int = 2,
    indirect: bool = True,
) -> list[Quote]:
    """Quotes in document order: direct, partial and indirect, with speaker, speech verb and medium.

    Args:
        doc: A parsed article (tagger, parser, lemmatizer and the ``wirelens_paragraphs`` sentence starts).
        entities: The article's entities from :func:`tasks.entities.entities`; named speakers take their
            ``canonical`` name.
        cues: The attribution lexicon (:func:`tasks.cues.load_reporting_verbs`).
        max_lookback: How many sentences back a pronoun ("he told AFP") may look for its antecedent.
        indirect: Also return reported speech (``X said (that) ...``, ``according to X``).

    Returns:
        One :class:`~tasks.models.Quote` per quoted span (marks excluded; scare quotes skipped) plus one per
        reported-speech clause. ``speaker`` is ``None`` when no rule names one; a speaker found through a
        pronoun or inherited from the previous quote is the earlier mention (its text and offsets).

    Notes:
        Heuristics, after textacy's ``direct_quotations`` (``extract/triples.py``):

        * A quote's speech verb is the nearest cue verb among the dependency ancestors of the quoted tokens,
          outside any quote. Failing that, a full-sentence quote takes the only cue verb of its sentence.
        * The speaker is the verb's ``nsubj`` (or that of the verb it is conjoined to, or the noun an
          ``acl``/``relcl`` verb modifies; a relative pronoun resolves to its noun). A named entity there,
          or set off in apposition ("the agency, UNRWA,"), gives a named speaker with its canonical name.
        * The verb's complement is an indirect quote; one before the verb needs a comma before it
          ("..., the official said").
        * ``he``/``she``/``it`` resolve to the subject of an enclosing speech verb ("Hamas said it had
          told"), else to the nearest earlier speaker or PERSON subject of matching animacy within
          ``max_lookback`` sentences; ``they``/``we``/``I`` stay unresolved.
        * Other noun phrases are nominal speakers ("A senior Hamas official"), ``anonymous`` when the head
          is a source noun ("official", "analyst") and no name is in the phrase. A definite one ("The U.S.
          official") joins the nearest earlier nominal speaker with the same head and no new modifiers.
        * ``direct`` quotes start their sentence or follow ``:``/``,`` with a clause of their own; other
          quotes are ``partial``. Quotes of one or two words with no speech verb (with a subject) in the
          sentence are scare quotes and skipped. A direct quote with no speech verb of its own inherits
          the speaker of a direct quote in the previous sentence.
    """
    ctx = Context(doc, entities, cues)
    candidates = [c for q in range(len(ctx.spans)) if (c := _quoted(ctx, q)) is not None]
    candidates = _join_split(ctx, candidates)
    if indirect:
        reported = _reported(ctx) + _according(ctx)
        candidates = _dedupe(candidates, reported)
    candidates += unmarked_answers(ctx, candidates)
    candidates += labelled_answers(ctx, candidates)
    turns = transcript_turns(ctx, candidates)
    # "Claire Obi: ... That tells me we're on track.": a report inside a turn is part of the turn's words
    candidates = [c for c in candidates if not (c.kind == "indirect" and _inside_any(c, turns))]
    candidates += turns
    candidates += embedded_posts(ctx, candidates)
    # A caption, a credit line or a link to another story is no part of the story: nobody speaks there.
    candidates = [c for c in candidates if not (ctx.furniture[c.sent] or ctx.link[c.sent])]
    candidates.sort(key=lambda c: (c.start, c.end))

    learn_genders(ctx)
    history: list[Mention] = pronoun_chains(ctx, person_subjects(ctx), max_lookback)
    found: list[Found] = []
    last: Last | None = None  # where the last quote ended (content sentence,
    # offset) and its speaker
    last_direct = False  # whether a direct quote set ``last``
    for cand in candidates:
        speaker: Speaker | None = None
        medium: str | None = None
        if cand.subject is not None:
            # '"A. B. C," he said.': the pronoun looks back from where the quote starts.
            anchor = cand.sent if cand.kind != "indirect" and cand.start < cand.subject.idx else None
            speaker = resolve_speaker(
                ctx, cand.subject, cand.cue, history, max_lookback, anchor=anchor, cand=cand, last=last
            )
        elif cand.cue is None and cand.kind in {"direct", "partial"}:
            speaker = attribute(Ask(ctx, None, None, history, max_lookback, cand=cand, last=last))
        if speaker is None and cand.kind == "partial" and cand.cue is not None:
            # 'saying only that the "special military operation" would continue': a verb whose subject is
            # the marked words themselves says nothing of who speaks; the report around them does.
            speaker = attribute(Ask(ctx, None, None, history, max_lookback, cand=cand, last=last), WITHIN)
        if (
            speaker is not None
            and cand.subject is not None
            and _someone_else(ctx, cand.subject, speaker, found)
        ):
            speaker = None
        if cand.cue is not None:
            medium = medium_of(ctx, cand.cue)
        if speaker is not None:
            head = cand.subject.lemma_.lower() if cand.subject is not None else None
            if cand.subject is not None and cand.subject.pos_ == "PRON":
                head = _described_head(ctx, speaker) or head
            person = is_person(ctx, speaker, cand.subject)
            if not person and (gender := says_of_self(ctx, cand, speaker)) is not None:
                person = True  # "Gillies said he understood": a person, though the model tagged no one
                ctx.genders.setdefault(speaker.canonical, gender)
            pos = cand.subject.idx if cand.subject is not None else cand.start
            sent = ctx.sent_of[cand.subject.i] if cand.subject is not None else cand.sent
            history.append(Mention(pos, sent, speaker, person, head, spoke=True))
        if speaker is not None and cand.cue is not None and (paper := document_in(ctx, cand.cue)) is not None:
            modifiers = frozenset(t.lower_ for t in paper.lefts if t.dep_ != "det")
            ctx.authored.append((paper.idx, paper.lemma_.lower(), modifiers, speaker))
        if cand.kind == "direct" or (cand.kind == "indirect" and speaker is not None):
            # spk27b: ``end_sent`` -1 means the quote's own sentence ('..., according to Jo Li.'), never the
            # article's last one
            ended = max(
                cand.end_sent if cand.end_sent >= 0 else cand.sent,
                ctx.sent_of[cand.cue.i] if cand.cue is not None else -1,
            )
            end_at = max(cand.end, cand.cue.idx if cand.cue is not None else 0)
            here = ctx.csent(ended)
            # '"A," Li told Jo, after Jo assured him that B. "C."': an indirect quote in a direct quote's
            # sentence is reported within it; the quote after carries on the direct quote's voice.
            if not (cand.kind == "indirect" and last_direct and last is not None and last[0] == here):
                last = (here, speaker, end_at)
                last_direct = cand.kind == "direct"
        text = cand.text if cand.text is not None else ctx.text[cand.start : cand.end]
        quote = Quote(
            text=text,
            start=cand.start,
            end=cand.end,
            kind=cand.kind,
            verb=cand.verb,
            speaker=speaker,
            medium=medium,
        )
        found.append((quote, cand.cue))
    doc.user_data[SPEAKER_RESOLVER] = SpeakerResolver(ctx, history, max_lookback)
    return [
        woven(ctx, q, verb) for q, verb in by_paragraph(ctx.text, fold_nested(found, cues.describe_verbs))
    ]


def woven(ctx: Context, quote: Quote, verb: Token | None) -> Quote:
    """pol29: a direct quote that is a fragment of the writer's sentence is a partial one. Kind alone changes:
    span and speaker were settled on the quote as found (a cut-off title's speech verb still names who
    used it).

    * The parse broke the writer's sentence before the marks ('trashed Comey on MSNBC's / "Morning Joe,"
      calling it'): words with no clause of their own that the words before run on into
      (:func:`_cut_off`) open no sentence of the writer's.
    * The writer's sentence carries on past the marks: '"A big truck" plowed through the barriers, he said',
      '"Boots on the ground" would be needed, Carson said': the marks close on a word and the writer's words
      follow with no punctuation between (:func:`_named_in_sentence`). Its own attribution right after the
      marks, a comma left out ('"..." Li said'), is no such sentence.
    """
    if quote.kind != "direct":
        return quote
    carried_on = _named_in_sentence(ctx, quote.end) and not _attributed_after(ctx, quote, verb)
    if not (carried_on or _cut_off_quote(ctx, quote)):
        return quote
    return quote.model_copy(update={"kind": "partial"})


def _cut_off_quote(ctx: Context, quote: Quote) -> bool:
    """:func:`_cut_off` for a quote as reported: its tokens and the parse's sentence of its first one."""
    span = ctx.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    idx = [t.i for t in span if ctx.quote_of[t.i] >= 0] if span is not None else []
    if not idx:
        return False
    return _cut_off(ctx, idx, ctx.sent_bounds[ctx.sent_of[idx[0]]][0])


def _attributed_after(ctx: Context, quote: Quote, verb: Token | None) -> bool:
    """Whether only the speech verb and its subject follow the closing mark ('"..." Li said', '"..." said
    Jo Li'): the quote's own attribution with its comma left out."""
    if verb is None or verb.idx < quote.end:
        return False
    subject = subject_of(verb, ctx.quote_of)
    between = [
        t for t in ctx.tokens[bisect.bisect_left(ctx.starts, quote.end) : verb.i] if t.text not in MARK_CHARS
    ]
    return all(subject is not None and t.i in {d.i for d in subject.subtree} for t in between)


# The fields of a mention that travel to another stage as they are; ``described`` (a token) goes as its index.
_HELD_FIELDS = tuple(f.name for f in fields(Mention) if f.name != "described")


class SpeakerResolver:
    """voice27: the quote layer's speaker passes over its final history (every mention and speaker it
    saw), for a holder the bias stage finds outside any quote: a labelling verb's subject ("The senator
    branded the bill a disgrace"), a view's holder. The passes read mentions before the holder, so a name
    given only later in the article is no answer, as for a quote there."""

    def __init__(self, ctx: Context, history: list[Mention], max_lookback: int) -> None:
        self.ctx, self.history, self.max_lookback = ctx, history, max_lookback

    def __call__(self, subject: Token, cue: Token | None) -> Speaker | None:
        return resolve_speaker(self.ctx, subject, cue, list(self.history), self.max_lookback)

    def memory(self) -> SpeakerMemory:
        """tidy28: the passes' state as JSON, for a stage in another process (:meth:`restored`)."""
        ctx = self.ctx
        return SpeakerMemory(
            mentions=[
                HeldMention(
                    **{name: getattr(m, name) for name in _HELD_FIELDS},
                    described=m.described.i if m.described is not None else None,
                )
                for m in self.history
            ],
            genders=ctx.genders,
            given_genders=ctx.given_genders,
            they_people=sorted(ctx.they_people),
            authored=[
                AuthoredDocument(pos=pos, noun=noun, modifiers=sorted(words), speaker=who)
                for pos, noun, words, who in ctx.authored
            ],
            turn_speakers=ctx.turn_speakers,
            max_lookback=self.max_lookback,
        )

    @classmethod
    def restored(
        cls, doc: Doc, entities: list[Entity], cues: ReportingVerbs, memory: SpeakerMemory
    ) -> SpeakerResolver:
        """The passes as :meth:`memory` left them, on the same parse: the article's lookups are built again
        (:class:`Context`), the quotes are not looked for again."""
        ctx = Context(doc, entities, cues)
        ctx.genders, ctx.given_genders = dict(memory.genders), dict(memory.given_genders)
        ctx.they_people = set(memory.they_people)
        ctx.authored = [(a.pos, a.noun, frozenset(a.modifiers), a.speaker) for a in memory.authored]
        ctx.turn_speakers = dict(memory.turn_speakers)
        history = [
            Mention(
                **{name: getattr(m, name) for name in _HELD_FIELDS},
                described=doc[m.described] if m.described is not None else None,
            )
            for m in memory.mentions
        ]
        return cls(ctx, history, memory.max_lookback)


def speaker_memory(doc: Doc) -> SpeakerMemory | None:
    """tidy28: the state :func:`quotes` left its speaker passes in on ``doc``, or None when it did not run."""
    resolver = doc.user_data.get(SPEAKER_RESOLVER)
    return resolver.memory() if isinstance(resolver, SpeakerResolver) else None


def ensure_speaker_resolver(
    doc: Doc, entities: list[Entity], cues: ReportingVerbs, memory: SpeakerMemory | None = None
) -> None:
    """Leave :class:`SpeakerResolver` on a doc whose quotes another process found (a stage's ``Doc`` is
    rebuilt without ``user_data``): restored from the ``memory`` the extract stage sent (tidy28), so the
    quotes are not found twice; without one (an extraction made by hand, or by a release that sent none)
    the passes are rerun, on first use only."""
    if SPEAKER_RESOLVER in doc.user_data:
        return
    if memory is not None:
        doc.user_data[SPEAKER_RESOLVER] = SpeakerResolver.restored(doc, entities, cues, memory)
        return

    def later(subject: Token, cue: Token | None) -> Speaker | None:
        quotes(doc, entities, cues=cues)  # leaves the real resolver in place of this one
        resolve = doc.user_data[SPEAKER_RESOLVER]
        return resolve(subject, cue) if resolve is not later else None

    doc.user_data[SPEAKER_RESOLVER] = later


THIRD_PERSON = frozenset({"he", "she"})


def _someone_else(ctx: Context, subj: Token, speaker: Speaker, found: Sequence[Found]) -> bool:
    """Whether "he"/"she", the subject of a speech verb inside a quote, was resolved to that quote's own
    speaker while the quote speaks in the first person before it ("I spoke to the manager and she told me
    ..."): the speaker says "I", so "she" is someone else, and the pronoun is left without a speaker.
    """
    if subj.lower_ not in THIRD_PERSON:
        return False
    for quote, _ in found:
        if quote.kind == "indirect" or not quote.start <= subj.idx < quote.end or quote.speaker is None:
            continue
        if quote.text != ctx.text[quote.start : quote.end]:
            continue  # a split quote joined around its attribution: '"A," he said of B, "C."'
        if quote.speaker.canonical == speaker.canonical and FIRST_PERSON.search(
            ctx.text, quote.start, subj.idx
        ):
            return True
    return False


QUESTION_PARAGRAPH = re.compile(r"^[^\S\n]*(?:Q\s*[:.]\s*)?[^\n\"“”«»]{8,}\?[^\S\n]*$")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
FIRST_PERSON = re.compile(r"\bI\b|\b(?i:me|my|mine|myself|we|our|ours|us)\b")
LABELLED_TURN = re.compile(r"(?:Q|A)\s*[:.]\s|Q[A-Z][a-z]")  # "Q: ...", "A. ...", "QWhy ...": a labelled turn


def unmarked_answers(ctx: Context, found: Sequence[Candidate]) -> list[Candidate]:
    """The answers of a Q&A interview printed without quote marks, one direct quote per paragraph.

    A magazine interview sets out the interviewer's questions as paragraphs of their own ("Do you read your
    reviews?") and prints the answers plain. An article whose question paragraphs (no quote marks) make it an
    interview (:func:`tasks.attribution.questions_make_interview`) is such an interview; the
    paragraphs right after a question, up to the next question, are the answers while each speaks in the
    first person and none opens with a quote mark or already holds a quote found. Rhetorical questions in a
    column rarely address the reader and are seldom answered in the first person. Who answers is for the
    ``qa-turn`` pass (the person the introduction is about) and ``continuation``. An interview whose turns
    are labelled ("Q: ...", "A: ...") is read by :func:`labelled_answers`.
    """
    text = ctx.text
    lines = paragraph_spans(text)
    if any(LABELLED_TURN.match(text, a) for a, _ in lines):
        return []  # "Q:"/"A:" turns: labelled_answers reads them
    if _transcript_heads(text, lines):
        # "Osei: No. ..." after "The Paper: ...?": a turn's head names who answers, not the introduction
        # (r2s23); transcript_turns reads them
        return []
    asked = [QUESTION_PARAGRAPH.match(text[a:b]) is not None for a, b in lines]
    if not questions_make_interview(text, lines, asked):
        return []
    taken = [(c.start, c.end) for c in found if c.kind != "indirect"]
    out: list[Candidate] = []
    for k in range(1, len(lines)):
        if not any(asked[:k]) or asked[k]:
            continue
        # Only paragraphs of answers since the last question: stop at the first that is not one.
        back = k
        while back > 0 and not asked[back - 1]:
            back -= 1
        if any(not _plain_answer(text, a, b, taken) for a, b in lines[back : k + 1]):
            continue
        a, b = lines[k]
        first = bisect.bisect_right(ctx.starts, a) - 1
        last = bisect.bisect_right(ctx.starts, b - 1) - 1
        if first < 0 or ctx.tokens[first].idx != a:
            continue
        out.append(
            Candidate(a, b, "direct", ctx.sent_of[first], None, None, None, end_sent=ctx.sent_of[last])
        )
    # An interview has someone who answers: with no one the introduction is about, plain paragraphs after
    # questions are the writer's own, not quotes.
    return out if any(interviewee(ctx, c) is not None for c in out) else []


# The labels of an interview's turns, heading their paragraphs: "Q: ...", "Q. ..." or "Question: ..."
# asks; "A: ...", "A. ..." or "Answer: ..." answers. An answer may also follow its question on the question's
# own line ("Q: Will you run again? A: No."). A "Q" glued to its question ("QWhy ...", its colon lost in
# conversion) is no label a reader sees: PolNeAR's annotators leave such an interview's answers unattributed
# while they attribute every turn of one labelled "Q:" / "A:".
QUESTION_LABEL = re.compile(r"[^\S\n]*Q(?:uestion|UESTION)?[^\S\n]*(?::|\.(?=[^\S\n]))[^\S\n]*")
ANSWER_LABEL = re.compile(r"[^\S\n]*A(?:nswer|NSWER)?[^\S\n]*(?::|\.(?=[^\S\n]))[^\S\n]*")
INLINE_ANSWER = re.compile(r"\?[^\S\n]+A(?:nswer|NSWER)?[^\S\n]*:[^\S\n]*(?=\S)")


def labelled_answers(ctx: Context, found: Sequence[Candidate]) -> list[Candidate]:
    """The answers of an interview whose turns are labelled ("Q: ..." / "A: ..."), one direct quote per
    paragraph, the label left out.

    An answer counts only right after a question (a lone "A." or "Answer:" line is a list's, not a turn), and
    runs over the plain paragraphs after it up to the next label; after the last answer only while they speak
    in the first person (the writer's closing note speaks of the interviewee). An answer on its question's
    line ("Q: Will you run again? A: No.") is that line's rest. A paragraph holding a quote found by its marks
    is left to that quote. An explainer's questions and answers, the paper's own, are none: an interview's
    answers speak in the first person somewhere, or its question on the answer's line is put to "you". The
    speaker is whom the introduction is about (:func:`interviewee_before`), recorded for the ``labelled-turn``
    pass (its labelled step). The questions are no one's quotes: the paper asks, as its writer narrates.
    PolNeAR's annotators attribute every turn of an interview labelled "Q:" / "A:" (all 3 even-half
    annotations of one) and leave the answers of one whose "Q" is glued to its question unattributed, so
    that layout gives no turns (qa21: even direct precision +0.003, odd unchanged); the odd half's other
    labelled interviews still read lower there (qa20: odd 0.981 -> 0.972), the one measure that sees these
    answers (recall counts quote marks only).
    """
    text = ctx.text
    lines = paragraph_spans(text)
    turns: list[tuple[str, int] | None] = []  # each paragraph: ("q" or "a", where its words start) or None
    for a, b in lines:
        answer = ANSWER_LABEL.match(text, a)
        question = QUESTION_LABEL.match(text, a)
        if answer is not None and answer.end() < b:
            turns.append(("a", answer.end()))
        elif question is not None and question.end() < b:
            turns.append(("q", question.end()))
        else:
            turns.append(None)
    questions = [lines[k][0] for k, t in enumerate(turns) if t is not None and t[0] == "q"]
    if not questions:
        return []
    taken = [(c.start, c.end) for c in found if c.kind != "indirect"]
    spans: list[tuple[int, int]] = []
    addressed = False  # an answer on its question's line, the question put to "you"
    asked = False  # the turn before was a question
    for k, turn in enumerate(turns):
        if turn is None:
            continue
        label, at = turn
        a, b = lines[k]
        if label == "q":
            inline = INLINE_ANSWER.search(text, at, b)
            if inline is not None:
                spans.append((inline.end(), b))
                addressed = addressed or SECOND_PERSON.search(text, at, inline.start()) is not None
            asked = inline is None
            continue
        if not asked:
            continue
        asked = False
        spans.append((at, b))
        later = any(t is not None for t in turns[k + 1 :])
        for j in range(k + 1, len(lines)):
            c, d = lines[j]
            if turns[j] is not None or text[c] in MARK_CHARS or _editorial_note(text[c:d]):
                break
            if not later and not _plain_answer(text, c, d, taken):
                break
            if not _plain_answer(text, c, d, taken) and _names_its_subject(ctx, c, d):
                break  # r2s25a: "Jo Reed, who ..., agrees.": the writer's narration between the turns
            spans.append((c, d))
    # An explainer sets out the paper's own questions and answers so ("Q: When does the ban start?"): an
    # interview's answers speak in the first person somewhere, or its one question is put to "you".
    if not (addressed or any(_plain_answer(text, a, b, taken) for a, b in spans)):
        return []
    out: list[Candidate] = []
    examiner, witness = court_roles(ctx, lines, questions[0])
    speaker = witness or interviewee_before(ctx, questions[0])
    for a, b in spans:
        if any(s < b and a < e for s, e in taken):
            continue
        for cand in _direct(ctx, a, b):
            out.append(cand)
            if speaker is not None:
                ctx.turn_speakers[cand.start] = speaker
    if examiner is not None and witness is not None:
        out += _examiner_questions(ctx, lines, turns, found, examiner)
    return out


def _editorial_note(paragraph: str) -> bool:
    """r2s26: whether a paragraph is the editor's note set in square brackets ("[Osei joins the call.]"), a
    stage direction between an interview's turns, no one's answer."""
    words = paragraph.strip()
    return words.startswith("[") and words.endswith("]")


# A court transcript's introduction: who examines whom ("Under cross-examination by Jo Reed, Al Fenn said:",
# "Prosecutor Jo Reed questioned Fenn"; "Fenn testified:" names the witness only).
_EXAMINING_VERBS = frozenset(
    {"cross-examine", "examine", "question", "press", "grill", "quiz", "interrogate"}
)
_EXAMINING_NOUNS = frozenset({"examination", "cross-examination", "questioning", "interrogation"})
_WITNESS_VERBS = frozenset({"testify", "say", "answer", "reply", "respond", "tell"})
_COURT_WORDS = re.compile(
    r"\b(?:cross-examin|examin|testif|testimony|witness|transcript|court|jur(?:y|or))", re.I
)


def court_roles(
    ctx: Context, lines: Sequence[tuple[int, int]], first_question: int
) -> tuple[Speaker | None, Speaker | None]:
    """Who asks and who answers in a court transcript's "Q." / "A." excerpt: the person the paragraph
    introducing it says is examined or testifies answers, the one examining asks. A witness named earlier in
    the story is not the one in the box now; so the introduction just before the excerpt decides, and only
    when it speaks of a court ("cross-examination", "testified", "transcript")."""
    k = next((k for k, (a, _) in enumerate(lines) if a == first_question), 0)
    if k == 0:
        return None, None
    lo = lines[max(0, k - 2)][0]
    if _COURT_WORDS.search(ctx.text, lo, first_question) is None:
        return None, None
    examiner: Speaker | None = None
    witness: Speaker | None = None
    for token in ctx.tokens[
        bisect.bisect_left(ctx.starts, lo) : bisect.bisect_left(ctx.starts, first_question)
    ]:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _EXAMINING_VERBS:
            examiner = _person(ctx, token, ("nsubj",)) or examiner
            witness = _person(ctx, token, ("dobj",)) or witness
        elif token.pos_ == "NOUN" and lemma in _EXAMINING_NOUNS:
            agent = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            if agent is not None:
                examiner = _person(ctx, agent, ("pobj",)) or examiner
            verb = token.head.head if token.dep_ == "pobj" else None
            if verb is not None and verb.lemma_.lower() in _WITNESS_VERBS:
                witness = _person(ctx, verb, ("nsubj",)) or witness
        elif token.pos_ == "VERB" and lemma == "testify":
            witness = _person(ctx, token, ("nsubj",)) or witness
    if examiner is not None and witness is not None and examiner.canonical == witness.canonical:
        return None, None
    return examiner, witness


def _person(ctx: Context, head: Token, deps: tuple[str, ...]) -> Speaker | None:
    """The person named as ``head``'s child in one of ``deps`` (its apposition's name when the child is a
    title: "his lawyer, Jo Reed"), as the article's mention of them."""
    for child in head.children:
        if child.dep_ not in deps:
            continue
        for word in (child, *(c for c in child.children if c.dep_ == "appos")):
            ent = ctx.ent_of.get(word.i)
            if ent is not None and ent.label == "PERSON":
                return Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
    return None


def _examiner_questions(
    ctx: Context,
    lines: Sequence[tuple[int, int]],
    turns: Sequence[tuple[str, int] | None],
    found: Sequence[Candidate],
    examiner: Speaker,
) -> list[Candidate]:
    """The questions of a court transcript's excerpt, each a direct quote of the examining lawyer (a quote
    nested in the question stays its own)."""
    taken = [(c.start, c.end) for c in found if c.kind not in ("indirect", "partial")]
    out: list[Candidate] = []
    for (a, b), turn in zip(lines, turns, strict=True):
        if turn is None or turn[0] != "q" or INLINE_ANSWER.search(ctx.text, turn[1], b) is not None:
            continue
        if any(s < b and a < e for s, e in taken):
            continue
        for cand in _direct(ctx, turn[1], b):
            out.append(cand)
            ctx.turn_speakers[cand.start] = examiner
    return out


# A transcript's turn: a name (one to three capitalised words) heading its line before a colon, then what was
# said, unquoted ("TAPPER: Do you think ...", "Jane Reed: We had no choice.").
TURN_HEAD = re.compile(
    r"[^\S\n]*(?P<head>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,2})[^\S\n]*:[^\S\n]+(?=\S)"
)
MIN_TRANSCRIPT_TURNS = 2  # turns of each of two heads: one "Update: ..." line is no transcript
MIN_TURN_WORDS = 3  # "Clinton: 547." in a delegate count is a table, not a turn


def _inside_any(cand: Candidate, spans: Sequence[Candidate]) -> bool:
    """Whether ``cand``'s characters lie within one of ``spans``."""
    return any(s.start <= cand.start and cand.end <= s.end for s in spans)


def _transcript_heads(text: str, lines: Sequence[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """The turns' heads of a transcript, by paragraph index: (the head case-folded, where its words start);
    empty unless two heads each have ``MIN_TRANSCRIPT_TURNS`` turns of at least ``MIN_TURN_WORDS`` words."""
    heads: dict[int, tuple[str, int]] = {}
    for k, (a, b) in enumerate(lines):
        m = TURN_HEAD.match(text, a)
        turn = m is not None and m.end() < b and text[m.end()] not in MARK_CHARS
        if m is not None and turn and len(text[m.end() : b].split()) >= MIN_TURN_WORDS:
            heads[k] = (m.group("head").casefold(), m.end())
    turns: dict[str, int] = {}
    for head, _ in heads.values():
        turns[head] = turns.get(head, 0) + 1
    if sum(1 for n in turns.values() if n >= MIN_TRANSCRIPT_TURNS) < 2:
        return {}
    return heads


def transcript_turns(ctx: Context, found: Sequence[Candidate]) -> list[Candidate]:
    """The turns of a transcript printed without quote marks, one direct quote per paragraph.

    A broadcast or interview transcript heads each turn with its speaker's name and a colon ("TAPPER: ...",
    "FALLIN: ..."). An article where two heads each have ``MIN_TRANSCRIPT_TURNS`` turns of at least
    ``MIN_TURN_WORDS`` words is one; the turns of a head that names a person of the article
    (:func:`_turn_person`) are that person's direct quotes, with the plain paragraphs that follow a turn up
    to the next head (after the last, only those in the first person). Turns of other heads (the paper,
    "Q", a count of votes) are not quotes. Who speaks is recorded for the ``labelled-turn`` pass (its labelled
    step).
    """
    text = ctx.text
    lines = paragraph_spans(text)
    heads = _transcript_heads(text, lines)
    if not heads:
        return []
    turns: dict[str, int] = {}
    for head, _ in heads.values():
        turns[head] = turns.get(head, 0) + 1
    people = {h: who for h in turns if (who := _turn_person(ctx, h)) is not None}
    taken = [(c.start, c.end) for c in found]
    marked = [(c.start, c.end) for c in found if c.kind != "indirect"]  # a report inside a turn is the turn's
    out: list[Candidate] = []
    speaking: str | None = None
    for k, (a, b) in enumerate(lines):
        if k in heads:
            speaking, a = heads[k]
        elif k > max(heads) and not _plain_answer(text, a, b, taken):
            # after the last turn, a paragraph in the first person carries it on; any other is the
            # writer's again ("Follow Jo Li on Twitter.")
            speaking = None
            continue
        elif TURN_HEAD.match(text, a) is not None or text[a] in MARK_CHARS or text[a] in "([":
            # another kind of line ends the turn, as does a stage direction "(END VIDEO CLIP)"
            speaking = None
            continue
        elif len(text[a:b].split()) < MIN_TURN_WORDS:
            continue  # an ellipsis "…." marking a cut is no words of anyone's
        if speaking in people and not any(s < b and a < e for s, e in marked):
            for cand in _direct(ctx, a, b):
                out.append(cand)
                ctx.turn_speakers[cand.start] = people[speaking]
    return out


def _described_head(ctx: Context, speaker: Speaker) -> str | None:
    """spk24a: the noun of a description a "he"/"she" was resolved to ("A hospital porter, who ... . '...,' he
    said"): the speaker a later "the porter" means (``same-description``), as if the phrase had spoken;
    None for a named speaker (a name's root is no common noun)."""
    if speaker.start is None or speaker.end is None:
        return None
    span = ctx.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return root.lemma_.lower() if root is not None and root.pos_ == "NOUN" else None


def interviewee_before(ctx: Context, before: int) -> Speaker | None:
    """Whom an interview's introduction before offset ``before`` is about (the person it names most often,
    the interviewer aside: :func:`tasks.attribution.introduced_interviewee`), as the article's mention of
    that name where it has one; None on a tie or when it names no one."""
    found = introduced_interviewee(ctx.doc, before)
    if found is None:
        return None
    for _, _, ent in ctx.named:
        if ent.label == "PERSON" and found.text in (ent.text, ent.canonical):
            return Speaker(text=ent.text, canonical=ent.canonical, start=ent.start, end=ent.end)
    return Speaker(text=found.text, canonical=found.text)


def _direct(ctx: Context, start: int, end: int) -> list[Candidate]:
    """A direct quote of the characters ``[start, end)``, a paragraph or its part found by its layout (no
    marks, no speech verb), with the sentences it spans; none when it starts before the first token."""
    first = bisect.bisect_right(ctx.starts, start) - 1
    last = bisect.bisect_right(ctx.starts, end - 1) - 1
    if first < 0:
        return []
    return [Candidate(start, end, "direct", ctx.sent_of[first], None, None, None, end_sent=ctx.sent_of[last])]


# An embedded social-media post as a page prints it: the post, a dash, the account's name and handle, and
# the date ("Thank you all! — Jane Doe (@janedoe) May 3, 2024").
EMBEDDED_POST = re.compile(
    r"(?P<said>\S.*?)[^\S\n]*[—–―-]{1,2}[^\S\n]*(?P<name>[^()\n—–―]{2,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]{0,30}"
)
# A person's account: two or three capitalised words ("Jane Doe"); an organisation's post ("City of Toronto")
# is left out, since no later pass should guess whose it is.
POST_PERSON = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}")
# The credit on a line of its own under the post ("— Jane Doe (@janedoe) May 3, 2024"), as pages paste it.
POST_CREDIT_LINE = re.compile(
    r"[—–―-]{1,2}[^\S\n]*(?P<name>[^()\n—–―]{2,60}?)[^\S\n]*\(@\w{1,30}\)[^\n]{0,30}"
)


def embedded_posts(ctx: Context, found: Sequence[Candidate]) -> list[Candidate]:
    """Embedded posts printed without quote marks, each a direct quote of the person whose account it is
    (the ``signed`` pass reads the name after the dash, tagged by the model or not). A post in quote marks is
    found by its marks; a line of markup ("<tweet ...>") is no prose of the article."""
    text = ctx.text
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    lines = paragraph_spans(text)
    for k, (a, b) in enumerate(lines):
        m = EMBEDDED_POST.fullmatch(text, a, b)
        if m is None and k + 1 < len(lines) and (credit := POST_CREDIT_LINE.fullmatch(text, *lines[k + 1])):
            post_end = b  # the post's own line, its credit on the next
            name = credit.group("name")
        elif m is not None:
            post_end, name = m.end("said"), m.group("name")
        else:
            continue
        if text[a] in MARK_CHARS or text[a] == "<" or any(s < b and a < e for s, e in taken):
            continue
        if POST_PERSON.fullmatch(name.strip()) is not None:
            out += _direct(ctx, a, post_end)
    return out


def _turn_person(ctx: Context, head: str) -> Speaker | None:
    """The person a transcript's head (case-folded) names: a person of the article by the name as written
    in any case ("TOMAS BERG"), the one person of that surname ("TAPPER", "Reed"), or a full name the
    entity layer left untagged that ends in the head ("Marta Grune" for "Grune"); None for a head the
    article writes after "the" ("the Gazette": the paper asking, no person) and any
    other head ("Q", "Moderator")."""
    if _the_head(ctx, head):
        return None
    for _, _, e in ctx.named:
        if e.label == "PERSON" and head in (e.text.casefold(), e.canonical.casefold()):
            return Speaker(text=e.text, canonical=e.canonical, start=e.start, end=e.end)
    if (person := ctx.person_by_surname(head)) is not None:
        return Speaker(text=person.text, canonical=person.canonical, start=person.start, end=person.end)
    return _untagged_name(ctx, head)


def _the_head(ctx: Context, head: str) -> bool:
    """Whether the article writes a transcript's head (case-folded) after "the", as a noun phrase of its own
    ("spoke to the Gazette", "the Gazette's sports desk"): a paper or a body, no person. A name modifying a
    noun ("the Smith campaign") is no such use."""
    words = head.split()
    n = len(words)
    for k in range(1, len(ctx.tokens) - n + 1):
        if ctx.tokens[k - 1].lower_ != "the" or [t.text.casefold() for t in ctx.tokens[k : k + n]] != words:
            continue
        if ctx.tokens[k + n - 1].dep_ != "compound":
            return True
    return False


def _untagged_name(ctx: Context, head: str) -> Speaker | None:
    """The one full name, a given name of the lexicon then the one-word head of a transcript's turns (a
    middle name between), that the entity layer left no person ("Marta Grune has written six novels",
    "Marta" read as a place, for "GRUNE:")."""
    names: set[tuple[int, int]] = set()
    for t in ctx.tokens:
        if t.lower_ != head or not t.is_title or ctx.quote_of[t.i] >= 0:
            continue
        for k in (t.i - 1, t.i - 2):
            run = ctx.tokens[max(k, 0) : t.i]
            if (
                k >= 0
                and ctx.cues.given_name(run[0].text)
                and all(w.is_title and w.pos_ == "PROPN" for w in run)
            ):
                names.add((run[0].idx, t.idx + len(t)))
                break
    if len({ctx.text[a:b] for a, b in names}) != 1:
        return None
    a, b = min(names)
    return Speaker(text=ctx.text[a:b], canonical=ctx.text[a:b], start=a, end=b)


def _names_its_subject(ctx: Context, start: int, end: int) -> bool:
    """r2s25a: whether a paragraph's first sentence has a person named in full as its main subject ("Jo
    Reed, who played bass, confirms it."): narration of someone in the third person, no one's answer."""
    first = next((t for t in ctx.tokens if start <= t.idx < end and not t.is_space), None)
    if first is None:
        return False
    lo, hi = ctx.sent_bounds[ctx.sent_of[first.i]]
    for token in ctx.tokens[lo:hi]:
        ent = ctx.ent_of.get(token.i)
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and ent is not None and ent.label == "PERSON":
            return " " in ent.text
    return False


def _plain_answer(text: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether a paragraph reads as an interviewee's answer: no quote mark opening it, and the first person
    outside the quotes it holds ('She said, "I think ..."' is no answer in itself; a narrative paragraph
    quoting someone speaks of them in the third person)."""
    if text[start] in MARK_CHARS:
        return False
    inside = [(max(s, start), min(e, end)) for s, e in taken if s < end and start < e]
    return any(
        not any(s - 1 <= m.start() < e + 1 for s, e in inside)
        for m in FIRST_PERSON.finditer(text, start, end)
    )


def speaker_stats(found: Sequence[Quote]) -> list[dict[str, Any]]:
    """Who is quoted how often and at what length, most quoted first.

    Args:
        found: The quotes of one article (:func:`quotes`).

    Returns:
        One plain dict per speaker, keyed by canonical name (``None`` collects quotes without a speaker):
        ``speaker``, ``anonymous``, ``quotes`` (all kinds), ``direct`` (direct and partial), ``indirect``,
        ``words`` (words quoted), ``share`` (of all quoted words in the article, 0-1). Sorted by words, then
        quotes, descending.
    """
    rows: dict[tuple[str | None, bool], dict[str, Any]] = {}
    total = 0
    for q in found:
        key = (q.speaker.canonical, q.speaker.anonymous) if q.speaker is not None else (None, False)
        row = rows.setdefault(
            key,
            {"speaker": key[0], "anonymous": key[1], "quotes": 0, "direct": 0, "indirect": 0, "words": 0},
        )
        words = len(WORD.findall(q.text))
        row["quotes"] += 1
        row["indirect" if q.kind == "indirect" else "direct"] += 1
        row["words"] += words
        total += words
    out = sorted(rows.values(), key=lambda r: (-r["words"], -r["quotes"], str(r["speaker"])))
    for row in out:
        row["share"] = round(row["words"] / total, 3) if total else 0.0
    return out


def anonymous_share(found: Sequence[Quote]) -> tuple[int, int]:
    """How many quotes come from anonymous sources, and how many quotes have a speaker at all."""
    with_speaker = [q for q in found if q.speaker is not None]
    return sum(1 for q in with_speaker if q.speaker is not None and q.speaker.anonymous), len(with_speaker)


def _quoted(ctx: Context, q: int) -> Candidate | None:
    """The candidate for quoted span ``q``: kind, speech verb and subject; ``None`` for scare quotes."""
    qs, qe = ctx.spans[q]
    idx = _tokens_in(ctx, q)
    if not idx:
        return None
    doc = ctx.tokens
    first_sent, last_sent = ctx.sent_of[idx[0]], ctx.sent_of[idx[-1]]
    lo = ctx.sent_bounds[first_sent][0]
    words = sum(1 for i in idx if not (doc[i].is_punct or doc[i].is_space))
    cue = _governing_cue(ctx, idx)
    cues_here = ctx.cues_in(first_sent, last_sent)
    kind = _kind(ctx, idx, lo)
    cut_off = _cut_off(ctx, idx, lo)
    if (
        cue is None
        and kind == "direct"
        and len(cues_here) == 1
        and not _subordinate_cue(ctx, cues_here[0], qe)
    ):
        cue = cues_here[0]
    if cue is not None and (nearer := _colon_cue(ctx, idx[0], lo)) is not None and cue.i < nearer.i:
        cue = nearer  # '"...," Cruz said as the heckler yelled: "You suck!"': the verb the colon ends
    if cue is not None and _bare_end(ctx.text, qe) and _in_subject(ctx, idx, cue):
        cue = None  # '"Broad City" star Arturo Castro asked ...': the words name the one who speaks
    inverted = _inverted_cue(ctx, qe) if cue is None and kind == "direct" else None
    if cue is None and kind == "direct" and inverted is None:
        inverted = _orphan_cue(ctx, idx)
    if inverted is not None:
        cue = inverted[0]
    if cue is None and kind == "direct":
        cue = _trailing_cue(ctx, qe) or _lead_in_cue(ctx, first_sent, qs) or _colon_verb(ctx, idx[0], lo)
    # '"Containment" has been U.S. policy'; 'on MSNBC's "Morning Joe."', the parse's sentence break before it
    named = kind == "partial" or _named_in_sentence(ctx, qe) or cut_off
    if named and cue is None and (words <= MAX_SCARE_WORDS or _is_title(doc, idx)) and not _cried(doc, idx):
        return None  # a scare quote, a nickname, a term or the title of a work: not speech
    if cue is None and _heading(ctx, qs, qe, idx):
        return None
    start, end = trim(ctx.text, qs, qe)
    if start >= end:
        return None
    subject = subject_of(cue, ctx.quote_of) if cue is not None else None
    if cue is not None and cue.idx >= qe and (subject is None or ctx.quote_of[subject.i] >= 0):
        subject = _name_before_verb(ctx, qe, cue) or subject
    if inverted is not None and subject is None:
        subject = inverted[1]
    verb = cue.text if cue is not None else None
    return Candidate(start, end, kind, first_sent, cue, subject, verb, end_sent=last_sent)


# Words opening an adverbial clause that sets a scene ("... when reporters asked", "... as the crowd sang").
_SCENE_OPENERS = frozenset({"when", "as", "after", "before", "while", "until", "once", "whenever"})


def _subordinate_cue(ctx: Context, cue: Token, close: int) -> bool:
    """'"I just do my job," the keeper shrugged when reporters asked about the saves': the sentence's one
    speech verb after the quote sits in a clause of time hung on another verb, so its subject only sets the
    scene; the quote is not theirs."""
    if cue.idx < close or cue.dep_ != "advcl" or ctx.is_cue(cue.head):
        return False
    return any(
        c.dep_ in ("mark", "advmod") and c.i < cue.i and c.lower_ in _SCENE_OPENERS for c in cue.children
    )


MAX_APPOSITION = 10  # tokens of an apposition between a trailing name and its speech verb ("Ramos, 58,")


def _name_before_verb(ctx: Context, close: int, cue: Token) -> Token | None:
    """'"...," Ramos, 58, told AFP': the parser left the speech verb without a subject. A name opening the
    text after the closing mark, then nothing or one comma-set apposition, then the verb: that name."""
    tokens = [t for t in ctx.tokens[bisect.bisect_left(ctx.starts, close) : cue.i] if not t.is_space]
    while tokens and (tokens[0].text in MARK_CHARS or tokens[0].text == ","):
        tokens.pop(0)
    if not tokens or "\n" in ctx.text[close : cue.idx]:
        return None
    tokens = _after_title(ctx, tokens)
    ent = ctx.ent_of.get(tokens[0].i) if tokens else None
    if ent is None or ent.start != tokens[0].idx or ent.label not in {"PERSON", "ORG", "NORP"}:
        return None
    name = [t for t in tokens if t.idx < ent.end]
    rest = tokens[len(name) :]
    if rest and not (rest[0].text == "," and rest[-1].text == "," and len(rest) <= MAX_APPOSITION):
        return None
    return name[-1]


MAX_TITLE = 5  # words of a title, office or place before a trailing name ("Tulsa police Chief")


def _after_title(ctx: Context, tokens: list[Token]) -> list[Token]:
    """'"...," Tulsa police Chief Ana Ruiz said': the tokens from the PERSON a title of at most ``MAX_TITLE``
    words (nouns, names, a place, however the parser tagged them) leads up to; ``tokens`` as they are when
    no such person follows."""
    for k, t in enumerate(tokens[: MAX_TITLE + 1]):
        ent = ctx.ent_of.get(t.i)
        if ent is not None and ent.label == "PERSON" and ent.start == t.idx:
            return tokens[k:]
        if not (t.pos_ in {"PROPN", "NOUN", "ADJ"} or t.ent_type_):
            break
    return tokens


MAX_ASIDE = 4  # tokens of a comma-set aside between a name and its verb ("Clinton, exasperated, responded")


def _orphan_cue(ctx: Context, idx: Sequence[int]) -> tuple[Token, Token] | None:
    """'In a statement to the Observer, her adviser, Jake Sullivan, said: "..."', 'Clinton, exasperated,
    famously responded: "..."': a speech verb governing the quote that the parse left without a subject,
    with a person named right before it (see :func:`_name_before`). The verb and the name, or None."""
    inside = set(idx)
    for i in idx:
        node = ctx.tokens[i]
        if node.head.i in inside and node.head.i != i:
            continue
        for _ in range(3):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i in inside:
                continue
            if ctx.is_cue(node) and subject_of(node, ctx.quote_of) is None:
                name = _name_before(ctx, node)
                return (node, name) if name is not None else None
            break
    return None


def _name_before(ctx: Context, verb: Token) -> Token | None:
    """The last token of a PERSON named right before ``verb`` in its sentence: only commas, the verb's own
    adverbs and one comma-set aside of at most ``MAX_ASIDE`` tokens between."""
    lo = ctx.sent_bounds[ctx.sent_of[verb.i]][0]
    i = verb.i - 1
    aside = False
    while i >= lo:
        token = ctx.tokens[i]
        if token.is_space or (token.dep_ == "advmod" and token.head.i == verb.i):
            i -= 1
            continue
        if token.text == ",":
            ent = ctx.ent_of.get(i - 1)
            if ent is not None and ent.label == "PERSON" and ctx.quote_of[i - 1] < 0:
                return ctx.tokens[i - 1]
            if aside:
                return None
            # "Clinton, exasperated, responded": pass over the aside to the comma before it.
            k = next(
                (j for j in range(i - 1, max(lo, i - MAX_ASIDE - 2) - 1, -1) if ctx.tokens[j].text == ","),
                None,
            )
            if k is None or any(ctx.quote_of[j] >= 0 for j in range(k, i)):
                return None
            aside, i = True, k
            continue
        ent = ctx.ent_of.get(i)
        return token if ent is not None and ent.label == "PERSON" and ctx.quote_of[i] < 0 else None
    return None


def _inverted_cue(ctx: Context, close: int) -> tuple[Token, Token] | None:
    """'"The risk," said Edward Leamer, an economist ..., "is that ...."': a speech verb right after the
    closing mark, with a name right after it that the parser hung on another verb (the next quote's), so the
    verb has no subject. That name is its subject: the verb and the name's head, or None. Any verb will do
    before a person ('"...," tweeted Jo Li'): only speech puts a verb before its subject after a quote."""
    k = bisect.bisect_left(ctx.starts, close)
    doc = ctx.tokens
    while k < len(doc) and (doc[k].text in MARK_CHARS or doc[k].text == "," or doc[k].is_space):
        if "\n" in doc[k].text:
            return None
        k += 1
    if k + 1 >= len(doc) or doc[k].pos_ != "VERB" or subject_of(doc[k], ctx.quote_of) is not None:
        return None
    verb, first = doc[k], doc[k + 1]
    ent = ctx.ent_of.get(first.i)
    if ent is None or ent.start != first.idx or ent.label not in {"PERSON", "ORG", "NORP"}:
        return None
    if not ctx.is_cue(verb) and ent.label != "PERSON":
        return None  # '"...," tweeted Jo Li': a verb the lexicon lacks, inverted after a quote, with a person
    name = [t for t in doc[first.i : first.i + 8] if t.idx < ent.end]
    head = next((t for t in name if not (name[0].i <= t.head.i <= name[-1].i) or t.head.i == t.i), None)
    return (verb, head) if head is not None and ctx.quote_of[head.i] < 0 else None


MAX_TRAILING_VERB = 6  # tokens before the speech verb of a sentence that attributes the quote before it
MAX_TRAILING = 10  # the same when a subject phrase opens that sentence ("a staffer in the room wondered")


def _trailing_cue(ctx: Context, close: int) -> Token | None:
    """``"Who are they?" Trump asked.``: a sentence the model starts after "?"/"!" that attributes the quote.

    The sentence must start right after the closing mark, on the same line, and open with ``subject verb``
    (or ``verb subject``) where the verb is a speech verb with no complement of its own.
    """
    doc = ctx.tokens
    k = bisect.bisect_right(ctx.starts, close)
    after = doc[k] if k < len(doc) else None
    if (
        after is not None
        and not after.is_sent_start
        and k + 2 < len(doc)
        and doc[k + 2].is_sent_start
        and is_title_abbreviation(abbreviation_at(ctx.doc, k + 1))
    ):
        after = doc[k + 2]  # '"...," Const. Ana Ruiz said.': the parser ends a sentence at a title's stop
    if after is None or not after.is_sent_start or "\n" in ctx.text[close : after.idx]:
        return None
    lo, hi = ctx.sent_bounds[ctx.sent_of[after.i]]
    for token in doc[lo : min(hi, lo + MAX_TRAILING)]:
        # A complement of its own means the sentence says something else; an object of "ask"/"tell" is
        # the person addressed ('"Why?" Obama asked Republican politicians.').
        complements = {"ccomp"} if token.lemma_.lower() in ctx.cues.addressee_verbs else {"ccomp", "dobj"}
        if not ctx.is_cue(token) or any(c.dep_ in complements and c.i > token.i for c in token.children):
            continue
        subj = subject_of(token, ctx.quote_of)
        # Further in, only after a subject phrase that opens the sentence ("a staffer in the room
        # wondered"), not after a clause of its own.
        if subj is not None and subj.i >= lo and (token.i - lo < MAX_TRAILING_VERB or subj.left_edge.i == lo):
            return token
    return None


def _lead_in_cue(ctx: Context, sent: int, open_at: int) -> Token | None:
    """``Trump said:`` closing the paragraph before a quote that opens its own: that speech verb."""
    prev = previous_content(ctx, sent)
    if prev < 0:
        return None
    lo, hi = ctx.sent_bounds[prev]
    words = [t for t in ctx.tokens[lo:hi] if not t.is_space]
    if not words or words[-1].text != ":" or words[-1].idx > open_at:
        return None
    cues = [t for t in words if ctx.is_cue(t) and subject_of(t, ctx.quote_of) is not None]
    if not cues:
        return _named_colon_verb(ctx, words[-1])
    return cues[-1] if len(cues) == 1 else None


def _colon_cue(ctx: Context, first: int, sent_start: int) -> Token | None:
    """The speech verb (with a subject) nearest before a colon that opens the quote, in its sentence."""
    i = first - 1
    while i >= sent_start and (ctx.tokens[i].is_space or ctx.tokens[i].text in MARK_CHARS):
        i -= 1
    if i < sent_start or ctx.tokens[i].text != ":":
        return None
    for token in reversed(ctx.tokens[sent_start:i]):
        if ctx.quote_of[token.i] >= 0:
            return None
        if ctx.is_cue(token) and subject_of(token, ctx.quote_of) is not None:
            return token
    return None


def _colon_verb(ctx: Context, first: int, sent_start: int) -> Token | None:
    """``Jo Li boomed: "..."``: the verb before a colon that opens the quote, in its sentence."""
    for i in range(first - 1, sent_start - 1, -1):
        token = ctx.tokens[i]
        if token.is_space or token.text in MARK_CHARS:
            continue
        return _named_colon_verb(ctx, token) if token.text == ":" else None
    return None


def _named_colon_verb(ctx: Context, colon: Token) -> Token | None:
    """The verb a colon hangs from, when it is no speech verb but a named person is its subject.

    ``Jo Li echoed:``, ``Jo Li thanked them, writing:``; a verb of any kind, so only a PERSON will do.
    """
    verb = colon.head
    if colon.text != ":" or verb.pos_ != "VERB" or verb.i > colon.i or ctx.quote_of[verb.i] >= 0:
        return None
    subj = subject_of(verb, ctx.quote_of)
    ent = ctx.entity(subj) if subj is not None else None
    return verb if ent is not None and ent.label == "PERSON" else None


def _in_subject(ctx: Context, idx: Sequence[int], cue: Token) -> bool:
    """Whether the quoted tokens lie within the noun phrase that is their speech verb's subject, no verb
    between them and its head: a title or a name in the phrase for who speaks, not what is said."""
    subject = subject_of(cue, ctx.quote_of)
    if subject is None or ctx.quote_of[subject.i] >= 0:
        return False
    inside = set(idx)
    for i in idx:
        node = ctx.tokens[i]
        if node.head.i in inside and node.head.i != i:
            continue  # not a root of the quoted words
        while node.i != subject.i:
            if node.head.i == node.i or (node.i not in inside and node.pos_ in {"VERB", "AUX"}):
                return False  # a clause of its own within the subject ('who called it "a fraud"')
            node = node.head
    return True


END_PUNCTUATION = frozenset(".!?…")


def _bare_end(text: str, close: int) -> bool:
    """Whether the quote closing at offset ``close`` ends on a word, no punctuation of its own before the mark
    ('"Broad City" star', not '"We won," she said'; 'calls "hell"': a mark after a space opens a quote
    within the quote)."""
    if close == 0 or close >= len(text) or text[close] not in MARK_CHARS:
        return False
    return text[close - 1].isalnum() or text[close - 1] == ")"


def _named_in_sentence(ctx: Context, close: int) -> bool:
    """Whether the writer's sentence carries on past a quote that ends without punctuation of its own, a word
    or a bracket right after the closing mark ('"Broad City" star Arturo Castro', '"Refoulement" (forcible
    return) is forbidden', 'he "left" with them'): the marked words are a title, a term or a phrase the
    sentence names, not speech set off with its own clause."""
    text = ctx.text
    if not _bare_end(text, close):
        return False
    after = close
    while after < len(text) and (text[after] in MARK_CHARS or text[after] in " \t"):
        after += 1
    return after > close and after < len(text) and (text[after].isalpha() or text[after] == "(")


def _cried(doc: Sequence[Token], idx: Sequence[int]) -> bool:
    """pol29: 'chanted "What curfew?"': two words or more asking or exclaiming with their own mark inside the
    quote marks are something said; a term, a nickname or a scare-quoted word asks nothing. A title may
    exclaim ("Mamma Mia!"), so words in title case stay a name."""
    words = [doc[i] for i in idx if not (doc[i].is_punct or doc[i].is_space)]
    return len(words) >= 2 and doc[idx[-1]].text in {"?", "!"} and not _is_title(doc, idx)


def _heading(ctx: Context, start: int, end: int, idx: Sequence[int]) -> bool:
    """Whether a quote is its paragraph's only words, in title case or capitals without a full stop of its
    own: a subhead ('"DIVISIVE, STUPID AND WRONG"') or a label ('"Related":'), not speech."""
    text = ctx.text
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    around = text[para_start:start] + text[end:para_end]
    if any(ch.isalnum() for ch in around) or any(ch in END_PUNCTUATION for ch in text[start:end]):
        return False
    return _is_title(ctx.tokens, idx)


def _is_title(doc: Sequence[Token], idx: Sequence[int]) -> bool:
    """Title case throughout ("The Kid Who Would Be King"): the name of a work, show or slogan."""
    words = [doc[i] for i in idx if doc[i].is_alpha]
    if not words or len(words) > 8:
        return False
    return all(t.text[0].isupper() or t.lower_ in _SMALL_WORDS for t in words) and words[0].text[0].isupper()


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with"}
    # pol29: short linking words a title may keep in lower case ("Orange is the New Black", "Up in Arms")
    | {"is", "are", "as", "vs", "from", "into", "up"}
)


def _join_split(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Join ``"A," he said, "B."`` into one quote: the attribution sits between two halves of one sentence.

    The first half ends with a comma inside its marks, the gap holds the speech verb with its subject (or,
    :func:`_interrupting_clause`, any verb with its subject: 'she believes') and ends with a comma, and the
    second half has no speech verb of its own (or the same one). The second half may lack a clause of its own
    ('"This port," he said, "belongs to the town"': its subject is in the first half).
    """
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "direct"
            and (cand.kind == "direct" or (cand.kind == "partial" and cand.cue is None))
            and (cand.cue is None or (prev.cue is not None and cand.cue.i == prev.cue.i))
            and _split_gap(ctx, prev, cand)
        ):
            first = prev.text if prev.text is not None else ctx.text[prev.start : prev.end]
            second = ctx.text[cand.start : cand.end]
            cue, subject, verb = prev.cue, prev.subject, prev.verb
            if cue is None and (cue := _interrupting_clause(ctx, prev, cand)) is not None:
                subject, verb = subject_of(cue, ctx.quote_of), cue.text  # the verb between is the attribution
            out[-1] = Candidate(
                prev.start,
                cand.end,
                "direct",
                prev.sent,
                cue,
                subject,
                verb,
                end_sent=cand.end_sent,
                text=f"{first} {second}",
            )
            continue
        out.append(cand)
    return out


def _split_gap(ctx: Context, a: Candidate, b: Candidate) -> bool:
    if a.cue is None and b.kind == "partial":
        if _interrupting_clause(ctx, a, b) is None:
            return False
    elif a.cue is None or not (a.end <= a.cue.idx < b.start):
        return False
    raw_end = a.end
    while raw_end < len(ctx.text) and ctx.text[raw_end] not in MARK_CHARS:
        raw_end += 1
    if "," not in ctx.text[a.end : raw_end + 1] or "\n" in ctx.text[a.end : b.start]:
        return False
    gap = [t for t in ctx.tokens if a.end <= t.idx < b.start and not t.is_space and t.text not in MARK_CHARS]
    if len(gap) >= 2 and _leads_in_anew(gap[-2], a.cue):
        return False
    return 0 < len(gap) <= MAX_SPLIT_GAP and gap[-1].text == "," and gap[0].text == ","


def _leads_in_anew(last: Token, cue: Token | None) -> bool:
    """pol29: '"A," Li said, suggesting a few questions, including, "B?"': the words between the two quotes
    end on a participle or a preposition of their own (not the attribution's verb), which leads in the second
    quote as what it names: a quotation of its own, not the rest of the first."""
    if cue is not None and last.i == cue.i:
        return False
    return last.tag_ == "VBG" or (last.pos_ == "ADP" and last.dep_ == "prep")


def _interrupting_clause(ctx: Context, a: Candidate, b: Candidate) -> Token | None:
    """'"This port," Vance believes, "belongs to the town"': between the halves only a verb and its one- or
    two-word subject (a name or a pronoun), and the second half no clause of its own, so it cannot stand
    apart: one sentence interrupted by its attribution, whatever the verb (believe, think, note)."""
    gap = [t for t in ctx.tokens if a.end <= t.idx < b.start and t.is_alpha]
    verbs = [t for t in gap if t.pos_ == "VERB"]
    if len(verbs) != 1 or not 2 <= len(gap) <= 3:
        return None
    subj = [t for t in gap if t.dep_ == "nsubj" and t.head.i == verbs[0].i]
    return verbs[0] if len(subj) == 1 and subj[0].pos_ in {"PROPN", "PRON"} else None


def _dedupe(quoted: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Merge the finders: a reported clause that is all one quotation is that quotation, made ``direct``."""
    out = list(quoted)
    # (start, index) of every candidate in ``out``, sorted: only those starting inside ``rep`` are looked at
    # (a scan of all of them per clause was quadratic: 1,333 clauses with a quote each, 0.66 s).
    by_start = sorted((q.start, k) for k, q in enumerate(out))
    spans: set[tuple[int, int]] = set()
    for rep in reported:
        cue = rep.cue
        if (rep.start, rep.end) in spans:
            continue  # "denied what it described as ...": two cues report the one clause; one record of it
        spans.add((rep.start, rep.end))
        lo = bisect.bisect_left(by_start, (rep.start, -1))
        hi = bisect.bisect_right(by_start, (rep.end, len(out)))
        inner = sorted(k for _, k in by_start[lo:hi] if out[k].text is None and out[k].end <= rep.end)
        if cue is not None and len(inner) == 1:
            q = out[inner[0]]
            outside = rep.end - rep.start - (q.end - q.start)
            if outside <= 3:  # only the quote marks and a comma or full stop left over
                if q.cue is None or q.cue.i == cue.i:
                    out[inner[0]] = Candidate(
                        q.start, q.end, "direct", q.sent, cue, rep.subject, rep.verb, end_sent=q.end_sent
                    )
                continue
        if cue is None and len(inner) == 1 and out[inner[0]].kind == "direct" and out[inner[0]].cue is None:
            q = out[inner[0]]
            if rep.end - rep.start - (q.end - q.start) <= 4:
                continue  # 'According to X, "..."': the quote itself, attributed by the according-to pass
        bisect.insort(by_start, (rep.start, len(out)))
        out.append(rep)
    return out


def _tokens_in(ctx: Context, q: int) -> list[int]:
    qs, qe = ctx.spans[q]
    span = ctx.doc.char_span(qs, qe, alignment_mode="expand")
    if span is None:
        return []
    return [t.i for t in span if ctx.quote_of[t.i] == q]


def _kind(ctx: Context, idx: Sequence[int], sent_start: int) -> QuoteKind:
    """``direct`` for a quote that opens its sentence or follows ``:``/``,`` with its own clause."""
    doc = ctx.tokens
    before: list[Token] = []  # the last two tokens before the quote in its sentence (scanning back)
    for i in range(idx[0] - 1, sent_start - 1, -1):
        if not doc[i].is_space and doc[i].text not in MARK_CHARS:
            before.insert(0, doc[i])
            if len(before) == 2:
                break
    inside = set(idx)
    has_clause = any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx)
    if not before:
        return "direct"
    if before[-1].text == ":" and _sentence_after_colon(ctx, idx, sent_start):
        return "direct"
    if has_clause and (
        before[-1].text in {":", ","}
        or (before[-1].pos_ == "VERB" and before[-1].lemma_.lower() in ctx.cues.verbs)
        or (before[-1].lower_ == "that" and len(before) > 1 and before[-2].lemma_.lower() in ctx.cues.verbs)
    ):
        return "direct"
    return "partial"


def _sentence_after_colon(ctx: Context, idx: Sequence[int], sent_start: int) -> bool:
    """r2s25b: 'Li posted on X: "So proud of you."': words that open with a capital and close on a stop inside
    the marks, after a speech verb's colon, are a sentence quoted whole though the parse finds no clause."""
    first, last = ctx.tokens[idx[0]], ctx.tokens[idx[-1]]
    if not first.text[:1].isupper() or last.text not in {".", "!", "?"}:
        return False
    return _colon_cue(ctx, idx[0], sent_start) is not None


SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…", "-", "—", "–"})


def _cut_off(ctx: Context, idx: Sequence[int], sent_start: int) -> bool:
    """Whether quoted words with no clause of their own open a sentence of the parse that the words before
    them run on into (:func:`_runs_on`): a name or title the writer's sentence ends on."""
    doc = ctx.tokens
    if any(not (doc[i].is_space or doc[i].text in MARK_CHARS) for i in range(sent_start, idx[0])):
        return False
    inside = set(idx)
    if any(doc[i].dep_ in SUBJECT_DEPS | {"nsubjpass"} and doc[i].head.i in inside for i in idx):
        return False
    return _runs_on(ctx, idx[0])


def _runs_on(ctx: Context, first: int) -> bool:
    """Whether the words before token ``first`` (a quote's first, opening a sentence of the parse) run on
    into it within their paragraph, ending in no stop, colon or dash: the sentence break is the parse's."""
    for i in range(first - 1, -1, -1):
        token = ctx.tokens[i]
        if "\n" in token.text or "\n" in ctx.text[token.idx + len(token) : ctx.tokens[i + 1].idx]:
            return False
        if token.is_space or token.text in MARK_CHARS:
            continue
        return not (token.text in SENTENCE_ENDS or token.text.endswith("."))
    return False


def _governing_cue(ctx: Context, idx: Sequence[int]) -> Token | None:
    """The nearest cue verb with a subject, outside quotes, among the ancestors of the quoted tokens.

    A cue verb without a subject ("in denying Hamas ...") is passed over for the next one up.
    """
    inside = set(idx)
    cue = _nearest_cue(ctx, idx, inside)
    # 'Li blasted Ruiz for saying the plan was "dead on arrival."': the full stop inside the marks hangs on
    # the sentence's root (Li's verb), while the words are what Ruiz is faulted for saying.
    said = _nearest_cue(ctx, [i for i in idx if not ctx.tokens[i].is_punct], inside)
    if said is not None and said is not cue and faulted_for(said) is not None:
        return said
    # 'Reid praised Li, who said she was "proud of everyone."': the same full stop hangs on the root, a verb
    # of Reid's, while the words are the complement of Li's "said" (spk23c). The words' own cue wins.
    if said is not None and cue is not None and said is not cue and _outside_report(cue, said):
        return said
    return cue


def _outside_report(top: Token, token: Token) -> bool:
    """Whether ``token`` lies below ``top`` in the parse but not in a clause ``top`` reports: "praised Li,
    who said ..." (Li's words), not "said RCMP will maintain ..." (the words of whoever said it)."""
    node = token
    while node.head.i != node.i and node.head.i != top.i:
        node = node.head
    return node.head.i == top.i and node is not top and node.dep_ not in _REPORTED_DEPS


_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "conj"})


def _nearest_cue(ctx: Context, idx: Sequence[int], inside: set[int]) -> Token | None:
    """The cue verb with a subject fewest steps up from a root of the quoted tokens ``idx``."""
    best: tuple[int, Token] | None = None
    for i in idx:
        token = ctx.tokens[i]
        if token.head.i in inside and token.head.i != i:
            continue  # not a root of the quoted fragment
        hops, node = 0, token
        while node.head.i != node.i:
            node = node.head
            hops += 1
            if node.i not in inside and ctx.is_cue(node) and subject_of(node, ctx.quote_of) is not None:
                if best is None or hops < best[0]:
                    best = (hops, node)
                break
    return best[1] if best else None


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


def _according(ctx: Context) -> list[Candidate]:
    """Indirect quotes from ``..., according to X``: the clause the phrase attaches to, without it."""
    out: list[Candidate] = []
    for acc in ctx.doc:
        if acc.lower_ != "according" or acc.dep_ != "prep" or ctx.quote_of[acc.i] >= 0:
            continue
        to = next((c for c in acc.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is None:
            continue
        head = acc.head
        after = range(acc.right_edge.i + 1, head.right_edge.i + 1)
        if acc.i > head.i and any(ctx.quote_of[i] >= 0 for i in after):
            continue  # 'She was, according to her son, "hopeless ..."': the quotation is what he said
        if acc.i > head.i:
            first, last = head.left_edge, ctx.tokens[acc.left_edge.i - 1]
        else:
            first, last = ctx.tokens[acc.right_edge.i + 1], head.right_edge
            apposed = _name_apposed_after(ctx, acc.right_edge.i + 1) if source.ent_type_ != "PERSON" else None
            if apposed is not None:
                # spk29c: "According to the Secretary of Labor, Jane Doe, wages are rising.": the name the
                # parse cut off from the office is who said it, and no part of what was said
                source, first = apposed.root, ctx.tokens[apposed.end + 1]
            # "According to X, the deficit will rise.": the clause, not the comma before it or its full stop
            while first.i < last.i and first.is_punct and ctx.quote_of[first.i] < 0:
                first = ctx.tokens[first.i + 1]
            while last.i > first.i and last.text in (".", "!") and ctx.quote_of[last.i] < 0:
                last = ctx.tokens[last.i - 1]
        start, end = _close_quotes(ctx, first.idx, last.idx + len(last.text))
        start = max(start, _dateline_cut(ctx.text, start, end))
        start, end = trim(ctx.text, start, end)
        if end > start:
            verb = f"{acc.text} {to.text}" if to is not None else acc.text
            out.append(Candidate(start, end, "indirect", ctx.sent_of[acc.i], None, source, verb))
    return out


def _name_apposed_after(ctx: Context, comma: int) -> Span | None:
    """The person's name between the comma at ``comma`` and the next comma ("..., Jane Doe, ..."), the model's
    PERSON span whole and outside quotes; None otherwise."""
    tokens = ctx.tokens
    if comma + 2 >= len(tokens) or tokens[comma].text != "," or tokens[comma + 1].ent_iob_ != "B":
        return None
    if tokens[comma + 1].ent_type_ != "PERSON" or ctx.quote_of[comma + 1] >= 0:
        return None
    end = comma + 2
    while end < len(tokens) and tokens[end].ent_iob_ == "I":
        end += 1
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    return ctx.doc[comma + 1 : end]


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
