"""Defects the lead found after reading session 25's blind judges' base reports (NOT blind evidence)."""

from __future__ import annotations

from spacy.language import Language

from tasks.attribution import unsigned_comments
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, voice_of
from tests.tasks.speaker_cases import find_quotes, speaker_rule

COLUMN = (
    "Some politicians look at crumbling schools and decide the city needs a new stadium.\n\n"
    'On Tuesday the council leader, Jo Marsh, said the loan would "transform the city".\n\n'
    "I have read the business case. It is a work of fiction.\n\n"
    "The jobs figure includes posts that may simply move from one part of the city to another.\n\n"
    'Her allies say I am being a killjoy. The club\'s chief executive called the ground "a beacon".\n\n'
    "I have been to plenty of matches. That is precisely why I find this deal so galling.\n\n"
    'Ms Marsh said there was "no money left" for libraries. The timing is grotesque.\n'
)


def test_a_column_that_goes_on_quoting_people_is_no_run_of_readers_views(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    assert list(unsigned_comments(COLUMN)) == []
    assert voice_of(nlp, lexicon, COLUMN, "galling") == ("author", None)


MATCHES = (
    "The club wants a new stadium, and the council will lend it the money for the ground.\n\n"
    "I have stood on the terraces in the rain through every season, win or draw, and I love this club.\n\n"
    "But the league table says the team will not win promotion this season, and the manager knows it. The "
    "coach, the captain and every player in the squad know it too. A goal here and a penalty there will not "
    "pay back forty million pounds, whatever the club tells the council.\n\n"
    "I asked the council how the money would be repaid if the club went down. Nobody could tell me. This "
    "loan is reckless, and the deal is grotesque.\n"
)


def test_a_first_person_column_about_a_club_is_no_match_report(nlp: Language, lexicon: BiasLexicon) -> None:
    # a match report's idiom is withheld as its genre's; a columnist's verdicts are the writer's own
    assert {"reckless", "grotesque"} <= {t.text for t in run(nlp, lexicon, MATCHES).tags}


def test_the_initials_of_a_title_stand_for_the_person_named_with_it(nlp: Language) -> None:
    text = (
        "Chief Financial Officer Andrea Kwan said margins would recover next year.\n\n"
        "“Inventory is still too high,” the CFO said."
    )
    assert speaker_rule(find_quotes(nlp, text), "Inventory is still")[0] == "Andrea Kwan"


def test_a_court_reports_opener_gives_the_person_named_after_it_a_role(nlp: Language) -> None:
    text = (
        "Prosecuting, Mark Hollis said the thefts had gone on for six years.\n\n"
        "Defending, Ruth Adebayo said her client was ashamed.\n\n"
        "“She was on holiday while they went without,” the prosecutor said.\n\n"
        "“She does not seek to excuse what she did,” the barrister said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "She was on holiday")[0] == "Mark Hollis"
    assert speaker_rule(found, "She does not seek")[0] == "Ruth Adebayo"


def test_a_titled_name_the_model_missed_is_the_inspector_later(nlp: Language) -> None:
    text = (
        "Jordan Pike was found with stab wounds in an alleyway in Redditch.\n\n"
        "Det Insp Craig Donnelly, who is leading the murder investigation, said two men had been charged.\n\n"
        "“Our investigation continues,” the inspector said."
    )
    assert speaker_rule(find_quotes(nlp, text), "Our investigation")[0] == "Craig Donnelly"


def test_parents_named_together_speak_together(nlp: Language) -> None:
    text = (
        "In a statement, Jordan's parents, Simon and Leanne Pike, said their son had been “let down at every "
        "turn”."
    )
    assert speaker_rule(find_quotes(nlp, text), "their son")[0] == "Simon and Leanne Pike"


def test_a_statement_read_out_by_a_lawyer_is_its_writers(nlp: Language) -> None:
    text = (
        "In a victim statement read to the court by Mr Hollis, Mrs Tilley's son, Graham Tilley, said the "
        "discovery had devastated the family.\n\n"
        "“My mother spent her last months believing she could not afford new glasses,” the statement said."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "the discovery had")[0] == "Graham Tilley"
    assert speaker_rule(found, "My mother spent")[0] == "Graham Tilley"


def test_a_winger_quoted_in_the_paragraph_after_his_goal_is_the_scorer(nlp: Language) -> None:
    text = (
        "Hartley equalised after the break, heading in Danny Okafor's cross.\n\n"
        "Okafor, who had been jeered before kick-off, then sealed the win with a curling shot.\n\n"
        "'People are entitled to their opinion,' the winger said afterwards."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "People are entitled")[0] == "Danny Okafor"


def test_a_lead_in_that_only_says_how_carries_on_the_voice_before(nlp: Language) -> None:
    text = (
        "“They gave me a nice ovation before the game,” Kowalski said. "
        "“This place will always mean a lot.”\n\n"
        "Then, with a grin: “But I wanted to win this one badly.”"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "But I wanted")[0] == "Kowalski"


def test_two_descriptions_joined_before_a_name_are_that_person(nlp: Language) -> None:
    text = (
        "Her series for the BBC drew eleven million viewers.\n\n"
        "The broadcaster and naturalist Simon Achterberg, who worked with her on three series, described her "
        "as “the bravest person I ever stood on a boat with”."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "the bravest person")[0] == "Simon Achterberg"


def test_she_after_a_sentence_whose_subject_is_she_is_the_same_woman(nlp: Language) -> None:
    text = (
        "Born in Leeds, Eleanor Vance joined the marine laboratory in 1966.\n\n"
        "She later recalled being told by a senior colleague that women “had no business on a ship”.\n\n"
        "“I was 24 and furious,” she told an interviewer in 2009."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "I was 24")[0] == "Eleanor Vance"


def test_household_rubbish_bad_dreams_and_rightly_or_wrongly_are_no_judgements(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    literal = (
        "We have had rubbish piling up for three weeks. Her husband now has nightmares. "
        "Some MPs believe, rightly or wrongly, that the policy cost them votes."
    )
    assert not {"rubbish", "nightmares", "wrongly"} & {t.text for t in run(nlp, lexicon, literal).tags}
    loaded = (
        "The plan is rubbish. The bill was a nightmare for the party. "
        "He wrongly claimed the figures were final."
    )
    assert {"rubbish", "nightmare", "wrongly"} <= {t.text for t in run(nlp, lexicon, loaded).tags}


def test_readers_views_that_sometimes_quote_a_politician_stay_the_readers() -> None:
    report = (
        "The council will close the town library in May, officials have announced.\n\n"
        'The leader, Ann Cole, said the building was "too costly to heat".\n\n'
        "Campaigners plan a march on Saturday.\n\n"
    )
    views = (
        "I have used that library for years and this decision is disgraceful.\n\n"
        "We pay our taxes and get nothing back.\n\n"
        'I heard the leader call it "too costly". I think she should try heating my flat.\n\n'
        "My children love it and I will miss it.\n\n"
        "I think the council is right for once.\n"
    )
    assert len(list(unsigned_comments(report + views))) == 5


def test_a_chef_whose_name_reads_as_a_street_is_the_chef(nlp: Language) -> None:
    text = (
        'Others rushed to her defence. The chef Marco Lane wrote that the reaction was "completely unhinged".'
    )
    assert speaker_rule(find_quotes(nlp, text), "the reaction was")[0] == "Marco Lane"


def test_outside_court_is_no_speaker(nlp: Language) -> None:
    text = (
        "The trial continues.\n\n"
        'Outside court, the son of one of the alleged victims said the family had been "devastated".'
    )
    speaker = speaker_rule(find_quotes(nlp, text), "the family had been")[0]
    assert speaker is not None and "court" not in speaker.lower()


def test_a_number_of_groups_accusing_is_the_groups(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "A number of vegan campaign groups accused her of mocking people's ethical choices."
    assert voice_of(nlp, lexicon, body, "mocking") == ("quoted", "vegan campaign groups")


def test_a_shadow_minister_named_beside_the_title_owns_the_charge(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'Chancellor Rachel Denholm told MPs the change was "difficult but unavoidable".\n\n'
        "The Conservative shadow chancellor, Andrew Kellaway, accused the government of "
        '"breathtaking hypocrisy".'
    )
    assert voice_of(nlp, lexicon, body, "hypocrisy") == ("quoted", "Andrew Kellaway")


def test_a_place_set_beside_a_place_before_the_verb_is_no_speaker(nlp: Language) -> None:
    text = (
        "After the mayors of two cities criticised the company, the mayor of Washington, DC, suggested it "
        "was peddling “hate chicken”."
    )
    speaker = speaker_rule(find_quotes(nlp, text), "it was peddling")[0]
    assert speaker is None or "DC" not in speaker
