"""Issue 12, BASIL recall (basil4): the writer's register. A mild loaded or intensifying word in a sentence
that reads as plain reporting is read one severity level up when the writer passes clear judgements in other
sentences of the article; alone, or beside a judgement in its own sentence only, the gate decides as before.
And how a person sounded is the manner of their speech. Texts are our own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.bias import tag_bias
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import BiasResult
from tasks.quotes import quotes
from tasks.subjectivity import apply_subjectivity, load_model

CUES = load_reporting_verbs(LEXICON_DIR)
PEOPLE = CUES.person_nouns | CUES.source_nouns | CUES.speaker_nouns

MILD = "The council votes on the plan next week, and the debate so far has been ferocious."
COLUMN = (
    "The mayor unveiled her budget on Monday. It is a reckless giveaway to developers and a shameful "
    "betrayal of renters. " + MILD + " Critics claimed the figures were wrong."
)


def _gated(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    """Tagged, then gated by a gate that withholds every author-voice word of severity 1 and none of severity
    2 (independent of the shipped weights): a mild word stays only when it is read one level up."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    gate = load_model().model_copy(update={"gate": {1: 0.999}})
    return apply_subjectivity(doc, tag_bias(doc, found, lexicon=lexicon), found, lexicon=lexicon, model=gate)


def _strict(nlp: Language, lexicon: BiasLexicon, text: str) -> BiasResult:
    """Gated by a gate that withholds every author-voice word of severity 1 and 2: what stays was read at
    severity 3 or more (the manner of speech, two levels up)."""
    doc = nlp(text)
    found = quotes(doc, entities(doc, titles=CUES.titles), cues=CUES)
    gate = load_model().model_copy(update={"gate": {1: 0.999, 2: 0.999}})
    return apply_subjectivity(
        doc,
        tag_bias(doc, found, lexicon=lexicon),
        found,
        lexicon=lexicon,
        model=gate,
        speech=CUES.verbs,
        people=PEOPLE,
    )


def _kept(result: BiasResult) -> list[str]:
    return [t.text.lower() for t in result.tags if t.voice == "author"]


def _held(result: BiasResult) -> list[str]:
    return [t.text.lower() for t in result.withheld]


def test_a_mild_word_stays_where_the_writer_judges_elsewhere(nlp: Language, lexicon: BiasLexicon) -> None:
    result = _gated(nlp, lexicon, COLUMN)
    assert {"reckless", "shameful", "ferocious"} <= set(_kept(result))
    kept = next(t for t in result.tags if t.text == "ferocious")
    assert "clear judgements elsewhere" in kept.reason
    # A doubt-casting verb is wire style in any register: the sentence decides.
    assert "claimed" not in " ".join(_kept(result))


def test_the_same_sentence_alone_is_gated(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "ferocious" in _held(_gated(nlp, lexicon, MILD))


def test_judgements_in_its_own_sentence_do_not_lift_a_mild_word(nlp: Language, lexicon: BiasLexicon) -> None:
    # One sentence (a BABE or NewsSD row, a headline-length text) is judged by the sentence alone.
    one = "The reckless and shameful plan passed, and the debate so far has been ferocious."
    assert "ferocious" in _held(_gated(nlp, lexicon, one))


def test_two_judgements_elsewhere_are_not_a_register(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The mayor unveiled her budget on Monday. It is a reckless and shameful plan. " + MILD
    result = _gated(nlp, lexicon, text)
    assert {"reckless", "shameful"} <= set(_kept(result))
    assert "ferocious" in _held(result)


def test_how_a_person_sounded_is_the_manner_of_their_speech(nlp: Language, lexicon: BiasLexicon) -> None:
    # A loaded adjective on "sound" said of a person is the writer's reading of how they spoke, like "said
    # stiffly": it passes the gate two levels up. Said of a thing it is read at its own level.
    text = "Sounding weary and aggrieved, the governor told reporters the audit was unfair."
    assert "aggrieved" in _kept(_strict(nlp, lexicon, text))
    plain = "The old engine sounded aggrieved as it climbed the hill on Monday."
    assert "aggrieved" in _held(_strict(nlp, lexicon, plain))
