"""A company described by its base or its trade ("the Minneapolis-based company", "the appliance maker") after
other organisations were named is the one company they fit (r2s27); two that fit leave the description.
Articles are our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_a_based_company_past_a_union_is_the_company(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Halvorsen Foods Inc said on Tuesday it would cut 300 jobs at its packaging plants. The United Food "
        'and Commercial Workers union said it would seek talks. "We are disappointed," a union '
        "spokesman said. The Minneapolis-based company said in a statement that the cuts would be "
        "completed by March.\n",
    )
    assert speaker_rule(found, "the cuts would")[0] == "Halvorsen Foods"


def test_a_trade_maker_past_a_regulator_is_the_company(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Corvell Home Products Inc recalled 80,000 space heaters on Friday, the U.S. Consumer Product Safety "
        "Commission said. The heater maker said no injuries had been reported.\n",
    )
    assert speaker_rule(found, "no injuries")[0] == "Corvell Home Products"


def test_the_maker_whose_name_holds_the_trade(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Harmon Appliance Co. sued Corvell Home Products Inc on Monday over a heater design. The appliance "
        "maker said in a statement that Corvell had copied its patented thermostat.\n",
    )
    assert speaker_rule(found, "Corvell had copied")[0] == "Harmon Appliance"


def test_two_companies_of_the_trade_leave_the_description(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Talmont Steel Corp said on Wednesday it had agreed to buy a rolling mill in Indiana from Nucor Corp "
        "for $200 million. The Pittsburgh-based company said the deal would close in the second quarter.\n",
    )
    assert speaker_rule(found, "the deal would")[0] not in {"Talmont Steel", "Nucor"}


def test_the_company_introduced_as_based_there(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Marlow Tools Corp, based in Cleveland, agreed on Monday to supply motors to Harmon Appliance Co. "
        "for five years. The Cleveland-based company said the deal was worth $40 million.\n",
    )
    assert speaker_rule(found, "the deal was worth")[0] == "Marlow Tools"


def test_two_banks_or_two_appliance_makers_leave_the_description(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Brellin Bank and Ashgrove Bank both reported higher profits on Thursday. The Chicago-based bank "
        "said loan demand remained strong.\n",
    )
    assert speaker_rule(found, "loan demand")[0] not in {"Brellin Bank", "Ashgrove Bank"}
    found = find_quotes(
        nlp,
        "Harmon Appliance Co. sued Corvell Appliance Inc on Monday over a heater design. The appliance maker "
        "said in a statement that the suit had no merit.\n",
    )
    assert speaker_rule(found, "the suit had")[0] not in {"Harmon Appliance", "Corvell Appliance"}
