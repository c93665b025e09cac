"""Typed inputs and results. Offsets are character offsets into the article body; no spaCy objects here."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Voice = Literal["author", "quoted"]
QuoteKind = Literal["direct", "indirect", "partial"]
Status = Literal["ok", "rejected", "failed"]


class Article(BaseModel):
    """One wire article as accepted by producers and workers."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str = Field(default="", max_length=512, description="Provider id; a content hash when absent.")
    headline: str | None = None
    body: str = Field(description="Article text; required and not blank.")
    source: str | None = None
    byline: str | None = None
    dateline: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    urgency: int | None = Field(default=None, ge=1, le=9)
    version: int = Field(default=1, ge=1)
    language: str = Field(default="en", min_length=2, max_length=16)

    @field_validator("body")
    @classmethod
    def _body_not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("body is empty or only whitespace")
        return v

    @model_validator(mode="after")
    def _default_id(self) -> Article:
        if not self.id.strip():
            self.id = content_id(self.headline or "", self.body)
        return self


def content_id(*parts: str) -> str:
    """A stable id for an article that came without one: a hash of its content."""
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"sha256-{h[:24]}"


class Span(BaseModel):
    text: str
    start: int
    end: int


class Entity(Span):
    label: str
    canonical: str
    expansion: str | None = Field(
        default=None, description="An acronym's expansion as written in the article."
    )


class Speaker(BaseModel):
    text: str
    canonical: str
    anonymous: bool = False
    start: int | None = None
    end: int | None = None
    rule: str | None = Field(
        default=None, description="The attribution pass that named this speaker (README: Speakers)."
    )


class Quote(Span):
    kind: QuoteKind
    verb: str | None = None
    speaker: Speaker | None = None
    medium: str | None = None


class Figure(Span):
    value: float | None
    qualifier: str | None = None
    counted: str | None = None
    unit: str | None = None
    value_max: float | None = Field(default=None, description="The high end of a range ('20 to 30').")


class BiasTag(Span):
    category: str
    voice: Voice
    speaker: str | None = None
    reason: str
    rule: str
    weight: float
    neutral: str | None = None
    severity: int | None = Field(default=None, description="Lexicon severity, 1 (mild) to 3 (strong).")
    negated: bool = False
    reported: bool = Field(
        default=False, description="Inside reported (indirect) speech, not a direct quote."
    )
    lemma: str | None = None


class SentenceScore(BaseModel):
    start: int
    end: int
    score: float
    biased: bool
    author_score: float = 0.0


class BiasResult(BaseModel):
    score: float
    author_score: float = 0.0
    quoted_score: float = 0.0
    tags: list[BiasTag] = Field(default_factory=list)
    sentences: list[SentenceScore] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)


class SpeakerStat(BaseModel):
    """Who is quoted how often and at what length (``speaker`` None: quotes without a speaker)."""

    speaker: str | None
    anonymous: bool
    quotes: int
    direct: int
    indirect: int
    words: int
    share: float


class Extraction(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)


class SummarySentence(Span):
    resolved_text: str | None = Field(
        default=None,
        description="The sentence with its opening pronoun or 'the official' replaced by the referent.",
    )


class Summary(BaseModel):
    text: str
    sentences: list[SummarySentence] = Field(default_factory=list)
    neutral: bool = Field(default=False, description="Chosen preferring sentences with fewer loaded terms.")
    loaded_terms: int | None = Field(
        default=None, description="Author-voice bias tags inside the chosen sentences (when bias ran first)."
    )


class ModelInfo(BaseModel):
    name: str
    version: str


class ResultRecord(BaseModel):
    """One result per article version: what the stream, the store and ``wirelens analyse`` carry."""

    schema_version: Literal[1] = 1
    article_id: str
    version: int = 1
    status: Status
    error: str | None = None
    headline: str | None = None
    source: str | None = None
    language: str | None = None
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    speakers: list[SpeakerStat] = Field(default_factory=list)
    anonymous_quotes: int = Field(default=0, description="Quotes whose speaker is an unnamed source.")
    bias: BiasResult | None = None
    summary: Summary | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    model: ModelInfo | None = None
    lexicon_version: str | None = None
    processed_at: datetime | None = None
    supersedes: int | None = Field(default=None, description="The older version this record replaces.")
    superseded_by: int | None = Field(default=None, description="A newer version has replaced this record.")
    worker: dict[str, str | int] | None = None
