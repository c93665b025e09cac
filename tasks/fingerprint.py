"""Signatures that let the workers recognise a re-sent body (MinHash over word shingles) and the event an
article reports (weighted entities and key terms). Pure functions over the text and the ``Doc``; the indexes
that compare them across articles live in Redis (workers/dedup.py, workers/stories.py).

MinHash is computed here with numpy rather than with datasketch: datasketch 2.0.0 imports scipy as soon as
any of it is imported (about 2 s and 57 MB more per worker process) for the LSH parameter search we do not
use. The scheme is the same: a 32-bit hash per shingle, ``(a * h + b) mod (2^61 - 1)`` per permutation, the
minimum kept. Hashes are stable across processes and hosts (crc32 of the words, fixed seed), so every
worker's signatures are comparable.
"""

from __future__ import annotations

import base64
import math
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml
from spacy.tokens import Doc
from spacy.util import get_lang_class

from tasks.models import Entity

IDENTITY_FILE = "identity.yaml"
_WORD = re.compile(r"\w+")
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_SEED = 1  # part of the signature's format: changing it makes every stored signature incomparable
_CHUNK = 4096  # shingles hashed per step, so a very long body never builds a huge matrix


@dataclass(frozen=True)
class DuplicateConfig:
    shingle_words: int
    bands: int
    rows: int
    threshold: float
    containment: float
    min_jaccard: float
    copies_unfiled_from: float
    min_shingles: int
    window_days: float

    @property
    def num_perm(self) -> int:
        return self.bands * self.rows


@dataclass(frozen=True)
class StoryConfig:
    entity_labels: frozenset[str]
    generic_terms: frozenset[str]
    lead_chars: int
    headline_weight: float
    entity_weight: float
    term_weight: float
    top_features: int
    threshold: float
    window_days: int
    max_articles_per_feature: int
    retention_days: float


@dataclass(frozen=True)
class IdentityConfig:
    version: str
    duplicates: DuplicateConfig
    stories: StoryConfig


@lru_cache(maxsize=4)
def load_identity_config(path: Path | str) -> IdentityConfig:
    """The duplicate and story parameters from ``identity.yaml`` (a file, or a lexicon directory)."""
    file = Path(path)
    if file.is_dir():
        file = file / IDENTITY_FILE
    data = yaml.safe_load(file.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("duplicates"), dict):
        raise ValueError(f"identity config {file}: expected a mapping with 'duplicates' and 'stories'")
    d = data["duplicates"]
    try:
        dup = DuplicateConfig(
            shingle_words=int(d["shingle_words"]),
            bands=int(d["bands"]),
            rows=int(d["rows"]),
            threshold=float(d["threshold"]),
            containment=float(d["containment"]),
            min_jaccard=float(d["min_jaccard"]),
            copies_unfiled_from=float(d["copies_unfiled_from"]),
            min_shingles=int(d["min_shingles"]),
            window_days=float(d["window_days"]),
        )
    except KeyError as exc:
        raise ValueError(f"identity config {file}: duplicates.{exc.args[0]} is missing") from exc
    if dup.shingle_words < 1 or dup.bands < 1 or dup.rows < 1 or not 0 < dup.threshold <= 1:
        raise ValueError(f"identity config {file}: duplicates needs positive sizes and 0 < threshold <= 1")
    s = data.get("stories")
    if not isinstance(s, dict):
        raise ValueError(f"identity config {file}: 'stories' must be a mapping")
    try:
        stories = StoryConfig(
            entity_labels=frozenset(str(x) for x in s["entity_labels"]),
            generic_terms=frozenset(str(x).lower() for x in s["generic_terms"]),
            lead_chars=int(s["lead_chars"]),
            headline_weight=float(s["headline_weight"]),
            entity_weight=float(s["entity_weight"]),
            term_weight=float(s["term_weight"]),
            top_features=int(s["top_features"]),
            threshold=float(s["threshold"]),
            window_days=int(s["window_days"]),
            max_articles_per_feature=int(s["max_articles_per_feature"]),
            retention_days=float(s["retention_days"]),
        )
    except KeyError as exc:
        raise ValueError(f"identity config {file}: stories.{exc.args[0]} is missing") from exc
    if stories.top_features < 1 or stories.window_days < 0 or not 0 < stories.threshold <= 1:
        raise ValueError(
            f"identity config {file}: stories needs top_features >= 1, window_days >= 0 and "
            "0 < threshold <= 1"
        )
    return IdentityConfig(version=str(data.get("version", "unversioned")), duplicates=dup, stories=stories)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(_SEED)
    a = rng.randint(1, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    b = rng.randint(0, int(_MERSENNE), size=num_perm, dtype=np.uint64)
    return a, b


def words(text: str) -> list[str]:
    """The body's words, lower-cased, without punctuation: what a re-send keeps even when retyped."""
    return _WORD.findall(text.lower())


def shingle_hashes(text: str, k: int) -> np.ndarray:
    """Distinct 32-bit hashes of the runs of ``k`` consecutive words (one run when the text is shorter)."""
    hashed = np.array([zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words(text)], dtype=np.uint64)
    if hashed.size == 0:
        return hashed
    if hashed.size < k:
        k = int(hashed.size)
    n = hashed.size - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):  # a polynomial over the k word hashes (wrapping uint64), then folded to 32 bits
        acc = acc * np.uint64(1_000_003) + hashed[i : i + n]
    return np.unique((acc ^ (acc >> np.uint64(32))) & _MAX32)


def minhash(hashes: np.ndarray, num_perm: int) -> np.ndarray:
    """The MinHash signature (``num_perm`` uint32 minima) of a set of 32-bit shingle hashes."""
    a, b = _permutations(num_perm)
    sig = np.full(num_perm, _MAX32, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for start in range(0, hashes.size, _CHUNK):
            h = hashes[start : start + _CHUNK, None]
            sig = np.minimum(sig, ((h * a + b) % _MERSENNE & _MAX32).min(axis=0))
    return sig.astype(np.uint32)


def similarity(sig_a: np.ndarray, sig_b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of equal minima."""
    return float(np.count_nonzero(sig_a == sig_b)) / len(sig_a)


def body_signature(text: str, config: DuplicateConfig) -> tuple[np.ndarray, int] | None:
    """The MinHash signature of a body and its number of distinct shingles, or None when it has too few
    shingles to compare."""
    hashes = shingle_hashes(text, config.shingle_words)
    if hashes.size < config.min_shingles:
        return None
    return minhash(hashes, config.num_perm), int(hashes.size)


def containment(jaccard: float, size_a: int, size_b: int) -> float:
    """The estimated share of the smaller shingle set found in the other, from their Jaccard similarity
    and sizes (|A & B| = J (|A| + |B|) / (1 + J))."""
    if min(size_a, size_b) <= 0:
        return 0.0
    return min(1.0, jaccard * (size_a + size_b) / (1 + jaccard) / min(size_a, size_b))


def encode_signature(sig: np.ndarray) -> str:
    """The signature as text for the broker (little-endian uint32, base64)."""
    return base64.b64encode(sig.astype("<u4").tobytes()).decode("ascii")


def decode_signature(text: str) -> np.ndarray:
    """The signature from its text; ValueError when the text is not one."""
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise ValueError("fingerprint.minhash: not base64") from exc
    if len(raw) % 4:
        raise ValueError(f"fingerprint.minhash: {len(raw)} bytes is not a whole number of uint32 values")
    return np.frombuffer(raw, dtype="<u4").astype(np.uint32)


def story_features(
    doc: Doc, entities: list[Entity], headline: str | None, config: StoryConfig
) -> dict[str, float]:
    """What an article says happened, as a unit-length vector of weighted features: canonical names of
    people, organisations and places (``e:``) and noun lemmas and headline words (``t:``).

    Named entities are the strongest evidence that two outlets report one event and get ``entity_weight``;
    mentions in the lead count double and headline words ``headline_weight`` times; counts are damped
    (1 + log) so one name repeated throughout does not drown the rest; the ``top_features`` strongest are
    kept.
    """
    counts: dict[str, float] = {}

    def add(feature: str, weight: float) -> None:
        counts[feature] = counts.get(feature, 0.0) + weight

    for e in entities:
        if e.label in config.entity_labels and e.canonical.strip():
            lead = 2.0 if e.start < config.lead_chars else 1.0
            add("e:" + " ".join(e.canonical.lower().split()), config.entity_weight * lead)
    for t in doc:
        if t.pos_ not in ("NOUN", "PROPN") or t.is_stop or not t.is_alpha or len(t.text) < 3:
            continue
        lemma = t.lemma_.lower()
        if lemma in config.generic_terms:
            continue
        add("t:" + lemma, config.term_weight * (2.0 if t.idx < config.lead_chars else 1.0))
    stop = _stop_words(doc.lang_)
    for word in words(headline or ""):
        if len(word) >= 3 and word.isalpha() and word not in stop and word not in config.generic_terms:
            add("t:" + word, config.headline_weight)
    damped = {f: 1.0 + math.log(c) if c >= 1 else c for f, c in counts.items()}
    top = sorted(damped.items(), key=lambda kv: (-kv[1], kv[0]))[: config.top_features]
    norm = math.sqrt(sum(v * v for _, v in top))
    return {f: round(v / norm, 4) for f, v in top} if norm else {}


@lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    """The language's stop words, as spaCy lists them (for headline words, which are not parsed here)."""
    return frozenset(get_lang_class(lang).Defaults.stop_words)
