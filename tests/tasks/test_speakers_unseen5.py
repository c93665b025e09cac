"""Speaker vetoes and repairs found on fresh articles of our own (issue 13, spk6): a piece of a hyphenated
word is no subject, a name apposed to an apposed title speaks, an alias is not a longer name's, a paragraph
that introduces someone after its quote is not the last speaker's, "they" after a single speaker's reported
group names no one, a surname of a named person is a person, a surname relatives share says neither, and
"director of rugby Jo Li" is Li."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_hyphenated_title_piece_is_no_speaker(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Moths can see colour at night, a study found.\n\n"
        '"Zero is the real prize," said co-author Mikael Strand. "If they can do that, we will have to '
        'rethink a lot."\n',
    )
    assert speaker_rule(found, "Zero is") == ("Mikael Strand", "named-subject")


def test_name_apposed_to_an_apposed_title_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A former charity boss was jailed on Friday.\n\n"
        "Outside court, the trust's current chair, Simon Adeyemi, said the charity had tightened its "
        "financial controls.\n",
    )
    assert speaker_rule(found, "the charity had") == ("Simon Adeyemi", "apposition")


def test_alias_is_not_a_longer_names(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Henderson family has farmed outside Lanark for a century. Now a bypass could cut their land.\n\n"
        "Transport Scotland published its preferred route for the A73 bypass last month.\n\n"
        "Transport Scotland said it had considered several alternative routes.\n",
    )
    assert speaker_rule(found, "it had considered")[0] != "Scotland"


def test_paragraph_introducing_someone_after_its_quote_is_not_the_last_speakers(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The council voted for the skate park on Monday.\n\n"
        'Resident Harold Mixon said he planned to keep an eye on things. "If it gets loud at midnight, '
        "they'll hear from me,\" he said.\n\n"
        '"It\'s a good day for Hartwell." Those were the words of Mayor Linda Cho as the meeting closed.\n',
    )
    # not Mixon's; since session 24 the sentence pointing back at the quote names whose it is
    assert speaker_rule(found, "It's a good day") == ("Linda Cho", "pointed-back")


def test_they_after_a_single_speakers_reported_group_names_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The council plans to close the village school.\n\n"
        "Jo Tremayne, who chairs the parents' association, said families were worried about the journey.\n\n"
        "\"Six miles doesn't sound like much, but on these lanes it's forty minutes,\" they said.\n",
    )
    assert speaker_rule(found, "Six miles") == (None, None)


def test_they_after_a_described_speaker_is_not_an_earlier_body(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A water company was fined £90m.\n\n"
        'A spokesperson for the department said the government was "determined to clean up our rivers".\n\n'
        "One senior industry figure, who spoke on condition of anonymity, said other companies were braced "
        'for similar cases. "Everyone is looking at their own numbers tonight," they said.\n',
    )
    assert speaker_rule(found, "Everyone is") == (None, None)


def test_surname_of_a_named_person_is_a_he(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Alistair Henderson has farmed near Lanark all his life.\n\n"
        'Transport Scotland said it had considered other routes. "The preferred option is the best," a '
        "spokesperson said.\n\n"
        'Henderson said the family would fight the plan. "We\'ll be there, all three of us," he said.\n',
    )
    assert speaker_rule(found, "We'll be there")[0] != "spokesperson"


def test_surname_relatives_share_says_neither(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Tom and Jack Harlow both scored tries as Exeter won on Sunday.\n\n"
        'Jack Harlow kicked the late penalty. "I was shaking a bit," Jack Harlow said.\n\n'
        '"It\'s special doing it together," Tom Harlow said.\n\n'
        'Harlow, asked about the final kick, smiled. "I didn\'t look at the posts," he said.\n',
    )
    assert speaker_rule(found, "I didn't look")[0] in {None, "Harlow"}


def test_name_after_the_field_of_a_title_holds_it(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Exeter held on to beat Bath on Sunday.\n\n"
        "Exeter director of rugby Rob Baxter praised both players but said his side had been fortunate.\n",
    )
    assert speaker_rule(found, "his side") == ("Rob Baxter", "apposition")
