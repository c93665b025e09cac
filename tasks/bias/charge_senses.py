"""Sense passes on legal and civic words: ``charge``, ``filing``, ``setting``, ``law``, ``measure``,
``caution`` and ``question`` (an offence named in a charge, an allegation's legal caution, a verb done to
a measure, an inquiry's question)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from tasks.bias.sense_context import _PLACE_ENTS, _SUBJECT_DEPS, _keys, _SenseContext
from tasks.lexicon import BiasEntry


class _ChargeSenses(_SenseContext):
    """Passes charge, filing, setting, law, measure, caution, question: legal and civic senses."""

    def charge(self, start: int, end: int, entry: BiasEntry) -> bool:
        words = self.lexicon.charge_words
        if not words:
            return False
        tok = self.doc[end - 1]
        if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "NOUN" and self._charged_noun(tok.head):
            return True  # "found guilty of terrorist acts": the modifier is part of the offence's name
        return self._names_offence(tok) or self._allegation_misread(tok)

    def filing(self, start: int, end: int, entry: BiasEntry) -> bool:
        """prec28: a noun of allegation whose modifier names a kind of wrong or injury (`claim_wrongs`:
        "sexual harassment claims", "personal injury claims") is the legal or insurance filing, as
        "insurance claims" is, not the writer doubting a statement."""
        tok = self.doc[start]
        if end - start != 1 or tok.pos_ != "NOUN" or self.lexicon.allegation_nouns.isdisjoint(_keys(tok)):
            return False
        wrongs = self.lexicon.claim_wrongs
        return any(
            not wrongs.isdisjoint(_keys(m))
            for c in tok.children
            if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i
            for m in (c, *(g for g in c.children if g.dep_ == "compound"))
        )

    def setting(self, start: int, end: int, entry: BiasEntry) -> bool:
        """prec28: a phrasal verb's idiom ("seize on", "cash in on") takes a figurative object after its
        preposition (a remark, an error, an opportunity); a place or a time there (`setting_nouns`, a place
        or date entity: drugs "seized on highways", "seized on Tuesday") leaves the verb its plain sense."""
        if end - start < 2 or self.doc[start].pos_ != "VERB":
            return False
        # Only a verb and its particles: an idiom with an object of its own before its particle ("dug his
        # heels in Tuesday") ends on a particle that takes none, whatever the parse hung on it.
        if any(t.pos_ not in ("ADP", "PART") for t in self.doc[start + 1 : end]):
            return False
        prep = self.doc[end - 1]
        if prep.pos_ != "ADP":
            return False
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
        return any(self._is_setting(o) for o in objs)

    def _is_setting(self, tok: Token) -> bool:
        return tok.ent_type_ in _SETTING_ENTS or not self.lexicon.setting_nouns.isdisjoint(_keys(tok))

    def _allegation_misread(self, tok: Token) -> bool:
        """Whether a gerund is the modifier of the allegation after it that the parse read as its object
        ("investigates *bullying* claims", a headline's clipped grammar): a claim, a complaint or an
        allegation is no thing one bullies, and a gerund with no subject or auxiliary of its own is no
        clause of the writer's."""
        if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children):
            return False
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        nouns = self.lexicon.charge_words | self.lexicon.allegation_nouns
        return (
            after is not None
            and after.head.i == tok.i
            and after.dep_ == "dobj"
            and after.tag_ == "NNS"
            and not nouns.isdisjoint(_keys(after))
        )

    @staticmethod
    def _offence_gerunds(tok: Token) -> Iterator[Token]:
        """The gerunds ``tok`` is the object, the complement or a modifier of, nearest first ("inciting
        *hatred*", "spreading *immoral* content", "planning to *incite* violence")."""
        for _ in range(4):
            if tok.dep_ not in ("amod", "compound", "dobj", "xcomp") or tok.head.i == tok.i:
                return
            tok = tok.head
            if tok.pos_ == "VERB" and tok.tag_ == "VBG":
                yield tok

    def _names_offence(self, tok: Token, depth: int = 0) -> bool:
        """Whether ``tok`` names the offence of a charge, a conviction or a plea, or is part of a gerund's
        phrase that does ("jailed for inciting *hatred*", "arrested for planning to *incite* violence")."""
        if depth < 2:
            base = tok
            while base.dep_ == "conj" and base.head.i < base.i:
                base = base.head
            if any(self._names_offence(g, depth + 1) for g in self._offence_gerunds(base)):
                return True
        if depth < 2 and self._joined_to_offence(tok, depth):
            return True
        words = self.lexicon.charge_words
        # An offence is named by a noun ("explosive allegations" name none), or by a gerund after the
        # preposition ("allegations of misleading investors", "convicted of selling secrets").
        if tok.pos_ != "NOUN" and not (tok.pos_ == "VERB" and tok.tag_ == "VBG"):
            return False
        while tok.dep_ == "conj" and tok.head.i < tok.i:  # "charged with murder and assault"
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _EXAMPLE_PREPS and head.head.pos_ == "NOUN" and depth < 2:
            # an example of the offence charged is the charge: "charged with crimes, including *sedition*"
            return self._names_offence(head.head, depth + 1)
        named = tok.dep_ == "pobj" or (tok.dep_ == "pcomp" and tok.tag_ == "VBG")
        if named and head.lower_ in _CHARGE_PREPS:
            return not words.isdisjoint(_keys(head.head)) or self._penalised(head) or self._past_accuser(head)
        if tok.dep_ in _PLEA_DEPS and head.pos_ == "VERB":
            return not words.isdisjoint(_keys(head))  # a plea's object: "denies faking", "admitted cheating"
        if tok.dep_ not in ("compound", "nmod"):
            return False
        # "bullying *claims*": a claim names what it alleges, though the verb "claim" charges no one
        return not (words | self.lexicon.allegation_nouns).isdisjoint(_keys(head))

    def _past_accuser(self, prep: Token) -> bool:
        """court30: whether an "of" phrase is a charge's, hung by the parse on the accuser named between them
        ("faced accusations *by monitors* of war crimes", "allegations from rivals of fraud"): the offence of
        the charge, as in "accusations of war crimes"."""
        accuser = prep.head
        if prep.lower_ != "of" or accuser.dep_ != "pobj" or accuser.head.lower_ not in _ACCUSER_PREPS:
            return False
        return not self.lexicon.charge_words.isdisjoint(_keys(accuser.head.head))

    def _joined_to_offence(self, gerund: Token, depth: int) -> bool:
        """Whether a gerund is the second offence of a charge that the parse hung elsewhere: "on charges of
        debauchery and *inciting* immorality" reads "inciting" as a clause of the main verb, yet "and" joins
        it to the offence just before it (babe21)."""
        if gerund.tag_ != "VBG" or gerund.i < 2:
            return False
        joint, before = gerund.doc[gerund.i - 1], gerund.doc[gerund.i - 2]
        if joint.dep_ != "cc" or joint.lower_ not in ("and", "or"):
            return False
        return before.pos_ == "NOUN" and self._names_offence(before, depth + 1)

    def _charged_noun(self, tok: Token) -> bool:
        """Whether ``tok`` is the noun of a charge ("guilty of terrorist *acts*", "charged with racist
        *abuse*"): its modifier describes the offence charged, not the writer's verdict."""
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _CHARGE_PREPS:
            return not self.lexicon.charge_words.isdisjoint(_keys(head.head)) or self._penalised(head)
        return False

    def _penalised(self, prep: Token) -> bool:
        """Whether ``prep`` is a penalty's "for" ("fined *for* mishandling data"): it names the offence."""
        if prep.lower_ != "for":
            return False
        head = prep.head
        if head.dep_ in ("dobj", "dative", "appos", "npadvmod") and head.head.i != head.i:
            head = head.head  # the parser hangs it on who was punished: "fined *the bank* for ..."
        return not self.lexicon.penalty_words.isdisjoint(_keys(prep.head) + _keys(head))

    def law(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category not in _LAW_CATEGORIES or not self.lexicon.law_nouns:
            return False
        # What a law bars or covers is the law's wording, not the writer's label: "a state law that bars
        # e-mails with *fake* addresses", "arrested under the Terrorism Act for possible *terrorist*
        # activity", "*illegal* under US law". Up the match's heads: a clause hung on a law, or a head
        # with "under" a law.
        # Not through a subject or a conjunct: in "under the new law the *brutal* regime can jail critics"
        # the law is no wording of the regime's description.
        for anc in [self.doc[end - 1], *self.doc[end - 1].ancestors][:8]:
            if anc.dep_ in ("relcl", "acl") and self._is_law(anc.head):
                return True
            # "arrest suspects under the Act for ...": the parser may hang "under" on the verb's object
            heads = [anc, *(c for c in anc.children if c.dep_ == "dobj")]
            for c in (c for h in heads for c in h.children):
                under = c.dep_ == "prep" and c.lower_ == "under"
                if under and any(g.dep_ == "pobj" and self._is_law(g) for g in c.children):
                    return True
            if anc.dep_ in _SUBJECT_DEPS or anc.dep_ == "conj":
                return False  # nor a list item: "laws designed to keep X, and *concentration camps*"
        return False

    def _is_law(self, tok: Token) -> bool:
        """A law by name (a LAW entity: "the Terrorism Act 2000") or by noun ("a state law", "the rules")."""
        return tok.ent_type_ == "LAW" or not self.lexicon.law_nouns.isdisjoint(_keys(tok))

    def measure(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.on_measure:
            return False
        # babe20: "kill" is a figure for blocking or repealing a measure ("moved to kill the bill", "the
        # plan was killed in committee"); done to anyone or anything else it is literal ("the storm killed
        # three people", "killed the engine").
        tok = self.doc[start]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [g for c in objs for g in c.conjuncts]
        return not any(self._is_measure(o) for o in objs)

    def _is_measure(self, tok: Token) -> bool:
        """A measure by name (a LAW entity) or by noun ("the bill", "a health care law", "the deal")."""
        return tok.ent_type_ == "LAW" or not self.lexicon.measure_nouns.isdisjoint(_keys(tok))

    def caution(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.caution:
            return False
        tok = self.doc[start]
        return tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "ADJ")

    def question(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category not in self.lexicon.question_categories:
            return False
        # A charge inside a clause of "whether" is what an inquiry asks, not what the writer states:
        # "investigating whether investors were misled", "an inquiry into whether insurers rigged the market".
        # But a question someone put ("asked whether", "pressed on whether") is the asker's: the voice
        # pass reports it (tasks.attribution.asked).
        for anc in (self.doc[start], *self.doc[start].ancestors):
            if any(c.dep_ == "mark" and c.lower_ == "whether" for c in anc.children):
                return not _put_question(anc, self.lexicon.question_verbs | self.lexicon.request_verbs)
        return False


_CHARGE_PREPS = frozenset({"with", "of", "for"})
_ACCUSER_PREPS = frozenset({"by", "from"})
_LAW_CATEGORIES = frozenset({"label", "accusatory", "loaded"})
_MODIFIER_DEPS = frozenset({"amod", "advmod", "compound"})
_EXAMPLE_PREPS = frozenset({"including", "like"})
_PLEA_DEPS = frozenset({"dobj", "xcomp"})
_SETTING_ENTS = _PLACE_ENTS | {"DATE", "TIME"}


def _put_question(clause: Token, verbs: frozenset[str]) -> bool:
    """Whether a "whether" clause is the question of a verb of asking: its complement ("asked whether")
    or the object of its "on" ("pressed on whether")."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.lower_ == "on" and head.dep_ == "prep":
        head = head.head
    elif clause.dep_ != "ccomp":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in verbs
