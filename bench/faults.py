"""Fault injection at scale: the scenarios of tests/workers/test_faults.py with more articles and faults.

    python bench/faults.py [--articles 2000] [--kills 10] [--restarts 3] [--drops 5] [--json]

Prints, for each scenario: articles accepted, results, duplicate records on the stream (must be 0),
redeliveries suppressed at publish, lost articles (must be 0), faults injected, the longest time from a
fault to the next published record, and the scenario's wall time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.faultlib import as_json, drop_connections, kill_workers, restart_redis, table
from config.logging import configure_logging


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--restarts", type=int, default=3)
    ap.add_argument("--drops", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    configure_logging("WARNING")  # the table on stdout, progress on stderr, no per-article lines

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    reports = []
    log(f"SIGKILL workers: {args.articles} articles, {args.kills} kills")
    reports.append(kill_workers(args.articles, args.kills, timeout=args.timeout, log=log))
    log(f"Restart Redis (AOF): {args.articles} articles, {args.restarts} restarts")
    reports.append(restart_redis(args.articles, args.restarts, timeout=args.timeout, log=log))
    log(f"CLIENT KILL: {args.articles} articles, {args.drops} drops")
    reports.append(drop_connections(args.articles, args.drops, timeout=args.timeout, log=log))
    print(as_json(reports) if args.json else table(reports))
    sys.exit(0 if all(r.lost == 0 and r.duplicate_records == 0 for r in reports) else 1)


if __name__ == "__main__":
    main()
