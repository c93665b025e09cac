"""Titles before names: courtesy titles ("Mr", "Dr") that name no role, offices that do, and how a titled
mention matches a full name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from config.settings import LEXICON_DIR
from tasks.components import company_suffixes, postnominals
from tasks.cues import ReportingVerbs, load_reporting_verbs

# Courtesy titles given only to people ("Mr Hughes"): a name after one is a person's, whatever its tag.
SPEAKING_COURTESY_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."})


# Titles that say a man or a woman (the speaker passes' learn_genders reads them too).
GENDERED_TITLES = {"mr.": "Masc", "mr": "Masc", "mrs.": "Fem", "mrs": "Fem", "ms.": "Fem", "ms": "Fem"}


# lead24: a courtesy title before a surname tells which full name it may take; "Miss" and "Mister" too.
_COURTESY_GENDERS = {**GENDERED_TITLES, "miss": "Fem", "mister": "Masc"}


# Titles that name no role, so they cannot tell namesakes apart ("Mr. Biden"): such a mention is matched as if
# it had no title.
COURTESY_TITLES = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "mx.",
        "sir",
        "dame",
        "dr",
        "dr.",
        "then",
        "u.s.",
        "us",
    }
)


def _is_role_in_capitals(ent: Span) -> bool:
    """ "the three-time MVP", "the CEO": a person's role written in capitals is no name (the speaker passes
    read it as a description)."""
    cues = load_reporting_verbs(LEXICON_DIR)
    word = ent[-1]
    return (
        len(ent) <= 2
        and word.is_upper
        and word.lower_ in cues.role_nouns | cues.person_nouns
        and (len(ent) == 1 or ent[0].lower_ == "the")
    )


# Titles of British honours, said with the given name alone ("Sir Graham", "Dame Judi").
GIVEN_NAME_TITLES = frozenset({"sir", "dame"})


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the letters of ``acronym`` spell ``name``: the first letter of its first word (a leading "the"
    aside) first, the others in order ("CDC" and "Centers for Disease Control and Prevention", "ISIS" and
    "Islamic State"); not "AP" and "LONDON"."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    words = name.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    text = "".join(c.lower() for c in " ".join(words) if c.isalpha())
    if not letters or not text or text[0] != letters[0]:
        return False
    rest = iter(text[1:])
    return all(c in rest for c in letters[1:])


def _tokens_text(tokens: Sequence[Token]) -> str:
    """The document text from the first to the last token, keeping inner spacing and hyphens."""
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text


def _title_len(tokens: Sequence[Token], titles: frozenset[str], max_title: int) -> int:
    """Length in tokens of the longest title that ``tokens`` starts with (0 if none)."""
    for n in range(min(max_title, len(tokens)), 0, -1):
        if " ".join(t.lower_ for t in tokens[:n]) in titles:
            return n
    return 0


def _is_title_fragment(ent: Span, titles: frozenset[str], max_title: int) -> bool:
    """Whether a non-person entity is only the start of a title before a person's name."""
    if ent.label_ == "PERSON":
        return False
    doc = ent.doc
    # "Secretary of State Antony Blinken": the entity sits inside a title that a person's name follows.
    for lead in range(1, max_title):
        first = ent.start - lead
        after = ent.end
        if first < 0 or after >= len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[first:after])
        if phrase in titles and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    for extra in range(1, max_title):
        after = ent.end + extra
        if after >= len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[ent.start : after])
        if phrase in titles and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B":
            return True
    return False


def _is_title_alone(ent: Span, titles: frozenset[str]) -> bool:
    """spk28: "said Sgt. Dana Reyes" with "Sgt" tagged a person of its own and "Dana Reyes" another (the
    tokenizer split the title's full stop off): an entity that is a title alone ("sgt" or "sgt.") right
    before a person's name, no one of its own."""
    doc = ent.doc
    word = ent.text.lower()
    after = ent.end
    if after < len(doc) and doc[after].text == ".":
        word, after = word + ".", after + 1
    if word not in titles and word.rstrip(".") not in titles:
        return False
    return after < len(doc) and doc[after].ent_type_ == "PERSON" and doc[after].ent_iob_ == "B"


def _titled_name(ent: Span, titles: frozenset[str], max_title: int) -> str | None:
    """A person the model took for an organisation: "Hereditary Chief Na'moks" -> "Na'moks".

    A title must be followed, to the end of the entity, by proper nouns that are no title words themselves.
    An entity the model read with "the" in front ("the Premier League", "the US Open") or holding a
    possessive ("the Information Commissioner's Office") names a body or a thing, not a titled person.
    """
    if ent[0].lower_ == "the" or any(t.tag_ == "POS" for t in ent[1:-1]):
        return None
    tokens = [t for t in ent if t.tag_ != "POS"]
    title_words = {w for t in titles for w in t.split()}
    for k in range(len(tokens) - 1):
        n = _title_len(tokens[k:], titles, max_title)
        rest = tokens[k + n :]
        if n and rest and all(t.pos_ == "PROPN" and t.lower_ not in title_words for t in rest):
            return _tokens_text(rest)
    return None


def _title_of(ent: Span, titles: frozenset[str], max_title: int) -> str | None:
    """The title a person's mention carries, right before it or at its start ("vice president" for "Vice
    President Biden"), lower case; None without one."""
    doc = ent.doc
    title: str | None = None
    for n in range(min(max_title, ent.start), 0, -1):
        phrase = " ".join(t.lower_ for t in doc[ent.start - n : ent.start])
        if phrase in titles:
            title = phrase
            break
    tokens = list(ent)
    n = _title_len(tokens, titles, max_title)
    if title is None and 0 < n < len(tokens):
        title = " ".join(t.lower_ for t in tokens[:n])
    return None if title in COURTESY_TITLES else title


def _title_run(ent: Span, title: str, titles: frozenset[str]) -> str:
    """spk25b: the title before a name with the one-word titles written before it ("detective chief
    inspector" where the lexicon knows "inspector", "chief" and "detective"), lower case; a rank the
    article later writes as its initials ("DCI")."""
    doc = ent.doc
    words = title.split()
    start = ent.start - len(words)
    if start < 0 or " ".join(t.lower_ for t in doc[start : ent.start]) != title:
        return title
    while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in titles:
        start -= 1
        words.insert(0, doc[start].lower_)
    return " ".join(words)


def _same_title(a: str, b: str) -> bool:
    """Whether two titles name one role, abbreviations allowed: "sen." and "senator", not "vice president"
    and "president"."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        # spk25b: "DCI Whitfield" after "Detective Chief Inspector Laura Whitfield": a rank written as the
        # initials of its words
        initials, words = sorted((wa, wb), key=len)
        return (
            len(initials) == 1
            and initials[0].rstrip(".").isalpha()
            and initials[0].rstrip(".") == title_initials(words)
        )
    for x, y in zip(wa, wb, strict=True):
        x, y = x.rstrip("."), y.rstrip(".")
        short, long = sorted((x, y), key=len)
        if x != y and not _abbreviates(short, long):
            return False
    return True


def title_initials(words: Sequence[str]) -> str:
    """A title as its initials ("detective chief inspector" -> "dci"), the way an article may write it later:
    here (``_same_title``) a rank before a surname ("DCI Whitfield"), in ``tasks.quote_context`` a role
    ("the CFO said")."""
    return "".join(w[0] for w in words)


def _title_words(titles: frozenset[str]) -> frozenset[str]:
    """The one-word titles ("governor", "dr"), as written in lower case."""
    return frozenset(t for t in titles if " " not in t)


def _after_courtesy_title(ent: Span) -> bool:
    """Whether a name the model tagged otherwise follows a capitalised courtesy title ("Mr Hughes", "Ms.
    Carter"): only people are so addressed. The name must be proper nouns only, so "Mr Smith Goes to
    Washington" and the like are left as they are."""
    if ent.start == 0 or ent[0].lower_ == "the" or not _courtesy_title(ent.doc[ent.start - 1]):
        return False
    return len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)


def _courtesy_title(token: Token) -> bool:
    """A capitalised courtesy title given only to people ("Mr", "Ms."), not "mr" inside a handle."""
    return token.lower_ in SPEAKING_COURTESY_TITLES and token.text[:1].isupper()


def _base_name(ent: Span, titles: frozenset[str], max_title: int) -> str:
    """The mention without a leading article, leading titles or a trailing possessive."""
    tokens = list(ent)
    while tokens and tokens[-1].tag_ == "POS":
        tokens.pop()
    if tokens and (tokens[0].lower_ == "the" or tokens[0].text in {"a", "an"}) and len(tokens) > 1:
        tokens = tokens[1:]  # "a Sam Whitby header": the article is the header's, no part of the name
    if ent.label_ == "PERSON":
        while len(tokens) > 1:
            n = _title_len(tokens, titles, max_title)
            if n == 0 or n >= len(tokens):
                break
            tokens = tokens[n:]
        while len(tokens) > 2 and tokens[-1].text.rstrip(".") in postnominals():
            tokens.pop()  # "Mark Dennis KC": silk, honours and seats are no part of the name
    elif ent.label_ == "ORG":
        while len(tokens) > 1 and tokens[-1].text.rstrip(".") in company_suffixes():
            tokens.pop()  # "Apple Inc." is Apple, as the article names it next
            while len(tokens) > 1 and tokens[-1].text == ",":
                tokens.pop()
    return _tokens_text(tokens) or ent.text


def _titled_full_name(
    name: str, title: str, start: int, full: Sequence[tuple[int, str]], titles_given: Mapping[str, set[str]]
) -> str:
    """The earlier full name a titled surname ("Vice President Biden") stands for, else ``name`` itself.

    The nearest earlier full name given the same title; failing that, the one full name ending in ``name``
    if it was given no title at all. Never a later name: a titled mention introduces its person.
    """
    earlier = [(pos, cand) for pos, cand in full if pos < start and cand.split()[-1] == name]
    same = [m for m in earlier if any(_same_title(title, t) for t in titles_given.get(m[1], set()))]
    if same:
        return max(same)[1]
    distinct = {cand for _, cand in earlier}
    if len(distinct) == 1 and not titles_given.get(next(iter(distinct))):
        return distinct.pop()
    return name


def _honour_name(ent: Span, name: str, full: Sequence[tuple[int, str]]) -> str | None:
    """ "Sir Graham" after "Sir Graham Lowe": a British honour goes with the given name, so the mention is the
    one earlier full name that starts with it and was itself so titled; None otherwise."""
    if len(name.split()) != 1 or ent.start == 0 or ent.doc[ent.start - 1].lower_ not in GIVEN_NAME_TITLES:
        return None
    doc = ent.doc
    honoured = {
        cand
        for pos, cand in full
        if pos < ent.start
        and cand.split()[0] == name
        and pos > 0
        and doc[pos - 1].lower_ in GIVEN_NAME_TITLES
    }
    return honoured.pop() if len(honoured) == 1 else None


def _courtesy_gender(ent: Span) -> str | None:
    """ "Mr Morris" is a man, "Mrs", "Ms" or "Miss Morris" a woman: the courtesy title right before the
    mention or opening it; None without one."""
    doc = ent.doc
    for token in (doc[ent.start - 1] if ent.start > 0 else None, ent[0]):
        if token is not None and (gender := _COURTESY_GENDERS.get(token.lower_)) is not None:
            return gender
    return None


def _of_gender(
    full: list[tuple[int, str]],
    gender: str | None,
    cues: ReportingVerbs,
    told: Mapping[str, str] | None = None,
) -> list[tuple[int, str]]:
    """The full names a mention of ``gender`` may stand for: not one whose given name is only the other
    gender's ("Mrs Reed" is not Tom Reed), nor one the article brings in as a relative of the other gender
    (``told``: "her son Kieran" is not "Mrs Reed")."""
    if gender is None:
        return full
    own, other = (
        (cues.male_given_names, cues.female_given_names)
        if gender == "Masc"
        else (cues.female_given_names, cues.male_given_names)
    )
    told = told or {}
    return [
        (pos, n)
        for pos, n in full
        if not (n.split()[0] in other and n.split()[0] not in own)
        and told.get(n.split()[0], gender) == gender
    ]
