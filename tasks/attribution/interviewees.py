"""Whether an article is an interview, and whom it interviews: the person its questions address, its
headline names or the paper met; ties between candidates."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from tasks.models import Speaker
from tasks.quote_context import paragraph_spans

# An interview's question set as a paragraph of its own, no quote marks in it (as tasks.quotes reads one).
_QUESTION_PARAGRAPH = re.compile(r"[^\n\"“”«»]{8,}\?")
_ADDRESSED = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_MIN_QUESTIONS = 3  # question paragraphs that make an article an interview
_MIN_ADDRESSED = 2  # of them, put to "you": the interviewer's, not a columnist's rhetorical questions
_MIN_QA_QUESTIONS = 2  # question paragraphs before quoted answers are read as an interview's (spk24a)


# The paper telling of its own meeting with the interviewee ("We spoke to ...", "I sat down with ...")
_PAPER_MET = re.compile(
    r"\b(?:We|I)\s+(?:spoke|talked|chatted|sat down|caught up)\s+(?:to|with)\b"
    # lead23: "He spoke to Anna Berg.", "She talked to our correspondent": the interviewee met the paper's
    # named (or own) interviewer; "We asked her about ...": the paper's questions
    r"|\b(?:He|She)\s+(?:spoke|talked|chatted)\s+(?:to|with)\s+(?:our\b|[A-Z][a-z]+\s+[A-Z][a-z]+\s*[.,])"
    r"|\bWe\s+asked\s+(?:him|her|them)\b"
)


def reads_as_interview(text: str) -> bool:
    """spk24a: whether an article's question paragraphs ("Q:" ones too) make it an interview: two of them or
    more, ``_MIN_ADDRESSED`` put to "you" or after the paper says it met someone (as
    :func:`questions_make_interview` reads them, which asks for more questions for the voice layer)."""
    spans = paragraph_spans(text)
    asked = [_QUESTION_PARAGRAPH.fullmatch(text[a:b].strip()) is not None for a, b in spans]
    if sum(asked) < _MIN_QA_QUESTIONS:
        return False
    addressed = sum(1 for (a, b), q in zip(spans, asked, strict=True) if q and _ADDRESSED.search(text[a:b]))
    first = spans[asked.index(True)][0]
    return addressed >= _MIN_ADDRESSED or _PAPER_MET.search(text, 0, first) is not None


def _interviewee(doc: Doc, before: int) -> Speaker | None:
    """Whom an interview's introduction is about: the person it names most often before the first question
    (a surname alone counts for the full name), none on a tie; a person the questions speak of is left out
    (:func:`discussed_in_questions`). The questions are the paper's, so the answers
    can only be that person's."""
    counts: dict[str, int] = {}
    full: dict[str, str] = {}
    met: set[str] = set()
    for ent in doc.ents:
        if ent.start_char >= before:
            break
        key = ent[-1].lower_
        # spk24a: the surname of a person named in full counts, whatever the model tags it ("Lindqvist" ORG)
        surname = len(ent) == 1 and key in full
        if (ent.label_ != "PERSON" and not surname) or is_interviewer(ent) or _has_digit(ent):
            continue
        counts[key] = counts.get(key, 0) + 1
        if met_by_paper(ent):
            met.add(key)
        if len(ent.text) > len(full.get(key, "")):
            full[key] = ent.text
    counts = without_discussed(counts, discussed_in_questions(doc, before))
    for key in _organisation_names(doc) & counts.keys():
        del counts[key]  # r2s26b: "Lumora" beside "Lumora Inc.": the company, not whom the answers are from
    if (subject := _subject_right_before(doc, before, full)) is not None:
        return Speaker(text=subject, canonical=subject, rule="interviewee")
    headline = _headline_interviewee(doc)
    if headline is not None and re.search(rf"\b{re.escape(headline.text)}\b", doc.text[:before]):
        # r2s25a: the one person the headline names, named in full in the introduction, is whom the feature
        # is about, however often it names the producer or a bandmate it quotes on the way
        return headline
    if not counts:
        return _headline_interviewee(doc)
    top = break_tie(counts, met)
    if top is None:
        return None
    name = full[top]
    return Speaker(text=name, canonical=name, rule="interviewee")


def _organisation_names(doc: Doc) -> set[str]:
    """r2s26b: the first words (lower case) of the organisations the model tagged ("Lumora Inc."): the same
    word tagged a person elsewhere ("Lumora said") is that organisation, never an interviewee."""
    return {ent[0].lower_ for ent in doc.ents if ent.label_ == "ORG" and len(ent) > 1}


def _subject_right_before(doc: Doc, before: int, full: dict[str, str]) -> str | None:
    """r2s26b: "Farrokh spoke briefly with reporters after the keynote. Her answers have been edited.": the
    paragraph right before the first question, when it names one person only, named in full before it
    (``full``, by surname), as a subject there, introduces whom the answers are from, however often the
    article named others it quoted."""
    start = max(doc.text.rfind("\n", 0, len(doc.text[:before].rstrip())), 0)
    names = [
        t
        for t in doc
        if start <= t.idx < before and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.lower_ in full)
    ]
    people = {
        t.lower_
        for t in names
        if t.i + 1 >= len(doc) or doc[t.i + 1].ent_type_ != "PERSON" or doc[t.i + 1].ent_iob_ == "B"
    }
    if len(people) != 1 or not (people <= full.keys()):
        return None
    key = next(iter(people))
    if not any(t.lower_ == key and t.dep_ in {"nsubj", "nsubjpass"} for t in names):
        return None
    return full[key]


def _has_digit(ent: Span) -> bool:
    """spk26b: a strain or a model the model tagged PERSON ("H5N1", "F-35") is nobody an interview is about;
    its one mention would tie with the interviewee's and leave the answers to no one."""
    return any(ch.isdigit() for ch in ent.text)


# An interviewer's question on a line of its own, "Q:" before it or not, no quote marks in it.
QUESTION_LINE = re.compile(r"^[^\S\n]*(?:Q\s*[:.]\s*)?[^\n\"“”«»]{8,}\?[^\S\n]*$", re.MULTILINE)


def discussed_in_questions(doc: Doc, before: int) -> frozenset[str]:
    """spk24a: the surnames (lower case) of the people an interview's questions after ``before`` speak of in
    the third person ("Is it daunting to follow Anton Reiss?", "What did Alasdair Grant teach you?"): the
    questions are put to the interviewee as "you", so whom they name is someone discussed (a predecessor,
    a rival), not the one answering, however often the introduction names them. A name the question
    addresses ("Mr Muir, do you ...", "..., Owen?") is no such person."""
    lines = [(m.start(), m.end()) for m in QUESTION_LINE.finditer(doc.text, before)]
    found: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start_char < before:
            continue
        if any(a <= ent.start_char < b for a, b in lines) and not _addressed_by_name(ent):
            found.add(ent[-1].lower_)
    return frozenset(found)


def _addressed_by_name(ent: Span) -> bool:
    """Whether a name in a question is whom it is put to: set off by a comma at the question's start
    ("Brendan, do you ...") or at its end ("Last word, Owen?")."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    before = doc[ent.start - 1] if ent.start > 0 else None
    opening = before is None or "\n" in before.text or before.text in {":", "."} or before.is_title
    if after is not None and after.text == "," and opening:
        return True
    return before is not None and before.text == "," and (after is None or after.text == "?")


def without_discussed(counts: dict[str, int], discussed: frozenset[str]) -> dict[str, int]:
    """The introduction's name counts without the people the questions speak of (when they are all of them,
    the interviewee is someone the model did not name: no one, rather than the person discussed)."""
    return {key: n for key, n in counts.items() if key.split()[-1].lower() not in discussed}


def introduced_interviewee(doc: Doc, before: int) -> Speaker | None:
    """Whom an interview's introduction before offset ``before`` is about (see :func:`_interviewee`): the
    quote layer's labelled answers take the same person as the answers read for whose voice a word is in."""
    return _interviewee(doc, before)


# voice11: verbs of an interview's meeting ("she talks to Jon Reeve", "spoke with", "was interviewed by")
_CONVERSING = frozenset({"talk", "speak", "chat", "interview", "meet", "sit"})
_INTERLOCUTOR_PREPS = frozenset({"to", "with", "by"})


def is_interviewer(ent: Span) -> bool:
    """voice11: whether a person the introduction names is the one the interviewee talks to ("Here she talks
    to Jon Reeve about ...", "in conversation with", "interviewed by"): the interviewer, whose name would tie
    with the interviewee's single mention and leave the answers to no one."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _INTERLOCUTOR_PREPS:
        return False
    verb = prep.head
    if prep.lower_ == "by":
        return verb.lemma_.lower() == "interview"
    if any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in verb.children):
        return False  # "We spoke to Ava Lindqvist": the paper is the interviewer, she the interviewee
    return verb.lemma_.lower() in _CONVERSING or verb.lower_ == "conversation"


def met_by_paper(ent: Span) -> bool:
    """r2s26: whether a person the introduction names is the one the paper says it talked to ("We spoke with
    Marchetti in her studio", "I met Ana Ruiz"): the interviewee, when two people are named equally often."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in _INTERLOCUTOR_PREPS else root.head
    if root.dep_ not in ("pobj", "dobj") or verb.lemma_.lower() not in _CONVERSING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in verb.children)


def break_tie(counts: dict[str, int], met: set[str]) -> str | None:
    """r2s26: the key named most often in ``counts``; on a tie, the one tied key the paper says it talked to
    (``met``, see :func:`met_by_paper`); None otherwise."""
    if not counts:
        return None
    top = max(counts.values())
    tied = [key for key, n in counts.items() if n == top]
    if len(tied) == 1:
        return tied[0]
    chosen = [key for key in tied if key in met]
    return chosen[0] if len(chosen) == 1 else None


# Set on the body's Doc by the tagger (tasks.bias.tag_bias): the people its headline names.
HEADLINE_PEOPLE = "wl_headline_people"


def _headline_interviewee(doc: Doc) -> Speaker | None:
    """voice10: an interview whose introduction names no one ("The singer has never been one to mince her
    words") names its interviewee in the headline ("Ava Reed on fame and her new album"); the one person the
    headline names, or None."""
    people = {name for name in doc.user_data.get(HEADLINE_PEOPLE, ()) if " " in name}
    if len(people) != 1:
        return None
    name = next(iter(people))
    return Speaker(text=name, canonical=name, rule="interviewee")
