"""What the other modules read off a reported clause: its words, its subjects and agent, passive voice,
questions, the quote marks around it and the words that report it."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.models import Quote, Speaker
from tasks.quote_context import resolved_mention, without_fronted_adjunct

_SUBJECTS = frozenset({"nsubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
_NAMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_MAX_SPEAKER_WORDS = 6
_FIRST_PERSON = frozenset({"i", "we"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_VERBS = frozenset({"VERB", "AUX"})
_NOBODY = frozenset({"nobody", "no-one", "noone", "none", "neither"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"})


def _inside_marks(verb: Token) -> bool:
    """Whether a verb stands inside a quotation its sentence opened: the words are the quoted speaker's,
    and a span of the verb's own would lend its holder to the whole quotation."""
    before = verb.doc.text[verb.sent.start_char : verb.idx]
    return sum(before.count(m) for m in _DOUBLE_MARKS) % 2 == 1


_MARKED_FRAGMENT = re.compile(r"(?:(?<=\s)|^)[\"“‘'](?P<words>[^\"“”‘’']{1,60})[\"”’'](?!\w)")


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in _PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children)


def _has_agent(verb: Token) -> bool:
    """Whether a passive verb has a "by" agent (:func:`_is_agent`), the source it names; not the agent of
    a passive in its own clause ("is said to have been dumped *by her boyfriend*")."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and _is_agent(t, verb):
            host = t.head.head
            if host.i == verb.i or not _is_passive(host):
                return True
    return False


def _reported(doc: Doc, tokens: list[Token], cue: Token, speaker: Speaker | None) -> Quote:
    """The indirect quote spanning ``tokens`` (in document order), reported by ``cue``."""
    start, last = tokens[0], tokens[-1]
    end = last.idx + len(last)
    return Quote(
        text=doc.text[start.idx : end],
        start=start.idx,
        end=end,
        kind="indirect",
        verb=cue.text,
        speaker=speaker,
    )


def _thing_noun(noun: Token, people: frozenset[str]) -> bool:
    """A common noun no entity covers and that is no word of ``people``: a thing, not a person or a group."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() not in people


# Subjects that hold no view of their own: a thing or the reader addressed ("it suggests", "you think")
_NOT_HOLDERS = frozenset({"it", "this", "that", "you"})


def _no_one(subject: Token) -> bool:
    """Whether a subject denies that anyone holds the view ("no-one felt he was a racist"): the view is then
    no one's, and the words keep the voice of whatever reports the sentence."""
    words = "".join(t.lower_ for t in subject.subtree if t.i <= subject.i)
    return words in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _clause_tokens(clause: Token, *, without: Token | None = None) -> list[Token]:
    """A reported clause's tokens, without the punctuation that ends it, without a participle after a
    comma that the parser hung on the clause ("X felt the plan failed, *leaving them with* ..."): such a
    phrase describes the main clause's action, so it is the writer's; and without the subtree of
    ``without`` (the attribution itself, when the parser hangs it inside the clause)."""
    tail = next((c for c in clause.rights if _comma_participle(c)), None)
    end = tail.left_edge.i - 1 if tail is not None else clause.right_edge.i + 1
    skip = {t.i for t in without.subtree} if without is not None else set()
    tokens = _trimmed([t for t in clause.subtree if t.i < end and t.i not in skip])
    return without_fronted_adjunct(tokens, clause)


def _quoted(doc: Doc, tokens: list[Token]) -> bool:
    """Whether a double quote mark lies between the first and the last of the tokens."""
    last = tokens[-1]
    return bool(_DOUBLE_MARKS.intersection(doc.text[tokens[0].idx : last.idx + len(last)]))


def _runs(tokens: list[Token]) -> Iterator[list[Token]]:
    """Consecutive stretches of tokens (in document order), each trimmed: a reported clause with the
    attribution cut out of its middle ("The plan, *as one critic put it*, is a sham") is two spans, so the
    attribution's own words stay the writer's."""
    run: list[Token] = []
    for t in tokens:
        if run and t.i != run[-1].i + 1:
            if trimmed := _trimmed(run):
                yield trimmed
            run = []
        run.append(t)
    if trimmed := _trimmed(run):
        yield trimmed


def _trimmed(tokens: list[Token]) -> list[Token]:
    """Tokens without the punctuation and space that end them (one rule for every reported span)."""
    end = len(tokens)
    while end and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    return tokens[:end]


def _comma_participle(child: Token) -> bool:
    first = child.left_edge
    comma = first.i > 0 and child.doc[first.i - 1].text == ","
    return comma and child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN")


def _as_written(words: Sequence[Token]) -> str:
    """The last ``_MAX_SPEAKER_WORDS`` words of a speaker's phrase (punctuation does not count) as the
    article writes them: "hand-written, four-page lawsuit", not "written , four - page lawsuit"."""
    kept = [t for t in words if not t.is_punct][-_MAX_SPEAKER_WORDS:]
    if not kept:
        return ""
    text = kept[0].doc.text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]
    return " ".join(text.split())


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _named_by_speaker_passes(subject: Token, verb: Token | None) -> Speaker | None:
    """voice27: the person the quote layer's speaker passes (:mod:`tasks.speakers`) name for a holder no
    quote of theirs starts at: "the senator", "he", "the 37-year-old" as a quote's "..., the senator said"
    would be named. Only a name counts (or, for a pronoun, any holder they find), and only one that names
    more than the mention's own words ("Neville" is Gary Neville; "Ms Hale" stays, not cut to "Hale"): a
    description they return as it stands is the phrase the caller builds anyway."""
    found = resolved_mention(subject, verb)
    if found is None or found.anonymous or not found.canonical:
        return None
    if subject.pos_ == "PRON":
        return found if found.canonical.lower() not in _PRONOUNS else None
    # "Governor Tom Bale spokeswoman" is the passes' description of an unnamed aide, not a name
    name = all(w[:1].isupper() for w in found.canonical.split())
    own = {t.lower_ for t in subject.subtree if t.i <= subject.i}
    return found if name and {w.lower() for w in found.canonical.split()} - own else None


_MEDIUM_PREPS = frozenset({"in", "on", "via", "during", "through"})


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _is_agent(token: Token, verb: Token) -> bool:
    """Whether a token belongs to the verb's passive agent ("was branded a sham *by the opposition*"): a
    "by" phrase on the verb or on its label, where the parser often hangs it."""
    for anc in (token, *token.ancestors):
        if anc.i == verb.i:
            return False
        if anc.dep_ in ("agent", "prep") and anc.lower_ == "by":
            # prec13: on the last of joined labels ('described as "reckless" and "shameful" by the union'):
            # the first of them stands where the "by" phrase hangs
            host = anc.head
            while host.dep_ == "conj" and host.head.i != host.i:
                host = host.head
            # on the verb, on its label, or on its "of" object ("accused of a cover-up by the families"),
            # or on the object of its "as" or "for" ('described as "reckless" by ...', 'criticised for
            # "greed" by ...')
            charge = host.head.head if host.head.lower_ in ("of", "as", "for") else None
            return host.i == verb.i or host.head.i == verb.i or (charge is not None and charge.i == verb.i)
    return False


_COUNTS = frozenset({"hundred", "thousand", "million", "dozen", "score", "hundreds", "thousands", "millions"})


def _counted(subject: Token) -> Token:
    """r2b1: a count stands for the people counted: "hundreds of her fans branded him ..." speaks for her
    fans, not for "hundreds"."""
    if subject.lemma_.lower() not in _COUNTS and subject.lower_ not in _COUNTS and subject.tag_ != "CD":
        return subject
    if subject.lower_ == "one":
        return subject  # bias26a: "one of her fans" is one person, named with the whole (_partitive)
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and counted.pos_ in _NOUNS else subject


_NOUNS = frozenset({"NOUN", "PROPN"})


_OPEN_MARKS = frozenset('“"')
_CLOSE_MARKS = frozenset('”"')
_DOUBLE_MARKS = frozenset('“”„«»"')


def _told_in_headline(verb: Token, hearers: frozenset[str]) -> bool:
    """bias26a: whether a headline's verb of telling is in the past form ("Jury *told* accused was
    'obsessed'", "Residents *warned* of 'catastrophic' floods"): headlines put what someone says in the
    present ("Mayor tells ...") and drop the "was" of a passive, so the phrase before the verb heard it."""
    return verb.lemma_.lower() in hearers and verb.tag_ in ("VBD", "VBN")


_ASKING_MARKS = frozenset({"whether", "if"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_question(clause: Token) -> bool:
    """Whether a clause is an embedded question: "whether" / "if", or a wh-word opening it."""
    if any(c.dep_ == "mark" and c.lower_ in _ASKING_MARKS for c in clause.children):
        return True
    return clause.left_edge.tag_ in _WH_TAGS
