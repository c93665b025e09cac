"""Precision of tags on straight news (issue 12): chart reports, degree adverbs on verbs.

Sentences and articles are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias import Vetoed
from tasks.lexicon import BiasLexicon

from .bias_cases import run, words

CHART = (
    "The singer's latest single soared to the top of the UK chart on Sunday, toppling last week's number "
    "one. The song sold 60,000 copies in its first week of release, according to the chart compilers. Her "
    "album climbed five places to number three, while a greatest hits collection went back into the top 40. "
    "The band's new single, released on Monday, went in at number seven. Last week's top album slipped to "
    "number four after three weeks at the top. The chart also saw two new entries in the top ten, both "
    "tracks from film soundtracks. Sales of singles rose for the fifth week running, with downloads now "
    "counted alongside copies sold in shops. A spokesman said the chart race was the closest of the year."
)


def test_a_chart_report_tells_rankings_in_verbs_of_motion(nlp: Language, lexicon: BiasLexicon) -> None:
    vetoed: list[Vetoed] = []
    result = run(nlp, lexicon, CHART, vetoed=vetoed)
    assert not {"soared", "toppling"} & words(result)
    assert {"soar", "topple"} <= {v.rule.split("/")[0] for v in vetoed if v.sense == "genre"}


def test_a_degree_adverb_on_a_verb_of_action_is_no_intensifier(nlp: Language, lexicon: BiasLexicon) -> None:
    said = run(nlp, lexicon, '"Online shopping has gone up enormously this year," she said.')
    assert "enormously" not in words(said)
    changed = run(nlp, lexicon, "Prices of the new phones have risen dramatically since March.")
    assert "dramatically" not in words(changed)
    # On a judgement it still heightens it.
    judged = run(nlp, lexicon, '"The plan is deeply flawed and the pay is extremely generous," he said.')
    assert {"deeply", "extremely"} <= words(judged)
    acted = run(nlp, lexicon, '"The site is totally discriminating against us," he said.')
    assert "totally" in words(acted)
