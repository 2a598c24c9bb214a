"""Print p50/p95 of every canned query (queries/rq/*.rq) in process, on generated stores of ~100 k and ~1 M quads.

    .venv/bin/python -m tests.benchmarks.bench_canned [--sizes 100k,1m] [--runs 30] [--reuse] [--only lineage,status]

Each query runs the way the catalog runs it: pyoxigraph in process, the union of the graphs as the
default graph, its parameters bound by substitution (`CannedQuery.run`); CONSTRUCT/DESCRIBE
queries are serialized. Parameters are drawn from the generated orders (a different order each
run). The stores are built by tests/benchmarks/generate.py under var/bench-canned-<size>
(`--reuse` keeps one that exists). A paged query (`# page: N`) is timed on pages spread over the
whole listing (offsets drawn from 0 to its last page, counted once from its feed), not on page 1
only: a late page costs the most, since skipping walks the index. A query slower than `--cutoff` seconds on its first run is
reported once and not repeated. Speed targets live here (p95 < 50 ms at 1 M), not in unit tests.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from rdflib import URIRef

from graph.namespaces import DEFAULT_BASE_IRI
from graph.store import GraphStore, is_oxigraph_dir
from queries.catalog import CannedQuery, catalog
from tests.benchmarks.generate import FIRST, generate

ROOT = Path(__file__).resolve().parents[2]
QUADS_PER_ORDER = 193  # what generate.py writes per synthetic order, entailments included (~8 k more are curated)


def orders_for(size: str) -> int:
    """'100k', '1m', '10m' or a number of quads -> synthetic orders giving about that many quads."""
    text = size.lower().replace("_", "")
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    quads = int(float(text.rstrip("km")) * factor)
    return max(1, quads // QUADS_PER_ORDER)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def samplers(orders: int, seed: int = 7) -> dict[str, Callable[[int], object]]:
    """A value for each parameter name the catalog uses, varying with the run number."""
    rng = random.Random(seed)
    picks = [FIRST + rng.randrange(orders) for _ in range(997)]
    return {
        "node": lambda i: URIRef(f"{DEFAULT_BASE_IRI}eo/{picks[i % len(picks)]}"),
        "instrument": lambda i: URIRef(f"{DEFAULT_BASE_IRI}eo/{picks[i % len(picks)]}"),
        "audience": lambda i: "general",
        "citation": lambda i: f"{60 + (picks[i % len(picks)] - FIRST) // 5000} FR {1000 + picks[i % len(picks)] - FIRST}",
        "text": lambda i: f"Synthetic Working Group {picks[i % len(picks)]}",
    }


def offsets(store: GraphStore, query: CannedQuery, seed: int = 11) -> Callable[[int], int]:
    """Page offsets spread over the query's whole listing (the last page included), by run number."""
    from queries.catalog import feed

    assert query.page
    pages = max(1, -(-len(feed(query.name).run(store)) // query.page))
    rng = random.Random(seed)
    order = [pages - 1, *(rng.randrange(pages) for _ in range(996))]
    return lambda i: order[i % len(order)] * query.page  # type: ignore[operator]


def run_once(store: GraphStore, query: CannedQuery, values: dict) -> int:
    """One evaluation to the last row (or byte); returns the number of rows (bytes for RDF)."""
    if query.kind == "select":
        return len(query.run(store, **values))
    return len(query.serialize(store, "ntriples", **values))


def bench(store: GraphStore, orders: int, runs: int, cutoff: float, only: set[str]) -> list[tuple]:
    sample = samplers(orders)
    rows = []
    for name, query in catalog().items():
        if only and name not in only:
            continue
        pick = offsets(store, query) if query.page else None
        values_of = lambda i: {p.name: sample[p.name](i) for p in query.params} | (  # noqa: B023, E731
            {"offset": pick(i)} if pick else {})  # noqa: B023
        start = time.perf_counter()
        size = run_once(store, query, values_of(0))  # warm up (page cache); also the cutoff probe
        first = time.perf_counter() - start
        if first > cutoff:
            rows.append((name, first * 1000, first * 1000, size, "1 run (over the cutoff)"))
            continue
        samples = []
        for i in range(1, runs + 1):
            start = time.perf_counter()
            run_once(store, query, values_of(i))
            samples.append((time.perf_counter() - start) * 1000)
        p50, p95 = percentiles(samples)
        rows.append((name, p50, p95, size, f"{runs} runs"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,1m")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cutoff", type=float, default=5.0, help="seconds; a slower first run is not repeated")
    parser.add_argument("--reuse", action="store_true", help="keep a generated store that exists")
    parser.add_argument("--only", default="", help="comma-separated query names")
    args = parser.parse_args()
    only = {n for n in args.only.split(",") if n}
    results = []
    for size in args.sizes.split(","):
        orders = orders_for(size)
        store_dir = ROOT / "var" / f"bench-canned-{size}"
        if not (args.reuse and is_oxigraph_dir(store_dir)):
            generate(store_dir, orders)
        store = GraphStore.open(store_dir)
        label = f"{size} ({len(store):,} quads)"
        results += [(label, *row) for row in bench(store, orders, args.runs, args.cutoff, only)]
        del store
    print("\n| store | query | p50 ms | p95 ms | rows (bytes) | runs |\n|---|---|---:|---:|---:|---|")
    for label, name, p50, p95, size, note in results:
        flag = " **over 50 ms**" if p95 > 50 else ""
        print(f"| {label} | {name} | {p50:.1f} | {p95:.1f}{flag} | {size:,} | {note} |")


if __name__ == "__main__":
    main()
