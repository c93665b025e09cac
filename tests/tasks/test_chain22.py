"""Speakers in long features and business copy (blind21s, fixed after reading its report): an organisation
that "sent her a letter" is no person a later "she" may mean; a quote paragraph after a sentence about a named
woman is hers though it speaks of some man as "he"; a "she says" with no one in reach is the one woman the
article knows; a verb right after a noun joined to an object takes that noun for its subject."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_an_organisation_that_sent_her_a_card_is_no_person_for_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The crofter of Kilbride\n\n"
        "When I reached the croft at Kilbride, Helen Morrison was already in the yard, feeding the hens.\n\n"
        "She is 81 now, and she has not worked the croft since 2004, when the Highland Crofting Trust took "
        "over the land and sent her a card thanking her for her years of work. She stayed on. The trust, "
        "which still owns the house, lets her keep it for a small rent.\n\n"
        '"They thought I\'d be gone by spring," she told me over tea. "My sister was sure of it."\n',
    )
    assert speaker_rule(found, "They thought")[0] == "Helen Morrison"
    assert speaker_rule(found, "My sister")[0] == "Helen Morrison"


def test_a_quote_after_a_sentence_about_her_is_hers_though_it_says_he_of_a_man(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The crofter of Kilbride\n\n"
        "For fifty years Helen Morrison has worked the croft at Kilbride. She said she would fight the "
        "new road to the end.\n\n"
        "Morrison does not hide her anger. \"I fought the road and I'd fight it again. Tom Reid and his "
        'friends wanted it through my field."\n',
    )
    assert speaker_rule(found, "I fought") == ("Helen Morrison", "subject-before")


def test_a_verb_right_after_a_noun_joined_to_an_object_takes_that_noun_for_subject(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Corran shares slide\n\n"
        "Shares of Corran Shipping fell nearly 7% on Tuesday after the shipping and storage company cut its "
        "full-year revenue outlook and its chief executive warned investors that demand from factory "
        "customers had weakened over the winter.\n",
    )
    assert speaker_rule(found, "demand from")[0] == "its chief executive"


def test_she_far_from_any_name_is_the_one_woman_the_feature_knows(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The crofter of Kilbride\n\n"
        "For fifty years Helen Morrison has kept the croft at Kilbride. She said she would never sell it.\n\n"
        "The croft sits at the end of a single-track road. The nearest shop is eleven miles away. "
        "Winters are long and the wind rarely drops. The post comes twice a week. The ferry stopped "
        "running in 2009. Most of the other houses are now holiday lets.\n\n"
        '"I like the quiet," she says. "Nobody bothers me here."\n',
    )
    assert speaker_rule(found, "I like") == ("Helen Morrison", "pronoun")
