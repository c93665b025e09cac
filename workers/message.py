"""The one message shape between the producer and the workers: a work item, JSON on the broker.

A :class:`WorkItem` is one article and what the producer knows about it: when it was enqueued, the version
it supersedes, the per-request analysis options. The producer builds it; every task and signal handler reads
it back with :func:`read_item`, which validates what arrived and answers either a ``WorkItem`` or a
:class:`Malformed` (the reason, naming the field, and the original, for its record's dead letter). Which
argument of which task holds the items is said once, in :func:`task_items`: no handler guesses.

On the broker, ``wirelens.analyse`` takes a list of work items (a fused batch), ``wirelens.parse`` one, and
the later stages of the chain a :class:`StagePayload`, which carries the item on with the parsed ``Doc``
and the stages' results. Items without ``schema_version`` (sent before it existed) have the same fields and
are read as version 1; so are the chain's messages of that release (see ``legacy_parse_item``).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from tasks.models import (
    MAX_VERSION,
    METADATA_FIELDS,
    Article,
    BiasResult,
    Extraction,
    Fingerprint,
    LanguageDetection,
    ModelInfo,
    ProviderMetadata,
    ResultRecord,
    Status,
    Summary,
    content_id,
    valid_version,
)
from tasks.validation import describe_validation_error

SCHEMA_VERSION = 1
FUSED = "wirelens.analyse"  # its first argument: a list of work items
PARSE = "wirelens.parse"  # its first argument: one work item
STAGES_AFTER_PARSE = ("wirelens.extract", "wirelens.bias", "wirelens.summarise", "wirelens.publish")


class AnalysisOptions(BaseModel):
    """Per-request analysis options: each one set overrides the workers' setting for this article."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    summary_sentences: int | None = Field(default=None, ge=1, strict=True)
    summary_words: int | None = Field(default=None, ge=1, strict=True)
    summary_neutral: bool | None = Field(default=None, strict=True)

    @cached_property
    def json_set(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)

    def to_json(self) -> dict[str, Any]:
        """The options set (read-only: shared by every item with these options, dumped once, not once per
        item: the producer sends thousands a second)."""
        return self.json_set


NO_OPTIONS = AnalysisOptions()


class _Envelope(BaseModel):
    """What a work item must be around its article (the article is validated on its own, as ``Article``)."""

    model_config = ConfigDict(extra="forbid")

    schema_version: Literal[1] = 1  # SCHEMA_VERSION
    article: Any
    enqueued_at: float | None = Field(default=None, strict=True)
    supersedes: int | None = Field(default=None, ge=1, le=MAX_VERSION, strict=True)
    options: AnalysisOptions = NO_OPTIONS

    @field_validator("enqueued_at")
    @classmethod
    def _finite(cls, v: float | None) -> float | None:
        if v is not None and not math.isfinite(v):
            raise ValueError("must be a finite number of seconds since the epoch")
        return v


@dataclass(slots=True)
class WorkItem:
    """One article on its way through the workers, with what the producer knows about it."""

    article: Article
    enqueued_at: float | None = None
    supersedes: int | None = None  # the older version of this article that the producer already had
    options: AnalysisOptions = NO_OPTIONS
    # The article's JSON when the producer already made it (for the ledger): not dumped a second time.
    article_json: dict[str, Any] | None = field(default=None, compare=False, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The item as it travels on the broker."""
        return {
            "schema_version": SCHEMA_VERSION,
            "article": self.original,
            "enqueued_at": self.enqueued_at,
            "supersedes": self.supersedes,
            "options": self.options.to_json(),
        }

    @property
    def original(self) -> dict[str, Any]:
        """The article's JSON; what goes to the dead letters with a record that is not ``ok``."""
        return self.article_json if self.article_json is not None else self.article.model_dump(mode="json")

    def record(
        self,
        status: Status,
        error: str | None = None,
        *,
        timings_ms: dict[str, float] | None = None,
        model: ModelInfo | None = None,
    ) -> ResultRecord:
        """The article's record, without analyses; ``timings_ms["total"]`` is enqueue to now."""
        a = self.article
        return ResultRecord(
            article_id=a.id,
            version=a.version,
            status=status,
            error=error,
            headline=a.headline,
            source=a.source,
            language=a.language,
            language_detected=a.language_detected,
            provider=ProviderMetadata.of(a),
            timings_ms=_with_total(timings_ms, self.enqueued_at),
            model=model,
            processed_at=datetime.now(UTC),
            supersedes=self.supersedes,
        )


@dataclass(slots=True)
class Malformed:
    """What arrived where a work item was expected but is not one, and why (the field and the problem)."""

    received: Any
    reason: str

    @property
    def article(self) -> dict[str, Any]:
        """The article as far as one can be found in what arrived (for its id, version and ledger entry)."""
        got = self.received.get("article", self.received) if isinstance(self.received, dict) else None
        return got if isinstance(got, dict) else {}

    @property
    def original(self) -> dict[str, Any]:
        """What goes to the dead letters: the article when there is one, else everything that arrived."""
        if isinstance(self.received, dict) and isinstance(self.received.get("article"), dict):
            article: dict[str, Any] = self.received["article"]
            return article
        return self.received if isinstance(self.received, dict) else {"value": self.received}

    def record(
        self,
        status: Status,
        error: str | None = None,
        *,
        timings_ms: dict[str, float] | None = None,
        model: ModelInfo | None = None,
    ) -> ResultRecord:
        """A record for whatever arrived: its id when it has one, else a hash of its content."""
        a = self.article
        article_id = str(a.get("id") or "") or content_id(
            str(a.get("headline") or ""), str(a.get("body") or a)
        )
        enqueued_at = self.received.get("enqueued_at") if isinstance(self.received, dict) else None
        if not (isinstance(enqueued_at, float) and math.isfinite(enqueued_at)):
            enqueued_at = None
        return ResultRecord(
            article_id=article_id,
            version=valid_version(a.get("version")) or 1,
            status=status,
            error=error,
            headline=_text(a.get("headline")),
            source=_text(a.get("source")),
            language=_text(a.get("language")),
            language_detected=_detected(a),
            provider=_provider(a),
            timings_ms=_with_total(timings_ms, enqueued_at),
            model=model,
            processed_at=datetime.now(UTC),
        )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _detected(article: dict[str, Any]) -> LanguageDetection | None:
    """The language detection a malformed item's article carries, if it is one (it may hold anything)."""
    try:
        return LanguageDetection.model_validate(article.get("language_detected"))
    except ValidationError:
        return None


def _provider(article: dict[str, Any]) -> ProviderMetadata | None:
    """The provider metadata of a malformed item's article: its metadata fields alone, so that an article
    rejected for another field still passes on what it said."""
    keys = (*METADATA_FIELDS, "byline", "urgency", "metadata_dropped")
    fields = {k: article[k] for k in keys if k in article}
    try:
        return ProviderMetadata.of(Article.model_validate({**fields, "body": "-"}))
    except ValidationError:
        return None


def _with_total(timings_ms: dict[str, float] | None, enqueued_at: float | None) -> dict[str, float]:
    out = dict(timings_ms or {})
    if enqueued_at is not None:
        out["total"] = round((time.time() - enqueued_at) * 1000, 2)
    return out


def read_item(data: Any) -> WorkItem | Malformed:
    """The work item in ``data`` (its JSON), validated; or why it is not one.

    An envelope problem is reported as ``work item: <field>: <problem>``; an article problem as the
    producer reports it (``body: Field required``).
    """
    if not isinstance(data, dict):
        return Malformed(data, f"work item: expected a JSON object, not {_kind(data)}")
    try:
        envelope = _Envelope.model_validate(data)
    except ValidationError as exc:
        return Malformed(data, f"work item: {describe_validation_error(exc)}")
    try:
        article = Article.model_validate(envelope.article)
    except ValidationError as exc:
        return Malformed(data, describe_validation_error(exc))
    return WorkItem(article, envelope.enqueued_at, envelope.supersedes, envelope.options)


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def legacy_parse_item(args: tuple[Any, ...]) -> Any:
    """The work item of a ``wirelens.parse`` message: its one argument; or, from a producer of the release
    before work items, ``(article, enqueued_at, supersedes, options)`` turned into one."""
    if len(args) == 4 and not (isinstance(args[0], dict) and "article" in args[0]):
        article, enqueued_at, supersedes, options = args
        return {"article": article, "enqueued_at": enqueued_at, "supersedes": supersedes, "options": options}
    return args[0] if args else None


class StagePayload(BaseModel):
    """What travels from stage to stage of the chain (JSON on the broker): the work item as it arrived, and
    what the stages made of it so far."""

    item: Any = None  # the work item's JSON (what arrived, when it was not one: status says so)
    status: str = "ok"
    error: str | None = None
    doc: str | None = None  # base64 DocBin bytes
    headline_doc: str | None = None  # the headline's, parsed once in the parse stage (absent: parse it there)
    extraction: Extraction | None = None
    bias: BiasResult | None = None
    summary: Summary | None = None
    fingerprint: Fingerprint | None = None  # for the duplicate and story indexes at publishing
    model: ModelInfo | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        """A payload of the release before work items (its fields at the top level) carries one on."""
        if isinstance(data, dict) and "item" not in data and "article" in data:
            data = dict(data)
            options = data.pop("options", None)
            if isinstance(options, dict):
                options = {k: v for k, v in options.items() if k != "fused"}  # never sent on the broker
            data["item"] = {
                "article": data.pop("article"),
                "enqueued_at": data.pop("enqueued_at", None),
                "supersedes": data.pop("supersedes", None),
                "options": options or {},
            }
        return data

    def work_item(self) -> WorkItem | Malformed:
        return read_item(self.item)


def task_items(task: str, args: Any) -> list[WorkItem | Malformed]:
    """The work items a ``wirelens.*`` task's positional arguments carry (none for another task), for
    signal handlers: never raises, whatever arrived."""
    args = tuple(args) if isinstance(args, list | tuple) else ()
    if not args:
        return []
    if task == FUSED:
        batch = args[0] if isinstance(args[0], list) else [args[0]]
        return [read_item(x) for x in batch]
    if task == PARSE:
        return [read_item(legacy_parse_item(args))]
    if task in STAGES_AFTER_PARSE:
        try:
            return [StagePayload.model_validate(args[0]).work_item()]
        except ValidationError as exc:
            return [Malformed(args[0], f"payload: {describe_validation_error(exc)}")]
    return []


def article_key(got: WorkItem | Malformed) -> tuple[str, int] | None:
    """The (id, version) of the article ``got`` stands for, when it has a usable id and version (the
    ledger's key); else None."""
    if isinstance(got, WorkItem):
        return got.article.id, got.article.version
    a = got.article
    version = valid_version(a.get("version", 1))
    if not a.get("id") or version is None:
        return None
    return str(a["id"]), version


def logged_id(got: WorkItem | Malformed) -> str | None:
    """The article id log lines carry (whatever the item held, for a malformed one)."""
    if isinstance(got, WorkItem):
        return got.article.id
    given = got.article.get("id")
    return str(given) if given else None
