"""The bias lexicon: YAML files in ``config/lexicons/`` read once, validated, and indexed for matching.

A lexicon file has a ``version``, ``categories`` (a reason template and default severity for each),
``speech_verbs``, ``negators``, ``sourcing_cues``, ``intensifiers`` and ``epithet_heads`` (small word lists
:mod:`tasks.bias` needs), the sense and voice data (``name_entity_types``, ``charge_words``,
``labelling_verbs``, ``accusing_verbs``, ``domains``), ``derivations`` (suffix rules that extend an
adjective entry to its adverb and noun forms), and ``entries``: a term, its category and severity, a neutral
alternative, notes, and optional ``forms`` (of the term's word family), ``pos`` and ``context`` limits.
``config/lexicons/bias.yaml`` documents the format at its top.
Extra user files have the same format; they add categories and entries (an entry with an id already present
replaces it) and their versions are appended to the base version.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

# Universal POS tags, as spaCy's ``Token.pos_`` gives them.
UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT"}
    | {"SCONJ", "SYM", "VERB", "X", "SPACE"}
)
BIAS_FILE = "bias.yaml"
# Slots of idioms written with a placeholder ("dig one's heels in", "shoot oneself in the foot"): each matches
# one token of its kind (tasks.bias), so one entry covers "dug his heels in", "dug their heels in".
POSSESSIVE_SLOT = "one's"
REFLEXIVE_SLOT = "oneself"
SLOTS = frozenset({POSSESSIVE_SLOT, REFLEXIVE_SLOT})
# idiom12: a gap ("sweep ... under the carpet", "kick ... into the long grass") stands for the object an idiom
# wraps its fixed words around: up to GAP_WORDS words of the same sentence, none of them punctuation.
GAP_SLOT = "..."
GAP_WORDS = 4
_WORD = re.compile(r"one's|\.\.\.|\w+|[^\w\s]")


def term_words(term: str) -> tuple[str, ...]:
    """Split a term the way spaCy's English tokenizer splits it: words, and each punctuation mark alone.

    ``"so-called"`` gives ``("so", "-", "called")``, matching spaCy's infix split of hyphenated words. The
    slot ``one's`` stays one word (it stands for one possessive token), and so does the gap ``...`` (up to
    ``GAP_WORDS`` words).
    """
    return tuple(_WORD.findall(term.lower()))


def same_family(term: str, form: str) -> bool:
    """Whether ``form`` belongs to the word family of ``term``: their first words share a stem.

    A stem is a common prefix of four letters, or three when the shorter word has five letters or fewer
    ("fury", "furious"). "doubled down" is a form of "double down"; "shoot down" is another rule, with its
    own senses, and must be an entry of its own: a multiword rule matches only its own words.
    """
    a, b = term_words(term)[0], term_words(form)[0]
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= (3 if min(len(a), len(b)) <= 5 else 4) or a == b


def _check_template(template: str) -> str:
    try:
        template.format(who="the author's", text="x")
    except (KeyError, IndexError, ValueError) as e:
        raise ValueError(f"reason template may only use {{who}} and {{text}}: {e}") from None
    return template


class Category(BaseModel):
    """One category of biased language: how to explain a tag, and the severity of rule-made tags."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    reason: str = Field(min_length=1, description="Template with {who} (e.g. the author's) and {text}.")
    severity: int = Field(default=2, ge=1, le=3, description="Severity of tags made by rules, not entries.")

    @field_validator("reason", mode="after")
    @classmethod
    def _template(cls, v: str) -> str:
        return _check_template(v)


class Context(BaseModel):
    """Where an entry does or does not apply. Lemmas are compared lower-cased, against lemma and text.

    The ``not_*`` fields exclude a neutral sense; ``only_after`` is for a word that is loaded only in a few
    collocations ("agenda" is neutral, a "radical agenda" is not): the match needs one of its lemmas just
    before.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    not_within: tuple[str, ...] = Field(default=(), description="Case-sensitive phrases that may contain it.")
    not_after: frozenset[str] = Field(default=frozenset(), description="Lemmas of the word just before.")
    not_before: frozenset[str] = Field(default=frozenset(), description="Lemmas of the word just after.")
    not_near: frozenset[str] = Field(default=frozenset(), description="Lemmas within four words either side.")
    not_with_object: frozenset[str] = Field(default=frozenset(), description="Lemmas of its objects.")
    only_after: frozenset[str] = Field(default=frozenset(), description="Required lemmas of the word before.")
    only_before: frozenset[str] = Field(
        default=frozenset(),
        description="Required lemmas of the word after: a metaphor of quantity is one only with its 'of' "
        "('a tsunami of lawsuits'); alone it names the thing itself ('the Asian tsunami').",
    )
    literal_in: frozenset[str] = Field(
        default=frozenset(),
        description="Domains (names from the lexicon's `domains`) where the word is literal or technical: "
        "not tagged when a word of the domain is its head, dependent or sibling in the parse.",
    )
    literal_near: bool = Field(
        default=False,
        description="The `literal_in` sense is a collocation ('outstanding debt'), read beside the match "
        "only: an article on the domain's topic does not make the word literal elsewhere ('an outstanding "
        "success' in a results story is praise).",
    )
    predicate_too: bool = Field(
        default=False,
        description="r2b26b: the ``not_before`` nouns make an adjective literal also when it is predicated "
        "of them ('ballots remained outstanding', as 'outstanding ballots'). Not for a collocation, whose "
        "predicate keeps the loaded sense ('an inflammatory response' of the body; 'his response was "
        "inflammatory').",
    )
    reporting: bool = Field(
        default=False,
        description="A verb loaded only as a verb of saying: with a noun object and no clause ('claimed the "
        "title', 'revealed a new phone', 'conceded a goal') it reports no statement and is not tagged. As a "
        "noun ('the claim'), loaded only when no one owns it: 'Bellamy's claim', 'a claim by Hain', 'these "
        "claims', 'Conte made the claims' report a statement already attributed.",
    )
    possession: bool = Field(
        default=False,
        description="A verb of saying that also means 'has': with a noun object and no clause, counted or "
        "had by a place ('the town boasts two beaches', 'who boasts a million followers', 'Lyon boasts a "
        "harbour'), it names a thing possessed and is not tagged; 'boasted that ...', 'boasted about ...' "
        "stay tagged.",
    )
    predicated: bool = Field(
        default=False,
        description="A noun that labels only when said of something: predicated of an act or a group ('the "
        "attack was terrorism', 'called it terrorism'). Anywhere else it names a topic ('the fight against "
        "terrorism', 'terror laws', 'terrorism charges').",
    )
    owned: bool = Field(
        default=False,
        description="bias24d: with ``predicated``, a noun of a prejudice or a conduct is also said of "
        "someone when it is owned: a possessive ('his misogyny', \"Hamas's terrorism\") or an of-phrase "
        "naming its holder ('the homophobia of the fans'). Not for a crime's noun, whose of-phrase names the "
        "victim ('the murder of a politician').",
    )
    names_term: bool = Field(
        default=False,
        description="A distancing word that also introduces a technical term ('so-called'): before a "
        "compound or a name ('so-called related party transactions', 'its so-called Revolution') or a term "
        "glossed at once ('so-called latifundios, or large estates') it names; before one common noun "
        "('so-called experts') it distances.",
    )
    headline_hype: bool = Field(
        default=False,
        description="hype30: a word that is the desk's own hype or epithet in a headline too ('Star "
        "*flaunts* curves', 'Killer *caged*', 'Senator *storms out*'), never its shorthand for a neutral "
        "word: the ``headline`` sense pass (``headline_idiom``) does not veto it.",
    )
    nominal: bool = Field(
        default=False,
        description="r3b28: a phrasal-verb entry whose first word is loaded as a noun too ('a crusade "
        "against'): it is not vetoed on a noun.",
    )
    caution: bool = Field(
        default=False,
        description="A word of legal caution ('alleged', 'allegedly'): qualifying an act, an event or a "
        "person (an adjective on a noun, an adverb on a verb: 'the alleged theft', 'he allegedly punched') "
        "it is the caution news copy owes any accusation not proven, not doubt; as the verb of a clause "
        "('they continue to allege that ...') it stays tagged.",
    )
    system: bool = Field(
        default=False,
        description="A label for a government that also names a system of rules: named for what it rules "
        "(a common noun before it or after its 'of': 'the drug-testing regime', 'a tax regime', 'the regime "
        "of detention without trial') it is the system, not a government.",
    )
    reaction: bool = Field(
        default=False,
        description="A noun for a public reaction that news copy uses as the plain name of one: caused by "
        "something ('sparked an outcry', 'provoked a furore'; `reaction_causes`) it reports others' "
        "reaction; elsewhere it dramatises.",
    )
    reply: bool = Field(
        default=False,
        description="A verb of retort that is the plain idiom of a reply to what was said: its object a "
        "noun of saying ('hit back at claims', 'hit back at the criticism'; `statement_nouns`) reports a "
        "reply; at a person or a plan it still frames one as a blow.",
    )
    referent: bool = Field(
        default=False,
        description="A noun that judges an event when said of it ('the vote was a disaster', 'a tragedy for "
        "the town') but, as a definite reference in the narrative ('when the disaster happened', 'the cost "
        "of the tragedy'), is the story's name for an event already told.",
    )
    on_measure: bool = Field(
        default=False,
        description="A verb of violence that is a figure only when done to a measure: its object (or its "
        "passive subject) is one of the lexicon's `measure_nouns` or a LAW entity ('killed the bill', 'moved "
        "to kill the health law'). Done to anything else (people, animals, an engine) it is literal.",
    )
    needs_clause: bool = Field(
        default=False,
        description="A verb loaded only as a verb of saying with what is said, a clause ('he confessed that "
        "the plan had failed'): without one it names the act itself ('if they confess', 'confessed to the "
        "killing', 'a confession'), which is no colouring of a statement.",
    )
    sound: bool = Field(
        default=False,
        description="A verb of saying that is also a sound ('scream', 'shriek'): with words said (a clause, "
        "a quotation beside it) it is the writer's colouring of speech; without ('people were screaming', "
        "'fans shrieked') it is the sound itself. The noun keeps its figure ('the howling shrieks of "
        "critics').",
    )
    comment_adverb: bool = Field(
        default=False,
        description="An adverb that states its user's attitude to what is said ('obviously', "
        "'unfortunately'): the writer's is a tag, but at the head of a speaker's clause in a direct "
        "quotation ('Obviously, we are disappointed', 'but unfortunately she was too weak') it is the "
        "texture of talk, not a word chosen about anyone.",
    )
    topic_modifier: bool = Field(
        default=False,
        description="A noun that, as the modifier of another noun, names a topic ('terror suspects', a "
        "'terror target', 'terror detainees') and is loaded only as a head ('a campaign of terror').",
    )
    on_quality: bool = Field(
        default=False,
        description="An adverb that judges only as the modifier of a quality, an adjective or a state "
        "participle ('typically arrogant', 'characteristically blunt'): on a verb it tells how often or how "
        "something is done ('phishing attacks typically use fake sites').",
    )
    of_people: bool = Field(
        default=False,
        description="A noun that is a label only when said of people: predicated of them ('they are "
        "animals'), given as their label ('called them animals'), in apposition or a simile ('treated like "
        "animals'). Anywhere else it names the thing itself ('protect animals from cruelty'). An adverb "
        "('typically') judges a pattern of behaviour only when its clause's subject is a person or a group "
        "('the senator typically dodges'); of a disease, the weather or a market it says how often.",
    )

    object_slot: bool = Field(
        default=False,
        description="lie29: the gap right after the idiom's verb is its object, whatever its length "
        "('holding thousands of commuters and their families to ransom'); other gaps take at most GAP_WORDS.",
    )

    agent_subject: bool = Field(
        default=False,
        description="A verb that charges someone only when a person or a group does it: of evidence "
        "(`evidence_nouns`: 'the numbers don't lie', 'the camera never lies') it is an idiom for what is "
        "plainly true; of any other thing, or with a place (`position_preps`), it is the verb of position "
        "(the `position` sense pass).",
    )

    right_to: bool = Field(
        default=False,
        description="A noun of statement that also names a right asserted: with 'to' and a noun ('a claim to "
        "the estate', 'her claim to half the prize') it is the right, not a doubted statement; with 'to' and "
        "a verb ('his claim to be innocent') or a clause it is still the statement (r2b1).",
    )

    @field_validator(
        "not_after", "not_before", "not_near", "not_with_object", "only_after", "only_before", mode="after"
    )
    @classmethod
    def _lower(cls, v: frozenset[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in v)


class BiasEntry(BaseModel):
    """One lexicon entry: a term (and its family of forms) with its category and severity."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(default="", description="Unique id; defaults to the term, or term/POS when pos is set.")
    term: str = Field(min_length=1, description="A lemma or a phrase.")
    category: str = Field(min_length=1)
    severity: int = Field(ge=1, le=3)
    neutral: str | None = None
    notes: str = ""
    forms: tuple[str, ...] = ()
    pos: frozenset[str] | None = None
    context: Context | None = None
    reason: str | None = None
    withheld: bool = Field(
        default=False,
        description="Measured to misfire on straight news (bench/bias_precision.py): its hits go to the "
        "result's `withheld`, with the reason, never to the tags or the scores.",
    )

    @field_validator("term", "forms", mode="after")
    @classmethod
    def _has_words(cls, v: str | tuple[str, ...]) -> str | tuple[str, ...]:
        for phrase in (v,) if isinstance(v, str) else v:
            words = term_words(phrase)
            if not words:
                raise ValueError(f"{phrase!r} has no words")
            if words[0] in SLOTS or words[0] == GAP_SLOT:
                raise ValueError(f"{phrase!r} starts with a slot: a phrase is found by its first word")
            if words[-1] == GAP_SLOT or words.count(GAP_SLOT) > 1:
                raise ValueError(f"{phrase!r}: a gap '...' stands between fixed words, once")
        return v

    @field_validator("pos", mode="after")
    @classmethod
    def _known_pos(cls, v: frozenset[str] | None) -> frozenset[str] | None:
        if v is None:
            return None
        bad = sorted(p for p in v if p not in UPOS)
        if bad or not v:
            raise ValueError(f"unknown POS tag(s) {bad}; use Universal POS tags such as VERB or NOUN")
        return v

    @field_validator("reason", mode="after")
    @classmethod
    def _template(cls, v: str | None) -> str | None:
        return None if v is None else _check_template(v)

    @model_validator(mode="after")
    def _family(self) -> BiasEntry:
        strangers = [f for f in self.forms if not same_family(self.term, f)]
        if strangers:
            raise ValueError(
                f"forms {strangers} are not of the family of {self.term!r} (no shared stem): give each its "
                "own entry, with its own senses, so the rule that fired names the word"
            )
        return self

    @model_validator(mode="after")
    def _default_id(self) -> BiasEntry:
        if not self.id:
            suffix = "/" + "+".join(sorted(self.pos)) if self.pos else ""
            object.__setattr__(self, "id", f"{self.term}{suffix}")
        return self

    @property
    def phrases(self) -> tuple[tuple[str, ...], ...]:
        """The term and its forms as word tuples, without repeats."""
        return tuple(dict.fromkeys(term_words(p) for p in (self.term, *self.forms)))


class Derivation(BaseModel):
    """A suffix rule: a token ending in ``suffix`` (of a listed POS) is also looked up with ``bases`` instead.

    ``{suffix: ily, bases: [y], pos: [ADV]}`` lets the entry ``angry`` match "angrily"; only one-word entries
    whose ``pos`` is unset or allows ADJ are reached this way, so verbs and nouns do not grow false families.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    suffix: str = Field(min_length=2, pattern=r"^[a-z]+$")
    bases: tuple[str, ...] = Field(default=("",), description="Replacements for the suffix; '' strips it.")
    pos: frozenset[str] = Field(min_length=1, description="UPOS the derived token must have.")
    plain: frozenset[str] = Field(
        default=frozenset(),
        description="Derived words with a plain sense of their own, never looked up ('compliance' with a "
        "rule is not the 'compliant' of a pliant press).",
    )

    @field_validator("pos", mode="after")
    @classmethod
    def _known_pos(cls, v: frozenset[str]) -> frozenset[str]:
        bad = sorted(p for p in v if p not in UPOS)
        if bad:
            raise ValueError(f"unknown POS tag(s) {bad}")
        return v


MIN_BASE = 4  # a derived base shorter than this ("ear" from "early") is never looked up


class Pattern(NamedTuple):
    """A precompiled phrase: its words (lower-case) and the entry it belongs to."""

    words: tuple[str, ...]
    entry: BiasEntry


class Genre(BaseModel):
    """A kind of report whose own idiom is description, not judgement (a match report's "brilliant tackle").

    An article is of the genre when its words include at least ``share`` of ``cues`` (lemmas; a scoreline
    such as "3-1" counts as one when ``scorelines`` is set) and at least ``distinct`` different cues, in
    ``min_words`` words or more. There, hits of ``categories`` up to ``max_severity`` are vetoed (the sense
    pass ``genre`` of :class:`tasks.bias.senses._Senses`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    cues: frozenset[str] = Field(min_length=1)
    share: float = Field(gt=0, le=1)
    distinct: int = Field(default=1, ge=1)
    min_words: int = Field(default=100, ge=1)
    scorelines: bool = False
    categories: frozenset[str] = Field(min_length=1)
    max_severity: int = Field(default=2, ge=1, le=3)

    @field_validator("cues", mode="after")
    @classmethod
    def _lower(cls, v: frozenset[str]) -> frozenset[str]:
        return frozenset(w.lower() for w in v)


class Topic(BaseModel):
    """An article's subject told by one of the lexicon's ``domains``: a markets report, a storm, a disease.

    An article is on the topic when the domain's words make up at least ``share`` of its words, with at least
    ``distinct`` different ones, in ``min_words`` words or more. There a match of an entry literal in that
    domain (``context.literal_in``) is literal wherever it sits (the sense pass ``topic`` of
    :class:`tasks.bias.senses._Senses`): a markets report's "crushed" or "hawkish", a storm's "vicious" winds.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    share: float = Field(gt=0, le=1)
    distinct: int = Field(default=1, ge=1)
    min_words: int = Field(default=100, ge=1)
    # senses3: or a wider vocabulary at a lower share (a game review names its plot, sequel, characters and
    # gameplay among many words on play)
    varied: tuple[float, int] | None = Field(
        default=None, description="Or at least this share with at least this many different words."
    )


class _LexiconHeader(BaseModel):
    """What a lexicon file and the merged lexicon share: the version, categories and word lists."""

    version: str = Field(min_length=1)
    categories: dict[str, Category] = Field(default_factory=dict)
    speech_verbs: frozenset[str] = frozenset()
    negators: frozenset[str] = frozenset()
    negation_denies: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: categories whose negated hit is held as denied ('not unprecedented', 'hardly a "
        "disaster'): the negation leaves no booster and no appeal; other categories keep half weight.",
    )
    negator_focus: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: words after 'not' that make it additive ('not only', 'not just').",
    )
    negative_pronouns: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: subjects that give no label ('Nobody would call it shocking').",
    )
    refusal_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: verbs that keep a label from being given ('refused to call it X').",
    )
    sourcing_cues: frozenset[str] = frozenset()
    unnamed_speech_cues: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    epithet_heads: frozenset[str] = frozenset()
    name_entity_types: frozenset[str] = frozenset()
    charge_words: frozenset[str] = frozenset()
    allegation_nouns: frozenset[str] = frozenset()
    penalty_words: frozenset[str] = frozenset()
    custody_verbs: frozenset[str] = frozenset()
    labelling_verbs: frozenset[str] = frozenset()
    accusing_verbs: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()
    recounting_verbs: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    sign_nouns: frozenset[str] = frozenset()
    as_labelling_verbs: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()
    verdict_as_verbs: frozenset[str] = frozenset()
    verdict_plain: frozenset[str] = frozenset()
    verdict_adjectives: dict[str, frozenset[str]] = Field(
        default_factory=dict,
        description="adj30: classes of adjectives that pass a verdict (norm, adequacy, feasibility ...): "
        "only these, and a class word under a `verdict_prefixes` prefix, are tagged in a label slot.",
    )
    condemning_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: verdict verbs that condemn by their meaning ('decry', 'dismiss', 'brand'): any "
        "plain adjective in their slot is a verdict.",
    )
    verdict_prefixes: frozenset[str] = Field(
        default=frozenset(),
        description="adj30: negative prefixes that fail a verdict class's standard ('un-affordable', "
        "'in-adequate', 'ir-responsible').",
    )
    likening_verbs: frozenset[str] = frozenset()
    labelling_nouns: frozenset[str] = frozenset()
    feeling_nouns: frozenset[str] = frozenset()
    owner_verbs: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    belief_adjectives: frozenset[str] = frozenset()
    viewpoint_nouns: frozenset[str] = frozenset()
    perceived_view_nouns: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    hearing_bodies: frozenset[str] = frozenset()
    finding_verbs: frozenset[str] = frozenset()
    finding_bodies: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    promise_verbs: frozenset[str] = frozenset()
    passive_report_verbs: frozenset[str] = frozenset()
    contested_report_verbs: frozenset[str] = frozenset()
    hearsay_adverbs: frozenset[str] = frozenset()
    people_subjects: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    position_preps: frozenset[str] = Field(
        default=frozenset(),
        description="lie29: prepositions and adverbs of place that make a verb of `agent_subject` one of "
        "position ('the answer lies in the budget', 'where the blame lies', 'hard times lie ahead').",
    )
    organisation_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="lie29: common nouns for bodies that act as one ('the company', 'the government'): "
        "besides people, what can deceive.",
    )
    generic_pronouns: frozenset[str] = Field(
        default=frozenset(),
        description="lie29: pronouns for anyone of a class ('anyone who lies to investigators'): a relative "
        "clause on one states a rule (the `rule` sense pass).",
    )
    deceit_preps: frozenset[str] = Field(
        default=frozenset(),
        description="lie29: prepositions that make such a verb one of deceit whatever else it has ('lies to "
        "investors', 'lied about the cost').",
    )
    claim_documents: frozenset[str] = frozenset()
    truth_verdicts: frozenset[str] = frozenset()
    truth_grounds: frozenset[str] = frozenset()
    degree_verbs: frozenset[str] = frozenset()
    degree_quantities: frozenset[str] = frozenset()
    degree_measures: frozenset[str] = frozenset()
    record_nouns: frozenset[str] = frozenset()
    record_spans: frozenset[str] = frozenset()
    law_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    reaction_causes: frozenset[str] = frozenset()
    reception_verbs: frozenset[str] = frozenset()
    fiction_games: frozenset[str] = frozenset()
    fiction_scenes: frozenset[str] = frozenset()
    fiction_players: frozenset[str] = frozenset()
    fiction_controls: frozenset[str] = frozenset()
    fiction_marks: frozenset[str] = frozenset()
    hypothetical_verbs: frozenset[str] = frozenset()
    term_introducers: frozenset[str] = frozenset()
    # voice30: categories whose multiword entries, in the writer's marks, are the writer's distance
    distancing_categories: frozenset[str] = frozenset()
    term_nouns: frozenset[str] = frozenset()
    phrasal_particles: frozenset[str] = frozenset()
    reply_nouns: frozenset[str] = frozenset()
    domains: dict[str, frozenset[str]] = Field(default_factory=dict)
    sentence_domains: frozenset[str] = frozenset()
    domain_entities: dict[str, frozenset[str]] = Field(
        default_factory=dict,
        description="lit30: domain -> spaCy entity labels whose mention counts as one of the domain's words "
        "beside a match, on the match's own word or up its clause, not deeper ('raked in $80m': MONEY is "
        "finance's; 'violated the Act because of deceptive headings': LAW is the law's).",
    )
    genres: dict[str, Genre] = Field(default_factory=dict)
    topics: dict[str, Topic] = Field(default_factory=dict)
    headline_idiom: dict[str, int] = Field(
        default_factory=dict,
        description="Category -> highest severity that is headline shorthand, not the desk's judgement, in a "
        "headline ('feud', 'chides', 'insists', 'admits', 'troubled firm').",
    )
    figurative_markers: frozenset[str] = Field(
        default=frozenset(),
        description="Modifiers that move a word into public life, so it can only be figurative there: a "
        "'political firestorm', a 'diplomatic headache' (tasks/subjectivity.py reads such hits as idioms).",
    )
    plain_idioms: frozenset[str] = Field(
        default=frozenset(),
        description="Idioms with no judgement in them whose words the lexicon would tag one by one ('barking "
        "up the wrong tree', 'a vicious circle', 'devil's advocate'): a hit inside one is the idiom's word.",
    )
    figurative_cues: frozenset[str] = Field(
        default=frozenset(),
        description="Phrases in which a domain's word is a figure, not the domain ('under fire', 'a storm of "
        "criticism'): that word tells no literal sense of a lexicon hit near it.",
    )
    people_figures: frozenset[str] = Field(
        default=frozenset(),
        description="A domain's words that are figures for people when said of them ('migrants flood the "
        "town', 'a surge of refugees'): then they tell no literal sense of a lexicon hit near them.",
    )
    crowd_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="Nouns for people who come in numbers ('migrants', 'fans'), besides people_subjects.",
    )
    legal_standards: frozenset[str] = Field(
        default=frozenset(),
        description="The law's standards of proof and fault ('reckless disregard', 'actual malice'): in an "
        "article with a legal or court word, a hit inside one is the law's term.",
    )
    claim_wrongs: frozenset[str] = Field(
        default=frozenset(),
        description="prec28: kinds of wrong or injury a legal claim is made for ('harassment', 'injury'): "
        "a noun of `allegation_nouns` they modify ('harassment claims', 'personal injury claims') is the "
        "plain legal or insurance filing, not a doubted statement.",
    )
    citation_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="prec28: verbs of praise or award ('recognise', 'commend'): a marked word in their 'for' "
        "phrase ('was recognised for its \"groundbreaking\" use') is the citation of whoever gave it.",
    )
    setting_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="prec28: nouns of a place or a time ('highway', 'border', 'morning'): as the object of "
        "a phrasal verb's preposition ('seized on highways', 'seized on Tuesday') the preposition is the "
        "verb's plain place or time, not the idiom's figurative object ('seized on a remark').",
    )
    manner_speech_verbs: frozenset[str] = Field(
        default=frozenset(),
        description="basil30: verbs of saying that characterise the speaker, the writer's choice where "
        "'said' would do ('crowed', 'bristled', 'trumpeted', 'bemoaned'): the subjectivity gate reads a "
        "lexicon hit on one as the manner of a person's speech, as it reads the attribution verbs.",
    )
    speech_act_nouns: frozenset[str] = Field(
        default=frozenset(),
        description="basil30: nouns of a speech act ('speech', 'remarks', 'tweet'): a lexicon hit on an "
        "adjective modifying one, in a sentence that names a person, is the writer's word for how someone "
        "spoke, read by the subjectivity gate as the manner of a verb of saying is.",
    )
    question_categories: frozenset[str] = frozenset()
    fiction_verbs: frozenset[str] = frozenset()
    fiction_works: frozenset[str] = frozenset()
    fiction_parts: frozenset[str] = frozenset()
    fiction_plots: frozenset[str] = frozenset()
    fiction_tellings: frozenset[str] = frozenset()
    fiction_factual: frozenset[str] = frozenset()


class BiasLexicon(_LexiconHeader):
    """A validated bias lexicon, with its phrases indexed by first word for matching.

    Build it with :func:`load_bias_lexicon`; the index is made once, when the model is created.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    derivations: tuple[Derivation, ...] = ()
    entries: tuple[BiasEntry, ...] = ()

    _index: dict[str, tuple[Pattern, ...]] = PrivateAttr(default_factory=dict)
    _adjectives: dict[str, BiasEntry] = PrivateAttr(default_factory=dict)
    _suffixes: tuple[str, ...] = PrivateAttr(default=())

    @model_validator(mode="after")
    def _consistent(self) -> BiasLexicon:
        if unknown_domains := sorted(self.sentence_domains - set(self.domains)):
            raise ValueError(f"sentence_domains: {unknown_domains} not in domains")
        if unknown_entity_domains := sorted(set(self.domain_entities) - set(self.domains)):
            raise ValueError(f"domain_entities: {unknown_entity_domains} not in domains")
        if unknown_topics := sorted(set(self.topics) - set(self.domains)):
            raise ValueError(f"topics: {unknown_topics} not in domains")
        if unknown_questions := sorted(self.question_categories - set(self.categories)):
            raise ValueError(f"question_categories: {unknown_questions} not in categories")
        if unknown_denied := sorted(self.negation_denies - set(self.categories)):
            raise ValueError(f"negation_denies: {unknown_denied} not in categories")
        for name, genre in self.genres.items():
            if unknown_categories := sorted(genre.categories - set(self.categories)):
                raise ValueError(f"genres.{name}.categories: {unknown_categories} not in categories")
        seen: set[str] = set()
        for i, e in enumerate(self.entries):
            if e.category not in self.categories:
                known = sorted(self.categories)
                raise ValueError(f"entries[{i}] ({e.term!r}): category: {e.category!r} is not one of {known}")
            if e.id in seen:
                raise ValueError(f"entries[{i}] ({e.term!r}): id: {e.id!r} is used by another entry")
            seen.add(e.id)
            unknown = sorted((e.context.literal_in if e.context else frozenset()) - set(self.domains))
            if unknown:
                raise ValueError(f"entries[{i}] ({e.term!r}): context.literal_in: {unknown} not in domains")
        return self

    def model_post_init(self, context: Any, /) -> None:
        index: dict[str, list[Pattern]] = {}
        for entry in self.entries:
            for words in entry.phrases:
                index.setdefault(words[0], []).append(Pattern(words, entry))
        # Longest phrases first, so a matcher can stop at the first fit for each entry.
        self._index = {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in index.items()}
        # One-word terms and forms that derivations may reach: entries not limited to another POS.
        adjectives: dict[str, BiasEntry] = {}
        for entry in self.entries:
            if entry.pos is None or "ADJ" in entry.pos:
                for words in entry.phrases:
                    if len(words) == 1:
                        adjectives.setdefault(words[0], entry)
        self._adjectives = adjectives
        self._suffixes = tuple(d.suffix for d in self.derivations)

    @property
    def index(self) -> Mapping[str, tuple[Pattern, ...]]:
        """Patterns by their first word (a lemma or a lower-case form), longest first."""
        return self._index

    @property
    def suffixes(self) -> tuple[str, ...]:
        """The derivation suffixes, for a quick ``str.endswith`` test before :meth:`derived`."""
        return self._suffixes

    def derived(self, word: str, pos: str) -> tuple[BiasEntry, str, str] | None:
        """The entry a derived word belongs to, by the first derivation that reaches one.

        Args:
            word: A lower-case token text ("brutally", "callousness").
            pos: Its UPOS tag.

        Returns:
            ``(entry, base, suffix)``, e.g. ``(brutal entry, "brutal", "ly")``, or None.
        """
        for d in self.derivations:
            if pos in d.pos and word.endswith(d.suffix) and word not in d.plain:
                stem = word[: -len(d.suffix)]
                for base in d.bases:
                    cand = stem + base
                    if len(cand) >= MIN_BASE and cand != word and cand in self._adjectives:
                        return self._adjectives[cand], cand, d.suffix
        return None

    def verdict_class(self, word: str) -> str | None:
        """The verdict class of an adjective (adj30), for the label slot: its class in ``verdict_adjectives``,
        "truth" for a ``truth_verdicts`` word, or its base's class under a negative prefix of
        ``verdict_prefixes`` ("unaffordable" -> feasibility, "inadequate" -> adequacy); None for a feeling,
        a state, a use or any word outside the classes ("afraid", "busy", "useful").

        Args:
            word: A lower-case adjective.
        """
        for name, words in self.verdict_adjectives.items():
            if word in words:
                return name
        if word in self.truth_verdicts:
            return "truth"
        for prefix in self.verdict_prefixes:
            base = word[len(prefix) :]
            if word.startswith(prefix) and len(base) >= MIN_BASE:
                for name, words in self.verdict_adjectives.items():
                    if base in words:
                        return name
        return None


class _LexiconFile(_LexiconHeader):
    """One file as written: like :class:`BiasLexicon` but entries are validated one by one."""

    model_config = ConfigDict(extra="forbid")

    derivations: list[Derivation] = Field(default_factory=list)
    entries: list[dict[str, Any]] = Field(default_factory=list)


def _describe(e: ValidationError) -> str:
    parts = []
    for err in e.errors():
        loc = ".".join(str(x) for x in err["loc"]) or "(entry)"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def read_lexicon_file(path: Path) -> tuple[_LexiconFile, list[BiasEntry]]:
    """Read and validate one lexicon file.

    Args:
        path: A YAML lexicon file.

    Returns:
        The file's header (version, categories, word lists) and its validated entries.

    Raises:
        FileNotFoundError: The file does not exist.
        ValueError: The file is not YAML, or a field is missing or wrong; the message names the file, the
            entry (index and term) and the field.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise ValueError(f"{path}: not valid YAML: {e}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: expected a mapping with 'version' and 'entries' at the top")
    try:
        header = _LexiconFile.model_validate(raw)
    except ValidationError as e:
        raise ValueError(f"{path}: {_describe(e)}") from None
    entries: list[BiasEntry] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(header.entries):
        term = item.get("term") if isinstance(item, dict) else None
        where = f"{path}: entries[{i}]" + (f" ({term!r})" if term else "")
        try:
            entry = BiasEntry.model_validate(item)
        except ValidationError as e:
            raise ValueError(f"{where}: {_describe(e)}") from None
        if entry.id in seen:
            raise ValueError(f"{where}: id: {entry.id!r} repeats entries[{seen[entry.id]}]; give one an 'id'")
        seen[entry.id] = i
        entries.append(entry)
    return header, entries


# Header word lists merged across lexicon files, lower-cased.
_WORD_LISTS = (
    "charge_words",
    "allegation_nouns",
    "penalty_words",
    "custody_verbs",
    "labelling_verbs",
    "accusing_verbs",
    "topic_verbs",
    "naming_verbs",
    "judging_verbs",
    "recounting_verbs",
    "medium_nouns",
    "sign_nouns",
    "as_labelling_verbs",
    "verdict_verbs",
    "verdict_as_verbs",
    "verdict_plain",
    "verdict_prefixes",
    "condemning_verbs",
    "negator_focus",
    "refusal_verbs",
    "negative_pronouns",
    "likening_verbs",
    "labelling_nouns",
    "feeling_nouns",
    "owner_verbs",
    "statement_nouns",
    "belief_verbs",
    "belief_adjectives",
    "viewpoint_nouns",
    "perceived_view_nouns",
    "question_verbs",
    "hearing_bodies",
    "finding_verbs",
    "finding_bodies",
    "request_verbs",
    "promise_verbs",
    "passive_report_verbs",
    "contested_report_verbs",
    "hearsay_adverbs",
    "people_subjects",
    "evidence_nouns",
    "position_preps",
    "deceit_preps",
    "generic_pronouns",
    "organisation_nouns",
    "claim_documents",
    "truth_verdicts",
    "truth_grounds",
    "degree_verbs",
    "degree_quantities",
    "degree_measures",
    "record_nouns",
    "record_spans",
    "law_nouns",
    "measure_nouns",
    "reaction_causes",
    "reception_verbs",
    "fiction_games",
    "fiction_scenes",
    "fiction_players",
    "fiction_controls",
    "fiction_marks",
    "hypothetical_verbs",
    "term_introducers",
    "distancing_categories",
    "term_nouns",
    "phrasal_particles",
    "reply_nouns",
    "unnamed_speech_cues",
    "figurative_markers",
    "figurative_cues",
    "plain_idioms",
    "people_figures",
    "crowd_nouns",
    "legal_standards",
    "claim_wrongs",
    "setting_nouns",
    "citation_verbs",
    "manner_speech_verbs",
    "speech_act_nouns",
)


@lru_cache(maxsize=8)
def load_bias_lexicon(lexicon_dir: Path, extra: tuple[Path, ...] = ()) -> BiasLexicon:
    """Load ``lexicon_dir/bias.yaml`` and any extra user lexicons, once per process.

    Args:
        lexicon_dir: Directory holding ``bias.yaml``.
        extra: Further lexicon files in the same format, applied in order: their categories, word lists and
            derivations are added, and each entry is added or replaces the entry with the same id.

    Returns:
        The merged, indexed lexicon. Its version is the base version followed by ``+<file stem>@<version>``
        for each extra file, so a result record says exactly which lexicon tagged it.

    Raises:
        FileNotFoundError: A file does not exist.
        ValueError: A file is malformed (the message names file, entry and field), or an entry uses a
            category no file defines.

    Notes:
        Cached with ``lru_cache``: edits to the files are seen only by a new process (or after
        ``load_bias_lexicon.cache_clear()``).
    """
    files = (lexicon_dir / BIAS_FILE, *extra)
    version = ""
    categories: dict[str, Category] = {}
    speech_verbs: set[str] = set()
    negators: set[str] = set()
    sourcing_cues: set[str] = set()
    intensifiers: set[str] = set()
    epithet_heads: set[str] = set()
    lists: dict[str, set[str]] = {k: set() for k in ("name_entity_types", *_WORD_LISTS)}
    domains: dict[str, set[str]] = {}
    verdict_adjectives: dict[str, set[str]] = {}
    sentence_domains: set[str] = set()
    domain_entities: dict[str, set[str]] = {}
    genres: dict[str, Genre] = {}
    topics: dict[str, Topic] = {}
    headline_idiom: dict[str, int] = {}
    question_categories: set[str] = set()
    negation_denies: set[str] = set()
    fiction: dict[str, set[str]] = {
        "fiction_verbs": set(),
        "fiction_works": set(),
        "fiction_parts": set(),
        "fiction_plots": set(),
        "fiction_tellings": set(),
        "fiction_factual": set(),
    }
    derivations: dict[str, Derivation] = {}
    entries: dict[str, BiasEntry] = {}
    where: dict[str, str] = {}
    for n, path in enumerate(files):
        header, file_entries = read_lexicon_file(path)
        version = header.version if n == 0 else f"{version}+{path.stem}@{header.version}"
        categories.update(header.categories)
        speech_verbs |= {w.lower() for w in header.speech_verbs}
        negators |= {w.lower() for w in header.negators}
        sourcing_cues |= {w.lower() for w in header.sourcing_cues}
        intensifiers |= {w.lower() for w in header.intensifiers}
        epithet_heads |= {w.lower() for w in header.epithet_heads}
        lists["name_entity_types"] |= header.name_entity_types  # spaCy labels, upper-case
        for key in _WORD_LISTS:
            lists[key] |= {w.lower() for w in getattr(header, key)}
        sentence_domains |= header.sentence_domains
        for name, labels in header.domain_entities.items():
            domain_entities.setdefault(name, set()).update(label.upper() for label in labels)
        genres.update(header.genres)  # a later file replaces a genre whole
        topics.update(header.topics)
        headline_idiom.update(header.headline_idiom)
        question_categories |= header.question_categories
        negation_denies |= header.negation_denies
        for key in fiction:
            fiction[key] |= {w.lower() for w in getattr(header, key)}
        for name, words in header.domains.items():
            domains.setdefault(name, set()).update(w.lower() for w in words)
        for name, words in header.verdict_adjectives.items():
            verdict_adjectives.setdefault(name, set()).update(w.lower() for w in words)
        derivations.update((d.suffix, d) for d in header.derivations)
        for i, entry in enumerate(file_entries):
            entries[entry.id] = entry
            where[entry.id] = f"{path}: entries[{i}] ({entry.term!r})"
    for entry_id, entry in entries.items():
        if entry.category not in categories:
            raise ValueError(
                f"{where[entry_id]}: category: {entry.category!r} is not defined; known: {sorted(categories)}"
            )
    return BiasLexicon(
        version=version,
        categories=categories,
        speech_verbs=frozenset(speech_verbs),
        negators=frozenset(negators),
        sourcing_cues=frozenset(sourcing_cues),
        intensifiers=frozenset(intensifiers),
        epithet_heads=frozenset(epithet_heads),
        **{k: frozenset(v) for k, v in lists.items()},
        domains={k: frozenset(v) for k, v in domains.items()},
        verdict_adjectives={k: frozenset(v) for k, v in verdict_adjectives.items()},
        sentence_domains=frozenset(sentence_domains),
        domain_entities={k: frozenset(v) for k, v in domain_entities.items()},
        genres=genres,
        topics=topics,
        headline_idiom=headline_idiom,
        question_categories=frozenset(question_categories),
        negation_denies=frozenset(negation_denies),
        **{k: frozenset(v) for k, v in fiction.items()},
        # Longest suffix first, so "ically" is tried before "ly".
        derivations=tuple(sorted(derivations.values(), key=lambda d: -len(d.suffix))),
        entries=tuple(entries.values()),
    )
