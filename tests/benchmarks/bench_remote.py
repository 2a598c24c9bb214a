"""Print what the remote store costs: push time, and API / page / SPARQL latency through a real
`lexgraph serve` over the embedded store and over `oxigraph serve` holding the same build.

    .venv/bin/python -m tests.benchmarks.bench_remote [--runs 30] [--store DIR]

Builds the curated data (or uses --store DIR, a built store root), starts Oxigraph and two
lexgraph servers on 127.0.0.1 (free ports), pushes the build with the code `lexgraph build
--store URL` uses, and prints a Markdown table of medians (one keep-alive client, warm caches).
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
from graph.remote import RemoteStore
from graph.store import GraphStore
from loaders.registry import load_data_dir
from tests.conftest import DATA, free_port, start_server, stop_server
from tests.remote import OxigraphServer

CASES = [
    ("/api/lineage", {"id": "EO 14060"}),
    ("/api/status", {"id": "EO 13773", "on": "2022-03-01"}),
    ("/api/authority", {"id": "EO 14060"}),
    ("/api/node", {"id": "EO 14060"}),
    ("/api/resolve", {"id": "USCTOC"}),
    ("/id/eo/14060", {}),
    ("/sparql", {"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 10"}),
    ("/sparql", {"query": "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"}),
]


def _median_ms(client: httpx.Client, path: str, params: dict, runs: int) -> float:
    client.get(path, params=params).raise_for_status()  # warm: projection, name index, first query
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--store", type=Path, help="a built store root (default: build the curated data)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.store
        if root is None:
            root = Path(tmp) / "store"
            minter = Minter(DEFAULT_BASE_IRI)
            build(root, load_data_dir(DATA, minter), minter)
        local = GraphStore.open(root)
        oxigraph = OxigraphServer(Path(tmp) / "oxigraph", Path(tmp) / "oxigraph.log", free_port()).start()
        servers = []
        try:
            remote = RemoteStore(oxigraph.url, timeout=600)
            pushes = []
            for i in range(3):
                start = time.perf_counter()
                remote.push(local, dict(local.info, built=f"{local.info.get('built', 'bench')}-{i}"))
                pushes.append(time.perf_counter() - start)
            push = statistics.median(pushes)
            print(f"push of {len(local)} quads: median {push:.2f} s ({len(local) / push:,.0f} quads/s)\n")
            servers = [start_server(root, Path(tmp) / "embedded.log"),
                       start_server(oxigraph.url, Path(tmp) / "remote.log")]  # type: ignore[arg-type]
            print("| request | embedded (ms) | remote (ms) | ratio |")
            print("| --- | ---: | ---: | ---: |")
            with httpx.Client(base_url=servers[0].url, timeout=120) as embedded, \
                    httpx.Client(base_url=servers[1].url, timeout=120) as far:  # the first builds the projection
                for path, params in CASES:
                    a = _median_ms(embedded, path, params, args.runs)
                    b = _median_ms(far, path, params, args.runs)
                    label = path + (f" `{params['query'][:40]}`" if "query" in params else "")
                    print(f"| {label} | {a:.2f} | {b:.2f} | {b / a:.2f}× |")
        finally:
            for server in servers:
                stop_server(server)
            oxigraph.stop()


if __name__ == "__main__":
    main()
