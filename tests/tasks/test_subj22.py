"""subj22: the shipped subjectivity model reads how many author-voice tags a sentence has and how severe they
are, not which lexicon category each belongs to (the per-category counts were sparse and overfitted)."""

from __future__ import annotations

from spacy.language import Language

from config.settings import Settings
from tasks.analysis import extract
from tasks.bias import tag_bias
from tasks.lexicon import load_bias_lexicon
from tasks.subjectivity import load_model, sentence_features

SENTENCE = "The mayor's shameful plan is a reckless gamble with the town's savings."


def test_model_probability_does_not_depend_on_the_tags_categories(nlp: Language) -> None:
    settings = Settings()
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    doc = nlp(SENTENCE)
    quotes = extract(doc, settings).quotes
    tags = tag_bias(doc, quotes, lexicon=lexicon).tags
    assert any(t.voice == "author" for t in tags)
    features = sentence_features(doc, tags, quotes, lexicon=lexicon)[0]
    # the same sentence with its tags' categories relabelled: the model must read it the same way
    relabelled = {k: v for k, v in features.dense.items() if not k.startswith("author:")}
    relabelled["author:emotive"] = sum(v for k, v in features.dense.items() if k.startswith("author:"))
    model = load_model()
    assert model.probability(features) == model.probability(features._replace(dense=relabelled))
    assert not any(name.startswith("author:") for name in model.dense)
