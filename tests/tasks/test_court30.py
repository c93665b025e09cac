"""Session 30 (court30): what a court holds, rules or concludes is its finding, not the writer's verdict; the
law's terms of art (causes of action, offences, "chilling effect") are no loaded words in legal copy; and a
charge's "of" phrase hung on the accuser between them ("accusations by monitors of war crimes") names the
offence charged."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import author_words, run, voice_of, words

# --- a court's verbs of decision frame its finding


@pytest.mark.parametrize(
    ("body", "word", "speaker"),
    [
        ("Mr Justice Abara held that the leaflet was defamatory of the baker.", "defamatory", "Abara"),
        ("The inquiry ruled that two officers had been negligent.", "negligent", "inquiry"),
        ("Mrs Justice Okafor ruled that the posts were malicious.", "malicious", "Mrs Justice Okafor"),
        ("The tribunal decided that the manager had behaved dishonestly.", "dishonestly", "tribunal"),
        ("The coroner determined that the crew had been reckless.", "reckless", "coroner"),
    ],
)
def test_a_courts_holding_is_its_finding(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str, speaker: str
) -> None:
    voice, who = voice_of(nlp, lexicon, body, word)
    assert voice == "quoted"
    assert who is not None and who.lower() in speaker.lower()


def test_a_courts_verb_without_a_clause_frames_nothing(nlp: Language, lexicon: BiasLexicon) -> None:
    # no clause complement: the writer's own adjective stays the writer's
    body = "The court held a hearing on Monday into the disgraced trader's shameful conduct."
    assert "shameful" in author_words(run(nlp, lexicon, body))


def test_the_writers_epithet_in_a_court_story_still_tags(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The disgraced banker was jailed for six years after the judge held that he had lied to the court."
    assert "disgraced" in author_words(run(nlp, lexicon, body))


def test_critics_label_of_a_ruling_stays_theirs(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The judge ruled that the ban was lawful. Critics called the ruling a travesty."
    assert voice_of(nlp, lexicon, body, "travesty") == ("quoted", "Critics")


# --- the law's terms of art


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The chef has sued the magazine. Her claim is for malicious falsehood over a review.", "malicious"),
        ("The chef has sued the magazine. Her claim is for malicious falsehood over a review.", "falsehood"),
        ("The buyer sued the yacht's seller. The claim is for fraudulent misrepresentation.", "fraudulent"),
        ("Lawyers for the paper said the injunction would have a chilling effect on reporting.", "chilling"),
    ],
)
def test_a_legal_term_of_art_is_no_loaded_word(
    nlp: Language, lexicon: BiasLexicon, body: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, body))


def test_outside_the_term_the_word_still_tags(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The caretaker is suing the magazine. His neighbours spread malicious gossip about him for years."
    assert "malicious" in words(run(nlp, lexicon, body))


# --- an accusation's offence past its accuser


@pytest.mark.parametrize(
    "body",
    [
        "The militia has faced accusations by monitors of war crimes in the valley.",
        "The army rejected allegations from villagers of war crimes near the border.",
    ],
)
def test_a_charge_hung_on_its_accuser_names_the_offence(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert "war crimes" not in author_words(run(nlp, lexicon, body))


def test_a_bare_war_crimes_stays_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The militia committed war crimes in the valley, villagers said on Monday."
    assert "war crimes" in words(run(nlp, lexicon, body))
