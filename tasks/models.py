"""Typed inputs and results. Offsets are character offsets into the article body; no spaCy objects here."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError, PydanticSerializationError

Voice = Literal["author", "quoted"]
TextField = Literal["body", "headline"]
QuoteKind = Literal["direct", "indirect", "partial"]
Status = Literal["ok", "rejected", "failed"]

# The highest version: integers beyond 2^53 - 1 lose precision as doubles (Lua in Redis, JavaScript readers).
MAX_VERSION = 2**53 - 1
# A code point UTF-8 cannot encode: half of a UTF-16 surrogate pair that arrived alone ("\ud800" in JSON).
_SURROGATE = re.compile("[\ud800-\udfff]")


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
    version: int = Field(default=1, ge=1, le=MAX_VERSION)
    language: str = Field(default="en", min_length=2, max_length=16)

    @model_validator(mode="before")
    @classmethod
    def _carriable(cls, data: Any) -> Any:
        """Only what every later step can carry: text UTF-8 can encode (Redis, the streams and every reader
        need it), and numbers, not booleans, as version and urgency. Checked in one pass over the input (a
        validator per field cost more than the rest of validation); the other fields' problems are still
        reported alongside."""
        if not isinstance(data, dict):
            return data
        problems: list[Any] = []
        clean = data
        for key, value in data.items():
            if key not in ARTICLE_FIELDS:  # an ignored extra field is none of our business
                continue
            if isinstance(value, str):
                if (at := lone_surrogate(value)) is None:
                    continue
                problem = PydanticCustomError(
                    "invalid_unicode", "invalid Unicode (lone surrogate at {at})", {"at": at}
                )
                stand_in: Any = encodable(value)
            elif isinstance(value, bool) and key in ("version", "urgency"):  # JSON true is not 1
                problem = PydanticCustomError("bool_number", "Input should be a whole number, not a boolean")
                stand_in = 1
            else:
                continue
            problems.append({"type": problem, "loc": (key,), "input": value})
            clean = {**clean, key: stand_in}
        if not problems:
            return data
        try:
            cls.model_validate(clean)  # the other fields' problems, reported together with these
        except ValidationError as exc:
            problems += [
                {
                    "type": e["type"],
                    "loc": e["loc"],
                    "input": e["input"],
                    **({"ctx": e["ctx"]} if "ctx" in e else {}),
                }
                for e in exc.errors()
            ]
        raise ValidationError.from_exception_data(cls.__name__, problems)

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


ARTICLE_FIELDS = frozenset(Article.model_fields)


def lone_surrogate(text: str) -> int | None:
    """The index of the first code point in ``text`` that UTF-8 cannot encode, or None."""
    if text.isascii():  # the common case, answered without a scan in Python
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def encodable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so that it can be written anywhere."""
    return _SURROGATE.sub("\ufffd", text)


def valid_version(value: Any) -> int | None:
    """``value`` when it is a version (an int from 1 to ``MAX_VERSION``, not a boolean), else None."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_VERSION:
        return value
    return None


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
    field: TextField = Field(
        default="body", description="Where the tag lies; start and end are offsets into that field."
    )


class SentenceScore(BaseModel):
    start: int
    end: int
    score: float
    biased: bool
    author_score: float = 0.0
    subjectivity: float | None = Field(
        default=None,
        description="Probability (0-1) that the writer states an opinion in this sentence.",
    )


class BiasResult(BaseModel):
    score: float = Field(description="Weight of all kept tags per 1,000 words (author_score + quoted_score).")
    author_score: float = Field(
        default=0.0,
        description="Weight of author-voice tags per 1,000 words: 2.0 is one severity-2 word per 1,000.",
    )
    quoted_score: float = Field(default=0.0, description="Weight of quoted-voice tags per 1,000 words.")
    editorial_probability: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Probability (0-1) that the article editorialises: the word-weighted mean of its "
        "sentences' subjectivity, i.e. the chance that a word drawn at random sits in a sentence where the "
        "writer states an opinion.",
    )
    words: int | None = Field(default=None, description="Words (non-punctuation tokens) the scores are per.")
    subjectivity_model: str | None = Field(
        default=None, description="Version of the subjectivity model used."
    )
    tags: list[BiasTag] = Field(default_factory=list)
    withheld: list[BiasTag] = Field(
        default_factory=list,
        description="Tags withheld: author-voice tags of the subjectivity gate (mild words in sentences that "
        "read as plain reporting) and hits of lexicon rules withheld for misfiring on straight news; not "
        "counted in any score.",
    )
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


def encodable_record(record: ResultRecord) -> ResultRecord:
    """``record`` with every lone surrogate in its text replaced by U+FFFD, so that it can be published and
    printed (the text of an article rejected for that, or an error message quoting it)."""
    return ResultRecord.model_validate(_encodable_value(record.model_dump()))


def record_json(record: ResultRecord) -> str:
    """The record as JSON; text UTF-8 cannot encode is replaced (see ``encodable_record``)."""
    try:
        return record.model_dump_json()
    except PydanticSerializationError:
        return encodable_record(record).model_dump_json()


def _encodable_value(value: Any) -> Any:
    if isinstance(value, str):
        return encodable(value)
    if isinstance(value, dict):
        return {_encodable_value(k): _encodable_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encodable_value(v) for v in value]
    return value
