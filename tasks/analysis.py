"""The three analyses over one parse, in the order each needs the other: extraction, bias, summary.

The Celery tasks call these stage functions: the fused task (``workers/analyse_task.py``) one after the other
on the ``Doc`` in hand, the stage chain (``workers/stage_tasks.py``) one per queue; ``analyse_article`` runs
them in-process (``wirelens analyse``, tests, benchmarks). Both produce the same ``ResultRecord``.
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from config.settings import Settings
from tasks.article_view import ArticleView, article_view
from tasks.attribution import HEADLINE_PEOPLE
from tasks.bias import Vetoed, tag_bias
from tasks.cues import ReportingVerbs, load_reporting_verbs
from tasks.entities import acronyms, entities, people_marked
from tasks.figures import figures, load_figure_lexicon
from tasks.fingerprint import body_signature, encode_signature, load_identity_config, story_features
from tasks.headline_quotes import headline_quotes
from tasks.language import analysis_language, language_rejection
from tasks.language import warm_up as warm_up_detector
from tasks.lexicon import load_bias_lexicon
from tasks.models import (
    Article,
    BiasResult,
    Extraction,
    Fingerprint,
    ProviderMetadata,
    Quote,
    ResultRecord,
    SpeakerStat,
    Summary,
)
from tasks.nlp import model_info
from tasks.quotes import anonymous_share, ensure_speaker_resolver, quotes, speaker_memory, speaker_stats
from tasks.stance import load_stance_lexicon
from tasks.subjectivity import apply_subjectivity, load_model
from tasks.summary import load_summary_lexicon, summarise

T = TypeVar("T")


def timed(timings: dict[str, float], stage: str, fn: Callable[[], T]) -> T:
    """Run ``fn`` and record its duration in milliseconds under ``stage``."""
    t0 = time.perf_counter()
    out = fn()
    timings[stage] = round((time.perf_counter() - t0) * 1000, 2)
    return out


def rejection(article: Article, settings: Settings) -> str | None:
    """Why a valid article cannot be analysed here (no model for the language detected in its body or, when
    detection is not acted on, for the declared one; too long), or None."""
    reason = language_rejection(article)
    if reason:
        return reason
    language = analysis_language(article)
    if settings.model_for(language) is None:
        known = ", ".join(settings.languages())
        return f"language: no model configured for {language!r} (configured: {known})"
    if len(article.body) > settings.max_body_chars:
        return f"body: {len(article.body)} characters is over the limit of {settings.max_body_chars}"
    return None


def parse(nlp: Language, article: Article, settings: Settings) -> Doc:
    """Parse the article body once; every stage works on this ``Doc``."""
    return parse_many(nlp, [article], settings)[0]


def parse_many(nlp: Language, articles: list[Article], settings: Settings) -> list[Doc]:
    """Parse several article bodies in one ``nlp.pipe`` call (faster than one by one), in order."""
    for article in articles:
        if len(article.body) > settings.max_body_chars:
            raise ValueError(
                f"body: {len(article.body)} characters is over the limit of {settings.max_body_chars}"
            )
    nlp.max_length = max(nlp.max_length, settings.max_body_chars + 1)
    if len(articles) == 1:
        return [nlp(articles[0].body)]
    return list(nlp.pipe((a.body for a in articles), batch_size=len(articles)))


def parse_headline(nlp: Language, article: Article, body: Doc | None = None) -> Doc | None:
    """Parse the headline on its own (a few words: about a millisecond), or None when there is none.

    The body's ``Doc`` keeps offsets into the body alone; the headline's tags carry ``field: headline``. A
    title-case headline ("Trump Slams 'Sham' Inquiry") is parsed in sentence case, keeping the capitals of
    words the body capitalises mid-sentence (names): in title case the tagger takes every word for a name.
    The copy has the headline's length, so offsets hold; tags quote the headline as written.
    """
    if not article.headline or not article.headline.strip():
        return None
    names = body_names(body) if body is not None else frozenset()
    return with_headline_data(nlp(sentence_case(article.headline, names)), article, names)


def with_headline_data(doc: Doc, article: Article, names: frozenset[str]) -> Doc:
    """The headline's ``Doc`` with what the bias stage reads beside its parse: the body's names and the
    headline as written. Also rebuilds them on a headline ``Doc`` sent between stages as bytes (user data
    does not travel), so the chain parses the headline once, in its parse stage."""
    doc.user_data["wl_names"] = names  # a headline's first word may be one ("Savages crush ...")
    if article.headline and doc.text != article.headline:
        doc.user_data["wl_text"] = article.headline
    return doc


def body_names(doc: Doc) -> frozenset[str]:
    """Words the text capitalises inside a sentence: names, as far as capitals tell."""
    return frozenset(t.text for t in doc if t.is_title and not t.is_sent_start and t.is_alpha)


def sentence_case(text: str, names: frozenset[str]) -> str:
    """``text`` in sentence case when most of its words are capitalised, else unchanged (same length)."""
    text = _kicker_case(text)
    words = text.split()
    capitals = [w for w in words if w[:1].isupper()]
    # hype30: two words in capitals ("Killer Caged") are title case too; a name stays capitalised (the body
    # capitalises it mid-sentence)
    if len(words) < 2 or len(capitals) <= 0.6 * len(words):
        return text
    out: list[str] = []
    first = True
    for piece in re.split(r"(\s+)", text):
        core = piece.strip("'\"‘’“”()[]:;,.!?-")
        keep = first or not core or core in names or (core.isupper() and len(core) > 1)
        lowered = piece if keep else piece.lower()
        out.append(lowered if len(lowered) == len(piece) else piece)
        first = first and not core
    return "".join(out)


_KICKER = re.compile(r"^((?:[A-Z][A-Z'’-]*\s+)+[A-Z][A-Z'’-]*)(?=\s*:)")


def _kicker_case(text: str) -> str:
    """prec22: a tabloid's kicker in capitals before a colon ("MONSTER JAILED: Evil thug ...") in sentence
    case (same length): the tagger takes a run of capitals for a name. Words of three letters or fewer may be
    initials ("NHS", "US") and keep their capitals."""
    m = _KICKER.match(text)
    if m is None:
        return text
    pieces = re.split(r"(\s+)", m.group(1))
    out = [
        p if len(p) <= 3 else (p[0] + p[1:].lower() if i == 0 else p.lower()) for i, p in enumerate(pieces)
    ]
    return "".join(out) + text[m.end() :]


def shared_view(doc: Doc, settings: Settings) -> ArticleView:
    """The doc's shared read-only view (sentences, quote spans, furniture and link lines, entities), built on
    first use with the configured attribution lexicon's furniture patterns and reused by every stage."""
    cues = load_reporting_verbs(settings.lexicon_dir)
    return article_view(doc, furniture=cues.boilerplate_lines, links=cues.link_lines)


def extract(doc: Doc, settings: Settings, headline: Doc | None = None) -> Extraction:
    """Entities, quotes and figures of the body, and the headline's quotes when its parse is given."""
    cues = load_reporting_verbs(settings.lexicon_dir)
    ents = entities(doc, titles=cues.titles)
    expansions = acronyms(doc)
    for e in ents:
        e.expansion = expansions.get(e.text)
    if headline is not None:
        # r2s25a: an interview's labelled answers are the headline's one person's when the introduction
        # names no one more (tasks.attribution.interviewees._interviewee); the bias stage sets the same again
        # names the body calls a person count whatever the headline's parse tagged them ("Ava Reed: ..." ORG)
        people = {e.canonical for e in ents if e.label == "PERSON"}
        doc.user_data[HEADLINE_PEOPLE] = tuple(
            e.text for e in headline.ents if e.label_ == "PERSON" or e.text in people
        )
    found = quotes(doc, ents, cues=cues)
    return Extraction(
        entities=ents,
        quotes=found,
        figures=figures(doc, lexicon=load_figure_lexicon(settings.lexicon_dir)),
        headline_quotes=headline_quotes(headline, found, ents, cues=cues, body=doc)
        if headline is not None
        else [],
        speaker_memory=speaker_memory(doc),
    )


def people_nouns(cues: ReportingVerbs) -> tuple[frozenset[str], frozenset[str]]:
    """Nouns for a person (person nouns and one-word titles) and nouns for people of any kind (sources,
    speakers, occupations): the same sets for the tagger and the gate."""
    persons = cues.person_nouns | {t for t in cues.titles if " " not in t and not t.endswith(".")}
    return frozenset(persons), frozenset(cues.source_nouns | cues.speaker_nouns | cues.role_nouns)


def _with_repaired_people(tag: Callable[..., BiasResult]) -> Callable[..., BiasResult]:
    """spk27a: the bias stage reads the people the entity layer repaired as people in its person checks
    (``doc.ents`` relabelled while it runs, the parse restored after: :func:`tasks.entities.people_marked`).

    voice27, tidy28: a label's holder is named by the quote layer's speaker passes, restored from the
    extraction's ``speaker_memory`` when the quotes were found in another process; before the relabelling,
    so their lookups are built from the parse as the extract stage read it.
    """

    @functools.wraps(tag)
    def run(doc: Doc, extraction: Extraction, settings: Settings, **kwargs: object) -> BiasResult:
        cues = load_reporting_verbs(settings.lexicon_dir)
        ensure_speaker_resolver(doc, extraction.entities, cues, extraction.speaker_memory)
        with people_marked(doc, extraction.entities):
            return tag(doc, extraction, settings, **kwargs)

    return run


@_with_repaired_people
def bias(
    doc: Doc,
    extraction: Extraction,
    settings: Settings,
    *,
    headline: Doc | None = None,
    vetoed: list[Vetoed] | None = None,
) -> BiasResult:
    """Tag bias; the subjectivity model then gates mild author-voice tags and scores the article.

    ``vetoed`` receives the lexicon hits the sense passes withheld (for evaluation)."""
    lexicon = load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons))
    cues = load_reporting_verbs(settings.lexicon_dir)
    persons, people = people_nouns(cues)
    shared = shared_view(doc, settings)
    stance = load_stance_lexicon(settings.lexicon_dir)
    tagged = tag_bias(
        doc,
        extraction.quotes,
        lexicon=lexicon,
        headline=headline,
        persons=persons,
        people=people,
        vetoed=vetoed,
        view=shared,
        stance=stance,
    )
    return apply_subjectivity(
        doc,
        tagged,
        extraction.quotes,
        lexicon=lexicon,
        model=load_model(settings.subjectivity_model),
        gate=settings.subjectivity_gate,
        view=shared,
        stance_gate=stance.min_subjectivity,
        uncorroborated=stance.uncorroborated,
        speech=cues.verbs,
        people=persons | people,
    )


def summary(
    doc: Doc,
    settings: Settings,
    *,
    bias: BiasResult | None = None,
    sentences: int | None = None,
    words: int | None = None,
    neutral: bool | None = None,
) -> Summary:
    """The summary stage; per-request ``sentences``/``words``/``neutral`` override the settings."""
    lexicon = load_summary_lexicon(settings.lexicon_dir / "summary.yaml")
    return summarise(
        doc,
        sentences=sentences or settings.summary_sentences,
        words=words or (None if sentences else settings.summary_words),
        lexicon=lexicon,
        bias=bias,
        neutral=settings.summary_neutral if neutral is None else neutral,
        view=shared_view(doc, settings),
    )


def fingerprint(doc: Doc, article: Article, ex: Extraction, settings: Settings) -> Fingerprint:
    """The body's MinHash and the event's weighted entities and terms, for the workers' duplicate and story
    indexes (workers/dedup.py, workers/stories.py)."""
    config = load_identity_config(settings.lexicon_dir)
    sig = body_signature(article.body, config.duplicates) if settings.dedup else None
    terms = story_features(doc, ex.entities, article.headline, config.stories) if settings.stories else {}
    return Fingerprint(
        minhash=encode_signature(sig[0]) if sig is not None else None,
        shingles=sig[1] if sig is not None else None,
        story_terms=terms,
    )


def speakers(found: list[Quote]) -> tuple[list[SpeakerStat], int]:
    """Per-speaker quote statistics and the number of quotes from anonymous sources."""
    stats = [SpeakerStat.model_validate(row) for row in speaker_stats(found)]
    return stats, anonymous_share(found)[0]


def lexicon_version(settings: Settings) -> str:
    return load_bias_lexicon(settings.lexicon_dir, tuple(settings.extra_lexicons)).version


def analyse_article(nlp: Language, article: Article, settings: Settings) -> ResultRecord:
    """Parse once and run every stage in-process, returning the same record a worker publishes."""
    timings: dict[str, float] = {}
    doc = timed(timings, "parse", lambda: parse(nlp, article, settings))
    headline = parse_headline(nlp, article, doc)
    ex = timed(timings, "extract", lambda: extract(doc, settings, headline))
    bi = timed(timings, "bias", lambda: bias(doc, ex, settings, headline=headline))
    su = timed(timings, "summarise", lambda: summary(doc, settings, bias=bi))
    return build_record(article, ex, bi, su, timings, nlp, settings)


def build_record(
    article: Article,
    ex: Extraction,
    bi: BiasResult,
    su: Summary,
    timings: dict[str, float],
    nlp: Language,
    settings: Settings,
) -> ResultRecord:
    record = ResultRecord(
        article_id=article.id,
        version=article.version,
        status="ok",
        headline=article.headline,
        source=article.source,
        language=article.language,
        language_detected=article.language_detected,
        provider=ProviderMetadata.of(article),
        timings_ms=timings,
        model=model_info(nlp),
        processed_at=datetime.now(UTC),
    )
    return with_analyses(record, ex, bi, su, settings)


def with_analyses(
    record: ResultRecord, ex: Extraction, bi: BiasResult | None, su: Summary | None, settings: Settings
) -> ResultRecord:
    """Put the stages' results, the speaker statistics and the lexicon version on a record."""
    # The headline's quotes first, as its tags: a desk's chosen quote; speaker statistics stay the body's.
    record.entities, record.quotes, record.figures = ex.entities, ex.headline_quotes + ex.quotes, ex.figures
    record.speakers, record.anonymous_quotes = speakers(ex.quotes)
    record.bias, record.summary = bi, su
    record.lexicon_version = lexicon_version(settings)
    return record


WARM_UP_TEXT = (
    '"We will rebuild the bridge," said Mayor Ana Ruiz of Rafah on Monday, after more than 300 homes flooded.'
)


def warm_up(nlp: Language, settings: Settings) -> None:
    """Run every stage once on a short text so lexicons, the gazetteer and matchers load at start-up,
    not inside the first article's time."""
    warm_up_detector(settings)
    analyse_article(nlp, Article(id="warm-up", headline="Bridge to reopen", body=WARM_UP_TEXT), settings)
