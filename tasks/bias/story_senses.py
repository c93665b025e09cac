"""Sense passes ``fiction`` and ``hypothetical``: a word of a story (a part played, a character, a work's
plot, a review's conventions) or of a case made up to illustrate is no judgement of anyone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tasks.bias.sense_context import _NOUNS, _SUBJECT_DEPS, _keys, _SenseContext, article_topics
from tasks.lexicon import BiasEntry


class _StorySenses(_SenseContext):
    """Passes fiction and hypothetical: a story's parts and characters, a made-up case."""

    def _review(self) -> bool:
        """Whether the article is a review of a work (topic ``fiction``)."""
        if self._topics is None:
            self._topics = article_topics(self.doc, self.lexicon)
        return "fiction" in self._topics

    def _works(self) -> frozenset[str]:
        """Nouns for a work: in a review a game, its levels and missions too (elsewhere a game is a match)."""
        works = self.lexicon.fiction_works
        return works | self.lexicon.fiction_games if self._review() else works

    def _player(self, tok: Token) -> bool:
        """Whether ``tok`` is the player inside a game under review ("*players* must fight off ...", "*you*
        plummet to *your* doom"): what happens to them is the game's story."""
        return not self.lexicon.fiction_players.isdisjoint(_keys(tok)) and self._review()

    def fiction(self, start: int, end: int, entry: BiasEntry) -> bool:
        verbs, works = self.lexicon.fiction_verbs, self.lexicon.fiction_works
        if not verbs and not works:
            return False
        tok = _idiom_head(self.doc, start, end)
        if self._story_clause(tok, players=entry.category not in _CRITICS_CATEGORIES):
            return True
        if any(c.dep_ == "poss" and self._player(c) for c in tok.children):
            return True  # "plummeting to *your* doom": the player's fate in the game
        if self._modifies_character(tok, players=entry.category not in _CRITICS_CATEGORIES):
            return True
        works = self._works()
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "a weak and *greedy* veteran", "about greed and *murder*": the first one's place
        if self._cast(tok) or self._inside_telling(tok):
            return True
        if tok.pos_ not in _NOUNS and tok.dep_ not in ("amod", "compound"):
            return False  # only a noun or its modifier names a part or a genre
        noun = tok if tok.pos_ in _NOUNS else tok.head
        # A noun before a work names its genre ("a gangster flick"); an adjective on it is the critic's
        # verdict ("a masterful epic", "a brilliant film").
        genre = tok.pos_ in _NOUNS or tok.dep_ == "compound"
        if genre and not works.isdisjoint(_keys(noun)):
            return True  # "a gangster flick"
        while noun.dep_ in ("compound", "amod") and noun.head.pos_ in _NOUNS and noun.head.i != noun.i:
            noun = noun.head  # "seductive con artist Myra Langtry": up to the phrase's head
            if genre and not works.isdisjoint(_keys(noun)):
                return True  # "the 1991 gangster flick Bugsy"
        if noun.dep_ == "appos" and not (works | self.lexicon.fiction_parts).isdisjoint(_keys(noun.head)):
            # "Its hero, a brilliant but *cowardly* engineer", "her portrait of the founder, a *ruthless*
            # narcissist": a phrase set beside a part or a work describes someone in the story
            return True
        if any(c.dep_ == "acl" and not verbs.isdisjoint(_keys(c)) for c in noun.children):
            return True  # "crooked cops played by ..."
        head = noun.head
        if noun.dep_ == "appos":  # "their wicked uncle, Count Olaf, played by Carrey"
            head = head.head if head.dep_ != "ROOT" else head
        if noun.dep_ == "pobj" and head.lower_ == "about":
            story = head.head
            if story.lemma_ == "be":  # "the novel is about a corrupt cop"
                story = next((c for c in story.children if c.dep_ == "nsubj"), story)
            if not works.isdisjoint(_keys(story)):
                return True  # "a film about a corrupt cop", "a subplot about ...": what the story is about
        if noun.dep_ == "pobj" and head.lower_ == "as":  # "stars as an exorcist"
            head = head.head
        # A part has a character's name in it ("playing con artist Myra Langtry"); "play the same slimy game"
        # and "play an enormous role in ..." are no part.
        named = noun.lemma_.lower() not in ("role", "part") and any(t.pos_ == "PROPN" for t in noun.subtree)
        return named and noun.dep_ in ("dobj", "pobj", "appos") and not verbs.isdisjoint(_keys(head))

    def _story(self, noun: Token) -> bool:
        """Whether ``noun`` names a work telling its story ("the film follows ..."), a work's part or plot
        ("the plot of the novel", "the film's hero"), a review's plot or part ("the plot", "the villain" in
        an article of topic "fiction"), or a character beside the actor in brackets ("Woody (Tom Hanks)")."""
        works = self._works()
        if not works.isdisjoint(_keys(noun)):
            # "the film follows a cop who ...", "the film stars X as ...": a work telling its story; "the film
            # met with scathing reviews", "the sequel is a slick package" are the work in the world
            if not self.lexicon.fiction_factual.isdisjoint(_keys(noun)):
                return False  # a documentary follows real people
            return not (self.lexicon.fiction_verbs | self.lexicon.fiction_tellings).isdisjoint(
                _keys(noun.head)
            )
        for c in noun.children:
            owner = c if c.dep_ == "poss" else None
            if c.dep_ == "prep" and c.lower_ == "of":
                owner = next((g for g in c.children if g.dep_ == "pobj"), None)
            if owner is not None and not works.isdisjoint(_keys(owner)):
                return True  # "the film's plot", "the ending of the novel"
        if not (self.lexicon.fiction_plots | self.lexicon.fiction_parts).isdisjoint(_keys(noun)):
            # a review's "the plot", "the hero"; elsewhere a plot is a conspiracy, a hero a real one
            if self._topics is None:
                self._topics = article_topics(self.doc, self.lexicon)
            return "fiction" in self._topics
        if noun.pos_ != "PROPN":
            return False
        after = self.doc[noun.i + 1 : noun.i + 2]
        if not len(after) or after[0].text != "(":
            return False
        actor = self.doc[noun.i + 2 : noun.i + 6]
        return any(t.ent_type_ == "PERSON" for t in actor) and any(t.text == ")" for t in actor)

    def _story_clause(self, tok: Token, *, players: bool = False) -> bool:
        """Whether ``tok`` sits in a clause about a story: its subject a work or a part in one ("the plot
        hinges on a *sinister* deal", "the hero is *blackmailed*", "Woody (Tom Hanks) *plots* revenge"), or
        set "in" a work ("in the film, he *commandeers* a ship"). A loaded word in a review's synopsis is
        the story's; the subject itself ("the villain of the budget") is no story without a work."""

        def verb_of(t: Token) -> Token:
            while t.pos_ not in ("VERB", "AUX") and t.dep_ != "ROOT" and t.head.i != t.i:
                t = t.head
            return t

        clause = verb_of(tok)
        for _ in range(4):  # up through a complement ("is forced to *commandeer*") or a relative clause
            for c in clause.children:
                if c.i == tok.i:
                    continue
                person = players and (self._player(c) or self._character(c))
                if c.dep_ in ("nsubj", "nsubjpass") and (self._story(c) or person):
                    return True
                if c.dep_ == "dobj" and players and self._review() and self._owned_by_character(c):
                    return (
                        True  # "a storm *wrecks* his boat": what befalls a character's things is the story's
                    )
                if c.dep_ == "prep" and c.lower_ == "in" and clause.i == verb_of(tok).i:
                    place = next((g for g in c.children if g.dep_ == "pobj"), None)
                    keys = _keys(place) if place is not None else ()
                    fact = not self.lexicon.fiction_factual.isdisjoint(keys)
                    if not fact and not self._works().isdisjoint(keys):
                        return True
            if clause.dep_ == "relcl" and clause.head.i != clause.i:
                if self._review() and self._in_scene(clause.head):
                    return True  # fresh13: "a scene in which she *pretends* not to understand": the story
                clause = verb_of(clause.head)  # "the narrator is a snob who *lies* to everyone"
                continue
            if clause.dep_ not in _STORY_CLAUSE_DEPS or clause.head.i == clause.i:
                return False
            if any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
                return False  # a clause with a subject of its own ("and the actors clearly enjoyed it")
            clause = verb_of(clause.head)  # "before *plummeting* over a cliff": through the preposition
        return False

    def _in_scene(self, noun: Token) -> bool:
        """Whether ``noun`` is a scene of a work (``fiction_scenes``) or hangs on one through prepositions:
        "her scene with a party official, in which she ...", where the parse puts the clause on "official"."""
        while True:
            if not self.lexicon.fiction_scenes.isdisjoint(_keys(noun)):
                return True
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.i == noun.head.i:
                return False
            noun = noun.head.head

    def hypothetical(self, start: int, end: int, entry: BiasEntry) -> bool:
        tok = self.doc[end - 1]
        for anc in [tok, *tok.ancestors][:8]:
            # "to describe any situation where there is an *obvious* choice": a case made up to illustrate
            # (a relative clause only: "any evidence *that* the virus is an attack" is a content clause, the
            # claim itself, which the parse also hangs on the noun but opens with a "that" marker)
            if (
                anc.dep_ == "relcl"
                and any(c.dep_ == "det" and c.lower_ == "any" for c in anc.head.children)
                and not any(c.dep_ == "mark" for c in anc.children)
            ):
                return True
            # "Imagine you are a *greedy* banker", "Suppose two rivals ...": an example the reader is asked
            # to picture (the verb bare, or said to "you" or "us")
            if anc.pos_ == "VERB" and not self.lexicon.hypothetical_verbs.isdisjoint(_keys(anc)):
                subjects = [c for c in anc.children if c.dep_ in _SUBJECT_DEPS]
                if all(c.lower_ in ("you", "we", "us") for c in subjects) and anc.i < tok.i:
                    return not _pictures_someone_known(anc)
        return False

    def rule(self, start: int, end: int, entry: BiasEntry) -> bool:
        """lie29: a charge in a relative clause on a class, in a statement of what befalls its members, is a
        rule or a law's text, with no one charged: "lenders who mislead borrowers will face penalties",
        "anyone who lies to investigators commits a crime", "companies that cheat will be fined"."""
        if entry.category not in self.lexicon.question_categories:
            return False
        verb = self.doc[start]
        if verb.dep_ == "dobj":  # "anyone who tells *lies* to a court": the charge is the clause's object
            verb = verb.head
        if verb.dep_ != "relcl" or verb.tag_ not in _PRESENT_TAGS:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ not in _PRESENT_OR_MODAL for c in verb.children):
            return False  # "those who have misled": a deed done
        head = verb.head
        if not _class_noun(head, self.lexicon.generic_pronouns):
            return False
        main = head.head
        if head.dep_ not in _SUBJECT_DEPS or main.pos_ not in ("VERB", "AUX"):
            return False
        # what befalls the class is told in the present or with a modal ("will face", "commits", "can be
        # banned"); in the past ("lenders who mislead borrowers were fined") it tells of a case
        told = [main, *(c for c in main.children if c.dep_ in ("aux", "auxpass"))]
        return all(t.tag_ in (*_PRESENT_OR_MODAL, "VBN", "VBG") for t in told) and any(
            t.tag_ in _PRESENT_OR_MODAL for t in told
        )

    def _tells(self, noun: Token) -> bool:
        """Whether ``noun`` is a made-up story: a work that is no documentary ("a film", "a parable"), or a
        plot in a review or marked as made up ("a fictional plot")."""
        keys = _keys(noun)
        if not self._works().isdisjoint(keys):
            return self.lexicon.fiction_factual.isdisjoint(keys)
        if self.lexicon.fiction_plots.isdisjoint(keys):
            return False
        marked = any(not self.lexicon.fiction_marks.isdisjoint(_keys(c)) for c in noun.children)
        return marked or self._review()

    def _part_played(self, noun: Token) -> bool:
        """Whether ``noun`` is the part in "stars X as *an exorcist*" ("play as" only in a review: a
        footballer plays as a striker)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "as":
            return False
        governor = noun.head.head
        verb = governor.lemma_.lower()
        return verb in self.lexicon.fiction_verbs and (verb != "play" or self._review())

    def _inside_telling(self, tok: Token) -> bool:
        """Whether ``tok`` sits, at any depth, inside a part played ("stars Reeves as an exorcist who must
        send Satan's *minions* back") or inside what a made-up story is about ("a fictional plot about spies
        conspiring to *silence* a politician")."""
        for anc in list(tok.ancestors)[:8]:
            if self._part_played(anc):
                return True
            if anc.dep_ == "pobj" and anc.head.lower_ == "about" and self._tells(anc.head.head):
                return True
        return False

    def _characters(self) -> frozenset[str]:
        """Keys of the story's characters, gathered once per text: whom a player controls in a review ("you
        control the prince", "a youth named CJ") and whom a made-up story is about ("a parable about a sheriff
        and two prisoners")."""
        if self._cast_keys is None:
            keys: set[str] = set()
            for tok in self.doc:
                for person in self._introduced(tok):
                    keys.update(_keys(person))
            self._cast_keys = frozenset(keys)
        return self._cast_keys

    def _introduced(self, tok: Token) -> list[Token]:
        """The characters ``tok`` introduces: the object of a player's "control" in a review, the people a
        made-up story is "about"; the noun, its conjuncts and apposed phrases, and the names in them."""
        controlled = tok.dep_ == "dobj" and not self.lexicon.fiction_controls.isdisjoint(_keys(tok.head))
        if controlled and self._review():
            controlled = any(c.dep_ in _SUBJECT_DEPS and self._player(c) for c in tok.head.children)
        else:
            controlled = False
        about = tok.dep_ == "pobj" and tok.head.lower_ == "about" and self._tells_about(tok.head)
        if not (controlled or about):
            return self._introduced_by_review(tok)
        people = [tok, *(c for c in tok.children if c.dep_ in ("conj", "appos"))]
        names = [t for t in tok.subtree if t.pos_ == "PROPN"]
        return [p for p in people if p.pos_ in _NOUNS] + names

    def _introduced_by_review(self, tok: Token) -> list[Token]:
        """The characters a review's usual conventions introduce (review8): a noun with the actor in brackets
        after it ("Tomas (Paul Grey)", "his sister (Mia Stone)"), a noun "played by" a person ("the
        developer, played by Ian Fox", "played with relish by ..."), and whom a work or its story follows
        ("the story follows Ruth, a nurse"). The noun, its conjuncts and the phrases set beside it; never the
        actor."""
        if tok.pos_ not in _NOUNS or tok.lemma_.lower() in ("role", "part"):
            return []
        bracketed = self._actor_in_brackets(tok) and (tok.pos_ == "PROPN" or self._review())
        played = self._review() and any(self._played_by_person(c) for c in tok.children)
        # a documentary follows real people and places: only a review's synopsis, and a person or a noun
        # introduced with a phrase beside it ("follows Ruth, a nurse")
        person = tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" for c in tok.children)
        followed = (
            self._review()
            and person
            and tok.dep_ == "dobj"
            and not self.lexicon.fiction_tellings.isdisjoint(_keys(tok.head))
            and any(c.dep_ in _SUBJECT_DEPS and self._story(c) for c in tok.head.children)
        )
        if not (bracketed or played or followed):
            return []
        beside = [c for c in tok.children if c.dep_ in ("conj", "appos") and not self._actor(c)]
        return [p for p in [tok, *beside] if p.pos_ in _NOUNS]

    def _actor_in_brackets(self, noun: Token) -> bool:
        """Whether a person's name in brackets is set beside ``noun`` ("Tomas (Paul Grey)")."""
        return any(self._actor(c) for c in noun.children if c.dep_ == "appos")

    def _actor(self, tok: Token) -> bool:
        """Whether ``tok`` heads a person's name in brackets: the actor beside a character."""
        left = tok.left_edge.i
        before = self.doc[left - 1] if left > 0 else None
        after = self.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(self.doc) else None
        brackets = before is not None and before.text == "(" and after is not None and after.text == ")"
        return brackets and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"

    def _played_by_person(self, clause: Token) -> bool:
        """Whether ``clause`` is "played (with relish) by" a person, set on the noun it describes."""
        if clause.dep_ != "acl" or self.lexicon.fiction_verbs.isdisjoint(_keys(clause)):
            return False
        agents = [g for c in clause.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(g.pos_ == "PROPN" for g in agents)

    def _tells_about(self, about: Token) -> bool:
        """Whether the preposition ``about`` says what a made-up story is about: hung on the story ("a film
        about a cop"), or, where the parser hung it on the clause's verb, with a story named in the few words
        before it ("based on a parable much told in courses... about a sheriff")."""
        if self._tells(about.head):
            return True
        if about.head.pos_ not in ("VERB", "AUX"):
            return False
        before = self.doc[max(about.sent.start, about.i - 12) : about.i]
        return any(not self._works().isdisjoint(_keys(t)) and self._tells(t) for t in before)

    def _character(self, subject: Token) -> bool:
        """Whether ``subject`` is one of the story's characters, or "he", "she" or "they" pointing back to one
        (the nearest noun subject before it, over at most two sentences)."""
        cast = self._characters()
        if not cast:
            return False
        if any(c.dep_ == "poss" and self._character(c) for c in subject.children):
            return True  # "Ruth's brother", "his sister": a character's kin or things are the story's too
        if subject.lower_ in _CHARACTER_PRONOUNS or subject.lower_ in _POSSESSIVE_PRONOUNS:
            antecedent = self._antecedent(subject)
            if antecedent is None:
                return False
            subject = antecedent
        return subject.pos_ in _NOUNS and not cast.isdisjoint(_keys(subject))

    def _antecedent(self, pronoun: Token) -> Token | None:
        """The nearest noun subject before ``pronoun`` that agrees with it in number, in its sentence or the
        two before."""
        first = pronoun.sent.start
        for _ in range(2):
            if first > 0:
                first = self.doc[first - 1].sent.start
        plural = pronoun.lower_ in ("they", "their")
        for k in range(pronoun.i - 1, first - 1, -1):
            t = self.doc[k]
            # "he" points back to one, "they" to many: "things" is no antecedent of "he"
            many = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in _NOUNS and many == plural:
                # "a storm wrecks *his* boat": a possessive points past a thing to a person or a character
                if pronoun.lower_ in _POSSESSIVE_PRONOUNS and not self._person_like(t):
                    continue
                return t
        return None

    def _modifies_character(self, tok: Token, *, players: bool) -> bool:
        """Whether ``tok`` is a character in a review or a word on one ("the *ruthless* developer" once the
        developer is "played by" an actor): the story's description of its people (review8)."""
        if not players or not self._review():
            return False
        noun = tok.head if tok.dep_ in ("amod", "compound") and tok.head.pos_ in _NOUNS else tok
        return noun.pos_ in _NOUNS and self._character(noun)

    def _owned_by_character(self, noun: Token) -> bool:
        """Whether ``noun`` belongs to one of the story's characters ("his boat", "Ruth's house")."""
        return any(c.dep_ == "poss" and self._character(c) for c in noun.children)

    def _person_like(self, noun: Token) -> bool:
        """Whether ``noun`` can own something as "his" or "her" does: a name or one of the story's cast."""
        return (
            noun.pos_ == "PROPN"
            or noun.ent_type_ == "PERSON"
            or not self._characters().isdisjoint(_keys(noun))
        )

    def _cast(self, tok: Token) -> bool:
        """Whether ``tok`` is inside a phrase set beside a character's name that an actor plays ("plays Oz
        Cobb, a scarred, ambitious *gangster* clawing his way ...", "played Crane, a *ruthless* businessman",
        "stars as Sofia, a *cold-blooded* killer"): the character's description."""
        verbs = self.lexicon.fiction_verbs
        for anc in [tok, *tok.ancestors][:6]:
            if anc.dep_ != "appos" or anc.head.pos_ != "PROPN":
                continue
            name = anc.head
            governor = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
            if name.dep_ in ("dobj", "pobj") and not verbs.isdisjoint(_keys(governor)):
                return True
            if name.dep_ == "pobj" and name.head.lower_ == "as" and governor.pos_ == "ADJ":
                return True  # "is superb as Lewis Strauss, a *petty* ...": a performance judged in a part
        return False


def _idiom_head(doc: Doc, start: int, end: int) -> Token:
    """The word a sense pass reads a match by: its last word, but a verb idiom's verb when the last word is
    that verb's object (rec28: "cooked the *books*" is an act, and its object no book of a story)."""
    last = doc[end - 1]
    first = doc[start]
    if end - start > 1 and first.pos_ == "VERB" and last.dep_ == "dobj" and last.head.i == first.i:
        return first
    return last


# What a law's wording names: the offences and labels it defines, not the writer's tone words.
# The critic's own hyperbole ("you will perform a *stunning* somersault") stays the critic's, even of play.
_CRITICS_CATEGORIES = frozenset({"intensifier"})
_CHARACTER_PRONOUNS = frozenset({"he", "she", "they"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their"})
# Clauses a story clause reaches up through; a participle on a noun ("some *trumped up* charge") too.
_STORY_CLAUSE_DEPS = frozenset({"xcomp", "conj", "ccomp", "advcl", "pcomp", "amod"})


def _pictures_someone_known(verb: Token) -> bool:
    """Whether a verb asking the reader to picture something ("imagine") has a definite object: "Imagine the
    outgoing president *sabotaging* his successor" is the writer's figure for a real person, not a made-up
    case ("Imagine a *greedy* banker", "Imagine you are ...")."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.pos_ == "PROPN" or obj.lower_ in ("him", "her", "them"):
            return True
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETS) for c in obj.children):
            return True
    return False


_DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


_PRESENT_TAGS: tuple[str, ...] = ("VBZ", "VBP", "VB")
_PRESENT_OR_MODAL: tuple[str, ...] = (*_PRESENT_TAGS, "MD")


def _class_noun(head: Token, pronouns: frozenset[str]) -> bool:
    """Whether a relative clause's noun is a class, not someone in particular: a pronoun of anyone
    (``generic_pronouns``: "anyone", "those", "whoever"), a noun picked out by "any", "every" or "no", or a
    plural with no determiner, owner or number ("lenders who ...", "companies that ...")."""
    if head.lower_ in pronouns:
        return True
    if head.pos_ != "NOUN":
        return False
    dets = [c for c in head.children if c.dep_ in ("det", "poss", "nummod", "predet")]
    if any(c.lower_ in ("any", "every", "no", "all") for c in dets):
        return True
    return head.tag_ == "NNS" and not dets
