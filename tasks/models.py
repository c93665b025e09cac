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
    TypeAdapter,
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


LanguageDecision = Literal[
    "too_short", "low_confidence", "mixed", "no_model", "mismatch", "agrees", "undeclared"
]


class LanguageDetection(BaseModel):
    """What the detector found in the body and what was done with it (README: Language)."""

    code: str = Field(description="Detected language: fastText's tag, ISO 639-1 where there is one ('de').")
    confidence: float = Field(ge=0, le=1, description="The detector's probability for that language.")
    reliable: bool = Field(
        description="Long and confident enough to act on (WIRELENS_LANGUAGE_MIN_CHARS, _MIN_CONFIDENCE); "
        "an unreliable detection is recorded only."
    )
    decision: LanguageDecision = Field(
        description="The pass that decided: too_short / low_confidence / mixed (recorded only, the declared "
        "language is used), no_model (rejected), mismatch (declared differs: analysed as detected), agrees, "
        "undeclared (analysed as detected)."
    )
    declared: str | None = Field(default=None, description="The language the article declared; None: none.")
    chars: int = Field(
        default=0, ge=0, description="Characters the detector read (the body without its quotes, if enough)."
    )


class Concept(BaseModel):
    """A provider's classification: an IPTC subject or genre, or a feed category."""

    code: str | None = Field(default=None, description="Code in its scheme ('20000002' of 'medtop').")
    scheme: str | None = Field(
        default=None, description="Scheme alias ('medtop', 'subj', 'genre') or URI, or a feed's domain."
    )
    name: str | None = Field(default=None, description="Human-readable name as the provider sent it.")


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
    language_detected: LanguageDetection | None = Field(
        default=None, description="Set by the producer (or the worker) from the body; input is overwritten."
    )
    # Provider metadata (README: Provider metadata). Optional; an invalid value is dropped with a note in
    # metadata_dropped, never the article's rejection: classification must not cost the story.
    subjects: list[Concept] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    genres: list[Concept] = Field(default_factory=list)
    located: str | None = None
    embargoed: datetime | None = None
    version_created: datetime | None = None
    metadata_dropped: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _carriable(cls, data: Any) -> Any:
        """Only what every later step can carry: text UTF-8 can encode (Redis, the streams and every reader
        need it), and numbers, not booleans, as version and urgency. Checked in one pass over the input (a
        validator per field cost more than the rest of validation); the other fields' problems are still
        reported alongside."""
        if not isinstance(data, dict):
            return data
        data = clean_metadata(data)
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
METADATA_FIELDS = ("subjects", "keywords", "genres", "located", "embargoed", "version_created")
_DATETIME: TypeAdapter[datetime] = TypeAdapter(datetime)


def clean_metadata(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with each provider-metadata value in its field's shape, or dropped with a note in
    ``metadata_dropped`` naming the field and the problem (``subjects[1]: expected an object or a string,
    got number``). Lenient on form: a string where a list is expected is one item (keywords: split on
    commas), a string subject is its name, ``genre`` is read as ``genres``."""
    if "genre" in data and "genres" not in data:
        data = {**data, "genres": data["genre"]}
    present = [k for k in METADATA_FIELDS if data.get(k) is not None]
    if not present:
        return data
    out = dict(data)
    notes = [n for n in data.get("metadata_dropped") or [] if isinstance(n, str)]
    for key in present:
        value = data[key]
        if key in ("subjects", "genres"):
            out[key] = _concepts(key, value, notes)
        elif key == "keywords":
            out[key] = _keywords(value, notes)
        elif key == "located":
            out[key] = _one_line(value)
            if out[key] is None:
                notes.append(f"located: expected a string, got {_json_type(value)}")
                del out[key]
        else:  # embargoed, version_created
            try:
                if not isinstance(value, str | datetime):  # a number is no date here (seconds? ms?)
                    raise ValueError(value)
                out[key] = _DATETIME.validate_python(value)
            except (ValidationError, ValueError):
                notes.append(f"{key}: expected an ISO 8601 date-time, got {_shown(value)}")
                del out[key]
    if notes:
        out["metadata_dropped"] = notes
    return out


def _concepts(key: str, value: Any, notes: list[str]) -> list[dict[str, str]]:
    items = value if isinstance(value, list) else [value]
    out = []
    for i, item in enumerate(items):
        where = f"{key}[{i}]" if isinstance(value, list) else key
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict):
            notes.append(f"{where}: expected an object or a string, got {_json_type(item)}")
            continue
        concept = {}
        for part in ("code", "scheme", "name"):
            text = item.get(part)
            if text is None:
                continue
            if isinstance(text, int) and not isinstance(text, bool):  # a numeric code (subject 20000002)
                text = str(text)
            line = _one_line(text) if isinstance(text, str) else None
            if line is None and not isinstance(text, str):
                notes.append(f"{where}.{part}: expected a string, got {_json_type(text)}")
            elif line:
                concept[part] = line
        if concept:
            out.append(concept)
        elif not any(n.startswith(f"{where}.") for n in notes):
            notes.append(f"{where}: no code, scheme or name")
    return out


def _keywords(value: Any, notes: list[str]) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else None
    if items is None:
        notes.append(f"keywords: expected a list of strings, got {_json_type(value)}")
        return []
    out: list[str] = []
    for i, item in enumerate(items):
        line = _one_line(item) if isinstance(item, str) else None
        if not isinstance(item, str):
            notes.append(f"keywords[{i}]: expected a string, got {_json_type(item)}")
        elif line and line not in out:
            out.append(line)
    return out


def _one_line(value: Any) -> str | None:
    """A metadata string on one line, encodable (a lone surrogate becomes U+FFFD: metadata is not worth
    rejecting the article for); None unless a non-blank string."""
    if not isinstance(value, str):
        return None
    line = " ".join(encodable(value).split())
    return line or None


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _shown(value: Any) -> str:
    text = repr(encodable(value) if isinstance(value, str) else value)
    return text if len(text) <= 40 else text[:37] + "..."


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
    field: TextField = Field(
        default="body", description="Where the quote lies; start and end are offsets into that field."
    )


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
    one_sided: bool = Field(
        default=False,
        description="One-sided framing: the author also writes this word's neutral alternative (`neutral`) "
        "for comparable things, so the loaded word is chosen for one side (the reason says where).",
    )
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


class HeldMention(BaseModel):
    """A mention in the quote layer's history (``tasks.quote_context.Mention``), as JSON: ``described`` is
    the token index of the description read for it."""

    pos: int
    sent: int
    speaker: Speaker
    person: bool
    head: str | None = None
    subject: bool = True
    unknown: bool = False
    spoke: bool = False
    described: int | None = None
    introduced: bool = False


class AuthoredDocument(BaseModel):
    """A document a speaker wrote or spoke in ("X wrote in a report"), for a later "the report said"."""

    pos: int
    noun: str
    modifiers: list[str] = Field(default_factory=list)
    speaker: Speaker


class SpeakerMemory(BaseModel):
    """tidy28: what the quote layer's speaker passes knew after the article's last quote (their history of
    mentions and what they learnt of genders, documents and turns), so a stage that did not find the quotes
    names a bias tag's holder by the same passes without finding them again (``tasks.quotes``)."""

    mentions: list[HeldMention] = Field(default_factory=list)
    genders: dict[str, str] = Field(default_factory=dict)
    given_genders: dict[str, str] = Field(default_factory=dict)
    they_people: list[str] = Field(default_factory=list)
    authored: list[AuthoredDocument] = Field(default_factory=list)
    turn_speakers: dict[int, Speaker] = Field(default_factory=dict)
    max_lookback: int = 2


class Extraction(BaseModel):
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    headline_quotes: list[Quote] = Field(
        default_factory=list, description="Quotes in the headline (tasks.headline_quotes), offsets into it."
    )
    speaker_memory: SpeakerMemory | None = Field(
        default=None,
        description="The quote layer's speaker passes as the body's last quote left them: the bias stage "
        "names its holders by them (never published).",
    )


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


class QuoteRef(BaseModel):
    """A quote as compared between versions."""

    text: str
    kind: QuoteKind
    speaker: str | None = Field(default=None, description="The speaker's canonical name; null when none.")
    anonymous: bool = False


class QuoteEdit(BaseModel):
    old: QuoteRef
    new: QuoteRef
    match: str = Field(description="The matching pass that paired them: same_text, similar_text, contained.")
    similarity: float = Field(description="Word-sequence similarity of the two texts (0-1).")
    what: list[str] = Field(description="What differs: text, speaker, kind.")


class QuoteChanges(BaseModel):
    added: list[QuoteRef] = Field(default_factory=list)
    removed: list[QuoteRef] = Field(default_factory=list)
    changed: list[QuoteEdit] = Field(default_factory=list)


class FigureRef(BaseModel):
    text: str
    value: float | None
    value_max: float | None = None
    qualifier: str | None = None
    counted: str | None = None
    unit: str | None = None


class FigureEdit(BaseModel):
    """The same thing counted (counted and unit) with another value or qualifier."""

    counted: str | None
    unit: str | None
    old: FigureRef
    new: FigureRef
    match: str = Field(description="The matching pass that paired them: same_value, same_counted.")


class FigureChanges(BaseModel):
    added: list[FigureRef] = Field(default_factory=list)
    removed: list[FigureRef] = Field(default_factory=list)
    changed: list[FigureEdit] = Field(default_factory=list)


class EntityRef(BaseModel):
    canonical: str
    label: str


class EntityChanges(BaseModel):
    added: list[EntityRef] = Field(default_factory=list)
    removed: list[EntityRef] = Field(default_factory=list)


class TermRef(BaseModel):
    """A kept bias tag (loaded term) as compared between versions."""

    text: str
    category: str
    voice: Voice
    speaker: str | None = None
    field: TextField = "body"


class TermEdit(BaseModel):
    """The same term in the same place kind, now in another voice (author / quoted, or another speaker)."""

    old: TermRef
    new: TermRef


class TermChanges(BaseModel):
    added: list[TermRef] = Field(default_factory=list)
    removed: list[TermRef] = Field(default_factory=list)
    changed: list[TermEdit] = Field(default_factory=list)


class TextChange(BaseModel):
    changed: bool = False
    old: str | None = Field(default=None, description="The older version's text, when changed.")
    new: str | None = Field(default=None, description="This version's text, when changed.")


class Changes(BaseModel):
    """What this version changed from the version it supersedes."""

    previous: int = Field(description="The version compared with (the one this record supersedes).")
    compared: bool = Field(description="False when there was nothing to compare with; reason says why.")
    reason: str | None = Field(default=None, description="Why the versions were not compared.")
    count: int = Field(default=0, description="How many differences are listed (0: nothing changed).")
    headline: TextChange = Field(default_factory=TextChange)
    summary: TextChange = Field(default_factory=TextChange)
    quotes: QuoteChanges = Field(default_factory=QuoteChanges)
    figures: FigureChanges = Field(default_factory=FigureChanges)
    entities: EntityChanges = Field(default_factory=EntityChanges)
    terms: TermChanges = Field(
        default_factory=TermChanges, description="Loaded terms: the kept bias tags (not the withheld)."
    )
    notes: list[str] = Field(
        default_factory=list, description="Matching the rules left out (too many quotes left to pair)."
    )
    rules: str | None = Field(default=None, description="Version of the matching rules (changes.yaml).")


class ModelInfo(BaseModel):
    name: str
    version: str


class ProviderMetadata(BaseModel):
    """What the provider said about the article, passed through as sent (README: Provider metadata)."""

    subjects: list[Concept] = Field(default_factory=list, description="Subjects (IPTC Media Topics ...).")
    keywords: list[str] = Field(default_factory=list)
    genres: list[Concept] = Field(default_factory=list, description="Genre ('Current', 'Analysis' ...).")
    located: str | None = Field(default=None, description="Where the story was reported from.")
    byline: str | None = None
    embargoed: datetime | None = Field(default=None, description="Not to be published before this time.")
    urgency: int | None = Field(default=None, description="Provider urgency, 1 (flash) to 9.")
    version_created: datetime | None = Field(default=None, description="The provider's time of this version.")
    dropped: list[str] = Field(
        default_factory=list, description="Metadata values dropped as invalid: 'field: problem' each."
    )

    @classmethod
    def of(cls, article: Article) -> ProviderMetadata | None:
        """The article's provider metadata; None when it carries none."""
        meta = cls(
            subjects=article.subjects,
            keywords=article.keywords,
            genres=article.genres,
            located=article.located,
            byline=article.byline,
            embargoed=article.embargoed,
            urgency=article.urgency,
            version_created=article.version_created,
            dropped=article.metadata_dropped,
        )
        return meta if meta.model_dump(exclude_defaults=True) else None


class Fingerprint(BaseModel):
    """What the workers compare across articles (computed with the analyses, used at publishing)."""

    minhash: str | None = Field(
        default=None, description="MinHash of the body's word shingles (base64 uint32); None: body too short."
    )
    shingles: int | None = Field(default=None, description="Distinct word shingles of the body.")
    story_terms: dict[str, float] = Field(
        default_factory=dict, description="Unit-length weights of the entities and key terms of the event."
    )


class ResultRecord(BaseModel):
    """One result per article version: what the stream, the store and ``wirelens analyse`` carry."""

    schema_version: Literal[1] = 1
    article_id: str
    version: int = 1
    status: Status
    error: str | None = None
    headline: str | None = None
    source: str | None = None
    language: str | None = Field(
        default=None, description="The declared language ('en' when the article declared none)."
    )
    language_detected: LanguageDetection | None = Field(
        default=None, description="The language found in the body, and what was done with it."
    )
    provider: ProviderMetadata | None = Field(
        default=None, description="The provider's metadata (subjects, keywords, genres, embargo ...)."
    )
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
    changes: Changes | None = Field(
        default=None, description="What this version changed from the one it supersedes (README: Changes)."
    )
    worker: dict[str, str | int] | None = None
    duplicate_of: str | None = Field(
        default=None,
        description="The id of the first article whose body this one repeats or lightly rewrites (README: "
        "Near-duplicates); None when none was seen, or outside the workers.",
    )
    similarity: float | None = Field(
        default=None,
        ge=0,
        le=1,
        description="Estimated Jaccard similarity (0-1) of this body's 3-word shingles with duplicate_of's.",
    )
    story_id: str | None = Field(
        default=None,
        description="The event this article reports, shared by every article on it from any outlet "
        "(README: Stories); None outside the workers.",
    )


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
