"""Social-media lead-ins, an organisation named by apposition and playing positions in match reports (helper
r2s25b, session 25), on short articles of our own."""

from __future__ import annotations

from spacy.language import Language

from tests.tasks.speaker_cases import find_quotes, speaker_rule

POSTS = (
    "The film opens next month. Her co-star Mia Lund, who plays the pilot, posted on Instagram: "
    '"So proud of you. Keep going."\n\n'
    'Another fan posted on X: "Best news all week."\n\n'
    'Rowe, posting on her own account: "Thank you all. I mean it."\n\n'
    'Rowe appeared to reply again hours later, posting on her own page: "Still here. Still grateful."'
)


def test_a_verbless_sentence_after_a_posting_colon_is_the_posters(nlp: Language) -> None:
    found = find_quotes(nlp, POSTS)
    assert speaker_rule(found, "So proud of you")[0] == "Mia Lund"
    assert speaker_rule(found, "Best news all week")[0] == "fan"


def test_a_posting_participle_hung_on_the_quote_keeps_its_subject(nlp: Language) -> None:
    found = find_quotes(nlp, POSTS)
    assert speaker_rule(found, "Thank you all")[0] == "Rowe"
    assert speaker_rule(found, "Still here")[0] == "Rowe"


STUDIO = (
    "The actor Jo Hale said on Tuesday that the shoot had been hard.\n\n"
    'In a statement, Lantern Pictures, the studio behind the series, said it "valued the work" of its '
    "cast.\n\n"
    '"We are proud of the show," the studio said.'
)


def test_the_studio_is_the_organisation_set_in_apposition_with_it(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, STUDIO), "We are proud")[0] == "Lantern Pictures"


GAME = (
    "The Hawks beat the Suns 104-99 on Friday night. Dale Ruiz scored 28 points and grabbed 11 rebounds in "
    "the game.\n\n"
    'Ruiz was unhappy with a late call. "That was a clean block," the center said.'
)

CLINIC = (
    "Flu cases rose sharply this winter, according to a report from the Harlow Health Center. Dr Ana Ruiz "
    'led the study.\n\nRuiz said the rise was expected. "We will publish more next month," the center said.'
)


def test_a_playing_position_in_a_match_report_is_the_player(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, GAME), "That was a clean block")[0] == "Dale Ruiz"


def test_a_center_outside_a_match_report_stays_a_body(nlp: Language) -> None:
    assert speaker_rule(find_quotes(nlp, CLINIC), "We will publish")[0] == "Harlow Health Center"
