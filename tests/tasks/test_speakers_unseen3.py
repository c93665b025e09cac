"""Speaker mechanisms found on unseen material of our own (issue 13, third round): a "he said" carries on
the one who spoke, not a person named in what he reported or in an aside's clause; an unnamed person
introduced as speaking is someone a later "she said" may mean; a word for a man or a woman tells a
described speaker's gender; "the shadow chancellor" is not the chancellor; a bare epithet the lexicon
knows for no role is the person just named."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_he_said_carries_on_the_reporter_not_the_name_he_reported(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Brentford hold on\n\n"
        "Tom Hardy said his goalkeeper, Mark Flint, had been outstanding. "
        '"He made two saves that most keepers don\'t make," he said.\n',
    )
    assert speaker_rule(found, "He made two") == ("Tom Hardy", "pronoun")


def test_he_said_after_an_aside_is_not_the_one_the_aside_is_about(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Senator questions tanker plan\n\n"
        "Senator Roger Wicks questioned Secretary Frank Kendrick for an hour. "
        "After the hearing, Wicks spoke with reporters about the exchange. "
        'Kendrick, he noted, had promised to send more data. "We\'ll see what comes back," he said.\n',
    )
    assert speaker_rule(found, "We'll see")[0] != "Frank Kendrick"


def test_an_unnamed_speaker_stops_she_from_reaching_back(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nurses warn of corridor care\n\n"
        '"This is not safe," said Nicola Rand, the union\'s general secretary.\n\n'
        "One nurse told the union that she had cared for a man on a chair for 19 hours. "
        '"He kept apologising to me," she said.\n',
    )
    assert speaker_rule(found, "He kept")[0] != "Nicola Rand"


def test_her_husband_is_no_she(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Couple fight insurer\n\n"
        '"They told us flooding was not covered," Priya Mehta said. '
        "Her husband said they had asked about flood coverage. "
        '"We have got two kids," she said.\n',
    )
    assert speaker_rule(found, "We have got")[0] != "Her husband"


def test_the_shadow_chancellor_is_not_the_chancellor(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Economy grows\n\n"
        "The chancellor, Rachel Reed, welcomed the figures.\n\n"
        "Her opposite number, Mel Strand, said the growth was fragile. "
        "'Businesses are being hammered by tax rises,' the shadow chancellor said.\n",
    )
    assert speaker_rule(found, "Businesses")[0] == "Mel Strand"


def test_a_bare_epithet_no_role_is_the_person_just_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Arsenal held\n\n"
        "Declan Rice admitted the result was a setback. "
        "'It's frustrating,' the midfielder said.\n",
    )
    assert speaker_rule(found, "It's frustrating") == ("Declan Rice", "epithet")


def test_a_given_name_and_surname_tagged_as_an_organisation_is_a_person(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Water firm fined\n\n"
        "Southern Water's chief executive, Lawrence Gosden, said the company was sorry. "
        '"We have made huge changes," he said.\n\n'
        "Campaigner Hugo Tagholm of Surfers Against Sewage said the fine was welcome but too late. "
        '"Our rivers have been used as open sewers for years," he said.\n',
    )
    assert speaker_rule(found, "Our rivers")[0] != "Lawrence Gosden"


def test_a_name_set_beside_a_role_is_a_person_a_he_may_mean(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Grocer profits rise\n\n"
        '"Canadians continue to look for value," said Ana Ruiz, the chain\'s president.\n\n'
        "Sylvain Charlebois, director of the Agri-Food Analytics Lab at Dalhousie University, said Loblaw's "
        'results would do little to ease anger. "People see these profits," he said.\n',
    )
    assert speaker_rule(found, "People see")[0] != "Loblaw"


def test_she_does_not_reach_back_past_a_woman_named_in_passing(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Rural hospitals\n\n"
        'Janice Walters, who runs the program, said the idea is to give hospitals "time to plan." '
        "Whether it works is still an open question.\n\n"
        'For Dawson, the answer came too late. "I don\'t blame the doctors," she said.\n',
    )
    assert speaker_rule(found, "I don't blame")[0] != "Janice Walters"
