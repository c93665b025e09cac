"""Person, organisation or work: the label a mention gets when the model's is wrong (a company that acts as
one, a name described as a person, a work by its noun)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span

from config.settings import LEXICON_DIR
from tasks.cues import ReportingVerbs, load_reporting_verbs
from tasks.entities.names import _bare_name_word, _name_shaped
from tasks.entities.places import _place_nouns

NUMERIC_LABELS = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


# Words for someone's trade or standing a company may have too ("investor Berkshire Hathaway"): before a
# name the model tagged as an organisation they say nothing of a person (spk22b).
FIRMS_TOO = frozenset(
    {
        "investor",
        "owner",
        "partner",
        "contractor",
        "shareholder",
        "member",
        "source",
        "leader",
        "founder",
        # spk27a: "Organiser Mean Fiddler said" is the festival's promoter, a company
        "organiser",
        "organizer",
        "promoter",
        "sponsor",
    }
)


PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})


def _names_ending_in_s(spans: Sequence[Span], labels: Sequence[str], canon: Sequence[str]) -> dict[str, str]:
    """spk25b: "Sainsbury's said", "shares in Macy's rose": an organisation's "'s" that owns no noun after it
    (a verb or punctuation follows) is part of its name, so every mention of the organisation takes the name
    with it ("Sainsbury's chief executive" too), never "Sainsbury"."""
    out: dict[str, str] = {}
    for ent, label, name in zip(spans, labels, canon, strict=True):
        doc = ent.doc
        last = ent[-1] if ent[-1].tag_ == "POS" else (doc[ent.end] if ent.end < len(doc) else None)
        if label != "ORG" or last is None or last.tag_ != "POS" or name.endswith(("'s", "’s")):
            continue
        after = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if after is None or after.pos_ in {"VERB", "AUX", "PUNCT"}:
            out[name] = name + last.text
    return out


# A place or a time is its own name, not a company's short form ("Alaska" beside "Alaska Airlines").
_NOT_SHORT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "LAW", "EVENT"})


def _employer_of_a_role(ent: Span, job_nouns: frozenset[str]) -> bool:
    """Whether a name is where someone of a trade works: "analysts at Peel Hunt" (a person's name is never
    that). "With" counts only for a name that does not open with a given name ("a lawyer with Jo Li" is
    company, not employment)."""
    root = ent.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("at", "with") or prep.i > ent.start:
        return False
    if prep.lower_ == "with" and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in job_nouns and noun.i < prep.i


_SHARE_NOUNS = frozenset({"share", "stock"})


def _acts_as_a_company(ent: Span) -> bool:
    """Whether a one-word name the model tagged as a person acts as a company: the subject of a verb whose
    object is "its" own ("Lumora on Tuesday unveiled its first phone", "Vexo cut its forecast"; a person's
    would be "his" or "her"), or whose shares are traded ("Shares of Lumora rose")."""
    if len(ent) != 1:
        return False
    tok = ent[0]
    shares = tok.head.head.lemma_.lower() in _SHARE_NOUNS
    if tok.dep_ == "pobj" and tok.head.lower_ in {"of", "in"} and shares:
        return True
    if tok.dep_ != "nsubj":
        return False
    objects = (c for c in tok.head.children if c.dep_ in {"dobj", "attr"})
    return any(g.dep_ == "poss" and g.lower_ == "its" for o in objects for g in o.children)


def _described_as_a_person(ent: Span, job_nouns: frozenset[str]) -> bool:
    """Whether a name tagged as an organisation stands beside a person's job: "Jo Li, the agency's director
    of enforcement", "the agency's director, Jo Li". Only a name of two or three proper nouns (the shape of
    a person's name) and a noun of a person's trade; a company is "the lender", never "the director"."""
    if not 2 <= len(ent) <= 3 or not all(t.pos_ == "PROPN" for t in ent):
        return False
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ == "appos" and root.head.i < root.i:
        beside.append(root.head)
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in job_nouns for t in beside):
        return True
    # spk25a: "The head of the county's housing charity, Marcus Bell,": a noun that heads an "of" phrase is
    # a post in that body, when the name opens with a given name the lexicon knows (a firm is no "head of")
    if any(
        t.pos_ == "NOUN" and t.tag_ == "NN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        for t in beside
    ) and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text):
        return True
    # "Fire information officer Marcus Delorme said": a job in front, and a given name the lexicon knows;
    # spk22b: or, for a name the lexicon does not know ("farmer Caedmon Ashgrove"), a job no firm holds
    # ("investor Berkshire Hathaway", "its partner Hyundai Motor" are companies)
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.is_lower
        and before.lemma_.lower() in job_nouns
        and before.head.i in range(ent.start, ent.end)
        and (
            load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text)
            or (before.lemma_.lower() not in FIRMS_TOO and all(t.is_title and t.is_alpha for t in ent))
        )
    )


def _people_before_who(ents: list[Span], places: Mapping[str, str]) -> list[Span]:
    """spk22b: "Adaeze Nwachukwu-Bello, who runs a hair salon, said": a name tagged as an organisation (or
    part of it: a given name the model left out before it is taken in) with a relative "who" after its
    comma is a person's; a company is "which". Only a name of a person's shape (:func:`_name_shaped`).
    spk27a: a name of that shape the model tagged a place, a nationality or a work ("Paris Hendry, who
    ...") too, unless the gazetteer knows it as a place."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for ent in ents:
        doc, start = ent.doc, ent.start
        while (
            start > 0
            and _bare_name_word(doc[start - 1], taken)
            and doc[start - 1].head.i in range(start, ent.end)
        ):
            start -= 1
        name = Span(doc, start, ent.end, label="PERSON")
        if (
            (ent.label_ == "ORG" or (ent.label_ in MISTYPED_NAME_LABELS and ent.text not in places))
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == ","
            and doc[ent.end + 1].lower_ == "who"
            and _name_shaped(name)
        ):
            out.append(name)
        else:
            out.append(ent)
    return out


# spk27a: labels the small model gives a person's name that is also a place's, a people's or a title's
# ("Georgia", "Amara Nile" GPE; "English" NORP); the structure around the name may still say a person.
MISTYPED_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "EVENT"})


def _titled_run(ent: Span, titles: frozenset[str]) -> bool:
    """spk27a: "Goalkeeper Sione Tuilagi", "Coach Austin Pryce" tagged an organisation or a place: a title or
    a trade, capitalised, opens a mention whose other words are a person's name (two or three proper
    nouns); "Judge Business School" has no such name after it only when its words are all names, so the
    name must not end in a word for an organisation's kind."""
    doc = ent.doc
    if len(ent) >= 3 and ent[0].is_title and ent[0].lower_ in titles:
        name = ent[1:]
    elif (
        ent.start > 0
        and doc[ent.start - 1].is_title
        and doc[ent.start - 1].lower_ in titles
        and load_reporting_verbs(LEXICON_DIR).given_name(ent[0].text)
    ):
        # "Singer Florence Iceland said": the model left the trade out; only a given name the lexicon
        # knows after it ("Judge Business School" is a school's name)
        name = ent[:]
    else:
        return False
    cues = load_reporting_verbs(LEXICON_DIR)
    kinds = {w.lower() for _, _, words in cues.organisation_kinds for w in words}
    return (
        _name_shaped(name)
        and name[-1].text not in cues.company_name_ends
        and name[-1].lower_ not in kinds | cues.organisation_nouns | _place_nouns(LEXICON_DIR)
    )


def _owner_of_kin(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """spk27a: "Georgia Ames's husband said": a name (capitalised proper nouns, at most three) that owns a
    word for a relative is a person's; "Volvo's parent company" (the relative word before a noun) and
    "Israel's mother of all battles" (an "of" after it) are not."""
    doc = ent.doc
    words = ent[:-1] if ent[-1].tag_ == "POS" else ent[:]
    pos = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end
    if not (1 <= len(words) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in words)):
        return False
    if pos >= len(doc) - 1 or doc[pos].tag_ != "POS":
        return False
    kin = doc[pos + 1]
    after = doc[kin.i + 1] if kin.i + 1 < len(doc) else None
    return (
        kin.pos_ == "NOUN"
        and kin.lemma_.lower() in kin_nouns
        and kin.dep_ != "compound"
        and (after is None or (after.lower_ != "of" and after.pos_ not in ("NOUN", "PROPN")))
    )


def _speaks_as_a_person(ent: Span, speech_verbs: frozenset[str]) -> bool:
    """spk27a: a person's name the model tagged otherwise ("Amara Nile" GPE) whose surname alone is the
    subject of a speech verb elsewhere in the article ("Nile said"), or that is itself the subject of a speech
    verb followed by "he" or "she" ("Amara Nile said she would ..."): a place or a company speaks as "it".
    Only two or three capitalised proper nouns, the shape of a full name."""
    if not _name_shaped(ent):
        return False
    doc, root = ent.doc, ent.root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in speech_verbs:
        after = doc[root.head.i + 1 : min(root.head.i + 3, len(doc))]
        if any(t.lower_ in {"he", "she"} and t.dep_ in ("nsubj", "nsubjpass") for t in after):
            return True
    surname = ent[-1].text
    if any(t.text == surname and t.dep_ == "nsubj" and t.head.tag_ == "VBP" for t in doc):
        return False  # "Sociedad say they will pay": a team or a body takes a plural verb, a person never
    return any(
        t.text == surname
        and not (ent.start <= t.i < ent.end)
        and t.dep_ == "nsubj"
        and t.head.lemma_.lower() in speech_verbs
        and not (t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN")  # "Lake Nile said"
        for t in doc
    )


def _one_name_described(ent: Span, job_nouns: frozenset[str], cues: ReportingVerbs) -> bool:
    """spk27a: "Chelsea, a nurse at the hospital, said": one word the model tagged otherwise, a given name
    the lexicon knows, set off by a comma before a person's trade in apposition with an article ("a", "the",
    "its"); a club or a country is "the London club", "a key ally", which are no trades of a person
    (:data:`FIRMS_TOO`, organisation nouns)."""
    if len(ent) != 1 or not ent[0].is_title or not cues.given_name(ent.text):
        return False
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return False
    noun = next((t for t in ent[0].children if t.dep_ == "appos" and t.i > ent.end), None)
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in job_nouns - FIRMS_TOO - cues.organisation_nouns
        and any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _named_after_organisation_noun(ent: Span, organisation_nouns: frozenset[str]) -> bool:
    """Whether a name stands right after a word for an organisation whose name it is ("the housing charity
    Shelter Homes", "the airline Skyrail"): the parse sets it beside that noun."""
    head = ent.root.head
    return (
        ent.root.dep_ in ("appos", "compound")
        and head.i == ent.start - 1
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in organisation_nouns
    )


def _named_as_a_work(ent: Span, work_nouns: frozenset[str]) -> bool:
    """Whether a name stands in apposition with a noun for a made thing ("Moonrise, the fantasy blockbuster
    that made her famous", "the film Moonrise", "the album Lantern"): the thing's title, no person. Only a
    singular noun: "Jo Li, the film's director" sets "director" beside the name, not "film"."""
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if root.dep_ in ("appos", "compound") and root.head.i < ent.start:
        beside.append(root.head)
    return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in work_nouns for t in beside)


def _short_for(
    k: int, names: Sequence[str], labels: Sequence[str], canon: Sequence[str], org_words: frozenset[str]
) -> str | None:
    """The one organisation named before whose name is this name and then only words for its kind
    ("Harbour Street Bank", "Wells Fargo & Co"): its canonical name."""
    short = names[k]
    found = {
        canon[j]
        for j in range(k)
        if labels[j] == "ORG"
        and names[j].startswith(short + " ")
        and all(w.lower().strip(".") in org_words or w == "&" for w in names[j][len(short) + 1 :].split())
    }
    return found.pop() if len(found) == 1 else None


# Labels the small model gives a bare surname of a person named in full ("Calandra, asked ..., said" GPE).
SURNAME_MISTAGS = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _named_as(words: str | None, names: Sequence[str], labels: Sequence[str]) -> str | None:
    """The organisation's name as the article gives it, when the words an acronym spells end it ("FDA" is
    "U.S. Food and Drug Administration", the name it was introduced with, not two organisations)."""
    if words is None:
        return None
    longer = {n for n, label in zip(names, labels, strict=True) if label == "ORG" and n.endswith(" " + words)}
    return longer.pop() if len(longer) == 1 else words


def _person_context(ent: Span, titles: frozenset[str], person_words: set[str], name: str) -> bool:
    """Whether a PERSON mention reads as a person: a title before it, part of a person's name, "X said he"."""
    doc = ent.doc
    if name in person_words:
        return True
    root = ent.root
    # "the former Norwich striker": a title before a name that only modifies the noun after it is that
    # noun's ("former striker"), no title of the name's
    modifier = root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ == "NOUN"
    if ent.start > 0 and doc[ent.start - 1].lower_ in titles and not modifier:
        return True
    if root.dep_ in {"nsubj", "nsubjpass"}:
        verb = root.head
        if any(t.lower_ in PERSON_PRONOUNS for t in doc[ent.end : min(ent.end + 4, len(doc))]):
            return True
        if verb.lemma_.lower() in {"say", "tell", "add", "explain", "insist", "warn"}:
            return True
    return False
