"""Quotes without speech verbs in interviews, transcripts and court examinations: labelled turns ("Q:", "A:"),
unmarked answers after a question, and examiners' questions."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Token

from tasks.attribution import introduced_interviewee, questions_make_interview
from tasks.models import Speaker
from tasks.quote_context import (
    Candidate,
    Context,
    paragraph_spans,
)
from tasks.quotemarks import MARK_CHARS
from tasks.speakers import (
    interviewee,
)

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
