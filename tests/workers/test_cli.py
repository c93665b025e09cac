"""The command line: --help on every command, `analyse` in-process, `run` end to end with embedded Redis."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tasks.models import ResultRecord
from workers.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", ["run", "analyse", "enqueue", "worker", "results", "schema"])
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage: main " + command in result.output or f"{command} [OPTIONS]" in result.output
    assert len(result.output.splitlines()) > 4


def test_top_level_help_teaches_the_commands() -> None:
    out = CliRunner().invoke(main, ["--help"]).output
    for command in ("run", "analyse", "enqueue", "worker", "results"):
        assert f"wirelens {command}" in out


def test_analyse_writes_one_record_per_article_and_rejects_the_invalid(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps(
            {"id": "good", "headline": "H", "body": '"We will rebuild," said Mayor Ana Ruiz on Monday.'}
        )
        + "\n"
        + json.dumps({"id": "empty", "body": "  "})
        + "\n"
    )
    result = CliRunner().invoke(main, ["analyse", str(feed)])
    assert result.exit_code == 1
    records = [ResultRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [(r.article_id, r.status) for r in records] == [("good", "ok"), ("empty", "rejected")]
    assert records[1].error == "body: body is empty or only whitespace"
    assert records[0].quotes and records[0].quotes[0].speaker
    assert records[0].quotes[0].speaker.canonical == "Ana Ruiz"


def test_schema_file_matches_the_model() -> None:
    committed = json.loads((ROOT / "schemas" / "result-record.schema.json").read_text())
    assert committed == ResultRecord.model_json_schema(), "regenerate with: wirelens schema > schemas/..."


@pytest.mark.e2e
def test_run_starts_embedded_redis_and_a_worker_and_reports(tmp_path: Path) -> None:
    art = tmp_path / "in"
    art.mkdir()
    (art / "one.txt").write_text(
        "Council approves bridge\n\nThe city council approved a new bridge on Tuesday. "
        '"It is long overdue," said councillor Mark Bell. '
        "The bridge will cost more than 12 million dollars.\n"
    )
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if k != "WIRELENS_REDIS_URL"}
    proc = subprocess.run(
        [sys.executable, "-m", "workers.cli", "run", str(art), "--out", str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Started an embedded redis-server" in proc.stderr
    assert "Council approves bridge" in proc.stdout and "Mark Bell" in proc.stdout
    (record,) = [ResultRecord.model_validate_json(x) for x in out.read_text().splitlines()]
    assert record.status == "ok" and record.headline == "Council approves bridge"
    assert any(f.value == 12_000_000 and f.qualifier == "more than" for f in record.figures)
    # Its one worker takes every stage, so the article went fused: one task, no stage hops.
    assert {"parse", "extract", "bias", "summarise"} <= set(record.timings_ms)
    log = Path(re.search(r"its log: (\S+)", proc.stderr).group(1))  # type: ignore[union-attr]
    assert "wirelens.analyse" in log.read_text() and "wirelens.extract[" not in log.read_text()


def test_analyse_wire_formats_keeps_provider_ids_and_rejects_languages_without_model() -> None:
    result = CliRunner().invoke(main, ["analyse", str(ROOT / "tests" / "fixtures" / "wire")])
    records = {
        r.article_id: r for r in (ResultRecord.model_validate_json(x) for x in result.stdout.splitlines())
    }
    nitf = records["EXW-20260512-LIS-0042"]
    assert nitf.status == "ok" and nitf.version == 2 and nitf.headline and nitf.headline.startswith("Lisbon")
    assert records["urn:newsml:wire.example.org:20260512:ZRH-0001"].version == 3
    assert records["urn:example-wire:rss:osl-0001"].status == "ok"
    french = records["urn:example-wire:ninjs3:gva-0512-007"]
    assert (
        french.status == "rejected"
        and french.error == "language: no model configured for 'fr' (configured: en)"
    )
    assert any(r.error and r.error.startswith("newsml: not well-formed XML") for r in records.values())
    assert result.exit_code == 1


def test_format_override_reads_a_ninjs_file_as_plain_json() -> None:
    path = ROOT / "tests" / "fixtures" / "wire" / "ninjs-1x.json"
    as_ninjs = CliRunner().invoke(main, ["analyse", str(path)])
    as_json = CliRunner().invoke(main, ["analyse", "--format", "json", str(path)])
    ninjs_record = ResultRecord.model_validate_json(as_ninjs.stdout.splitlines()[0])
    json_record = ResultRecord.model_validate_json(as_json.stdout.splitlines()[0])
    assert ninjs_record.status == "ok"
    # Read as our own JSON, a ninjs object has no `body` field: rejected with the field named.
    assert (
        json_record.status == "rejected" and json_record.error and "body: Field required" in json_record.error
    )


def test_analyse_output_report_prints_the_readable_report(tmp_path: Path) -> None:
    art = tmp_path / "council.txt"
    art.write_text(
        "Council backs new bridge\n\nThe council approved the bridge on Monday. "
        '"It will open in two years," said Mayor Ana Ruiz.\n'
    )
    result = CliRunner().invoke(main, ["analyse", "--output", "report", str(art)])
    assert result.exit_code == 0, result.output
    assert not result.stdout.lstrip().startswith("{")  # a report, not a record
    assert "Council backs new bridge" in result.stdout and "Ana Ruiz (said)" in result.stdout


def test_a_forced_input_format_that_rejects_says_it_is_the_input_format(tmp_path: Path) -> None:
    art = tmp_path / "plain.txt"
    art.write_text("A headline\n\nThe mayor said the plan was fine.\n")
    result = CliRunner().invoke(main, ["analyse", "--format", "jsonl", str(art)])
    assert result.exit_code == 1
    assert result.stderr.count("reads the INPUT as jsonl") == 1  # once, not per line
    same = CliRunner().invoke(main, ["analyse", "--input-format", "jsonl", str(art)])
    errors = [ResultRecord.model_validate_json(line).error for line in same.stdout.splitlines()]
    assert errors == [ResultRecord.model_validate_json(line).error for line in result.stdout.splitlines()]


def test_run_reads_with_the_input_format_it_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    import workers.run
    from workers.run import RunOutcome

    seen: dict[str, Any] = {}

    def fake_run(paths: Any, settings: Any, **kwargs: Any) -> RunOutcome:
        seen.update(kwargs)
        return RunOutcome(records=[], rejected=0, failed=0)

    monkeypatch.setattr(workers.run, "run", fake_run)
    result = CliRunner().invoke(main, ["run", "--input-format", "ninjs", "x.json"])
    assert result.exit_code == 0, result.output
    assert seen["fmt"] == "ninjs"


def test_real_records_validate_against_the_checked_in_schema() -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "result-record.schema.json").read_text())
    result = CliRunner().invoke(main, ["analyse", str(ROOT / "seeds")])
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**json.loads(lines[0]), "status": "maybe"}, schema)


def test_show_status_and_dead_list_read_the_configured_redis(redis_client: Any, test_settings: Any) -> None:
    from config.settings import get_settings
    from tasks.models import ResultRecord as Record
    from workers.publish import publish_record

    publish_record(
        redis_client, Record(article_id="show-1", version=1, status="ok", headline="Old"), test_settings
    )
    publish_record(
        redis_client, Record(article_id="show-1", version=2, status="ok", headline="New"), test_settings
    )
    publish_record(
        redis_client,
        Record(article_id="bad-9", status="rejected", error="body: Field required"),
        test_settings,
        original={"id": "bad-9"},
    )
    env = {"WIRELENS_REDIS_URL": test_settings.redis_url}
    get_settings.cache_clear()
    try:
        runner = CliRunner(env=env)
        latest = runner.invoke(main, ["show", "show-1", "--format", "json"])
        assert latest.exit_code == 0 and json.loads(latest.stdout)["headline"] == "New"
        old = runner.invoke(main, ["show", "show-1", "--version", "1", "--format", "json"])
        assert json.loads(old.stdout)["superseded_by"] == 2
        missing = runner.invoke(main, ["show", "nope"])
        assert missing.exit_code == 1 and "no record for article 'nope'" in missing.stderr
        status = runner.invoke(main, ["status", "--json", "--no-ping"])
        snapshot = json.loads(status.stdout)
        assert snapshot["streams"]["wirelens:results"] == 3 and snapshot["streams"]["wirelens:dead"] == 1
        assert snapshot["results_last_minute"] == 3 and set(snapshot["queues"]) >= {"parse", "publish"}
        dead = runner.invoke(main, ["dead", "list", "--json"])
        (letter,) = [json.loads(x) for x in dead.stdout.splitlines()]
        assert letter["article_id"] == "bad-9" and letter["reason"] == "body: Field required"
        retry = runner.invoke(main, ["dead", "retry", "bad-9"])
        assert retry.exit_code == 1 and "not a valid article" in retry.stderr
    finally:
        get_settings.cache_clear()


@pytest.mark.e2e
def test_enqueue_from_a_live_pipe_sends_each_line_as_it_arrives(redis_server: Any) -> None:
    import redis

    from config.settings import Settings
    from workers.queues import redis_queue_depth

    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    queue = Settings(redis_url=redis_server.url).queue("parse")
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "enqueue", "-"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=ROOT,
        text=True,
    )
    assert proc.stdin is not None
    try:
        for n in (1, 2):
            proc.stdin.write(json.dumps({"id": f"live-{n}", "body": f"Item {n} was filed on Monday."}) + "\n")
            proc.stdin.flush()
            deadline = time.monotonic() + 30
            while redis_queue_depth(client, queue) < n and time.monotonic() < deadline:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.05)
            assert redis_queue_depth(client, queue) == n  # sent while the pipe is still open
        proc.stdin.close()
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert client.exists("wirelens:article:live-1") and client.exists("wirelens:article:live-2")


def test_analyse_holds_each_article_to_the_workers_soft_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article past WIRELENS_TASK_SOFT_TIME_LIMIT gets a failed record; the next one is analysed."""
    from config.settings import Settings

    limited = Settings(task_soft_time_limit=0.3, task_time_limit=60)
    monkeypatch.setattr("workers.cli.get_settings", lambda: limited)
    long_body = " ".join(f"Officials in town {i} said the bridge would reopen soon." for i in range(600))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "slow", "body": long_body})
        + "\n"
        + json.dumps({"id": "quick", "body": "The bridge reopened on Monday."})
        + "\n"
    )
    result = CliRunner().invoke(main, ["analyse", str(feed)])
    records = [ResultRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [(r.article_id, r.status) for r in records] == [("slow", "failed"), ("quick", "ok")]
    assert records[0].error == "analyse: time limit exceeded (0.3 s)"
    assert result.exit_code == 1


def test_analyse_goes_on_after_an_article_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tasks.analysis

    real = tasks.analysis.analyse_article

    def flaky(nlp: Any, article: Any, settings: Any) -> ResultRecord:
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real(nlp, article, settings)

    monkeypatch.setattr(tasks.analysis, "analyse_article", flaky)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "body": "The council met on Monday."}) + "\n" for i in ("a", "bad", "c"))
    )
    result = CliRunner().invoke(main, ["analyse", str(feed)])
    records = [ResultRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [(r.article_id, r.status) for r in records] == [("a", "ok"), ("bad", "failed"), ("c", "ok")]
    assert records[1].error == "analyse: IndexError: list index out of range"
    assert result.exit_code == 1


def test_report_shows_headline_tags_first() -> None:
    from tasks.models import BiasResult, BiasTag
    from workers.report import render

    def tag(text: str, field: str) -> BiasTag:
        return BiasTag.model_validate(
            {
                "text": text,
                "start": 0,
                "end": len(text),
                "category": "loaded",
                "voice": "author",
                "reason": "r",
                "rule": text,
                "weight": 2.0,
                "field": field,
            }
        )

    record = ResultRecord(
        article_id="a",
        version=1,
        status="ok",
        headline="A shameful week",
        bias=BiasResult(score=1.0, tags=[tag("brutal", "body"), tag("shameful", "headline")]),
    )
    lines = [line for line in render(record).splitlines() if "“" in line]
    assert lines == ["    [headline, author] “shameful” loaded", "    [author] “brutal” loaded"]
