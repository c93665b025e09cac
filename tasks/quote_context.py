"""The article as the quote rules see it: the shared read-only view (:mod:`tasks.article_view`: each token's
sentence and quoted span, page furniture) with what the speaker passes add to it (entities resolved to their
canonical names, speech verbs), and the candidates and mentions that ``tasks.quotes`` and ``tasks.speakers``
pass between them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span, Token

from config.settings import LEXICON_DIR
from tasks.article_view import ArticleView, article_view
from tasks.cues import ReportingVerbs, load_reporting_verbs
from tasks.entities import (
    GENDERED_TITLES,
    elder_or_younger,
    introduced_as_kin,
    is_clean_full_name,
    kin_noun,
    kin_of_a_namesake,
    story_subject,
    title_initials,
    written_lower,
)
from tasks.introductions import Introduction, Titled, introductions, titled
from tasks.models import Entity, QuoteKind, Speaker
from tasks.quotemarks import MARK_CHARS

# voice27: where ``tasks.quotes`` leaves its speaker passes, as they stood after the last quote, on the doc
# (``doc.user_data``): the bias stage's label and report passes ask them who a holder they find ("the
# senator", "he") is, so a tag's speaker is named as a quote's is, by one set of rules
SPEAKER_RESOLVER = "wl_speaker_resolver"


def resolved_mention(subject: Token, cue: Token | None) -> Speaker | None:
    """The speaker the quote layer's passes give ``subject`` (a holder's head word, the subject of ``cue``),
    or None when they name no one or the quote layer has not read this doc."""
    resolve = subject.doc.user_data.get(SPEAKER_RESOLVER)
    return resolve(subject, cue) if callable(resolve) else None


SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
TRAILING = ",;: \n\t"
MISPARSED_NAME_DEPS = frozenset({"aux", "npadvmod"})  # a name before a speech verb, parsed as neither
# "one", "Two", "3": a number word in a name ("Air Force One") is no name's word a mention can be (r2s23)
_number_word = cast(Callable[[str], bool], like_num)


@dataclass(slots=True)
class Mention:
    """A speaker seen so far, for pronouns and definite descriptions ("the official") to resolve to."""

    pos: int
    sent: int
    speaker: Speaker
    person: bool
    head: str | None  # head lemma of a nominal speaker
    subject: bool = True  # a speaker or the subject of a clause, not just named in passing
    unknown: bool = False  # a name the model did not tag: someone a pronoun may mean, but not who
    spoke: bool = False  # the speaker of a quote (not only the subject of some clause)
    described: Token | None = None  # "the fire chief declined ...": a description's head, read when chosen
    introduced: bool = False  # "A spokeswoman disputed that.": someone new, no epithet of a person named


@dataclass(slots=True)
class Candidate:
    """A quote found but not yet attributed: its characters, kind, sentence, speech verb and its subject."""

    start: int
    end: int
    kind: QuoteKind
    sent: int
    cue: Token | None
    subject: Token | None
    verb: str | None
    end_sent: int = -1  # sentence of the last token; -1: same as ``sent``
    text: str | None = None  # joined parts of a split quote; None: the text between start and end


def _in_title(doc: Doc, i: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    """Whether token ``i`` is part of a whole title as written there ("det" in "Det Con Jo Li"), not only a
    word that some title has ("state" in "state Sen. Jo Li", from "state secretary")."""
    for words in phrases:
        n = len(words)
        for k in range(max(i - n + 1, 0), min(i, len(doc) - n) + 1):
            if tuple(t.lower_ for t in doc[k : k + n]) == words:
                return True
    return False


def _leads_to_name(
    doc: Doc, i: int, name: int, title_words: set[str], phrases: dict[str, list[tuple[str, ...]]]
) -> bool:
    """Whether the title word at ``i`` leads up to the name starting at ``name``: every word between is a
    word of a whole title there ("Secretary of State Jo Li"), a proper noun ("Treasury minister"), a
    preposition before one ("Minister of Health Jo Li") or a mark. A common noun of no title, or a
    preposition right before the name ("a representative for actor Jo Li", "a spokesman for Jo Li"),
    makes the title someone else's: the person named is whom they speak for."""
    for t in doc[i + 1 : name]:
        if t.is_punct or t.pos_ == "PROPN":
            continue
        if t.lower_ in title_words and _in_title(doc, t.i, phrases.get(t.lower_, ())):
            continue
        if t.pos_ == "ADP" and t.i + 1 < name and doc[t.i + 1].pos_ == "PROPN":
            continue  # "Minister of Health Jo Li": the office's name, not whom the title serves
        return False
    return True


class Context:
    """Per-document lookups shared by the helpers: text, sentence and quote of every token, entities."""

    def __init__(
        self, doc: Doc, ents: Sequence[Entity], cues: ReportingVerbs, *, view: ArticleView | None = None
    ) -> None:
        self.doc = doc
        self.view = view = view or article_view(doc, furniture=cues.boilerplate_lines, links=cues.link_lines)
        self.text = view.text
        self.tokens: list[Token] = list(doc)
        self.starts: list[int] = [t.idx for t in self.tokens]
        self.cues = cues
        self.spans = view.quote_spans
        self.span_starts: list[int] = view.quote_starts
        self.sent_of = view.sent_of
        self.sent_bounds = view.sentences
        # Sentences on a line of page furniture or a photo caption: they count as no sentence at all.
        self.furniture = view.furniture
        # Sentences on a line that links to another story: still sentences, but nobody in this story speaks.
        self.link = view.link
        # Index of each sentence among sentences with words: "\n .\n" paragraph fillers do not count.
        self.content_sent: list[int] = []
        n_content = -1
        for k, (lo, hi) in enumerate(self.sent_bounds):
            if not self.furniture[k] and any(t.is_alpha for t in self.tokens[lo:hi]):
                n_content += 1
            self.content_sent.append(max(n_content, 0))
        # Index of the quoted span each token lies in, or -1.
        self.quote_of = view.quote_of
        # Index of each sentence among sentences with words outside quotes: the narrative a pronoun looks
        # back through (a long quote in between does not put its speaker out of reach).
        self.narr_sent: list[int] = []
        n_narr = -1
        for k, (lo, hi) in enumerate(self.sent_bounds):
            if not self.furniture[k] and any(
                self.tokens[i].is_alpha and self.quote_of[i] < 0 for i in range(lo, hi)
            ):
                n_narr += 1
            self.narr_sent.append(max(n_narr, 0))
        self.ent_of: dict[int, Entity] = {}
        # Role words seen before a person's name ("Mayor Doug McCallum"): "the mayor" later is that person.
        self.role_of: dict[str, str] = {}
        # Role words seen before two different people ("Prime Minister A", "Foreign Minister B"): "the
        # minister" may be either, so it stands for no one (a modifier may still tell: "the prime minister").
        self.shared_roles: set[str] = set()
        # Titles of another office or time ("former chancellor" -> Ken Clarke): only a description with the
        # same modifier ("the former chancellor") stands for that person; two people so titled, for neither.
        self.other_role_of: dict[str, str | None] = {}
        title_words = {w for t in cues.titles for w in t.split()}
        # Each title word's whole titles, so a name's few candidate words are checked against their own.
        title_phrases: dict[str, list[tuple[str, ...]]] = {}
        for title in cues.titles:
            phrase = tuple(title.split())
            for word in set(phrase):
                title_phrases.setdefault(word, []).append(phrase)
        # Single words of titles, without their full stop ("dr", "sen", "prof").
        self.title_words = frozenset(w.rstrip(".") for w in title_words)
        expansions: dict[str, set[str]] = {}
        for short, word in cues.title_abbreviations:
            expansions.setdefault(short, set()).add(word)
        for ent in ents:
            if ent.label in SPEAKER_LABELS and not any(c.isupper() for c in ent.text):
                continue  # "the rookie defenceman" tagged ORG: a description, not a name
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.ent_of[token.i] = ent
                if ent.label == "PERSON":
                    for token in doc[max(span.start - 3, 0) : span.end]:
                        if token.lower_ not in title_words or token.lower_ in ent.canonical.lower().split():
                            continue
                        if not _in_title(doc, token.i, title_phrases.get(token.lower_, ())):
                            continue  # "state Sen. Jo Li": "state" is a word of titles, here of none
                        if not _leads_to_name(doc, token.i, span.start, title_words, title_phrases):
                            continue  # "a representative for actor Jo Li": the title is another's
                        modifier = _other_office(doc, token.i, title_words, cues.other_office)
                        if modifier is not None:
                            key = f"{modifier} {token.lower_}"
                            if self.other_role_of.setdefault(key, ent.canonical) != ent.canonical:
                                self.other_role_of[key] = None
                        else:
                            # "Det Con Jo Li": "the detective" and "the constable" are Li too.
                            for role in {token.lower_} | expansions.get(token.lower_.rstrip("."), set()):
                                known_role = self.role_of.setdefault(role, ent.canonical)
                                if known_role != ent.canonical:
                                    self.shared_roles.add(role)
        offices = cues.person_nouns | cues.role_nouns | cues.source_nouns | frozenset(title_words)
        self._title_acronyms(doc, ents, offices)
        self._court_roles(doc, ents, cues.court_openers)
        self._title_persons(title_words | cues.person_nouns)
        # Every title word a person was named with, of this office or another ("former chancellor").
        self.titles_seen = frozenset(self.role_of) | {key.split()[-1] for key in self.other_role_of}
        self.match_report = match_report(doc, cues)
        # Names by their words as written ("Sinclair" for Murray Sinclair), for a mention the model did not
        # tag; a word two different entities share maps to None.
        self.alias: dict[str, Entity | None] = {}
        for ent in ents:
            if ent.label in SPEAKER_LABELS and ent.canonical.strip():  # an entity "the\xa0" has no name
                for word in {ent.text, ent.canonical, ent.canonical.split()[-1]}:
                    if _number_word(word):
                        continue  # "One of the aides said" is no "Air Force One" (r2s23)
                    known = self.alias.setdefault(word, ent)
                    if known is not None and known.canonical != ent.canonical:
                        self.alias[word] = None
        # PERSON entities by surname, for an untagged surname whose word other entities also use; a surname
        # two people share maps to None.
        self.surname: dict[str, Entity | None] = {}
        for ent in ents:
            if ent.label == "PERSON":
                known = self.surname.setdefault(ent.canonical.split()[-1], ent)
                if known is not None and known.canonical != ent.canonical:
                    self.surname[ent.canonical.split()[-1]] = None
        # The same in any case, for a transcript's head ("TAPPER:", "MCDONALD:" for Ann McDonald).
        self._folded_surname: dict[str, Entity | None] = {}
        for word, person in self.surname.items():
            known = self._folded_surname.setdefault(word.casefold(), person)
            if known is None or person is None or known.canonical != person.canonical:
                self._folded_surname[word.casefold()] = None
        # PERSON entities named in full by their given name ("Carmen" after "Carmen Delgado", which the model
        # may leave untagged when a sister shares the surname); a given name two people share, or that is
        # someone's surname, maps to None.
        self._given: dict[str, Entity | None] = {}
        for ent in ents:
            if ent.label == "PERSON" and is_clean_full_name(ent.canonical):
                known = self._given.setdefault(ent.canonical.split()[0], ent)
                if known is not None and known.canonical != ent.canonical:
                    self._given[ent.canonical.split()[0]] = None
        # Surnames of two people named in full with clean names ("Martin Jones", "Caleb Jones"; not the
        # model's junk such as "Weak - Rubio"): see ``named``.
        full_names: dict[str, set[str]] = {}
        for ent in ents:
            if ent.label == "PERSON" and is_clean_full_name(ent.canonical):
                full_names.setdefault(ent.canonical.split()[-1], set()).add(ent.canonical)
        # "her son, Daniel Okafor": a relative so introduced leaves the surname to the person the story is
        # about, as tasks.entities reads it.
        kin = {
            ent.canonical
            for ent in ents
            if ent.label == "PERSON"
            and (span := doc.char_span(ent.start, ent.end)) is not None
            and introduced_as_kin(span, cues.kin_nouns)
        }
        self.kin_named: frozenset[str] = frozenset(kin)  # people brought in as someone's relative
        # spk30: relatives of someone of their own surname ("Her father, Luis Ortega," in her profile)
        self.namesakes_kin: frozenset[str] = frozenset(
            ent.canonical
            for ent in ents
            if ent.canonical in kin
            and (span := doc.char_span(ent.start, ent.end)) is not None
            and kin_of_a_namesake(span, cues.kin_nouns)
        )
        self.shared_surnames = {
            w for w, names in full_names.items() if len(names) > 1 and len(names - kin) != 1
        }
        self._full_names = full_names
        # spk30b: bare shared surnames tasks.entities read as one of them with reason: "the elder Berg" by
        # age, or the story's subject outside another namesake's paragraph (entities.story_subject)
        self._surnames_read: frozenset[int] = frozenset(
            ent.start
            for k, ent in enumerate(ents)
            if ent.label == "PERSON"
            and ent.text in self.shared_surnames
            and ent.canonical != ent.text
            and (span := doc.char_span(ent.start, ent.end)) is not None
            and (
                elder_or_younger(span)
                or story_subject(
                    span, ent.text, [(e.start, e.canonical) for e in ents[:k] if e.label == "PERSON"]
                )
                == ent.canonical
            )
        )
        self.genders: dict[str, str] = {}
        # Genders told only by a given name ("Tom Burke"): they rule a person out for the other pronoun.
        self.given_genders: dict[str, str] = {}
        # Persons the article says go by "they" ("Sam Li, who uses they/them pronouns"): a "they said" near
        # them is that person, not a group.
        self.they_people: set[str] = set()
        # Documents a speaker wrote or spoke in ("X wrote in a recent report"): (offset, lemma, modifier
        # words, speaker), for a later "the report said".
        self.authored: list[tuple[int, str, frozenset[str], Speaker]] = []
        # Who speaks in a turn found by its layout ("A: ..." of an interview, "TOMAS BERG: ..." of a
        # transcript), by the turn's start offset: the label names the speaker, no verb does.
        self.turn_speakers: dict[int, Speaker] = {}
        self._cues_by_sent: dict[int, list[Token]] = {}
        # Named speakers outside quotes, by start offset: ORGs for "the agency", all for "no one intervenes".
        self.named: list[tuple[int, int, Entity]] = []  # (start offset, token index, entity)
        seen: set[int] = set()
        for i in sorted(self.ent_of):
            ent = self.ent_of[i]
            furniture = self.furniture[self.sent_of[i]]
            if (
                ent.start not in seen
                and ent.label in SPEAKER_LABELS
                and self.quote_of[i] < 0
                and not furniture
            ):
                seen.add(ent.start)
                self.named.append((ent.start, i, ent))
        self.named_starts: list[int] = [n[0] for n in self.named]
        # spk25a: kinds the article gives an organisation whose name says none ("the GMB union", "Ardex, the
        # builder,"), so "the company said" is never the union; a name described as two kinds has none.
        self.described_kind: dict[str, str | None] = {}
        for _, i, ent in self.named:
            kind = _described_kind(self.tokens[i], self.ent_of, cues)
            if kind is not None and self.described_kind.setdefault(ent.canonical, kind) != kind:
                self.described_kind[ent.canonical] = None
        # People introduced with a description ("Jo Li, a nurse at ..."), for a later "the nurse said".
        self.introduced: list[Introduction] = introductions(doc, self.ent_of, self.quote_of)
        # People given a description of a family ("U.S. Attorney Dana Reyes"), for a later "the prosecutor".
        self.titled: list[Titled] = titled(doc, self.ent_of, self.quote_of, cues.description_family)
        # r2s25a: family links the article states ("her son Kieran", "Her husband, Tom,"), for a later
        # "his wife said" (tasks/speakers/pronouns.py ``_kin_of_another``).
        self.kin_links: list[KinLink] = kin_links(
            doc, ents, self.ent_of, self.quote_of, self.sent_of, cues, self._given
        )
        # r2s25a: genders the family links tell ("her son Kieran" is a man, and "her" a woman)
        self.kin_genders: dict[str, str] = {}
        for link in self.kin_links:
            said = (
                "Masc" if link.noun in cues.male_nouns else "Fem" if link.noun in cues.female_nouns else None
            )
            if said is not None:
                self.kin_genders.setdefault(link.relative.canonical, said)
            if link.owner_gender is not None and " " in link.owner.canonical:
                self.kin_genders.setdefault(link.owner.canonical, link.owner_gender)
        # Words the article writes in lower case somewhere: common words, whatever their case elsewhere.
        self.lower_words: frozenset[str] = written_lower(doc)

    def _title_persons(self, roles: frozenset[str] | set[str]) -> None:
        """A PERSON the model makes of a place and a title ("Yellowhead MP") stands for the person it is the
        title of: the name it is set beside ("Jim Eglinski, Yellowhead MP,") or that follows it
        ("Yellowhead MP Jim Eglinski"). Without such a name it is left as it is."""
        done: set[int] = set()
        for i in sorted(self.ent_of):
            ent = self.ent_of[i]
            if ent.label != "PERSON" or ent.start in done or ent.text.split()[-1].lower() not in roles:
                continue
            done.add(ent.start)
            span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            root = span.root
            # The name it is set beside, else the name right after it.
            beside = self.ent_of.get(root.head.i) if root.dep_ == "appos" else None
            person = beside or self.ent_of.get(span.end)
            if person is not None and person.label == "PERSON" and person.start != ent.start:
                for token in span:
                    self.ent_of[token.i] = person

    def person_by_surname(self, word: str) -> Entity | None:
        """The one person the article names with the surname ``word`` in any case ("TAPPER", "MCDONALD");
        None when no one, or more than one person, has it."""
        return self._folded_surname.get(word.casefold())

    def namesakes(self, surname: str) -> set[str]:
        """r2s25a: the people named in full with the surname ``surname``."""
        return set(self._full_names.get(surname, set()))

    def person_by_given_name(self, word: str, before: int) -> Entity | None:
        """The one person named in full whose given name is ``word``, named so before offset ``before``
        (none when the word is also a surname)."""
        ent = None if word in self.surname else self._given.get(word)
        return ent if ent is not None and ent.start < before else None

    def content(self, sent: int) -> bool:
        """Whether sentence ``sent`` has words and is part of the story (no filler, furniture or caption)."""
        lo, hi = self.sent_bounds[sent]
        return not self.furniture[sent] and any(t.is_alpha for t in self.tokens[lo:hi])

    def nsent(self, token_or_sent: Token | int) -> int:
        k = token_or_sent if isinstance(token_or_sent, int) else self.sent_of[token_or_sent.i]
        return self.narr_sent[k]

    def csent(self, token_or_sent: Token | int) -> int:
        k = token_or_sent if isinstance(token_or_sent, int) else self.sent_of[token_or_sent.i]
        return self.content_sent[k]

    def cues_in(self, first_sent: int, last_sent: int) -> list[Token]:
        """Speech verbs with a subject in sentences ``first_sent`` to ``last_sent``, each scanned once."""
        out: list[Token] = []
        for k in range(first_sent, last_sent + 1):
            if k not in self._cues_by_sent:
                lo, hi = self.sent_bounds[k]
                self._cues_by_sent[k] = [
                    self.tokens[i]
                    for i in range(lo, hi)
                    if self.is_cue(self.tokens[i]) and subject_of(self.tokens[i], self.quote_of) is not None
                ]
            out.extend(self._cues_by_sent[k])
        return out

    def is_cue(self, token: Token) -> bool:
        if token.pos_ != "VERB" or self.quote_of[token.i] >= 0:
            return False
        lemma = token.lemma_.lower()
        if any(c.dep_ == "prep" and (lemma, c.lower_) in self.cues.other_senses for c in token.children):
            return False
        if lemma in self.cues.verbs or self._document_reads(token):
            return True
        # Phrasal speech verbs: '"...," Trump went on.', 'Sanders shot back'.
        return any(
            c.dep_ in {"prt", "advmod"} and (lemma, c.lower_) in self.cues.phrasal_verbs
            for c in token.children
        )

    def _document_reads(self, token: Token) -> bool:
        """'"...," the memo read': a document's words are what it "reads" (no object outside the quote: "she
        read the memo" is someone reading)."""
        objects = [
            c for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp") and self.quote_of[c.i] < 0
        ]
        if token.lemma_.lower() != "read" or objects:
            return False
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in self.cues.document_nouns for c in token.children)

    def entity(self, token: Token) -> Entity | None:
        ent = self.ent_of.get(token.i)
        return ent if ent is not None and ent.label in SPEAKER_LABELS else None

    def people_in(self, sent: int) -> set[str]:
        """Canonical names of the persons named in sentence ``sent``."""
        lo, hi = self.sent_bounds[sent]
        return {
            e.canonical
            for k in range(lo, hi)
            if (e := self.ent_of.get(k)) is not None and e.label == "PERSON"
        }

    def unguessed(self, ent: Entity) -> Entity:
        """``ent``; for a bare surname that two people named in full share ("Jones" after "Martin Jones"
        and "Caleb Jones"), the surname as written: as a speaker it could be either of them, and the
        nearest earlier full name that ``tasks.entities`` gives it is a guess."""
        if (
            ent.label == "PERSON"
            and ent.text in self.shared_surnames
            and ent.start not in self._surnames_read
        ):
            name = self._titled_one(ent) or ent.text
            return ent.model_copy(update={"canonical": name}) if name != ent.canonical else ent
        return ent

    def _title_acronyms(self, doc: Doc, ents: Sequence[Entity], offices: frozenset[str]) -> None:
        """lead25b: "Chief Financial Officer Andrea Kwan ... the CFO said": a capitalised title of two to four
        words right before a person's name, ending in a word for an office, makes its initials one of that
        person's roles too. Any capitalised words, where ``tasks.entities`` reads "DCI Whitfield" by titles
        the lexicon knows."""
        for ent in ents:
            span = (
                doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent.label == "PERSON" else None
            )
            if span is None or span.start < 2:
                continue
            begin = span.start
            while (
                begin > 0 and span.start - begin < 4 and doc[begin - 1].is_title and doc[begin - 1].is_alpha
            ):
                begin -= 1
            words = [t.lower_ for t in doc[begin : span.start]]
            if len(words) < 2 or words[-1] not in offices:
                continue
            role = title_initials(words)
            if self.role_of.setdefault(role, ent.canonical) != ent.canonical:
                self.shared_roles.add(role)

    def _court_roles(self, doc: Doc, ents: Sequence[Entity], openers: frozenset[tuple[str, str]]) -> None:
        """lead25b: "Prosecuting, Alistair Fenwick said": a court report's opener before the name that opens
        the sentence gives that person the opener's roles ("the prosecutor"; "Defending, ...": "the
        barrister")."""
        roles: dict[str, set[str]] = {}
        for opener, role_word in openers:
            roles.setdefault(opener, set()).add(role_word)
        for ent in ents:
            span = (
                doc.char_span(ent.start, ent.end, alignment_mode="expand") if ent.label == "PERSON" else None
            )
            if span is None or span.start < 2 or doc[span.start - 1].text != ",":
                continue
            first = doc[span.start - 2]
            if not first.is_sent_start or first.lower_ not in roles:
                continue
            for role in roles[first.lower_]:
                if self.role_of.setdefault(role, ent.canonical) != ent.canonical:
                    self.shared_roles.add(role)

    def _titled_one(self, ent: Entity) -> str | None:
        """ "Mr Reyes" after Anna and Tom Reyes: the one who shares the surname whose known gender the title
        says, when every one of them has a known gender (``learn_genders``); else None."""
        span = self.doc.char_span(ent.start, ent.end)
        if span is None or span.start == 0:
            return None
        gender = GENDERED_TITLES.get(self.doc[span.start - 1].lower_)
        if gender is None:
            return None
        names = self._full_names.get(ent.text, set())
        known = {
            n: self.genders.get(n) or self.given_genders.get(n) or self.kin_genders.get(n) for n in names
        }
        if any(g is None for g in known.values()):
            return None
        same = [n for n, g in known.items() if g == gender]
        return same[0] if len(same) == 1 else None


@dataclass(frozen=True, slots=True)
class KinLink:
    """r2s25a: ``relative`` is ``owner``'s ``noun`` ("her son Kieran": Kieran is her son); ``owner_gender``
    the gender the owner's pronoun tells ("Masc" for "his"), if any."""

    owner: Entity
    noun: str
    relative: Entity
    owner_gender: str | None


_POSS_GENDER = {"his": "Masc", "her": "Fem"}


def kin_links(
    doc: Doc,
    ents: Sequence[Entity],
    ent_of: dict[int, Entity],
    quote_of: Sequence[int],
    sent_of: Sequence[int],
    cues: ReportingVerbs,
    given: dict[str, Entity | None],
) -> list[KinLink]:
    """The family links of people introduced as someone's relative outside quotes: the owner is the person
    the possessive names ("Ana's son Leo") or, for "his"/"her", the one person named before the noun in
    its sentence (else in the sentence before). Two people who could own it: no link. A relative named by
    the given name alone ("her son Kieran", tagged or not) is the one person named in full so."""
    links: list[KinLink] = []
    relatives: list[tuple[Span, Entity]] = []
    for ent in ents:
        span = doc.char_span(ent.start, ent.end)
        if ent.label == "PERSON" and span is not None and " " not in ent.canonical:
            ent = given.get(ent.canonical) or ent
        if ent.label == "PERSON" and span is not None:
            relatives.append((span, ent))
    for token in doc:
        tagged = ent_of.get(token.i)
        full = (
            given.get(token.text)
            if token.dep_ == "appos" and (tagged is None or tagged.label != "PERSON")
            else None
        )
        if full is not None and token.head.lemma_.lower() in cues.kin_nouns and token.is_title:
            relatives.append((doc[token.i : token.i + 1], full))
    for span, ent in relatives:
        noun = kin_noun(span, cues.kin_nouns)
        if quote_of[span.start] >= 0 or noun is None:
            continue
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        if poss is None and noun.dep_ == "conj":
            # spk26a: "Moreno's coach and father, Javier Moreno": the owner of the first noun owns both
            poss = next((c for c in noun.head.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        gender = _POSS_GENDER.get(poss.lower_)
        owner = ent_of.get(poss.i)
        if owner is None and gender is not None:
            owner = _one_person_before(doc, noun.i, ent, ent_of, quote_of, sent_of)
        if owner is not None and owner.label == "PERSON" and owner.canonical != ent.canonical:
            links.append(KinLink(owner, noun.lemma_.lower(), ent, gender))
    return links


def _one_person_before(
    doc: Doc,
    at: int,
    relative: Entity,
    ent_of: dict[int, Entity],
    quote_of: Sequence[int],
    sent_of: Sequence[int],
) -> Entity | None:
    """The one person named outside quotes before token ``at``, in the nearest of its sentence and the
    three narrative sentences before it that names anyone; None when none or two."""
    people: dict[str, Entity] = {}
    narrative: set[int] = set()
    for i in range(at - 1, -1, -1):
        if sent_of[i] != sent_of[i + 1] and (people or len(narrative) > 3):
            break
        if doc[i].is_alpha and quote_of[i] < 0:
            narrative.add(sent_of[i])
        e = ent_of.get(i)
        if e is not None and e.label == "PERSON" and quote_of[i] < 0 and e.canonical != relative.canonical:
            people.setdefault(e.canonical, e)
    return next(iter(people.values())) if len(people) == 1 else None


# -- finding quotes ---------------------------------------------------------------------------------------


def without_fronted_adjunct(tokens: list[Token], clause: Token) -> list[Token]:
    """A reported clause's tokens without a phrase the parser hung on the clause that stands before its
    "that" between commas: in "said on Monday, in a rambling speech, that crime had fallen" the speech is
    the writer's description of the saying, and what was said starts after "that"."""
    if not tokens or tokens[0].pos_ not in _ADJUNCT_OPENERS or tokens[0].i > clause.i:
        return tokens
    doc = clause.doc
    for k, token in enumerate(tokens[1:], start=1):
        if token.i >= clause.i:
            break
        # "that" as the clause's subject is a pronoun ("While X rose, that is good news"), not its opener
        if token.lower_ == "that" and doc[token.i - 1].text == "," and token.dep_ not in _SUBJECT_DEPS:
            return tokens[k + 1 :]
    return tokens


_ADJUNCT_OPENERS = frozenset({"ADP", "ADV", "SCONJ"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``/``end`` without leading white space and trailing punctuation (``TRAILING``)."""
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Each non-blank line of ``text`` as the span of its words, without the white space around them: the
    paragraphs of wire copy."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())))
        pos += len(line) + 1
    return spans


def previous_content(ctx: Context, sent: int) -> int:
    """The sentence with words before ``sent`` (paragraph fillers such as " ." skipped), or -1."""
    prev = sent - 1
    while prev >= 0 and not ctx.content(prev):
        prev -= 1
    return prev


def content_sentences_back(ctx: Context, sent: int, count: int) -> int:
    """The earliest of ``sent`` and the ``count`` sentences with words before it (fewer at the article's
    start): where a look back over them begins."""
    first = sent
    for _ in range(count):
        prev = previous_content(ctx, first)
        if prev < 0:
            break
        first = prev
    return first


# -- speakers ---------------------------------------------------------------------------------------------


def word_piece(token: Token) -> bool:
    """A token that is part of a hyphenated word: a bare hyphen, or a word glued to the hyphen after it."""
    if token.text in HYPHENS:
        return True
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and after is not None and after.text in HYPHENS


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def joined_to_report(verb: Token) -> bool:
    """Whether a simple past verb the parse joins to a reported clause's verb is the reporter's next act:
    "Li said Democrats *were destroying* the country and *called* the charges a hoax", "Arif said the attack
    was 'shocking' and *called for* more patrols". The reported clause has an auxiliary or is a copula
    ("were", "had", "was"), the joined verb has neither and no subject of its own, so the two are not one
    coordination of the same form (fresh12: the copula case)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", *_SUBJECT_DEPS) for c in verb.children):
        return False
    copula = head.pos_ == "AUX" and head.lemma_.lower() == "be"
    return copula or any(c.dep_ in ("aux", "auxpass") for c in head.children)


def without_next_act(tokens: list[Token], clause: Token, speaks: Callable[[Token], bool]) -> list[Token]:
    """A reported clause's tokens less the speaker's next act of speech that the parse joined to it: in
    "Arif said the attack was 'shocking' and *called for* more patrols" Arif called for them, not the attack;
    the "and" (and a comma) that joins the act goes with it (fresh12)."""
    acts = [c for c in clause.children if c.i > clause.i and speaks(c) and joined_to_report(c)]
    if not acts:
        return tokens
    doc = clause.doc
    cut = acts[0].left_edge.i
    while cut - 1 > clause.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
        cut -= 1
    kept = [t for t in tokens if t.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].is_space):
        kept.pop()
    return kept


def without_other_report(tokens: list[Token], clause: Token, speaks: Callable[[Token], bool]) -> list[Token]:
    """r2s24b: a reported clause's tokens less another party's report the parse joined to it with "and": in
    "a move the company said was vital and the union called 'a shutdown'" the union's words are not the
    company's. The other report is a verb of speech whose own subject (or the noun it hangs on) is
    coordinated into the clause, or a coordinated verb of speech with a subject of its own."""
    doc = clause.doc
    cut: int | None = None
    for c in clause.subtree:
        if c.i <= clause.i or not speaks(c):
            continue
        own = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
        if c.dep_ == "conj" and own is not None:
            start = own.left_edge.i if own.i < c.i else c.left_edge.i
        elif c.dep_ in {"acl", "relcl"} and c.head.dep_ == "conj" and c.head.i < c.i:
            start = c.head.left_edge.i
        else:
            continue
        if start > clause.i and doc[start - 1].dep_ == "cc":
            cut = start - 1 if cut is None else min(cut, start - 1)
    if cut is None:
        return tokens
    kept = [t for t in tokens if t.i < cut]
    while kept and (kept[-1].is_punct or kept[-1].is_space):
        kept.pop()
    return kept


def without_consequence(tokens: list[Token], clause: Token, participles: frozenset[str]) -> list[Token]:
    """A reported clause's tokens less the consequence the writer tacks on after a comma: in "The division
    says it will cut 14 routes, leaving hundreds of families scrambling" the division said it would cut
    routes; "leaving ..." is the writer's account of what follows (``consequence_participles``). So is what
    the writer says the speaker passed over ("..., conveniently ignoring the cost": ``omission_participles``,
    voice28)."""
    doc = clause.doc
    for c in clause.subtree:  # on the clause or its last clause ("because it cannot find drivers, leaving")
        if (
            c.right_edge.i >= clause.right_edge.i - 1
            and c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > clause.i
            and _only_own_adverbs_before(c)
            and c.lemma_.lower() in participles
            and doc[c.left_edge.i - 1].text == ","
        ):
            kept = [t for t in tokens if t.i < c.left_edge.i - 1]
            return kept or tokens
    return tokens


def _only_own_adverbs_before(word: Token) -> bool:
    """Whether nothing but the word's own adverbs stand before it in its phrase: voice28, the writer's
    "..., *conveniently* ignoring the cost"."""
    return all(t.dep_ == "advmod" and t.head.i == word.i for t in word.doc[word.left_edge.i : word.i])


def quote_mark(token: Token) -> bool:
    """Whether a token is nothing but quote marks (``’’``, ``"``)."""
    return all(ch in MARK_CHARS for ch in token.text)


def _participle_misparse(verb: Token) -> Token | None:
    """ "The parole board decision allowing his release said ...": the model makes the noun the root, the
    participle its modifier and "his release" the subject of "said" (a clause of the participle's); in a
    sentence with no verb of its own the noun before the participle is who speaks."""
    part = verb.head
    noun = part.head
    if verb.dep_ != "ccomp" or part.dep_ != "acl" or part.tag_ != "VBG" or noun.dep_ != "ROOT":
        return None
    if noun.pos_ != "NOUN" or any(c.dep_ in OBJECT_DEPS for c in part.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return noun if subj is not None and part.i < subj.i < verb.i else None


def _host_of_closed_aside(verb: Token) -> Token | None:
    """spk26b: "President Jo Li, who has repeatedly attacked Reed, posted that ...": a verb with no subject of
    its own right after the comma that closes a "who" aside is the aside's host's; the model may hang the
    verb on the aside's last name as a reduced relative ("Reed, posted"), which would make Reed the one who
    posted."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    for host in doc[verb.sent.start : verb.i - 3]:
        opens = doc[host.i + 1].text == "," and doc[host.i + 2].lower_ in {"who", "whose"}
        if host.pos_ != "PROPN" or not opens:
            continue
        # the aside runs from its "who" to the verb's comma, no other comma or quote mark in it
        if not any(t.text == "," or quote_mark(t) for t in doc[host.i + 3 : verb.i - 1]):
            return host
    return None


def in_relative_aside(host: Token, other: Token) -> bool:
    """Whether ``other`` stands in a relative clause set off by commas after ``host``, read from the marks
    (the parse often hangs such a clause's later part elsewhere): ``host, who ... other ..., said``. The
    clause opens with "who"/"whose" right after the comma after the host's name and closes with the comma
    right before a verb after ``other`` (the sentence's main verb)."""
    doc = host.doc
    name_end = max(
        (t.i for t in host.subtree if t.i >= host.i and t.dep_ in {"compound", "flat"}), default=host.i
    )
    if name_end + 2 >= len(doc) or doc[name_end + 1].text != ",":
        return False
    if doc[name_end + 2].lower_ not in {"who", "whose"}:
        return False
    # The clause closes at the first comma after ``other`` followed by a verb ("..., said"); a clause a
    # host's name opens and its verb closes is the parse's root or, as often misread, its conjunct.
    for t in doc[other.i + 1 : host.sent.end - 1]:
        if t.text == ",":
            return doc[t.i + 1].pos_ == "VERB"
    return False


def _nominal_read_as_modifier(verb: Token) -> Token | None:
    """'"...," the 52-year-old said.': the model may hang "the" and "old" on the verb (det, amod) and give it
    no subject; the modifier after "the" is the speaker."""
    left = [c for c in verb.children if c.i < verb.i]
    det = next((c for c in left if c.dep_ == "det" and c.lower_ == "the"), None)
    mod = next((c for c in reversed(left) if c.dep_ == "amod" and c.i == verb.i - 1), None)
    return mod if det is not None and mod is not None and det.i < mod.i else None


SCORELINE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")
MIN_MATCH_WORDS = 3  # distinct match words that, with a scoreline, make an article a match report


def match_report(doc: Doc, cues: ReportingVerbs) -> bool:
    """r2s25b: whether an article reports a match: a scoreline and a few words of the game. There a playing
    position ("the center said") is a player's epithet, not a body. Unlike ``tasks.bias.report_genre``'s
    sport genre (a share of the words, for withholding play's idiom), a short report counts too."""
    if not cues.match_words or SCORELINE.search(doc.text) is None:
        return False
    seen = {t.lower_ for t in doc if t.lower_ in cues.match_words}
    return len(seen) >= MIN_MATCH_WORDS


_PLACE_OPENERS = frozenset({"outside", "inside"})


def _place_read_as_subject(subj: Token) -> Token:
    """lead25c: "Outside court, the son of one of the victims said": the parser reads the opener's place as
    the subject ("Outside" its modifier) and the speaker as its apposition; the apposition speaks."""
    if not any(c.dep_ == "amod" and c.lower_ in _PLACE_OPENERS and c.i == subj.i - 1 for c in subj.children):
        return subj
    if subj.i - 1 != subj.sent.start:
        return subj
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    return appos if appos is not None and subj.doc[subj.i + 1].text == "," else subj


# spk30b: prepositions whose speech participle is the act of the verb's subject ("closed the debate by
# saying"); not "for" (faulted_for: "criticised Ruiz for calling it ..." is Ruiz)
_SPEECH_BY = frozenset({"by", "after", "before"})


def subject_of(verb: Token, quote_of: Sequence[int] = ()) -> Token | None:
    """The speaker token of a speech verb: its subject, the conjoined verb's, or the noun it modifies.

    ``quote_of`` (the quoted span of each token, -1 outside quotes) passes over a subject inside a quote:
    '"Or Ferguson," Trump said.' gives the verb two subjects, and the speaker is the one outside; of
    several outside, the nearest to the verb.
    """
    if (noun := _participle_misparse(verb)) is not None:
        return noun
    if (host := _host_of_closed_aside(verb)) is not None:
        return host
    node: Token | None = verb
    seen = 0
    shared = False  # reached through a participle, whose subject is the clause's grammatical subject
    while node is not None and seen < 4:
        seen += 1
        # "Li was angered by the call, claiming ...": a participle on a passive shares its subject (Li),
        # never its agent (the call).
        deps = SUBJECT_DEPS | {"nsubjpass"} if shared else SUBJECT_DEPS
        # '"...,’’ said Li': the model may take AP's doubled closing mark for the subject; a mark is no one.
        subjects = [c for c in node.children if c.dep_ in deps and not quote_mark(c)]
        shared = False
        outside = [c for c in subjects if not quote_of or quote_of[c.i] < 0]
        # "said co-author Jo Li": the model splits the hyphenated word into subjects of its own; a piece of
        # a word is no subject while a whole one is there.
        outside = [c for c in outside if not word_piece(c)] or outside
        # "Doyle, who ... after Jo Greer hired him, said": a subject inside a relative clause set off after
        # another subject is an aside about it; the misparse gives the verb both.
        outside = [c for c in outside if not any(in_relative_aside(d, c) for d in outside if d.i < c.i)]
        if subjects and not outside and quote_of:
            # '"... a second opinion," director of rugby Jo Li told the paper': the model made a word inside
            # the quote the subject and hung the speaker on it; the phrase beside it outside the marks speaks.
            beside = [
                c
                for s in subjects
                for c in s.children
                if c.dep_ == "appos" and c.i > s.i and quote_of[c.i] < 0
            ]
            if beside:
                return beside[0]
        # Of several (a misparse), the nearest to the verb: "Berea, OH, ..., Gov. John Kasich said".
        at = node.i
        subj = min(outside or subjects, key=lambda c: abs(c.i - at)) if subjects else None
        if subj is not None:
            if subj.tag_ in {"WDT", "WP"} and node.dep_ == "relcl":
                return node.head
            return _place_read_as_subject(_past_misread_aside(subj))
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if (opened := opener_subject(node)) is not None:
            return opened
        if (aside := aside_subject(node)) is not None:
            return aside
        if seen == 1 and (fronted := fronted_subject(node)) is not None:
            return fronted
        if seen == 1 and (placed := place_opener_subject(node)) is not None:
            return placed
        if seen == 1 and (apposed := apposed_subject(node, quote_of)) is not None:
            return apposed
        if seen == 1 and (apposed_name := apposed_before_verb(node)) is not None:
            return apposed_name
        if seen == 1 and (reduced := reduced_relative_subject(node)) is not None:
            return reduced
        if seen == 1 and (misread := name_read_as_preposition(node)) is not None:
            return misread
        if seen == 1 and (nominal := _nominal_read_as_modifier(node)) is not None:
            return nominal
        if seen == 1 and (inverted := _inverted_object(node)) is not None:
            return inverted
        if seen == 1 and (host := _verbless_root_subject(node)) is not None:
            return host
        if seen == 1 and (inverted := inverted_speaker_read_as_report(node)) is not None:
            return inverted
        # '"...," Conway notes.': the model takes the name for a compound of the verb.
        # '"...," DeBoer said.': or for an auxiliary ("DeBoer/NNP aux said").
        named = [
            c
            for c in node.children
            if c.i < node.i
            and (
                (c.dep_ == "compound" and c.pos_ == "PROPN")
                or (c.dep_ in MISPARSED_NAME_DEPS and c.tag_ in {"NNP", "NNPS"})
            )
        ]
        # '"Go back," Trump barked.' may come out as "Trump/compound barked/VBN" as well.
        if named and (node.tag_ in {"VBZ", "VBD"} or (node.tag_ == "VBN" and named[-1].i == node.i - 1)):
            return named[-1]
        if seen == 1 and (poster := _participle_on_quote(node, quote_of)) is not None:
            return poster
        if seen == 1 and (message := _message_before_participle(node)) is not None:
            return message
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VBG"
            and node.i > node.head.i
            and node.head.dep_ == "ccomp"
            and not (quote_of and quote_of[node.head.head.i] >= 0)
        ):
            # "Li said the province will stick to its plan, insisting ...": the parser hangs the participle
            # on the reported clause, but a speech participle after it goes on the reporter's words.
            node = node.head.head
        elif node.dep_ == "xcomp" and node.head.lower_ == "used" and node.head.tag_ in {"VBD", "VBN"}:
            node = node.head  # "Jones used to boast that ...": the habitual past carries the subject
        elif joined_to_report(node) and not any(c.dep_ in SUBJECT_DEPS for c in node.head.children):
            # voice11: "he said he had been let down by directors ..., and called the sacking ...": the
            # reporter's next act; the passive reported clause's agent is no subject of "called" (with a
            # subject there, the coordinated-speech pass reads the same)
            node = node.head.head
        elif seen == 1 and (joined := joined_object_subject(node)) is not None:
            return joined
        elif node.dep_ == "conj" or (node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > node.head.i):
            shared = node.dep_ == "advcl"
            node = node.head  # "..., Clark said, noting that ...": the participle shares the subject
        elif (
            node.dep_ == "pcomp"
            and node.tag_ == "VBG"
            and node.head.lower_ in _SPEECH_BY
            and node.head.dep_ == "prep"
            and node.head.head.pos_ in {"VERB", "AUX"}
            and node.head.i > node.head.head.i
        ):
            # spk30b: "Ames closed the debate by saying she took 'no pleasure' in it", "Li resigned after
            # saying ...": the speech is the main verb's subject's act, as a participle's is
            shared = True
            node = node.head.head
        elif node.dep_ == "pcomp" and node.head.lower_ == "as" and node.head.head.lemma_.lower() == "quote":
            # '"...," he was quoted as saying.': who was quoted is the speaker.
            quoted = node.head.head
            # prec13: and in the active ("the agency quoted Mr Petrov as saying") the one quoted is its object
            role = "nsubjpass" if any(c.dep_ == "nsubjpass" for c in quoted.children) else "dobj"
            return next((c for c in quoted.children if c.dep_ == role), None)
        elif (held := faulted_for(node)) is not None:
            return held  # "Li criticised Ruiz for calling it 'a disgrace'": Ruiz called it so, not Li
        elif node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return contact_relative_subject(node) or node.head
        elif node.dep_ == "advcl" and (contact := contact_relative_subject(node)) is not None:
            return contact  # the same relative clause, hung on the main verb
        else:
            node = None
    return None


def inverted_speaker_read_as_report(verb: Token) -> Token | None:
    """spk28: '"...," said one senior aide, who, like others, spoke on condition of anonymity. "..."': after
    a quote, a speech verb with no subject of its own whose reported clause opens right after it with a
    subject set off by a comma and a "who" clause: the parse read the speaker's aside as what was said;
    that subject is the speaker, and the clause is no report."""
    doc = verb.doc
    if verb.i < 2 or not quote_mark(doc[verb.i - 1]) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i < verb.i:
            continue
        subj = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS), None)
        if (
            subj is not None
            and subj.left_edge.i == verb.i + 1
            and subj.i + 1 < len(doc)
            and doc[subj.i + 1].text == ","
            and any(
                r.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in SUBJECT_DEPS for w in r.children)
                for r in subj.children
            )
        ):
            return subj
    return None


def _verbless_root_subject(verb: Token) -> Token | None:
    """spk28: "A nurse who has worked there for years and who asked not to be named told KCRG that ...": a
    long "who" clause lost the parse its main verb; the sentence's root is the noun, and the finite speech
    verb, with no subject, hangs somewhere inside the "who" clauses. The noun they describe speaks."""
    root = verb.sent.root
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    relative = [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and any(g.dep_ in SUBJECT_DEPS and g.lower_ in {"who", "that"} for g in c.children)
    ]
    if not relative or not any(r.left_edge.i <= verb.i <= r.right_edge.i for r in relative):
        return None
    return root


def _message_before_participle(verb: Token) -> Token | None:
    """r2s25c: "officers took hours to answer a call reporting that he had been hurt": a speech participle
    right after a noun for a message (no comma between) says what the message reports; the model hangs it on
    the main verb, whose subject did not report it. The message is the source (its sender unnamed)."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl", "conj", "xcomp"} or verb.i == 0:
        return None
    if any(c.dep_ in SUBJECT_DEPS | {"nsubjpass"} for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    words = load_reporting_verbs(LEXICON_DIR)
    nouns = words.message_nouns | words.document_nouns | words.utterance_nouns
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.head.i == verb.i:
        return None
    return noun


def _participle_on_quote(verb: Token, quote_of: Sequence[int]) -> Token | None:
    """r2s25b: 'Rowe, posting on her own account: "Thank you all."': the model hangs the participle and the
    name on the quote's verb; the subject outside the marks before the participle is who posts."""
    head = verb.head
    if not quote_of or verb.dep_ != "advcl" or verb.tag_ != "VBG" or quote_of[head.i] < 0:
        return None
    return next(
        (c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i and quote_of[c.i] < 0), None
    )


def joined_object_subject(verb: Token) -> Token | None:
    """ "after the company cut its outlook and its chief executive warned investors that ...": a finite verb
    the parse joined to an earlier verb (so it would share that verb's subject) right after a noun the parse
    joined to that verb's object has the noun for its subject: in English a noun straight before a finite
    verb, with no "and" or comma between them, is what the verb says something of."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    k = verb.i - 1
    while k >= 0 and verb.doc[k].tag_ == "RB" and verb.doc[k].head.i == verb.i:
        k -= 1  # "its chief executive also warned"
    noun = verb.doc[k] if k >= 0 else None
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ != "conj":
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    return noun if first.dep_ in OBJECT_DEPS and first.head.i < verb.i else None


NOMINAL_POS = frozenset({"PROPN", "NOUN", "PRON"})
REASON_PREPOSITIONS = frozenset({"for"})  # "blamed Ruiz for saying ...": the reason is the object's own act


def faulted_for(verb: Token) -> Token | None:
    """Who did the saying that a gerund after "for" gives as the reason for an act on a person: the object
    ("Li criticised Ruiz for calling the budget 'a disgrace'", "thanked him for saying"), or, in the passive,
    the subject ("Ruiz was mocked for saying"). The parse leaves the gerund with no subject, and the main
    verb's subject (Li) did not say those words."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != "VBG"
        or prep.dep_ != "prep"
        or prep.lower_ not in REASON_PREPOSITIONS
    ):
        return None
    main = prep.head
    if main.pos_ != "VERB":
        return None
    held = [
        c for c in main.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"PROPN", "NOUN", "PRON"}
    ]
    return held[0] if len(held) == 1 else None


# How the parser hangs a participial opener on the verb: as its clausal subject or as an adverbial clause.
_OPENER_DEPS = frozenset({"csubj", "advcl"})


_OBLIGING = frozenset({"must", "should", "ought", "need"})  # and "have to", never the perfect's "has been"


def obliged_saying(verb: Token) -> bool:
    """Whether a passive verb of saying is the writer's own assertion set up as a duty: "It must be said
    that ...", "It has to be said ...", "It should be said ...". Nobody else said it; the writer says it now
    (prec13), unlike "It was said that ...", a report of others' words."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    holder = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _OBLIGING | {"have"}:  # "has to be said"
        holder = verb.head
    elif not any(c.dep_ == "aux" and c.lemma_.lower() in _OBLIGING for c in verb.children):
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.lower_ == "it" for c in holder.children)


def _past_misread_aside(subj: Token) -> Token:
    """spk25b: "The National Institute ..., which decides which drugs the NHS should fund, said": the model
    may make the aside's last verb the subject of "said", and the name its subject. A verb is no speaker:
    the noun with the relative clause under it is."""
    if subj.pos_ not in {"VERB", "AUX"}:
        return subj
    noun = next((c for c in subj.children if c.dep_ in SUBJECT_DEPS and c.i < subj.i), None)
    if noun is not None and noun.pos_ in {"PROPN", "NOUN"} and any(c.dep_ == "relcl" for c in noun.children):
        return noun
    return subj


def _inverted_object(verb: Token) -> Token | None:
    """spk25a, spk25b: '"...," laughed the keeper.', '"...," replied finance chief Owen Price.': after a
    quote, the model may read the speaker put after the verb as its object. A noun or name right after a verb
    that directly follows the quote's closing mark is the one who speaks: when the object's phrase starts
    right after the verb and the mark follows a comma, or when it is a definite noun ending the sentence."""
    doc = verb.doc
    if verb.i < 2 or not quote_mark(doc[verb.i - 1]):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ not in {"PROPN", "NOUN"}:
        return None
    if doc[verb.i - 2].text == "," and obj.left_edge.i == verb.i + 1:
        return obj
    definite = any(c.dep_ in {"det", "poss"} and c.i < obj.i for c in obj.children)
    ends = all(t.is_punct for t in doc[obj.i + 1 : verb.sent.end])
    return obj if verb.tag_ == "VBD" and obj.tag_ in {"NN", "NNP"} and definite and ends else None


def name_read_as_preposition(verb: Token) -> Token | None:
    """spk22b: "Per Holm, a retired engineer, said he would wait": the parser reads a given name that is
    also a word ("Per") as a preposition opening the sentence, with the surname its object, and leaves the
    verb without a subject. A sentence opening with a capitalised preposition of the verb's that is a given
    name the lexicon knows, whose one
    child, right after it, is a capitalised proper noun: that noun is the subject (a real prepositional
    opener would leave the verb a subject of its own)."""
    sent_start = verb.sent.start
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i or not prep.is_title or not given_name(prep.text):
            continue  # "At Boca West, ... said": a place, not a name
        first = next((t for t in verb.doc[sent_start : prep.i] if not quote_mark(t) and not t.is_space), None)
        if first is not None:
            continue  # not the sentence's first word
        kids = list(prep.children)
        if len(kids) == 1 and kids[0].dep_ == "pobj" and kids[0].pos_ == "PROPN" and kids[0].is_title:
            name = kids[0]
            if all(t.pos_ == "PROPN" for t in verb.doc[prep.i + 1 : name.i + 1]):
                return name
    return None


def given_name(word: str) -> bool:
    """Whether a word as written is a given name the shipped lexicon knows."""
    return load_reporting_verbs(LEXICON_DIR).given_name(word)


def opener_subject(verb: Token) -> Token | None:
    """The name a participial opener swallowed: in "Speaking at the State Fairgrounds, Hartley, a former
    governor, promised ...", the parser reads the opener as the verb's clausal subject or adverbial clause
    and hangs the name on the opener's last noun as an apposition, leaving the verb with no subject. A
    proper noun set off by a comma inside the opener, in apposition to a word that is no apposition itself,
    the nearest such to the verb, is the verb's subject."""
    opener = next(
        (c for c in verb.children if c.dep_ in _OPENER_DEPS and c.tag_ == "VBG" and c.i < verb.i), None
    )
    if opener is None:
        return None
    names = [
        t
        for t in opener.subtree
        if t.dep_ == "appos"
        and t.pos_ == "PROPN"
        and t.head.dep_ != "appos"
        and t.left_edge.i > 0
        and t.doc[t.left_edge.i - 1].text == ","  # "..., Ms Dunmore": the title is part of the name
    ]
    return names[-1] if names else None


def apposed_subject(verb: Token, quote_of: Sequence[int] = ()) -> Token | None:
    """The speaker the parser set in apposition to the report's last noun: in "Fires forced 1,500 people
    from homes near Lisbon, Portugal's civil protection agency said.", "agency" hangs on "Lisbon" and the
    verb has no subject. A phrase in apposition inside the clause the verb reports before it, set off by a
    comma and running up to the verb, outside quote marks, is the verb's subject."""
    doc = verb.doc
    if verb.i < 3:
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    last = verb.i - 1  # "..., the National Education Union (NEU) has said": past the verb's auxiliaries
    while last > 0 and doc[last].head.i == verb.i and doc[last].dep_ in ("aux", "auxpass", "neg", "advmod"):
        last -= 1
    node = doc[last]
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < verb.i:
        node = node.head
    if (
        node.dep_ != "appos"
        or node.right_edge.i != last
        or doc[node.left_edge.i - 1].text != ","
        or not any(comp.left_edge.i <= node.i <= comp.right_edge.i for comp in comps)
        or (quote_of and quote_of[node.i] >= 0)
    ):
        return None
    return node


def contact_relative_subject(verb: Token) -> Token | None:
    """voice12: the subject of a relative clause with no "that" that the parse hung on the noun as a bare
    participle: in "a building the critic Alan Price once described as 'a bunker'" the speaker is the name
    right before the verb (adverbs and auxiliaries aside), not the noun the clause describes (the thing
    described). Only a past form, and only a person's name there, which the parse hung on a noun before it
    (an apposition, not a subject of its own)."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.head.i > verb.i:
        return None
    k = verb.i - 1
    while k > verb.head.i and verb.doc[k].pos_ in {"ADV", "AUX", "PART"}:
        k -= 1
    name = verb.doc[k]
    if k <= verb.head.i or name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.dep_ != "appos":
        return None
    return name


def reduced_relative_subject(verb: Token) -> Token | None:
    """The speaker a reduced relative hid: in "A man staying at the hotel, who asked not to be named, said
    residents had stayed indoors", the parser reads "man staying at the hotel" as a clause the verb reports
    and leaves the verb no subject. A participle clause before the verb with a noun subject of its own, when
    the verb also reports a clause after it, is the verb's subject phrase: its noun speaks."""
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in {"VBG", "VBN"}]
    if len(before) != 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = before[0]
    return next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.i < clause.i),
        None,
    )


# Participles that open an aside between a speaker's name and the speech verb: "Li, asked about the delay,
# said", "Li, reached by phone, said", "Li, pressed on the cost, said".
_ASIDE_TAGS = frozenset({"VBD", "VBN"})


def apposed_before_verb(verb: Token) -> Token | None:
    """lead25b: "In a statement read to the court by Mr Fenwick, Mrs Tilley's son, Graham Tilley, said ...":
    the parser hangs the speaker's phrase on the opener's last name as appositions and leaves the verb with
    no subject; a name in apposition that a comma closes right before the verb, inside a clause the verb
    has before it, is the verb's subject."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    # a person's name: "the mayor of Washington, DC, suggested" sets a place beside a place, no speaker
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or name.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(
        c.i < verb.i and name in c.subtree for c in verb.children if c.dep_ in ("ccomp", "advcl", "prep")
    ):
        return None
    return name


def aside_subject(verb: Token) -> Token | None:
    """The name an aside swallowed: in "Pellerin, asked about the subdivisions after the meeting, said the
    board ...", the parser reads the participle as a finite verb with the name as its subject and hangs that
    clause on the speech verb as a clause it reports, leaving the verb with no subject. A clause before the
    verb whose subject stands right before it, set off by a comma ("Name, asked"), and which a comma closes
    right before the verb, is an aside: its subject is the speech verb's. Only for a verb with no subject of
    its own (the caller's case), so a real report ("The plan, he said, ...") is never read so."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if (
            clause.dep_ not in {"ccomp", "advcl", "csubj"}
            or clause.i >= verb.i
            or clause.tag_ not in _ASIDE_TAGS
        ):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if (
            subj is None
            or subj.i != clause.i - 2
            or doc[clause.i - 1].text != ","
            or subj.pos_ not in {"PROPN", "NOUN", "PRON"}
            or clause.right_edge.i >= verb.i
            or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
        ):
            continue
        return subj
    return None


def place_opener_subject(verb: Token) -> Token | None:
    """spk23c: "In Malazgirt, Mehmet Aydin, 45, said he ran ...": the parser sets the name beside the place of
    the opening phrase, leaving the verb with no subject. A proper noun in apposition inside a phrase that
    opens the sentence before the verb, set off by a comma and running up to the comma right before the
    verb, is the verb's subject."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    for opener in verb.children:
        if opener.dep_ != "prep" or opener.i >= verb.i:
            continue
        for t in opener.subtree:
            if (
                t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.ent_type_ == "PERSON"
                and t.left_edge.i > 0
                and doc[t.left_edge.i - 1].text == ","
                and t.right_edge.i in {verb.i - 2, verb.i - 1}
            ):
                return t
    return None


def fronted_subject(verb: Token) -> Token | None:
    """spk23c: "Dr. Jo Li, who directs a lab at Yale and was not involved in the study, said the findings
    were worrying": the parser reads the subject with its long aside as a clause the verb reports before it
    (the name its subject), leaving the verb with none. A verb reports one clause: with a clause after it,
    a clause before it, closed by a comma right before the verb and opening the sentence with its subject
    (a name or a noun), is the subject's phrase, and that subject is the speech verb's."""
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in comps if c.i < verb.i]
    if len(before) != 1 or not any(c.i > verb.i for c in comps):
        return None
    clause = before[0]
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < clause.i), None)
    if (
        subj is None
        or subj.pos_ not in {"PROPN", "NOUN"}
        or subj.left_edge.i != clause.left_edge.i
        or clause.right_edge.i >= verb.i
    ):
        return None
    return subj


def _other_office(doc: Doc, i: int, title_words: set[str], other_office: frozenset[str]) -> str | None:
    """The modifier that makes the title word at ``i`` another office or another time's ("Shadow
    Chancellor", "former chancellor", "Deputy Prime Minister", "ex-chancellor"): a word of ``other_office``
    before it, over title words and hyphens only; None for the title itself."""
    k = i - 1
    while k >= 0 and (doc[k].lower_ in title_words or doc[k].text == "-"):
        if doc[k].lower_ in other_office:
            return doc[k].lower_
        k -= 1
    return doc[k].lower_ if k >= 0 and doc[k].lower_ in other_office else None


def _described_kind(token: Token, ent_of: dict[int, Entity], cues: ReportingVerbs) -> str | None:
    """The kind of organisation the noun set beside a name says: the noun the name is compounded with ("the
    GMB union"), or a noun in apposition either way ("the union Unite", "Unite, the union,")."""
    ent = ent_of[token.i]
    span = [t for t in token.doc[max(token.i - 8, 0) : token.i + 8] if ent_of.get(t.i) is ent]
    inside = {t.i for t in span}
    root = next((t for t in span if t.head.i not in inside), token)
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ in {"compound", "appos"} and root.head.pos_ == "NOUN" and root.head.i not in inside:
        nouns.append(root.head)
    kinds = {k for n in nouns if (k := cues.noun_kind(n.lemma_.lower())) is not None}
    return kinds.pop() if len(kinds) == 1 else None
