"""Every Redis key wirelens builds, in one place, so that no article id can name a key it does not own.

Layout under the root (``WIRELENS_KEY_ROOT``, default ``wirelens``):
    ``:article:<id>``            ledger entry of an article (hash)
    ``:record:<id>``             the article's stored records (hash)
    ``:published:<id>:<v>``      marker that version ``v`` was published (publishing is once per version)
    ``:meta:ledger:open``        sorted set of unfinished ids
    ``:meta:ledger:counts``      hash: entries per state
    ``:meta:sweeper-lock``       which worker sweeps now
    ``:meta:ingest:feed:<h>``    a followed feed's ETag and Last-Modified
    ``:meta:ingest:dir:<h>``     files a drop-directory watcher has taken
    ``:meta:workers``            sorted set: worker node name -> time of its last heartbeat
    ``:meta:producer:counts``    hash: articles producers admitted, skipped, rejected, failed (totals)
    ``:meta:dedup:doc:<id>``     an article's body signature and its duplicate link (hash)
    ``:meta:dedup:band:<p>:<b>`` LSH band ``b`` in period ``p``: band value -> ids of the bodies (hash)
    ``:meta:story:doc:<id>``     an article's story (hash)
    ``:meta:story:f:<day>:<h>``  articles of one day carrying story feature ``h``, with its weight (hash)

Ids are percent-encoded (everything but ASCII letters, digits and ``-._~``), which is injective and leaves no
``:``, ``*``, ``{``, ``}`` or whitespace in the id's part: ``open`` is ``:article:open``, never
``:meta:ledger:open``; ``a:1`` published at v2 is ``:published:a%3A1:2``, never id ``a`` at some version.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from config.settings import Settings

_SAFE = "-._~"


def encode_id(article_id: str) -> str:
    """The id as it appears in a key. ``surrogatepass``: a lone surrogate that got this far still gets a
    key of its own instead of an exception (validation rejects it before)."""
    return quote(article_id, safe=_SAFE, encoding="utf-8", errors="surrogatepass")


def decode_id(part: str) -> str:
    return unquote(part, encoding="utf-8", errors="surrogatepass")


class Keys:
    """Key names for one deployment (one root)."""

    def __init__(self, settings: Settings) -> None:
        root = settings.key_root
        self.article_prefix = f"{root}:article:"
        self.record_prefix = f"{root}:record:"
        self.published_prefix = f"{root}:published:"
        self.meta_prefix = f"{root}:meta:"
        self.ledger_open = f"{self.meta_prefix}ledger:open"
        self.ledger_counts = f"{self.meta_prefix}ledger:counts"
        self.sweeper_lock = f"{self.meta_prefix}sweeper-lock"
        self.workers = f"{self.meta_prefix}workers"
        self.producer_counts = f"{self.meta_prefix}producer:counts"

    def article(self, article_id: str) -> str:
        return self.article_prefix + encode_id(article_id)

    def record(self, article_id: str) -> str:
        return self.record_prefix + encode_id(article_id)

    def published(self, article_id: str, version: int) -> str:
        return f"{self.published_prefix}{encode_id(article_id)}:{int(version)}"

    @property
    def dedup_doc_prefix(self) -> str:
        return f"{self.meta_prefix}dedup:doc:"

    def dedup_doc(self, article_id: str) -> str:
        return self.dedup_doc_prefix + encode_id(article_id)

    @property
    def dedup_band_prefix(self) -> str:
        """Followed by ``<period>:<band number>``: one LSH band's hash in one period, band value -> ids (built
        in workers/dedup.py's script)."""
        return f"{self.meta_prefix}dedup:band:"

    @property
    def story_doc_prefix(self) -> str:
        return f"{self.meta_prefix}story:doc:"

    def story_doc(self, article_id: str) -> str:
        return self.story_doc_prefix + encode_id(article_id)

    @property
    def story_feature_prefix(self) -> str:
        """Followed by ``<day number>:<feature digest>`` (built in workers/stories.py's script)."""
        return f"{self.meta_prefix}story:f:"

    def ingest_feed(self, digest: str) -> str:
        return f"{self.meta_prefix}ingest:feed:{digest}"

    def ingest_dir(self, digest: str) -> str:
        return f"{self.meta_prefix}ingest:dir:{digest}"
