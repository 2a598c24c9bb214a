"""Computed point lookups, interleaved: this checkout against another and Oxigraph server, server CPU per answer.

    .venv/bin/python -m tests.benchmarks.point_ab --before /work/wt/before16 [--rounds 4] [--seconds 4]
        [--clients 1,4,16] [--processes 1]

The throughput half of trivial.py, for the one figure that decides a change to the /sparql path: a
different order's point lookup each time (trivial.distinct_points: no answer is ever kept), every
lexgraph server with `--answer-cache-mb 0`. Each round measures every server at every client count,
and the order of the servers turns by one each round, so a shared machine's load, which comes and
goes, bends each server alike; the medians over the rounds are printed with every round's CPU per
answer and the load average. Uses var/bench/<size> as trivial.py does; only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from urllib.parse import quote

from tests.benchmarks import loadgen
from tests.benchmarks.side_by_side import BIN, ROOT, WORK, Server, free_port, load, tree_cpu
from tests.benchmarks.trivial import distinct_points


def start(info: dict, before: Path | None, processes: int) -> dict[str, Server]:
    servers: dict[str, Server] = {}
    checkouts = {"lexgraph": ROOT, **({"lexgraph-before": before} if before else {})}
    for name, checkout in checkouts.items():
        port = free_port()
        cmd = [str(checkout / ".venv" / "bin" / "lexgraph"), "--store", info["store"], "serve", "--port", str(port),
               "--log-level", "warning", "--processes", str(processes), "--answer-cache-mb", "0"]
        servers[name] = Server(name, cmd, f"http://127.0.0.1:{port}", "/sparql", WORK / f"point_ab-{name}.log",
                               cwd=checkout)
        servers[name].first_lineage()
    port = free_port()
    cmd = [str(BIN / "oxigraph"), "serve-read-only", "--location", info["ox_dir"], "--bind", f"127.0.0.1:{port}",
           "--union-default-graph"]
    servers["oxigraph"] = Server("oxigraph", cmd, f"http://127.0.0.1:{port}", "/query", WORK / "point_ab-oxigraph.log")
    time.sleep(5)  # lexgraph's background warm-up ends
    return servers


def measure(servers: dict[str, Server], texts: list[str], clients: list[int], rounds: int, seconds: float) -> dict:
    names = list(servers)
    runs: dict = {}
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for n in clients:
            for name in order:
                server = servers[name]
                urls = [server.sparql_url + "?query=" + quote(text) for text in texts]
                cpu = tree_cpu(server.proc.pid)
                result = loadgen.run(urls, n, seconds)
                cpu_ms = (tree_cpu(server.proc.pid) - cpu) * 1000 / max(1, result["ok"])
                runs.setdefault(name, {}).setdefault(str(n), []).append(
                    {"rps": result["rps"], "cpu_ms": cpu_ms, "errors": result["errors"], "load": load()})
        print(f"round {r + 1}/{rounds} done (load {load()})", flush=True)
    return runs


def report(runs: dict) -> str:
    counts = list(next(iter(runs.values())))
    ox = runs.get("oxigraph", {})
    lines = ["| server | " + " | ".join(f"{c} clients: req/s (×ox) [CPU ms per answer]" for c in counts) + " |",
             "| --- | " + " | ".join("---" for _ in counts) + " |"]
    for name, by_count in runs.items():
        cells = []
        for c in counts:
            rps = statistics.median(x["rps"] for x in by_count[c])
            cpu = statistics.median(x["cpu_ms"] for x in by_count[c])
            rel = f" ({rps / statistics.median(x['rps'] for x in ox[c]):.2f}×)" if c in ox else ""
            errors = sum(x["errors"] for x in by_count[c])
            cells.append(f"{rps:,.0f}{rel} [{cpu:.3f}]" + (f", {errors} errors" if errors else ""))
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    loads = sorted(float(x["load"].split()[0]) for by_count in runs.values() for xs in by_count.values() for x in xs)
    lines += ["", f"Medians of the rounds; load average (1 min) {loads[0]:.2f}–{loads[-1]:.2f}. CPU per answer, each round: "
              + "; ".join(f"{name} {c}: " + ", ".join(f"{x['cpu_ms']:.3f}" for x in xs)
                          for name, by_count in runs.items() for c, xs in by_count.items())]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1M")
    parser.add_argument("--before", type=Path, help="another checkout (with its .venv) to measure beside this one")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    record = WORK / args.size / "build.json"
    if not record.exists():
        raise SystemExit(f"no {record}: build the stores with tests/benchmarks/side_by_side.py --sizes {args.size}")
    info = json.loads(record.read_text())
    texts = distinct_points(info["store"])
    servers = start(info, args.before.resolve() if args.before else None, args.processes)
    try:
        runs = measure(servers, texts, [int(c) for c in args.clients.split(",")], args.rounds, args.seconds)
    finally:
        for server in servers.values():
            server.stop()
    (WORK / "point_ab.json").write_text(json.dumps({"args": vars(args) | {"before": str(args.before)}, "runs": runs},
                                                   indent=1))
    print(report(runs))


if __name__ == "__main__":
    main()
