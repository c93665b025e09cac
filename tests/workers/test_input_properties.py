"""Properties over hostile input, on a real redis-server: ids, headlines, bodies and versions drawn from the
whole of Unicode (lone surrogates, controls, bidi marks), the names of our own keys and integers of any size,
through validation, the ledger's Lua script, publishing and the producer.

The suite that would have found issue 16's lone surrogates, 1e+14 versions and ids naming fixed keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config.settings import Settings
from tasks.models import MAX_VERSION, ResultRecord, encodable, lone_surrogate
from workers.embedded import EmbeddedRedis
from workers.inputs import RawArticle
from workers.keys import Keys
from workers.ledger import Ledger
from workers.producer import Rejection, enqueue, validate
from workers.publish import publish_record, stored_record

# What a feed can send that is not ordinary text: controls, bidi overrides and isolates, separators, BOM.
SPECIAL = "\x00\x07\x1b\n\r\t\x7f\x85\u2028\u2029\u200b\u200e\u202a\u202e\u2066\u2069\ufeff\ufffd"
CHARS = st.one_of(
    st.characters(codec=None, exclude_categories=()),  # every code point, surrogates allowed
    st.characters(categories=["Cs"]),  # surrogates alone: rare in the line above
    st.sampled_from(SPECIAL),
)
TEXT = st.text(CHARS, max_size=40)
# Our own key names and key syntax, as ids.
KEY_NAMES = ["open", "counts", "sweeper-lock", "*", "{x}", "a" * 512, ":", "meta:ledger:open", "%41", "a:1"]
IDS = st.one_of(st.sampled_from(KEY_NAMES), TEXT, st.text(CHARS, min_size=500, max_size=520))
VERSIONS = st.one_of(
    st.integers(min_value=-3, max_value=5),
    st.integers(min_value=10**14 - 2, max_value=10**14 + 2),  # where Lua's tostring wrote 1e+14
    st.integers(min_value=MAX_VERSION - 2, max_value=MAX_VERSION + 2),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=True),
    st.text(max_size=6),
    st.none(),
)
GOOD_VERSIONS = st.one_of(
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=10**14 - 2, max_value=10**14 + 2),
    st.integers(min_value=MAX_VERSION - 4, max_value=MAX_VERSION),
    st.integers(min_value=1, max_value=MAX_VERSION),
)
# An id the producer admits: any text of at most 512 characters UTF-8 can encode, the key names included.
ADMITTED_IDS = IDS.filter(lambda i: 0 < len(i) <= 512 and i.strip() != "" and lone_surrogate(i) is None)
TEXT_FIELDS = ("id", "headline", "body", "source", "byline")
RUN = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@given(article_id=IDS, headline=TEXT, body=TEXT, source=TEXT, version=VERSIONS)
@settings(max_examples=1000, deadline=None)
def test_validation_passes_only_what_every_later_step_can_carry(
    article_id: str, headline: str, body: str, source: str, version: Any
) -> None:
    data = {"id": article_id, "headline": headline, "body": body, "source": source, "version": version}
    result = validate(RawArticle("prop", data=data), Settings())
    if isinstance(result, Rejection):
        # The rejection itself goes to Redis and to terminals: its id and reason must be writable.
        assert _utf8(result.article_id) and _utf8(result.reason) and result.reason.split(": ", 1)[1]
        for field in ("id", "headline", "body", "source"):
            at = lone_surrogate(data[field])
            if at is not None:
                assert f"{field}: invalid Unicode (lone surrogate at {at})" in result.reason
        if isinstance(version, bool):
            assert "version: Input should be a whole number, not a boolean" in result.reason
        return
    assert all(_utf8(getattr(result, f) or "") for f in TEXT_FIELDS)
    assert type(result.version) is int and 1 <= result.version <= MAX_VERSION
    assert version is None or not isinstance(version, bool)


@pytest.fixture(scope="module")
def client(redis_server: EmbeddedRedis) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_server.url)
    yield c
    c.close()


@given(article_id=ADMITTED_IDS, versions=st.lists(GOOD_VERSIONS, min_size=1, max_size=6))
@RUN
def test_the_ledger_script_orders_any_versions_as_integers(
    client: redis.Redis, test_settings: Settings, article_id: str, versions: list[int]
) -> None:
    client.flushdb()
    ledger = Ledger(client, test_settings)
    known, previous = 0, 0
    for v in versions:
        want = "duplicate" if v == known else ("late" if v < known else "accepted")
        assert ledger.admit(article_id, v, {"id": article_id}) == (want, known)
        if want == "accepted":
            known, previous = v, known
    entry = ledger.get(article_id)
    assert entry is not None and (entry.version, entry.previous, entry.state) == (known, previous, "accepted")
    # Whatever the id, the ledger's own keys keep their types and the counts stay true.
    keys = Keys(test_settings)
    assert client.type(keys.ledger_open) == b"zset" and client.type(keys.ledger_counts) == b"hash"
    assert ledger.counts()["accepted"] == 1 and ledger.stale(0) == [article_id]
    assert ledger.close(article_id, known, "done") and ledger.counts()["accepted"] == 0


@given(
    article_id=ADMITTED_IDS,
    version=GOOD_VERSIONS,
    headline=TEXT,
    error=TEXT,
    quote_text=TEXT,
)
@RUN
def test_publishing_any_record_stores_it_readably_once(
    client: redis.Redis,
    test_settings: Settings,
    article_id: str,
    version: int,
    headline: str,
    error: str,
    quote_text: str,
) -> None:
    client.flushdb()
    record = ResultRecord.model_validate(
        {
            "article_id": article_id,
            "version": version,
            "status": "failed",
            "error": error,
            "headline": headline,
            "quotes": [{"text": quote_text, "start": 0, "end": 1, "kind": "direct"}],
        }
    )
    assert publish_record(client, record, test_settings, original={"id": article_id, "headline": headline})
    assert publish_record(client, record, test_settings) is None  # once per version
    stored = stored_record(client, article_id, test_settings)
    assert stored is not None and (stored.article_id, stored.version) == (article_id, version)
    assert (stored.headline, stored.error) == (encodable(headline), encodable(error))
    assert stored.quotes[0].text == encodable(quote_text)
    if version < MAX_VERSION:  # a newer version supersedes it, exactly
        newer = record.model_copy(update={"version": version + 1, "status": "ok", "error": None})
        publish_record(client, newer, test_settings)
        older = stored_record(client, article_id, test_settings, version=version)
        assert older is not None and older.superseded_by == version + 1
        (_, fields) = client.xrange(test_settings.results_stream)[-1]
        assert (
            fields[b"version"] == str(version + 1).encode() and fields[b"supersedes"] == str(version).encode()
        )


ARTICLES = st.fixed_dictionaries(
    {"id": IDS, "body": st.one_of(TEXT, st.just("The council met on Monday."))},
    optional={"headline": TEXT, "version": VERSIONS, "urgency": VERSIONS},
)


@given(articles=st.lists(ARTICLES, min_size=1, max_size=8))
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_producer_accounts_for_every_article_of_a_hostile_batch(
    client: redis.Redis, test_settings: Settings, app: Any, articles: list[dict[str, Any]]
) -> None:
    client.flushdb()
    items = [RawArticle(f"prop:{k}", data=a) for k, a in enumerate(articles)]
    report = enqueue(app, client, items, test_settings)
    assert len(report.accepted) + len(report.rejected) + len(report.skipped) == len(items)
    assert not report.failed
    ledger = Ledger(client, test_settings)
    for article_id, version in report.accepted:
        entry = ledger.get(article_id)
        assert entry is not None and entry.version >= version
    for rejection in report.rejected:
        assert stored_record(client, rejection.article_id, test_settings) is not None
    # One ledger entry per id, whatever the id: the counts add up, no state below zero.
    ids = {i for i, _ in report.accepted} | {r.article_id for r in report.rejected}
    ids |= {s.article_id for s in report.skipped}
    counts = ledger.counts()
    assert min(counts.values()) >= 0 and sum(counts.values()) == len(ids)
    assert client.type(Keys(test_settings).ledger_open) in (b"zset", b"none")


@pytest.fixture(scope="module")
def app(redis_server: EmbeddedRedis) -> Any:
    from workers.app import use_broker

    return use_broker(redis_server.url)


HOSTILE_ITEMS = st.one_of(
    ARTICLES.map(lambda a: {"article": a}),  # unvalidated: another producer's, or an older release's
    st.fixed_dictionaries({"article": st.one_of(st.none(), st.integers(), TEXT, st.lists(TEXT, max_size=2))}),
    st.one_of(st.none(), TEXT, st.integers()),  # not even an item
)


@given(
    hostile=st.lists(HOSTILE_ITEMS, min_size=1, max_size=4),
    where=st.lists(st.integers(min_value=0, max_value=4), min_size=1, max_size=3),
)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_fused_batch_gives_every_good_article_its_record_whatever_shares_it(
    client: redis.Redis, worker_settings: Settings, hostile: list[Any], where: list[int]
) -> None:
    from workers.analyse_task import analyse

    client.flushdb()
    items: list[Any] = list(hostile)
    good = [f"good-{k}" for k in range(len(where))]
    for article_id, at in zip(good, where, strict=True):
        items.insert(
            min(at, len(items)), {"article": {"id": article_id, "body": "The council met on Monday."}}
        )
    analyse.run(items)
    for article_id in good:
        record = stored_record(client, article_id, worker_settings)
        assert record is not None and record.status == "ok", (article_id, record)


@pytest.fixture(scope="module")
def worker_settings(redis_server: EmbeddedRedis) -> Iterator[Settings]:
    """The settings a task in this process reads (``get_settings``), pointed at the test's redis-server."""
    from config.settings import get_settings

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIRELENS_REDIS_URL", redis_server.url)
        get_settings.cache_clear()
        yield get_settings()
    get_settings.cache_clear()


@given(stored=st.lists(ARTICLES, min_size=1, max_size=5), at=st.integers(min_value=0, max_value=5))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_sweep_gives_every_stale_entry_an_outcome_and_never_stops(
    client: redis.Redis, test_settings: Settings, app: Any, stored: list[dict[str, Any]], at: int
) -> None:
    from workers.sweeper import sweep

    client.flushdb()
    ledger = Ledger(client, test_settings)
    # Payloads as an older release (or a hand edit) may have left them: whatever they hold.
    ids = [f"stored-{k}" for k in range(len(stored))]
    entries = [(i, {**a, "id": i}) for i, a in zip(ids, stored, strict=True)]
    entries.insert(min(at, len(entries)), ("good", {"id": "good", "body": "The council met on Monday."}))
    for article_id, payload in entries:
        ledger.admit(article_id, 1, payload)
    report = sweep(app, client, test_settings, older_than=0)
    assert "good" in report.requeued
    assert sorted(report.requeued + report.dead) == sorted(i for i, _ in entries)
    assert sorted(ledger.stale(0)) == sorted(report.requeued)  # the dead are out of the open set
    for article_id in report.dead:
        record = stored_record(client, article_id, test_settings)
        assert (
            record is not None and record.status == "failed" and (record.error or "").startswith("sweeper:")
        )
