"""basil6: `bench/basil_misses.py` sorts a lexical-bias span by what the pipeline did with it.

Short texts of our own, run through the production stages; each test fails without the script's bucketing.
"""

from __future__ import annotations

from spacy.language import Language

from bench.basil_misses import bucket
from config.settings import Settings
from tasks.analysis import bias, extract
from tasks.bias import Vetoed


def _bucket(nlp: Language, settings: Settings, text: str, word: str, *, quoted: bool = False) -> str:
    doc = nlp(text)
    vetoed: list[Vetoed] = []
    result = bias(doc, extract(doc, settings), settings, vetoed=vetoed)
    start = text.index(word)
    span = {"start": start, "end": start + len(word), "bias": "lexical", "quoted": quoted}
    return bucket(doc, result, vetoed, span)[0]


def test_a_tag_in_the_wanted_voice_is_right(nlp: Language, settings: Settings) -> None:
    text = "The senator's genocidal plan was unveiled on Monday."
    assert _bucket(nlp, settings, text, "genocidal") == "right"


def test_a_tag_in_the_other_voice_is_a_voice_miss(nlp: Language, settings: Settings) -> None:
    text = 'The mayor said: "This budget is a disgrace and a sham." Councillors voted on Tuesday.'
    assert _bucket(nlp, settings, text, "sham") == "voice"


def test_a_word_no_entry_knows_is_no_hit(nlp: Language, settings: Settings) -> None:
    text = "The council approved the new library on Tuesday."
    assert _bucket(nlp, settings, text, "approved") == "nohit"


def test_a_name_vetoed_by_a_sense_pass_is_sense(nlp: Language, settings: Settings) -> None:
    text = "The Savages beat the Rangers 3-1 on Saturday in front of a home crowd."
    assert _bucket(nlp, settings, text, "Savages") == "sense"
