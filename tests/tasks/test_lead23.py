"""Real-article defects found by the lead in session 23 on articles of its own."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR, Settings
from tasks.analysis import analyse_article
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.lexicon import BiasLexicon
from tasks.models import Article
from tests.tasks.bias_cases import run, words
from tests.tasks.speaker_cases import find_quotes, speaker_rule

POLICE = (
    "Detectives from Westshire Police want to trace two men after a raid on a shop in Harrowby.\n\n"
    "Staff gave officers a description, and CCTV from nearby businesses is being reviewed.\n\n"
    "A 34-year-old man was arrested on Wednesday and has been released on bail, the force said."
)


def test_the_force_is_the_police_force_named_before_not_the_nearest_organisation(nlp: Language) -> None:
    found = find_quotes(nlp, POLICE)
    assert speaker_rule(found, "has been released on bail", anywhere=True)[0] == "Westshire Police"
    # with no force named, the nearest organisation of no kind is no answer
    found = find_quotes(nlp, POLICE.replace("Detectives from Westshire Police", "Detectives"))
    assert speaker_rule(found, "has been released on bail", anywhere=True)[0] != "CCTV"


def _entities(nlp: Language, text: str) -> dict[str, tuple[str, str]]:
    doc = nlp(text)
    return {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }


def test_a_street_tagged_as_a_person_is_a_place(nlp: Language) -> None:
    doc = nlp("Two men entered the shop on King Street on Tuesday. Anyone on King Street was asked to call.")
    found = {
        e.text: (e.label, e.canonical) for e in entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    }
    assert found.get("King Street", ("FAC", "King Street")) == ("FAC", "King Street")
    assert not any(canonical == "Street" for _, canonical in found.values())


def test_hazardous_materials_are_a_class_of_cargo_not_alarm(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "The bill covers freight trains carrying hazardous materials through towns."
    assert "hazardous" not in words(run(nlp, lexicon, text))
    assert "hazardous" in words(run(nlp, lexicon, "The senator called the new policy hazardous for towns."))


SPORT = (
    "Harlow Rovers manager Steve Calloway accused the officials of bottling it after a late penalty "
    "handed Dunmore Athletic a 2-1 win on Saturday.\n\n"
    "The Rovers boss was furious that referee Paul Hendry did not consult the pitchside monitor before "
    "pointing to the spot in the 94th minute.\n\n"
    "\"I've been in this game 25 years and I've never seen anything like it,\" the 52-year-old said. "
    '"He has a screen right there. Go and look at it."\n\n'
    "Athletic striker Kwame Asante, who scored the winner, was more relaxed. "
    '"It was a penalty. He clipped my heel, simple as that," the Ghanaian said.'
)


def test_an_epithet_after_a_described_subject_is_whom_the_description_stands_for(nlp: Language) -> None:
    # the sentence before is about "the Rovers boss" (Calloway), not the referee in its clause; the model
    # also reads "the 52-year-old said" as a verb with "the" and "old" on it and no subject
    found = find_quotes(nlp, SPORT)
    assert speaker_rule(found, "I've been in this game")[0] == "Steve Calloway"
    assert speaker_rule(found, "He has a screen")[0] == "Steve Calloway"


def test_a_nationality_epithet_looks_before_the_quotes_own_sentences(nlp: Language) -> None:
    found = find_quotes(nlp, SPORT)
    assert speaker_rule(found, "It was a penalty")[0] == "Kwame Asante"


def test_an_organisation_named_beside_its_noun_speaks_not_the_one_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Prof Miriam Sato led the study at Halden University. The charity Alzheimer's Research Fund said "
        "the findings were encouraging.",
    )
    assert speaker_rule(found, "the findings were")[0] == "Alzheimer's Research Fund"
    # the guard alone, with a name the entity layer splits: no guess at the organisation named before
    found = find_quotes(
        nlp,
        "Prof Miriam Sato led the study at Halden University. The charity St Anne's Research Fund said the "
        "findings were encouraging.",
    )
    assert speaker_rule(found, "the findings were")[0] != "Halden University"


TRANSCRIPT = (
    "Housing Minister Claire Obi has been in the job for six months. She talked to our correspondent, Tom "
    "Hales, about rents.\n\n"
    "Tom Hales: Rents have risen 9% this year. Is the government losing control?\n\n"
    "Claire Obi: No. We inherited a market starved of supply for a decade.\n\n"
    "Tom Hales: Your own backbenchers say the planning reforms are too timid.\n\n"
    "Claire Obi: I talk to them every week. Some want us to go faster. That tells me we are roughly in the "
    "right place."
)


def test_a_report_inside_a_transcript_turn_is_part_of_the_turn(nlp: Language) -> None:
    found = find_quotes(nlp, TRANSCRIPT)
    assert speaker_rule(found, "I talk to them every week")[0] == "Claire Obi"
    assert not any(q.text.startswith("we are roughly") for q in found)


def test_an_interview_headline_names_its_speaker_before_on_and_the_topic(nlp: Language) -> None:
    record = analyse_article(
        nlp,
        Article(
            id="i", headline="'We cannot build our way out': the housing minister on rents", body=TRANSCRIPT
        ),
        Settings(),
    )
    (q,) = [q for q in record.quotes if q.field == "headline"]
    assert q.speaker is not None and q.speaker.canonical == "Claire Obi"


def test_the_interviewee_met_a_named_interviewer_so_plain_answers_are_theirs(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Marcus Lindqvist, 41, has climbed the 14 highest peaks without oxygen. He spoke to Anna Berg.\n\n"
        "How did it feel at the top of the last one?\n\n"
        "Honestly, empty. I had imagined it for eight years and I just wanted to get down safely.\n\n"
        "Did you ever think you would die?\n\n"
        "Twice. On Annapurna an avalanche missed us by maybe fifty metres.\n\n"
        "What comes next for the team?\n\n"
        "Sleep. And then my daughter wants me to teach her to ski.",
    )
    assert speaker_rule(found, "Honestly, empty")[0] == "Marcus Lindqvist"
    assert speaker_rule(found, "Sleep.")[0] == "Marcus Lindqvist"


def test_a_hyphenated_verb_the_parse_splits_is_one_report(nlp: Language) -> None:
    found = find_quotes(nlp, "His lawyer said he had co-operated fully with investigators.")
    assert [q.text for q in found] == ["he had co-operated fully with investigators"]


def test_a_trade_opening_a_sentence_is_no_part_of_a_companys_name(nlp: Language) -> None:
    found = _entities(nlp, "Chipmaker Veltrix Corp tumbled 9% after it cut its forecast. Veltrix declined.")
    assert found["Chipmaker Veltrix Corp"] == ("ORG", "Veltrix")


def test_the_party_is_the_party_named_before_never_another_organisation(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Labour is to be investigated by the Information Commissioner's Office over cold calls. Labour "
        "denies breaking rules. The party says it would expect the watchdog to take complaints seriously.",
    )
    assert speaker_rule(found, "it would expect the watchdog")[0] == "Labour"
    found = find_quotes(
        nlp,
        "A complaint reached the Information Commissioner's Office on Monday. The party says it would expect "
        "the watchdog to take complaints seriously.",
    )
    assert speaker_rule(found, "it would expect the watchdog")[0] != "Information Commissioner's Office"


def test_a_speaker_the_parse_hangs_on_a_word_inside_the_quote_still_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Gloucester face a dilemma. "Under the squad agreement, England wanted a second opinion, which they '
        'can do," director of rugby Nigel Melville told the Gloucester Citizen.\n\n'
        '"They obviously want him for international rugby and we want him for club rugby."',
    )
    assert speaker_rule(found, "Under the squad agreement")[0] == "Nigel Melville"
    assert speaker_rule(found, "They obviously want him")[0] == "Nigel Melville"


def test_the_paper_is_the_newspaper_the_sentence_before_cites(nlp: Language) -> None:
    text = (
        "The carmaker's tie-up with a Chinese rival has been delayed by regulators, according to the Harbour "
        "Chronicle.\n\nThe paper said officials had been irritated by the disclosure of the talks."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "officials had been irritated")[0] == "Harbour Chronicle"
    # a paper no one cited is a document with no issuer: no speaker
    found = find_quotes(nlp, text.replace(", according to the Harbour Chronicle", ""))
    assert speaker_rule(found, "officials had been irritated")[0] is None


def test_it_said_is_the_one_organisation_the_sentence_before_names(nlp: Language) -> None:
    text = (
        "Nordvik Telecom Ltd reported a 60% rise in profit on Tuesday.\n\n"
        "Sales rose 34% in the quarter. One problem identified by Nordvik Telecom Ltd was the turnover of "
        "its staff. It said that 90% of call-centre workers had had to be replaced."
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "90% of call-centre workers")[0] == "Nordvik Telecom"
    # a person named there too: no guess
    found = find_quotes(
        nlp, text.replace("identified by Nordvik Telecom Ltd", "identified by Nordvik Telecom Ltd and Jo Li")
    )
    assert speaker_rule(found, "90% of call-centre workers")[0] is None


def test_he_after_a_described_subject_is_whom_the_description_stands_for(nlp: Language) -> None:
    text = (
        "Harlow Rovers manager Steve Calloway accused the officials of bottling it after a late penalty. The "
        'Rovers boss was furious that referee Paul Hendry did not consult the monitor. "I have never seen '
        'anything like it," he said.'
    )
    assert speaker_rule(find_quotes(nlp, text), "I have never seen")[0] == "Steve Calloway"
    # the boss unnamed: no one, never the referee in the clause
    unnamed = text.split(". ", 1)[1]
    assert speaker_rule(find_quotes(nlp, unnamed), "I have never seen")[0] is None


def test_a_pronoun_after_a_report_about_someone_is_still_that_person(nlp: Language) -> None:
    # a description that is no person ("The report") stands for no one the pronoun could mean instead
    found = find_quotes(
        nlp,
        'The report found that Jo Li had lied to investigators. "I never meant to mislead anyone," she said.',
    )
    assert speaker_rule(found, "I never meant")[0] == "Jo Li"


def test_a_ministry_of_labour_is_no_party(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The Ministry of Labour fined the builder on Friday. The party says it would expect the watchdog to "
        "take complaints seriously.",
    )
    assert speaker_rule(found, "it would expect the watchdog")[0] != "Ministry of Labour"


def test_a_name_particle_capitalised_at_a_sentence_start_is_the_same_person(nlp: Language) -> None:
    found = _entities(
        nlp,
        "Chief executive Pieter van Daalen said margins would improve this year.\n\n"
        "Van Daalen, who took over in January, said the company was not losing market share.",
    )
    assert found.get("Van Daalen", ("PERSON", "Pieter van Daalen"))[1] == "Pieter van Daalen"


def test_a_name_after_a_word_for_an_organisation_is_its_name_and_no_she(nlp: Language) -> None:
    text = (
        "Polly Ng, chief executive of the housing charity Shelter Homes, welcomed the pledge on evictions. "
        '"We have heard this promise before," she said.'
    )
    assert _entities(nlp, text)["Shelter Homes"][0] == "ORG"
    assert speaker_rule(find_quotes(nlp, text), "We have heard")[0] != "Shelter Homes"


def test_a_sold_out_ground_is_tickets_not_betrayal(nlp: Language, lexicon: BiasLexicon) -> None:
    text = "Striker Danny Hale scored a second-half hat-trick in front of a sold-out Riverside Park."
    assert not any("sold" in w for w in words(run(nlp, lexicon, text)))
    assert any(
        "sell" in w for w in words(run(nlp, lexicon, "The union called the deal a sell-out of its members."))
    )
