"""A headline's attributions: words in single quote marks, a labelling verb between a subject and its
marked words, a speech verb the parse takes for a noun, and a closing credit ("Budget a sham - union")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution.clauses import _MARKED_FRAGMENT, _as_written, _told_in_headline
from tasks.attribution.dialogue import _colon_speaker
from tasks.models import Quote, Speaker

_HEADLINE_QUOTE = re.compile(r"(?<![\w'’])['‘](?P<words>[^'‘’\n]{1,80}?)['’](?![\w'‘])")


def headline_quotes(text: str) -> Iterator[Quote]:
    """Yield the words a headline puts in single quote marks, headline style for a quotation.

    Args:
        text: A headline ("Mayor slams 'sham' inquiry").

    Notes:
        Body text quotes in double marks (:mod:`tasks.quotemarks`); headlines use single ones, so "'sham'"
        there is someone's word, not the desk's. The speaker is left unknown.
    """
    for m in _HEADLINE_QUOTE.finditer(text):
        yield Quote(text=m.group("words"), start=m.start("words"), end=m.end("words"), kind="direct")


_MAX_HEADLINE_SUBJECT = 4  # words before a headline's verb that may be its subject ("Health unions")


def headline_labellers(
    doc: Doc, *, verbs: frozenset[str], feelings: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield a headline's words in single marks as the subject's when a labelling verb stands between them,
    however the parse reads the verb: in "Unions brand pay offer 'insulting'" or "Trump calls judge 'a
    disgrace'" the tagger takes "brand" and "calls" for nouns (headlines drop the articles that tell a verb
    from a noun), so :func:`labelled` finds no verb; the headline's grammar still does.

    Args:
        doc: A parsed headline.
        verbs: Lemmas of labelling and accusing verbs ("brand", "call", "slam").
        feelings: Nouns of feeling ("fury", "anger"): a tabloid headline opens with whose feeling it is
            ("Mum's fury at 'heartless' hospital", "Fans' anger as club hikes 'outrageous' prices"), and the
            marked words are theirs.

    Notes:
        The verb is a lemma's plain or third-person form ("brand", "brands", "slams") among the first
        ``_MAX_HEADLINE_SUBJECT`` + 1 words, with only words (no punctuation, no verb the parse is sure of)
        before it; those words are the speaker. A colon or a dash before the marks is another headline
        form (:func:`colon_speakers`, :func:`headline_credits`).
    """
    forms = {f for v in verbs for f in (v, v + "s", v + "es")}
    for m in _HEADLINE_QUOTE.finditer(doc.text):
        if (fronted := _fronted_quote_speaker(doc, m.end(), forms)) is not None:
            yield Quote(
                text=m.group("words"),
                start=m.start("words"),
                end=m.end("words"),
                kind="indirect",
                verb=":",
                speaker=fronted,
            )
            continue
        before = [t for t in doc if t.idx + len(t) <= m.start()]
        if (clause := _subordinate_labeller(before, forms)) is not None:
            said, subject = clause  # voice29b: "Tycoon in row as staff blast 'shameful snub'": the staff's
            if not _opens_adverbial_clause(before[said.i + 1 :]):
                name = doc.text[subject[0].idx : subject[-1].idx + len(subject[-1])]
                yield Quote(
                    text=m.group("words"),
                    start=m.start("words"),
                    end=m.end("words"),
                    kind="indirect",
                    verb=said.text,
                    speaker=Speaker(text=name, canonical=name, start=subject[0].idx),
                )
            continue
        verb = next((t for t in before[1 : _MAX_HEADLINE_SUBJECT + 1] if t.lower_ in forms), None)
        if verb is None:
            verb = _feeling(before, feelings)  # "Mum's fury at 'heartless' hospital": the mother's word
        if verb is None:
            continue
        subject = [t for t in before[: verb.i] if t.dep_ != "case"]
        # voice10: an acronym opens a headline as well as a capitalised word ("PM attacks 'reckless' plans")
        opening = subject[0].is_title or (subject[0].is_upper and len(subject[0]) > 1)
        if any(not t.is_alpha or t.pos_ in ("VERB", "AUX") for t in subject) or not opening:
            continue
        if any(t.text in (":", "-", "–", "—") for t in before):
            continue
        if _opens_adverbial_clause(before[verb.i + 1 :]):
            continue  # r2b26: "Owner denies charge as trial hears of 'callous' neglect": not the owner's
        last = subject[-1]
        name = doc.text[subject[0].idx : last.idx + len(last)]
        yield Quote(
            text=m.group("words"),
            start=m.start("words"),
            end=m.end("words"),
            kind="indirect",
            verb=verb.text,
            speaker=Speaker(text=name, canonical=name, start=subject[0].idx),
        )


# voice29b: words that open a clause of time, reason or contrast inside a headline ("X in row *as* staff
# blast ..."); closed-class grammar, not a lexicon
_SUBORDINATORS = frozenset({"as", "after", "while", "when", "since", "because", "though", "although", "once"})


def _subordinate_labeller(before: Sequence[Token], forms: set[str]) -> tuple[Token, list[Token]] | None:
    """voice29b: the labelling verb of the last clause before a headline's marks and its subject, where a
    subordinator opens that clause ("Tycoon Ray Moss in row as *staff blast* 'shameful snub'"): the marked
    words are the object of that verb, so its subject said them, not the headline's opening noun phrase.

    The subject is one to ``_MAX_HEADLINE_SUBJECT`` words, no verb the parse is sure of among them, and the
    verb's form is among ``forms``; only words (no punctuation) may stand between the verb and the marks."""
    opener = next((k for k in range(len(before) - 1, 0, -1) if before[k].lower_ in _SUBORDINATORS), None)
    if opener is None:
        return None
    rest = before[opener + 1 :]
    verb = next((k for k, t in enumerate(rest) if k and t.lower_ in forms), None)
    if verb is None or verb > _MAX_HEADLINE_SUBJECT:
        return None
    subject = list(rest[:verb])
    if any(not t.is_alpha or t.pos_ in ("VERB", "AUX") for t in subject):
        return None
    if any(t.is_punct for t in rest[verb + 1 :]):
        return None
    return rest[verb], subject


def _opens_adverbial_clause(words: Sequence[Token]) -> bool:
    """Whether ``words`` open a clause of time or reason ("as trial hears", "after judge rules"): its
    subordinator, read as the mark of an adverbial clause; "says that ..." reports, and is no such clause."""
    return any(t.dep_ == "mark" and t.head.dep_ == "advcl" for t in words)


def _feeling(before: list[Token], feelings: frozenset[str]) -> Token | None:
    """The feeling noun of a headline that opens "X's fury", "Fans' anger": a possessor of at most
    ``_MAX_HEADLINE_SUBJECT`` words, its possessive mark, then the noun."""
    for t in before[2 : _MAX_HEADLINE_SUBJECT + 2]:
        if t.lemma_.lower() in feelings and t.pos_ == "NOUN":
            mark = t.doc[t.i - 1]
            owner = mark.head
            return t if mark.dep_ == "case" and owner.dep_ == "poss" and owner.head.i == t.i else None
    return None


def _fronted_quote_speaker(doc: Doc, end: int, forms: set[str]) -> Speaker | None:
    """ "'Reckless and cruel': Charities condemn benefit cuts": a headline that opens with its quotation and
    a colon gives it to the subject of the clause after the colon, the words before its verb (a labelling
    verb's form, or what the parse reads as a verb)."""
    if doc.text[:end].lstrip()[:1] not in "'‘" or doc.text[end : end + 3].strip()[:1] != ":":
        return None
    after = [t for t in doc if t.idx > end and not (t.is_punct and t.idx < end + 3)]
    verb = next(
        (
            t
            for t in after[1 : _MAX_HEADLINE_SUBJECT + 1]
            if t.lower_ in forms or t.tag_ in ("VBZ", "VBP", "VBD")
        ),
        None,
    )
    if verb is None:
        return None
    subject = [t for t in after if t.i < verb.i]
    # a desk that writes the clause after the colon in sentence case writes "fans turn on owner"
    opens = subject[0].is_title or subject[0].pos_ in ("NOUN", "PROPN", "DET")
    if not opens or any(not t.is_alpha and t.text not in ("'s", "’s") for t in subject):
        return None
    subject = subject[1:] if subject[0].pos_ == "DET" and len(subject) > 1 else subject
    name = doc.text[subject[0].idx : subject[-1].idx + len(subject[-1])]
    return Speaker(text=name, canonical=name, start=subject[0].idx)


_DASH_CREDIT = re.compile(r"^(?P<said>\S.*?\S)\s+[-–—]\s+(?P<head>[^-–—\n]{2,40}?)\s*$")


def headline_labels(
    doc: Doc, *, verbs: frozenset[str], hearers: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield the marked words after a headline's speech verb (which the parse often reads as a noun) as
    the words of the phrase before it ("Opposition brands vote a 'sham'", "Unions brand plan 'heartless'").

    Args:
        doc: A parsed headline.
        verbs: Lemmas of speech and labelling verbs.
        hearers: Lemmas of speech verbs whose object is the one addressed ("tell", "warn"): in the past form
            in a headline they are passives (:func:`_told_in_headline`), the phrase before them the hearer.

    Notes:
        Headlinese drops articles, so the parser often takes "brands", "slams" for a plural noun in one long
        compound. A place or time fronted with a comma ("At Iowa rally, Hartley vows to 'drain the swamp'")
        is no part of the phrase. Only words in quote marks after the verb are given to the phrase before
        it: in "Luxury brands face slump" nothing is marked and nothing is said.
    """
    for tok in doc:
        # the verb's own parse is not trusted either: "brands" may be a VERB hung as a compound
        if tok.i == 0 or tok.lemma_.lower() not in verbs:
            continue
        before = [t for t in doc[_after_fronted_phrase(doc, tok.i) : tok.i] if not t.is_punct]
        if not before or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in before):
            return
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.tag_ == "VBN" or (after is not None and after.lower_ in ("of", "by")):
            return  # "Minister accused of 'caving in'": a passive, the phrase before it is no speaker
        if _told_in_headline(tok, hearers):
            return  # bias26a: "Jury told accused was 'obsessed'": the jury heard it
        speaker = _as_written(before)
        rest = doc.text[tok.idx + len(tok.text) :]
        offset = tok.idx + len(tok.text)
        for m in _MARKED_FRAGMENT.finditer(rest):
            if _opens_adverbial_clause([t for t in doc[tok.i + 1 :] if t.idx < offset + m.start()]):
                continue  # r2b26: "Owner denies charge as trial hears of 'callous' neglect": not the owner's
            yield Quote(
                text=m.group("words"),
                start=offset + m.start("words"),
                end=offset + m.end("words"),
                kind="indirect",
                verb=tok.text,
                speaker=Speaker(text=speaker, canonical=speaker, start=before[0].idx),
            )
        return


def _after_fronted_phrase(doc: Doc, verb: int) -> int:
    """Where a headline's subject starts: after a place or time set before it with a comma ("At Iowa rally,
    Hartley vows ...", "In Ohio, mayor brands plan ..."): a phrase that opens with a preposition and ends
    at the last comma before the verb. Else the headline's start."""
    if verb == 0 or doc[0].pos_ != "ADP":
        return 0
    comma = next((t.i for t in reversed(doc[:verb]) if t.text == ","), None)
    return comma + 1 if comma is not None else 0


# voice11: "..., says shadow minister": a comma, a verb of saying in the present, the speaker, the end
_SAID_CREDIT = re.compile(r"^(?P<said>\S.*?\S),\s+(?P<verb>[a-z]+s)\s+(?P<head>[^,\n]{2,40}?)\s*$")


def _said_credit(text: str, verbs: frozenset[str]) -> re.Match[str] | None:
    """A headline ending in a credit after a comma ("..., says union", "..., warns Met Office"), whose verb
    (present tense, third person) is one of ``verbs``."""
    m = _SAID_CREDIT.match(text)
    if m is None:
        return None
    verb = m.group("verb")
    return m if verb[:-1] in verbs or (verb.endswith("es") and verb[:-2] in verbs) else None


def headline_credits(
    doc: Doc, *, nouns: frozenset[str], people: frozenset[str], verbs: frozenset[str] = frozenset()
) -> Iterator[Quote]:
    """Yield a headline's words before a closing dash credit ("Budget a sham - union") or a closing "says"
    credit ("Plan a 'reckless gamble', says shadow minister") as the credited speaker's.

    Args:
        doc: A parsed headline.
        nouns: As for :func:`colon_speakers`.
        people: As for :func:`colon_speakers`.
        verbs: Lemmas of verbs of saying that may credit a headline after a comma ("says", "warns").

    Notes:
        British headlines credit a claim after a dash at the end, as others put the speaker before a colon;
        the same test of who may speak applies ("Storm ahead - Met Office", not "Floods return - again").
    """
    m = _DASH_CREDIT.match(doc.text) or _said_credit(doc.text, verbs)
    if m is None:
        return
    head = doc.char_span(m.start("head"), m.end("head"), alignment_mode="expand")
    if head is None or not len(head):
        return
    speaker = _colon_speaker(head, nouns, people)
    if speaker is None:
        return
    said = m.group("said")
    yield Quote(
        text=said,
        start=m.start("said"),
        end=m.end("said"),
        kind="direct",
        verb="-",
        speaker=Speaker(text=speaker, canonical=speaker, start=head.start_char),
    )
