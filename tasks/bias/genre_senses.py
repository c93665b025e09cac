"""Sense passes ``topic``, ``habit``, ``degree``, ``genre`` and ``headline``: a word literal in the
article's topic, an adverb of habit or of measured degree, a genre's idiom and a headline's shorthand."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.bias.sense_context import _NOUNS, _keys, _SenseContext, article_topics, report_genre
from tasks.lexicon import BiasEntry


class _GenreSenses(_SenseContext):
    """Passes topic, habit, degree, genre, headline: a topic, a measured degree, headlinese."""

    def topic(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not ctx.literal_in or ctx.literal_near:
            return False  # a collocation ("outstanding debt") is literal only beside its domain's word
        if self._topics is None:
            self._topics = article_topics(self.doc, self.lexicon)
        return not ctx.literal_in.isdisjoint(self._topics)

    def _report_genre(self) -> str | None:
        """The article's genre (a headline's is its body's), worked out once."""
        if not self._genre_known:
            self._genre = report_genre(self.doc, self.lexicon)
            self._genre_known = True
        return self._genre

    def habit(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.on_quality or end - start != 1:
            return False
        tok = self.doc[start]
        head = tok.head
        if tok.dep_ != "advmod" or head.i == tok.i:
            return False
        # "*typically* arrogant", "in *characteristically* blunt style", "is *typically* flawed": a quality
        # judged; "attacks *typically* use fake sites": how often something is done, no judgement
        state = head.dep_ in ("amod", "acomp") or any(c.dep_ == "auxpass" for c in head.children)
        # r2b26b: on a noun or a number ("dinner, *typically* the largest meal", "*typically* 20 minutes")
        # it tells what is usual, as on a verb
        return head.pos_ in ("VERB", "AUX", "NOUN", "NUM") and not state

    def degree(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category != "intensifier" or end - start != 1:
            return False
        tok = self.doc[start]
        # "sales have gone up *enormously*", "will *radically* change the car": a degree adverb on a verb of
        # change (the lexicon's degree_verbs) says how much something changed; on an adjective ("*extremely*
        # generous") or another verb ("*totally* discriminating") it heightens a judgement. A participle
        # describing a state ("*deeply* flawed") is the adjective's case.
        head = tok.head
        if self._measure(tok) or self._on_record(tok):
            return True
        state = head.dep_ in ("amod", "acomp") or any(c.dep_ == "auxpass" for c in head.children)
        return (
            tok.pos_ == "ADV"
            and tok.dep_ == "advmod"
            and head.pos_ == "VERB"
            and not state
            and head.lemma_.lower() in self.lexicon.degree_verbs
        )

    def _measure(self, tok: Token) -> bool:
        """Whether an intensifier states the size of a quantity: an adjective on a noun of quantity ("reached
        *unprecedented* numbers", ``degree_quantities``) or an adverb on an adjective of measure ("an
        *extraordinarily* high rate", ``degree_measures``). A figure is large or small, not good or bad."""
        head = tok.head
        if tok.pos_ == "ADJ" and tok.dep_ == "amod" and head.pos_ == "NOUN":
            return head.lemma_.lower() in self.lexicon.degree_quantities
        if tok.pos_ != "ADV" or tok.dep_ != "advmod" or head.pos_ != "ADJ":
            return False
        if self.lexicon.degree_measures.isdisjoint(_keys(head)):
            return False
        # On a noun a measure can grade quality ("an *extremely* high standard"): only a quantity's counts.
        return head.dep_ != "amod" or head.head.lemma_.lower() in self.lexicon.degree_quantities

    def _on_record(self, tok: Token) -> bool:
        """Whether a superlative is measured against the record: "the worst event *on record*" (the
        lexicon's ``record_nouns``), "the highest level *since 2007*", "its biggest fall *in 20 years*" (a
        date after "since", "in" or "for"). It ranks a case among measured ones; "the worst president" and
        "the worst ever" still tag."""
        if tok.tag_ not in _SUPERLATIVE_TAGS:
            return False
        phrase = tok.head if tok.dep_ == "amod" else tok
        # The phrase's own modifiers only: in "the worst president in surveys since 2015" the date is theirs.
        mods = [*phrase.children, *(tok.children if phrase is not tok else ())]
        # fresh14: and the prepositions of a relative clause on it ("the worst *she had seen in 30 years*")
        mods += [g for c in mods if c.dep_ == "relcl" for g in c.children if g.dep_ == "prep"]
        # bias23a: a predicate's span hangs on its copula ("the pressure was the *worst* for this point in
        # winter since 2017"), and a span may follow what is ranked ("the worst for a December since 1998")
        if phrase is tok and tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            mods += [c for c in phrase.head.children if c.dep_ == "prep"]
        mods += [
            g
            for c in mods
            if c.dep_ == "prep"
            for o in c.children
            if o.dep_ == "pobj"
            for g in o.children
            if g.dep_ == "prep"
        ]
        for mod in mods:
            if not self.lexicon.record_nouns.isdisjoint(_keys(mod)):
                return True  # "the highest ever recorded"
            if mod.dep_ != "prep":
                continue
            objects = [g for g in mod.children if g.dep_ == "pobj"]
            if any(not self.lexicon.record_nouns.isdisjoint(_keys(g)) for g in objects):
                return True  # "on record"
            if mod.lower_ in _RECORD_PREPS and any(self._time_span(o) for o in objects):
                return True  # "since 2007", "in 40 years", "in a generation"
        return False

    def _time_span(self, tok: Token) -> bool:
        """Whether a preposition's object is a span of time a rank is measured over: a date ("2007", "40
        years") or a noun of ``record_spans`` ("a generation", "living memory", "decades")."""
        return tok.ent_type_ == "DATE" or not self.lexicon.record_spans.isdisjoint(_keys(tok))

    def genre(self, start: int, end: int, entry: BiasEntry) -> bool:
        genre = self._report_genre()
        if genre is None:
            return False
        # fresh14: a match report is about its sport as a markets report is about markets: an entry literal
        # in the genre's own domain ("sport") is literal anywhere in it, whatever its category ("the visitors
        # were *massacred* after the break")
        ctx = entry.context
        if ctx is not None and genre in ctx.literal_in and not ctx.literal_near:
            return True
        g = self.lexicon.genres[genre]
        if entry.category not in g.categories or entry.severity > g.max_severity:
            return False
        # r2b25: a feeling the writer gives a named person ("*furious* Brady", "Brady was *incensed*") is the
        # writer's reading of that person, not the play's idiom ("a *furious* comeback")
        feeling = entry.category in ("emotive", "sensational")
        if feeling and end - start == 1 and _felt_by_person(self.doc[start]):
            return False
        # r2b1: the genre's idiom is the reporter's; a manager's "it's a scandal" between quote marks is his
        # moral verdict, tagged in his voice as in any other story (his "nightmares", "brilliant" are the
        # game's idiom still)
        return entry.category != "loaded" or self.quoted is None or not self.quoted(start)

    def headline(self, start: int, end: int, entry: BiasEntry) -> bool:
        # Headlinese: a desk compresses "disagreement" to "feud", "said" to "insists", "criticised" to
        # "chides"; mild words of these categories are the register's shorthand, not a judgement.
        most = self.lexicon.headline_idiom.get(entry.category)
        if not (self._headline and most is not None and entry.severity <= most):
            return False
        if entry.context is not None and entry.context.headline_hype:
            return False  # hype30: the desk's own hype ("Star *flaunts* curves"), not its shorthand
        return not self._headline_epithet(start, end, entry)

    def _headline_epithet(self, start: int, end: int, entry: BiasEntry) -> bool:
        """hype30: a hit that describes the headline's subject is the desk's epithet, as it is the writer's
        in the body, not shorthand for a neutral verb or noun: an adjective or participle modifying a noun
        after it ("*Smirking* thief jailed", "*Beleaguered* retailer cuts jobs"), or a phrase that is a noun
        with its modifier ("*Miracle drug* approved"). A verb or a noun of dispute ("chides", "feud") is not:
        the parse of a headline often reads its verb as a noun, so a one-word noun modifier does not count,
        and as an adjective ("Consumers *snub* portable video"), so a plain adjective counts only for a loaded
        word (a verdict on the subject); a sensational one is a verb of drama unless it is a participle."""
        doc = self.doc
        if end - start > 1:
            last = doc[end - 1]
            return last.pos_ in _NOUNS and doc[start].pos_ in _NOUNS | _MODIFIERS and last.head.i >= end - 1
        tok = doc[start]
        if tok.tag_ not in _PARTICIPLES and (tok.pos_ != "ADJ" or entry.category not in _EPITHET_CATEGORIES):
            return False
        head = tok.head
        if tok.dep_ in _EPITHET_DEPS and head.i > tok.i and head.pos_ in _NOUNS:
            return True
        # The headline's first word before a noun is its subject's epithet, however the parse took a
        # participle there ("*Smirking* thief jailed for two years" parses as a gerund with an object).
        nxt = doc[start + 1] if start + 1 < len(doc) else None
        return start == 0 and nxt is not None and nxt.pos_ == "NOUN"


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_MODIFIERS = frozenset({"ADJ"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
_EPITHET_DEPS = frozenset({"amod", "compound", "nmod"})
_EPITHET_CATEGORIES = frozenset({"loaded"})
_RECORD_PREPS = frozenset({"since", "in", "for"})


def _felt_by_person(tok: Token) -> bool:
    """Whether an adjective or participle of feeling is said of a person the entity tagger names: as the
    name's modifier or as the predicate of a clause whose subject is the name (a headline's tagger may take
    the name for a place: any proper noun counts there)."""
    if tok.pos_ != "ADJ" and tok.tag_ != "VBN":
        return False
    if tok.dep_ == "amod":
        after = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
        named = tok.head.ent_type_ == "PERSON" or (tok.head.pos_ == "PROPN" and tok.head.ent_type_ != "ORG")
        return named or after.ent_type_ == "PERSON"  # "furious Brady slams": a headline's verb read as a noun
    if tok.dep_ in ("acomp", "ROOT"):
        verb = tok.head if tok.dep_ == "acomp" else tok
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)
    return False
