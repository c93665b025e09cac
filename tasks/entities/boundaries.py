"""Where a mention starts and ends: split at a given name or an affiliation, joined at particles, trimmed of
scores, brackets, roles, trades and common words."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Span, Token

from config.settings import LEXICON_DIR
from tasks.components import name_particles, postnominals
from tasks.cues import load_reporting_verbs
from tasks.entities.names import capitalised_common_word
from tasks.entities.places import load_gazetteer


def _without_leading_role(name: str, job_nouns: frozenset[str]) -> str | None:
    """ "Striker Joao Mendes", "Goalkeeper Ana Ruiz": a word for a position or trade, capitalised before a
    full name (as a sentence's first word is), is no part of the name. Only before two or more capitalised
    words: "Baker Mayfield" and "Hunter Biden" are names."""
    first, *rest = name.split()
    if len(rest) >= 2 and first.lower() in job_nouns and first[0].isupper():
        return " ".join(rest) if all(w[0].isupper() for w in rest) else None
    return None


def _without_leading_trade(ent: Span, name: str, trades: frozenset[str]) -> str | None:
    """The name of an organisation after a word for its trade capitalised as a sentence's first word
    ("Chipmaker Veltrix Corp", "Lender Harbor Bank"), or None when the name does not open so."""
    first, *rest = name.split()
    if (
        rest
        and ent[0].is_sent_start
        and ent[0].text == first
        and first.lower() in trades
        and all(w[:1].isupper() for w in rest)
    ):
        return " ".join(rest)
    return None


def _within_lines(ents: Iterable[Span]) -> list[Span]:
    """Each entity cut to one line: the piece between line breaks with most proper nouns (the first on a tie),
    without surrounding whitespace tokens. Pieces that hold no word are dropped."""
    out: list[Span] = []
    for ent in ents:
        pieces: list[list[Token]] = [[]]
        for token in ent:
            if "\n" in token.text or "\r" in token.text:
                pieces.append([])
            elif not token.is_space:
                pieces[-1].append(token)
        pieces = [p for p in pieces if p]
        if not pieces:
            continue
        best = max(pieces, key=lambda p: (sum(t.pos_ == "PROPN" for t in p), -p[0].i))
        if len(best) == len(ent):
            out.append(ent)
        else:
            out.append(Span(ent.doc, best[0].i, best[-1].i + 1, label=ent.label_))
    return out


def _split_at_given_name(ents: list[Span]) -> list[Span]:
    """One span the model ran over a comma into a person's full name ("A spokesman for Callahan, Kyle
    Benning, said": "Callahan, Kyle Benning") is two: what stands before the comma and the person after it,
    whose name opens with a known given name."""
    cues = load_reporting_verbs(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        comma = next((t.i for t in ent if t.text == ","), None)
        after = ent.doc[comma + 1 : ent.end] if comma is not None else None
        if (
            comma is None
            or after is None
            or ent.label_ not in ("PERSON", "ORG")
            or comma == ent.start
            or len(after) < 2
            or not cues.given_name(after[0].text)
            or not all(t.is_title and t.pos_ == "PROPN" for t in after)
        ):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, comma, label=ent.label_))
        out.append(Span(ent.doc, comma + 1, ent.end, label="PERSON"))
    return out


_AFFILIATION_WORDS = frozenset({"of", "at"})


def _split_at_affiliation(ents: list[Span], titles: Collection[str]) -> list[Span]:
    """lead25: one span the model ran over a person's affiliation ("said Carolina Milanesi of Creative
    Strategies", all tagged ORG) is two: the person, whose name opens with a known given name and has one
    or two more capitalised words, none a title ("Mary Queen of Scots" stays whole), and the organisation
    after "of" or "at"."""
    cues = load_reporting_verbs(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        cut = next((t.i for t in ent if t.lower_ in _AFFILIATION_WORDS), None)
        name = ent.doc[ent.start : cut] if cut is not None else None
        rest = ent.doc[cut + 1 : ent.end] if cut is not None else None
        if (
            cut is None
            or name is None
            or rest is None
            or ent.label_ not in ("PERSON", "ORG")
            or not 2 <= len(name) <= 3
            or not rest
            or not cues.given_name(name[0].text)
            or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in titles for t in name)
            or not all(t.is_title or t.lower_ in ("the", "and", "&") for t in rest)
        ):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, cut, label="PERSON"))
        out.append(Span(ent.doc, cut + 1, ent.end, label="ORG"))
    return out


def _joined_at_particles(ents: list[Span]) -> list[Span]:
    """Two PERSON spans with only name particles between them ("Borja" del "Pozo Cruz") are one name; two ORG
    spans back to back, the first ending in "and" or "of", are one organisation; letters after a name ("KC",
    "MP") tagged apart belong to the PERSON before them."""
    particles = name_particles()
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end < ent.start
            and all(t.text in particles for t in ent.doc[prev.end : ent.start])
        ):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        elif (
            prev is not None
            and ent.label_ == "ORG"
            and prev.label_ in {"ORG", "PERSON", "GPE"}
            and prev.end == ent.start
            and prev[-1].lower_ in _ORG_JOINERS
            and prev[-1].is_lower
        ):
            # spk23c: "The International Longshore and | Warehouse Union" split by the model at a joining word
            # that cannot end a name: one organisation (spk25b: whatever the first part was tagged, "Cumbria
            # Fire and" a person).
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
        elif (
            prev is not None
            and prev.label_ == "PERSON"
            and prev.end == ent.start
            and all(t.text.rstrip(".") in postnominals() for t in ent)
        ):
            # spk25b: "Simon Aldridge KC told jurors": the silk the model tagged an organisation of its own is
            # the person's (their name's canonical drops it), never a body that speaks
            out[-1] = Span(ent.doc, prev.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return [without_dangling_word(e) for e in out]


def without_dangling_word(ent: Span) -> Span:
    """spk25b: "the Vaccine Education Center at" (the model stopped before the hospital's name): a preposition
    or joining word in lower case cannot end a name, so it is no part of the mention."""
    end = ent.end
    while end - ent.start > 1 and ent.doc[end - 1].is_lower and ent.doc[end - 1].pos_ in {"ADP", "CCONJ"}:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


_ORG_JOINERS = frozenset({"and", "of", "for", "&"})


def _joined_at_given_name(ents: list[Span]) -> list[Span]:
    """A given name the lexicon knows, capitalised and in no entity right before an entity, opens a person's
    name: spk22b, "Per Holm, a retired engineer, said" (the model read "Per" as a word, not a proper noun,
    and tagged "Holm" a person); lead24, "Neighbour Pauline Rigby, 67, said" (a proper noun the model left
    out, before a one-word place or organisation that is the surname), unless the given name is itself a
    place the gazetteer knows ("Austin Texas")."""
    cues = load_reporting_verbs(LEXICON_DIR)
    places = load_gazetteer(LEXICON_DIR)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        given = (
            before is not None and before.i not in taken and before.is_title and cues.given_name(before.text)
        )
        misread = ent.label_ == "PERSON" and before is not None and before.pos_ != "PROPN"
        surname = (
            ent.label_ in {"GPE", "LOC", "ORG"}
            and len(ent) == 1
            and ent[0].is_title
            and before is not None
            and before.pos_ == "PROPN"
            and before.text not in places
        )
        if given and before is not None and (misread or surname):
            out.append(Span(ent.doc, before.i, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _with_possessor(ents: list[Span]) -> list[Span]:
    """An organisation named for someone in the possessive ("The Alzheimer's Society", "Children's
    Hospital"): the model may tag the part after "'s" alone; a capitalised word before it that is no entity
    of its own is part of the name when the rest ends in a word organisations are named with (society,
    trust, hospital: ``organisation_kinds``), not a team or a plan ("Lula's Workers Party", "Brown's
    Budget" are someone's)."""
    cues = load_reporting_verbs(LEXICON_DIR)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        doc, i = ent.doc, ent.start
        owner = doc[i - 2] if i >= 2 else None
        if (
            ent.label_ == "ORG"
            and owner is not None
            and doc[i - 1].tag_ == "POS"
            and not owner.whitespace_
            and owner.is_title
            and owner.pos_ == "PROPN"
            and owner.i not in taken
            and cues.organisation_kind([ent[-1].lower_]) is not None
        ):
            out.append(Span(doc, owner.i, ent.end, label="ORG"))
        else:
            out.append(ent)
    return out


def _without_common_word(ent: Span, lower_words: frozenset[str]) -> Span:
    """A person's name without a sentence-opening common word the model took into it ("Winger Jo Li")."""
    if ent.label_ == "PERSON" and len(ent) >= 3 and capitalised_common_word(ent[0], lower_words):
        return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


def _without_family_title(ent: Span, family_titles: frozenset[str]) -> Span:
    """A person's name without what the family calls them ("Mum Kelly Hart", "Dad Steve"), as written at a
    sentence's start or after a word that is no noun ("said Mum Kelly"); after a noun ("striker Dad Prso")
    the word is a name."""
    first = ent[0]
    if ent.label_ != "PERSON" or len(ent) < 2 or first.lower_ not in family_titles or not ent[1].is_title:
        return ent
    if first.i > 0 and not first.is_sent_start and first.doc[first.i - 1].pos_ in {"NOUN", "PROPN"}:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _is_family_title(ent: Span, family_titles: frozenset[str]) -> bool:
    """ "Mum", "Dad" alone: what a family calls someone, no name (and no speaker of its own)."""
    return len(ent) == 1 and ent[0].lower_ in family_titles


_OPENING_MARKS = frozenset("\"“‘`'")


def _is_opening_modifier(ent: Span) -> bool:
    """'"Digital tickets are the future"': an adjective or adverb the model tagged a name only because it
    opens a sentence or a quotation in capitals; the tagger reads it as no proper noun. A nationality
    (NORP: "Israeli") is an adjective that is an entity."""
    token = ent[0]
    if len(ent) != 1 or ent.label_ in {"NORP", "LANGUAGE"} or token.tag_ not in {"JJ", "RB"}:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.is_sent_start is True or before is None or before.text[-1:] in _OPENING_MARKS


def _without_score(ent: Span) -> Span:
    """A name without the score the model ran it into ("Canadiens 4-2" in "beat the Montreal Canadiens
    4-2"): a digit, a hyphen and a digit ending the span after a word."""
    doc, end = ent.doc, ent.end
    while end - ent.start >= 4 and doc[end - 1].is_digit and doc[end - 2].text in {"-", "–"}:
        end -= 2
    if end == ent.end or not doc[end - 1].is_digit or doc[end - 2].is_digit:
        return ent
    return Span(doc, ent.start, end - 1, label=ent.label)


def _without_open_bracket(ent: Span) -> Span:
    """A name without a bracket the model took in and never closed ("The Institute of Marine Science (IMS"
    before ") said"): the bracket opens the acronym defined after the name, no part of it."""
    opening = [t.i for t in ent if t.text == "("]
    if opening and not any(t.text == ")" for t in ent[opening[0] - ent.start :]) and opening[0] > ent.start:
        return Span(ent.doc, ent.start, opening[0], label=ent.label_)
    return ent


# "Garcia v. Holt": the parties of a legal case. Lower case only ("Muhammad V" is a king), and not "vs.",
# which compares ("SkyTrain vs. Evergreen Line") as often as it names a case.
CASE_MARKS = frozenset({"v.", "v"})


def _case_name(ent: Span) -> str | None:
    """The case name ("Garcia v. Holt") an entity is or is a party of, or None: a mark of a case between two
    capitalised names, inside the entity or right beside it (the model often tags each party on its own)."""
    doc = ent.doc
    start, end = ent.start, ent.end

    def named(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN"

    if not any(t.text in CASE_MARKS and named(t.i - 1) and named(t.i + 1) for t in ent[1:-1]):
        if end < len(doc) and doc[end].text in CASE_MARKS and named(end - 1) and named(end + 1):
            end += 1
            while named(end):
                end += 1
        elif start >= 2 and doc[start - 1].text in CASE_MARKS and named(start) and named(start - 2):
            start -= 1
            while named(start - 1):
                start -= 1
        else:
            return None
    return doc[start:end].text


def _tokens_in(found: Iterable[tuple[int, int, str, str]]) -> set[int]:
    """The token indices the found mentions (start, end, label, name) cover."""
    return {i for s, e, _, _ in found for i in range(s, e)}
