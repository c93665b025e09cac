"""Real-article defects found by the lead in session 20 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words


def test_the_name_of_a_driving_offence_is_no_verdict(nlp: Language, lexicon: BiasLexicon) -> None:
    court = (
        "Dale Hirst, 51, admitted causing death by dangerous driving at Carlisle Crown Court. "
        "A second driver was fined for reckless driving on the same bypass."
    )
    assert not {"dangerous", "reckless"} & words(run(nlp, lexicon, court))
    # the writer's verdict on a policy keeps its tag
    policy = "The council pressed ahead with a dangerous and reckless plan to sell the park."
    assert {"dangerous", "reckless"} <= words(run(nlp, lexicon, policy))
