"""``python -m tests.bench``: run the benchmark scenarios, print one table, write it as JSON."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from tests.bench._context import Context
from tests.bench._harness import Row, bottleneck_note, environment, render, write_json
from tests.bench._node import Node

#: Name -> module. A scenario is a module of this package with ``run(ctx: Context) ->
#: list[Row]``; adding one is adding its line here. They run in this order.
SCENARIOS = {
    "fleet": "tests.bench.scenario_fleet",
    "cpu": "tests.bench.scenario_cpu",
    "list-all-memory": "tests.bench.scenario_list_all",
    "log-stream": "tests.bench.scenario_log_stream",
    "import": "tests.bench.scenario_import",
    "cli": "tests.bench.scenario_cli",
}


def scenario(name: str) -> Callable[[Context], list[Row]]:
    run: Callable[[Context], list[Row]] = importlib.import_module(SCENARIOS[name]).run
    return run


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    p.add_argument(
        "--only",
        default=",".join(SCENARIOS),
        help="comma-separated scenarios to run (default: all of %(default)s)",
    )
    p.add_argument("--rounds", type=int, default=3, help="timed rounds per scenario (%(default)s)")
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="multiply every size by this (e.g. 0.1 for a smoke run; targets assume 1)",
    )
    p.add_argument("--no-node", action="store_true", help="leave the Node.js rows out")
    p.add_argument(
        "--json",
        type=Path,
        default=Path("bench-results.json"),
        help="where to write the results (default: %(default)s)",
    )
    args = p.parse_args(argv)
    args.only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(args.only) - set(SCENARIOS)
    if unknown:
        p.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    if args.rounds < 1 or args.scale <= 0:
        p.error("--rounds must be >= 1 and --scale > 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    meta = {"environment_at_start": environment(), "rounds": args.rounds, "scale": args.scale}
    node = Node(enabled=not args.no_node)
    meta["node"] = node.version or node.unavailable
    rows: list[Row] = []
    started = time.perf_counter()
    with Context(args.rounds, args.scale, node) as ctx:
        for name in args.only:
            print(f"... {name}", file=sys.stderr, flush=True)
            rows.extend(scenario(name)(ctx))
    bottleneck_note(rows)
    meta["environment_at_end"] = environment()
    meta["seconds"] = round(time.perf_counter() - started, 1)
    print(render(rows))
    write_json(args.json, rows, meta)
    missed = [row for row in rows if row.met is False]
    print(f"\n{len(missed)} target(s) missed in {meta['seconds']} s; results in {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
