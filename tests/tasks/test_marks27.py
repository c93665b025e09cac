"""Session 27 (marks27): the families the blind bias judges left on news copy. A headline desk's single marks
that no one in the story is given are the desk's scare quotes; "far from" negates a label as "not" does;
"so-called" before a noun a restrictive clause picks out doubts it; a loaded adjective taken into a nickname
("Crooked Joe") is still the writer's; a word inside a plain idiom is the idiom's, not a tag."""

from __future__ import annotations

from spacy.language import Language

from tasks.lexicon import BiasLexicon
from tests.tasks.bias_cases import run, tag, words


def _headline_tags(
    nlp: Language, lexicon: BiasLexicon, headline: str, body: str
) -> list[tuple[str, str, str]]:
    result = run(nlp, lexicon, body, headline=headline)
    return [(t.text, t.rule, t.voice) for t in result.tags if t.field == "headline"]


def test_a_headline_mark_the_story_gives_no_one_is_the_desks_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "For months the government has spoken of a surge at the southern border. Figures released on "
        "Monday show crossings fell by a third over the year."
    )
    assert ("crisis", "scare-quote", "author") in _headline_tags(
        nlp, lexicon, "The border 'crisis' that never was", body
    )


def test_a_headline_mark_the_story_quotes_stays_a_quotation(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        'Shop owners in the high street have criticised the new parking charges. "It is a shambles from '
        'start to finish," said Ann Lee, who runs a bakery. The council said the charges were fair.'
    )
    tags = _headline_tags(nlp, lexicon, "Traders attack parking 'shambles'", body)
    assert not any(rule == "scare-quote" for _, rule, _ in tags)


def test_a_marked_headline_predicate_is_a_claim_quoted(nlp: Language, lexicon: BiasLexicon) -> None:
    # the desk's marks on a predicate credit the claim to the story's source, as BBC headlines do
    body = "The rail link will be approved next week, the Sunday paper reported, citing officials."
    tags = _headline_tags(nlp, lexicon, "Rail link 'delayed' again", body)
    assert not any(rule == "scare-quote" for _, rule, _ in tags)


def test_far_from_negates_the_word_after_it(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Whatever the losing side now says, the election was far from a sham."
    t = tag(run(nlp, lexicon, body), "sham")
    assert t.negated
    assert "negated by 'far from'" in t.reason


def test_so_called_before_a_noun_picked_out_by_a_restrictive_clause_doubts_it(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The so-called independent commission the bill creates would answer to the cabinet."
    assert "so-called" in words(run(nlp, lexicon, body))


def test_so_called_before_a_glossed_term_stays_untagged(nlp: Language, lexicon: BiasLexicon) -> None:
    # bp29: before a law's name ("the so-called Inflation Reduction Act") it is now withheld with its reason
    # (tests/tasks/test_bp29.py); a term glossed at once is still introduced
    body = "Traders moved to so-called dark pools, which let them buy shares out of sight."
    assert "so-called" not in words(run(nlp, lexicon, body))


def test_a_loaded_adjective_before_a_given_name_is_a_nickname(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Crooked Joe and his friends in Washington are at it again with another tax rise."
    assert "crooked" in words(run(nlp, lexicon, body))


def test_a_word_inside_a_plain_idiom_is_no_tag(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        '"They are barking up the wrong tree," the mayor said. "It is the lesser of two evils," a resident '
        "said of the plan."
    )
    tagged = words(run(nlp, lexicon, body))
    assert "barking" not in tagged
    assert "evils" not in tagged


def test_a_headline_mark_on_a_term_the_story_introduces_is_no_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "The regulator has taken aim at the practice known as greenwashing, in which firms overstate "
        "the benefits of their funds for the climate. Three banks were named on Monday."
    )
    tags = _headline_tags(nlp, lexicon, "Regulator targets 'greenwashing' by banks", body)
    assert not any(rule == "scare-quote" for _, rule, _ in tags)


def test_a_headline_mark_on_the_storys_own_word_is_no_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # the desk quotes its own writer: the word is the story's
    body = "The party will go into the election pledged to raise taxes. It is a bold policy, and a risky one."
    tags = _headline_tags(nlp, lexicon, "Greens' 'bold' election policy", body)
    assert not any(rule == "scare-quote" for _, rule, _ in tags)


def test_so_called_before_a_marked_term_with_its_definition_stays_untagged(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        'The state has so-called "shield" laws which protect journalists from having to name their sources.'
    )
    assert "so-called" not in words(run(nlp, lexicon, body))


def test_a_headline_mark_on_a_claim_the_story_reports_is_no_scare_quote(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    # the lemmatiser reads "raped" as "rap": the mended lemma still finds the claim's word
    body = "A singer has been sued by a woman who claimed he raped her two years ago. He denies it."
    tags = _headline_tags(nlp, lexicon, "Singer sued for 'rape'", body)
    assert not any(rule == "scare-quote" for _, rule, _ in tags)


def test_so_called_before_a_marked_term_a_speaker_doubts_stays_tagged(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = (
        "\"The proliferation of so-called 'human rights' has left us in a moral quagmire,\" the leader said."
    )
    assert "so-called" in words(run(nlp, lexicon, body))


def test_a_capitalised_label_of_a_place_is_a_sobriquet_not_a_name(
    nlp: Language, lexicon: BiasLexicon
) -> None:
    body = "The court heard the case against a commander whom residents call the Monster of Mariupol."
    t = tag(run(nlp, lexicon, body), "monster")
    assert (t.voice, t.speaker) == ("quoted", "residents")


def test_a_label_in_the_name_of_a_thing_stays_untagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The band will headline the Monsters of Rock festival in Leicestershire next summer."
    assert "monsters" not in words(run(nlp, lexicon, body))
