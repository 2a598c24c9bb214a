"""Print p50/p95 of caching, name lookup and /healthz on a generated store of about a million quads.

    .venv/bin/python -m tests.benchmarks.bench_cache [--orders 5500] [--runs 200] [--store var/bench-cache]

Generates the store once (tests/benchmarks/generate.py) as a store root with a build record, starts
a real `lexgraph serve` on 127.0.0.1 and measures, with one keep-alive client: `/api/lineage`
computed (a new id each time) vs answered from the in-memory answer cache (the same URL again)
vs 304 on `If-None-Match`; a 304 on GET `/sparql` and `/id/...`; name lookup (`/api/resolve?id=`
with a name, and `resolve()` in process); an unknown id answered 404 (with suggestions);
`/healthz`. Speed targets live here, not in unit tests: timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from graph.errors import NotFound
from graph.namespaces import DEFAULT_BASE_IRI
from graph.store import GraphStore
from queries.projection import projection
from queries.resolve import resolve
from tests.benchmarks.generate import FIRST, generate

ROOT = Path(__file__).resolve().parents[2]
STAMP = "20260101T000000Z-bench"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def timed(runs: int, fn: Callable[[int], object]) -> tuple[float, float]:
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    return percentiles(samples)


def store_root(root: Path, orders: int) -> Path:
    """A store root (`current` -> builds/<stamp>, with its build record) holding the generated store."""
    store_dir = root / "builds" / STAMP
    if not (root / "current").exists():
        root.mkdir(parents=True, exist_ok=True)
        triples = generate(store_dir, orders)
        info = {"base_iri": DEFAULT_BASE_IRI, "built": STAMP, "triples": triples, "graphs": []}
        store_dir.with_suffix(".json").write_text(json.dumps(info))
        (root / "current").symlink_to(store_dir.relative_to(root))
    return root


def serve(root: Path, log: Path) -> tuple[subprocess.Popen, str]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("lexgraph")), "--store", str(root), "serve", "--port", str(port),
         "--log-level", "warning"], stdout=log.open("w"), stderr=subprocess.STDOUT, cwd=ROOT, env=os.environ.copy(),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(log.read_text())
        try:
            if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5500)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--store", default=str(ROOT / "var" / "bench-cache"))
    args = parser.parse_args()
    root = store_root(Path(args.store), args.orders)
    store = GraphStore.open(root)
    started = time.perf_counter()
    projection(store)  # read from beside the build, or built and kept there for the server
    print(f"store: {store.info['triples']:,} quads; projection with name index ready in "
          f"{time.perf_counter() - started:.1f} s")
    rng = random.Random(13)
    orders = [FIRST + rng.randrange(args.orders) for _ in range(args.runs * 3)]
    rows: list[tuple[str, float, float]] = []

    names = [f"Synthetic Working Group {n}" for n in orders]
    rows.append(("name lookup, resolve() in process", *timed(args.runs, lambda i: resolve(store, names[i]))))

    def unknown_in_process(i: int) -> None:
        try:
            resolve(store, f"Synthetic Workng Group {orders[i]}x")
        except NotFound:
            return
        raise AssertionError("resolved an unknown name")

    rows.append(("unknown name, resolve() in process (NotFound)", *timed(args.runs, unknown_in_process)))
    cpu = time.process_time()
    for i in range(args.runs):
        unknown_in_process(i)
    cpu_ms = (time.process_time() - cpu) * 1000 / args.runs  # on a shared machine wall time includes waiting
    rows.append(("  the same, CPU time (mean)", cpu_ms, cpu_ms))

    process, url = serve(root, Path(args.store) / "server.log")
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            client.get("/api/lineage", params={"id": "USCTOC"}).raise_for_status()  # the server's projection
            lineage = lambda params: client.get("/api/lineage", params=params)  # noqa: E731

            def computed(i: int) -> None:
                assert lineage({"id": f"EO {orders[args.runs + i]}", "depth": "3"}).status_code == 200

            rows.append(("/api/lineage computed (new id each time)", *timed(args.runs, computed)))
            fixed = {"id": f"EO {orders[0]}", "depth": "3"}
            first = lineage(fixed)
            etag = first.headers["etag"]
            rows.append(("/api/lineage from the answer cache", *timed(args.runs, lambda i: lineage(fixed))))

            def revalidated(path: str, params: dict, headers: dict) -> Callable[[int], None]:
                tag = client.get(path, params=params, headers=headers).headers["etag"]

                def run(i: int) -> None:
                    got = client.get(path, params=params, headers={**headers, "If-None-Match": tag})
                    assert got.status_code == 304

                return run

            rows.append(("/api/lineage 304 (If-None-Match)",
                         *timed(args.runs, revalidated("/api/lineage", fixed, {}))))
            assert etag == lineage(fixed).headers["etag"]
            ask = {"query": f"ASK {{ <{DEFAULT_BASE_IRI}eo/{orders[0]}> ?p ?o }}"}
            rows.append(("GET /sparql 304 (If-None-Match)", *timed(args.runs, revalidated("/sparql", ask, {}))))
            rows.append(("GET /sparql point ASK (leases a worker)",
                         *timed(args.runs, lambda i: client.get("/sparql", params=ask))))
            rows.append((f"/id/eo/{orders[0]} 304 (If-None-Match)",
                         *timed(args.runs, revalidated(f"/id/eo/{orders[0]}", {}, {"Accept": "text/turtle"}))))

            def by_name(i: int) -> None:  # `n` defeats the answer cache: every lookup is resolved
                got = client.get("/api/resolve", params={"id": names[i], "n": str(i)})
                assert got.status_code == 200

            rows.append(("/api/resolve?id=<name>", *timed(args.runs, by_name)))

            def lineage_by_name(i: int) -> None:  # the name lookup: a lineage asked for by name
                got = lineage({"id": names[i], "n": str(i)})
                assert got.status_code == 200

            rows.append(("/api/lineage?id=<name> (not cached)", *timed(args.runs, lineage_by_name)))

            def unknown(i: int) -> None:
                got = client.get("/api/lineage", params={"id": f"Synthetic Workng Group {orders[i]}x"})
                assert got.status_code == 404

            rows.append(("/api/lineage unknown name -> 404", *timed(args.runs, unknown)))

            def unknown_eo(i: int) -> None:
                assert client.get("/api/lineage", params={"id": f"EO {800000 + i}"}).status_code == 404

            rows.append(("/api/lineage unknown EO number -> 404", *timed(args.runs, unknown_eo)))
            rows.append(("/healthz", *timed(args.runs, lambda i: client.get("/healthz"))))
            health = client.get("/healthz").json()
    finally:
        process.terminate()
        process.wait(timeout=30)
    print(f"\n{store.info['triples']:,} quads, {args.runs} runs each, one keep-alive client, 127.0.0.1\n")
    print(f"| {'measure':48} | {'p50 ms':>8} | {'p95 ms':>8} |")
    print(f"|{'-' * 50}|{'-' * 10}|{'-' * 10}|")
    for name, p50, p95 in rows:
        print(f"| {name:48} | {p50:8.2f} | {p95:8.2f} |")
    print(f"\n/healthz afterwards: triples {health['triples']:,}, answers cached {health['answers_cached']}, "
          f"304s {health['not_modified']}, answer-cache hits {health['answer_cache_hits']}, "
          f"queries given a worker {health['query_workers_leased']}")


if __name__ == "__main__":
    main()
