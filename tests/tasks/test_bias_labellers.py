"""Issue 12, voice of bias tags (fresh7): a trailing labelling participle speaks for the sentence's subject,
a quotation left unattributed inside a label is the labeller's, and a word in quote marks inside the object
of a verb of condemning is the condemner's.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, voice_of


def _headlinevoice_of(
    nlp: Language, lexicon: BiasLexicon, headline: str, word: str
) -> tuple[str, str | None]:
    result = run(nlp, lexicon, "The row went on.", headline=headline)
    t = next(t for t in result.tags if t.text.lower() == word and t.field == "headline")
    return t.voice, t.speaker


def test_a_trailing_labelling_participle_speaks_for_the_sentence_subject(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = 'The singer Nina Ford also came to her aid, branding the messages "sickening".'
    assert voice_of(nlp, lexicon, body, "sickening") == ("quoted", "Nina Ford")


def test_an_unattributed_quotation_inside_a_label_is_the_labellers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # the parser hangs "describing" on the reported verb: the statement's issuer, not "the mayor", labels
    body = (
        "The ministry issued a statement saying the mayor would veto the plan in its present form, "
        'describing several clauses as "draconian".'
    )
    assert voice_of(nlp, lexicon, body, "draconian") == ("quoted", "ministry")


def test_a_marked_word_in_the_object_of_a_condemning_verb_is_the_condemners(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    voice, speaker = _headlinevoice_of(nlp, lexicon, "Singer Maya slams 'vile' critics after concert", "vile")
    assert voice == "quoted" and speaker is not None and "Maya" in speaker


def test_a_brave_face_is_the_idiom_not_praise(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "brave" not in {
        t.text.lower() for t in run(nlp, lexicon, "She put on a brave face after the loss.").tags
    }
    assert "brave" in {t.text.lower() for t in run(nlp, lexicon, "The brave volunteers stayed on.").tags}


def test_a_speaker_phrase_is_given_as_the_article_writes_it(nlp: Language, lexicon: BiasLexicon) -> None:
    body = 'The hand-written, four-page lawsuit said: "Making them eat rats was disgusting."'
    result = run(nlp, lexicon, body)
    assert tag(result, "disgusting").speaker == "hand-written, four-page lawsuit"
