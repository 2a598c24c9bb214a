"""Print /sparql latency for the canned queries next to the same queries run in process, as a ratio.

    .venv/bin/python -m tests.benchmarks.bench_endpoint [--runs 40]

Starts a real server on 127.0.0.1 (a free port), sends each canned query with its sample
parameters written into the query text, and compares with pyoxigraph in process.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.registry import load_data_dir
from queries.catalog import catalog
from tests.conftest import start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {"node": DEFAULT_BASE_IRI + "eo/14060", "instrument": DEFAULT_BASE_IRI + "eo/13773",
           "text": "USCTOC", "citation": "86 FR 71793"}


def _inline(query, params: dict[str, str]) -> str:
    """The endpoint has no parameter binding, so the benchmark writes VALUES for it (trusted values)."""
    text = query.sparql
    if not params:
        return text
    values = " ".join(f"?{k}" for k in params)
    terms = " ".join(f"<{v}>" if v.startswith("http") else f'"{v}"' for v in params.values())
    head, sep, rest = text.partition("WHERE {")
    return f"{head}{sep} VALUES ({values}) {{ ({terms}) }} {rest}" if sep else text


def _p50_p95(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        minter = Minter(DEFAULT_BASE_IRI)
        build(root, load_data_dir(ROOT / "data", minter), minter)
        store = GraphStore.open(root)
        started = time.perf_counter()
        server = start_server(root, Path(tmp) / "server.log")
        print(f"server ready (process start to /healthz) in {time.perf_counter() - started:.2f} s\n")
        try:
            client = httpx.Client(base_url=server.url, timeout=30)
            print(f"{'query':16} {'in-process p50':>15} {'/sparql p50':>12} {'/sparql p95':>12} {'ratio':>7}")
            for name, query in catalog().items():
                params = {p.name: SAMPLES[p.name] for p in query.params}
                text = _inline(query, params)
                local, remote = [], []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    store.query_serialized(text, result_format="json")
                    local.append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    response = client.post("/sparql", data={"query": text},
                                           headers={"Accept": "application/sparql-results+json"})
                    remote.append((time.perf_counter() - start) * 1000)
                    response.raise_for_status()
                (lp50, _), (rp50, rp95) = _p50_p95(local), _p50_p95(remote)
                print(f"{name:16} {lp50:13.2f}ms {rp50:10.2f}ms {rp95:10.2f}ms {rp50 / lp50:7.1f}")
        finally:
            stop_server(server)


if __name__ == "__main__":
    main()
