"""Sense passes ``idiom``, ``verb``, ``name`` and ``opposed``: a hit that is a word of a plain idiom, a
phrasal verb read as a noun, part of a name, or what an "anti-" word opposes."""

from __future__ import annotations

from spacy.attrs import IS_ALPHA, IS_TITLE, IS_UPPER
from spacy.tokens import Span, Token

from tasks.bias.sense_context import _NOUNS, _keys, _phrase_tokens, _SenseContext, token_keys
from tasks.lexicon import BiasEntry, term_words

_OPENERS = frozenset({":", "—", "–", "-", '"', "“", "‘", "'", "(", "["})


class _NameSenses(_SenseContext):
    """Passes idiom, verb, name, opposed: a hit that is part of an idiom or a name."""

    def _named(self, i: int) -> bool:
        if self._named_here(i):
            return True
        t = self.doc[i]
        if not t.is_title or self._title_case:
            return False
        if self._name_by_role(t):
            return True
        # "Wild winger Ryan Hartman scored": at a sentence start the capital says nothing, but the same word
        # taken for a name elsewhere in the text ("the Wild killed off a penalty") is that name.
        if self._elsewhere is None:
            flags = self.doc.to_array([IS_TITLE]).ravel().tolist()
            self._elsewhere = {self.doc[k].text for k, f in enumerate(flags) if f and self._named_here(k)}
        return t.text in self._elsewhere

    def _named_here(self, i: int) -> bool:
        t = self.doc[i]
        if self._title_case is None:
            flags = self.doc.to_array([IS_ALPHA, IS_TITLE, IS_UPPER])
            alpha = flags[:, 0] == 1
            capital = ((flags[:, 1] == 1) | (flags[:, 2] == 1)) & alpha
            self._title_case = bool(capital.sum() > 0.6 * alpha.sum())
        if self._title_case:
            # A title-case or all-caps headline: capitals say nothing there, and the entity tagger takes
            # whole runs of words for a name ("Democrats Claim Amy Coney Barrett ...").
            return t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
        if self._headline and t.is_sent_start and t.text not in self.names:
            nxt = self.doc[i + 1] if i + 1 < len(self.doc) else None
            alone = nxt is None or nxt.ent_iob_ != "I"
            if alone and (t.pos_ in ("NOUN", "ADJ") or t.ent_iob_ == "B"):
                # "Thug who attacked pensioner jailed": a headline's capital, not a place; hype30: nor a
                # person the model made of the headline's first word alone ("Skimpy outfit sparks row")
                return False
            if not alone and nxt is not None and nxt.text in self.names:
                return False  # hype30: "Luckless Lions beaten": an epithet the model ran into the body's name
        if t.ent_type_ in self.lexicon.name_entity_types or t.text in self.names:
            return True
        if not t.is_title or t.ent_type_ == "NORP" or t.is_sent_start:
            return False
        if t.pos_ not in _NOUNS and not self._inside_title(i):
            return False
        # At a sentence start, or after a colon, dash or quote mark, capitals are ordinary; elsewhere a
        # capitalised noun is a name ("the Savages", "Ellen Hawk"), whatever the tagger thought.
        k = i - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        prev = self.doc[k]
        return not (prev.is_punct and prev.text in _OPENERS) and not (prev.is_sent_start and prev.is_punct)

    def _name_by_role(self, t: Token) -> bool:
        """Whether a capitalised word the parse gives a person's role is a name wherever it stands, the start
        of a sentence included: a bare singular noun with a "who" clause ("*Fury*, who has never lost") or one
        that speaks ("*Fury* said"). A plural or a noun with a determiner ("*Thugs* said") is a description.
        The first word of a proper compound at a sentence start ("Savage Garden's singer") is left alone:
        taking it for a name cost a BABE odd-half sentence (title case can carry an epithet there)."""
        # A bare singular noun that someone is or that speaks: a plural ("*Extremists* said") or a noun with
        # a determiner is a description, not a name. Headlines drop determiners ("Thug who attacked
        # pensioner jailed"): there only a word the body capitalises mid-sentence is a name.
        if self._headline and t.text not in self.names:
            return False
        if t.tag_ not in ("NN", "NNP") or any(c.dep_ == "det" for c in t.children):
            return False
        if any(c.dep_ == "relcl" and any(g.lower_ in _WHO for g in c.children) for c in t.children):
            return True
        return t.dep_ == "nsubj" and not self.lexicon.speech_verbs.isdisjoint(_keys(t.head))

    def _inside_title(self, i: int) -> bool:
        """Whether a capitalised word mid-sentence has capitalised words on both sides: a title ("It's A
        *Wonderful* Life", "the Cult Of Personality tour"), whatever the tagger made of each word. An epithet
        before a name ("crooked Hillary") has a capital on one side only."""
        doc = self.doc
        if not 0 < i < len(doc) - 1:
            return False
        prev, nxt = doc[i - 1], doc[i + 1]
        return prev.is_title and not prev.is_sent_start and nxt.is_title

    def idiom(self, start: int, end: int, entry: BiasEntry) -> bool:
        """marks27: a hit whose words all lie in a plain idiom ("barking up the wrong tree", "the lesser of
        two *evils*", "a *vicious* circle") is the idiom's word, read whole, not a word of the speaker's own:
        the idiom passes no judgement, so it is no tag at all. An idiom that judges is an entry of its own
        and is matched whole ("kicking the can down the road")."""
        if not self.lexicon.plain_idioms:
            return False
        if self._idioms is None:
            keys = self.keys or token_keys(self.doc)
            self._idioms = _phrase_tokens(self.doc, keys, self.lexicon.plain_idioms)
        return all(k in self._idioms for k in range(start, end))

    def verb(self, start: int, end: int, entry: BiasEntry) -> bool:
        """r3b28: a phrasal-verb entry (two words, the second one of the lexicon's ``phrasal_particles``:
        "pile on", "lash out") matched on a noun is no verb: "stacked the boxes into *piles on* the table".
        An entry whose noun is loaded too ("a crusade against") says so with ``context.nominal``; a
        hyphenated noun entry ("cover-up") is three words and not reached."""
        words = term_words(entry.term)
        if len(words) != 2 or words[1] not in self.lexicon.phrasal_particles:
            return False
        if entry.context is not None and entry.context.nominal:
            return False
        return self.doc[start].pos_ == "NOUN"

    def name(self, start: int, end: int, entry: BiasEntry) -> bool:
        if len(term_words(entry.term)) > 1 or (entry.pos is not None and "PROPN" in entry.pos):
            return False
        if end - start == 1 and (
            self._epithet_on_name(start) or self._nickname(start, entry) or self._sobriquet(start, entry)
        ):
            return False
        return any(self._named(k) for k in range(start, end))

    def _epithet_on_name(self, i: int) -> bool:
        """voice12: a tabloid's epithet the entity tagger took into a person's name ("*Cowardly* Kemp",
        "*Brave* Harold"): the first word of a person's mention whose other words the article names
        elsewhere in a fuller mention without it ("Jordan Kemp", "Harold Briggs"): the person's name is
        known, and this word is no part of it. A name met only alone ("Brown said") proves nothing."""
        t = self.doc[i]
        ent = next((e for e in self.doc.ents if e.start == i), None)
        if ent is None or ent.label_ != "PERSON" or len(ent) < 2 or not t.is_title:
            return False
        if _adjective_before_full_name(t, ent):
            return True
        rest = {w.text for w in ent[1:]}
        return any(
            e.label_ == "PERSON"
            and len(e) >= 2
            and e.start != i
            and rest <= (words := {w.text for w in e})
            and t.text not in words
            for e in self.doc.ents
        )

    def _nickname(self, i: int, entry: BiasEntry) -> bool:
        """marks27: a capitalised loaded adjective the entity tagger took into a two-word person's name with
        a given name ("*Crooked* Joe", "*Sleepy* Joe"): a nickname that labels, not part of the name. Only an
        entry that is an adjective and nothing else: a noun or a name's own word ("Savage", "Hardy") can be a
        surname."""
        t = self.doc[i]
        ent = next((e for e in self.doc.ents if e.start == i), None)
        return (
            ent is not None
            and ent.label_ == "PERSON"
            and len(ent) == 2
            and entry.pos is not None
            and set(entry.pos) == {"ADJ"}
            and t.tag_ == "JJ"
            and ent[1].pos_ == "PROPN"
        )

    def _sobriquet(self, i: int, entry: BiasEntry) -> bool:
        """marks27: a label noun capitalised as a sobriquet of place, "the *Monster* of Mariupol", "the
        *Tyrant* of Tikrit": "the", the singular label, "of" and a place's name with no noun after it (which
        would make the whole a thing's name: "the Monsters of Rock festival"). The capital makes a nickname,
        and a nickname labels whoever it is given to."""
        doc = self.doc
        if entry.category != "label" or not 0 < i < len(doc) - 2:
            return False
        t, place = doc[i], doc[i + 2]
        after = doc[i + 3] if i + 3 < len(doc) else None
        return (
            t.is_title
            and t.tag_ in ("NN", "NNP")
            and doc[i - 1].lower_ == "the"
            and doc[i + 1].lower_ == "of"
            and place.is_title
            and place.pos_ == "PROPN"
            and (after is None or after.pos_ not in _NOUNS)
        )

    def opposed(self, start: int, end: int, entry: BiasEntry) -> bool:
        if end - start != 1 or start < 2:
            return False
        dash, anti = self.doc[start - 1], self.doc[start - 2]
        return dash.text == "-" and not dash.whitespace_ and not anti.whitespace_ and anti.lower_ == "anti"


_WHO = frozenset({"who", "whom", "whose"})


def _adjective_before_full_name(t: Token, ent: Span) -> bool:
    """prec22: a tabloid's adjective opening a mention of first name and surname ("*Callous* Darren Pike,
    34, burst in"): an adjective, not a given name, before two or more proper nouns the parse makes it
    modify; the tagger took it into the person's name."""
    rest = ent[1:]
    return (
        len(rest) >= 2
        and t.pos_ == "ADJ"
        and t.dep_ == "amod"
        and all(w.pos_ == "PROPN" for w in rest)
        and t.head.i == rest[-1].i
    )
