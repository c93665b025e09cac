"""Issue 12, whose voice a loaded word is in (r2b24): a label in marks with the comma inside its closing
mark is still the labeller's; a name set off by commas at the end of a role noun's phrase names the
labeller; a naming verb's object and label misread as a clause; a sign joined by the parse to the first
verb of its holders; a headline's "X slammed as Y" is a passive with no labeller named; an epithet by
which reported speech refers to a person (and its adjective) is the writer's, its predicate the speaker's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of, words


def test_label_with_the_comma_inside_its_closing_mark(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The Federation of Small Shops, which speaks for independent traders, branded the decision "
        '"reckless and out of touch," arguing that customers were already cutting back.'
    )
    assert voice_of(nlp, lexicon, body, "reckless") == ("quoted", "Federation of Small Shops")


def test_object_and_label_misread_as_a_clause(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'A spokesman for the mayor, Tomas Ruiz, branded the march organisers "paid troublemakers" but gave '
        "no evidence."
    )
    assert voice_of(nlp, lexicon, body, "troublemakers") == ("quoted", "Tomas Ruiz")


def test_sign_joined_to_the_first_verb_of_its_holders(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'Outside the town hall, hundreds of residents waved flags and held signs reading "Stop the Tax Grab" '
        'and "Hands Off Our Wages." Many had travelled for hours.'
    )
    assert voice_of(nlp, lexicon, body, "tax grab") == ("quoted", "residents")


def test_headline_slammed_as_names_no_labeller(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(
        nlp, lexicon, "The mayor unveiled the plan on Monday.", "Mayor's parking plan slammed as job-killer"
    )
    t = tag(result, "job-killer")
    assert t.voice == "quoted"
    assert t.speaker is None


def test_epithet_referring_inside_reported_speech_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Police are hunting a man. Residents told how the brazen crook had knocked on doors."
    assert voice_of(nlp, lexicon, body, "crook") == ("author", None)
    assert voice_of(nlp, lexicon, body, "brazen") == ("author", None)
    # as the clause's predicate the label is the speaker's claim
    claim = "Police are hunting a man. Witnesses said the man was a crook."
    assert voice_of(nlp, lexicon, claim, "crook") == ("quoted", "Witnesses")
    # a plural is a kind the speaker picks out, not someone the writer refers to
    kind = "Ms Orr said the new law would put the squeeze on the bigots."
    assert voice_of(nlp, lexicon, kind, "bigots") == ("quoted", "Orr")


def test_claim_ruled_groundless_is_named_not_doubted(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A blogger said the drug was unsafe. Doctors said the claim had no basis."
    assert "claim" not in words(run(nlp, lexicon, body))
    # a claim no one rules on keeps its doubt
    spread = "A blogger said the drug was unsafe. Doctors said the claim was spreading fast online."
    assert "claim" in words(run(nlp, lexicon, spread))


def test_literal_destroying_apologising_and_pretending(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'The detective had destroyed notes from the first interview. "Sorry for the mess," the landlord '
        "told the tenants. I am tired of pretending that the old rules work."
    )
    found = words(run(nlp, lexicon, body))
    assert not found & {"destroyed", "mess", "pretending"}
    # the figurative senses stay tagged
    figurative = "The minister destroyed the careers of honest staff. The budget is a mess, said Jo Hart."
    assert {"destroyed", "mess"} <= words(run(nlp, lexicon, figurative))
