"""Speaker defects found by spk24b on articles of its own in genres nobody had tuned for (sports reaction,
council rows, earnings, product launches, diplomacy wire copy, US politics, showbusiness)."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def _speaker(nlp: Language, text: str, fragment: str) -> str | None:
    return speaker_rule(find_quotes(nlp, text), fragment)[0]


def test_a_party_word_no_one_was_introduced_with_is_the_person_just_quoted(nlp: Language) -> None:
    # "Democrats" in what Ames said is no introduction of Ames as a Democrat
    text = (
        "Senate Majority Leader Paul Ames said Democrats would be blamed for any shutdown.\n\n"
        "Senate Minority Leader Rosa Kline said the bill had been written to fail. "
        '"They knew we could never vote for it," the Oregon Democrat told reporters.'
    )
    assert _speaker(nlp, text, "They knew") == "Rosa Kline"


def test_a_name_the_parse_lists_after_a_noun_without_a_conjunction_is_set_beside_it(nlp: Language) -> None:
    text = (
        "Plans for 120 homes near Oakley Green were rejected on Tuesday.\n\n"
        'Resident Mary Holt, 70, said: "The lane floods every winter."\n\n'
        'Another objector, farmer Tom Ellery, told councillors: "Once these fields are gone, they are gone '
        'forever."'
    )
    assert _speaker(nlp, text, "Once these") == "Tom Ellery"


def test_a_trade_with_a_participle_after_a_dateline_is_the_company(nlp: Language) -> None:
    text = (
        "CHICAGO (Reuters) - Brantley Foods Inc reported a 30% drop in quarterly profit on Thursday.\n\n"
        "The frozen-food maker said shoppers were switching to cheaper store brands."
    )
    assert _speaker(nlp, text, "shoppers were switching") == "Brantley Foods"


def test_a_one_word_name_that_does_its_own_things_is_a_company(nlp: Language) -> None:
    # the model tags "Sorella" a person; "its" and "shares of" say otherwise, so "the company" is Sorella,
    # not the analyst's employer named last
    text = (
        "Sorella on Tuesday unveiled its first folding laptop.\n\n"
        '"It is a studio in a bag," said Ben Cole, an analyst at Ridgeway Research.\n\n'
        "Sorella also launched a stylus. The company said the pen charges in ten minutes.\n\n"
        "Shares of Sorella rose 2%."
    )
    assert _speaker(nlp, text, "the pen charges") == "Sorella"


def test_a_surname_the_model_took_for_a_place_is_the_person_when_given_an_age(nlp: Language) -> None:
    text = (
        "Singer Lucia Toledo and her husband have separated.\n\n"
        "Another friend told the magazine that the couple had sold their house.\n\n"
        'Toledo, 41, spoke of a hard year last month. "I learned a lot about myself," she told Elle.'
    )
    assert _speaker(nlp, text, "I learned") == "Lucia Toledo"


def test_a_coast_guard_is_a_body_not_the_spokesman_quoted_before(nlp: Language) -> None:
    text = (
        "Foreign ministry spokesman Wei Lan said the ships had entered Chinese waters. "
        '"We urge restraint," Wei said.\n\n'
        "The Philippine coast guard said the ships had fired water cannon at its boats."
    )
    assert _speaker(nlp, text, "the ships had fired") != "Wei Lan"


def test_an_epithet_after_a_quote_of_two_sentences_is_the_speaker_before_it(nlp: Language) -> None:
    text = (
        "Rovers drew 1-1 with Eastfield on Saturday.\n\n"
        '"I still do not know what he did," Kevin Doherty said. "It is a joke."\n\n'
        'Speaking to the local radio station, the Northern Irishman added: "The lads were heroic."'
    )
    assert _speaker(nlp, text, "The lads") == "Kevin Doherty"


def test_a_title_word_before_a_place_modifying_a_noun_makes_no_person(nlp: Language) -> None:
    text = (
        'Asked about his contract, Ben Ashby said he was "happy" at the club.\n\n'
        '"I love it here," the former Norwich striker said.'
    )
    assert _speaker(nlp, text, "I love it") == "Ben Ashby"


def test_a_headlines_jury_told_is_the_one_told(nlp: Language) -> None:
    text = (
        'Jury told builder "planned" attack on rival\n\n'
        "A builder planned an attack on a rival, a jury has heard. Prosecutor Ann Lowe said the two men had "
        "fallen out over money."
    )
    assert _speaker(nlp, text, "planned") is None


def test_a_womans_courtesy_title_does_not_take_a_mans_full_name(nlp: Language) -> None:
    text = (
        "Graham Tate, 58, was shot at his farm in February, the court heard.\n\n"
        "Mr Tate's widow gave evidence on Tuesday. Under cross-examination, Mrs Tate accepted that her "
        'husband had also "lost his temper" with the defendant.'
    )
    assert _speaker(nlp, text, "lost his temper") != "Graham Tate"
