"""Precision of author-voice tags in reviews (issue 12, review8): the characters a review introduces by its
usual conventions (the actor in brackets, "played by", "the story follows X, a ...") are the story's, and so
is what they do and what befalls them; the critic's verdicts on the film stay the critic's.

Sentences are our own."""

from __future__ import annotations

from spacy.language import Language

from tasks.bias import article_topics
from tasks.lexicon import BiasLexicon

from .bias_cases import run, words

BRACKETS = (
    "Harbour Lights is the new film from director Ana Bell, and the actor Paul Grey carries it. The story"
    " follows Tomas, a fisherman who has lost his wife. Tomas (Paul Grey) wants to sell his cottage to a "
    "ruthless developer. Then a storm wrecks his boat. His sister (Mia Stone) begs him to stay. The "
    "developer, played by Ian Fox, is a cartoonish villain. The plot moves slowly, every character speaks"
    " in slogans and the screenplay never trusts its actors. At two and a half hours the film is bloated,"
    " and the lazy screenplay is manipulative. The sequel, already announced, cannot be worse than this "
    "film."
)
PLAYED_WITH = (
    "Winter Road is a film based on the novel by Clara Dunn, and its plot sticks close to the book. The "
    "story follows Ruth, a nurse in a small mining town. Ruth's brother (Sam Hart) owes money to a "
    "vicious gangster. The gangster, played with relish by Leo Park, threatens the family. She is "
    "desperate. Every character is drawn with care, and each actor is strong, but the film is lazy in its"
    " last act and the ending is manipulative. The plot ties itself in knots, the screenplay loses its "
    "nerve, and this film, like the novel, fades. The actress in the lead deserved a better screenplay "
    "and a braver film."
)
KIN = (
    "The Last Orchard is a family film set on a farm, and a small-town thriller in its second half. Its "
    "plot is simple. The film follows June, a widow fighting to keep the land. Her son Eli (Tom Reed) is "
    "reckless and greedy. A cruel banker, played by Ned Cole, plots to seize the farm. Every actor does "
    "fine work with the screenplay, but the film is shallow and manipulative, and the dialogue is lazy. "
    "Each character is a type and the plot holds no surprise for anyone who has seen a film or a thriller"
    " before. The actress playing June deserved a better screenplay."
)

MODIFIER = (
    "Harbour Lights is the new film from director Ana Bell, and the actor Paul Grey carries it. The "
    "developer, played by Ian Fox, wants the harbour. The best scene pits the ruthless developer against "
    "the whole village. The plot moves slowly, every character speaks in slogans and the screenplay never"
    " trusts its actors. At two and a half hours the film is bloated, and the lazy screenplay is "
    "manipulative. The sequel, already announced, cannot be worse than this film, and the actress in the "
    "lead deserves a better plot and a braver screenplay. The film opens in cinemas on Friday, with a "
    "novel of the plot due in the spring."
)


def test_a_character_with_the_actor_in_brackets_owns_what_befalls_him(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    found = words(run(nlp, lexicon, BRACKETS))
    assert "wrecks" not in found  # "a storm wrecks his boat": Tomas (Paul Grey)'s boat
    assert {"bloated", "lazy"} <= found  # the critic's verdicts on the film
    news = run(
        nlp, lexicon, "Tomas Grey said a storm wrecks his boat every winter, and officials did nothing."
    )
    assert "wrecks" in words(news)


def test_a_character_played_with_relish_and_a_characters_kin_are_the_storys(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    found = words(run(nlp, lexicon, PLAYED_WITH))
    assert not {"vicious", "gangster", "desperate"} & found
    assert {"lazy", "manipulative"} <= found


def test_a_son_in_brackets_and_a_banker_played_by_an_actor_are_characters(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    found = words(run(nlp, lexicon, KIN))
    assert not {"reckless", "greedy"} & found
    assert {"shallow", "lazy"} <= found
    news = run(nlp, lexicon, "Her son Eli is reckless and greedy, the judge said as he jailed him.")
    assert {"reckless"} & words(news) or {"greedy"} & words(news)


def test_a_word_on_a_character_played_by_an_actor_is_the_storys(nlp: Language, lexicon: BiasLexicon) -> None:
    found = words(run(nlp, lexicon, MODIFIER))
    assert "ruthless" not in found  # "the ruthless developer", the developer "played by Ian Fox"
    assert {"bloated", "lazy", "manipulative"} <= found


CINEMA = (
    "Salt Marsh is a slow drama about a ferryman and his daughter, and it opens in cinemas on Friday. "
    "The ferryman owes money to a ruthless landlord, played by Dan Hale, who wants the boat and the "
    "house. The script gives the daughter little to do, the soundtrack swells at every turn and the "
    "drama sags badly in its second hour. The screenwriter, a playwright making a first move to the "
    "cinema, has an ear for talk but no feel for pace. The marsh looks lovely on a big screen, and the "
    "two leads work hard. But the result is bloated and oddly lifeless, a drama that mistakes gloom for "
    "depth, and the script never finds an ending worthy of its opening."
)


def test_a_review_in_the_words_of_cinema_is_a_review(nlp: Language, lexicon: BiasLexicon) -> None:
    # A review that speaks of its drama, script and soundtrack rather than its "film" and "plot" is still
    # a review, so the story's people are the story's; "bloated" stays the critic's.
    assert "fiction" in article_topics(nlp(CINEMA), lexicon)
    assert "bloated" in words(run(nlp, lexicon, CINEMA))
