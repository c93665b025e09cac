"""Shared fixtures: the real spaCy model (loaded once per test session) and the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import Settings
from tasks.nlp import get_nlp

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "rafah-cairo-talks.txt"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Language:
    return get_nlp(settings.model, settings.fallback_model)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(nlp: Language, seed_text: str) -> Doc:
    return nlp(seed_text)
