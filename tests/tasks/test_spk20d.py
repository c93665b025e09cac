"""Descriptions resolved to the person the article introduced with them (spk20d, issue 13): a description
stands for the one person given another phrase of its family ("the prosecutor" for "U.S. Attorney ...",
"the spokesperson" for "a spokesman ...", "the lawyer" for "defence barrister ..."), never when someone
else fits or the gender says otherwise; "the Labour MP" for "Labour MP ..."; "her son" again after "Her son,
Ewan ...," is not someone else; a description someone else was given first ("their manager") keeps "the
manager" from the person introduced later with the word."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_prosecutors_title_is_the_prosecutor_not_the_lawyer_just_quoted(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A former school bursar was charged on Tuesday with embezzling $250,000, U.S. Attorney Lena "
        "Whitcombe announced.\n\n"
        "Gerald Pike, 61, is accused of diverting tuition fees. His lawyer, Victor Amsel, said his client "
        "would fight the charges.\n\n"
        '"Parents trusted Mr. Pike with their savings," the prosecutor said in a statement.\n',
    )
    assert speaker_rule(found, "Parents trusted") == ("Lena Whitcombe", "introduced-as")


def test_a_crown_attorney_is_the_prosecutor(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A driver who killed a pedestrian in Etobicoke was jailed for two years on Thursday.\n\n"
        "Crown attorney Priya Malhotra had asked for three years. Defence lawyer Sean Kirby sought house "
        "arrest.\n\n"
        '"She was texting at the wheel and a grandmother is dead," the prosecutor told the court.\n',
    )
    assert speaker_rule(found, "She was texting")[0] == "Priya Malhotra"


def test_two_prosecutors_make_the_prosecutor_no_one(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Crown attorney Priya Malhotra opened the case on Monday. A second prosecutor, Dev Anand, called "
        "the first witness.\n\n"
        '"The facts are not in dispute," the prosecutor said.\n',
    )
    assert speaker_rule(found, "The facts")[0] not in {"Priya Malhotra", "Dev Anand"}


def test_a_spokesman_is_the_spokesperson_but_not_the_spokeswoman(nlp: Language) -> None:
    text = (
        "Baltic Rail cancelled 60 trains on Friday after a signal failure.\n\n"
        "Aivar Tamm, a spokesman for the operator, said replacement buses would run.\n\n"
        '"We are sorry for the disruption to journeys," the spokesperson said.\n'
    )
    assert speaker_rule(find_quotes(nlp, text), "We are sorry") == ("Aivar Tamm", "introduced-as")
    other = text.replace("the spokesperson", "the spokeswoman")
    assert speaker_rule(find_quotes(nlp, other), "We are sorry")[0] != "Aivar Tamm"


def test_a_defence_barrister_is_the_lawyer(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The trial of Warren Hale, 39, opened at Bristol Crown Court on Monday. Defence barrister Helen "
        "Marsh told the jury her client denied the charge.\n\n"
        '"The evidence will show he was at home that night," the lawyer said.\n',
    )
    assert speaker_rule(found, "The evidence") == ("Helen Marsh", "introduced-as")


def test_the_party_and_title_said_before_the_name_are_that_mp(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "A row over bus cuts deepened on Monday as Labour MP Fiona Garside accused the council of "
        "abandoning rural towns.\n\n"
        "The council said the routes carried few passengers.\n\n"
        '"People here are being cut off from their doctors," the Labour MP said.\n',
    )
    assert speaker_rule(found, "People here")[0] == "Fiona Garside"


def test_her_son_again_is_the_son_she_introduced(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        'Morwenna Treloar, 71, wants to keep the family bakery open. "It is all I know," she said.\n\n'
        "Her son, Jory Treloar, thinks it is time to sell.\n\n"
        "Her son disagrees.\n\n"
        '"We lose money every winter," he said.\n',
    )
    assert speaker_rule(found, "We lose money")[0] == "Jory Treloar"


def test_a_manager_named_first_as_someone_elses_is_not_the_city_manager(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Athletic have sacked their manager after a 5-0 home defeat, the club said on Sunday.\n\n"
        "The news came a day after City manager Ines Varga toured the stadium with councillors.\n\n"
        '"I gave this club everything," the manager said in a farewell message.\n',
    )
    assert speaker_rule(found, "I gave this club")[0] != "Ines Varga"


def test_a_prosecutor_named_only_in_a_quote_keeps_the_prosecutor_from_the_senator(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        '"I have every confidence in U.S. Attorney Mara Quist," said Sen. Ron Tedesco on Monday.\n\n'
        "Tedesco said he would back an independent review.\n\n"
        '"We will appeal the ruling," the prosecutor said in a statement.\n',
    )
    assert speaker_rule(found, "We will appeal")[0] != "Ron Tedesco"


def test_her_son_who_disagrees_is_the_he_next_even_unnamed(nlp: Language) -> None:
    text = (
        'Isla Penrose, 74, wants to keep the family boatyard open. "It is my whole life," she said.\n\n'
        "Her son disagrees.\n\n"
        '"We lose money every winter," he said.\n'
    )
    assert speaker_rule(find_quotes(nlp, text), "We lose money")[0] == "Her son"
    # "Her husband died": not someone who speaks now
    other = text.replace("Her son disagrees.", "Her husband died in 2019.")
    assert speaker_rule(find_quotes(nlp, other), "We lose money")[0] is None
