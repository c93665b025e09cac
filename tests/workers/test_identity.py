"""Near-duplicates and stories through the shared Redis indexes (a redis-server of our own)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis
from spacy.language import Language

from config.settings import Settings
from tasks import analysis
from tasks.fingerprint import load_identity_config
from tasks.models import Article, Fingerprint, ResultRecord
from workers.dedup import DuplicateIndex
from workers.embedded import EmbeddedRedis
from workers.identity import annotate
from workers.message import StagePayload
from workers.publish_task import publish
from workers.stories import StoryIndex

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "identity"
NAMES = ("lisbon-bridge", "lisbon-bridge-resend", "lisbon-bridge-other-outlet", "boston-marathon")


@pytest.fixture(scope="module")
def fingerprints(nlp: Language) -> dict[str, tuple[Article, Fingerprint]]:
    settings = Settings()
    out = {}
    for name in NAMES:
        article = Article.model_validate(json.loads((FIXTURES / f"{name}.json").read_text()))
        doc = analysis.parse(nlp, article, settings)
        out[name] = (article, analysis.fingerprint(doc, article, analysis.extract(doc, settings), settings))
    return out


def _dedup(client: redis.Redis, settings: Settings) -> DuplicateIndex:
    return DuplicateIndex(client, settings, load_identity_config(settings.lexicon_dir).duplicates)


def _stories(client: redis.Redis, settings: Settings) -> StoryIndex:
    return StoryIndex(client, settings, load_identity_config(settings.lexicon_dir).stories)


def test_a_resend_under_a_new_id_links_to_the_first(
    redis_client: redis.Redis, test_settings: Settings, fingerprints: dict[str, tuple[Article, Fingerprint]]
) -> None:
    index = _dedup(redis_client, test_settings)

    def link(name: str, version: int = 1, article_id: str | None = None):  # type: ignore[no-untyped-def]
        article, fp = fingerprints[name]
        assert fp.minhash and fp.shingles
        return index.link(article_id or article.id, version, fp.minhash, fp.shingles)

    first = link("lisbon-bridge")
    assert first.duplicate_of is None and first.similarity is None
    resend = link("lisbon-bridge-resend")
    assert resend.duplicate_of == "wire-lisbon-1"
    assert resend.similarity is not None and 0.8 <= resend.similarity <= 1.0
    # Another outlet's own words on the same event are a story, not a duplicate; another event is neither.
    assert link("lisbon-bridge-other-outlet").duplicate_of is None
    assert link("boston-marathon").duplicate_of is None
    # A redelivery gets the answer it got before; a new version of the first is not its own duplicate, nor
    # a duplicate of its own later copy.
    assert link("lisbon-bridge-resend") == resend
    assert link("lisbon-bridge", version=2).duplicate_of is None
    # A copy of a copy points to the first article of the group, whatever characters its id holds.
    third = link("lisbon-bridge-resend", article_id="meta:dedup:band:0:* {x}")
    assert third.duplicate_of == "wire-lisbon-1"
    assert link("lisbon-bridge", article_id="fourth").duplicate_of == "wire-lisbon-1"
    # Everything lives under the deployment's meta namespace, where no article id reaches.
    assert all(k.startswith(b"wirelens:meta:dedup:") for k in redis_client.keys("*"))


def test_two_workers_publishing_one_body_at_once_make_one_first(
    redis_server: EmbeddedRedis,
    redis_client: redis.Redis,
    test_settings: Settings,
    fingerprints: dict[str, tuple[Article, Fingerprint]],
) -> None:
    _, fp = fingerprints["lisbon-bridge"]
    assert fp.minhash and fp.shingles
    minhash, shingles = fp.minhash, fp.shingles

    def link(i: int) -> str | None:
        client = redis.Redis.from_url(redis_server.url)  # one connection per "worker"
        try:
            return _dedup(client, test_settings).link(f"copy-{i}", 1, minhash, shingles).duplicate_of
        finally:
            client.close()

    with ThreadPoolExecutor(max_workers=8) as pool:
        links = dict(enumerate(pool.map(link, range(16))))
    firsts = [i for i, to in links.items() if to is None]
    assert len(firsts) == 1
    assert {to for to in links.values() if to is not None} == {f"copy-{firsts[0]}"}
    # Exact copies are not filed in the bands: a flood of one text leaves one member per band.
    bands = list(redis_client.scan_iter("wirelens:meta:dedup:band:*"))
    filed = [v for b in bands for v in redis_client.hvals(b)]
    assert len(filed) == 64 and all(b" " not in v for v in filed)


def test_two_rewrites_of_one_event_share_a_story_and_another_event_does_not(
    redis_client: redis.Redis, test_settings: Settings, fingerprints: dict[str, tuple[Article, Fingerprint]]
) -> None:
    index = _stories(redis_client, test_settings)

    def assign(name: str, article_id: str | None = None, **changes: object) -> str:
        article, fp = fingerprints[name]
        return index.assign(
            article_id or article.id, 1, fp.story_terms, changes.get("published_at", article.published_at)
        )  # type: ignore[arg-type]

    lisbon = assign("lisbon-bridge")
    assert lisbon.startswith("story-")
    assert assign("lisbon-bridge-other-outlet") == lisbon
    boston = assign("boston-marathon")
    assert boston != lisbon
    assert assign("lisbon-bridge") == lisbon  # a redelivery keeps its story
    # The same words a month later are another event (outside the window).
    article, _ = fingerprints["lisbon-bridge"]
    assert article.published_at is not None
    later = article.published_at.replace(month=4)
    assert assign("lisbon-bridge-other-outlet", article_id="a-month-later", published_at=later) != lisbon
    assert all(k.startswith(b"wirelens:meta:story:") for k in redis_client.keys("*"))


def test_publishing_sets_the_fields_and_a_bad_fingerprint_costs_no_record(
    redis_client: redis.Redis,
    test_settings: Settings,
    fingerprints: dict[str, tuple[Article, Fingerprint]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("workers.publish_task.get_settings", lambda: test_settings)
    monkeypatch.setattr("workers.stage_tasks.get_settings", lambda: test_settings)

    def payload(name: str, fp: Fingerprint | None = None, article_id: str | None = None) -> dict[str, object]:
        article, own = fingerprints[name]
        raw = article.model_dump(mode="json") | ({"id": article_id} if article_id else {})
        return StagePayload(item={"article": raw}, fingerprint=fp or own).model_dump(mode="json")

    publish.run(payload("lisbon-bridge"))
    publish.run(payload("lisbon-bridge-resend"))
    publish.run(payload("lisbon-bridge", Fingerprint(minhash="AAAA", shingles=1), article_id="broken"))
    records = {
        json.loads(f[b"record"])["article_id"]: json.loads(f[b"record"])
        for _, f in redis_client.xrange(test_settings.results_stream)
    }
    assert records["wire-lisbon-1"]["duplicate_of"] is None
    assert records["wire-lisbon-1-resend"]["duplicate_of"] == "wire-lisbon-1"
    assert records["wire-lisbon-1-resend"]["story_id"] == records["wire-lisbon-1"]["story_id"]
    assert records["broken"]["status"] == "ok" and records["broken"]["duplicate_of"] is None


def test_turned_off_nothing_is_indexed_or_set(
    redis_client: redis.Redis, test_settings: Settings, fingerprints: dict[str, tuple[Article, Fingerprint]]
) -> None:
    off = test_settings.model_copy(update={"dedup": False, "stories": False})
    article, fp = fingerprints["lisbon-bridge"]
    for _ in range(2):
        record = ResultRecord(article_id=article.id, status="ok")
        annotate(redis_client, record, fp, article.model_dump(mode="json"), off)
        assert (record.duplicate_of, record.similarity, record.story_id) == (None, None, None)
    assert not list(redis_client.scan_iter("wirelens:meta:*"))
