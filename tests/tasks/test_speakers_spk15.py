"""Speaker mechanisms found on spk15's blind articles (ten outlets' styles): "her GP, Dr Jo Li," is the
person, not an organisation; "the head of" an organisation is a person who speaks; "the university" fits
two universities named before and is no guess; a statement that is itself the object of "released" speaks
for whoever released it, not for an earlier statement's issuer; a Reuters dateline is no part of the
reported clause that opens the body; a tabloid's "pal" is a person."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_an_organisation_owned_by_her_is_the_person_beside_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "One patient, Rose Hill, 71, has waited 19 months.\n\n"
        "Her GP, Dr Omar Basu, said cases like hers were now common.\n",
    )
    assert speaker_rule(found, "cases like hers")[0] == "Omar Basu"


def test_the_head_of_an_organisation_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Waiting lists have reached their highest level in ten years, the head of the Hospital Federation "
        "has warned.\n",
    )
    speaker = speaker_rule(found, "Waiting lists")
    assert speaker[0] is not None and "head" in speaker[0]


def test_a_noun_fitting_two_organisations_is_no_guess(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Researchers from the University of Leeds studied the corals.\n\n"
        '"We were surprised," said lead author Ann Berg.\n\n'
        "Co-author Sam Ode, of the University of Ghana, said the work mattered.\n\n"
        "In a press release, the university said the work was funded by the research council.\n",
    )
    assert speaker_rule(found, "the work was funded")[0] != "University of Ghana"


def test_a_statement_released_speaks_for_who_released_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Sen. Rob Kline voted against the bill.\n\n"
        "Kline's office later released a statement saying he would bring his own bill.\n\n"
        "The company issued a statement saying it would appeal.\n",
    )
    assert speaker_rule(found, "it would appeal")[0] != "Rob Kline's office"
    assert speaker_rule(found, "he would bring")[0] is not None


def test_a_reuters_dateline_is_cut_from_the_opening_report(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "LONDON, March 4 (Reuters) - Acme Mining will cut about 900 jobs in Chile, the miner said on "
        "Wednesday.\n",
    )
    assert any(q.text.startswith("Acme Mining will cut") for q in found)


def test_a_pal_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The singer has split from her boyfriend.\n\nA pal told us: 'She's throwing herself into work. "
        "That's how she copes.'\n",
    )
    assert speaker_rule(found, "throwing herself", anywhere=True)[0] is not None


def test_a_parent_is_a_person_set_beside_her_name(nlp: Language) -> None:
    found = find_quotes(nlp, "A parent, Julie Marks, said: \u201cNobody asked us.\u201d\n")
    assert speaker_rule(found, "Nobody asked us")[0] == "Julie Marks"
