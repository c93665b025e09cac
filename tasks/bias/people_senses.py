"""Sense passes ``people``, ``modifier``, ``referent``, ``term`` and ``literal``: a word that labels only
when said of people, a topic modifier, a definite referent, a term introduced, a domain's literal word."""

from __future__ import annotations

from spacy.tokens import Token

from tasks.article_view import article_view
from tasks.bias.sense_context import (
    _DEFINITE,
    _NOUNS,
    _PEOPLE_ENTS,
    _PERSON_SUFFIXES,
    _PRENOMINAL_DEPS,
    _SUBJECT_DEPS,
    _keys,
    _phrase_tokens,
    _said_of_people,
    _SenseContext,
    measure_name,
    token_keys,
)
from tasks.lexicon import BiasEntry, BiasLexicon
from tasks.quote_context import SCORELINE


class _PeopleSenses(_SenseContext):
    """Passes people, modifier, referent, term, literal: a word said of things, a topic or a domain."""

    def position(self, start: int, end: int, entry: BiasEntry) -> bool:
        """lie29: a verb of ``context.agent_subject`` ("lie") is the verb of position, not a charge of deceit,
        with a place among its dependents or a thing as its subject (see :func:`_position_sense`)."""
        if entry.context is None or not entry.context.agent_subject:
            return False
        verb = self.doc[start]
        return verb.pos_ in ("VERB", "AUX") and _position_sense(verb, self.lexicon)

    def people(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is not None and entry.context.agent_subject:
            return False  # judged by the ``position`` pass
        if entry.context is None or not (entry.context.of_people or entry.context.predicated):
            return False
        tok = self.doc[end - 1]
        if tok.pos_ == "ADV":  # "bleaching *typically* peaks": how often a thing happens, said of no one
            return not _said_of_people(tok, self.lexicon.people_subjects)
        while tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ in _NOUNS:
            tok = tok.head  # "security, *terrorism* and expenditure": a list item stands where the first does
        if tok.dep_ in _PREDICATE_DEPS:  # "they are animals", "called them animals", "Li, an animal, ..."
            return False
        if entry.context.owned and _owned_by_people(tok, self.lexicon.people_subjects):
            return False  # bias24d: "the group's terrorism", "the homophobia of the fans": said of them
        if tok.dep_ in _SUBJECT_DEPS and not self.lexicon.custody_verbs.isdisjoint(_keys(tok.head)):
            return False  # prec22: "MONSTER JAILED", "the beast was caged": only a person is jailed
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            # a verb is said of its subject ("troops murdered them"); a participle on a noun is not
            return False
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in self.lexicon.naming_verbs:
            return False  # "called the gang members animals", parsed as one object
        # "treated like animals", "behaved as animals": a simile for people
        return not (tok.dep_ == "pobj" and head.lower_ in ("like", "as"))

    def modifier(self, start: int, end: int, entry: BiasEntry) -> bool:
        if entry.context is None or not entry.context.topic_modifier or end - start != 1:
            return False
        tok = self.doc[start]
        # "terror suspects", "an election terror target": the noun before another noun names what the story
        # is about; the parse's head shows it (a hyphen or a comma between them is no compound).
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ in _NOUNS and tok.head.i > tok.i

    def referent(self, start: int, end: int, entry: BiasEntry) -> bool:
        # "When the disaster happened", "the cost of the tragedy": a definite noun that is no predicate
        # refers back to an event the story has told; the verdict is in "the vote was a disaster".
        if entry.context is None or not entry.context.referent or end - start != 1:
            return False
        tok = self.doc[start]
        if tok.pos_ != "NOUN" or tok.dep_ in _PREDICATE_DEPS:
            return False
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)

    def term(self, start: int, end: int, entry: BiasEntry) -> bool:
        # "so-called related party transactions", "its so-called Revolution", "so-called latifundios, or large
        # estates": a term being introduced (a compound, a name, a gloss), not a name the writer doubts.
        if entry.context is None or not entry.context.names_term:
            return False
        noun = self.doc[end - 1].head
        if noun.i < end or noun.pos_ not in _NOUNS:
            return False
        words = [t for t in self.doc[end : noun.i + 1] if not t.is_punct]
        # fresh13: "meeting the definition of a so-called weather bomb", "the phenomenon of so-called brain
        # fog": a noun that names a term (`term_nouns`) introduces it, it doubts nothing
        of_term = noun.dep_ == "pobj" and noun.head.lower_ == "of"
        if of_term and not self.lexicon.term_nouns.isdisjoint(_keys(noun.head.head)):
            return True
        # marks27: a relative clause glosses the term when it opens with a relative word or a comma
        # ("so-called shield laws which protect ...", "dark pools, which let ..."); a contact clause with
        # none ("the so-called independent commission it creates") picks out the thing the writer doubts
        glossed = any(
            c.dep_ in ("appos", "conj") or (c.dep_ == "relcl" and not _contact_clause(c))
            for c in noun.children
            if c.i > noun.i
        )
        # fresh9: a definition set off right after the term ("so-called dormant cells: cancer cells that ...",
        # "(...)", a dash), however the parse attaches it
        after = self.doc[noun.i + 1 : noun.i + 3]
        glossed = glossed or (len(after) == 2 and after[0].text in _GLOSS_MARKS and not after[1].is_punct)
        # bias23a: "a so-called ransomware attack", "create a so-called media world": an indefinite article
        # before a noun with its own modifier names a kind of thing, a term being introduced; "a so-called
        # expert", "the so-called peace plan" still distance the writer from a name
        kind = any(
            c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < start for c in noun.children
        ) and any(c.dep_ in ("compound", "amod") and end <= c.i < noun.i for c in noun.children)
        if not glossed and measure_name(noun, self.lexicon):
            return False  # bp29: "the so-called Inflation Reduction Act": a given name, withheld by _tags_of
        return noun.pos_ == "PROPN" or len(words) >= 3 or glossed or kind or self._used_plainly(words)

    def _used_plainly(self, words: list[Token]) -> bool:
        """r3b28: whether a lower-case term of two words or more after "so-called" recurs in the text without
        a term introducer before it ("the so-called fear gauge ... the fear gauge rose"): the writer adopts
        the name, so "so-called" introduced it; a name the writer doubts stays at arm's length."""
        if len(words) < 2 or any(not t.is_lower for t in words):
            return False
        phrase = " ".join(t.lower_ for t in words)
        text = self.doc.text.lower()
        introducers = (*self.lexicon.term_introducers, "so called")
        at = text.find(phrase)
        while at >= 0:
            # a mark between the introducer and the term ("so-called 'human rights'") is still introduced
            if not text[:at].rstrip(" '\"‘’“”").endswith(introducers):
                return True
            at = text.find(phrase, at + 1)
        return False

    def _loaded_compound(self, noun: Token) -> bool:
        """r2b23: whether a noun with its own compounds before it spells a multiword lexicon term ("love
        rat")."""
        before = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
        if not before:
            return False
        if self._multiword is None:
            self._multiword = frozenset(
                f.lower() for e in self.lexicon.entries for f in (e.term, *e.forms) if " " in f
            )
        phrase = self.doc[before[0].i : noun.i + 1]
        return (
            phrase.text.lower() in self._multiword
            or " ".join(t.lemma_.lower() for t in phrase) in self._multiword
        )

    def literal(self, start: int, end: int, entry: BiasEntry) -> bool:
        if self._legal_standard(start, end):
            return True
        ctx = entry.context
        if ctx is None or not ctx.literal_in:
            return False
        cues: set[str] = set()
        for d in ctx.literal_in:
            cues |= self.lexicon.domains.get(d, frozenset())
        labels: set[str] = set()
        for d in ctx.literal_in:
            labels |= self.lexicon.domain_entities.get(d, frozenset())
        span = range(start, end)
        wide = ctx.literal_in & self.lexicon.sentence_domains
        if wide:  # a court story's "claims" are legal wherever the legal word sits in the sentence
            words: set[str] = set()
            for d in wide:
                words |= self.lexicon.domains.get(d, frozenset())
            view = article_view(self.doc)
            lo, hi = view.sentences[view.sent_of[start]]
            if any(t.i not in span and not words.isdisjoint(_keys(t)) for t in self.doc[lo:hi]):
                return True
        for k in span:
            tok = self.doc[k]
            # Its dependents and theirs, then up the clause: each head and the head's dependents (the
            # subject of "The suit claims they fraudulently ...", the object of "shares plunged").
            own = [*tok.children, *(g for c in tok.children for g in c.children)]
            # bias23a: a grand-dependent noun's compound is part of that noun ("the ravages of the *tsunami*
            # disaster"): the noun phrase names the domain, not its head alone
            own += [m for g in own[:] if g.pos_ in _NOUNS for m in g.children if m.dep_ == "compound"]
            near = list(own)
            for anc in tok.ancestors:
                near += [anc, *anc.children]
            if tok.dep_ in _PRENOMINAL_DEPS and tok.head.i > tok.i:
                # prec11: the words stacked between a modifier and its noun are one description whatever
                # the parse hangs them on ("a *paranoid* schizophrenic knife attacker")
                near += self.doc[tok.i + 1 : tok.head.i]
            # r2b23: nor is the last word of a loaded term ("as love *rat* Rory was caught": the epithet
            # "love rat" names no animal)
            if any(
                r.i not in span
                and not cues.isdisjoint(_keys(r))
                and not self._figure(r)
                and not self._loaded_compound(r)
                and not self._people_figure(r)
                for r in near
            ):
                return True
            if labels and self._domain_entity(tok, span, labels):
                return True
            if "sport" in ctx.literal_in and any(self._scoreline_at(r) for r in own):
                return True  # fresh14: "*slaughtered* 52-3", "a 6-0 *thrashing*": the score says it is play
        return False

    def _domain_entity(self, tok: Token, span: range, labels: set[str]) -> bool:
        """lit30: whether an entity of a literal domain's labels (``domain_entities``: a sum of money, a
        percentage, a law) is the match's own dependent, its head, or up its clause ("has *raked in* $80m",
        "grew a *lacklustre* 2.9%", "violated the Act with *deceptive* headings"). Not deeper: "*slammed* the
        $80m plan" judges the plan, not the money."""
        near = [*tok.children]
        for anc in tok.ancestors:
            near += [anc, *anc.children]
        return any(r.i not in span and _entity_word(r, labels) for r in near)

    def _figure(self, tok: Token) -> bool:
        """Whether a token is in a phrase of ``figurative_cues`` ("a minister under *fire*"): a domain word
        used as a figure tells no literal sense."""
        if self._figures is None:
            self._figures = _phrase_tokens(
                self.doc, self.keys or token_keys(self.doc), self.lexicon.figurative_cues
            )
        return tok.i in self._figures

    def _people_figure(self, tok: Token) -> bool:
        """tidy28: whether a domain word is a figure for people: a verb said of them ("migrants *flood* the
        town"), a noun of them ("a *surge* of refugees", "the migrant *wave*"), so that "chaos" beside it is
        no weather's."""
        if self.lexicon.people_figures.isdisjoint(_keys(tok)):
            return False
        # a subject also of a verb the tagger took for a noun ("As migrants *flood* into the town")
        said_of = [c for c in tok.children if c.dep_ == "nsubj"]
        modifiers: list[Token] = []
        if tok.pos_ not in ("VERB", "AUX"):
            said_of += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            modifiers = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        # a modifier by its word only: "the Asian tsunami" is the region's, "the migrant wave" people's
        return any(self._people_noun(c) for c in said_of) or any(self._people_word(c) for c in modifiers)

    def _people_noun(self, tok: Token) -> bool:
        """A person or a group of people by its tag or its noun (not a pronoun: "it floods" is water's)."""
        if tok.ent_type_ in ("PERSON", "NORP"):
            return True
        return tok.pos_ in _NOUNS and self._people_word(tok)

    def _people_word(self, tok: Token) -> bool:
        """A noun for people: the lexicon's people_subjects and crowd_nouns (no suffix guess: "water",
        "winter", "thunder" and "river" end as "voter" does)."""
        people = self.lexicon.people_subjects | self.lexicon.crowd_nouns
        return not people.isdisjoint(_keys(tok))

    def _legal_standard(self, start: int, end: int) -> bool:
        """tidy28: whether a hit lies inside one of the law's standards of proof or fault ("reckless
        disregard", "actual malice") in an article with a word of the legal or court domain: what a claimant
        must prove, not the writer's verdict."""
        if self._standards is None:
            self._standards = _phrase_tokens(
                self.doc, self.keys or token_keys(self.doc), self.lexicon.legal_standards
            )
        if not self._standards or not all(k in self._standards for k in range(start, end)):
            return False
        words = self.lexicon.domains.get("legal", frozenset()) | self.lexicon.domains.get(
            "court", frozenset()
        )
        return any(not words.isdisjoint(_keys(t)) for t in self.doc)

    def _scoreline_at(self, tok: Token) -> bool:
        """Whether a number opens a scoreline ("52-3", "6-0"): the parse splits it into three tokens."""
        return tok.like_num and SCORELINE.match(self.doc.text, tok.idx) is not None


_UNITS = frozenset({"m", "bn", "k", "%", "million", "billion", "trillion", "percent", "per", "cent"})


def _entity_word(tok: Token, labels: set[str]) -> bool:
    """lit30: whether a token is an entity of the labels, or the unit heading one that the recogniser left
    outside the entity ("$200m": the parse hangs "200", a MONEY, on "m")."""
    if tok.ent_type_ in labels:
        return True
    return tok.lower_ in _UNITS and any(c.ent_type_ in labels for c in tok.children)


def _contact_clause(relcl: Token) -> bool:
    """marks27: whether a relative clause has no relative word and no comma before it ("the commission it
    creates", "the plan they chose"): it picks a thing out, it defines no term."""
    doc = relcl.doc
    first = relcl.left_edge
    if first.i > 0 and doc[first.i - 1].text in {",", "(", "—", "–"}:
        return False
    return not any(t.tag_ in _RELATIVE_TAGS for t in doc[first.i : relcl.i + 1])


_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


_GLOSS_MARKS = frozenset({":", "(", "—", "–"})
_PREDICATE_DEPS = frozenset({"attr", "oprd", "appos", "xcomp", "conj", "ROOT", "npadvmod"})


def _owned_by_people(noun: Token, people: frozenset[str]) -> bool:
    """bias24d: whether a noun of conduct is put on its owner: a possessive ("his *misogyny*", "Hamas's
    *terrorism*") or an "of"/"among"/"within" phrase naming a person or a group ("the *homophobia* of the
    fans"). Without an owner it names a topic ("laws against *homophobia*", "whether *homophobia* should be
    a crime")."""
    for child in noun.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "prep" and child.lower_ in ("of", "among", "within"):
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ in ("PRON", "PROPN") or obj.ent_type_ in _PEOPLE_ENTS:
                    return True
                word = obj.lemma_.lower()
                if word in people or (len(word) > 4 and word.endswith(_PERSON_SUFFIXES)):
                    return True
    return False


def _position_sense(verb: Token, lexicon: BiasLexicon) -> bool:
    """Whether "lie" is the verb of position: "lied" is only ever the past of deceit (the past of position is
    "lay") and "lie to"/"lie about" (``deceit_preps``) name whom one deceives and over what; otherwise a place
    among its dependents (``position_preps``: "the answer lies not in cuts but in growth", "where the blame
    lies", "therein lies the problem", "hard times lie ahead"), a relative "where" on its clause, or a subject
    that is evidence ("the figures never lie") or any other thing ("the problem lies with the supplier") and
    not a person, a group or an organisation, which alone can deceive."""
    if verb.lower_ == "lied":
        return False
    deps = [c for c in verb.children if c.dep_ in ("prep", "advmod", "prt", "acomp", "advcl", "npadvmod")]
    if any(c.lower_ in lexicon.deceit_preps for c in deps):
        return False
    if any(c.lower_ in lexicon.position_preps for c in deps):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "a problem that lies deeper": the noun the clause is on
    if subject.pos_ != "NOUN" or subject.ent_type_ in _PEOPLE_ENTS:
        return False
    noun = subject.lemma_.lower()
    if noun in lexicon.evidence_nouns:
        return True
    people = lexicon.people_subjects | lexicon.crowd_nouns | lexicon.organisation_nouns
    return noun not in people and not (len(noun) > 4 and noun.endswith(_PERSON_SUFFIXES))
