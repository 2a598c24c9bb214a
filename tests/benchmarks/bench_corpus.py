"""Benchmark at corpus size (a script that prints figures, not a timed test):

    .venv/bin/python -m tests.benchmarks.bench_corpus [--store DIR] [--skip-build] [--runs N]

Builds the whole corpus (curated data + data/sources) into a fresh store the way `lexgraph build`
does, and prints: build time by stage, peak memory (resident set of this process and of its
extraction workers), extraction throughput (orders/s), quads and store size on disk; then the
p50/p95 of lineage, status and authority over a sample of real orders (after the one-off
projection build, which is timed apart).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from graph.build import build
from graph.namespaces import Minter
from graph.progress import Task, Tasks
from graph.store import GraphStore
from loaders.registry import load_build

ROOT = Path(__file__).resolve().parents[2]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StageTasks(Tasks):
    """Records when each stage starts and the peak RSS so far, and prints it."""

    def __init__(self) -> None:
        self.start_time = time.perf_counter()
        self.stages: list[tuple[str, float, float]] = []

    def start(self, name: str, total: int | None = None) -> Task:
        at = time.perf_counter() - self.start_time
        self.stages.append((name, at, _rss_mb()))
        print(f"  {at:7.1f} s  peak RSS {_rss_mb():7.0f} MB  start: {name} ({total})", flush=True)
        return Task()


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def bench_build(root: Path) -> dict:
    tasks = StageTasks()
    minter = Minter()
    clock = time.perf_counter()
    graphs, report = load_build(ROOT / "data", minter, ROOT / "data" / "sources", tasks)
    loaded = time.perf_counter() - clock
    quads = sum(len(g.quads) for g in graphs)
    result = build(root, graphs, minter, tasks=tasks, info={"corpus": "full"}, corpus=report)
    total = time.perf_counter() - clock
    del graphs
    texts = report["counts"].get("texts read", 0)
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "build_seconds": round(total, 1),
        "load_seconds": round(loaded, 1),
        "stage_seconds": report["seconds"] | {k: round(v, 1) for k, v in result.seconds.items()},
        "peak_rss_mb": round(_rss_mb()),
        "peak_rss_extraction_worker_mb": round(children),
        "texts": texts,
        "extraction_orders_per_second": round(texts / report["seconds"]["texts"], 1) if texts else None,
        "quads_loaded": quads,
        "triples_in_store": result.triples,
        "store_bytes": _size(result.store_dir),
    }


def bench_queries(root: Path, runs: int) -> dict:
    from queries.answers import authority_answer, lineage_answer, status_answer
    from queries.projection import projection

    store = GraphStore.open(root)
    clock = time.perf_counter()
    proj = projection(store)
    projection_seconds = time.perf_counter() - clock
    rng = random.Random(7)
    orders = sorted(n for n, d in proj.nodes.items() if d.get("type") == "ExecutiveOrder")
    sample = ["EO 14060", "EO 13768", "EO 13771", "EO 7532", "EO 13753"] + [
        "eo/" + n.rsplit("/", 1)[1] for n in rng.sample(orders, min(len(orders), runs))
    ]
    out = {"projection_seconds": round(projection_seconds, 2), "orders_sampled": len(sample)}
    on = dt.date(2025, 3, 1)
    for name, call in (  # status first: the node descriptions it reads are not cached yet
        ("status", lambda i: status_answer(store, i, on)),
        ("lineage", lambda i: lineage_answer(store, i)),
        ("authority", lambda i: authority_answer(store, i)),
        ("status, again", lambda i: status_answer(store, i, on)),
    ):
        times = []
        for ident in sample:
            start = time.perf_counter()
            call(ident)
            times.append((time.perf_counter() - start) * 1000)
        p50, p95 = _percentiles(times)
        out[name] = {"p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "max_ms": round(max(times), 1)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_corpus")
    parser.add_argument("--store", type=Path, help="store root to build into (default: a temporary directory)")
    parser.add_argument("--skip-build", action="store_true", help="only time queries on --store")
    parser.add_argument("--runs", type=int, default=200, help="orders sampled for the query timings")
    args = parser.parse_args(argv)
    root = args.store or Path(tempfile.mkdtemp(prefix="lexgraph-bench-")) / "store"
    figures: dict = {"store": str(root)}
    if not args.skip_build:
        figures["build"] = bench_build(root)
        print(json.dumps(figures["build"], indent=2), flush=True)
    figures["queries"] = bench_queries(root, args.runs)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
