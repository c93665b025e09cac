"""Issue 12, idioms and multiword labels in the writer's voice (idiom12): families of entries written by us,
and the gap slot ``...`` that lets an idiom wrap its fixed words around an object.

Short sentences of our own: a loaded use each family tags (inflected: "were asleep at the wheel", "slapped on
the wrist"), and a literal use its sense conditions leave alone. Each loaded case fails without the family's
entries in ``bias.yaml``; each literal case fails if the entry loses the condition that names its literal
sense.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tasks.lexicon import BiasLexicon, load_bias_lexicon, term_words
from tests.tasks.bias_cases import run, words

LOADED = [
    # failure and negligence
    ("Ministers were asleep at the wheel while the waiting lists grew.", "asleep at the wheel"),
    ("The bank was slapped on the wrist for years of overcharging.", "slapped on the wrist"),
    ("The new funding is too little, too late for the town's libraries.", "too little, too late"),
    ("The agency has been dragging its feet on the inquiry for a decade.", "dragging its feet"),
    # the gap slot: an object between the fixed words, or none
    ("The council swept the residents' complaints under the carpet.",
     "swept the residents' complaints under the carpet"),
    ("The report was quietly kicked into the long grass.", "kicked into the long grass"),
    ("Once again the horse has already bolted.", "horse has already bolted"),
    # dismissive idioms for policies and politicians
    ("The grant is a drop in the ocean beside the cost of repairs.", "drop in the ocean"),
    ("The minister is all mouth and no trousers on crime.", "all mouth and no trousers"),
    ("The scheme is a solution in search of a problem.", "solution in search of a problem"),
    # evaluative multiword labels
    ("The senator is a serial fabricator of his own war record.", "serial fabricator"),
    ("The mayor's aides did their bidding without question.", "did their bidding"),
    ("The regulator was swamped by lobbyists from the oil industry.", "swamped"),
]  # fmt: skip

LITERAL = [
    ("The lorry driver fell asleep at the wheel and hit a barrier.", "asleep at the wheel"),
    ("Homes near the river were swamped by flood water overnight.", "swamped"),
    ("The goalkeeper was treated for a knock on the wrist.", "slap on the wrist"),
    ("No one wants to risk swamping the narrow channels with messages.", "swamping"),
    ("His corner threw in the towel in the fourth round of the bout.", "threw in the towel"),
    ("The serial killer was jailed for life.", "serial killer"),
    ("She is a two-time champion of the national open.", "two-time"),
    ("He is a born-again Christian who runs a food bank.", "born-again"),
]


@pytest.mark.parametrize(("body", "word"), LOADED)
def test_the_writers_idiom_is_tagged(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert word in words(run(nlp, lexicon, body))


@pytest.mark.parametrize(("body", "word"), LITERAL)
def test_the_literal_use_is_not(nlp: Language, lexicon: BiasLexicon, body: str, word: str) -> None:
    assert not any(word in w or w in word for w in words(run(nlp, lexicon, body)))


def test_a_gap_reaches_no_further_than_its_limit_or_a_comma(nlp: Language, lexicon: BiasLexicon) -> None:
    # five words between the verb and its tail, or a comma among them: no idiom
    far = "They swept the old and very dusty rugs under the carpet."
    clause = "They swept the hall, and under the carpet they found a key."
    assert not any("under the carpet" in w for w in words(run(nlp, lexicon, far)))
    assert not any("under the carpet" in w for w in words(run(nlp, lexicon, clause)))


def test_the_gap_is_one_word_of_a_term_and_may_not_open_or_close_it(tmp_path: Path) -> None:
    assert term_words("sweep ... under the carpet") == ("sweep", "...", "under", "the", "carpet")
    for bad in ("... under the carpet", "sweep under the carpet ...", "sweep ... under ... carpet"):
        lexicon_file = tmp_path / bad.replace(" ", "_").replace(".", "d") / "bias.yaml"
        lexicon_file.parent.mkdir(parents=True)
        lexicon_file.write_text(
            'version: "t"\ncategories:\n  loaded:\n    reason: "{who} {text}"\nentries:\n'
            f'  - {{term: "{bad}", category: loaded, severity: 2, notes: "test"}}\n',
            encoding="utf-8",
        )
        with pytest.raises(ValueError, match=r"slot|gap"):
            load_bias_lexicon(lexicon_file.parent)
