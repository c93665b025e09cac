"""The ``wirelens`` command line: one entry point, a command per job, ``--help`` on each."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from config.logging import configure_logging
from config.settings import STAGES, Settings, get_settings
from workers.formats import FORMATS
from workers.terminal import printable

if TYPE_CHECKING:
    import redis

    from tasks.models import ResultRecord
    from workers.producer import EnqueueReport

format_option = click.option(
    "--input-format",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="How to read the INPUT articles (also --format); detected from the content when not given.",
)


def _notify(message: str) -> None:
    click.echo(message, err=True)


def _echo_report(report: EnqueueReport) -> None:
    """What a producer run did, on stderr: each rejection and skip with its reason, then the totals."""
    for rej in report.rejected:
        click.echo(f"rejected {printable(rej.origin)}: {printable(rej.reason)}", err=True)
    for rej in report.failed:
        click.echo(f"failed {printable(rej.origin)}: {printable(rej.reason)}", err=True)
    for skip in report.skipped:
        what = "already have version" if skip.reason == "duplicate" else "late: newer version known,"
        click.echo(
            f"skipped {printable(skip.origin)}: {printable(skip.article_id)} v{skip.version} "
            f"({what} {skip.known_version})",
            err=True,
        )
    if report.stopped:
        shown = ", ".join(printable(o) for o in report.unsent[:5])
        more = f" and {len(report.unsent) - 5} more" if len(report.unsent) > 5 else ""
        click.echo(f"error: stopped: {report.stopped}", err=True)
        click.echo(
            f"not sent: {len(report.unsent)} article(s) read ({shown}{more}) and the rest of the input "
            "(articles the ledger admitted but not sent go out with the workers' sweeper)",
            err=True,
        )
    click.echo(
        f"enqueued {len(report.accepted)}, skipped {len(report.skipped)}, rejected {len(report.rejected)}"
        + (f", failed {len(report.failed)}" if report.failed else "")
        + (f", not sent {len(report.unsent)} (stopped)" if report.stopped else ""),
        err=True,
    )


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


class Commands(click.Group):
    """The command group: Redis trouble and unusable settings end a command with one clear line, no
    traceback (exit 2)."""

    def invoke(self, ctx: click.Context) -> Any:
        import redis
        from kombu.exceptions import OperationalError
        from pydantic import ValidationError

        from config.urls import RedisURLError, mask_passwords
        from workers.errors import describe_redis_error

        try:
            return super().invoke(ctx)
        except ValidationError as exc:  # settings: hide_input_in_errors keeps the values out
            problems = "; ".join(
                f"WIRELENS_{'_'.join(str(x) for x in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
            )
            message = f"invalid settings: {mask_passwords(problems)}"
        except RedisURLError as exc:
            message = mask_passwords(str(exc))
        except (redis.RedisError, OperationalError) as exc:
            message = describe_redis_error(exc)
        click.echo(f"error: {message}", err=True)
        sys.exit(2)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--log-level", default=None, help="Log level (default: WIRELENS_LOG_LEVEL or INFO).")
@click.pass_context
def main(ctx: click.Context, log_level: str | None) -> None:
    """wirelens: news-wire analysis on Celery workers over Redis.

    Articles go in (files, directories, JSON Lines, stdin); each is parsed once with spaCy; entities,
    quotes with their speakers, figures, bias-language tags and a summary come out as one JSON result
    record per article version on the Redis stream wirelens:results.

    \b
    Quick start:
      wirelens run seeds/                 everything on this machine, report on screen
      wirelens analyse article.txt        the same analyses in-process, JSON Lines on stdout
      wirelens worker --concurrency 2     a worker for a shared Redis (WIRELENS_REDIS_URL)
      wirelens enqueue feed.jsonl         send articles to that Redis
      wirelens results --follow           read result records as they arrive

    Settings come from WIRELENS_* environment variables (see README).
    """
    settings = get_settings()
    configure_logging(log_level or settings.log_level, settings.log_format)
    ctx.obj = settings


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("results.jsonl"),
    show_default=True,
    help="Write the result records here as JSON Lines.",
)
@click.option("--concurrency", default=1, show_default=True, help="Worker pool processes.")
@click.option("--timeout", default=600.0, show_default=True, help="Seconds to wait for all results.")
@format_option
@click.pass_context
def run(
    ctx: click.Context,
    paths: tuple[str, ...],
    out_path: Path,
    concurrency: int,
    timeout: float,
    fmt: str | None,
) -> None:
    """Analyse PATHS (default: seeds/) end to end on a real worker and print a report.

    Uses WIRELENS_REDIS_URL when set; otherwise starts an embedded redis-server on a free port for
    the duration of the run. Starts a Celery worker, enqueues every article, waits for every result,
    prints a report per article, writes the records to --out and shuts everything down. Exits 1 when
    an article was rejected or failed, 2 when the run itself failed.
    """
    from workers.run import RunError
    from workers.run import run as run_job

    try:
        outcome = run_job(
            paths or ("seeds/",),
            _settings(ctx),
            out_path=out_path,
            concurrency=concurrency,
            timeout=timeout,
            fmt=fmt,
        )
    except (RunError, FileNotFoundError, OSError) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    ok = len(outcome.records) - outcome.rejected - outcome.failed
    click.echo(f"\n{ok} ok, {outcome.rejected} rejected, {outcome.failed} failed", err=True)
    if outcome.rejected or outcome.failed:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--sentences", type=int, default=None, help="Summary length in sentences.")
@click.option("--words", type=int, default=None, help="Summary length in words (instead of sentences).")
@click.option(
    "--neutral", is_flag=True, default=None, help="Prefer summary sentences with fewer loaded terms."
)
@format_option
@click.option(
    "--output",
    "output",
    type=click.Choice(["json", "report"]),
    default="json",
    show_default=True,
    help="What to print: result records as JSON Lines, or a readable report per article.",
)
@click.pass_context
def analyse(
    ctx: click.Context,
    paths: tuple[str, ...],
    sentences: int | None,
    words: int | None,
    neutral: bool | None,
    fmt: str | None,
    output: str,
) -> None:
    """Run the analyses in this process, no broker; result records as JSON Lines on stdout.

    PATHS are files (.txt, .json, .jsonl), directories, or - for stdin. For evaluation and debugging:
    the records are the same as those a worker publishes (--output report: the report `wirelens run`
    prints). The workers' time limits hold here too: an article past WIRELENS_TASK_SOFT_TIME_LIMIT gets a
    failed record and the run goes on; one stuck past WIRELENS_TASK_TIME_LIMIT stops the run (exit 2).
    """
    from tasks.analysis import analyse_article, rejection, warm_up
    from tasks.language import analysis_language
    from tasks.models import ResultRecord, record_json
    from tasks.nlp import get_nlp
    from workers.inputs import read_articles
    from workers.producer import Rejection, rejected_record, validate
    from workers.report import render
    from workers.timelimit import TimeLimitExceeded, article_time_limit

    settings = _settings(ctx)
    overrides = {"summary_sentences": sentences, "summary_words": words, "summary_neutral": neutral}
    settings = settings.model_copy(update={k: v for k, v in overrides.items() if v is not None})
    bad = 0
    hinted = False
    warmed: set[str] = set()
    for raw in read_articles(paths, fmt=fmt):
        result = validate(raw, settings)
        if isinstance(result, Rejection):
            bad += 1
            click.echo(f"rejected {result.origin}: {result.reason}", err=True)
            if fmt and not hinted and result.reason.startswith(f"{fmt}:"):
                hinted = True  # the usual cause: --format taken for the output's format
                click.echo(_forced_format_hint(fmt), err=True)
            record = rejected_record(result, raw)
        elif reason := rejection(result, settings):
            bad += 1
            click.echo(f"rejected {raw.origin}: {reason}", err=True)
            record = rejected_record(Rejection(raw.origin, result.id, reason, result), raw)
        else:
            name = settings.model_for(analysis_language(result)) or settings.model
            nlp = get_nlp(name, settings.fallback_model if name == settings.model else None)
            if name not in warmed:  # lexicons load here, as at a worker's start, not in the limit
                warm_up(nlp, settings)
                warmed.add(name)
            try:
                # The workers' limits: a pathological article fails alone instead of holding the run.
                with article_time_limit(
                    settings.task_soft_time_limit,
                    settings.task_time_limit,
                    what=f"article '{printable(result.id)}'",
                ):
                    record = analyse_article(nlp, result, settings)
            except TimeLimitExceeded as exc:
                bad += 1
                click.echo(f"failed {printable(raw.origin)}: {exc}", err=True)
                record = ResultRecord(
                    article_id=result.id, version=result.version, status="failed", error=f"analyse: {exc}"
                )
            except Exception as exc:  # this article's own: a failed record, and on to the next
                bad += 1
                error = f"analyse: {type(exc).__name__}: {exc}"
                click.echo(f"failed {printable(raw.origin)}: {printable(error)}", err=True)
                record = ResultRecord(
                    article_id=result.id, version=result.version, status="failed", error=error
                )
        click.echo(record_json(record) if output == "json" else render(record))
    if bad:
        sys.exit(1)


def _forced_format_hint(fmt: str) -> str:
    return (
        f"note: --format/--input-format {fmt} reads the INPUT as {fmt}; leave it out to detect the input's "
        "format. The output is JSON Lines (--output report for a readable report)."
    )


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--summary-sentences", type=click.IntRange(min=1), default=None, help="Summary length for these articles."
)
@click.option(
    "--summary-words",
    type=click.IntRange(min=1),
    default=None,
    help="Summary word budget for these articles.",
)
@click.option("--neutral", is_flag=True, default=None, help="Neutral summaries for these articles.")
@format_option
@click.pass_context
def enqueue(
    ctx: click.Context,
    paths: tuple[str, ...],
    summary_sentences: int | None,
    summary_words: int | None,
    neutral: bool | None,
    fmt: str | None,
) -> None:
    """Validate articles and enqueue them into the configured Redis (WIRELENS_REDIS_URL).

    Invalid articles are not enqueued: each gets a rejected record with the field and the reason on
    the results stream, and its payload goes to the dead-letter stream.

    PATHS are files, directories, or - for stdin. JSON Lines on stdin are sent as they arrive, so a live
    feed can be piped in: tail -f wire.jsonl | wirelens enqueue -
    """
    from workers.app import app
    from workers.connections import redis_client
    from workers.inputs import LiveLines, read_articles
    from workers.producer import enqueue as enqueue_articles

    settings = _settings(ctx)
    request = {
        "summary_sentences": summary_sentences,
        "summary_words": summary_words,
        "summary_neutral": neutral,
    }
    # stdin may be a live feed: read in the background, and send what is held whenever no line waits.
    live = LiveLines(sys.stdin) if tuple(paths) == ("-",) else None
    report = enqueue_articles(
        app,
        redis_client(settings=settings),
        read_articles(paths, fmt=fmt, live=live),
        settings,
        notify=_notify,
        request={k: v for k, v in request.items() if v is not None},
        ready=live.ready if live is not None else None,
    )
    _echo_report(report)
    if report.stopped:
        sys.exit(2)
    if report.rejected or report.failed:
        sys.exit(1)


@main.command(context_settings={"ignore_unknown_options": True})
@click.option(
    "--concurrency",
    "-c",
    type=int,
    default=None,
    help="Pool processes (default WIRELENS_WORKER_CONCURRENCY).",
)
@click.option(
    "--queues",
    "-Q",
    default=None,
    help=f"Comma-separated stages or queue names (default: all of {', '.join(STAGES)}).",
)
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
@click.pass_context
def worker(
    ctx: click.Context, concurrency: int | None, queues: str | None, celery_args: tuple[str, ...]
) -> None:
    """Start a Celery worker consuming the stage queues.

    Same as `celery -A workers.app worker`, with the queue names filled in. Give --queues parse to
    run a parse-only worker (stages scale separately); further options go to Celery as they are.
    """
    from workers.app import app

    settings = _settings(ctx)
    names = [q.strip() for q in (queues or ",".join(reversed(STAGES))).split(",") if q.strip()]
    resolved = [settings.queue(n) if n in STAGES else n for n in names]
    argv = [
        "worker",
        "--queues",
        ",".join(resolved),
        "--concurrency",
        str(concurrency or settings.worker_concurrency),
        "--loglevel",
        settings.log_level,
        *celery_args,
    ]
    app.worker_main(argv)


@main.command()
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new records.")
@click.option(
    "--group", "-g", default=None, help="Consumer group: acknowledge what was written, resume after a crash."
)
@click.option("--consumer", default="wirelens-cli", show_default=True, help="Consumer name within the group.")
@click.option(
    "--from",
    "start",
    default="0",
    show_default=True,
    help="Where a new group or a plain read starts: 0 (all), $ (new only), a stream id, or an ISO time.",
)
@click.option("--format", "fmt", type=click.Choice(["json", "report"]), default="json", show_default=True)
@click.pass_context
def results(ctx: click.Context, follow: bool, group: str | None, consumer: str, start: str, fmt: str) -> None:
    """Read result records from the results stream (JSON Lines on stdout, or a readable report)."""
    from workers.connections import redis_client
    from workers.report import render
    from workers.results import ResultReader

    settings = _settings(ctx)
    try:
        reader = ResultReader(
            redis_client(settings=settings), settings, group=group, consumer=consumer, start=start
        )
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--from") from exc
    try:
        for entry in reader.read(follow=follow):
            line = entry.record.model_dump_json() if fmt == "json" else render(entry.record)
            click.echo(line)
            sys.stdout.flush()
            reader.ack(entry.stream_id)
    except KeyboardInterrupt:
        pass


@main.command()
@click.argument("source")
@click.option("--follow", is_flag=True, help="SOURCE is a feed URL: poll it until Ctrl-C.")
@click.option("--watch", is_flag=True, help="SOURCE is a directory: pick up new files until Ctrl-C.")
@click.option("--interval", default=60.0, show_default=True, help="Seconds between polls.")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Let the feed URL (and its redirects) reach private, loopback and link-local addresses.",
)
@format_option
@click.pass_context
def ingest(
    ctx: click.Context,
    source: str,
    follow: bool,
    watch: bool,
    interval: float,
    allow_private: bool,
    fmt: str | None,
) -> None:
    """Ingest from a feed URL, a file or a directory into the configured Redis.

    \b
      wirelens ingest https://example.org/wire.rss --follow     poll with ETag / Last-Modified
      wirelens ingest /var/spool/wire --watch                   new files as they land
      wirelens ingest today.xml                                 once

    Stops cleanly on Ctrl-C and resumes without re-sending: feed state and files already read are kept
    in Redis, and a resent article version is a no-op. Following or watching never stops for a failing
    feed or Redis: each failure is reported and tried again after a pause that doubles, up to 10 minutes.
    Feeds are fetched over http(s) only, within 120 s, and never from a private or loopback address
    unless --allow-private. A watched directory gives up files inside it only (no symlink out of it),
    once their size and time stayed the same for one interval (or write elsewhere and rename into it).
    """
    import redis

    from workers.app import app
    from workers.connections import redis_client
    from workers.ingest import DirectoryWatcher, FeedError, FeedFollower
    from workers.ingest import follow as follow_feed
    from workers.inputs import RawArticle, read_articles
    from workers.producer import enqueue as enqueue_articles

    settings = _settings(ctx)
    client = redis_client(settings=settings)

    class ProducerStopped(redis.RedisError):  # type: ignore[misc]
        """Told already by _echo_report; following tries again, a single run exits 2."""

    def send(items: list[RawArticle]) -> None:
        if items:
            report = enqueue_articles(app, client, items, settings, notify=_notify)
            _echo_report(report)
            if report.stopped:  # not remembered as read: the next poll sends these again
                raise ProducerStopped(report.stopped)

    is_url = source.lower().startswith(("http://", "https://"))
    try:
        if follow and is_url:
            follower = FeedFollower(source, client, settings, fmt=fmt, allow_private=allow_private)
            follow_feed(lambda: follower.poll(send), interval, notify=_notify)
        elif watch:
            watcher = DirectoryWatcher(Path(source), client, settings, fmt=fmt)
            click.echo(f"watching {source} every {interval:g}s (Ctrl-C stops)", err=True)
            follow_feed(lambda: watcher.poll(send), interval, notify=_notify)
        elif is_url:
            FeedFollower(source, client, settings, fmt=fmt, allow_private=allow_private).poll(send)
        else:
            send(list(read_articles([source], fmt=fmt)))
    except FeedError as exc:
        click.echo(f"error: {printable(exc)}", err=True)
        sys.exit(2)
    except ProducerStopped:
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@main.command()
@click.argument("article_id")
@click.option("--version", "version", type=int, default=None, help="A given version instead of the latest.")
@click.option("--format", "fmt", type=click.Choice(["json", "report"]), default="report", show_default=True)
@click.option(
    "--diff", is_flag=True, help="Only what this version changed from the one it supersedes (README)."
)
@click.pass_context
def show(ctx: click.Context, article_id: str, version: int | None, fmt: str, diff: bool) -> None:
    """Print the stored record of one article (the latest version unless --version)."""
    from workers.connections import redis_client
    from workers.publish import stored_record
    from workers.report import render

    settings = _settings(ctx)
    client = redis_client(settings=settings)
    record = stored_record(client, article_id, settings, version=version)
    if record is None:
        click.echo(
            f"error: no record for article '{printable(article_id)}'"
            + (f" version {version}" if version else ""),
            err=True,
        )
        sys.exit(1)
    if diff:
        _show_diff(client, record, settings, fmt)
        return
    click.echo(record.model_dump_json(indent=2) if fmt == "json" else render(record))


def _show_diff(client: redis.Redis, record: ResultRecord, settings: Settings, fmt: str) -> None:
    """The record's changes; when it was published before the older version's record was stored (versions
    finishing out of order), the comparison is made now from the stored records, and the output says so."""
    from workers.publish import version_changes
    from workers.version_report import render_changes

    changes, note = record.changes, None
    if record.status == "ok" and (changes is None or not changes.compared):
        fresh = version_changes(client, record, settings)
        if fresh is not None and fresh.compared:
            note = "compared now from the stored records" + (
                f"; when this version was published: {changes.reason}" if changes else ""
            )
            changes = fresh
    if fmt == "json":
        click.echo(changes.model_dump_json(indent=2) if changes else "null")
        if note:
            click.echo(f"note: {printable(note)}", err=True)
    else:
        click.echo(render_changes(record, changes, note=note))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object, for scripts.")
@click.option(
    "--no-ping", is_flag=True, help="Do not ask workers to answer (faster; workers shown as unknown)."
)
@click.pass_context
def status(ctx: click.Context, as_json: bool, no_ping: bool) -> None:
    """Workers alive, queue depth per stage, articles by state, stream lengths, throughput."""
    from workers.connections import redis_client
    from workers.status import collect
    from workers.status import render as render_status

    settings = _settings(ctx)
    app = None
    if not no_ping:
        from workers.app import app
    snapshot = collect(app, redis_client(settings=settings), settings)
    click.echo(json.dumps(snapshot) if as_json else render_status(snapshot))


@main.command()
@click.option(
    "--older-than", type=float, default=None, help="Seconds without progress (default WIRELENS_SWEEP_AFTER)."
)
@click.pass_context
def sweep(ctx: click.Context, older_than: float | None) -> None:
    """Re-enqueue accepted articles that stopped making progress; mark dead after WIRELENS_MAX_ATTEMPTS.

    Every worker already runs this every WIRELENS_SWEEP_INTERVAL seconds; use it by hand after an outage.
    """
    from workers.app import app
    from workers.connections import redis_client
    from workers.sweeper import sweep as do_sweep

    settings = _settings(ctx)
    report = do_sweep(app, redis_client(settings=settings), settings, older_than=older_than)
    click.echo(f"requeued {len(report.requeued)}, dead {len(report.dead)}")


@main.command("migrate-keys")
@click.pass_context
def migrate_keys(ctx: click.Context) -> None:
    """Move keys written before ids were namespaced (wirelens:ledger:<id>) to the current layout.

    Run once after upgrading, with producers and workers stopped; a second run does nothing.
    """
    from workers.connections import redis_client
    from workers.migrate import migrate_keys as do_migrate

    report = do_migrate(redis_client(settings=_settings(ctx)), _settings(ctx))
    click.echo(f"moved {report.moved} keys, merged {len(report.merged)}, left {len(report.skipped)}")
    for key in report.skipped:
        click.echo(f"  left as it was (its new name exists or it is not ours): '{printable(key)}'")


@main.group()
def dead() -> None:
    """Dead letters: rejected and failed articles with their reason and original payload."""


@dead.command("list")
@click.option("--count", default=50, show_default=True, help="How many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
@click.pass_context
def dead_list(ctx: click.Context, count: int, as_json: bool) -> None:
    """List dead letters, newest first."""
    from workers.connections import redis_client
    from workers.deadletters import list_dead

    settings = _settings(ctx)
    for letter in list_dead(redis_client(settings=settings), settings, count=count):
        if as_json:
            click.echo(json.dumps(letter))
        else:
            click.echo(
                f"{letter['stream_id']}  {printable(letter['article_id'])} v{letter['version']}  "
                f"[{printable(letter['status'])}]  {printable(letter['reason'])}"
            )


@dead.command("retry")
@click.argument("article_id")
@click.pass_context
def dead_retry(ctx: click.Context, article_id: str) -> None:
    """Enqueue a dead or failed article again (its newest dead letter's payload), as a new attempt."""
    from workers.app import app
    from workers.connections import redis_client
    from workers.deadletters import DeadLetterError, retry_dead

    settings = _settings(ctx)
    try:
        version = retry_dead(app, redis_client(settings=settings), settings, article_id)
    except DeadLetterError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"re-enqueued {article_id} v{version}")


@main.command()
@click.option("--port", type=int, default=None, help="Port (default WIRELENS_FLOWER_PORT, 5555).")
@click.option("--address", default=None, help="Address to bind (default WIRELENS_FLOWER_ADDRESS, 127.0.0.1).")
@click.pass_context
def flower(ctx: click.Context, port: int | None, address: str | None) -> None:
    """Start Flower, Celery's web monitor, on our broker, with authentication and persistent state.

    Needs WIRELENS_FLOWER_BASIC_AUTH=user:password (taken from the environment, never from the command
    line, so it does not show in `ps`). /metrics (Prometheus) and /healthcheck are not behind
    authentication in Flower: keep the port on a private network.
    """
    import os

    settings = _settings(ctx)
    if settings.flower_basic_auth is None:
        click.echo(
            "error: WIRELENS_FLOWER_BASIC_AUTH is not set (user:password); Flower never runs open", err=True
        )
        sys.exit(2)
    env = {
        **os.environ,
        "WIRELENS_REDIS_URL": settings.redis,
        "FLOWER_BASIC_AUTH": settings.flower_basic_auth.get_secret_value(),
        "FLOWER_PERSISTENT": "True",
        "FLOWER_DB": str(settings.flower_db),
        "FLOWER_STATE_SAVE_INTERVAL": str(settings.flower_state_save_interval_ms),
        "FLOWER_PURGE_OFFLINE_WORKERS": str(settings.flower_purge_offline_workers_s),
        "FLOWER_PORT": str(port or settings.flower_port),
        "FLOWER_ADDRESS": address or settings.flower_address,
    }
    argv = [sys.executable, "-m", "celery", "-A", "workers.app", "flower"]
    os.execve(sys.executable, argv, env)


@main.command()
@click.option("--port", type=int, default=None, help="Port (default WIRELENS_EXPORTER_PORT, 9808).")
@click.option("--address", default=None, help="Address to bind (default WIRELENS_EXPORTER_ADDRESS, 0.0.0.0).")
@click.pass_context
def exporter(ctx: click.Context, port: int | None, address: str | None) -> None:
    """Serve Prometheus metrics for the whole system at /metrics, and /healthz (200 when Redis answers).

    Everything is read from Redis at each scrape, so one exporter covers every producer and worker: queue
    depth per stage over every priority list, the oldest waiting message's age, articles by ledger state,
    dead letters, streams and consumer-group lag, workers alive, producer totals, and records by status with
    stage and end-to-end latency histograms (counted from the records published since the exporter
    started). Run one per Redis. Metrics are not behind authentication: keep the port private.
    """
    from workers.exporter import serve

    settings = _settings(ctx)
    where = (address or settings.exporter_address, port or settings.exporter_port)
    try:
        serve(
            settings,
            address=where[0],
            port=where[1],
            started=lambda url: click.echo(f"serving metrics at {url} (Ctrl-C stops)", err=True),
        )
    except OSError as exc:  # the port is taken, the address is not this host's
        click.echo(f"error: cannot listen on {where[0]}:{where[1]}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        pass


@main.command()
@click.pass_context
def schema(ctx: click.Context) -> None:
    """Print the JSON Schema of the result record."""
    from tasks.models import ResultRecord

    click.echo(json.dumps(ResultRecord.model_json_schema(), indent=2))


if __name__ == "__main__":
    main()
