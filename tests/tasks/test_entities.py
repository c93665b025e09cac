"""Entities: canonical names across the article, title stripping, label repair, acronyms."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from config.settings import LEXICON_DIR
from tasks.entities import NUMERIC_LABELS, acronyms, entities, load_gazetteer
from tasks.models import Entity

TITLES = frozenset({"prime minister", "president", "doctor", "defense minister"})


def _doc(nlp: Language, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    """A hand-built Doc whose entities are exactly ``ents`` (no model guesswork)."""
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def _at(ents: list[Entity], text: str, after: int = 0) -> Entity:
    return next(e for e in ents if e.text == text and e.start >= after)


@pytest.fixture(scope="module")
def seed_ents(seed_doc: Doc) -> list[Entity]:
    return entities(seed_doc)


def test_offsets_match_the_text(seed_doc: Doc, seed_ents: list[Entity]) -> None:
    assert seed_ents == sorted(seed_ents, key=lambda e: e.start)
    for ent in seed_ents:
        assert seed_doc.text[ent.start : ent.end] == ent.text


def test_later_surname_takes_the_full_name(seed_doc: Doc, seed_ents: list[Entity]) -> None:
    first = seed_doc.text.index("Benjamin Netanyahu")
    later = [e for e in seed_ents if e.text == "Netanyahu"]
    assert len(later) == 2
    assert all(e.start > first and e.canonical == "Benjamin Netanyahu" for e in later)
    assert _at(seed_ents, "Benjamin Netanyahu").canonical == "Benjamin Netanyahu"


def test_article_is_dropped_from_canonical(seed_ents: list[Entity]) -> None:
    ent = _at(seed_ents, "the Kerem Shalom")
    assert ent.canonical == "Kerem Shalom"
    # "Kerem Shalom" was tagged PERSON once; a name that takes "the" is not a person.
    assert {e.label for e in seed_ents if e.canonical == "Kerem Shalom"} == {"ORG"}


def test_place_tagged_person_is_repaired(seed_ents: list[Entity]) -> None:
    rafah = [e for e in seed_ents if e.canonical == "Rafah"]
    assert len(rafah) >= 6
    assert {e.label for e in rafah} == {"GPE"}


def test_numbers_ages_and_title_fragments_are_left_out(seed_ents: list[Entity]) -> None:
    assert not {e.label for e in seed_ents} & NUMERIC_LABELS
    assert "29" not in {e.text for e in seed_ents}
    assert "Defense" not in {e.text for e in seed_ents}  # "Defense Minister Yoav Gallant"
    assert _at(seed_ents, "Yoav Gallant").label == "PERSON"


def test_acronym_defined_in_brackets_joins_its_expansion(seed_doc: Doc, seed_ents: list[Entity]) -> None:
    afp = [e for e in seed_ents if e.text == "AFP"]
    told_afp = seed_doc.text.index("told AFP on condition") + len("told ")
    assert told_afp in {e.start for e in afp}  # the model missed this one; the definition adds it
    assert {e.canonical for e in afp} == {"Agence France-Presse"}


def test_titles_are_stripped_from_canonical(nlp: Language) -> None:
    words = ["Prime", "Minister", "Benjamin", "Netanyahu", "met", "Doctor", "James", "Smith", "."]
    doc = _doc(nlp, words, [(0, 4, "PERSON"), (5, 8, "PERSON")])
    ents = entities(doc, titles=TITLES)
    assert [(e.text, e.canonical) for e in ents] == [
        ("Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu"),
        ("Doctor James Smith", "James Smith"),
    ]
    # Without the title lexicon nothing is stripped.
    assert entities(doc, titles=frozenset())[0].canonical == "Prime Minister Benjamin Netanyahu"


def test_possessive_surname_maps_to_full_name(nlp: Language) -> None:
    words = ["Joe", "Biden", "spoke", ".", "Biden", "'s", "office", "agreed", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    doc[5].tag_ = "POS"
    ents = entities(doc, titles=TITLES)
    assert [(e.text, e.canonical) for e in ents] == [("Joe Biden", "Joe Biden"), ("Biden 's", "Joe Biden")]


def test_surname_shared_by_two_people_is_not_given_either_full_name(nlp: Language) -> None:
    words = ["Anna", "Smith", "met", "Tom", "Smith", ".", "Smith", "left", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON"), (3, 5, "PERSON"), (6, 7, "PERSON")])
    assert entities(doc, titles=TITLES)[-1].canonical == "Smith"


def test_surname_of_a_person_is_not_relabelled_as_place(nlp: Language) -> None:
    words = ["George", "Washington", "visited", "Washington", ".", "Washington", "smiled", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON"), (3, 4, "GPE"), (5, 6, "PERSON")])
    ents = entities(doc, titles=TITLES)
    assert [e.label for e in ents] == ["PERSON", "GPE", "PERSON"]
    assert ents[-1].canonical == "George Washington"


def test_numeric_labels_can_be_kept(nlp: Language) -> None:
    doc = _doc(nlp, ["About", "250", "people", "."], [(1, 2, "CARDINAL")])
    assert entities(doc, titles=TITLES) == []
    assert [e.label for e in entities(doc, titles=TITLES, exclude_labels=())] == ["CARDINAL"]


def test_place_tagged_person_is_repaired_by_the_gazetteer(nlp: Language) -> None:
    words = ["Tanks", "entered", "Khan", "Younis", "and", "the", "Erez", "crossing", "."]
    doc = _doc(nlp, words, [(2, 4, "PERSON"), (6, 7, "PERSON")])
    places = {"Khan Younis": "GPE", "Erez": "FAC"}
    ents = entities(doc, titles=TITLES, gazetteer=places)
    assert [(e.text, e.label) for e in ents] == [("Khan Younis", "GPE"), ("Erez", "FAC")]
    assert [e.label for e in entities(doc, titles=TITLES, gazetteer={})] == ["PERSON", "PERSON"]


def test_gazetteer_leaves_people_alone(nlp: Language) -> None:
    words = ["President", "Florence", "Ito", "met", "Doctor", "Victoria", "."]
    doc = _doc(nlp, words, [(1, 3, "PERSON"), (5, 6, "PERSON")])
    ents = entities(doc, titles=TITLES, gazetteer={"Florence": "GPE", "Victoria": "GPE"})
    assert [e.label for e in ents] == ["PERSON", "PERSON"]


def test_bundled_gazetteer_knows_cities_and_crossings() -> None:
    places = load_gazetteer(LEXICON_DIR)
    assert places["Khan Younis"] == "GPE" and places["Rafah"] == "GPE" and places["France"] == "GPE"
    assert places["Kerem Shalom"] == "FAC"


def test_seed_places_tagged_person_become_places(seed_ents: list[Entity]) -> None:
    assert {e.label for e in seed_ents if e.canonical in {"Khan Younis"}} == {"GPE"}
    assert {e.label for e in seed_ents if e.canonical == "Erez"} == {"FAC"}


def test_title_around_an_organisation_is_dropped(nlp: Language) -> None:
    words = ["Secretary", "of", "State", "Antony", "Blinken", "spoke", "."]
    doc = _doc(nlp, words, [(2, 3, "ORG"), (3, 5, "PERSON")])
    titles = TITLES | {"secretary of state"}
    assert [(e.text, e.label) for e in entities(doc, titles=titles)] == [("Antony Blinken", "PERSON")]


def test_bare_surname_the_model_missed_is_the_person(nlp: Language) -> None:
    words = ["Darla", "Koss", "spoke", ".", "Later", ",", "Koss", "left", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON")])
    for token in doc:
        token.pos_ = "PROPN" if token.text in {"Darla", "Koss"} else "VERB"
    ents = entities(doc, titles=TITLES, gazetteer={})
    assert [(e.text, e.canonical, e.label) for e in ents] == [
        ("Darla Koss", "Darla Koss", "PERSON"),
        ("Koss", "Darla Koss", "PERSON"),
    ]


def test_acronyms_with_their_expansion(seed_doc: Doc) -> None:
    found = acronyms(seed_doc)
    assert found["UNRWA"] == "U.N. agency for Palestinian refugees"
    assert found["AFP"] == "Agence France-Presse"


def test_organisation_with_a_title_is_a_person(nlp: Language) -> None:
    words = ["Hereditary", "Chief", "Namoks", "said", "no", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"])
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    (ent,) = entities(doc, titles=frozenset({"chief", "hereditary chief"}), gazetteer={})
    assert ent.label == "PERSON" and ent.canonical == "Namoks"


def test_organisation_without_a_name_after_the_title_stays(nlp: Language) -> None:
    words = ["Chief", "Executive", "Office", "said", "no", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"])
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    (ent,) = entities(doc, titles=frozenset({"chief", "chief executive", "office"}), gazetteer={})
    assert ent.label == "ORG"


def test_undefined_acronym_takes_the_name_it_spells(nlp: Language) -> None:
    words = [
        "The",
        "Northern",
        "Rail",
        "Safety",
        "Board",
        "released",
        "its",
        "report",
        ".",
        "Later",
        "the",
        "NRSB",
        "said",
        "trains",
        "were",
        "late",
        ".",
    ]
    doc = _doc(nlp, words, [(1, 5, "ORG"), (11, 12, "ORG")])
    ents = entities(doc, titles=TITLES, gazetteer={})
    assert _at(ents, "NRSB").canonical == "Northern Rail Safety Board"
    # Two names that spell it, or none: the acronym stays as it is.
    words = [
        "Nina",
        "Ruiz",
        "Sold",
        "Boats",
        "and",
        "North",
        "River",
        "Ski",
        "Bars",
        "met",
        ".",
        "The",
        "NRSB",
        "said",
        "no",
        ".",
    ]
    doc = _doc(nlp, words, [(12, 13, "ORG")])
    assert _at(entities(doc, titles=TITLES, gazetteer={}), "NRSB").canonical == "NRSB"
    doc = _doc(nlp, ["The", "NRSB", "said", "no", "."], [(1, 2, "ORG")])
    assert _at(entities(doc, titles=TITLES, gazetteer={}), "NRSB").canonical == "NRSB"


def test_a_surname_tagged_org_between_two_full_mentions_is_the_person(nlp: Language) -> None:
    words = ["Darla", "Koss", "spoke", ".", "Koss", "left", ".", "Darla", "Koss", "returned", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON"), (4, 5, "ORG"), (7, 9, "PERSON")])
    ents = entities(doc, titles=TITLES, gazetteer={})
    # The full name comes again after the bare "Koss", but it was named first: "Koss" is that person.
    assert [(e.text, e.canonical, e.label) for e in ents] == [
        ("Darla Koss", "Darla Koss", "PERSON"),
        ("Koss", "Darla Koss", "PERSON"),
        ("Darla Koss", "Darla Koss", "PERSON"),
    ]


def test_a_score_the_model_ran_into_a_name_is_not_part_of_it(nlp: Language) -> None:
    words = ["Toronto", "beat", "the", "Canadiens", "4", "-", "2", "on", "Saturday", "."]
    doc = _doc(nlp, words, [(3, 7, "ORG")])
    assert [e.text for e in entities(doc, titles=TITLES)] == ["Canadiens"]
    doc = _doc(nlp, ["The", "Boeing", "747", "landed", "."], [(1, 3, "PRODUCT")])
    assert [e.text for e in entities(doc, titles=TITLES)] == ["Boeing 747"]  # a model number stays


def test_an_undefined_acronym_takes_the_name_the_organisation_was_introduced_with(nlp: Language) -> None:
    doc = nlp(
        "The recall was announced by the U.S. Food and Drug Administration on Friday. "
        "The FDA said patients should keep taking the drug."
    )
    found = entities(doc)
    assert _at(found, "FDA").canonical == _at(found, "the U.S. Food and Drug Administration").canonical


def test_dateline_agency_is_an_organisation_not_the_city(nlp: Language) -> None:
    doc = nlp("LONDON (AP) — Britain's prime minister said on Monday that taxes would rise.")
    agency = _at(entities(doc), "AP")
    assert (agency.label, agency.canonical) == ("ORG", "AP")
    assert "AP" not in acronyms(doc)


def test_dateline_place_is_a_place_named_as_the_article_names_it(nlp: Language) -> None:
    doc = nlp("WARSAW (Reuters) - Poland's lower house passed a media law on Thursday. Warsaw was quiet.")
    place = _at(entities(doc), "WARSAW")
    assert (place.label, place.canonical) == ("GPE", "Warsaw")


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        ("COLUMBUS, Ohio (AP) — Storms knocked out power across Ohio on Monday.", "COLUMBUS", "Columbus"),
        ("SAN DIEGO, Calif. (AP) — The Navy said that a ship ran aground.", "SAN DIEGO", "San Diego"),
        ("CHICAGO, March 4 (AP) - Acme said on Wednesday it would cut jobs.", "CHICAGO", "Chicago"),
    ],
)
def test_a_dateline_with_its_region_names_the_place_and_the_agency(
    nlp: Language, text: str, place: str, name: str
) -> None:
    found = entities(nlp(text))
    assert (_at(found, place).label, _at(found, place).canonical) == ("GPE", name)
    assert _at(found, "AP").label == "ORG"


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        (
            "He spoke to Reuters.\n \nThe United Nations\n \nsaid more.",
            "The United Nations",
            "United Nations",
        ),
        ("Jane Doe\nReuters\nLONDON, May 3 - Prices rose.", "Jane Doe", "Jane Doe"),
    ],
)
def test_a_name_never_runs_over_a_line_break(nlp: Language, text: str, mention: str, canonical: str) -> None:
    found = entities(nlp(text))
    assert all("\n" not in e.text and "\n" not in e.canonical for e in found)
    assert _at(found, mention).canonical == canonical


def test_a_span_crossing_a_line_keeps_the_line_with_the_name(nlp: Language) -> None:
    doc = _doc(nlp, ["Rates", "rose", ".", "\n", "Bank", "of", "England", "\n"], [(3, 8, "ORG")])
    (ent,) = entities(doc, titles=TITLES, gazetteer={})
    assert (ent.text, ent.canonical) == ("Bank of England", "Bank of England")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Vice President Biden met Hunter Biden in Delaware.", "Hunter Biden"),  # a later full name
        ("President Joe Biden spoke. Later, Vice President Biden's office said nothing.", "Joe Biden"),
    ],
)
def test_a_titled_surname_is_not_another_person_of_that_name(nlp: Language, text: str, other: str) -> None:
    found = entities(nlp(text), titles=TITLES | {"vice president"})
    titled = next(e for e in found if e.text == "Biden")
    assert titled.canonical == "Biden" != other


def test_a_surname_two_people_named_before_share_is_left_as_written(nlp: Language) -> None:
    text = "Hunter Biden met Jill Biden in Delaware. Biden spoke to reporters. Jill Biden left."
    found = entities(nlp(text), titles=TITLES)
    bare = [e for e in found if e.text == "Biden"]
    # either of them: not the nearer full name; one person named in full still gives the full name
    assert bare and all(e.canonical == "Biden" for e in bare)
    found = entities(nlp("Jill Biden visited Delaware. Biden spoke to reporters."), titles=TITLES)
    assert [e.canonical for e in found if e.text == "Biden"] == ["Jill Biden"]


@pytest.mark.parametrize(
    "text",
    [
        "Joe Biden spoke. Later, President Biden said nothing.",
        "President Joe Biden spoke. Later, President Biden said no.",
    ],
)
def test_a_titled_surname_takes_the_full_name_it_was_given(nlp: Language, text: str) -> None:
    found = entities(nlp(text), titles=TITLES)
    assert next(e for e in found if e.text == "Biden").canonical == "Joe Biden"


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        ("President Joe Biden spoke. Later, Mr. Biden said nothing.", "Biden", "Joe Biden"),  # no role
        ("Senator Bernie Sanders spoke. Later, Sen. Sanders said nothing.", "Sanders", "Bernie Sanders"),
    ],
)
def test_courtesy_and_abbreviated_titles_match_the_full_name(
    nlp: Language, text: str, surname: str, full: str
) -> None:
    found = entities(nlp(text), titles=TITLES | {"mr.", "senator", "sen."})
    assert next(e for e in found if e.text == surname).canonical == full


def test_an_acronym_is_expanded_only_to_a_phrase_it_abbreviates(nlp: Language) -> None:
    assert "ISIS" not in acronyms(nlp("Fighters from the militant group, ISIS, attacked the town."))
    found = acronyms(nlp("Officials at the U.N. agency for Palestinian refugees, UNRWA, said aid stopped."))
    assert found["UNRWA"] == "U.N. agency for Palestinian refugees"


@pytest.mark.parametrize("abbr", ["Ont.", "Calif."])
def test_a_province_or_state_abbreviation_is_a_place(nlp: Language, abbr: str) -> None:
    """ "Barrie, Ont., said" (abbreviations.yaml ``places``): the model's PERSON or ORG is a place, never a
    person who may speak or be a pronoun's antecedent."""
    doc = nlp(f"Ana Ruiz, who moved to Barrie, {abbr}, in 2010, runs a bakery.\n\n{abbr} voters were told.\n")
    words = abbr.rstrip(".")
    found = [e for e in entities(doc) if e.text.rstrip(".") == words]
    assert found and all(e.label == "GPE" and e.canonical == abbr for e in found)


def test_letters_after_a_name_are_no_part_of_it(nlp: Language) -> None:
    found = entities(nlp("Judge Mark Dennis KC sentenced the firm. Dennis said it had shown disregard."))
    assert [(e.text, e.canonical) for e in found if e.label == "PERSON"] == [
        ("Mark Dennis KC", "Mark Dennis"),
        ("Dennis", "Mark Dennis"),  # the surname is "Dennis", not "KC"
    ]
    words = ["Yellowhead", "MP", "spoke", "."]
    doc = _doc(nlp, words, [(0, 2, "PERSON")])
    assert [e.canonical for e in entities(doc, titles=TITLES)] == ["Yellowhead MP"]  # no name left without it


def test_a_companys_legal_form_is_no_part_of_its_name(nlp: Language) -> None:
    words = ["Apple", "Inc.", "reported", "results", ".", "Apple", "shares", "rose", "."]
    doc = _doc(nlp, words, [(0, 2, "ORG"), (5, 6, "ORG")])
    assert [e.canonical for e in entities(doc, titles=TITLES)] == ["Apple", "Apple"]  # one organisation
    doc = _doc(nlp, ["Shares", "of", "Alphabet", ",", "Inc.", "fell", "."], [(2, 5, "ORG")])
    assert [e.canonical for e in entities(doc, titles=TITLES)] == ["Alphabet"]


def test_a_company_the_model_missed_is_known_by_its_legal_form(nlp: Language) -> None:
    doc = _doc(nlp, ["Norvane", "Foods", "Inc", "said", "it", "would", "cut", "jobs", "."], [])
    for t, pos in zip(
        doc, ["PROPN", "PROPN", "PROPN", "VERB", "PRON", "AUX", "VERB", "NOUN", "PUNCT"], strict=True
    ):
        t.pos_ = pos
    assert [(e.text, e.canonical, e.label) for e in entities(doc, titles=TITLES)] == [
        ("Norvane Foods Inc", "Norvane Foods", "ORG")
    ]
    # "Co." heading a county is no company
    doc = _doc(nlp, ["She", "lives", "in", "Listowel", ",", "Co.", "Kerry", "."], [])
    for t, pos in zip(doc, ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"], strict=True):
        t.pos_ = pos
    assert entities(doc, titles=TITLES) == []
