"""Speakers in the layouts of a British wire's copy: two titles joined before one name, an organisation's
name set straight after the noun that describes it, organisations whose names open with a title word
("the Premier League", "the US ... Authority") kept as organisations, and "the firms" kept from the one
organisation last named."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from tasks.entities import entities
from tests.tasks.speaker_cases import find_quotes as _quotes
from tests.tasks.speaker_cases import speaker_rule as _rule


def test_two_titles_joined_before_a_name_are_that_persons(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Acme sold more boxes this year.\n\n"
        '"We have a solid base to build on," said Acme president and chief executive Jo Walsh.\n\n'
        '"The winter was hard on us," said the coach and former winger Tom Baker.\n',
    )
    assert _rule(found, "We have a solid base") == ("Jo Walsh", "apposition")
    assert _rule(found, "The winter was hard") == ("Tom Baker", "apposition")


def test_an_organisation_named_straight_after_its_description_speaks(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Ferry fares will rise in May.\n\n"
        "The rules do not apply to older contracts, according to the French news agency AFP.\n",
    )
    assert _rule(found, "The rules do not apply") == ("AFP", "apposition")


def test_an_organisation_read_with_the_is_no_titled_person(nlp: Language) -> None:
    words = ["The", "Premier", "League", "said", "no", "."]
    doc = Doc(nlp.vocab, words=words, pos=["DET", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"])
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    (ent,) = entities(doc, titles=frozenset({"premier"}), gazetteer={})
    assert (ent.label, ent.canonical) == ("ORG", "Premier League")


def test_an_organisation_holding_a_possessive_is_no_titled_person(nlp: Language) -> None:
    words = ["Chief", "Constable", "'s", "Office", "said", "no", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "PART", "PROPN", "VERB", "INTJ", "PUNCT"])
    doc[2].tag_ = "POS"
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    (ent,) = entities(doc, titles=frozenset({"chief constable", "chief"}), gazetteer={})
    assert ent.label == "ORG"


def test_it_after_a_national_agency_is_that_agency(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "The number of homes on the network rose by 20% in a year, said the US National Grid Authority. "
        "In a report, it said there were more than two million connections by the end of May.\n",
    )
    assert _rule(found, "there were more than two million") == ("US National Grid Authority", "pronoun")


def test_a_plural_organisation_noun_is_not_the_one_organisation_last_named(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Acme, Bolt and Crane are building a common way to stop copying. Such systems are known as "
        "Digital Rights Management systems. By joining the alliance, the firms said they hope to end "
        "the confusion.\n",
    )
    assert _rule(found, "they hope to end")[0] != "Digital Rights Management"


def test_a_former_or_shadow_holder_of_a_title_is_not_the_title_holder(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Chancellor Gordon Brown will deliver his budget on Wednesday.\n\n"
        "Former chancellor Ken Clarke said he expected a giveaway.\n\n"
        '"We will not put stability at risk," the chancellor said.\n\n'
        '"It is a fiddle," the former chancellor said.\n',
    )
    assert _rule(found, "We will not put") == ("Gordon Brown", "role")
    assert _rule(found, "It is a fiddle") == ("Ken Clarke", "role")


def test_the_title_alone_is_no_one_when_only_a_former_holder_was_named(nlp: Language) -> None:
    found = _quotes(
        nlp,
        "Shadow chancellor Oliver Letwin spoke in the debate.\n\n"
        '"We will not put stability at risk," the chancellor said.\n',
    )
    speaker, _ = _rule(found, "We will not put")
    assert speaker != "Oliver Letwin"
