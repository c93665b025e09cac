"""lex27: evaluative adjectives from a source not written from our dev data (Pattern's English subjectivity
lexicon, shipped as config/lexicons/evaluative_adjectives.yaml by bench/pattern_adjectives.py). They rank
below bias.yaml (a word it has keeps its own entry) and pass all the sense and voice machinery, plus the
`evaluative` sense pass: the writer's grading is attributive on a common noun or predicative after a linking
verb, not inside a name, a compound, a domain's literal phrase, a comparison or a relation."""

from __future__ import annotations

from spacy.language import Language

from config.settings import LEXICON_DIR
from tasks.lexicon import EVALUATIVE_FILE, BiasLexicon, read_lexicon_file
from tasks.subjectivity import load_model, sentence_features
from tests.tasks.bias_cases import run, tag, words


def test_the_shipped_file_names_its_source_and_thresholds() -> None:
    header, entries = read_lexicon_file(LEXICON_DIR / EVALUATIVE_FILE)
    assert "PDDL" in header.provenance["licence"] and "textblob" in header.provenance["package"]
    assert header.provenance["thresholds"]
    assert entries and all(e.category == "evaluative" and e.severity == 1 and e.figures for e in entries)


def test_a_pattern_only_adjective_is_the_writers_grading(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "The council approved the tedious plan on Tuesday. The new rules are unfair to renters."
    result = run(nlp, lexicon, body)
    assert {"tedious", "unfair"} <= words(result)
    t = tag(result, "tedious")
    assert t.voice == "author" and t.category == "evaluative" and t.severity == 1
    assert "Pattern" in t.reason


def test_inside_a_quotation_it_is_the_speakers(nlp: Language, lexicon: BiasLexicon) -> None:
    body = '"This is an unfair deal for renters," Mayor Jane Hale said on Tuesday.'
    t = tag(run(nlp, lexicon, body), "unfair")
    assert t.voice == "quoted" and t.speaker and "Hale" in t.speaker


def test_inside_a_name_it_is_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "Members of the band Unfair Dogs played a set at the Tedious Arms pub in Leeds on Friday."
    assert {"unfair", "tedious"}.isdisjoint(words(run(nlp, lexicon, body)))


def test_a_technical_or_literal_compound_is_not_tagged(nlp: Language, lexicon: BiasLexicon) -> None:
    body = (
        "A cold front brought snow to the coast overnight. A teacher at the school was taken to hospital "
        "in acute pain after the crash."
    )
    assert {"cold", "acute"}.isdisjoint(words(run(nlp, lexicon, body)))


def test_a_relation_or_a_ranking_is_not_a_grade(nlp: Language, lexicon: BiasLexicon) -> None:
    body = "He was unable to attend the hearing. The council said the second bid was better than the first."
    assert {"unable", "better"}.isdisjoint(words(run(nlp, lexicon, body)))


def test_a_bias_yaml_word_keeps_its_own_entry(nlp: Language, lexicon: BiasLexicon) -> None:
    # "brutal" is in both lexicons: bias.yaml's entry, with its own category and senses, tags it
    assert "brutal" not in lexicon.secondary and "tedious/ADJ" in lexicon.secondary
    t = tag(run(nlp, lexicon, "The regime waged a brutal campaign against the villagers."), "brutal")
    assert t.category != "evaluative"


def test_it_grows_no_nouns(lexicon: BiasLexicon) -> None:
    # a third-party adjective's noun of quality ("importance", "safety") names a topic in news copy
    assert lexicon.derived("tediousness", "NOUN") is None


def test_the_sentence_model_reads_the_sentence_as_before(nlp: Language, lexicon: BiasLexicon) -> None:
    # the shipped model never saw these tags: counted among the lexicon's, they would lift the sentence
    doc = nlp("The council approved the tedious plan on Tuesday.")
    tags = run(nlp, lexicon, doc.text).tags
    assert any(t.category == "evaluative" for t in tags)
    with_tags = sentence_features(doc, tags, [], lexicon=lexicon)[0]
    without = sentence_features(doc, [], [], lexicon=lexicon)[0]
    assert with_tags.dense.pop("secondary:evaluative") == 1.0
    assert with_tags.dense == without.dense
    assert load_model().probability(with_tags) == load_model().probability(without)
