"""r2s23: a transcript's labelled answers, a number word read as a name, a kin description's owner."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

INTERVIEW = """Talking trains with the new rail boss

Priya Nandakumar took over the regional rail operator in March after her predecessor, Gareth Lowe,
stepped down. Lowe had run it for ten years. She met the Courier at the depot in Crewe.

The Courier: Passengers say your trains are late more often than not. Are they right?

Nandakumar: Yes. I won't pretend otherwise, and I take the train myself every day, so I feel it too.

The Courier: What will you change first?

Nandakumar: Signals. Half of our delays start with a fault in equipment that is older than I am.

The Courier: Will you let fares go up?

Nandakumar: Not this year. I have told the board that a rise now would lose us the riders we have.
"""


def test_a_transcripts_named_turn_is_its_heads_not_the_introductions_other_person(nlp: Language) -> None:
    found = find_quotes(nlp, INTERVIEW)
    answers = [q for q in found if q.kind == "direct" and "Nandakumar:" not in q.text]
    texts = [q.text for q in answers]
    assert any(t.startswith("Yes. I won't pretend") for t in texts), texts
    assert not any("Nandakumar:" in q.text for q in found)  # the label is cut from the words
    for start in ("Yes. I won't", "Signals. Half", "Not this year"):
        who, rule = speaker_rule(found, start)
        # not the predecessor the introduction names more often (qa-turn), the head's own person
        assert who is not None and who.endswith("Nandakumar") and rule == "labelled-turn", (who, rule)


def test_one_of_a_group_is_no_alias_of_a_name_ending_in_a_number(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Reporters travelled with the president aboard Air Force One on Tuesday. Two aides briefed them on "
        'the budget. One of the aides said the deal was "close but not done."',
    )
    assert speaker_rule(found, "close but not done", anywhere=True)[0] != "Air Force One"


def test_her_sister_is_not_the_woman_her_stands_for(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Helen Marsh runs the stall with her older sister, Ruth Bell, 70. Ruth sells the jam while Helen "
        'makes it. "Helen is the cook, I am the talker," Ruth said.\n\n'
        'From the kitchen, her sister shouted: "Not true at all."',
    )
    assert speaker_rule(found, "Not true at all")[0] != "Ruth Bell"
    # "her" standing for the one who has the sister: the sister introduced so speaks
    found = find_quotes(
        nlp,
        "Helen Marsh runs the stall with her older sister, Ruth Bell, 70. Helen makes the jam by hand. "
        '"It takes all night," Helen said.\n\nFrom the kitchen, her sister shouted: "Not true at all."',
    )
    assert speaker_rule(found, "Not true at all")[0] == "Ruth Bell"
