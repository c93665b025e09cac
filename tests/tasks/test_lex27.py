"""lex27: bench/pattern_adjectives.py keeps a Pattern adjective only when every sense of it is polarised and
subjective, and never a function word; each kept form carries its figures and a reason naming the source.
(The experiment's tagger wiring is not shipped: README, bias section.)"""

from __future__ import annotations

from bench.pattern_adjectives import build

XML = b"""<?xml version="1.0" encoding="utf-8"?>
<sentiment language="en" license="PDDL">
<word form="zorky" pos="JJ" polarity="-0.8" subjectivity="0.9" />
<word form="zorky" pos="JJ" polarity="-0.6" subjectivity="1.0" />
<word form="plimb" pos="JJ" polarity="0.5" subjectivity="1.0" />
<word form="plimb" pos="JJ" polarity="0.0" subjectivity="0.0" />
<word form="many" pos="JJ" polarity="0.5" subjectivity="0.8" />
<word form="grumble" pos="VB" polarity="-0.9" subjectivity="1.0" />
<word form="kind of" pos="JJ" polarity="0.6" subjectivity="0.9" />
</sentiment>
"""


def test_only_forms_whose_every_sense_grades_are_kept() -> None:
    data = build(XML, 0.5, 0.7)
    # "plimb" has a neutral sense, "many" is a stop word, "grumble" a verb, "kind of" two words
    assert [e["term"] for e in data["entries"]] == ["zorky"]
    (entry,) = data["entries"]
    assert entry["figures"]["senses"] == 2 and entry["figures"]["polarity_mean"] == -0.7
    assert "Pattern" in entry["reason"] and "negative" in entry["reason"]
    assert data["provenance"]["licence"].startswith("PDDL")
    assert data["provenance"]["thresholds"]["every_sense_subjectivity_at_least"] == 0.7
