"""Session 30 (hype30): recall of the writer's hype and epithets in straight and tabloid news.

Science and business hype ("a *landmark* study", "a *monster* black hole", "could *rewrite the textbooks*"),
the writer's epithets for a story's subject ("the *luckless* visitors", "*pesky* rules", "*identikit*
flats"), tabloid words for bodies and behaviour ("a *skimpy* dress", "*stormed out*"), each kept out of its
literal sense by the word after it or by a domain. In a headline, the desk's epithet for its subject
("*Smirking* thief jailed") and a word the lexicon marks as the desk's own hype ("Star *flaunts* curves") are
tagged as they are in the body; the shorthand of headlinese ("feud", "chides") is still not. A two-word
headline in title case ("Killer Caged") is read in sentence case like a longer one.

Short texts of our own; each test fails without the change it names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks.analysis import analyse_article
from tasks.lexicon import BiasLexicon
from tasks.models import Article, BiasResult
from tests.tasks.bias_cases import run, words


def _record_bias(nlp: Language, headline: str, body: str) -> BiasResult:
    record = analyse_article(nlp, Article(id="hype30", headline=headline, body=body), Settings())
    assert record.bias is not None
    return record.bias


def _headline_words(result: BiasResult) -> set[str]:
    return {t.text.lower() for t in result.tags if t.field == "headline"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Astronomers published a landmark study of the galaxy's core.", "landmark"),
        ("Astronomers found a monster black hole at the centre of the galaxy.", "monster"),
        ("The firm unveiled a revolutionary engine at the motor show.", "revolutionary"),
        ("The fossil could rewrite the textbooks on early birds.", "rewrite the textbooks"),
        ("The odd signal has left engineers stumped since March.", "stumped"),
        ("The luckless farmers lost their crops again this year.", "luckless"),
        ("The plan scraps pesky planning rules for small builders.", "pesky"),
        ("Councillors approved 400 identikit flats beside the ring road.", "identikit"),
        ("The unelected quango will set the fees.", "unelected"),
        ("The singer arrived in a skimpy dress.", "skimpy"),
        ("The senator stormed out of the meeting after the vote.", "stormed out"),
        ("The minister cozied up to wealthy donors.", "cozied up"),
        ("The embattled lender is seeking a buyer.", "embattled"),
        ("The probe sent back breathtaking images of the rings.", "breathtaking"),
    ],
)
def test_the_writers_hype_and_epithets_pass_the_gate(nlp: Language, text: str, word: str) -> None:
    assert word in words(_record_bias(nlp, "", text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The old mill is a landmark building in the town.", "landmark"),
        ("The judges gave a landmark ruling on the case.", "landmark"),
        ("Crowds watched a monster truck show at the fair.", "monster"),
        ("Commanders of the Revolutionary Guards met on Monday.", "revolutionary"),
        ("The firm stumped up 5m pounds for the repairs.", "stumped"),
        ("Police released an identikit picture of the suspect.", "identikit"),
        ("Troops stormed the building at dawn.", "stormed"),
    ],
)
def test_literal_senses_of_hype_words_are_not_tagged(
    nlp: Language, lexicon: BiasLexicon, text: str, word: str
) -> None:
    assert word not in words(run(nlp, lexicon, text))


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Smirking Thief Jailed For Two Years", "smirking"),
        ("Beleaguered Retailer Cuts 200 Jobs", "beleaguered"),
        ("Miracle Drug Approved By Regulators", "miracle drug"),
        ("Star Flaunts Curves On Beach", "flaunts"),
        ("Senator Storms Out Of Budget Talks", "storms out"),
        ("Killer Caged", "caged"),
    ],
)
def test_a_headlines_epithets_and_hype_are_the_desks(nlp: Language, headline: str, word: str) -> None:
    body = "A court and a council met on Monday, officials said."
    assert word in _headline_words(_record_bias(nlp, headline, body))


@pytest.mark.parametrize(
    ("headline", "body", "word"),
    [
        ("Skimpy Outfit Sparks Row", "The singer wore an outfit on stage on Monday.", "skimpy"),
        ("Luckless Lions Beaten Again", "The Lions lost 3-0 at home on Saturday.", "luckless"),
    ],
)
def test_a_headlines_first_word_is_no_name_the_body_never_uses(
    nlp: Language, headline: str, body: str, word: str
) -> None:
    assert word in _headline_words(_record_bias(nlp, headline, body))


def test_a_headlines_first_word_the_body_names_is_still_a_name(nlp: Language) -> None:
    body = "Fans cheered as Savage, the club's new striker, scored twice. Savage said he was pleased."
    assert "savage" not in _headline_words(_record_bias(nlp, "Savage Scores Twice In Win", body))


def test_headline_shorthand_is_still_not_tagged(nlp: Language) -> None:
    body = "The two brothers disagreed again over the firm's plans, the company said on Monday."
    assert _headline_words(_record_bias(nlp, "Family Feud Heats Up As Chairman Chides Board", body)) == set()
