"""Real-article defects found by the lead in session 19 on articles of its own: the dateline is no part of
an "according to" report that opens the body; "the port of X" names a place; scaled figures; trade words for
a company; a lone first name; a domain word in a figure of speech."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.cues import load_reporting_verbs
from tasks.entities import entities
from tasks.figures import figures
from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, words
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_dateline_is_cut_from_an_according_to_report_that_opens_the_body(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "SINGAPORE (Reuters) - Asian buyers signed a record number of gas contracts in the third quarter, "
        "according to industry data.\n",
    )
    report = next(q for q in found if q.verb == "according to")
    assert report.text.startswith("Asian buyers signed")


def test_a_name_after_a_place_noun_and_of_is_a_place_not_the_organisation_that_speaks(nlp: Language) -> None:
    # the model tags "Gladstone" an organisation; "the port of" makes it where something is, so "the company"
    # is the exporter named before, not the town
    text = (
        "Coalco halted shipments through the port of Gladstone on Monday after a fire at a loading berth, "
        "the company said."
    )
    doc = nlp(text)
    ents = entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    assert next(e.label for e in ents if e.text == "Gladstone") == "GPE"


def test_the_town_after_a_persons_age_is_a_place(nlp: Language) -> None:
    doc = nlp("Margaret Ellison, 61, of Dayton, pleaded guilty in August to wire fraud.")
    ents = entities(doc, titles=load_reporting_verbs(LEXICON_DIR).titles)
    assert next(e.label for e in ents if e.text == "Dayton") == "GPE"


def test_a_scaled_amount_has_the_value_written_not_the_floats_error(nlp: Language) -> None:
    found = figures(nlp("Revenue of $2.05 billion beat forecasts of $1.15 million and £0.07bn."))
    assert [f.value for f in found] == [2_050_000_000.0, 1_150_000.0, 70_000_000.0]


MARKETS = (
    "Marvell shares tumbled 14% after a weak forecast. Chief Executive Matt Murphy said customers were "
    "digesting inventory.\n\n"
    "Tesla Inc rose 2.1% after the electric-car maker said it delivered 462,000 vehicles in the quarter.\n\n"
    "Shares of Ford Motor Co fell after the rival carmaker said its sales slowed.\n"
)


def test_a_company_described_by_its_trade_is_the_company_of_the_sentence_not_the_last_person(
    nlp: Language,
) -> None:
    found = find_quotes(nlp, MARKETS)
    assert speaker_rule(found, "it delivered")[0] == "Tesla"
    # "rival" sets the carmaker apart from Ford: no guess
    named = {"Ford Motor", "Ford Motor Co", "Matt Murphy", "Tesla"}
    assert speaker_rule(found, "its sales slowed")[0] not in named


def test_a_lone_first_name_is_the_one_person_named_before_with_it(nlp: Language) -> None:
    text = (
        "Substitute Kieran Doyle scored in the 89th minute. Captain Tom Gayle had given Barnet the lead.\n\n"
        "'Kieran has been waiting for his chance,' said manager Lee Harrison.\n"
    )
    ents = entities(nlp(text), titles=load_reporting_verbs(LEXICON_DIR).titles)
    assert next(e.canonical for e in ents if e.text == "Kieran") == "Kieran Doyle"
    # two people share the first name: either, so it stays as written
    text = "Jo Li and Jo Marsh both spoke. Later, Jo said the plan had failed."
    ents = entities(nlp(text), titles=load_reporting_verbs(LEXICON_DIR).titles)
    lone = [e.canonical for e in ents if e.text == "Jo"]
    assert lone and set(lone) == {"Jo"}


def test_a_domain_word_in_a_figure_tells_no_literal_sense(nlp: Language, lexicon: BiasLexicon) -> None:
    # "under fire" is criticism, not a wildfire: "chaotic" stays the writer's judgement of the backlog
    body = "More than 180,000 visa applications are waiting for a decision, figures showed on Tuesday."
    result = run(nlp, lexicon, body, headline="Minister under fire over chaotic visa backlog")
    assert [t.field for t in result.tags if t.text == "chaotic"] == ["headline"]
    # the same word beside a real fire is weather's literal sense
    result = run(nlp, lexicon, "Crews fought the fire through chaotic winds on Tuesday.")
    assert "chaotic" not in words(result)


def test_names_the_model_splits_at_a_particle_or_a_possessive_are_one_name(nlp: Language) -> None:
    text = (
        '"The effect held," said Dr Borja del Pozo Cruz, the lead author. Prof Tara Spires-Jones said the '
        'study was large. The Alzheimer\'s Society called the findings "encouraging".'
    )
    ents = entities(nlp(text), titles=load_reporting_verbs(LEXICON_DIR).titles)
    canon = {e.canonical for e in ents}
    assert {"Borja del Pozo Cruz", "Tara Spires-Jones", "Alzheimer's Society"} <= canon
    assert not canon & {"Society", "Pozo Cruz", "Prof Tara Spires-Jones"}


def test_a_headlines_bare_noun_is_no_name(nlp: Language, lexicon: BiasLexicon) -> None:
    # headlines drop determiners: "Thug who attacked ..." is a label, not a place or a person called Thug
    body = "A man who punched a 79-year-old to the ground has been jailed for six years."
    result = run(nlp, lexicon, body, headline="Thug who attacked pensioner for £20 jailed")
    assert [t.field for t in result.tags if t.text == "Thug"] == ["headline"]


def test_a_name_the_model_missed_is_a_person_when_the_text_gives_an_age(nlp: Language) -> None:
    text = (
        "A violent man who punched a pensioner has been jailed.\n\nCallum Price, 24, left grandfather Derek "
        "Mills with a fractured skull after the attack outside a Co-op store in Stockport in March."
    )
    ents = entities(nlp(text), titles=load_reporting_verbs(LEXICON_DIR).titles)
    assert ("Callum Price", "PERSON") in {(e.canonical, e.label) for e in ents}


def test_a_report_after_who_was_told_needs_no_that(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Retired nurse Betty Chapman, 72, told the meeting she had been rushed to the emergency room twice "
        "after heart attacks.\n\nHe told the man he met about the plan.\n",
    )
    assert speaker_rule(found, "she had been rushed")[0] == "Betty Chapman"
    assert not any("he met" in q.text for q in found)  # a relative clause with a gap reports nothing


def test_a_maker_who_says_he_is_a_person_not_the_company(nlp: Language) -> None:
    text = "Lionhead Studios Ltd released its game on Monday after the game maker said {} had one problem."
    assert speaker_rule(find_quotes(nlp, text.format("it")), "it had")[0] == "Lionhead Studios"
    assert speaker_rule(find_quotes(nlp, text.format("he")), "he had")[0] != "Lionhead Studios"


def test_a_gendered_title_picks_the_one_of_two_people_sharing_a_surname(nlp: Language) -> None:
    text = (
        "Anna Reyes, 41, who lives on the quay with her husband, said the water came in within an hour.\n\n"
        "Retired teacher Tom Reyes, who is no relation to Anna, said he was warned too late.\n\n"
        "'It is a joke,' Mr Reyes said.\n\n"
        "Mrs Reyes said she did not expect much to change.\n"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "It is a joke")[0] == "Tom Reyes"
    assert speaker_rule(found, "she did not expect")[0] == "Anna Reyes"


def test_the_nationality_of_one_person_is_an_epithet_not_a_nation(nlp: Language) -> None:
    text = (
        "Marco Rossi scored twice as Harrow beat Leeds 3-1 on Saturday.\n\n"
        '"I felt good from the first minute," said the Italian.\n'
    )
    assert speaker_rule(find_quotes(nlp, text), "I felt good") == ("Marco Rossi", "named-subject")
    # two people just before: either, so the description as written
    text = text.replace("as Harrow beat", "and Jo Li once as Harrow beat")
    assert speaker_rule(find_quotes(nlp, text), "I felt good")[0] not in ("Marco Rossi", "Jo Li")


def test_an_age_on_a_title_is_the_person_introduced_with_that_age(nlp: Language) -> None:
    text = (
        "Nordvik Shipping said profit fell 12%. Chief executive Ingrid Solberg, 52, took over in March.\n\n"
        "Analyst Emil Berg said the fleet was too old.\n\nFreight rates have fallen for a year.\n\n"
        '"We will not cut jobs," the 52-year-old chief executive said.\n'
    )
    assert speaker_rule(find_quotes(nlp, text), "We will not") == ("Ingrid Solberg", "nominal-adjective")


def test_a_quote_paragraph_after_one_a_person_opens_is_that_persons_he(nlp: Language) -> None:
    text = (
        "Lena Holt ran the ferry for 30 years. Her late husband Donald Holt worked beside her.\n\n"
        "Her son, Ewan Holt, 55, who grew up on the island, remembers the storm differently.\n\n"
        "\u201cI was eight. I thought it was a great adventure,\u201d he said.\n"
    )
    assert speaker_rule(find_quotes(nlp, text), "I was eight") == ("Ewan Holt", "pronoun")
    # both men in the paragraph before: never the husband named first
    text = text.replace("\n\nHer son,", " Her son,")
    assert speaker_rule(find_quotes(nlp, text), "I was eight")[0] != "Donald Holt"


def test_a_description_repeating_a_name_from_the_introduction_is_that_person(nlp: Language) -> None:
    text = (
        "Shares fell on Friday.\n\nA second analyst, Emil Berg of Nordea Markets, said the fall was priced "
        "in.\n\n"
        '"What surprised me was the delay," the Nordea analyst added.\n'
    )
    assert speaker_rule(find_quotes(nlp, text), "What surprised") == ("Emil Berg", "introduced-as")
    # a party the introduction never gave him: the description as written
    text = (
        "Residents met on Friday.\n\nThe local MP, Jan Kowal, said he had written to the minister.\n\n"
        "'These families need a plan,' the Labour MP said.\n"
    )
    assert speaker_rule(find_quotes(nlp, text), "These families")[0] != "Jan Kowal"


def test_a_quotation_right_after_an_according_to_aside_is_the_sources(nlp: Language) -> None:
    text = (
        "Ada Lane died on Monday aged 91. She was, according to her son Daniel, \u201chopeless in a kitchen "
        "but brilliant at sea\u201d.\n"
    )
    found = find_quotes(nlp, text)
    assert speaker_rule(found, "hopeless in a kitchen") == ("Daniel", "according-to")
    assert not any(q.text == "She was" for q in found)  # no report cut off at the aside
