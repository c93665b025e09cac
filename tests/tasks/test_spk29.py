"""spk29 (issue 13): precision on articles the rules were not tuned for: a profile's speaker goes on past an
aside about a third person; a councillor's "Cllr" is no part of her name; "the bank" is no guess between two
banks; a body's relayed view is not the parenthetical speaker's; a quote told inside a quote stays the outer
speaker's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

# -- 1. a narrative aside about a third person between two quotes of a profile's subject


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # the aside's person is hers ("gave her a mark")
            "Taylor Quinn is the first woman to referee a cup final at Wembley.\n\n"
            '"I was sick in the car park," Quinn said.\n\n'
            "Alex Moore, the assessor that day, gave her a mark of 8.4.\n\n"
            '"That meant more than the final itself," she said.',
            "That meant",
            "Taylor Quinn",
        ),
        (  # "Her colleague, Sarah Jones," a woman the aside names, who never speaks
            "Dr Helen Park runs the only clinic in the valley.\n\n"
            '"People wait weeks to see me," Park said.\n\n'
            "Her colleague, Sarah Jones, left the clinic last year after a dispute over funding.\n\n"
            '"It was a hard time for all of us," she said.',
            "It was a hard time",
            "Helen Park",
        ),
        (  # "Her teacher ..., Robin Hale," (a name of no known gender); "students" are not whom "she" means
            "Sam Ortiz spent a decade as a miner before she took up painting.\n\n"
            '"The dark stays with you," Ortiz said.\n\n'
            "Her teacher at the art school, Robin Hale, made students paint only what they had lived.\n\n"
            '"So I painted the pit," she said.',
            "So I painted",
            "Sam Ortiz",
        ),
    ],
)
def test_a_profiles_speaker_goes_on_past_an_aside_about_a_third_person(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment) == (speaker, "pronoun")


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # told of in the pronoun's gender ("lost her home too"): a new voice
            "Kim Adair lost her car in the flood.\n\n"
            '"The water came in fast," Adair said.\n\n'
            "Her neighbour, Mary Smith, lost her home too and now sleeps at the church hall.\n\n"
            '"We have nothing left," she said.',
            "We have nothing",
            "Mary Smith",
        ),
        (  # the aside looks at the speaker before by name
            "Jess Vale has been swimming since she was twelve.\n\n"
            '"The pool was my second home," Vale said.\n\n'
            "Kelly Marsh agreed with Vale's plan.\n\n"
            '"It will work," she said.',
            "It will work",
            "Kelly Marsh",
        ),
        (  # the coach speaks in the article: the aside may bring her in
            "Jess Vale has been swimming since she was twelve.\n\n"
            '"The pool was my second home," Vale said.\n\n'
            "Coach Kelly Marsh never praised anyone in public.\n\n"
            '"I learned to read the silence," she said.\n\n'
            '"Jess never needed praise," Marsh said.',
            "I learned",
            "Kelly Marsh",
        ),
        (  # the "him" is inside the aside person's own clause: not a tie to the speaker before (lead, from
            # blind29t's final-tree report)
            "Rovers lost 2-1 to City on Saturday after a late goal.\n\n"
            '"We gave everything today," Rovers captain Ken Sakamoto said.\n\n'
            "Striker Tom Ruiz, whose double took him top of the scoring charts, looked deflated.\n\n"
            '"It means nothing without a win," he said.',
            "It means nothing",
            "Tom Ruiz",
        ),
        (  # the same inside a participle clause on the aside's person
            "Wanderers drew 1-1 with United on Sunday.\n\n"
            '"We should have won it," Wanderers manager Paul Ince said.\n\n'
            "Winger Sam Hale, limping after a tackle that left him on the turf, trudged off early.\n\n"
            '"My ankle is fine," he said.',
            "My ankle",
            "Sam Hale",
        ),
    ],
)
def test_a_new_voice_the_aside_brings_in_keeps_the_quote(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_rule(find_quotes(nlp, text), fragment)[0] == speaker


# -- 2. a quote told inside a quote


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith met Alan Cole on Monday. \"He told me, 'We will not back down,'\" Smith said.",
        "Jane Smith met Alan Cole on Monday. \"Cole looked at me and said, 'There is no more money,'\" "
        "Smith said.",
        "Jane Smith met Alan Cole on Monday. \u201cHe told me, \u2018We will not back down,\u2019\u201d "
        "Smith said.",
    ],
)
def test_the_outer_quote_with_a_quote_inside_is_the_outer_speakers(nlp: Language, text: str) -> None:
    # the words inside are not split out as a quote of their own (README: a limit), and do not make the
    # person they name the speaker of the whole
    found = find_quotes(nlp, text)
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.canonical == "Jane Smith"


# -- 3. titles and "the bank"


@pytest.mark.parametrize("title", ["Cllr", "Councillor"])
def test_a_councillors_title_is_no_part_of_her_name(nlp: Language, title: str) -> None:
    text = f'{title} Jane Smith said the budget was fair.\n\n"We had no choice," {title} Smith said.'
    found = find_quotes(nlp, text)
    assert {q.speaker.canonical for q in found if q.speaker is not None} == {"Jane Smith"}
    assert found[0].speaker is not None and found[0].speaker.text.startswith(title)  # the title is kept


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The Bank of England raised interest rates on Thursday. HSBC said it would pass the rise on to "
            'borrowers within days.\n\n"Mortgage costs will rise," the bank said.',
            "Bank of England",
        ),
        (
            "Deutsche Bank agreed to buy a stake in Commerzbank on Monday. Commerzbank said the talks had "
            'been friendly.\n\n"This is a good day for our customers," the bank said in a statement.',
            "Deutsche Bank",
        ),
    ],
)
def test_the_bank_is_no_guess_when_another_has_acted_since(nlp: Language, text: str, wrong: str) -> None:
    quote = [q for q in find_quotes(nlp, text) if q.kind == "direct"]
    assert len(quote) == 1 and (quote[0].speaker is None or quote[0].speaker.canonical != wrong)


def test_the_bank_whose_name_holds_the_word_is_still_the_one_meant(nlp: Language) -> None:
    text = (
        "Barclays Bank reported a rise in profit on Tuesday. Its shares rose 3%.\n\n"
        '"Our customers kept spending," the bank said.'
    )
    assert speaker_rule(find_quotes(nlp, text), "Our customers")[0] == "Barclays Bank"


# -- 4. a body's view relayed by a parenthetical speaker


@pytest.mark.parametrize("verb", ["argued", "has argued", "insisted"])
def test_a_subject_that_argues_is_a_speaker_not_the_parenthetical_ones_thing(
    nlp: Language, verb: str
) -> None:
    text = (
        "Mayor Tom Hale defended the budget on Monday. "
        f"The opposition, Hale said, {verb} that the cuts went too far."
    )
    speaker, rule = speaker_rule(find_quotes(nlp, text), "the cuts went")
    assert speaker != "Tom Hale" and rule != "speechless-head"
