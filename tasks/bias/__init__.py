"""Bias-language tags: lexicon words and scare quotes, each in the author's or a quoted voice, and scores.

Every tag says what fired (``rule``), why (``reason``), whose words they are (``voice``, ``speaker``) and
how much it counts (``weight``). Scores are sums of weights, so every number can be traced to its tags.

The package's modules, in import order (a module imports only from those above it):

- :mod:`tasks.bias.sense_context`: what the sense passes read (token keys, topics, genre); :class:`Vetoed`.
- :mod:`tasks.bias.name_senses`, :mod:`~tasks.bias.charge_senses`, :mod:`~tasks.bias.speech_senses`,
  :mod:`~tasks.bias.people_senses`, :mod:`~tasks.bias.genre_senses`, :mod:`~tasks.bias.story_senses`: the
  sense passes by family, each a part of :class:`tasks.bias.senses._Senses`.
- :mod:`tasks.bias.senses`: the passes in order (``_Senses.PASSES``) and the veto.
- :mod:`tasks.bias.matches`: the lexicon's matches in a document.
- :mod:`tasks.bias.voices`: whose words each offset is in, and a tag's weight in its voice.
- :mod:`tasks.bias.writer_labels`: checks on the writer's own tags.
- :mod:`tasks.bias.rules`: intensified words, epithets, one-sided sourcing, stance cues.
- :mod:`tasks.bias.scare_quotes`: scare quotes.
- :mod:`tasks.bias.tagging`: :func:`tag_bias`: tag assembly, the gates and the scores.
"""

from __future__ import annotations

from tasks.bias.matches import lexicon_matches
from tasks.bias.scare_quotes import SCARE_QUOTE_RULE
from tasks.bias.sense_context import Vetoed, article_topics, report_genre
from tasks.bias.tagging import AUTHOR_THRESHOLD, BIASED_THRESHOLD, tag_bias
from tasks.bias.voices import INDIRECT_FACTOR

__all__ = [
    "AUTHOR_THRESHOLD",
    "BIASED_THRESHOLD",
    "INDIRECT_FACTOR",
    "SCARE_QUOTE_RULE",
    "Vetoed",
    "article_topics",
    "lexicon_matches",
    "report_genre",
    "tag_bias",
]
