"""Shared fixtures: the real spaCy model (loaded once per test session) and the seed article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from spacy.language import Language
from spacy.tokens import Doc

from config.settings import Settings
from tasks.nlp import get_nlp
from workers.embedded import EmbeddedRedis

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


@pytest.fixture(scope="session")
def redis_server() -> Iterator[EmbeddedRedis]:
    """A private redis-server on a free port for the whole test session (never the shared one)."""
    with EmbeddedRedis() as server:
        yield server


@pytest.fixture()
def redis_client(redis_server: EmbeddedRedis) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    yield client
    client.close()


@pytest.fixture()
def test_settings(redis_server: EmbeddedRedis) -> Settings:
    return Settings(redis_url=redis_server.url)
