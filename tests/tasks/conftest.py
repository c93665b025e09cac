"""Fixtures the analysis tests share: the shipped bias lexicon, loaded once."""

from __future__ import annotations

import pytest

from config.settings import LEXICON_DIR
from tasks.lexicon import BiasLexicon, load_bias_lexicon


@pytest.fixture(scope="session")
def lexicon() -> BiasLexicon:
    return load_bias_lexicon(LEXICON_DIR)
