"""Sense before lexicon: :class:`_Senses`, the ordered passes that tell a lexicon hit in a neutral sense,
assembled from the families' parts; :meth:`_Senses.loaded` runs them and records the veto."""

from __future__ import annotations

from tasks.bias.charge_senses import _ChargeSenses
from tasks.bias.genre_senses import _GenreSenses
from tasks.bias.name_senses import _NameSenses
from tasks.bias.people_senses import _PeopleSenses
from tasks.bias.sense_context import Vetoed
from tasks.bias.speech_senses import _SpeechSenses
from tasks.bias.story_senses import _StorySenses
from tasks.lexicon import BiasEntry


class _Senses(_NameSenses, _ChargeSenses, _SpeechSenses, _PeopleSenses, _GenreSenses, _StorySenses):
    """Sense before lexicon: the passes that tell a lexicon hit in a neutral sense, in order.

    Each pass is a method with a name and one job; :meth:`loaded` runs them and the first that finds a
    neutral sense vetoes the tag (recorded as :class:`Vetoed` when the caller keeps a record):

    0b. ``verb``: a phrasal-verb entry ("pile on") whose verb the parse reads as a noun ("into *piles on* the
       table") is no verb (r3b28).
    1. ``name``: a one-word match inside a named entity (a team, a person, a place, a work, a law: the
       lexicon's ``name_entity_types``) or a capitalised proper noun inside a sentence ("the Savages", "Ellen
       Hawk") is part of a name. Multiword entries are exempt: a loaded phrase ("reign of terror") is the
       expression itself, and its capitalised historical use is excluded by its own context.
    2. ``opposed``: a one-word hit glued after "anti-" names what is opposed, not anyone labelled: the
       "anti-terror bill", an "anti-Nazi film", an "anti-sectarian summit".
    3. ``charge``: the name of an offence in a charge ("charged with murder", "accused of fraud", "a fraud
       charge", "allegations of misleading investors"): the lexicon's ``charge_words`` as the head of its
       preposition or the noun it modifies; a modifier of that noun ("guilty of *terrorist* acts"); a plea's
       object ("denies *faking* a crash").
    3b. ``caution``: a word of ``context.caution`` ("alleged", "allegedly") as a modifier (of a noun or a
       verb: "the *alleged* theft", "he *allegedly* punched a guard") is the legal caution news copy owes an
       accusation not proven, wherever the story is; the verb of a clause ("they *allege* that ...") is not.
    4. ``question``: a charge (the lexicon's ``question_categories``) inside a clause of "whether" is the
       question an inquiry asks, not a fact the writer states ("investigating whether investors were
       misled").
    5. ``object``: a verb of saying loaded only as such (``context.reporting``: "claims", "revealed",
       "conceded") with a noun object and no clause reports no statement: "claimed the title", "revealed a new
       phone", "conceded a goal". One that also means "has" (``context.possession``: "boast") does so with a
       counted noun object or a place as subject: "the town boasts two beaches" (prec10).
    5c. ``measure``: a verb of violence that is a figure only when done to a measure (``context.on_measure``:
       "kill") is literal unless its object or passive subject is a measure (the lexicon's ``measure_nouns``
       or a LAW entity): "moved to kill the bill" dramatises, "the storm killed three people" reports.
    5a. ``act``: a verb loaded only as a verb of saying with what is said (``context.needs_clause``:
       "confess") names the act itself without a clause of its own: "if they confess", "confessed to the
       killing", "a confession"; "he confessed (that) the plan had failed" colours a statement.
    5b. ``owned``: a noun of saying (``context.reporting``: "claim") with its owner named ("Bellamy's
       claim", "a claim by Hain"), pointed back to ("these claims") or the subject of the verb that put it
       ("Conte made the claims", the lexicon's ``owner_verbs``) reports a statement already attributed.
    5d. ``position``: lie29: a verb of ``context.agent_subject`` ("lie") is the verb of position, not a charge
       of deceit, with a place among its dependents (``position_preps``: "the answer lies not in cuts but in
       growth", "where the blame lies", "therein lies the problem", "hard times lie ahead") or a thing as its
       subject ("the figures never lie", "the problem lies with the supplier"); "lied", "lie to", "lie about"
       (``deceit_preps``) and a person, a group or a body (``organisation_nouns``) as subject keep the charge.
    6. ``people``: a noun that labels people only when said of them (``context.of_people``: "animals"; an
       adverb of such an entry, "typically", judges only people's conduct: "bleaching *typically* peaks"; and
       ``context.predicated``: "terrorism" labels an act only when said of it, elsewhere it names a topic)
       is the thing itself unless the parse predicates it of someone ("they are animals", "called them
       animals", "treated like animals"): "protect animals from cruelty" is about animals. A verb of such an
       entry ("troops *murdered* villagers") is said of its subject; its participle on a noun ("a
       *murdered* activist") names the crime.
    6a. ``modifier``: a noun of ``context.topic_modifier`` ("terror") modifying another noun names the topic
       ("terror suspects", "a terror target", "terror detainees"); as a head ("a campaign of terror") it is
       the writer's word.
    6b. ``referent``: a noun of ``context.referent`` ("disaster", "tragedy", "scandal") with a definite
       determiner and not a predicate ("when the disaster happened") names an event already told; said of
       something ("the vote was a disaster", "a tragedy for the town") it is a verdict.
    6c. ``term``: a word of ``context.names_term`` ("so-called") before a compound of three words, a name
       or a term glossed at once introduces the term ("so-called related party transactions"), and so does
       one after a noun naming a term (``term_nouns``: "the definition of a so-called weather bomb"); before
       one noun ("so-called experts") it distances the writer. bp29: before the capitalised name of a law,
       bill or programme ("the so-called Inflation Reduction Act") it introduces nothing, and the hit is
       withheld with its reason (``NAME_DISTANCE_HELD``) in every sentence.
    7. ``literal``: an entry's ``context.literal_in`` domains (medical, sport, weather, finance, military,
       legal): a word of the domain among the match's dependents and grand-dependents, or up its clause (each
       head and that head's dependents) in the parse ("the tissue was inflamed", "shares plunged", "claimed
       in court"); for the lexicon's ``sentence_domains`` (legal) anywhere in the sentence. prec11: for a
       modifier, the words stacked between it and its noun too ("a *paranoid* schizophrenic attacker").
    7b. ``topic``: in an article on one of the lexicon's ``topics`` (a markets report, a storm, a health
       story: its share of the domain's words), a match of an entry literal in that domain is literal wherever
       it sits, not only near a domain word in the parse: a markets report's "the market got *crushed*",
       "more *hawkish* than expected", a storm's "*vicious* fire". A headline takes its body's topics
       (``doc.user_data["wl_topics"]``).
    8. ``fiction``: a word describing a part an actor plays or a work's genre is the story's, not the writer's
       judgement of anyone: the object of a casting verb ("*playing* seductive con artist Myra Langtry"), a
       noun "played by" someone ("crooked cops *played by* ..."), a modifier of a work ("a gangster *flick*"),
       a phrase in apposition to a part or a work ("its hero, a *cowardly* engineer"); the lexicon's
       ``fiction_verbs``, ``fiction_works`` and ``fiction_parts``. A conjunct stands where the first one does
       ("a weak and *greedy* veteran", "an epic about greed and *murder*"). A clause about a story is the
       story's: its subject a work, a work's part or plot ("the film's hero is *blackmailed*"), a review's
       plot or part (``fiction_plots``, ``fiction_parts`` in an article of topic ``fiction``), a character
       with the actor in brackets ("Mara (Kate Lowe) plots a *vindictive* revenge"), or set "in" a work; a
       description beside a part judged by an adjective ("superb as Jack Moss, a *petty* clerk").
       prec7: a clause whose subject is a character is the story's too ("CJ can *commandeer* any car", "he
       is *blackmailed* by ...", "the sheriff *desperately* needs a confession"): a character is whom a
       player controls in a review ("you control a youth named CJ"), whom a work or a made-up plot is about
       ("a parable about a sheriff and two prisoners", ``fiction_marks``: "a fictional plot about ..."),
       and "he"/"she"/"they" points back to the nearest subject. Anything inside a part played ("stars
       Reeves as an exorcist who must send Satan's *minions* back") or inside what a work is about ("a
       fictional plot about spies conspiring to *silence* him") is the story's at any depth.
       review8: a review's usual conventions introduce characters too: the actor in brackets ("Tomas (Paul
       Grey)", "his sister (Mia Stone)"), "played (with relish) by" someone, "the story follows Ruth, a
       nurse"; a character's kin or things ("Ruth's brother", "a storm *wrecks* his boat") and a word on a
       character ("the *ruthless* developer") are the story's. fresh13: so is, in a review, a relative clause
       on a scene (``fiction_scenes``: "a scene in which she *pretends* not to understand").
    8a. ``hypothetical``: a case made up to illustrate is no charge against anyone: a word inside a relative
       clause on a noun picked out by "any" ("a parable to describe any situation where there is an *obvious*
       choice"), or after a verb asking the reader to picture it (``hypothetical_verbs``: "Imagine you are a
       *greedy* banker", "Suppose two rivals ...").
    8a1. ``rule``: lie29: a charge (``question_categories``) in a present-tense relative clause on a class (a
       plural with no determiner, a noun with "any"/"every"/"no", ``generic_pronouns``: "anyone", "those"),
       that class the subject of a present or modal verb, is a rule or a law's text with no one charged:
       "lenders who mislead borrowers will face penalties", "anyone who lies to investigators commits a
       crime"; "officials who lied to the inquiry have resigned" and "... were fined" tell of a case.
    8b. ``talk``: a comment adverb (``context.comment_adverb``: "obviously", "unfortunately") inside quote
       marks, before the subject of its clause, is the speaker's texture of talk ("Obviously, we are all
       disappointed", "but unfortunately she was too weak"); after it ("Brown obviously has an eye on the
       election") it still presents a judgement, and the writer's own stays tagged.
    8b1. ``manner``: a comment adverb right after its main verb tells how something is done, not the user's
       attitude to it ("the virus is carried *naturally* by bats", "she smiled *sadly*"); before the verb ("he
       *naturally* assumed"), after a copula ("it is *obviously* an honour"), the object or a comma ("it helps
       him *obviously*", "he lost, *sadly*") it comments on the clause (lead27).
    8b2. ``own``: a doubt-casting verb whose subject is the speaker ("we are not going to *pretend* this is
       painless", "I pretended to be asleep"; a subject shared along a conjunct or a "than" clause: "I'd
       rather be honest than *pretend*") tells of the speaker's own conduct, not a doubt about someone
       else's claim; with another subject ("the minister *pretends* ...") or none ("stop *pretending*") it
       still casts doubt.
    8c. ``degree``: an intensifier adverb on a verb of change (``degree_verbs``) says how much something
       changed ("sales have gone up *enormously*", "will *radically* change the role of the audience"), not
       how the writer or speaker judges it; on an adjective ("*extremely* generous"), a state participle or
       another verb ("*totally* discriminating") it still tags. The same for an intensifier stating the size
       of a quantity: an adjective on a noun of quantity (``degree_quantities``: "reaching *unprecedented*
       numbers") or an adverb on an adjective of measure, said of a thing or of a quantity
       (``degree_measures``: "an *extraordinarily* high rate"; "an *extremely* high standard" still tags).
       A superlative measured against the record (``record_nouns``: "the *worst* event on record"; a date
       after "since", "in", "for": "the *highest* since 2007") ranks a case; "the worst ever" still tags.
    8d. ``habit``: an adverb of ``context.on_quality`` ("typically", "characteristically") judges a quality
       only on an adjective or a state participle ("*typically* arrogant", "*characteristically* blunt"); on
       a verb it tells how often something is done ("phishing attacks *typically* use fake sites") (prec11).
    8e. ``right``: a noun of ``context.right_to`` ("claim") with "to" and a noun names a right asserted ("a
       strong claim to half the prize"), not a doubted statement; "his claim to be innocent" still tags.
    9. ``genre``: in an article of one of the lexicon's ``genres`` (a match report: its share of the genre's
       cue words and scorelines), mild evaluative words of the genre's categories describe the play in the
       genre's own idiom ("a brilliant tackle", "a crushing 23-3 win"), not a side taken. A headline takes its
       body's genre (``doc.user_data["wl_genre"]``).
    10. ``headline``: in a headline, mild words of the lexicon's ``headline_idiom`` categories are the
       register's shorthand ("feud", "chides", "insists", "admits"): the desk's loaded words of severity 2 and
       up, labels and accusations still count.
    """

    PASSES: tuple[str, ...] = (
        "idiom",
        "verb",
        "name",
        "opposed",
        "charge",
        "filing",
        "setting",
        "law",
        "caution",
        "question",
        "object",
        "measure",
        "act",
        "owned",
        "demand",
        "position",
        "people",
        "modifier",
        "referent",
        "system",
        "reaction",
        "reply",
        "term",
        "literal",
        "topic",
        "fiction",
        "hypothetical",
        "rule",
        "talk",
        "manner",
        "own",
        "habit",
        "right",
        "degree",
        "genre",
        "headline",
    )

    def loaded(self, start: int, end: int, entry: BiasEntry) -> bool:
        for name in self.PASSES:
            if getattr(self, name)(start, end, entry):
                if self.vetoed is not None:
                    self.vetoed.append(Vetoed(name, entry.id, start, end))
                return False
        return True
