"""Issue 12 (fresh9): whose words a loaded word is, and literal senses of food and disease.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words


def test_an_embedded_post_is_its_credited_author_not_the_lead_in(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The vote failed on Tuesday. One activist posted:\n\n"
        "The tax plan is finished. A total scam from day one! — Sam Ortiz (@samortiz) March 4, 2025\n\n"
        "The bill returns next month."
    )
    t = tag(run(nlp, lexicon, body), "scam")
    assert (t.voice, t.speaker) == ("quoted", "Sam Ortiz")


def test_marked_words_inside_reported_speech_are_the_reporters(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The rebel commander, Omar Haddad, said the raids would go on "until the aggression ends".'
    t = tag(run(nlp, lexicon, body), "aggression")
    assert (t.voice, t.speaker) == ("quoted", "Omar Haddad")


def test_a_pronoun_accuser_takes_the_speaker_of_the_quote_beside_it(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "Governor Ada Bell spoke in Reno on Friday. "
        'She called the deal "a gift to the banks" and accused the negotiators of betraying voters.'
    )
    t = tag(run(nlp, lexicon, body), "betraying")
    assert (t.voice, t.speaker) == ("quoted", "Ada Bell")


def test_a_bitter_flavour_is_a_taste(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "bitter" not in words(
        run(nlp, lexicon, "The roasted seeds give the sauce a slightly bitter flavour.")
    )
    assert "bitter" in words(run(nlp, lexicon, "The two parties remain locked in a bitter feud."))


def test_a_pathogen_evading_the_immune_system_is_biology(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The virus mutates quickly, which helps it evade the immune system."
    assert "evade" not in words(run(nlp, lexicon, body))
    assert "evade" in words(run(nlp, lexicon, "The minister tried to evade questions about the contract."))


def test_so_called_before_a_term_defined_after_a_colon_names_it(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The trial targets so-called sleeper cells: tumour cells that stay inactive for years."
    assert "so-called" not in words(run(nlp, lexicon, body))
    assert "so-called" in words(run(nlp, lexicon, "The so-called experts were wrong again."))


def test_the_reporters_own_claim_is_the_writers_verb(nlp: Language, lexicon: BiasLexicon) -> None:
    own = "The rebels said they had seized a depot they claimed was used by the army."
    assert tag(run(nlp, lexicon, own), "claimed").voice == "author"
    other = "Li said she was shocked that they claimed the vote was rigged."
    assert (
        tag(run(nlp, lexicon, other), "claimed").voice,
        tag(run(nlp, lexicon, other), "claimed").speaker,
    ) == (
        "quoted",
        "Li",
    )
