"""Speed of the pipeline against the parser's own, measured in one run and printed as a table.

    python bench/throughput.py CORPUS.jsonl [--n 500] [--latency 30] [--memory-articles 0] [--json]
    python bench/throughput.py --only producer [--producer 5000] [--json]     (no corpus, no workers)

CORPUS is JSON Lines with the article text in ``text`` or ``body`` (for example the BBC News Summary dev
split in ../shared/eval/summaries/, read in place, never copied). All numbers come from this run, on this
machine: every ratio divides two measurements taken minutes apart, on the same texts.

- throughput: pipeline words/s (enqueue to last result record, 2 worker processes) / bare ``nlp.pipe``
  words/s on the same texts with 2 processes (target >= 0.85);
- scaling: pipeline words/s with 2 worker processes / with 1 (target >= 1.8);
- latency at idle: one article at a time, enqueue to record, p50 and p95 / its bare parse time
  (target p50 <= 1.3);
- memory: resident size of each pool process after ``--memory-articles`` articles (target <= 400 MB);
- producer: articles enqueued per second, no workers running (target >= 5,000);
- with ``--features``: the fused 2-process pipeline with language detection, near-duplicates and stories
  all off, then all on, interleaved (off/on per round, same texts, a fresh Redis each), and the producer
  rate with language detection off and on; on / off (issue 14's target: pipeline >= 0.95), and the CPU
  seconds of every process in the pipeline runs, off / on (steadier than wall time on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import redis

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.faultlib import children  # noqa: E402
from config.logging import configure_logging  # noqa: E402
from config.settings import Settings  # noqa: E402
from tasks.nlp import get_nlp  # noqa: E402
from workers.app import use_broker  # noqa: E402
from workers.embedded import EmbeddedRedis  # noqa: E402
from workers.inputs import RawArticle  # noqa: E402
from workers.process import WorkerProcess  # noqa: E402
from workers.producer import enqueue  # noqa: E402


def load(path: Path, n: int) -> list[str]:
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            text = row.get("text") or row.get("body")
            if text and len(text.split()) >= 80:
                texts.append(text)
            if len(texts) == n:
                break
    return texts


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def note(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def bare_pipe(texts: list[str], processes: int) -> float:
    settings = Settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=processes, batch_size=32):
        pass
    return words(texts) / (time.perf_counter() - t0)


def _parse_words(chunk: list[str]) -> int:
    settings = Settings()
    nlp = get_nlp(settings.model, settings.fallback_model)
    for _ in nlp.pipe(chunk, batch_size=32):
        pass
    return words(chunk)


def bare_independent(texts: list[str], processes: int) -> float:
    """Words/s of ``processes`` forked processes each parsing its share, nothing sent back: what the machine
    gives without the cost of ``nlp.pipe(n_process=...)`` returning every ``Doc`` to its parent."""
    import multiprocessing

    chunks = [texts[k::processes] for k in range(processes)]
    _parse_words(texts[:2])  # the model loaded before fork, as a worker's pool gets it after its own fork
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        t0 = time.perf_counter()
        total = sum(pool.map(_parse_words, chunks))
        return total / (time.perf_counter() - t0)


# The settings issue 14 added, each a cost per article (detection in the producer, the rest at publishing).
# The version comparison (``changes``) has no switch: it runs for every record and finds nothing to compare
# in these runs, where every article is new.
FEATURES = ("language_detection", "dedup", "stories")


def feature_settings(on: bool | None) -> dict[str, Any]:
    """Every issue-14 feature on or off; ``None``: as the environment and defaults say."""
    return {} if on is None else {f: on for f in FEATURES}


def pipeline(
    texts: list[str],
    concurrency: int,
    prefix: str,
    tmp: Path,
    *,
    fused: bool = True,
    profile: bool = False,
    features: bool | None = None,
) -> tuple[float, dict[str, Any]]:
    """Words/s from the first enqueue to the last record, with one worker of ``concurrency`` processes.

    With ``profile``, py-spy samples every pool process during the run; the hottest functions are returned.
    ``features`` turns issue 14's features on or off in the producer and the worker alike.
    """
    with EmbeddedRedis() as server:
        flags = feature_settings(features)
        settings = Settings(redis_url=server.url, max_queue_depth=10**9, fused=fused, **flags)
        client = redis.Redis.from_url(server.url)
        app = use_broker(server.url)
        log = tmp / f"{prefix}.log"
        env = {f"WIRELENS_{k.upper()}": str(v).lower() for k, v in flags.items()}
        with WorkerProcess(server.url, settings, concurrency=concurrency, log_path=log, env=env) as w:
            warm = [RawArticle("warm", data={"id": f"{prefix}-warm-{i}", "body": texts[i]}) for i in range(2)]
            enqueue(app, client, warm, settings)
            _wait(client, 2, w)
            client.delete(settings.results_stream)
            items = [RawArticle(str(i), data={"id": f"{prefix}-{i}", "body": t}) for i, t in enumerate(texts)]
            pool = children(w.process.pid) if w.process else []
            spies = _start_profilers(pool, tmp, prefix) if profile else []
            # CPU of the producer (this process), the worker with its pool and Redis: on a shared machine
            # far steadier than wall time, which other users' load moves.
            busy = [
                *pool,
                *([w.process.pid] if w.process else []),
                *([server.process.pid] if server.process else []),
            ]
            cpu0 = _cpu_s(busy) + time.process_time()
            t0 = time.time()
            enqueue(app, client, items, settings)
            last = _wait(client, len(texts), w, progress=prefix)
            cpu = _cpu_s(busy) + time.process_time() - cpu0
            rss = {pid: _rss_mb(pid) for pid in pool}
            hot = _stop_profilers(spies) if profile else []
            seen = _fields_set(client, settings.results_stream) if features is not None else {}
        return words(texts) / (last - t0), {"rss_mb": rss, "hot": hot, "seen": seen, "cpu_s": cpu}


def _cpu_s(pids: list[int]) -> float:
    """User and system CPU seconds of these processes so far, from /proc."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _fields_set(client: redis.Redis, stream: str) -> dict[str, int]:
    """How many records carry each issue-14 field: proof that a run had its features on or off."""
    records = [json.loads(fields[b"record"]) for _, fields in client.xrange(stream)]
    keys = ("language_detected", "duplicate_of", "story_id")
    return {k: sum(1 for r in records if r.get(k) is not None) for k in keys}


def memory(texts: list[str], n: int, tmp: Path) -> list[tuple[int, list[float]]]:
    """Resident size (MB) of each pool process every n/5 articles over ``n`` articles (texts cycled)."""
    samples: list[tuple[int, list[float]]] = []
    with EmbeddedRedis() as server:
        settings = Settings(redis_url=server.url, max_queue_depth=10**9, fused=True)
        client = redis.Redis.from_url(server.url)
        app = use_broker(server.url)
        with WorkerProcess(server.url, settings, concurrency=2, log_path=tmp / "memory.log") as w:
            items = [
                RawArticle(str(i), data={"id": f"mem-{i}", "body": texts[i % len(texts)]}) for i in range(n)
            ]
            enqueue(app, client, items, settings)
            step = max(n // 5, 1)
            for target in range(step, n + 1, step):
                _wait(client, target, w, progress="memory")
                pool = children(w.process.pid) if w.process else []
                samples.append((target, [_rss_mb(pid) for pid in pool]))
                note(f"  after {target} articles: RSS {samples[-1][1]} MB")
    return samples


def _start_profilers(pids: list[int], tmp: Path, prefix: str) -> list[tuple[subprocess.Popen[bytes], Path]]:
    spies = []
    for pid in pids:
        out = tmp / f"{prefix}-{pid}.folded"
        # py-spy from this interpreter's environment (the venv), whether or not it is on PATH.
        spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or "py-spy"
        cmd = [spy, "record", "--pid", str(pid), "--format", "raw", "--rate", "50", "--output", str(out)]
        spies.append((subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), out))
    return spies


def _frame(f: str) -> str:
    """``func (path:line)`` to ``func (path)``."""
    name, _, where = f.partition(" (")
    return f"{name} ({where.split(':')[0]})"


def _stop_profilers(spies: list[tuple[subprocess.Popen[bytes], Path]]) -> list[tuple[str, float]]:
    """Share of samples per function (inclusive), over all pool processes: where the time goes."""
    for proc, _ in spies:
        proc.send_signal(signal.SIGINT)
    inclusive: dict[str, int] = {}
    total = 0
    for proc, out in spies:
        proc.wait(30)
        if not out.exists():
            continue
        for line in out.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            n = int(count)
            total += n
            for frame in {_frame(f) for f in stack.split(";") if " (" in f}:
                inclusive[frame] = inclusive.get(frame, 0) + n
    # Frames on every sample are the worker's own scaffolding (click, billiard's loop): leave them out.
    ranked = sorted(((f, n) for f, n in inclusive.items() if n < 0.97 * total), key=lambda kv: -kv[1])
    return [(f, round(100 * n / total, 1)) for f, n in ranked[:30]] if total else []


def _wait(client: redis.Redis, n: int, worker: WorkerProcess, progress: str | None = None) -> float:
    """Wait for ``n`` records; return the time (epoch seconds) of the last one from its stream id."""
    while True:
        length = client.xlen("wirelens:results")
        if progress:
            print(f"\r  {progress}: {length}/{n} records", end="", file=sys.stderr, flush=True)
        if length >= n:
            if progress:
                print(file=sys.stderr)
            last_id = client.xrevrange("wirelens:results", count=1)[0][0].decode()
            return int(last_id.split("-")[0]) / 1000
        if not worker.alive():
            raise RuntimeError(worker.log_tail())
        time.sleep(0.2)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def latency(texts: list[str], tmp: Path, *, fused: bool = True) -> dict[str, float]:
    """Enqueue-to-record time of one article at a time on an idle worker, each divided by the bare parse of
    the same text measured just before it (so a machine that speeds up or slows down during the run moves
    both alike). The record is awaited with a blocking ``XREAD``, not by polling, which would take CPU from
    the worker on a small machine."""
    settings0 = Settings()
    nlp = get_nlp(settings0.model, settings0.fallback_model)
    bare: list[float] = []
    with EmbeddedRedis() as server:
        settings = Settings(redis_url=server.url, fused=fused)
        client = redis.Redis.from_url(server.url)
        app = use_broker(server.url)
        with WorkerProcess(server.url, settings, concurrency=1, log_path=tmp / f"latency-{fused}.log") as w:
            enqueue(app, client, [RawArticle("warm", data={"id": "lat-warm", "body": texts[0]})], settings)
            _wait(client, 1, w)
            ratios, totals = [], []
            for i, t in enumerate(texts):
                t0 = time.perf_counter()
                nlp(t)
                bare.append(time.perf_counter() - t0)
                last = client.xrevrange(settings.results_stream, count=1)[0][0]
                t0 = time.perf_counter()
                enqueue(app, client, [RawArticle(str(i), data={"id": f"lat-{i}", "body": t})], settings)
                while not client.xread({settings.results_stream: last}, count=1, block=5000):
                    assert w.alive(), w.log_tail()
                elapsed = time.perf_counter() - t0
                totals.append(elapsed)
                ratios.append(elapsed / bare[-1])
    q = statistics.quantiles(ratios, n=20)
    return {
        "p50_ms": round(statistics.median(totals) * 1000, 1),
        "p95_ms": round(statistics.quantiles(totals, n=20)[18] * 1000, 1),
        "bare_parse_p50_ms": round(statistics.median(bare) * 1000, 1),
        "p50_ratio": round(statistics.median(ratios), 2),
        "p95_ratio": round(q[18], 2),
    }


def producer_rate(n: int, texts: list[str] | None = None, features: bool | None = None) -> float:
    """Articles enqueued per second; bodies cycled from ``texts`` (article-length, what language detection
    reads) or, without them, one short sentence each."""
    with EmbeddedRedis() as server:
        flags = feature_settings(features)
        settings = Settings(redis_url=server.url, max_queue_depth=10**9, fused=True, **flags)
        client = redis.Redis.from_url(server.url)
        app = use_broker(server.url)
        bodies = texts or [f"Item {i} was filed on Monday." for i in range(n)]
        items = [RawArticle(str(i), data={"id": f"p-{i}", "body": bodies[i % len(bodies)]}) for i in range(n)]
        t0 = time.perf_counter()
        enqueue(app, client, items, settings)
        return n / (time.perf_counter() - t0)


def feature_costs(texts: list[str], tmp: Path, rounds: int, producer_n: int) -> dict[str, Any]:
    """Issue 14's features off and on, interleaved round by round so a machine whose speed drifts moves both
    alike; each pipeline run has its own fresh Redis, so near-duplicates and stories see the same history."""
    wps: dict[bool, list[float]] = {False: [], True: []}
    cpu: dict[bool, list[float]] = {False: [], True: []}
    rate: dict[bool, list[float]] = {False: [], True: []}
    seen: dict[bool, dict[str, int]] = {}
    for r in range(rounds):
        for on in (False, True):
            note(f"features {'on' if on else 'off'}, round {r + 1}/{rounds}: pipeline, 2 processes ...")
            speed, info = pipeline(texts, 2, f"feat-{on}-{r}", tmp, features=on)
            wps[on].append(speed)
            cpu[on].append(info["cpu_s"])
            seen[on] = info["seen"]
    for r in range(rounds):
        for on in (False, True):
            note(f"features {'on' if on else 'off'}, round {r + 1}/{rounds}: producer ...")
            rate[on].append(producer_rate(producer_n, texts, features=on))
    return {
        "pipeline_wps_off": [round(x) for x in wps[False]],
        "pipeline_wps_on": [round(x) for x in wps[True]],
        "pipeline_ratio": round(sum(wps[True]) / sum(wps[False]), 3),
        "pipeline_round_ratios": [round(on / off, 3) for off, on in zip(wps[False], wps[True], strict=True)],
        "pipeline_cpu_s_off": [round(x, 1) for x in cpu[False]],
        "pipeline_cpu_s_on": [round(x, 1) for x in cpu[True]],
        # Throughput the CPU allows, on / off: CPU off / CPU on for the same texts.
        "pipeline_cpu_ratio": round(sum(cpu[False]) / sum(cpu[True]), 3),
        "producer_per_s_off": [round(x) for x in rate[False]],
        "producer_per_s_on": [round(x) for x in rate[True]],
        "producer_ratio": round(sum(rate[True]) / sum(rate[False]), 3),
        "records_with_field_off_on": [seen[False], seen[True]],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "corpus", type=Path, nargs="?", help="JSON Lines corpus (not needed with --only producer)"
    )
    ap.add_argument("--n", type=int, default=500, help="articles for the throughput runs")
    ap.add_argument("--latency", type=int, default=30, help="articles for the idle latency run")
    ap.add_argument("--producer", type=int, default=5000, help="articles for the producer rate")
    ap.add_argument("--skip-scaling", action="store_true")
    ap.add_argument(
        "--stages",
        action="store_true",
        help="also measure the stage chain (WIRELENS_FUSED=false: one task per stage per article)",
    )
    ap.add_argument(
        "--profile", action="store_true", help="py-spy the 2-process run; print the hot functions"
    )
    ap.add_argument(
        "--features",
        action="store_true",
        help="also measure issue 14's features (language detection, duplicates, stories) off and on",
    )
    ap.add_argument("--feature-rounds", type=int, default=2, help="off/on pairs for --features")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object")
    ap.add_argument(
        "--memory-articles", type=int, default=0, help="RSS of the pool processes over N articles"
    )
    ap.add_argument("--memory-only", action="store_true", help="only the memory run")
    ap.add_argument(
        "--only", choices=["producer"], help="only this measure: producer (articles enqueued/s, no corpus)"
    )
    args = ap.parse_args()
    if args.corpus is None and args.only != "producer":
        ap.error("CORPUS is required (except with --only producer)")
    configure_logging("WARNING")
    if args.only == "producer":
        rate = round(producer_rate(args.producer))
        if args.json:
            print(json.dumps({"producer_articles_per_s": rate}))
        else:
            print(f"producer: {rate} articles/s over {args.producer} articles (target >= 5000)")
        return
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="wirelens-bench-"))
    texts = load(args.corpus, args.n)
    note(f"{len(texts)} articles, {words(texts)} words (mean {words(texts) // len(texts)})")
    out: dict[str, Any] = {"articles": len(texts), "words": words(texts)}
    if args.memory_articles:
        note(f"memory over {args.memory_articles} articles ...")
        out["memory"] = memory(texts, args.memory_articles, tmp)
        if args.memory_only:
            for target, rss in out["memory"]:
                print(f"after {target:6d} articles: pool RSS {rss} MB")
            return
    note("bare nlp.pipe, 2 processes ...")
    bare_before = bare_pipe(texts, 2)
    note("pipeline (fused), 2 worker processes ...")
    wps2, info2 = pipeline(texts, 2, "two", tmp, profile=args.profile)
    out["pipeline_wps_2"] = round(wps2)
    out["rss_mb_after_run"] = info2["rss_mb"]
    out["profile"] = info2["hot"]
    if args.stages:
        note("pipeline, stage chain, 2 worker processes ...")
        wpsc, _ = pipeline(texts, 2, "chain", tmp, fused=False)
        out["pipeline_chain_wps_2"] = round(wpsc)
    if not args.skip_scaling:
        note("pipeline (fused), 1 worker process ...")
        wps1, _ = pipeline(texts, 1, "one", tmp)
        out["pipeline_wps_1"] = round(wps1)
        out["scaling_ratio"] = round(wps2 / wps1, 3)
        if args.stages:
            note("pipeline, stage chain, 1 worker process ...")
            wpsc1, _ = pipeline(texts, 1, "chain-one", tmp, fused=False)
            out["pipeline_chain_wps_1"] = round(wpsc1)
            out["chain_scaling_ratio"] = round(out["pipeline_chain_wps_2"] / wpsc1, 3)
    # The bare parse again after the pipeline runs: the ratios divide by the mean of both, so a machine whose
    # speed drifts during the run (shared hosts do) does not tilt them.
    note("bare nlp.pipe, 2 processes, again ...")
    bare_after = bare_pipe(texts, 2)
    if not args.skip_scaling:
        # What the machine itself gives a second process: the ceiling for the pipeline's scaling.
        note("bare parse, 1 and 2 independent processes ...")
        out["bare_independent_wps"] = [round(bare_independent(texts, n)) for n in (1, 2)]
        one, two = out["bare_independent_wps"]
        out["bare_scaling_ratio"] = round(two / one, 3)
    out["bare_wps_2_before_after"] = [round(bare_before), round(bare_after)]
    out["bare_wps_2"] = round((bare_before + bare_after) / 2)
    out["throughput_ratio"] = round(out["pipeline_wps_2"] / out["bare_wps_2"], 3)
    if "pipeline_chain_wps_2" in out:
        out["chain_throughput_ratio"] = round(out["pipeline_chain_wps_2"] / out["bare_wps_2"], 3)
    note("idle latency ...")
    out["latency"] = latency(texts[: args.latency], tmp)
    if args.stages:
        out["latency_chain"] = latency(texts[: args.latency], tmp, fused=False)
    note("producer ...")
    out["producer_articles_per_s"] = round(producer_rate(args.producer))
    if args.features:
        out["features"] = feature_costs(texts, tmp, args.feature_rounds, args.producer)
    if args.json:
        print(json.dumps(out))
        return
    before_after = out["bare_wps_2_before_after"]
    rows = [
        (
            "bare nlp.pipe (2 proc), before / after the runs",
            f"{before_after[0]} / {before_after[1]} words/s (mean {out['bare_wps_2']})",
            "-",
            "-",
        ),
        (
            "throughput: pipeline (fused) / bare nlp.pipe (2 proc)",
            f"{out['pipeline_wps_2']} / {out['bare_wps_2']} words/s",
            out["throughput_ratio"],
            ">= 0.85",
        ),
        (
            "scaling: 2 processes / 1",
            f"{out.get('pipeline_wps_2')} / {out.get('pipeline_wps_1')} words/s",
            out.get("scaling_ratio"),
            ">= 1.8",
        ),
        (
            "machine: bare parse, 2 independent processes / 1",
            " / ".join(str(w) for w in reversed(out.get("bare_independent_wps", []))) + " words/s",
            out.get("bare_scaling_ratio"),
            "(ceiling for scaling)",
        ),
        (
            "latency p50 / bare parse",
            f"{out['latency']['p50_ms']} / {out['latency']['bare_parse_p50_ms']} ms",
            out["latency"]["p50_ratio"],
            "<= 1.3",
        ),
        ("latency p95 / bare parse", f"{out['latency']['p95_ms']} ms", out["latency"]["p95_ratio"], "-"),
        (
            "memory per pool process",
            f"{out['rss_mb_after_run']} MB",
            max(out["rss_mb_after_run"].values() or [0]),
            "<= 400 MB",
        ),
        (
            "producer",
            f"{out['producer_articles_per_s']} articles/s",
            out["producer_articles_per_s"],
            ">= 5000",
        ),
    ]
    if args.stages:  # the per-stage deployment (WIRELENS_FUSED=false), for comparison
        lc = out["latency_chain"]
        rows += [
            (
                "stage chain: throughput / bare nlp.pipe",
                f"{out['pipeline_chain_wps_2']} / {out['bare_wps_2']} words/s",
                out["chain_throughput_ratio"],
                "(fused is the default)",
            ),
            (
                "stage chain: scaling 2 / 1",
                f"{out['pipeline_chain_wps_2']} / {out.get('pipeline_chain_wps_1')} words/s",
                out.get("chain_scaling_ratio"),
                "",
            ),
            (
                "stage chain: latency p50 / bare parse",
                f"{lc['p50_ms']} / {lc['bare_parse_p50_ms']} ms",
                lc["p50_ratio"],
                "",
            ),
        ]
    if args.features:
        f = out["features"]
        rows += [
            (
                "features on / off: pipeline (fused, 2 proc)",
                f"{f['pipeline_wps_on']} / {f['pipeline_wps_off']} words/s",
                f["pipeline_ratio"],
                ">= 0.95",
            ),
            ("  per round (on / off)", " ".join(map(str, f["pipeline_round_ratios"])), "-", "-"),
            (
                "features off / on: pipeline CPU s (all processes)",
                f"{f['pipeline_cpu_s_off']} / {f['pipeline_cpu_s_on']}",
                f["pipeline_cpu_ratio"],
                ">= 0.95",
            ),
            (
                "features on / off: producer (article bodies)",
                f"{f['producer_per_s_on']} / {f['producer_per_s_off']} art/s",
                f["producer_ratio"],
                "-",
            ),
        ]
    print(f"{'measure':48} {'measured':40} {'ratio':>8}  target")
    for name, measured, ratio, target in rows:
        print(f"{name:48} {measured:40} {ratio!s:>8}  {target}")
    if args.features:
        off, on = out["features"]["records_with_field_off_on"]
        print(f"\nrecords carrying issue 14's fields, last run with features off: {off}; on: {on}")
    if out["profile"]:
        print("\nwhere the pool processes spend their time (py-spy, inclusive share of samples):")
        for frame, share in out["profile"]:
            print(f"  {share:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
