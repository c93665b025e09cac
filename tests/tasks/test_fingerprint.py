"""Body signatures and story features (tasks/fingerprint.py) on short articles of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from config.settings import Settings
from tasks import analysis
from tasks.fingerprint import (
    body_signature,
    containment,
    decode_signature,
    encode_signature,
    load_identity_config,
    similarity,
)
from tasks.models import Article, Fingerprint

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "identity"


def _article(name: str) -> Article:
    return Article.model_validate(json.loads((FIXTURES / f"{name}.json").read_text()))


def _fingerprint(nlp: Language, settings: Settings, name: str) -> Fingerprint:
    article = _article(name)
    doc = analysis.parse(nlp, article, settings)
    return analysis.fingerprint(doc, article, analysis.extract(doc, settings), settings)


def _sig(text: str, settings: Settings):  # type: ignore[no-untyped-def]
    found = body_signature(text, load_identity_config(settings.lexicon_dir).duplicates)
    assert found is not None
    return found


def test_a_reordered_body_stays_similar_and_another_story_does_not(settings: Settings) -> None:
    body = _article("lisbon-bridge").body
    paragraphs = body.split("\n\n")
    reordered = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[1], paragraphs[3]])
    sig, _ = _sig(body, settings)
    assert similarity(sig, _sig(reordered, settings)[0]) >= 0.85
    assert similarity(sig, _sig(_article("boston-marathon").body, settings)[0]) < 0.1
    # Case and punctuation are not what a re-send changes: the same words give the same signature.
    assert similarity(sig, _sig(body.upper().replace(",", " "), settings)[0]) == 1.0


def test_a_paragraph_added_keeps_the_shorter_body_contained(settings: Settings) -> None:
    body = _article("lisbon-bridge").body
    longer = body + "\n\nRoad traffic was diverted to the Vasco da Gama Bridge, where queues grew for miles."
    (a, na), (b, nb) = _sig(body, settings), _sig(longer, settings)
    assert containment(similarity(a, b), na, nb) >= 0.85


def test_a_signature_travels_as_text_and_bad_text_is_named(settings: Settings) -> None:
    sig, _ = _sig(_article("lisbon-bridge").body, settings)
    assert (decode_signature(encode_signature(sig)) == sig).all()
    with pytest.raises(ValueError, match=r"fingerprint\.minhash"):
        decode_signature("not base64!")


def test_too_short_a_body_has_no_signature(settings: Settings) -> None:
    assert (
        body_signature("Flash: bridge shut.", load_identity_config(settings.lexicon_dir).duplicates) is None
    )


def test_story_features_are_the_event_s_names_and_terms(nlp: Language, settings: Settings) -> None:
    lisbon = _fingerprint(nlp, settings, "lisbon-bridge")
    other = _fingerprint(nlp, settings, "lisbon-bridge-other-outlet")
    boston = _fingerprint(nlp, settings, "boston-marathon")
    assert "e:carlos moedas" in lisbon.story_terms and "t:bridge" in lisbon.story_terms
    assert "t:said" not in lisbon.story_terms  # a verb of every story is no evidence of this one

    def cosine(a: Fingerprint, b: Fingerprint) -> float:
        return sum(w * b.story_terms.get(f, 0.0) for f, w in a.story_terms.items())

    assert cosine(lisbon, lisbon) == pytest.approx(1.0, abs=1e-3)
    threshold = load_identity_config(settings.lexicon_dir).stories.threshold
    assert cosine(lisbon, other) >= threshold > cosine(lisbon, boston)


def test_a_broken_identity_config_is_named(tmp_path: Path) -> None:
    (tmp_path / "identity.yaml").write_text("duplicates: {bands: 4}\nstories: {}\n")
    with pytest.raises(ValueError, match=r"duplicates\.shingle_words is missing"):
        load_identity_config(tmp_path)
