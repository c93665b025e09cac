"""The shape of a person's name: name words, full names, ages after a name, kin introduced by relation,
surnames shared in a family."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from tasks.cues import ReportingVerbs

MAX_AGE = 120


def _name_shaped(ent: Span) -> bool:
    """Two or three capitalised proper nouns, a hyphenated one counting once ("Adaeze Nwachukwu-Bello")."""
    return 2 <= _words_in(ent) <= 3 and all(
        (t.pos_ == "PROPN" and t.is_title and t.is_alpha) or _name_hyphen(ent.doc, t.i) for t in ent
    )


def _relative(ent: Span, name: str, surnames: Mapping[str, int]) -> bool:
    """Whether a name tagged ORG is a relative of a person named in full ("Valeria Alvarado" beside "Rosa
    Alvarado"): a given name and that surname, two capitalised words with nothing else in the mention."""
    words = name.split()
    return (
        len(words) == 2
        and len(ent) == 2
        and all(t.is_alpha and t.is_title for t in ent)
        and words[-1] in surnames
        and words[0] not in surnames
    )


def written_lower(doc: Doc) -> frozenset[str]:
    """The words the article writes in lower case somewhere: common words, whatever their case elsewhere."""
    return frozenset(t.text for t in doc if t.is_alpha and t.text.islower())


def capitalised_common_word(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether ``token`` is a common word capitalised only because it opens its sentence ("Winger Jo Li had
    scored", with "the winger" elsewhere in the article): the article writes it in lower case elsewhere."""
    return bool(token.is_sent_start) and token.is_title and token.lower_ in lower_words


def _is_age(ent: Span) -> bool:
    """A bare number tagged DATE right after ``Name,`` ("Muhanad Ahmad Qishta, 29")."""
    if ent.label_ != "DATE" or len(ent) != 1 or not ent[0].is_digit or ent.start < 2:
        return False
    doc = ent.doc
    return (
        int(ent[0].text) <= MAX_AGE
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].ent_type_ == "PERSON"
    )


def _name_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _words_in(run: Span) -> int:
    """Words of a name as written: "Babatunde Sanwo-Olu" is two."""
    return len(run.text.split())


def _bare_name_word(token: Token, taken: set[int]) -> bool:
    return token.i not in taken and token.pos_ == "PROPN" and token.is_title and token.is_alpha


def _given_an_age(ent: Span) -> bool:
    """A name of two or more capitalised words followed by an age between commas ("Callum Price, 24,")."""
    return len(ent) >= 2 and _followed_by_age(ent)


def _given_name_aged(ent: Span, cues: ReportingVerbs) -> bool:
    """A lone given name the lexicon knows followed by an age between commas ("Marcus, 19,")."""
    return len(ent) == 1 and cues.given_name(ent.text) and _followed_by_age(ent)


def _given_named_relative(ent: Span, cues: ReportingVerbs) -> bool:
    """A lone given name the lexicon knows set off right after a word for a relative ("her husband, Jorge,"):
    only a person is someone's husband."""
    doc = ent.doc
    if len(ent) != 1 or not cues.given_name(ent.text) or ent.start < 2 or doc[ent.start - 1].text != ",":
        return False
    kin = doc[ent.start - 2]
    return kin.pos_ == "NOUN" and kin.lemma_.lower() in cues.kin_nouns


def _followed_by_age(ent: Span) -> bool:
    """Capitalised words followed by an age between commas ("Delgado, 38,")."""
    doc, end = ent.doc, ent.end
    if not all(t.is_title for t in ent) or end + 2 >= len(doc):
        return False
    age = doc[end + 1]
    return doc[end].text == "," and age.is_digit and int(age.text) <= MAX_AGE and doc[end + 2].text == ","


def _surname_shaped(token: Token, lower_words: frozenset[str]) -> bool:
    """Whether a token may be a bare surname: a proper noun, or (r2s25c) a capitalised word the model took for
    a common noun at the head of its phrase ("Alves also praised Reed", opening a sentence) that the article
    never writes in lower case."""
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "NOUN"
        and token.is_title
        and token.dep_ not in {"compound", "amod"}
        and token.text not in lower_words
        and token.lower_ not in lower_words
    )


def _capitalised_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def name_word(word: str) -> bool:
    """A word of a person's name as written: capitalised letters, inner hyphens and apostrophes allowed."""
    return word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def is_clean_full_name(name: str) -> bool:
    """Two or three name words ("Caleb Jones"), not the model's junk ("Weak - Rubio")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(name_word(w) for w in words)


def _first_name_of(name: str, start: int, full: Sequence[tuple[int, str]]) -> str:
    """ "Kieran Doyle scored ... 'Kieran has waited for his chance'": a lone first name is the one person
    named before with it, when no one else named in the article has it as a first name; else itself."""
    if " " in name:
        return name
    named = {cand for pos, cand in full if cand.split()[0] == name}
    earlier = {cand for pos, cand in full if pos < start and cand.split()[0] == name}
    return earlier.pop() if len(named) == 1 and len(earlier) == 1 else name


def introduced_as_kin(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """Whether a person is brought in as someone's relative: "her son, Daniel Okafor", "his widow Ada"."""
    return kin_noun(ent, kin_nouns) is not None


def kin_noun(ent: Span, kin_nouns: frozenset[str]) -> Token | None:
    """The noun that brings a person in as someone's relative ("son" in "her son, Daniel Okafor"), if any."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in kin_nouns:
        return root.head
    # spk29c: "Luis Reyes, her father, said": the relation set after the name, owned ("her", "Nadia's")
    for child in root.children:
        if (
            child.dep_ == "appos"
            and child.i > root.i
            and child.pos_ == "NOUN"
            and child.lemma_.lower() in kin_nouns
            and any(c.dep_ == "poss" for c in child.children)
        ):
            return child
    k = ent.start - 1
    while k >= 0 and ent.doc[k].text == ",":
        k -= 1
    if k >= 0 and ent.doc[k].lemma_.lower() in kin_nouns and ent.doc[k].pos_ == "NOUN":
        return ent.doc[k]
    return None


def kin_of_a_namesake(ent: Span, kin_nouns: frozenset[str]) -> bool:
    """spk30: whether a relative is brought in as the relative of someone of their own surname, so a bare
    surname later is that someone's, not the relative's: "Maria Ortega ... Her father, Luis Ortega," (the
    surname written before the relative is named, in any span: "Pianist Elena Varga", tagged ORG) or a
    possessive pronoun with no proper noun but a place or date before it ("For 40 years, her father, Luis
    Ortega, ran the shop": the profile's subject is in the headline). "Ana Lopez runs a shop. Her husband,
    John Smith," is John Smith's surname alone."""
    noun = kin_noun(ent, kin_nouns)
    if noun is None:
        return False
    doc = ent.doc
    surname = ent[-1].text
    first = min(noun.left_edge.i, ent.start)
    if any(t.text == surname for t in doc[:first]):
        return True
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return (
        owner is not None
        and owner.pos_ == "PRON"
        and not any(t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_OR_TIME for t in doc[:first])
    )


# spk30: entity labels of proper nouns that name no one who may own a "her father" (a dateline, a date)
_PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _relative_in_focus(
    ent: Span,
    name: str,
    spans: Sequence[Span],
    names: Sequence[str],
    labels: Sequence[str],
    kin: frozenset[str],
    cues: ReportingVerbs,
) -> str | None:
    """spk30: 'Luis Ortega, now 70, still drops in. "We had nothing," Ortega said.': a bare surname in the
    paragraph of a relative (``kin``) of that surname, the sentence after (or the one) whose main clause
    has the relative as its subject, with no other mention of the surname between, is the relative: the
    paragraph is about them. Not when someone else of that surname opens the paragraph, nor when the
    relative's verb is past and the surname's present ("ran a garage. Reyes says"), nor a relative the
    sentence says died ("Martin Frost died in 2015. Frost said he would have been proud": ``death_verbs``)."""
    doc = ent.doc
    if " " in name:
        return None
    before = [
        (s, n)
        for s, n, label in zip(spans, names, labels, strict=True)
        if label == "PERSON" and s.end <= ent.start and n.split()[-1] == name
    ]
    if not before:
        return None
    span, relative = max(before, key=lambda pair: pair[0].start)
    if relative not in kin or "\n" in doc.text[span.start_char : ent.start_char]:
        return None
    subject = span.root.head if span.root.dep_ == "appos" else span.root
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT":
        return None
    if verb.lemma_.lower() in cues.death_verbs:
        return None
    paragraph = doc.text.rfind("\n", 0, span.start_char) + 1
    if any(
        paragraph <= s.start_char < span.start_char and n != relative
        for s, n in before  # "Dr. Nadia Reyes has kept the clinic open. Luis Reyes, her father, ...": hers
    ):
        return None
    own = ent.root.head if ent.root.dep_ in ("nsubj", "nsubjpass") else None
    if verb.tag_ == "VBD" and own is not None and own.tag_ in ("VBZ", "VBP"):
        return None  # "Luis Reyes ran a garage. Reyes says ...": his past is background for a present voice
    starts = [t for t in doc[span.start + 1 : ent.start + 1] if t.is_sent_start]
    return relative if len(starts) <= 1 else None


def kin_gender(ent: Span, cues: ReportingVerbs) -> str | None:
    """r2s25a: the gender the noun that brings a person in as a relative tells ("her son Kieran": "Masc")."""
    noun = kin_noun(ent, cues.kin_nouns)
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    return "Masc" if lemma in cues.male_nouns else "Fem" if lemma in cues.female_nouns else None


def _younger_or_elder(
    ent: Span,
    name: str,
    spans: Sequence[Span],
    full: Sequence[tuple[int, str]],
    cues: ReportingVerbs,
    aged: Mapping[str, int] | None = None,
) -> str | None:
    """lead25: "the younger Okonjo", "the elder Okonjo" with two of that surname named before: the one whose
    age says so (given beside the full name, or beside a bare surname already read as that person's:
    ``aged``, spk30b), else the one introduced as the other's son or daughter (or father or mother)."""
    doc = ent.doc
    if " " in name or ent.start < 2 or not elder_or_younger(ent):
        return None
    younger = doc[ent.start - 1].lower_ == "younger"
    named = [
        s for s in spans if s.end <= ent.start and len(s.text.split()) > 1 and s.text.split()[-1] == name
    ]
    people = {s.text for s in named}
    if len(people) != 2:
        return None
    ages = {p: a for p, a in (aged or {}).items() if p in people}
    ages |= {s.text: int(doc[s.end + 1].text) for s in named if _followed_by_age(s)}
    if len(ages) == 2:
        order = sorted(ages, key=ages.__getitem__)
        return order[0] if younger else order[1]
    kin = {s.text: doc[s.root.head.i if s.root.dep_ == "appos" else s.start - 1].lower_ for s in named}
    kin = {
        p: n
        for p, n in kin.items()
        if introduced_as_kin(next(s for s in named if s.text == p), cues.kin_nouns)
    }
    if len(kin) != 1:
        return None
    ((relative, noun),) = kin.items()
    (other,) = people - {relative}
    kind = cues.kin_kind(noun)
    generation = 0 if kind is None else kind.generation
    if generation < 0:
        return relative if younger else other
    if generation > 0:
        return other if younger else relative
    return None


def elder_or_younger(ent: Span) -> bool:
    """Whether a mention is "the elder/older/younger X": which of two namesakes it is, its age tells."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("younger", "elder", "older")


def _aged(spans: Sequence[Span], canon: Sequence[str]) -> dict[str, int]:
    """spk30b: full names given an age beside a bare surname read as theirs ("Berg, 29," read as Lena
    Berg): name -> age."""
    return {
        c: int(s.doc[s.end + 1].text)
        for s, c in zip(spans, canon, strict=True)
        if " " not in s.text and c != s.text and _followed_by_age(s)
    }


def story_subject(ent: Span, name: str, people: Sequence[tuple[int, str]]) -> str | None:
    """spk30b: a bare surname that two or more people named in full share, none brought in as another's
    relative ("Lena Berg was nine when she first skated ... said Anders Berg, 61, ... Berg said"): the
    story's subject, whose full name is the first person's name in the article, a subject in its opening
    paragraph ("the brother of Simon Cowell" is not), every other namesake named first in a later
    paragraph; not in a paragraph that names another of them before the mention (there the surname stays
    as written). ``people``: (offset, canonical name) of the
    person mentions before ``ent``, in order. None when the article has no such subject."""
    doc = ent.doc
    if " " in name or elder_or_younger(ent):
        return None
    full = [(i, c) for i, c in people if len(c.split()) > 1 and is_clean_full_name(c)]
    namesakes = {c for _, c in full if c.split()[-1] == name}
    if len(namesakes) < 2 or not full:
        return None
    first_at, subject = full[0]
    lede_end = doc.text.find("\n", first_at)
    if subject not in namesakes or lede_end < 0 or lede_end > ent.start_char:
        return None
    head = doc.char_span(first_at, first_at + 1, alignment_mode="expand")
    word = head.root if head is not None else None
    while word is not None and word.dep_ in ("compound", "flat") and word.head.i != word.i:
        word = word.head
    if word is None or word.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "the help of the brother of Simon Cowell": the lede is not about him
    if any(i < lede_end for i, c in full if c in namesakes - {subject}):
        return None  # "Hunter Biden met Jill Biden": named together, either
    paragraph = doc.text.rfind("\n", 0, ent.start_char) + 1
    if any(paragraph <= i and c in namesakes - {subject} for i, c in people):
        return None  # the other namesake's paragraph
    return subject


def _shared_surname(ent: Span, nxt: Span, name: str, next_name: str, cues: ReportingVerbs) -> str | None:
    """lead24: "Peter and Janet Morris", "Ann and Tom Reed": a lone given name joined by "and" to a given name
    and a surname shares that surname (a couple, siblings), so "Mr Morris" later can be told from his wife."""
    doc = ent.doc
    if " " in name or not cues.given_name(name) or nxt.start != ent.end + 1 or doc[ent.end].lower_ != "and":
        return None
    words = next_name.split()
    return words[1] if len(words) == 2 and cues.given_name(words[0]) else None


def _full_name(
    name: str,
    start: int,
    full: Sequence[tuple[int, str]],
    kin: frozenset[str] = frozenset(),
    namesakes_kin: frozenset[str] = frozenset(),
) -> str:
    """The longer PERSON name this one abbreviates, nearest earlier first; else a first name's full name
    (:func:`_first_name_of`) or ``name`` itself. With several earlier full names of that surname, the one
    not brought in as another's relative ("her son, Daniel Okafor") when there is exactly one; never only a
    relative of someone of that surname (``namesakes_kin``, :func:`kin_of_a_namesake`): the bare surname is
    then the person the story is about, whose full name the model missed, and stays as written."""
    words = name.split()
    # "Van Aalst said" opening a sentence is "Pieter van Aalst": a particle's case is the sentence's
    folded = [w.casefold() for w in words]
    matches = [
        (pos, cand)
        for pos, cand in full
        if cand != name
        and len(cand.split()) > len(words)
        and [w.casefold() for w in cand.split()[-len(words) :]] == folded
    ]
    if not matches:
        return _first_name_of(name, start, full)
    earlier = [m for m in matches if m[0] < start]
    clean = {cand for _, cand in earlier if is_clean_full_name(cand)}
    if len(clean) > 1:
        # "Hunter Biden ... Jill Biden ... Biden said": either; the name as written, not the nearest guess
        principal = clean - kin
        return principal.pop() if len(principal) == 1 else name
    if earlier and {cand for _, cand in earlier} <= namesakes_kin:
        return name  # spk30: "For 40 years, her father, Luis Ortega, ran the shop. ... Ortega said": not him
    if earlier:
        return max(earlier)[1]
    # spk26a: "Moreno said ... Moreno's coach and father, Javier Moreno": a later name brought in as a
    # relative is someone else of that surname, never the one the bare surname already spoke for
    distinct = {cand for _, cand in matches if cand not in kin}
    return distinct.pop() if len(distinct) == 1 else name
