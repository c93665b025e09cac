"""Lexicon matches: each bias-lexicon term found in a document (its phrase end, gaps and slots, derived and
graded forms) that the sense passes leave loaded and its entry's conditions allow."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from spacy.tokens import Doc, Token

from tasks.article_view import article_view
from tasks.bias.sense_context import (
    _NOUNS,
    _PRENOMINAL_DEPS,
    Vetoed,
    _fills,
    _keys,
    _said_of_people,
    _words_at,
    token_keys,
)
from tasks.bias.senses import _Senses
from tasks.lexicon import GAP_SLOT, GAP_WORDS, SLOTS, BiasEntry, BiasLexicon

NEAR = 4  # window of Context.not_near, in tokens either side
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd", "dative"})


class LexiconMatch(NamedTuple):
    """A lexicon entry found in a doc, as a token span ``[start, end)``.

    ``via`` is ``(base, suffix)`` when a derivation reached the entry ("brutally": ``("brutal", "ly")``).
    """

    start: int
    end: int
    entry: BiasEntry
    via: tuple[str, str] | None = None


def lexicon_matches(
    doc: Doc, *, lexicon: BiasLexicon, bounds: Sequence[tuple[int, int]] | None = None
) -> list[LexiconMatch]:
    """Find lexicon entries in a doc, after POS and context limits, without overlaps.

    Args:
        doc: A parsed article (lemmas, POS and dependencies are used).
        lexicon: From :func:`tasks.lexicon.load_bias_lexicon`.
        bounds: :func:`sentence_bounds` of the doc, when the caller has it already.

    Returns:
        Matches in document order. Where matches overlap, the longest wins (then the more severe): "reign
        of terror" beats "terror".

    Notes:
        A phrase word matches a token whose lemma or lower-case text equals it, so lemmas cover inflections
        and listed forms cover derivations. A spaCy ``Matcher`` cannot say "lemma or text" in one token
        pattern without an exponential number of patterns, so the lexicon keeps its own first-word index
        (built once per lexicon; it does not depend on the vocab).
    """
    return _find(doc, doc.text, sentence_bounds(doc) if bounds is None else bounds, lexicon, token_keys(doc))


def _find(
    doc: Doc,
    text: str,
    bounds: Sequence[tuple[int, int]],
    lexicon: BiasLexicon,
    keys: Sequence[tuple[str, str]],
    vetoed: list[Vetoed] | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> list[LexiconMatch]:
    index = lexicon.index
    suffixes = lexicon.suffixes  # read once: pydantic private attributes are slow to reach
    found: list[LexiconMatch] = []
    senses = _Senses(doc, lexicon, vetoed, keys, quoted)
    things: frozenset[str] | None = None  # nouns the text uses as things (_thing_lemmas), on first need
    for i, (lemma, lower) in enumerate(keys):
        patterns = index.get(lemma, ())
        if lower != lemma:
            patterns = patterns + index.get(lower, ())
        if not patterns:
            gerund = _gerund_entry(doc[i], lexicon)
            if (
                gerund is not None
                and _applies(doc, text, i, i + 1, gerund[0], bounds[i], derived=True)
                and senses.loaded(i, i + 1, gerund[0])
            ):
                suffix = "ingly" if lower.endswith("ly") else "ing"
                found.append(LexiconMatch(i, i + 1, gerund[0], (gerund[1], suffix)))
                continue
            if not suffixes or not lower.endswith(suffixes):
                continue
            derived = lexicon.derived(lower, doc[i].pos_)
            if derived is not None and things is None:
                things = _thing_lemmas(doc, keys)
            if derived is not None and things is not None and lemma in things:
                if vetoed is not None:
                    vetoed.append(Vetoed("thing", derived[0].id, i, i + 1))
                continue
            if (
                derived is not None
                and _applies(doc, text, i, i + 1, derived[0], bounds[i], derived=True)
                and senses.loaded(i, i + 1, derived[0])
            ):
                found.append(LexiconMatch(i, i + 1, derived[0], derived[1:]))
            continue
        done: set[str] = set()
        for words, entry in patterns:
            if entry.id in done:
                continue
            if _graded_label(doc[i], entry, words):
                continue
            whole_object = entry.context is not None and entry.context.object_slot
            end = _phrase_end(doc, keys, i, words, bounds[i][1], whole_object)
            if (
                end is not None
                and _applies(doc, text, i, end, entry, bounds[i])
                and senses.loaded(i, end, entry)
            ):
                found.append(LexiconMatch(i, end, entry))
                done.add(entry.id)
    found.sort(key=lambda m: (-(m.end - m.start), -m.entry.severity, m.start))
    taken: set[int] = set()
    kept: list[LexiconMatch] = []
    for m in found:
        span = range(m.start, m.end)
        if taken.isdisjoint(span):
            kept.append(m)
            taken.update(span)
    return sorted(kept, key=lambda m: m.start)


def _graded_label(token: Token, entry: BiasEntry, words: tuple[str, ...]) -> bool:
    """rec28: whether a multiword label would match with its adjective graded: "the *biggest* tech groups"
    is a size, no "big tech". Only labels, fixed names for a side; an entry of another category may mean its
    graded forms ("big killer": "the biggest killer of women")."""
    return (
        entry.category == "label"
        and len(words) > 1
        and token.tag_ in _DEGREE_TAGS
        and token.lower_ != words[0]
    )


_COUNTING_DETS = frozenset({"a", "an", "another", "each", "every", "one"})
_PLACE_PREPS = frozenset({"at", "inside", "outside", "near", "into", "beside", "around"})


def _thing_lemmas(doc: Doc, keys: Sequence[tuple[str, str]]) -> frozenset[str]:
    """The lemmas of the nouns the text uses as the name of a thing somewhere (:func:`_names_a_thing`): a
    word keeps one sense through an article, so "the facility" after "a new facility" is the same
    building."""
    return frozenset(keys[t.i][0] for t in doc if _names_a_thing(t))


def _names_a_thing(token: Token) -> bool:
    """prec28: whether a noun reached through a suffix rule is used as the name of a thing, not of the
    quality its base adjective names. A quality noun ("brutality", "arrogance") is a mass noun said of
    someone; counted (a plural, "a", "each", a number) or a place one is "at" it is a thing of its own,
    whose sense left the adjective long ago: "a new *facility*", "storage *facilities*", "at the
    *facility*" (not "facile"), "offend their *sensibilities*" (not "sensible")."""
    if token.pos_ != "NOUN":
        return False
    if token.tag_ == "NNS":
        return True
    if any((c.dep_ == "det" and c.lower_ in _COUNTING_DETS) or c.dep_ == "nummod" for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


def _phrase_end(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    start: int,
    words: tuple[str, ...],
    sent_end: int,
    whole_object: bool = False,
) -> int | None:
    """The end of a phrase whose first word is at ``start``, or None when it does not match there.

    A gap (``...``) takes the fewest words, 0 to ``GAP_WORDS``, none of them punctuation but a possessive
    mark ("the residents' complaints"), after which the rest matches within the sentence: "sweep ... under
    the carpet" matches "swept the claims under the carpet" and "was swept under the carpet", not a carpet
    two clauses on (idiom12)."""
    if GAP_SLOT not in words:
        if _words_at(doc, keys, start + 1, words[1:]):
            return start + len(words)
        hyphened = _hyphened_end(doc, keys, start, words)
        return hyphened if hyphened is not None else _split_particle_end(doc, keys, start, words)
    cut = words.index(GAP_SLOT)
    head, tail = words[1:cut], words[cut + 1 :]
    if not _words_at(doc, keys, start + 1, head):
        return None
    gap_start = start + cut
    verb = doc[gap_start - 1]
    # lie29: an entry's object slot (``context.object_slot``) right after its verb spans the whole object,
    # however long ("holding thousands of commuters and their families to ransom"; the parse may hang the rest
    # inside it)
    objects = [c for c in verb.children if whole_object and c.dep_ == "dobj" and c.left_edge.i == gap_start]
    reach = max([GAP_WORDS] + [c.right_edge.i + 1 - gap_start for c in objects])
    for gap in range(reach + 1):
        at = gap_start + gap
        if at + len(tail) > sent_end:
            return None
        if gap and doc[at - 1].is_punct and doc[at - 1].tag_ != "POS":
            return None
        if _words_at(doc, keys, at, tail):
            return at + len(tail)
    return None


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to the words on both sides ("witch*-*hunt")."""
    return (
        0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
    )


def _hyphened_end(
    doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: tuple[str, ...]
) -> int | None:
    """bias24a: the end of a spaced multiword term written with glued hyphens between its words, or None: a
    compound is the same expression whichever way it is spelt ("witch hunt" matches "witch-hunt", "scorched
    earth tactics" "scorched-earth tactics"). Only this way round: a hyphenated term is not matched spaced,
    since "would-be" and "has-been" spaced are plain grammar."""
    at = start + 1
    skipped = False
    for w in words[1:]:
        if w != "-" and w not in SLOTS and at < len(doc) and _glued_hyphen(doc, at):
            at += 1
            skipped = True
        if at >= len(doc) or not (w in keys[at] or (w in SLOTS and _fills(doc[at], w))):
            return None
        at += 1
    return at if skipped else None


_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
_DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})  # comparative and superlative


def _split_particle_end(
    doc: Doc, keys: Sequence[tuple[str, str]], start: int, words: tuple[str, ...]
) -> int | None:
    """rec28: the end of a two-word verb-and-particle entry whose object stands between its words ("rammed
    the tax *through*", "watered the bill *down*"), or None. The particle must be the verb's own (the parse's
    ``prt``, or an adverb or a preposition with no object of its own: a preposition with one is another
    phrase), and
    the words between it and the verb the verb's direct object, so "shooting *down* the hall" or "forced
    the door open on the way through the town" are no match."""
    if len(words) != 2 or doc[start].pos_ != "VERB":
        return None
    verb = doc[start]
    for c in verb.rights:
        if c.i <= start + 1 or c.i - start - 1 > GAP_WORDS:
            continue
        if c.dep_ not in _PARTICLE_DEPS or words[1] not in keys[c.i] or any(True for _ in c.children):
            continue
        objects = [o for o in verb.children if o.dep_ == "dobj" and start < o.i < c.i]
        if len(objects) != 1:
            return None
        obj = objects[0]
        if obj.left_edge.i != start + 1 or obj.right_edge.i != c.i - 1:
            return None
        return c.i + 1
    return None


def _gerund_entry(token: Token, lexicon: BiasLexicon) -> tuple[BiasEntry, str] | None:
    """The one-word entry of a dramatic verb of speaking ("boast", "whine": sensational, its neutral word a
    verb of saying) that a gerund the parse reads as a noun belongs to ("his constant *bragging*"), or the
    manner adverb made from its participle ("said *mockingly*", "spoke *disparagingly* of", bias26b), with
    the verb; None for any other token. It is the same act in the same words. Dramatic verbs of other acts
    are left out: their gerund names an event ("the toppling of a president", "a 5-0 thrashing")."""
    word = token.lower_
    if token.pos_ == "ADV" and word.endswith("ingly"):
        if lexicon.derived(word, "ADV") is not None:  # an adjective entry of its own comes first ("sneering")
            return None
        if not _said_of_people(token, lexicon.people_subjects):  # "the kettle whistled *screechingly*"
            return None
        word = word[:-2]
    elif token.pos_ != "NOUN":
        return None
    if not word.endswith("ing") or len(word) < 7:
        return None
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem):
        for pattern in lexicon.index.get(verb, ()):
            entry = pattern.entry
            if (
                len(pattern.words) == 1
                and (entry.pos is None or "VERB" in entry.pos)
                and entry.category == "sensational"
                and (entry.neutral or "").split(" ")[0] in lexicon.speech_verbs
            ):
                return entry, verb
    return None


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` token span of each token's sentence (``Token.sent`` rescans the doc each call),
    from the document's shared view.

    Raises:
        ValueError: The doc has no sentence boundaries (it was not parsed).
    """
    return article_view(doc).token_sentences()


def _shouted_adjective(tok: Token, entry: BiasEntry) -> bool:
    """r2b26: a tabloid's adjective in capitals before its noun ("A SICK thug who ..."), which the tagger,
    misled by the case, reads as a noun: for an entry limited to adjectives it is one. A name or an acronym
    (an entity) is not."""
    return (
        entry.pos is not None
        and "ADJ" in entry.pos
        and tok.is_upper
        and len(tok) > 2
        and not tok.ent_type_
        and tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.pos_ in _NOUNS
        and tok.head.i > tok.i
        and not tok.head.is_upper
    )


def _applies(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    entry: BiasEntry,
    sent: tuple[int, int],
    *,
    derived: bool = False,
) -> bool:
    """Whether a phrase match at tokens ``[start, end)`` passes the entry's POS and context limits.

    A ``derived`` match (an adverb or noun reached through a suffix rule) skips the POS limit: the
    derivation has its own.
    """
    first = doc[start]
    if (
        not derived
        and entry.pos is not None
        and first.pos_ not in entry.pos
        and not _shouted_adjective(first, entry)
    ):
        return False
    ctx = entry.context
    if ctx is None:
        return True
    if ctx.not_after and start > 0 and not ctx.not_after.isdisjoint(_keys(doc[_glued(doc, start - 1, -1)])):
        return False
    if ctx.only_after and (start == 0 or ctx.only_after.isdisjoint(_keys(doc[start - 1]))):
        return False
    if ctx.not_before and end < len(doc) and not ctx.not_before.isdisjoint(_keys(doc[_glued(doc, end, 1)])):
        return False
    noun = _modified_noun(doc, end) if ctx.not_before else None
    if noun is not None and not ctx.not_before.isdisjoint(_keys(noun)):
        return False
    subject = _predicated_of(doc[start]) if ctx.predicate_too and end - start == 1 else None
    if subject is not None and not ctx.not_before.isdisjoint(_keys(subject)):
        return False
    if ctx.only_before and (end == len(doc) or ctx.only_before.isdisjoint(_keys(doc[end]))):
        return False
    if ctx.not_near:
        lo, hi = max(sent[0], start - NEAR), min(sent[1], end + NEAR)
        if any(not ctx.not_near.isdisjoint(_keys(doc[k])) for k in range(lo, hi) if not start <= k < end):
            return False
        # A possessor is near however many modifiers stand between ("Russia's full-scale *invasion*").
        owners = [c for t in doc[start:end] for c in t.children if c.dep_ == "poss"]
        if any(not ctx.not_near.isdisjoint(_keys(o)) for o in owners):
            return False
    if ctx.not_with_object:
        for tok in doc[start:end]:
            for child in tok.children:
                objs = [child, *child.children] if child.dep_ == "prep" else [child]
                objs += [n for o in objs if o.dep_ in _OBJECT_DEPS for n in _partitive_whole(o)]
                if any(o.dep_ in _OBJECT_DEPS and o.lemma_.lower() in ctx.not_with_object for o in objs):
                    return False
    if ctx.not_within:
        s, e = first.idx, doc[end - 1].idx + len(doc[end - 1])
        for phrase in ctx.not_within:
            window = text[max(0, s - len(phrase)) : e + len(phrase)]
            offset = max(0, s - len(phrase))
            at = window.find(phrase)
            while at != -1:
                if offset + at <= s and offset + at + len(phrase) >= e:
                    return False
                at = window.find(phrase, at + 1)
    return True


# bias23a: the heads of a partitive object, which name a part of what follows "of": "wiping out *a third of*
# the company's profits" wipes out profits, as "wiping out the profits" does.
_PARTITIVES = frozenset(
    {
        "half",
        "third",
        "quarter",
        "fifth",
        "tenth",
        "part",
        "most",
        "much",
        "some",
        "all",
        "bulk",
        "share",
        "portion",
        "fraction",
        "chunk",
        "%",
        "percent",
        "per",
        "cent",
    }
)


def _partitive_whole(obj: Token) -> list[Token]:
    """The noun after "of" when ``obj`` is a part or a share of it ("a third of the profits", "40% of its
    earnings"); nothing otherwise."""
    if not (obj.like_num or obj.lower_ in _PARTITIVES or obj.lemma_.lower() in _PARTITIVES):
        return []
    return [
        g
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _modified_noun(doc: Doc, end: int) -> Token | None:
    """The noun a prenominal match modifies, when other words stand between them: an exception about the
    next word ("would-be *buyers*") holds for the noun the match qualifies, however many modifiers come
    first ("would-be Florida holiday *renters*")."""
    last = doc[end - 1]
    head = last.head
    if last.dep_ in _PRENOMINAL_DEPS and head.i > end and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _predicated_of(tok: Token) -> Token | None:
    """The subject an adjective is predicated of ("ballots remained *outstanding*"): an exception about
    the noun a word qualifies holds as much when it is said of that noun as when it stands before it
    ("outstanding ballots")."""
    if tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "oprd"):
        return None
    return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _glued(doc: Doc, i: int, step: int) -> int:
    """The word at ``i``, or past it when it is a hyphen glued to both sides: an exception's neighbour is
    the other half of a compound ("knee-jerk", "worst-affected") as much as a separate word."""
    j = i + step
    t = doc[i]
    if t.text == "-" and not t.whitespace_ and 0 <= j < len(doc) and not doc[min(i, j)].whitespace_:
        return j
    return i
