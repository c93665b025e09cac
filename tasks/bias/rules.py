"""Tags of the rules beyond the lexicon: intensified loaded words, epithets on a name, one-sided sourcing,
stance cues; each a tag with its ``rule``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from tasks.attribution import interviewer_turns, predicate_read_as_modifier
from tasks.bias.matches import LexiconMatch
from tasks.bias.voices import _AUTHOR, _Attribution, _VoiceMap, _weight, _who
from tasks.bias.writer_labels import label_refused
from tasks.lexicon import BiasLexicon, Category, term_words
from tasks.models import BiasTag
from tasks.stance import RULE_PREFIX as STANCE_RULE_PREFIX
from tasks.stance import StanceLexicon, stance_cues

ONE_SIDED_RULE = "one-sided"
INTENSIFIED_RULE = "intensified"
EPITHET_RULE = "epithet"
LABEL_SLOT_RULE = "label-slot"
ONE_SIDED_CATEGORIES = frozenset({"label", "accusatory", "sensational", "epistemic-doubt", "loaded"})


def _rule_tag(
    name: str,
    category: Category,
    attribution: _Attribution,
    start: int,
    end: int,
    text: str,
    *,
    rule: str,
    lemma: str,
    because: str = "",
    neutral: str | None = None,
) -> BiasTag:
    """A tag made by a rule (not a lexicon entry): the category's reason and severity, the voice's weight."""
    return BiasTag(
        text=text,
        start=start,
        end=end,
        category=name,
        voice=attribution.voice,
        speaker=attribution.speaker,
        reason=category.reason.format(who=_who(attribution), text=text) + because,
        rule=rule,
        weight=_weight(category.severity, attribution.voice, False, indirect=attribution.indirect),
        neutral=neutral,
        severity=category.severity,
        reported=attribution.indirect,
        lemma=lemma,
    )


def _intensified(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    *,
    lexicon: BiasLexicon,
) -> Iterator[BiasTag]:
    """Yield intensifier tags: a degree word ("so", "utterly") right before a tagged evaluative word.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches with their attribution, from :func:`tag_bias`.
        lexicon: Supplies the ``intensifier`` category and the ``intensifiers`` word list.

    Notes:
        "very" alone describes; "very" before "brutal" doubles down on a judgement the lexicon already
        flagged, so the pair's first word is tagged too, in the voice of the word it amplifies. Only loaded,
        emotive and accusatory words count, and the degree word must be an adverb modifying it (``advmod``),
        or stand just before it.
    """
    category = lexicon.categories.get("intensifier")
    if category is None or not lexicon.intensifiers:
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    for m, attribution in found:
        if m.entry.category not in _INTENSIFIABLE or m.start == 0:
            continue
        k = m.start - 1
        prev = doc[k]
        if k in taken or keys[k][1] not in lexicon.intensifiers:
            continue
        if not (prev.head.i == m.start and prev.dep_ == "advmod") and prev.pos_ != "ADV":
            continue
        if _degree_of_consequence(prev, doc[m.start]):
            continue
        taken.add(k)
        start, end = prev.idx, prev.idx + len(prev)
        yield _rule_tag(
            "intensifier",
            category,
            attribution,
            start,
            end,
            prev.text,
            rule=f"{INTENSIFIED_RULE}:{m.entry.id}",
            lemma=keys[k][0],
            because=f"; it strengthens the {m.entry.category} word '{doc[m.start].text}'",
        )


_INTENSIFIABLE = frozenset({"loaded", "emotive", "accusatory"})


def _degree_of_consequence(degree: Token, word: Token) -> bool:
    """r2b26: "too frightened *to return home*", "so weak *that she fell*": the degree is measured by what
    follows, a consequence stated, not a word amplified."""
    if degree.lower_ == "too":
        return any(c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in word.children)
    if degree.lower_ == "so":
        return any(
            c.dep_ in ("ccomp", "advcl") and any(g.lower_ == "that" for g in c.children)
            for c in word.children
        )
    return False


def _epithets(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
    story: Sequence[tuple[int, int]] = (),
) -> Iterator[BiasTag]:
    """Yield compound-epithet tags: a hyphenated "X-loving", "X-hating", "X-obsessed" before a noun.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches, from :func:`tag_bias`; a compound they already cover is not tagged again.
        voices: Quote spans of the doc.
        lexicon: Supplies the ``epithet`` category and the ``epithet_heads`` word list.
        story: Token spans of hits the fiction pass gave to a story (a part played): no epithet there either.

    Notes:
        spaCy splits "gun-loving" into three tokens; the rule needs a word, a hyphen with no space around
        it, and a head word from the list. The compound sums a person or a group up by one attitude.
    """
    category = lexicon.categories.get(EPITHET_RULE)
    if category is None or not lexicon.epithet_heads:
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    taken |= {i for start, end in story for i in range(start, end)}
    for i in range(1, len(doc) - 1):
        if keys[i][1] != "-" or doc[i].whitespace_ or doc[i - 1].whitespace_ or i + 1 in taken:
            continue
        head = doc[i + 1]
        if keys[i + 1][1] not in lexicon.epithet_heads or not doc[i - 1].is_alpha:
            continue
        start, end = doc[i - 1].idx, head.idx + len(head)
        text = doc[i - 1 : i + 2].text  # a span's text: Doc.text would join every token per hit
        rule = f"{EPITHET_RULE}:-{keys[i + 1][1]}"
        yield _rule_tag(
            EPITHET_RULE, category, voices.at(start), start, end, text, rule=rule, lemma=keys[i + 1][1]
        )


def _verdict_slots(
    doc: Doc,
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
    vetoed: Sequence[tuple[int, int]] = (),
) -> Iterator[BiasTag]:
    """Yield label-slot tags (basil29): the adjective a verb of naming predicates of its object ("Critics
    called the plan *unaffordable*", "the firm calls that evidence *unrepresentative* and *unreliable*") or
    that a verb of judging gives in its "as" phrase ("dismissed the report *as biased*").

    Args:
        doc: A parsed article.
        found: Lexicon matches, from :func:`tag_bias`; a word they already cover is not tagged again.
        voices: Quote spans of the doc; the labeller's voice comes from the label passes, as for a hit.
        lexicon: Supplies the ``label-slot`` category, ``verdict_verbs``, ``verdict_as_verbs`` and
            ``verdict_plain``.
        vetoed: Token spans of lexicon hits a sense pass vetoed (a literal, a story's, a name's): the word
            keeps that sense in the slot too ("called the statement hawkish" in a markets story).

    Notes:
        In "call X Y" and "denounce X as Y" the slot Y holds a judgement whatever the word: the construction,
        not a word list, says that someone is passing one. The parse marks Y as the verb's object predicate
        (``oprd``) or a modifier of "as"; after a demonstrative or a longer object it may hang Y on the object
        as a modifier to its right, which no English attributive adjective is. Only plain adjectives: a
        comparative or a superlative ranks, a name or a number names, and ``verdict_plain`` ("called it
        quits") settles. Verbs that also describe ("described the suspect as tall") are not verdict verbs.
        adj30: the slot holds what someone feels, a state or a use as readily as a verdict ("residents
        called the bus lane *useful*", "called the station *busy*", "called himself *lucky*"), so only an
        adjective of a verdict class (``verdict_adjectives``: a standard of law or right, adequacy,
        feasibility, prudence, conduct, credibility, significance, futility; ``truth_verdicts``), or a class
        word under a negative prefix ("*un*affordable", "*in*adequate"), is tagged
        (:meth:`BiasLexicon.verdict_class`), or any plain adjective under a verb that condemns by its meaning
        (``condemning_verbs``: "decry as *violent*"); a label someone refuses or does not give is none
        (:func:`label_refused`).
    """
    category = lexicon.categories.get(LABEL_SLOT_RULE)
    if category is None or not (lexicon.verdict_verbs or lexicon.verdict_as_verbs):
        return
    taken = {i for m, _ in found for i in range(m.start, m.end)}
    taken |= {i for start, end in vetoed for i in range(start, end)}
    for verb in doc:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or not (lemma in lexicon.verdict_verbs or lemma in lexicon.verdict_as_verbs):
            continue
        slots = _verdict_words(
            verb, naming=lemma in lexicon.verdict_verbs, judging=lemma in lexicon.verdict_as_verbs
        )
        for slot in slots:
            if slot.i in taken or slot.lower_ in lexicon.verdict_plain:
                continue
            kind = lexicon.verdict_class(slot.lower_)
            if kind is None and lemma in lexicon.condemning_verbs:
                kind = f"condemnation ('{lemma}')"
            if lexicon.verdict_adjectives and kind is None:
                continue  # adj30: a feeling, a state, a use: "called the bus lane *useful*"
            if label_refused(slot, lexicon):
                continue  # adj30: "did not call the plan *unaffordable*": no verdict given
            taken.add(slot.i)
            start, end = slot.idx, slot.idx + len(slot)
            yield _rule_tag(
                LABEL_SLOT_RULE,
                category,
                voices.at(start),
                start,
                end,
                slot.text,
                rule=f"{LABEL_SLOT_RULE}:{lemma}",
                lemma=slot.lemma_.lower(),
                because=f"; a verdict of {kind}" if kind else "",
            )


def _verdict_words(verb: Token, *, naming: bool, judging: bool) -> list[Token]:
    """The plain adjectives in a verb's verdict slot, with those joined to them by "and"/"or": a naming
    verb's object predicate, a judging verb's "as" phrase (on the verb or on its object)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    slots: list[Token] = []
    if naming:
        slots += [c for c in verb.children if c.dep_ == "oprd"]
        slots += [
            a for o in objects for a in predicate_read_as_modifier(o)
        ]  # "calls that evidence *unreliable*"
    if judging:
        preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
        slots += [c for p in preps for c in p.children if c.dep_ in ("amod", "pobj", "acomp")]
    words: list[Token] = []
    for slot in slots:
        words += [slot, *(c for c in slot.children if c.dep_ == "conj")]
    return [w for w in words if w.pos_ == "ADJ" and w.tag_ == "JJ" and not w.ent_type_]


def _one_sided(
    doc: Doc,
    keys: Sequence[tuple[str, str]],
    found: Sequence[tuple[LexiconMatch, _Attribution]],
    voices: _VoiceMap,
    *,
    lexicon: BiasLexicon,
) -> Iterator[tuple[int, str]]:
    """Yield one-sided framing found on lexicon tags: ``(k, because)`` for ``found[k]``, a loaded word the
    author uses where elsewhere they use its neutral form.

    Args:
        doc: A parsed article.
        keys: :func:`token_keys` of the doc.
        found: Lexicon matches with their attribution, from :func:`tag_bias`.
        voices: Quote spans of the doc.
        lexicon: Supplies the ``one-sided`` category's reason (no category, no framing).

    Notes:
        The test is deliberately simple so it explains itself: an author-voiced match of a loaded, label,
        accusatory, sensational or doubt-casting entry whose one-word ``neutral`` alternative the author also
        uses, outside any tag and any quotation ("the militants ... the fighters", "X claims ... Y said").
        The two words were chosen for comparable things, one loaded and one not: the article frames one side
        differently. It is evidence about the word already tagged, so it goes on that word's tag (its reason
        and ``one_sided``) rather than a second tag that would count the word twice.
    """
    category = lexicon.categories.get(ONE_SIDED_RULE)
    if category is None:
        return
    wanted: dict[str, list[int]] = {}
    for k, (m, attribution) in enumerate(found):
        neutral = term_words(m.entry.neutral or "")
        # A verb of saying's neutral word ("say") is the register's default: every article "says", so
        # finding it elsewhere shows no choice made for one side.
        plain = len(neutral) == 1 and neutral[0] in lexicon.speech_verbs
        if (
            attribution.voice == "author"
            and len(neutral) == 1
            and not plain
            and m.entry.category in ONE_SIDED_CATEGORIES
        ):
            wanted.setdefault(neutral[0], []).append(k)
    if not wanted:
        return
    inside = {i for m, _ in found for i in range(m.start, m.end)}
    seen: dict[str, Token] = {}
    for i, pair in enumerate(keys):
        for key in pair:
            if key in wanted and key not in seen and i not in inside:
                token = doc[i]
                if voices.at(token.idx).voice == "author":
                    seen[key] = token
    for key, token in seen.items():
        for k in wanted[key]:
            m = found[k][0]
            text = doc[m.start : m.end].text
            framing = category.reason.format(who=_who(_AUTHOR), text=text)
            yield k, f"; {framing}; elsewhere the author writes '{token.text}' (offset {token.idx})"


def _stance_tags(
    doc: Doc, voices: _VoiceMap, stance: StanceLexicon, people: frozenset[str] = frozenset()
) -> Iterator[BiasTag]:
    """Author-voice tags on the writer's stance forms (:mod:`tasks.stance`): the voice map decides which
    words are the writer's, so a prescription inside a quotation or after "X said" is the speaker's.

    An interview's questions (:func:`tasks.attribution.interviewer_turns`) are the interviewer's side of a
    conversation: a question put to the interviewee is no rhetorical question, its "we" ("Should we
    expect ...?") no stance of the writer's, so no stance form there is tagged. Before the first question,
    the introduction's "we" is the interviewer too ("We spoke to Ilves about ..."): no first-person tag."""
    turns = interviewer_turns(doc)
    first = min((a for a, _ in turns), default=-1)
    own = lambda char: voices.at(char).voice == "author"  # noqa: E731
    for cue in stance_cues(doc, lexicon=stance, own=own, people=people):
        at = doc[cue.start].idx
        if any(a <= at < b for a, b in turns) or (at < first and cue.kind == "first-person"):
            continue
        category = stance.categories[cue.kind]
        last = doc[cue.end - 1]
        start, end = doc[cue.start].idx, last.idx + len(last)
        text = doc[cue.start : cue.end].text
        rule = f"{STANCE_RULE_PREFIX}{cue.kind}"
        yield _rule_tag(
            cue.kind,
            category,
            _AUTHOR,
            start,
            end,
            text,
            rule=rule,
            lemma=text.lower(),
            because=f"; {cue.why}",
        )
