"""Sense passes on words of saying: ``object``, ``act``, ``owned``, ``demand``, ``system``, ``reaction``,
``reply``, ``talk``, ``manner``, ``own`` and ``right`` (a verb of saying with no statement, a statement
already attributed, a comment adverb's texture of talk or manner)."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.article_view import article_view
from tasks.bias.sense_context import _PEOPLE_ENTS, _PLACE_ENTS, _SUBJECT_DEPS, _keys, _SenseContext
from tasks.lexicon import BiasEntry

_SPEAKER_PRONOUNS = frozenset({"i", "we"})


class _SpeechSenses(_SenseContext):
    """Passes object, act, owned, demand, system, reaction, reply, talk, manner, own, right."""

    def object(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not (ctx.reporting or ctx.possession):
            return False
        tok = self.doc[start]
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        deps = {c.dep_ for c in tok.children}
        if deps & _CLAUSE_DEPS:
            return False  # "claimed (that) he was ...", "claimed to be": a statement reported
        objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in _OBJECT_POS]
        if not objs or ctx.reporting:
            return bool(objs)
        # prec10: "has" when what is had is counted ("boasts two beaches", "a million followers") or the
        # subject is a place ("Lyon boasts a fine harbour"); a person's plain object ("boasts his record") can
        # still be bragging.
        counted = any(t.like_num for o in objs for t in o.subtree)
        place = any(c.dep_ == "nsubj" and c.ent_type_ in _PLACE_ENTS for c in tok.children)
        return counted or place

    def act(self, start: int, end: int, entry: BiasEntry) -> bool:
        ctx = entry.context
        if ctx is None or not (ctx.needs_clause or ctx.sound):
            return False
        tok = self.doc[start]
        if tok.pos_ in ("VERB", "AUX"):
            # Only a finite clause of its own reports what was said: "confessed (that) he had lied". Alone,
            # with "to" ("confessed to the killing") or an infinitive ("confessed to be behind it"), the act.
            # fresh14: so does a quotation it introduces or closes ('she screamed: "Get out!"'); a verb of
            # saying that is also a sound says nothing alone ("people were *screaming*").
            return not self._says_words(tok)
        if tok.pos_ == "NOUN" and ctx.needs_clause:  # "his confession that he lied" reports; "a confession"
            return not any(c.dep_ in ("acl", "ccomp") for c in tok.children)
        return False

    def _says_words(self, verb: Token) -> bool:
        """Whether a verb of saying has words said: a clause of its own or, after it, of a verb it is joined
        to or completes (the parse hangs the clause of "want to shout and *scream* at me that ..." on
        "want"), or a quotation beside it."""
        joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        head = verb
        while head.dep_ in ("conj", "xcomp") and head.head is not head:
            head = head.head
            joined.append(head)
        said = any(c.dep_ == "ccomp" and c.i > verb.i for v in joined for c in v.children)
        return said or any(c.dep_ == "ccomp" for c in verb.children) or self._beside_quote(verb)

    def _beside_quote(self, verb: Token) -> bool:
        """Whether a quote mark stands within a few words of a verb ('"Get out!" she *screamed*', 'she
        *screamed*: "Get out!"'): the verb introduces or closes a quotation, what was said."""
        if self._inside_quotation(verb):
            return False  # '"People were *screaming*. ...': the quotation is someone's, not the verb's words
        lo, hi = max(0, verb.i - _QUOTE_REACH), min(len(self.doc), verb.i + _QUOTE_REACH + 1)
        return any(t.is_quote for t in self.doc[lo:hi])

    def _inside_quotation(self, tok: Token) -> bool:
        """Whether a token stands inside quote marks: an odd number of them before it in its paragraph."""
        para = self.doc.text.rfind("\n", 0, tok.idx) + 1
        k = tok.i - 1
        marks = 0
        while k >= 0 and self.doc[k].idx >= para:
            marks += self.doc[k].is_quote and self.doc[k].text != "'"
            k -= 1
        return marks % 2 == 1

    def _reporting_noun(self, end: int, entry: BiasEntry) -> Token | None:
        """The hit's last token when the entry is a reporting noun ("claim") and the hit is a noun."""
        if entry.context is None or not entry.context.reporting:
            return None
        tok = self.doc[end - 1]
        return tok if tok.pos_ == "NOUN" else None

    def owned(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._reporting_noun(end, entry)
        if tok is None:
            return False
        # A statement the article has attributed is reported, not doubted: its owner named ("Bellamy's
        # claim", "a claim by Peter Hain"), pointed back to ("these claims"), or the subject of the verb
        # that put it ("Conte made the claims"). An unowned "claims that vaccines ..." still casts doubt.
        for c in tok.children:
            if c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ANAPHORIC):
                return True
            if c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children):
                return True
        head = tok.head
        return (
            tok.dep_ == "dobj"
            and not self.lexicon.owner_verbs.isdisjoint(_keys(head))
            and any(c.dep_ == "nsubj" for c in head.children)
        )

    def demand(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._reporting_noun(end, entry)
        if tok is None:
            return False
        # A claim of a legal or money kind ("liability *claims*", "debt *claims*") or against someone
        # ("*claims* against the star", "the *claims* in the lawsuit") is a demand filed, not a statement the
        # writer doubts; "claims that the vaccine ..." and "claims of a rift" are statements.
        for c in tok.children:
            kind = c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "NOUN" and c.i < tok.i
            if kind and not self._demand_kinds().isdisjoint(_keys(c)):
                return True  # of a legal or money kind: "liability claims"; "his healthcare claims" are said
            if c.dep_ == "prep" and c.lower_ == "against":
                return True
            filed = c.dep_ == "prep" and c.lower_ == "in"
            if filed and any(not self.lexicon.claim_documents.isdisjoint(_keys(g)) for g in c.children):
                return True
        return False

    def _demand_kinds(self) -> frozenset[str]:
        domains = self.lexicon.domains
        return domains.get("legal", frozenset()) | domains.get("finance", frozenset())

    def _comment_adverb(self, start: int, end: int, entry: BiasEntry) -> Token | None:
        """The one-word hit, when its entry is a comment adverb ("frankly", "obviously") the parse reads as
        an adverb: the case both of its literal senses (:meth:`talk`, :meth:`manner`) start from."""
        if entry.context is None or not entry.context.comment_adverb or end - start != 1:
            return None
        tok = self.doc[start]
        return tok if tok.dep_ == "advmod" else None

    def talk(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._comment_adverb(start, end, entry)
        if tok is None or not article_view(self.doc).in_quote(tok.idx):
            return False
        subjects = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]
        return bool(subjects) and all(tok.i < c.i for c in subjects)

    def manner(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self._comment_adverb(start, end, entry)
        if tok is None:
            return False
        head = tok.head
        if head.i >= tok.i or head.pos_ != "VERB" or head.lemma_ == "be":
            return False
        # right after the verb, its own degree words aside ("heal totally naturally"); after the object or a
        # copula ("it helps him obviously", "it is obviously an honour") it comments on the whole clause
        return all(t.head.i == tok.i for t in self.doc[head.i + 1 : tok.i])

    def right(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.right_to or end - start != 1:
            return False
        # r2b1: "a strong claim to half the prize" asserts a right (a noun after "to"); "his claim to be
        # innocent" (a verb after "to") is the statement still
        to = next((c for c in self.doc[start].children if c.dep_ == "prep" and c.lower_ == "to"), None)
        return to is not None and any(c.dep_ == "pobj" and c.pos_ != "VERB" for c in to.children)

    def system(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.system or end - start != 1:
            return False
        tok = self.doc[start]
        # "the drug-testing regime", "a tax regime", "the regime of detention without trial": named for what
        # it rules, a common noun, it is a system of rules; "the Soviet regime", "Saddam's regime", "the
        # military regime" (a people, a person, an adjective) are governments.
        things = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < tok.i and not c.ent_type_
        ]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                things += [g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_]
        # a hyphened modifier glued before it ("drug-testing") may be parsed as an adjective
        k = start - 1
        glued = k >= 2 and self.doc[k - 1].text == "-" and not self.doc[k - 1].whitespace_
        if glued and self.doc[k].pos_ in ("NOUN", "VERB") and self.doc[k - 2].pos_ == "NOUN":
            return True
        return any(t.ent_type_ not in _PEOPLE_ENTS for t in things)

    def reaction(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.reaction:
            return False
        tok = self.doc[end - 1]
        # "the plans sparked an outcry", "provoked a public furore": the plain report of a reaction others had
        if tok.dep_ == "dobj" and not self.lexicon.reaction_causes.isdisjoint(_keys(tok.head)):
            return True
        # fresh13: "the vote was greeted with jeers", "met with uproar": how something was received, the
        # reaction the writer reports (the "with" object of a verb of reception)
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ == "with"
            and prep.head.i != prep.i
            and not self.lexicon.reception_verbs.isdisjoint(_keys(prep.head))
        )

    def reply(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.reply:
            return False
        # "hit back at claims he had ...", "hit back at Mr Lee's criticism": a reply to what was said
        # The object's noun, read off the words after "at": the parser often takes "Tory claims that ..." for
        # a verb, so the words up to the next clause are read, not only the parse's object.
        said = self.lexicon.statement_nouns | self.lexicon.reply_nouns
        for t in self.doc[end : end + 5]:
            if t.is_punct or t.lower_ in ("that", "he", "she", "they", "it"):
                return False
            if not said.isdisjoint(_keys(t)):
                return True
        return False

    def own(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.category != "epistemic-doubt" or end - start != 1 or self.doc[start].pos_ != "VERB":
            return False
        # the subject, up a chain of verbs that share it ("are not going to pretend")
        verb = self.doc[start]
        while True:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject.lower_ in _SPEAKER_PRONOUNS
            if not _shares_subject(verb) or verb.head.i == verb.i:
                return False
            verb = verb.head


_QUOTE_REACH = 3  # words between a verb of saying and the quote mark of the quotation it introduces or closes
_ANAPHORIC = frozenset({"this", "that", "these", "those"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})


def _shares_subject(verb: Token) -> bool:
    """Whether a verb with no subject of its own takes its head's: a complement ("are not going to
    *pretend*"), a conjunct ("we will be honest and not *pretend*") or a comparison ("I'd rather be honest
    than *pretend*")."""
    if verb.dep_ in ("xcomp", "conj"):
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)


_OBJECT_POS = frozenset({"NOUN", "PROPN", "NUM"})
