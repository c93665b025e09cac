"""Scare quotes: a short phrase in quote marks that is the writer's distance from a word, not a
quotation; unless a speaker said it, a term is introduced or credited, or the desk's marks are attributed."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Token

from tasks.bias.rules import _rule_tag
from tasks.bias.sense_context import _NOUNS, _keys, _mended_lemma, measure_name
from tasks.bias.voices import _AUTHOR, _Attribution, _VoiceMap, _who
from tasks.lexicon import BiasLexicon
from tasks.models import BiasTag, Quote

SCARE_QUOTE_RULE = "scare-quote"
# gate29: marks on one word inside an institution's paraphrased speech, held back outside a writer's
# editorial register (:func:`tasks.subjectivity._editorial_register`)
INDIRECT_MARKS_HELD = (
    "withheld: inside an institution's paraphrased speech the marks may be its own word, quoted; in an "
    "editorial register they are the writer's distance"
)
_INSTITUTION_ENTS = frozenset({"ORG", "GPE"})
SCARE_QUOTE_MAX_WORDS = 1
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_NAME_MODIFIER_DEPS = frozenset({"compound", "nmod"})


def _echoed_speaker(tag: BiasTag, body: Sequence[BiasTag]) -> BiasTag:
    """A headline's quoted word with no speaker takes the speaker of the same word quoted in the body:
    "Union rejects 'insulting' pay offer" over "Lynch called the offer \"insulting\"". The headline echoes
    the story's quotation; with no such word, or two speakers of it, the speaker stays unknown."""
    if tag.voice != "quoted" or tag.speaker is not None:
        return tag
    word = tag.text.lower()
    said = {t.speaker for t in body if t.voice == "quoted" and t.speaker and t.text.lower() == word}
    if len(said) != 1:
        return tag
    speaker = said.pop()
    reason = tag.reason.replace(_who(_Attribution("quoted", None)), f"{speaker}'s", 1)
    return tag.model_copy(update={"speaker": speaker, "reason": reason})


_QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _scare_quote_echoed(tag: BiasTag, quotes: Sequence[Quote]) -> bool:
    """r2b23: whether a headline's scare-quote tag marks words the body quotes from a source: 'Star
    "heartbroken" after split' over '"She is heartbroken," a friend said'. The desk's marks attribute the
    word to the story's source (its lexicon tag takes that speaker, :func:`_echoed_speaker`); they are no
    distance the writer takes."""
    if tag.rule != SCARE_QUOTE_RULE:
        return False
    words = " ".join(w.casefold() for w in _QUOTE_WORD.findall(tag.text))
    return bool(words) and any(
        f" {words} " in f" {' '.join(w.casefold() for w in _QUOTE_WORD.findall(q.text))} "
        for q in quotes
        if q.kind != "indirect"
    )


def _desk_mark_attributed(tag: BiasTag, body: Doc, desk: Sequence[Quote]) -> bool:
    """marks27: whether a headline's scare quote echoes the story: the body has the word (its form or its
    lemma), in a quote of a source ("Judge: defendant 'no danger'" over "saying he posed no danger"), in a
    claim ("sued for 'rape'" over "claimed he raped her"), in a term it introduces or in the writer's own
    wording ("'bold' election policy" over "It is a bold policy"): the marks quote the story. Only a word
    the story never uses ("The border 'crisis'" over a story of falling crossings) is the desk's own
    distance from it. Double marks in a headline are judged as in the body (a source's words only where
    a quote of the body holds them, :func:`_scare_quote_echoed`)."""
    if tag.rule != SCARE_QUOTE_RULE or not any(q.start <= tag.start and tag.end <= q.end for q in desk):
        return False
    words = [w.casefold() for w in _QUOTE_WORD.findall(tag.text)]
    lemma = (tag.lemma or "").split(" ")[0]
    if not words:
        return False
    for t in body:
        if t.lower_ != words[0] and _mended_lemma(t.lemma_.lower(), t.lower_) != lemma:
            continue
        if len(words) == 1 or " ".join(w.lower_ for w in body[t.i : t.i + len(words)]) == " ".join(words):
            return True
    return False


def _scare_quotes(
    doc: Doc,
    voices: _VoiceMap,
    sentences: Sequence[tuple[int, int]],
    *,
    lexicon: BiasLexicon,
    marks: Sequence[tuple[int, int]] | None = None,
    institutions: frozenset[str] = frozenset(),
) -> Iterator[BiasTag]:
    """Yield scare-quote tags: one or two words in quote marks that no quote or speech verb accounts for.

    Args:
        doc: A parsed article.
        voices: Quote spans and quote-mark spans of the doc.
        sentences: ``(start, end)`` token spans of the doc's sentences.
        lexicon: Supplies the ``scare-quote`` category (no category, no tags) and the speech verbs.
        marks: The marked spans to judge; by default the doc's quote marks no quote accounts for. A
            headline passes its desk's single marks (:func:`_desk_marks`), which are judged as words of
            the desk only where they are no predicate (see Notes).
        institutions: Lower-case nouns naming an organisation ("agency", "ministry"): marks on one word in
            what such a subject is reported to say ("the agency says it ran a 'review'") are tagged but
            withheld (:data:`INDIRECT_MARKS_HELD`), for the gate to release in an editorial register.

    Notes:
        Marks around only proper nouns or title-case words (a title, an operation's name) are skipped, and
        so are marks around a noun that modifies a noun after the closing mark (the "red flag" law, a
        "neutrality" policy) and two marked words side by side, joined by "or", "and" or a comma (a "ghost"
        or "shadow"): they name a term, the writer does not distance themselves from it. A marked adjective
        (the "humane" evacuation) is still a scare quote.

        marks27: in a headline a marked verb or predicate adjective ("Rover deal 'delayed'", "Return
        'unlikely'") is the desk's way to quote a claim of the story's source, not distance from a word;
        only a marked noun or a noun's adjective ("The border 'crisis'", "'green' jets") can be the desk's
        scare quote.
    """
    category = lexicon.categories.get(SCARE_QUOTE_RULE)
    if category is None:
        return
    starts = [s for s, _ in sentences]
    dramatic = _dramatic_saying(lexicon)
    # Per sentence, computed once: many marks can share one sentence.
    speech_verbs: dict[int, list[Token]] = {}
    desk = marks is not None
    paraphrased = set(voices.paraphrased) if marks is None else set()
    marks = sorted([*voices.unattributed_marks(), *paraphrased] if marks is None else marks)
    doc_text = doc.text  # built once: Doc.text joins every token each time it is read
    paired = _paired_marks(doc_text, marks)
    distancing = _distancing_phrases(lexicon)
    for s, e in marks:
        if (s, e) in paired:
            continue  # "a 'ghost' or 'shadow'", "an amalgam of 'glitterati' and 'liberal'": terms named
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if not (t.is_punct or t.is_space)]
        written = _written_words(words)
        # voice30: a known euphemism in the writer's marks is distance from it, however many words
        known = written > 1 and _phrase_key(words) in distancing
        if not (1 <= written <= SCARE_QUOTE_MAX_WORDS or known):
            continue
        if written < len(words) and any(t.head.i > words[-1].i and t.head.pos_ in _NOUNS for t in words):
            continue  # tab30: a hyphenated modifier in marks names a kind of its noun: a "must-have" gadget
        if all(t.pos_ == "PROPN" or t.is_title for t in words):
            continue
        last = words[-1]
        if desk and (last.pos_ not in _NOUNS and not (last.pos_ == "ADJ" and last.dep_ == "amod")):
            continue  # a headline's marked claim ("'delayed'", "'unlikely'"): the source's, quoted
        if (
            not known
            and last.dep_ in _NAME_MODIFIER_DEPS
            and last.pos_ in _NOUNS
            and last.head.i > last.i
            and last.head.pos_ in _NOUNS
        ):
            continue  # a noun naming the noun after the marks: the "red flag" law, a "neutrality" policy
        k = max(0, bisect.bisect_right(starts, span.start) - 1)
        if k not in speech_verbs:
            sent_start, sent_end = sentences[k]
            speech_verbs[k] = [
                t
                for t in doc[sent_start:sent_end]
                if not lexicon.speech_verbs.isdisjoint(_keys(t))
                or (t.pos_ == "VERB" and t.lemma_.lower() in dramatic)
            ]
        speaking = [verb for verb in speech_verbs[k] if _within_speech(last, verb)]
        institutional = (
            not desk
            and len(words) == 1
            and bool(speaking)
            and all(_institution_paraphrase(last, verb, institutions) for verb in speaking)
        )
        if (speaking or (s, e) in paraphrased) and not institutional:
            continue
        if desk and speech_verbs[k]:
            continue  # "Golden rule 'intact' says ex-aide": a headline's verb of saying credits all of it
        if _introduced_term(doc_text, s, lexicon.term_introducers):
            continue  # "the so-called 'bad' cholesterol", "known as 'going dark'": a term named
        if len(words) == 1 and _credited_term(last, lexicon):
            continue  # "the bill outlaws 'mutilation'", "recognised for its 'groundbreaking' use": cited
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        text = doc[words[0].i : words[-1].i + 1].text
        lemma = " ".join(t.lemma_.lower() for t in words)
        tag = _rule_tag(
            SCARE_QUOTE_RULE, category, _AUTHOR, start, end, text, rule=SCARE_QUOTE_RULE, lemma=lemma
        )
        if institutional:
            tag = tag.model_copy(update={"reason": f"{tag.reason}; {INDIRECT_MARKS_HELD}"})
        yield tag


def _distancing_phrases(lexicon: BiasLexicon) -> frozenset[str]:
    """voice30: the multiword terms and forms of the lexicon's ``distancing_categories`` (its euphemisms),
    lower case: in marks no speaker accounts for, the writer's distance from the phrase."""
    return frozenset(
        form.lower()
        for e in lexicon.entries
        if e.category in lexicon.distancing_categories
        for form in (e.term, *e.forms)
        if " " in form
    )


def _phrase_key(words: Sequence[Token]) -> str:
    """The marked words as the lexicon writes a phrase: lower case, single spaces."""
    return " ".join(t.lower_ for t in words)


def _written_words(words: Sequence[Token]) -> int:
    """tab30: how many words the marks hold as written: tokens glued by a hyphen with no space between them
    are one word ('the "right-sizing" of the workforce', 'a "cost-neutral" plan' is one marked word, the
    writer's distance from an official's coinage), where the parse counts two."""
    glued = sum(
        1
        for before, word in pairwise(words)
        if word.i == before.i + 2
        and word.doc[before.i + 1].text in HYPHENS
        and not before.whitespace_
        and not word.doc[before.i + 1].whitespace_
    )
    return len(words) - glued


def _institution_paraphrase(token: Token, verb: Token, institutions: frozenset[str]) -> bool:
    """gate29: whether the marked ``token`` lies in the clause a verb of saying reports in the writer's words
    (its ``ccomp``: "the agency says it ran a 'review'") and the verb's subject is an institution (an ORG or
    GPE entity, or one of ``institutions``), not a person: the word may be the institution's, or the
    writer's distance from it."""
    if verb.pos_ != "VERB":
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and (c.i == token.i or c.is_ancestor(token))]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(said) and any(
        s.ent_type_ in _INSTITUTION_ENTS or (s.pos_ == "NOUN" and s.lemma_.lower() in institutions)
        for s in subjects
    )


def _credited_term(token: Token, lexicon: BiasLexicon) -> bool:
    """prec28: whether a single marked word is credited to a source in its sentence by the parse: it lies in
    the "for" phrase of a verb of praise or award (`citation_verbs`: "it was *recognised for* its
    'groundbreaking' use", the judges' citation), or in what a measure does (a verb up its clause whose
    subject or "by" agent is one of `measure_nouns` or a LAW entity: "the bill would ... outlaw
    'mutilation'", the bill's own term). The walk up stops at a finite clause with a subject of its own
    ("though he doesn't use the word 'cuts', the plan would ..."); an infinitive's ("allow officers to
    intervene") is still the measure's. A verb of blame is left out: "criticised for its 'reforms'" can
    be the writer's distance from the praise of reform as much as the critics' word."""
    below = token
    for verb in token.ancestors:
        if verb.pos_ in ("VERB", "AUX"):
            if (
                below.dep_ == "prep"
                and below.lower_ == "for"
                and not lexicon.citation_verbs.isdisjoint(_keys(verb))
            ):
                return True
            subjects = list(_subjects_and_agents(verb))
            # bp29: the marked word itself as the measure ("the 'reform' takes money from the poorest") is
            # the writer naming the measure at a distance, not the measure's own wording
            named = (s for s in subjects if not (s.i == token.i or s.is_ancestor(token)))
            if any(_is_measure(s, lexicon) for s in named):
                return True
            if subjects and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                return False  # a finite clause with a subject of its own says whose word it is
        below = verb
    return False


def _subjects_and_agents(verb: Token) -> Iterator[Token]:
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            yield c
        elif c.dep_ == "agent":
            yield from (g for g in c.children if g.dep_ == "pobj")


def _is_measure(tok: Token, lexicon: BiasLexicon) -> bool:
    return tok.ent_type_ == "LAW" or not lexicon.measure_nouns.isdisjoint(_keys(tok))


def so_called_name(doc: Doc, start: int, end: int, lexicon: BiasLexicon) -> bool:
    """bp29: whether the characters ``start``-``end`` hold a "so-called" (an entry that ``names_term``) on the
    name of a law, bill or programme (:func:`measure_name`): the noun its last word modifies."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[-1].lower_ != "called":
        return False
    noun = span[-1].head
    return noun.i > span[-1].i and measure_name(noun, lexicon)


def _dramatic_saying(lexicon: BiasLexicon) -> frozenset[str]:
    """scope22: the lexicon's sensational verbs of saying, those whose neutral word is a speech verb ("whine",
    "moan": complain). Marks in what someone "whined that ..." are that speaker's words, as after "said":
    the loaded verb is the writer's, the marked word is not a scare quote of theirs. Only verbs count: a
    noun ("a rant") reports no clause."""
    return frozenset(
        e.term
        for e in lexicon.entries
        if e.category == "sensational"
        and e.neutral in lexicon.speech_verbs
        and " " not in e.term
        and (e.pos is None or "VERB" in e.pos)
    )


def _introduced_term(text: str, start: int, introducers: frozenset[str]) -> bool:
    """Whether the marks opening at ``start`` follow a word that introduces a term ("so-called", "known
    as"): the writer names the term, and "so-called" itself is judged as a word of its own."""
    before = text[max(0, start - 40) : start].rstrip(_MARKS + " ").lower()
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in introducers
    )


def _within_speech(token: Token, verb: Token) -> bool:
    """Whether a speech verb could account for the marked ``token``: the token is in what the verb governs,
    outside its subject, or in the clause the verb is set into as an aside ("'reform', critics say, is ...").
    A verb that only describes the marked word ("'petitions' calling for ...") does not: the marks are
    still the writer's."""
    if token.i == verb.i or verb.pos_ != "VERB":
        return True  # a speech word the parse did not read as a verb ("unions brand plan 'heartless'")
    if verb.dep_ in _ASIDE_DEPS and (verb.head.i == token.i or verb.head.is_ancestor(token)):
        return True
    if not verb.is_ancestor(token):
        return False
    return not any(
        c.dep_ in _SPEAKER_DEPS and (c.i == token.i or c.is_ancestor(token)) for c in verb.children
    )


_SPEAKER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_ASIDE_DEPS = frozenset({"parataxis", "advcl", "ccomp", "conj"})


# r2b26: "from" and "to" join the two ends of a change of grade ("cut its rating to 'sell' from 'hold'")
_PAIRING = frozenset({"or", "and", "nor", ",", "/", "from", "to"})
_MARKS = "\"'“”‘’"


def _paired_marks(text: str, marks: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """Marked spans joined to the next by nothing but "or", "and", a comma, a slash, "from" or "to" (and the
    marks): the writer names two terms side by side ("race against a 'ghost' or 'shadow'", a rating cut "to
    'sell' from 'hold'"), a mention, not distance."""
    paired: set[tuple[int, int]] = set()
    for (s1, e1), (s2, e2) in pairwise(marks):
        if text[e1:s2].strip(_MARKS + " ").lower() in _PAIRING:
            paired.update({(s1, e1), (s2, e2)})
    return paired
