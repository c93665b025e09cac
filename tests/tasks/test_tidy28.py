"""Session 28, tidy28: the stage chain names a bias tag's holder from what the extract stage sent (no second
quote pass); one guard for the comment adverb's two literal senses; precision families: a weather word said
of people makes no neighbour literal, a standard of fault in legal copy is the law's term.

Short texts of our own; each test fails without the mechanism it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import tasks.quotes.extract
from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.bias import Vetoed
from tasks.bias.senses import _Senses
from tasks.lexicon import BiasEntry, BiasLexicon
from tasks.models import Extraction
from tasks.nlp import doc_from_bytes, doc_to_bytes
from tests.tasks.bias_cases import run, words

# Articles whose label and view holders only the quote layer's speaker passes name (a description, "he"
# and "she", a surname): the fused and the staged pipeline must give the same tags and speakers.
HOLDERS = [
    (
        "Paula Reyes, a senator from Ohio, opened the debate on Monday. She spoke for an hour. "
        "The senator branded the bill a disgrace.",
        ("disgrace", "Paula Reyes"),
    ),
    (
        'Marta Quill met Owen Tarrant at the depot on Friday. "We argued," he said, and he branded the '
        "closure reckless.",
        ("reckless", "Owen Tarrant"),
    ),
    (
        "Mayor Lena Ostrow met the transport board's engineers on Tuesday. She believes the timetable is "
        "absurd.",
        ("absurd", "Lena Ostrow"),
    ),
    (
        "Dennis Arkwright spoke to reporters after the final with the club's chairman. "
        "Arkwright was furious. He believes the referee was a disgrace.",
        ("disgrace", "Dennis Arkwright"),
    ),
]


def _refuse(*args: object, **kwargs: object) -> list[object]:
    raise AssertionError("the bias stage looked for the quotes again")


@pytest.mark.parametrize(("body", "named"), HOLDERS)
def test_the_staged_bias_stage_names_holders_as_the_fused_one_without_a_second_quote_pass(
    nlp: Language, monkeypatch: pytest.MonkeyPatch, body: str, named: tuple[str, str]
) -> None:
    settings = Settings()
    doc = nlp(body)
    found = extract(doc, settings)
    fused = bias(doc, found, settings)
    assert named in [(t.text, t.speaker) for t in fused.tags]
    # the chain: the parse as DocBin bytes (no user data), the extraction as JSON on the broker
    sent = Extraction.model_validate_json(found.model_dump_json())
    assert sent.speaker_memory is not None and sent.speaker_memory.mentions
    monkeypatch.setattr(tasks.quotes.extract, "quotes", _refuse)
    staged = bias(doc_from_bytes(nlp, doc_to_bytes(doc)), sent, settings)
    assert staged.model_dump() == fused.model_dump()


def test_an_extraction_without_the_memory_still_names_the_holder(nlp: Language) -> None:
    # one made by hand, or by a release that sent none: the passes are rerun on first use, as before
    settings = Settings()
    body, named = HOLDERS[0]
    doc = nlp(body)
    found = extract(doc, settings).model_copy(update={"speaker_memory": None})
    staged = bias(doc_from_bytes(nlp, doc_to_bytes(doc)), found, settings)
    assert named in [(t.text, t.speaker) for t in staged.tags]


def _entry(lexicon: BiasLexicon, term: str) -> BiasEntry:
    return next(e for e in lexicon.entries if e.term == term)


@pytest.mark.parametrize(
    ("body", "term", "found"),
    [
        ("The minister obviously knew about the contract.", "obviously", True),  # an adverb on the verb
        ("The obviously flawed plan was dropped.", "obviously", True),  # on an adjective: still an adverb
        ("The minister knew about the obvious flaw.", "obvious", False),  # no comment adverb entry
    ],
)
def test_the_comment_adverbs_literal_senses_start_from_one_guard(
    nlp: Language, lexicon: BiasLexicon, body: str, term: str, found: bool
) -> None:
    # both literal senses of a comment adverb (talk's texture in a quote, the manner of a verb) read the
    # same one-word hit the parse takes for an adverb (_Senses._comment_adverb)
    doc = nlp(body)
    i = next(t.i for t in doc if t.lower_ == term)
    tok = _Senses(doc, lexicon)._comment_adverb(i, i + 1, _entry(lexicon, term))
    assert (tok is not None and tok.i == i) is found
    assert _Senses(doc, lexicon)._comment_adverb(i, i + 2, _entry(lexicon, term)) is None  # one word only


# tidy28 precision: a weather word said of people is their figure, so it makes no neighbour literal; the
# weather's own words still do.
@pytest.mark.parametrize(
    "body",
    [
        "Migrants flood the town and the council warns of chaos.",
        "As migrants flood into the town, residents describe scenes of chaos.",
        "The migrant surge has caused chaos at the border crossing.",
        "Protesters flooded the square as chaos spread through the capital.",
    ],
)
def test_a_weather_word_said_of_people_makes_no_neighbour_literal(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert "chaos" in words(run(nlp, lexicon, body))


@pytest.mark.parametrize(
    "body",
    [
        "The storm brought chaos to the coast on Monday.",
        "Heavy rain flooded the town and caused chaos on the roads.",
        "The river flooded the town and chaos followed as residents fled.",
        # a modifier counts by its word only, and no suffix guess: "winter", "water" are no voters
        "A winter storm brought chaos to the roads.",
        "Water flooded the streets and chaos followed on Monday.",
    ],
)
def test_the_weathers_own_words_still_make_chaos_literal(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert "chaos" not in words(run(nlp, lexicon, body))


LIBEL = "Ms Kerr is suing the magazine for libel. "


@pytest.mark.parametrize(
    "sentence",
    [
        "She must show it acted with reckless disregard for whether the story was true.",
        "Her lawyers will argue the editor published it with actual malice.",
    ],
)
def test_a_standard_of_fault_in_legal_copy_is_the_laws_term(
    nlp: Language, lexicon: BiasLexicon, sentence: str
) -> None:
    vetoed: list[Vetoed] = []
    assert words(run(nlp, lexicon, LIBEL + sentence, vetoed=vetoed)).isdisjoint({"reckless", "malice"})
    assert any(v.sense == "literal" for v in vetoed)


@pytest.mark.parametrize(
    "body",
    [
        # no legal or court word in the article: the writer's verdict
        "The magazine acted with reckless disregard for whether the story was true.",
        # legal copy, but no standard of the law: still a verdict
        LIBEL + "Its editor showed a reckless attitude to the facts.",
    ],
)
def test_reckless_outside_a_standard_in_legal_copy_still_tags(
    nlp: Language, lexicon: BiasLexicon, body: str
) -> None:
    assert "reckless" in words(run(nlp, lexicon, body))
