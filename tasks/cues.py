"""The attribution lexicon: speech and reporting verbs, source nouns, media and titles, read from YAML.

The words themselves live in ``config/lexicons/reporting_verbs.yaml``; this module only loads and validates
them (textacy keeps its reporting verbs in ``constants.py``; ours are data).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

FILENAME = "reporting_verbs.yaml"


@dataclass(frozen=True, slots=True)
class KinKind:
    """A kind of family link ("child": son, daughter, ...), as ``kin_nouns`` in the lexicon lists it.

    Attributes:
        name: The kind ("spouse", "child").
        nouns: Its family words, lower case.
        other_side: The kind the same link is from the relative's side ("child" -> "parent"), if one.
        generation: Below (negative) or above (positive) the one the relative is introduced with, else 0.
    """

    name: str
    nouns: frozenset[str]
    other_side: str | None = None
    generation: int = 0


@dataclass(frozen=True, slots=True)
class ReportingVerbs:
    """Attribution cues, all lower case except ``media_outlets`` (names, matched case-sensitively).

    Attributes:
        version: Version string of the lexicon file.
        verbs: Lemmas of speech verbs that attribute a quote to their subject ("say", "describe").
        reported_speech: Lemmas whose clausal complement is an indirect quote ("said (that) ...").
        source_nouns: Head nouns naming a person by role; unnamed, they make an anonymous speaker.
        media_nouns: Head nouns of a news medium ("channel" in "told the ... news channel").
        media_outlets: Names of news media ("AFP", "Al Jazeera").
        titles: Titles that precede a name, as space-joined lower-case token sequences.
        person_nouns: Head nouns naming a person by role who is identified, not anonymous ("mayor", "coach"):
            a speaker described so can be "he" or "she" later.
        role_nouns: Occupations and social roles ("barrister", "pensioner"): such a subject is a person, not a
            misparse, described when no one is introduced with it; it makes no one anonymous.
        speaker_nouns: Further head nouns that may speak unnamed: institutions and groups ("military",
            "residents"). When empty, any noun may speak; otherwise other common nouns are misparses.
        organisation_nouns: Head nouns that, definite and unmodified ("the agency said"), refer back to the
            organisation named last.
        place_bodies: Nouns for a place that speaks as its government ("the province says", "the city said"):
            an institution, never a person's epithet.
        issue_verbs: Lemmas of verbs by which someone issues a document ("a complaint filed by prosecutors"):
            the agent of one speaks through the document; "a memo obtained by the Globe" names no author.
        document_nouns: Lemmas of documents that "say" things ("the statement said", "according to the
            complaint"): their author speaks through them, and they are no person.
        plural_document_nouns: Nouns that name a document only in the plural ("figures from the ONS",
            "according to census numbers"): as ``document_nouns`` then; "a senior figure" is a person.
        event_documents: Document nouns that also name something done to a person ("his release" from
            jail): "his release said" is not the owner's document.
        document_verbs: A document noun and the verb it names the act of ("ruling": "rule"): "The court
            ruled ... . The ruling said": whoever did the act issued the document.
        company_name_ends: Trade words that end a company's name as written ("Semiconductor"): the
            capitalised words before one are a company the model may have missed.
        spellings: (British, American) spellings of one word in organisations' names ("centre", "center").
        consequence_participles: Participles by which the writer adds what follows from a reported clause
            ("..., leaving families scrambling"): cut from what was said.
        omission_participles: Participles by which the writer says what a speaker passed over in saying it
            ("..., conveniently ignoring the cost"): the writer's comment on the statement, cut from it too.
        conduct_participles: Participles by which the writer tells what the speaker did beside saying it
            ("admitted the plan failed, *belatedly apologising* to residents"): the writer's narration, cut
            too.
        content_nouns: Nouns whose "that" clause is their own content ("charges that he took bribes"): no
            report of the speech verb the noun hangs on.
        demonym_nouns: Nouns for one person of a nation ("the Pole", "the Frenchman") that the model tags as
            an organisation or a person: as a subject, an epithet like "the Italian".
        kin_nouns: Family words ("her son, Daniel Okafor"): a relative introduced so is not who a bare
            surname the two share means (all the words of ``kin_kinds``).
        kin_kinds: The kinds of family link, each with its words (``KinKind``).
        utterance_nouns: Nouns for what someone said ("response", "verdict"): "Li's response was brief:"
            before a quote is Li's lead-in to it.
        same_documents: Pairs of document nouns a story uses for one document ("poll", "survey"): "a poll
            by Leger ... The survey found" is Leger's.
        relation_nouns: Words for someone named by a relation to another person ("lawyer", "coach"): never
            the person just quoted, described (epithet pass).
        proxy_nouns: Head nouns of people who speak for someone else ("a company representative"): such a
            description is not the next person named with a role of his own.
        title_abbreviations: ``(abbreviation, word)`` pairs of titles ("det", "detective"), without the full
            stop: a person named with the abbreviation is the one "the detective" later stands for.
        court_openers: ``(opener, role word)`` pairs: "Prosecuting, Jo Li said" makes Li "the prosecutor".
        other_office: Modifiers that make a title another office or another time's ("Shadow Chancellor
            Jo Li", "former chancellor Ana Ruiz"): "the chancellor" later is not that person.
        death_verbs: Verbs that tell of a death ("died"): a relative the paragraph says died
            is not who a bare surname after it stands for (spk30).
        past_occupation: Modifiers that each say someone no longer does the work ("a retired nurse" is "the
            former nurse"): one of them in a description matches any of them in an introduction.
        addressee_verbs: Speech verbs whose object is the person addressed ("Obama asked Republicans"), not
            what was said.
        describe_verbs: Verbs of characterising ("described the operation as ..."): the ``as`` phrase is the
            speaker's words.
        phrasal_verbs: ``(lemma, particle)`` pairs that are speech verbs together ("go on", "shoot back").
        body_compounds: ``(modifier, head)`` pairs naming a body with a word for a person ("coast guard"):
            no epithet of a person.
        hearing_nouns: Bodies that hear evidence ("jury"): a headline's bare "Jury told ..." is passive.
        defendant_nouns: Words for the one on trial ("the defendant said"): the person who answers a charge.
        plea_verbs: Verbs by which a person answers a charge ("Li denies murder", "Li admitted fraud").
        charge_verbs: Verbs whose passive subject is the one on trial ("Li is accused of ...").
        agent_speech_verbs: Speech verbs only someone who speaks does ("argue", "insist"), unlike "suggest"
            or "show" that a view or a figure may: their subject is a speaker the lexicon may not know ("The
            opposition, Hale said, argued that ...").
        commentator_nouns: People who comment on a story from outside ("an analyst at Barclays"): where
            they work is not the organisation the story is about.
        other_senses: ``(lemma, preposition)`` pairs that make a speech verb another verb ("add to": "adding
            to evidence that ..." contributes, says nothing).
        male_nouns, female_nouns: Words for a man or a woman ("father", "wife"): set right before a name
            ("her father Khaled"), they tell whether "he" or "she" may mean that person.
        male_given_names, female_given_names: Given names (as written) that tell the same of a person named
            in full ("Tom Burke"), the weakest evidence of the two.
        boilerplate_lines: Patterns (case-insensitive, matched at the start of a line) of lines that are no
            part of the story ("Story continues below advertisement", photo captions): they neither count as
            sentences between a quote and its speaker nor name anyone a pronoun may mean.
        link_lines: Patterns, in the same form, of lines that link to another story ("READ MORE: ..."): no
            quote is found there.
        description_families: Families of descriptions that name one job in other words ("prosecutor":
            "crown attorney", "district attorney", ...), each phrase as its lower-case words: "the prosecutor"
            stands for the one person introduced with any of them (see :meth:`description_family`).
    """

    version: str
    verbs: frozenset[str]
    reported_speech: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    media_nouns: frozenset[str] = frozenset()
    media_outlets: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    kind_named_nouns: frozenset[str] = frozenset()
    place_bodies: frozenset[str] = frozenset()
    issue_verbs: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    plural_document_nouns: frozenset[str] = frozenset()
    event_documents: frozenset[str] = frozenset()
    proxy_nouns: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    kin_nouns: frozenset[str] = frozenset()
    kin_kinds: tuple[KinKind, ...] = ()
    family_titles: frozenset[str] = frozenset()
    body_compounds: frozenset[tuple[str, str]] = frozenset()
    hearing_nouns: frozenset[str] = frozenset()
    defendant_nouns: frozenset[str] = frozenset()
    plea_verbs: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    agent_speech_verbs: frozenset[str] = frozenset()
    commentator_nouns: frozenset[str] = frozenset()
    utterance_nouns: frozenset[str] = frozenset()
    demonym_nouns: frozenset[str] = frozenset()
    consequence_participles: frozenset[str] = frozenset()
    omission_participles: frozenset[str] = frozenset()
    conduct_participles: frozenset[str] = frozenset()
    content_nouns: frozenset[str] = frozenset()
    spellings: frozenset[tuple[str, str]] = frozenset()
    company_name_ends: frozenset[str] = frozenset()
    street_name_ends: frozenset[str] = frozenset()
    other_office: frozenset[str] = frozenset()
    past_occupation: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    title_abbreviations: frozenset[tuple[str, str]] = frozenset()
    court_openers: frozenset[tuple[str, str]] = frozenset()
    document_verbs: frozenset[tuple[str, str]] = frozenset()
    same_documents: frozenset[tuple[str, str]] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()
    describe_verbs: frozenset[str] = frozenset()
    phrasal_verbs: frozenset[tuple[str, str]] = frozenset()
    other_senses: frozenset[tuple[str, str]] = frozenset()
    male_nouns: frozenset[str] = frozenset()
    female_nouns: frozenset[str] = frozenset()
    male_given_names: frozenset[str] = frozenset()
    female_given_names: frozenset[str] = frozenset()
    boilerplate_lines: tuple[re.Pattern[str], ...] = ()
    link_lines: tuple[re.Pattern[str], ...] = ()
    organisation_kinds: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    named_kinds: frozenset[str] = frozenset()  # kinds whose nouns stand only for a name of that kind
    whole_name_kinds: frozenset[str] = frozenset()  # kinds a name is only when all its words are theirs
    description_families: tuple[tuple[tuple[str, ...], str], ...] = ()
    # r2s25b: playing positions that are also words for a body ("the center"), and words of a match report
    position_nouns: frozenset[str] = frozenset()
    match_words: frozenset[str] = frozenset()
    # r2s25c: nouns for made things with a name of their own (a film, an album, a ship): no person
    work_nouns: frozenset[str] = frozenset()
    # r2s25c: nouns for a message someone sent, whose participle ("a call reporting that ...") reports it
    message_nouns: frozenset[str] = frozenset()
    # spk27b: nouns for a source a lede brings in to stay unnamed ("an official said"), never the person
    # the body later names with the word
    unnamed_source_nouns: frozenset[str] = frozenset()
    # voicefix30: the writer's verdicts a description may carry ("the *embattled* lender"), dropped from a
    # speaker's name
    verdict_descriptors: frozenset[str] = frozenset()

    def description_family(self, words: Sequence[str]) -> str | None:
        """The family of the description whose words (lower case, in order, ending with its head noun) are
        ``words``: the family of the longest phrase that ends them ("u.s. attorney" -> prosecutor, "his
        attorney" -> lawyer), else None."""
        words = family_words(" ".join(words))
        best: tuple[int, str] | None = None
        for phrase, family in self.description_families:
            n = len(phrase)
            if n <= len(words) and words[len(words) - n :] == phrase and (best is None or n > best[0]):
                best = (n, family)
        return best[1] if best is not None else None

    def given_name(self, word: str) -> bool:
        """Whether a word as written is a given name the lexicon knows, for a man or a woman."""
        return word in self.male_given_names or word in self.female_given_names

    def organisation_kind(self, words: Iterable[str]) -> str | None:
        """The kind ("company", "public_body") a noun or an organisation's name says, if one: a noun is
        matched by itself, a name by any of its lower-case words."""
        words = [w for w in words if w != "the"]
        found = {
            kind
            for kind, _, name_words in self.organisation_kinds
            if (
                set(words) <= name_words
                if kind in self.whole_name_kinds
                else not name_words.isdisjoint(words)
            )
        }
        return found.pop() if len(found) == 1 else None

    def kin_kind(self, noun: str) -> KinKind | None:
        """The kind of family link a family word (lower case) names, if it is one."""
        return next((kind for kind in self.kin_kinds if noun in kind.nouns), None)

    def noun_kind(self, lemma: str) -> str | None:
        """The kind of organisation a generic noun ("the agency", "the company") refers to, if it says one."""
        return next((kind for kind, nouns, _ in self.organisation_kinds if lemma in nouns), None)


def _words(data: dict[str, Any], key: str, *, lower: bool = True, required: bool = False) -> frozenset[str]:
    raw = data.get(key)
    if raw is None:
        if required:
            raise ValueError(f"{FILENAME}: missing required list {key!r}")
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(w, str) and w.strip() for w in raw):
        raise ValueError(f"{FILENAME}: {key!r} must be a list of non-empty strings")
    words: Iterable[str] = (w.strip() for w in raw)
    return frozenset(w.lower() for w in words) if lower else frozenset(words)


def _kinds(data: dict[str, Any]) -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """``organisation_kinds``: for each kind, the generic nouns for it and the words of names of it."""
    raw = data.get("organisation_kinds") or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{FILENAME}: 'organisation_kinds' must map a kind to its nouns and name_words")
    kinds = []
    for kind, spec in raw.items():
        if not isinstance(spec, dict):
            raise ValueError(f"{FILENAME}: organisation_kinds.{kind} must have 'nouns' and 'name_words'")
        kinds.append((str(kind), _words(spec, "nouns"), _words(spec, "name_words")))
    return tuple(kinds)


def _kin(data: dict[str, Any]) -> tuple[KinKind, ...]:
    """``kin_nouns``: each kind of family link with its words, its other side and its generation."""
    raw = data.get("kin_nouns") or {}
    if not isinstance(raw, dict) or not all(isinstance(spec, dict) for spec in raw.values()):
        raise ValueError(f"{FILENAME}: 'kin_nouns' must map a kind to its nouns, other_side and generation")
    kinds = tuple(
        KinKind(str(kind), _words(spec, "nouns"), spec.get("other_side"), int(spec.get("generation", 0)))
        for kind, spec in raw.items()
    )
    names = {kind.name for kind in kinds}
    if any(kind.other_side is not None and kind.other_side not in names for kind in kinds):
        raise ValueError(f"{FILENAME}: a kin kind's other_side is not a kind of kin_nouns")
    return kinds


def _families(data: dict[str, Any]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """``description_families``: each phrase of each family as (its words, the family)."""
    raw = data.get("description_families") or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{FILENAME}: 'description_families' must map a family to its phrases")
    found = []
    for family, phrases in raw.items():
        for phrase in sorted(_words({"p": phrases}, "p")):
            found.append((family_words(phrase), str(family)))
    return tuple(found)


def family_words(text: str) -> tuple[str, ...]:
    """A description's words as the families match them: lower case, a possessive "'s" kept on its word
    ("state's attorney" however the tokenizer split it)."""
    return tuple(text.lower().replace(" 's", "'s").replace(" ’s", "'s").replace("’s", "'s").split())


def _pairs(data: dict[str, Any], key: str) -> frozenset[tuple[str, str]]:
    """Two-word entries ("go on") as (verb lemma, particle) pairs, or (abbreviation, word) pairs."""
    pairs = set()
    for entry in _words(data, key):
        words = entry.split()
        if len(words) != 2:
            raise ValueError(f"{FILENAME}: {key!r} entries are a verb and its particle, not {entry!r}")
        pairs.add((words[0], words[1]))
    return frozenset(pairs)


@lru_cache(maxsize=8)
def load_reporting_verbs(lexicon_dir: Path) -> ReportingVerbs:
    """Load the attribution lexicon once per process.

    Args:
        lexicon_dir: Directory holding ``reporting_verbs.yaml`` (``Settings.lexicon_dir``).

    Returns:
        The validated lexicon. ``reported_speech`` must be a subset of ``verbs``.

    Raises:
        FileNotFoundError: The file does not exist.
        ValueError: The file is not a mapping, lacks ``version`` or ``verbs``, or a list is malformed.
    """
    path = Path(lexicon_dir) / FILENAME
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    version = data.get("version")
    if not isinstance(version, str | int | float) or not str(version).strip():
        raise ValueError(f"{path}: missing 'version'")
    verbs = _words(data, "verbs", required=True)
    reported = _words(data, "reported_speech_verbs")
    if not reported <= verbs:
        raise ValueError(f"{path}: reported_speech_verbs not in verbs: {sorted(reported - verbs)}")
    return ReportingVerbs(
        **_lists(data),
        version=str(version),
        verbs=verbs,
        reported_speech=reported,
        kin_nouns=frozenset(w for kind in _kin(data) for w in kind.nouns),
        kin_kinds=_kin(data),
        boilerplate_lines=_patterns(data, "boilerplate_lines"),
        link_lines=_patterns(data, "link_lines"),
        organisation_kinds=_kinds(data),
        whole_name_kinds=frozenset(
            str(k) for k, spec in (data.get("organisation_kinds") or {}).items() if spec.get("whole_name")
        ),
        named_kinds=frozenset(
            str(k) for k, spec in (data.get("organisation_kinds") or {}).items() if spec.get("named_only")
        ),
        description_families=_families(data),
    )


# Lists read as written (names, trade words in names), not lower-cased
_AS_WRITTEN = frozenset(
    {"media_outlets", "company_name_ends", "street_name_ends", "male_given_names", "female_given_names"}
)
# Fields built otherwise than from a list of their own name
_BUILT = frozenset({"verbs", "reported_speech", "kin_nouns", "whole_name_kinds", "named_kinds"})


def _patterns(data: dict[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions (lines of furniture), compiled to match in any case."""
    return tuple(re.compile(p, re.IGNORECASE) for p in sorted(_words(data, key, lower=False)))


def _lists(data: dict[str, Any]) -> dict[str, Any]:
    """Each plain word list (``frozenset[str]``) and pair list of ``ReportingVerbs``, read from the key of its
    own name, so that a new list is one field, not a field and a line here."""
    lists: dict[str, Any] = {}
    for f in fields(ReportingVerbs):
        if f.name in _BUILT:
            continue
        if f.type == "frozenset[str]":
            lists[f.name] = _words(data, f.name, lower=f.name not in _AS_WRITTEN)
        elif f.type == "frozenset[tuple[str, str]]":
            lists[f.name] = _pairs(data, f.name)
    return lists
