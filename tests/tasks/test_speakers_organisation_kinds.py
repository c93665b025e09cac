"""Issue 13 (lead, session 15): "the agency" or "the company" means the last organisation of that kind, not
merely the last one named: a regulator's words are not given to the drugmaker named in its own sentence."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_the_agency_skips_a_company_named_after_it(nlp: Language) -> None:
    text = (
        "The Food and Drug Administration said the recall covers tablets made by Halvern Pharmaceuticals "
        "at a plant in Ohio.\n\n"
        "The agency said patients should keep taking the drug until they speak to a doctor.\n"
    )
    assert speaker_rule(find_quotes(nlp, text), "patients should keep") == (
        "Food and Drug Administration",
        "organisation-noun",
    )


def test_the_company_is_no_advocacy_group(nlp: Language) -> None:
    text = (
        "Halvern Pharmaceuticals said it had stopped production at the plant.\n\n"
        "Mark Dale, president of the Patient Safety Alliance, said regulators visited too few plants.\n\n"
        "The company said the problems had been fixed.\n"
    )
    speaker, _ = speaker_rule(find_quotes(nlp, text), "the problems had been fixed")
    assert speaker != "Patient Safety Alliance"


def test_a_name_of_no_kind_is_still_the_agency(nlp: Language) -> None:
    text = (
        "Frontex said 3,000 people crossed the central Mediterranean in May.\n\n"
        "The agency said the number was the highest for a decade.\n"
    )
    assert speaker_rule(find_quotes(nlp, text), "the number was")[0] == "Frontex"


def test_official_statistics_speak_for_their_issuer(nlp: Language) -> None:
    text = "The number of people waiting has fallen to about 90,000, according to Home Office statistics.\n"
    assert speaker_rule(find_quotes(nlp, text), "The number of people") == ("Home Office", "document")


def test_the_prosecution_and_backbenchers_speak(nlp: Language) -> None:
    text = (
        "The prosecution had alleged that Okafor pushed the photographer into a barrier.\n\n"
        "Several backbenchers privately described the plan as a gimmick.\n"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "Okafor pushed")[0] == "prosecution"
    assert speaker_rule(found, "gimmick", anywhere=True)[0] == "Several backbenchers"


def test_a_couple_speaks(nlp: Language) -> None:
    text = (
        "The couple announced their separation in a joint statement in 2022, saying they remained "
        "committed to co-parenting.\n"
    )
    assert speaker_rule(find_quotes(nlp, text), "they remained")[0] == "couple"
