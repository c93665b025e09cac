"""Issue 12, tags on genres the tests had little of (prec22): tabloid crime and showbusiness copy, an
explainer, a court report, a technology story, an obituary and an opinion column.

Literal senses as lexicon data: "lay" is the past of lie (recline), a "wicked sense of humour" and
"terrible puns" are fond, nightmares listed with other symptoms are bad dreams, "fake invoices" are the
fraud's own description, attacks that "exploit speculative execution" are security research. Tabloid
families: "sick thug", "defenceless", "caged", "snared", "rained blows", "pop sensation", "left stunned".
An adjective the entity tagger took into a full name ("Callous Darren Pike") is no part of the name; a title
set before a name in reported speech ("pop sensation Mia Cole ..., her agent said") is the writer's. In a
column, "Is it any wonder ...?" and a question the writer answers at once with a retort are argued forms,
and they count as the writer's clear judgements when the gate reads a mild word in the writer's register.

Short texts of our own; each test fails without the change it names.
"""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.lexicon import BiasLexicon
from tasks.models import Article, BiasResult
from tests.tasks.bias_cases import run, tag, voice_of, words


def _record_bias(nlp: Language, headline: str, body: str) -> BiasResult:
    record = analyse_article(nlp, Article(id="p22", headline=headline, body=body), Settings())
    assert record.bias is not None
    return record.bias


# Literal senses


def test_lay_is_the_past_of_lie_recline_not_a_charge(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The widow lay bleeding on the kitchen floor while the burglar searched the house."
    assert "lay" not in words(run(nlp, lexicon, body))


def test_a_wicked_sense_of_humour_is_fond(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Friends remembered her wicked sense of humour and her love of sailing."
    assert "wicked" not in words(run(nlp, lexicon, body))
    assert "wicked" in words(run(nlp, lexicon, "It was a wicked attack on a frail man."))


def test_terrible_puns_are_a_tease(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "He was known in the department for his terrible puns and his bright ties."
    assert "terrible" not in words(run(nlp, lexicon, body))


def test_nightmares_listed_with_symptoms_are_bad_dreams(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Survivors can suffer long-term problems, including fatigue, nightmares and joint pain."
    assert "nightmares" not in words(run(nlp, lexicon, body))
    assert "nightmare" in words(
        run(nlp, lexicon, "The Depression was a nightmare for the farmers of the plains.")
    )


def test_fake_invoices_describe_the_fraud(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The clerk created fake supplier invoices and approved the payments herself."
    assert "fake" not in words(run(nlp, lexicon, body))


def test_attacks_that_exploit_speculative_execution_are_security_research(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "Researchers have warned about a class of attacks that exploit speculative execution in chips."
    assert "exploit" not in words(run(nlp, lexicon, body))


def test_a_trap_baited_with_meat_is_literal(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The escaped lynx was caught near a farm in a humane trap baited with meat."
    assert "baited" not in words(run(nlp, lexicon, body))


# Tabloid families


def test_tabloid_words_for_an_offender_his_sentence_and_his_capture(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "A sick thug who rained blows on a defenceless pensioner was caged for ten years yesterday. "
        "He was snared after police found his blood on a window."
    )
    found = words(run(nlp, lexicon, body))
    assert {"sick", "rained blows", "defenceless", "caged", "snared"} <= found
    # being ill and a trapper's snare are not tagged
    plain = words(
        run(nlp, lexicon, "The farmer was off sick for a week. His son snared a fox near the sheep pens.")
    )
    assert "sick" not in plain and "snared" not in plain


def test_showbusiness_puffery_and_a_dramatised_reaction(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Pop sensation Mia Cole has cancelled her tour. Fans were left stunned by the news."
    found = words(run(nlp, lexicon, body))
    assert {"sensation", "stunned"} <= found
    assert "sensation" not in words(run(nlp, lexicon, "Patients describe a burning sensation in the chest."))


def test_a_couples_romance_and_a_transfer_saga_are_no_works(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The singer's whirlwind romance with the striker is over, and his transfer saga drags on."
    assert {"whirlwind", "saga"} <= words(run(nlp, lexicon, body))
    assert "saga" not in words(run(nlp, lexicon, "The novel is a family saga set in Cork in the 1920s."))


def test_a_title_before_a_name_in_reported_speech_is_the_writers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Pop sensation Mia Cole has cancelled her summer tour, her agent said on Monday."
    assert voice_of(nlp, lexicon, body, "sensation") == ("author", None)


def test_an_adjective_taken_into_a_full_name_is_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Callous Darren Pike, 34, broke into the bungalow at night. Pike was jailed on Friday."
    assert tag(run(nlp, lexicon, body), "callous").voice == "author"


# Opinion columns: argued questions and the writer's register

_COLUMN = (
    "The council has promised a bypass for twenty years. It has spent millions on studies. "
    "The buses that might take cars off the road are being cut, and the number 12 now runs once an hour. "
    "Is it any wonder that people drive? "
    "The council's latest glossy brochure says the road will be finished by 2030. "
    "Who will pay when the costs overrun, as they always do? Not the consultants. Not the contractors. "
    "We will."
)


def test_is_it_any_wonder_is_an_argued_question(nlp: Language) -> None:
    bias = _record_bias(nlp, "Why the bypass will not fix our traffic", _COLUMN)
    asked = [t for t in bias.tags if t.category == "leading-question"]
    assert any("wonder" in _COLUMN[max(0, t.start - 40) : t.start] for t in asked)


def test_a_question_the_writer_answers_with_a_retort_is_argued(nlp: Language) -> None:
    bias = _record_bias(nlp, "Why the bypass will not fix our traffic", _COLUMN)
    asked = [t for t in bias.tags if t.category == "leading-question"]
    assert any("overrun" in _COLUMN[max(0, t.start - 40) : t.start] for t in asked)


def test_a_mild_word_in_a_column_that_argues_by_its_shape_is_kept(nlp: Language) -> None:
    bias = _record_bias(nlp, "Why the bypass will not fix our traffic", _COLUMN)
    assert "glossy" in {t.text for t in bias.tags}


# Labels for an offender


def test_a_label_as_the_subject_of_jailing_is_said_of_a_person(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "The monster was caged for life at the crown court on Friday. Keepers said the animals were fed well."
    )
    found = words(run(nlp, lexicon, body))
    assert "monster" in found and "animals" not in found


def test_a_tabloid_kicker_in_capitals_is_parsed_in_sentence_case(nlp: Language) -> None:
    bias = _record_bias(
        nlp, "MONSTER JAILED: Thug who robbed pensioner gets 12 years", "A man was jailed for 12 years."
    )
    assert "MONSTER" in {t.text for t in bias.tags}
