"""The ``wirelens`` command line: one entry point, a command per job, ``--help`` on each."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from config.logging import configure_logging
from config.settings import STAGES, Settings, get_settings


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.obj
    return settings


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
@click.pass_context
def run(ctx: click.Context, paths: tuple[str, ...], out_path: Path, concurrency: int, timeout: float) -> None:
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
            paths or ("seeds/",), _settings(ctx), out_path=out_path, concurrency=concurrency, timeout=timeout
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
@click.pass_context
def analyse(ctx: click.Context, paths: tuple[str, ...], sentences: int | None) -> None:
    """Run the analyses in this process, no broker; result records as JSON Lines on stdout.

    PATHS are files (.txt, .json, .jsonl), directories, or - for stdin. For evaluation and debugging:
    the records are the same as those a worker publishes.
    """
    from tasks.analysis import analyse_article
    from tasks.nlp import get_nlp
    from workers.inputs import read_articles
    from workers.producer import Rejection, rejected_record, validate

    settings = _settings(ctx)
    if sentences:
        settings = settings.model_copy(update={"summary_sentences": sentences})
    nlp = None
    bad = 0
    for raw in read_articles(paths):
        result = validate(raw, settings)
        if isinstance(result, Rejection):
            bad += 1
            click.echo(f"rejected {result.origin}: {result.reason}", err=True)
            record = rejected_record(result, raw)
        else:
            nlp = nlp or get_nlp(settings.model, settings.fallback_model)
            record = analyse_article(nlp, result, settings)
        click.echo(record.model_dump_json())
    if bad:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.pass_context
def enqueue(ctx: click.Context, paths: tuple[str, ...]) -> None:
    """Validate articles and enqueue them into the configured Redis (WIRELENS_REDIS_URL).

    Invalid articles are not enqueued: each gets a rejected record with the field and the reason on
    the results stream, and its payload goes to the dead-letter stream.
    """
    from workers.app import app
    from workers.connections import redis_client
    from workers.inputs import read_articles
    from workers.producer import enqueue as enqueue_articles

    settings = _settings(ctx)
    report = enqueue_articles(app, redis_client(settings=settings), read_articles(paths), settings)
    for rej in report.rejected:
        click.echo(f"rejected {rej.origin}: {rej.reason}", err=True)
    click.echo(f"enqueued {len(report.accepted)}, rejected {len(report.rejected)}", err=True)
    if report.rejected:
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
    names = [q.strip() for q in (queues or ",".join(STAGES)).split(",") if q.strip()]
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
    "--from", "start", default="0", show_default=True, help="Start at 0 (all), $ (new only) or a stream id."
)
@click.option("--format", "fmt", type=click.Choice(["json", "report"]), default="json", show_default=True)
@click.pass_context
def results(ctx: click.Context, follow: bool, group: str | None, consumer: str, start: str, fmt: str) -> None:
    """Read result records from the results stream (JSON Lines on stdout, or a readable report)."""
    from workers.connections import redis_client
    from workers.report import render
    from workers.results import ResultReader

    settings = _settings(ctx)
    reader = ResultReader(
        redis_client(settings=settings), settings, group=group, consumer=consumer, start=start
    )
    try:
        for entry in reader.read(follow=follow):
            line = entry.record.model_dump_json() if fmt == "json" else render(entry.record)
            click.echo(line)
            sys.stdout.flush()
            reader.ack(entry.stream_id)
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
