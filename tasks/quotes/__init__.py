"""Who says what: direct, partial and indirect quotes, each with its speaker, speech verb and medium.

This package finds the quotes (quote marks, speech verbs, "according to", split and multi-paragraph quotes);
``tasks.speakers`` says who speaks each one. A wrong speaker is worse than none, so every rule prefers to
leave ``speaker`` empty over guessing.

Modules: ``extract`` (:func:`quotes`, the one entry point, the speaker resolver kept for the bias stage, and
the article's speaker statistics), ``marks`` (quotations found by their marks and the cue that attributes
them), ``reported`` (indirect speech: the content of a speech verb), ``according`` ("according to X"),
``turns`` (interviews, transcripts and court examinations) and ``posts`` (embedded social-media posts).
"""

from tasks.quotes.extract import (
    anonymous_share,
    ensure_speaker_resolver,
    quotes,
    speaker_memory,
    speaker_stats,
)
from tasks.quotes.marks import _after_title

__all__ = [
    "_after_title",
    "anonymous_share",
    "ensure_speaker_resolver",
    "quotes",
    "speaker_memory",
    "speaker_stats",
]
