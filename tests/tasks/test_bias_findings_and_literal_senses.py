"""Issue 12 (lead, session 14): what a report, an inquiry or a court "found" is that body's finding, which the
writer attributes; "lying" in a corridor is posture; the offence a complaint alleges is its name; a
possessor is near however many words stand between; a market's biggest losers are shares."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words


def test_a_reports_finding_is_the_reports(nlp: Language, lexicon: BiasLexicon) -> None:
    result = run(nlp, lexicon, "An independent report found that the leader had bullied staff for years.\n")
    bullied = tag(result, "bullied")
    assert (bullied.voice, bullied.speaker) == ("quoted", "independent report")
    result = run(nlp, lexicon, "In September, the inquiry found the company had misled the public.\n")
    assert (tag(result, "misled").voice, tag(result, "misled").speaker) == ("quoted", "inquiry")


def test_a_persons_own_finding_and_a_phrase_before_the_finding_stay_the_writers(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # A person who "found" something reports no body's finding.
    result = run(nlp, lexicon, "Ms Cole found that the leader had bullied staff for years.\n")
    assert tag(result, "bullied").voice == "author"
    # The writer's framing set off before the finding's subject is not part of it.
    result = run(
        nlp,
        lexicon,
        "Despite the scandalous delays, most residents were never told of the plan, the inquiry found.\n",
    )
    assert tag(result, "scandalous").voice == "author"


def test_lying_in_a_place_is_posture(nlp: Language, lexicon: BiasLexicon) -> None:
    assert "lying" not in words(run(nlp, lexicon, "She was lying there in a corridor for 19 hours.\n"))
    assert "lying" not in words(run(nlp, lexicon, "He was lying in a hospital bed when police arrived.\n"))
    assert "lying" in words(run(nlp, lexicon, "The minister was lying when he denied the affair.\n"))


def test_the_offence_a_complaint_alleges_is_its_name(nlp: Language, lexicon: BiasLexicon) -> None:
    for text in (
        "The council received four bullying complaints against its leader last year.\n",
        "Council leader quits over fresh bullying claims\n",
    ):
        assert "bullying" not in words(run(nlp, lexicon, text)), text
    text = "The leader's bullying of junior staff went on for years.\n"
    assert "bullying" in words(run(nlp, lexicon, text))


def test_a_possessor_counts_as_near_however_far(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "More than 10,000 civilians have been killed since Russia's full-scale invasion in 2022.\n"
    assert "invasion" not in words(run(nlp, lexicon, text))
    text = "The mayor warned of a full-scale invasion of the old town by tourists this summer.\n"
    assert "invasion" in words(run(nlp, lexicon, text))


def test_a_markets_biggest_losers_are_shares(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "European shares fell, with airline and travel stocks among the biggest losers.\n"
    assert "losers" not in words(run(nlp, lexicon, text))
    assert "losers" in words(run(nlp, lexicon, "The mayor called his critics losers and cranks.\n"))
