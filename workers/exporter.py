"""``wirelens exporter``: Prometheus metrics for the whole system, read from Redis at each scrape.

Everything comes from Redis, so one exporter serves every producer and worker, wherever they run:

- queue depth per stage queue, summed over every priority list (``workers.status.queue_depths``, the numbers
  ``wirelens status`` shows), and the age of the oldest waiting message (``workers.queue_age``);
- articles by ledger state, dead letters, stream lengths, consumer-group pending entries and lag;
- workers alive (their heartbeat in ``wirelens:meta:workers``, see ``workers.heartbeat``);
- producer totals (``wirelens:meta:producer:counts``, see ``workers.producer_counts``);
- records by status and the stage and end-to-end latency histograms, from the records' ``timings_ms``.

The records are read incrementally: the exporter remembers the id of the last results-stream entry it has
read and at each scrape reads what came after (at most ``READ_MAX`` entries; the rest at the next scrape),
taking only each entry's status and the record's ``timings_ms`` (cut out, not parsed whole).
It starts at the stream's end when it first reaches Redis, so those counters and histograms count what
was published since the exporter started (Prometheus' ``rate()`` and ``histogram_quantile()`` expect
exactly that of a counter). Run one exporter per Redis: two would each count every record.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import redis
import structlog
from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, make_wsgi_app
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from config.health import MAX_AGE
from config.settings import STAGES, Settings
from workers import producer_counts
from workers.connections import redis_client
from workers.keys import Keys
from workers.ledger import Ledger
from workers.queue_age import oldest_message_age
from workers.results import last_id
from workers.status import queue_depths, stream_lengths, streams

log = structlog.get_logger(__name__)

READ_CHUNK = 100  # results-stream entries per XRANGE (records are tens of KB: a short reply, a short block)
READ_MAX = 50_000  # entries read per scrape at most
REDIS_TIMEOUT = 5.0  # seconds: a scrape answers (with wirelens_redis_up 0) before Prometheus gives up
RECORD_STATUSES = ("ok", "rejected", "failed")

TIMED_STAGES = ("parse", "extract", "bias", "summarise")  # the keys of timings_ms besides "total"
STAGE_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0)
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0)


class SystemCollector:
    """A Prometheus collector: gauges read from Redis at each scrape, counters and histograms kept here from
    the records read since the exporter started."""

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self.client, self.settings = client, settings
        self.keys, self.ledger = Keys(settings), Ledger(client, settings)
        self.lock = threading.Lock()
        self.position: str | None = None  # the last results-stream id read; None until Redis answered
        self.records = Counter(
            "wirelens_records", "Result records published, by status.", ["status"], registry=None
        )
        self.stage_seconds = Histogram(
            "wirelens_stage_duration_seconds",
            "Time one stage of an article took in a worker (the record's timings_ms).",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=None,
        )
        self.latency_seconds = Histogram(
            "wirelens_article_latency_seconds",
            "End to end: from the producer's enqueue to the published record (timings_ms.total).",
            buckets=LATENCY_BUCKETS,
            registry=None,
        )
        for status in RECORD_STATUSES:
            self.records.labels(status)
        for stage in TIMED_STAGES:
            self.stage_seconds.labels(stage)
        try:
            self._start()
        except redis.RedisError as exc:  # the first scrape that reaches Redis starts there instead
            log.warning("exporter_redis_unavailable", error=str(exc))

    def collect(self) -> Iterator[Metric]:
        with self.lock:
            try:
                self._follow()
                gauges = list(self._gauges())
                up = 1.0
            except redis.RedisError as exc:
                log.warning("exporter_scrape_failed", error=str(exc))
                gauges, up = [], 0.0
            yield _gauge("wirelens_redis_up", "1 when Redis answered this scrape, else 0.", up)
            yield from gauges
            yield from self.records.collect()
            yield from self.stage_seconds.collect()
            yield from self.latency_seconds.collect()

    def _start(self) -> None:
        self.position = last_id(self.client, self.settings.results_stream)
        log.info("exporter_follows_results", stream=self.settings.results_stream, after=self.position)

    def _follow(self) -> None:
        """Count and time the records published since the last scrape."""
        if self.position is None:
            self._start()
            return
        read = 0
        while read < READ_MAX:
            entries = self.client.xrange(
                self.settings.results_stream, min=f"({self.position}", max="+", count=READ_CHUNK
            )
            for _, fields in entries:
                self._observe(fields)
            if entries:
                self.position = entries[-1][0].decode()
            read += len(entries)
            if len(entries) < READ_CHUNK:
                break

    def _observe(self, fields: dict[bytes, bytes]) -> None:
        status = fields.get(b"status", b"").decode(errors="replace")
        self.records.labels(status if status in RECORD_STATUSES else "other").inc()
        timings = _timings(fields.get(b"record", b""))
        if timings is None:  # not a record (another client's entry): counted only
            return
        for name, ms in timings.items():
            if not isinstance(ms, int | float) or isinstance(ms, bool) or ms < 0:
                continue
            if name == "total":
                self.latency_seconds.observe(ms / 1000)
            elif name in TIMED_STAGES:
                self.stage_seconds.labels(name).observe(ms / 1000)

    def _gauges(self) -> Iterator[Metric]:
        s, client = self.settings, self.client
        try:
            depths = queue_depths(client, s)
        except Exception as exc:
            if not s.amqp or isinstance(exc, redis.RedisError):
                raise
            # RabbitMQ unreachable: no depth this scrape (absent, not 0), the rest still reported.
            log.warning("exporter_broker_unavailable", error=str(exc))
            depths = {}
        yield _labelled(
            "wirelens_queue_depth_messages",
            "Messages waiting in a stage queue, over all its priority lists (a fused message holds up to "
            "WIRELENS_BATCH_SIZE articles).",
            "queue",
            {s.queue(stage): n for stage, n in depths.items()},
        )
        if not s.amqp:  # RabbitMQ's queues say how many wait, not since when
            ages = {s.queue(stage): oldest_message_age(client, s.queue(stage)) for stage in STAGES}
            yield _labelled(
                "wirelens_queue_oldest_message_age_seconds",
                "How long the oldest waiting message of a stage queue has waited (0: the queue is empty).",
                "queue",
                {q: age for q, age in ages.items() if age is not None},
            )
        yield _labelled(
            "wirelens_ledger_articles",
            "Article versions in the ledger, by state (the latest version of each article).",
            "state",
            self.ledger.counts(),
        )
        yield _gauge(
            "wirelens_ledger_unfinished_articles",
            "Article versions accepted and not yet finished (what the sweeper watches).",
            self.ledger.open_count(),
        )
        lengths = stream_lengths(client, s)
        yield _labelled(
            "wirelens_stream_length_entries",
            "Entries in each wirelens stream (capped by MAXLEN).",
            "stream",
            lengths,
        )
        yield _gauge(
            "wirelens_dead_letters",
            "Entries in the dead-letter stream: rejected and failed articles with reason and payload.",
            lengths[s.dead_stream],
        )
        yield from self._groups()
        cutoff = time.time() - MAX_AGE
        yield _gauge(
            "wirelens_workers_alive",
            f"Workers whose heartbeat reached Redis within the last {MAX_AGE:g} seconds.",
            client.zcount(self.keys.workers, cutoff, "+inf"),
        )
        totals = CounterMetricFamily(
            "wirelens_producer_articles",
            "Articles producers handled, by outcome: accepted (admitted and sent), duplicate and late "
            "(skipped), rejected (invalid), failed (could not be admitted or sent).",
            labels=["outcome"],
        )
        for outcome, n in producer_counts.totals(client, s).items():
            totals.add_metric([outcome], n)
        yield totals

    def _groups(self) -> Iterator[Metric]:
        """Pending entries and lag of every consumer group reading a wirelens stream (Redis 7 reports lag)."""
        pending = GaugeMetricFamily(
            "wirelens_stream_group_pending_entries",
            "Entries a consumer group has read but not acknowledged.",
            labels=["stream", "group"],
        )
        lag = GaugeMetricFamily(
            "wirelens_stream_group_lag_entries",
            "Entries of the stream a consumer group has not read yet (absent when Redis cannot tell).",
            labels=["stream", "group"],
        )
        for stream in streams(self.settings):
            try:
                groups = self.client.xinfo_groups(stream)
            except redis.ResponseError:  # no such stream yet
                continue
            for group in groups:
                name = _text(group.get("name"))
                pending.add_metric([stream, name], float(group.get("pending") or 0))
                if group.get("lag") is not None:
                    lag.add_metric([stream, name], float(group["lag"]))
        yield pending
        yield lag


_TIMINGS_KEY = b'"timings_ms":{'


def _timings(record: bytes) -> dict[str, Any] | None:
    """A record's ``timings_ms``, cut out of its JSON instead of parsing tens of kilobytes for a hundred
    bytes. The key's quotes are unescaped, which no JSON string can hold, and the object holds only numbers
    (no brace but its own); the key comes late in a record, so the search runs from the end."""
    at = record.rfind(_TIMINGS_KEY)
    if at < 0:
        return None
    start = at + len(_TIMINGS_KEY) - 1
    try:
        timings = json.loads(record[start : record.index(b"}", start) + 1])
    except ValueError:
        return None
    return timings if isinstance(timings, dict) else None


def _text(value: Any) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


def _gauge(name: str, doc: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, doc, value=float(value))


def _labelled(name: str, doc: str, label: str, values: dict[str, Any]) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=[label])
    for key, value in values.items():
        family.add_metric([key], float(value))
    return family


WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def make_app(collector: SystemCollector, client: redis.Redis) -> WSGIApp:
    """``/metrics`` (Prometheus text format), ``/healthz`` (200 when Redis answers a PING, else 503)."""
    # No *_created series: rate() needs none, and they would double the output.
    disable_created_metrics()  # type: ignore[no-untyped-call]
    registry = CollectorRegistry(auto_describe=False)
    registry.register(collector)  # a collector by protocol: collect()
    metrics = make_wsgi_app(registry)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        if path == "/metrics":
            return metrics(environ, start_response)  # type: ignore[no-any-return]
        if path == "/healthz":
            try:
                client.ping()
                status, text = "200 OK", "ok: redis answers\n"
            except redis.RedisError as exc:
                status, text = "503 Service Unavailable", f"redis unavailable: {exc}\n"
        elif path == "/":
            status, text = "200 OK", "wirelens exporter: /metrics, /healthz\n"
        else:
            status, text = "404 Not Found", "not found: try /metrics or /healthz\n"
        start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
        return [text.encode()]

    return app


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True  # a scrape in progress never holds up the exporter's exit


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # one line per scrape is noise
        pass


def serve(
    settings: Settings, *, address: str, port: int, started: Callable[[str], None] | None = None
) -> None:
    """Serve until interrupted. Starts even when Redis is down (``/healthz`` says so)."""
    client = redis_client(settings=settings, timeout=REDIS_TIMEOUT)
    httpd = make_server(
        address, port, make_app(SystemCollector(client, settings), client), _Server, _QuietHandler
    )
    if started is not None:
        started(f"http://{address}:{httpd.server_port}/metrics")
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
