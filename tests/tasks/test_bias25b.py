"""bias25b: the subjectivity model may hash character n-grams of each word beside the word n-grams (a model
file says which lengths in ``char_grams``); the shipped model and older files, without the field, read word
n-grams only."""

from __future__ import annotations

from tasks.subjectivity import (
    SentenceFeatures,
    SubjectivityModel,
    gram_buckets,
    load_model,
    with_char_grams,
)

BUCKETS = 64


def _model(char_grams: tuple[int, ...]) -> SubjectivityModel:
    # every weight zero but the buckets of the pieces of the made-up word "zzq"
    hashed = [0.0] * BUCKETS
    for b in gram_buckets(["c3:^zz", "c3:zzq", "c3:zq$"], BUCKETS):
        hashed[b] = 1.0
    for b in gram_buckets(["1:zzq", "1:plan"], BUCKETS):
        hashed[b] = 0.0
    return SubjectivityModel(
        version="test",
        provenance={},
        intercept=0.0,
        dense={},
        buckets=BUCKETS,
        hashed=hashed,
        gate={},
        char_grams=char_grams,
    )


def test_char_grams_of_each_word_key_but_not_of_names_and_numbers() -> None:
    grams = with_char_grams(["1:bold", "1:<name>", "1:<num>", "2:bold <name>"], (3,))
    assert grams[:4] == ["1:bold", "1:<name>", "1:<num>", "2:bold <name>"]
    assert grams[4:] == ["c3:^bo", "c3:bol", "c3:old", "c3:ld$"]
    assert with_char_grams(["1:bold"], ()) == ["1:bold"]


def test_model_reads_char_grams_only_when_its_file_says_so() -> None:
    features = SentenceFeatures(0, 2, 2, {}, ["1:zzq", "1:plan", "2:zzq plan"])
    assert _model((3,)).probability(features) > 0.6
    assert _model(()).probability(features) < _model((3,)).probability(features)
    assert not load_model().char_grams
