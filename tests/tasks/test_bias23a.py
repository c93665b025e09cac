"""bias23a: false alarms on straight news of every genre (a security incident, a market report, a shipping
accident, a hospital, a feature on an athlete), each a literal or technical sense or a label someone else
gives.

Short texts of our own; each test fails without the mechanism or the lexicon data it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run


def words(nlp: Language, lexicon: BiasLexicon, body: str) -> list[str]:
    return [t.text for t in run(nlp, lexicon, body).tags]


def test_a_so_called_kind_of_thing_introduces_a_term(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Hackers encrypted files on the firm's servers, a so-called ransomware attack."
    assert "so-called" not in words(nlp, lexicon, body)
    body = "The service lets viewers build a so-called media world around their interests."
    assert "so-called" not in words(nlp, lexicon, body)
    # one noun, or "the": the writer still keeps a distance from the name
    assert "so-called" in words(nlp, lexicon, "The committee heard from a so-called expert on Monday.")
    assert "so-called" in words(nlp, lexicon, "The so-called peace plan was unveiled on Monday.")


def test_an_object_through_a_partitive(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The firm may restate its accounts, effectively wiping out a third of the company's profits."
    assert "wiping out" not in words(nlp, lexicon, body)
    assert "wipe out" in words(nlp, lexicon, "They vowed to wipe out half of the opposition.")


def test_a_compound_of_a_grand_dependent_names_the_domain(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The festival went ahead despite the ravages of the Asian tsunami disaster."
    assert "ravages" not in words(nlp, lexicon, body)


def test_senses_by_part_of_speech(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "wreck" not in words(nlp, lexicon, "An exclusion zone has been set up around the wreck.")
    assert "wrecked" in words(nlp, lexicon, "The row wrecked the peace talks.")
    assert "runaway" not in words(nlp, lexicon, "Damaged cells can go into thermal runaway.")
    assert "runaway" not in words(nlp, lexicon, "A runaway lorry hit a wall on the motorway.")
    assert "runaway" in words(nlp, lexicon, "The film was a runaway success.")
    body = "The strikes were aimed at degrading the group's ability to target ships."
    assert "degrading" not in words(nlp, lexicon, body)
    assert "degrading" in words(nlp, lexicon, "Prisoners suffered degrading treatment.")
    assert "fooled" not in words(nlp, lexicon, "The referee was fooled and awarded a penalty.")


def test_literal_contexts_of_markets_weather_and_chemicals(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "toxic" not in words(nlp, lexicon, "The plant was shut down after a toxic leak.")
    body = "Bank shares led the losses in a day of carnage on Wall Street."
    assert "carnage" not in words(nlp, lexicon, body)
    assert "meltdown" not in words(nlp, lexicon, "Investors fear a meltdown in the property market.")
    assert "plagued" not in words(nlp, lexicon, "The Open was plagued by rain delays.")
    assert "crackdown" not in words(nlp, lexicon, "Police began a crackdown on street robbery.")
    assert "crackdown" in words(nlp, lexicon, "Security forces launched a crackdown on protesters.")


def test_a_record_span_on_the_copula(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Officials said the pressure on wards was the worst for this point in winter since 2017."
    assert "worst" not in words(nlp, lexicon, body)
    assert "worst" in words(nlp, lexicon, "Officials said the pressure on wards was the worst.")


def test_a_hyphened_label_given_by_others(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "If she fails to win, she risks being labelled a has-been.")
    assert [t.voice for t in result.tags if t.text == "has-been"] == ["quoted"]


def test_a_criminals_scam_is_the_crime(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Experts warned that criminals could use the details in phishing scams."
    assert "scams" not in words(nlp, lexicon, body)
    assert "scam" in words(nlp, lexicon, "The senator said the new fee was a scam.")
