"""Print p50/p95 latency of lineage, status and authority on the real store and a ~1M-triple one.

    .venv/bin/python -m tests.benchmarks.bench_queries [--orders 5500] [--runs 50]

Speed targets live here, not in unit tests: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import URIRef

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.registry import load_data_dir
from queries.authority import authority
from queries.lineage import lineage
from queries.paths import find_paths
from queries.projection import projection
from queries.status import status
from tests.benchmarks.generate import FIRST, generate

ROOT = Path(__file__).resolve().parents[2]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def measure(name: str, runs: int, fn: Callable[[int], object]) -> tuple[str, float, float]:
    fn(0)  # warm up (projection cache, page cache)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    p50, p95 = _percentiles(samples)
    return name, p50, p95


def run(store: GraphStore, nodes: list[str], runs: int) -> list[tuple[str, float, float]]:
    day = dt.date(2022, 3, 1)
    pick = lambda i: URIRef(nodes[i % len(nodes)])  # noqa: E731
    started = time.perf_counter()
    projection(store)
    built = (time.perf_counter() - started) * 1000
    return [
        measure("lineage", runs, lambda i: lineage(store, pick(i))),
        measure("status", runs, lambda i: status(store, pick(i), day)),
        measure("authority", runs, lambda i: authority(store, pick(i))),
        measure("path (cached projection)", runs, lambda i: find_paths(store, str(pick(i)), str(pick(i + 1)))),
        ("projection build (once per store)", built, built),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5500)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    var = ROOT / "var"
    minter = Minter(DEFAULT_BASE_IRI)
    real_root = var / "bench-real"
    build(real_root, load_data_dir(ROOT / "data", minter), minter)
    real = GraphStore.open(real_root)
    real_nodes = [DEFAULT_BASE_IRI + n for n in ("eo/14060", "eo/13773", "eo/13768", "eo/13993", "org/tmwg")]
    synthetic_dir = var / "bench-synthetic"
    triples = generate(synthetic_dir, args.orders)
    synthetic = GraphStore.open(synthetic_dir)
    rng = random.Random(7)
    synthetic_nodes = [DEFAULT_BASE_IRI + f"eo/{FIRST + rng.randrange(args.orders)}" for _ in range(args.runs)]
    print(f"\n{'store':32} {'query':36} {'p50 ms':>9} {'p95 ms':>9}")
    for label, store, nodes in (
        (f"real ({len(real):,} triples)", real, real_nodes),
        (f"synthetic ({triples:,} triples)", synthetic, synthetic_nodes),
    ):
        for name, p50, p95 in run(store, nodes, args.runs):
            print(f"{label:32} {name:36} {p50:9.1f} {p95:9.1f}")


if __name__ == "__main__":
    main()
