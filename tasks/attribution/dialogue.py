"""Transcript layouts: a paragraph that opens with a speaker and a colon, and the answers of a
question-and-answer interview (marked "Q:"/"A:" or questions standing as paragraphs)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from tasks.attribution.clauses import _OPEN_MARKS
from tasks.attribution.frame_speakers import _ANSWER, _COLON_LINE, _MIN_ANSWERS, _QUESTION, _plain_interview
from tasks.attribution.interviewees import _interviewee
from tasks.models import Quote, Speaker
from tasks.quote_context import paragraph_spans

_VIEW_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP"})
_MAX_PEOPLE_WORDS = 3  # "Union boss:", "Senior Tory MPs:"; a longer phrase before a colon is a summary


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
