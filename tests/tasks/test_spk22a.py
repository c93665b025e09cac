"""Attribution on articles nobody tuned for (spk22a, issue 13).

A quote interrupted by its attribution whose second half has no clause of its own ('"This port," he argued,
"belongs to the town"'), or whose attribution is a verb of thinking ('she believes'), is one quote with one
speaker; a headline quote credited to a role ("Senator: '...'") is the body's named speaker introduced with
that role; "the 52-year-old Swede" is an epithet for the one person just named, as "the Swede" is; "Lyall's
response was brief:" before a quote is Lyall's lead-in; "Jo Li of Kell University said", parsed with the
university as subject, is Li's; after "Dunn asked Lyall whether ...", the "he" who answers is Lyall, not the
one who asked; 'Osei was adamant: the budget "will not survive"' is Osei's; after "For Brandt, the future is
uncertain.", the "he" of the next quote is Brandt; in "'...': senator hits out", the one who hits out speaks
even with no speech verb; "the woman, who gave her name only as Lucy" is Lucy; "the Spaniard" after a
sentence whose subject is only an epithet ("The world No 2 looked flat.") is the person named before that."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.models import Article
from tests.tasks.speaker_cases import find_quotes, speaker_rule


def test_an_interrupted_quote_with_a_subjectless_second_half_is_one_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The harbour board met on Tuesday to consider the offer.\n\n"
        '"This offer," Rachel Dunn argued, "belongs to the town and not to a spreadsheet."\n',
    )
    assert speaker_rule(found, "This offer belongs to the town")[0] == "Rachel Dunn"


def test_a_verb_of_thinking_between_the_halves_is_the_attribution(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The club's owner, Marcus Webb, spoke after the match.\n\n"
        '"A season like this," Webb believes, "comes along once in a generation."\n',
    )
    assert speaker_rule(found, "A season like this comes along")[0] == "Marcus Webb"


def test_a_headline_role_is_the_body_speaker_introduced_with_it(nlp: Language) -> None:
    body = (
        "The chairman of the Kellport Water Board, Oliver Strand, rejected the merger on Monday.\n\n"
        '"Our customers deserve better than a rushed deal," Strand said.\n\n'
        "The rival utility's spokeswoman, Dana Price, said the offer stood.\n\n"
        '"It is a fair price," Price said.\n'
    )
    for headline, role in (
        ("Water board chief: 'This merger will not happen'", "Water board chief"),
        ("Chairman says 'this merger will not happen'", "Chairman"),
    ):
        record = analyse_article(nlp, Article(id="h", headline=headline, body=body), Settings())
        (q,) = [q for q in record.quotes if q.field == "headline"]
        assert q.speaker is not None and q.speaker.canonical == "Oliver Strand", (role, q.speaker)
        assert q.speaker.rule == "headline-role"


def test_an_aged_nationality_is_an_epithet_for_the_person_just_named(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Resort owner Lena Berg said on Monday she would appeal. Berg was adamant the slopes were safe.\n\n"
        '"We have never had a serious accident," the 52-year-old Swede said.\n\n'
        "Team captain Mark Ellis was asked about the defeat.\n\n"
        '"We were poor from the first whistle," the 29-year-old Scot said.\n',
    )
    assert speaker_rule(found, "We have never had")[0] == "Lena Berg"
    assert speaker_rule(found, "We were poor")[0] == "Mark Ellis"


def test_the_owner_of_a_response_before_a_colon_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "The transport minister, Owen Carr, defended the timetable on Monday.\n\n"
        "Rail union leader Tessa Mills said passengers had been failed.\n\n"
        'Carr\'s response was brief: "The union is entitled to its opinion."\n\n'
        'Mills was asked about the reply. Her verdict was blunt: "He is not listening."\n',
    )
    assert speaker_rule(found, "The union is entitled") == ("Owen Carr", "colon")
    assert speaker_rule(found, "He is not listening") == ("Tessa Mills", "colon")


def test_a_person_of_an_organisation_parsed_as_its_modifier_speaks(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Carmaker Velaro will close its plant in Brackwell next year.\n\n"
        "Economist Dr Priya Nair of Brackwell University said the closure would hit the town hard. "
        '"For every job at the plant there are two in the supply chain," she said.\n',
    )
    assert speaker_rule(found, "the closure would hit")[0] == "Priya Nair"
    assert speaker_rule(found, "For every job")[0] == "Priya Nair"


def test_the_one_asked_whether_answers_not_the_one_who_asked(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Transport minister Peter Lyall appeared before the committee on Monday.\n\n"
        'Senator Mark Dunn asked Lyall whether he had been warned about the costs. "I was not," he said.\n\n'
        'Dunn then asked whether the ministry had kept minutes. "Of course," he replied.\n',
    )
    assert speaker_rule(found, "I was not") == ("Peter Lyall", "pronoun")
    assert speaker_rule(found, "Of course")[0] != "Mark Dunn"


def test_a_partial_quote_in_the_clause_after_a_colon_is_the_lead_ins(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Finance minister Rafael Ortega presented the budget on Tuesday.\n\n"
        'Opposition leader Grace Mensah was adamant: the plan "will not survive the vote."\n',
    )
    assert speaker_rule(found, "will not survive") == ("Grace Mensah", "colon")


def test_a_person_a_sentence_opens_on_is_the_he_of_the_next_quote(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Drought has forced ranchers across the plains to sell their herds.\n\n"
        '"You cannot feed cattle on dust," says rancher Walter Brandt, 61.\n\n'
        '"We need rain by March," says climate scientist Helen Park.\n\n'
        '"Nobody acted in time," says union leader Carlos Ibarra.\n\n'
        'For Brandt, the future is uncertain. "If it rains this winter, we will rebuild," he says.\n',
    )
    assert speaker_rule(found, "If it rains")[0] == "Walter Brandt"


def test_the_subject_of_a_headline_verb_after_the_colon_is_the_body_speaker(nlp: Language) -> None:
    body = (
        "Senator Ann Cole said on Thursday that lawmakers had been misled about the cost of new ships.\n\n"
        '"They sat on these figures while we voted," Cole said.\n'
    )
    headline = "'We were misled': senator hits out over ship costs"
    record = analyse_article(nlp, Article(id="h", headline=headline, body=body), Settings())
    (q,) = [q for q in record.quotes if q.field == "headline"]
    assert q.speaker is not None and (q.speaker.canonical, q.speaker.rule) == ("Ann Cole", "headline-role")


def test_a_description_whose_clause_gives_a_name_goes_by_that_name(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Nurses at three hospitals walked out on Tuesday.\n\n"
        'A patient waiting outside said she understood. "They work so hard," said the woman, who gave her '
        "name only as Lucy.\n\n"
        "Another nurse, who gave only her first name, Kelly, said she had two children. "
        '"I do not know what we will do," she said.\n',
    )
    assert speaker_rule(found, "They work so hard")[0] == "Lucy"
    assert speaker_rule(found, "I do not know")[0] == "Kelly"


def test_an_epithet_after_a_described_subject_is_the_person_named_before(nlp: Language) -> None:
    found = find_quotes(
        nlp,
        "Diego Marin came from a set down to win his semi-final on Friday.\n\n"
        "The world No 4 looked flat in the opening set but found his rhythm in the second. "
        '"I was not feeling the ball at all at the start," the Spaniard told reporters.\n',
    )
    assert speaker_rule(found, "I was not feeling")[0] == "Diego Marin"
