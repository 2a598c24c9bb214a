"""Load a real `lexgraph serve` with well-behaved clients and runaway queries at once; print figures.

    .venv/bin/python -m tests.benchmarks.load_endpoint [--clients 50] [--runaways 5] [--seconds 60]
        [--workers N] [--timeout S] [--think 0.1] [--store DIR] [-- extra serve flags]

A script, not a test: it prints what it measured. It builds the store from data/ (or uses
--store), starts `lexgraph serve` on 127.0.0.1, and runs `--clients` threads for `--seconds`:
`--runaways` of them send runaway queries back to back (the CONCAT doubling bomb, stopped by
the workers' memory limit, and a three-way cross join, stopped by the timeout); the others loop
over a mix of canned answers (/api lineage, status, authority), point SPARQL lookups, /healthz
and /id pages, pausing `--think` seconds (uniformly 0.5x-1.5x) between requests.

Targets (SECURITY.md): no error outside the runaways; p99 under 500 ms for the others;
each runaway answered 503 within 1.1 x the timeout.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from loaders.registry import load_data_dir
from tests.conftest import start_server, stop_server

ROOT = Path(__file__).resolve().parents[2]
ID = DEFAULT_BASE_IRI


def concat_bomb(doublings: int = 30) -> str:
    parts = ['BIND("' + "x" * 70 + '" AS ?x0)']
    parts += [f"BIND(CONCAT(?x{i - 1}, ?x{i - 1}) AS ?x{i})" for i in range(1, doublings + 1)]
    return "SELECT ?n WHERE { " + " ".join(parts) + f" BIND(STRLEN(?x{doublings}) AS ?n) }}"


CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
RUNAWAYS = {"concat_bomb": concat_bomb(), "cross_join": CROSS_JOIN}

NORMAL = [  # (kind, method, path, params or form)
    ("api_lineage", "GET", "/api/lineage", {"id": "EO 14060"}),
    ("api_status", "GET", "/api/status", {"id": "EO 13773", "on": "2022-03-01"}),
    ("api_authority", "GET", "/api/authority", {"id": "EO 13768"}),
    ("sparql_lookup", "POST", "/sparql", {"query": f"SELECT ?p ?o WHERE {{ <{ID}eo/14060> ?p ?o }} LIMIT 50"}),
    ("sparql_ask", "POST", "/sparql", {"query": f"ASK {{ <{ID}eo/14060> ?p <{ID}eo/13773> }}"}),
    ("sparql_label", "POST", "/sparql", {
        "query": "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                 f"SELECT ?label WHERE {{ <{ID}eo/13773> skos:prefLabel ?label }}"}),
    ("healthz", "GET", "/healthz", None),
    ("id_page", "GET", "/id/eo/14060", None),
]


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.errors: Counter = Counter()
        self.runaways: list[tuple[str, int, str, float]] = []  # kind, status, code, seconds

    def normal(self, kind: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            if error:
                self.errors[f"{kind}: {error}"] += 1

    def runaway(self, kind: str, status: int, code: str, seconds: float) -> None:
        with self.lock:
            self.runaways.append((kind, status, code, seconds))


def normal_client(url: str, stop: float, think: float, results: Results, seed: int) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=url, timeout=60) as client:
        while time.monotonic() < stop:
            kind, method, path, data = rng.choice(NORMAL)
            started = time.perf_counter()
            error = None
            try:
                if method == "GET":
                    response = client.get(path, params=data, headers={"Accept": "text/html"} if kind == "id_page" else None)
                else:
                    response = client.post(path, data=data)
                if response.status_code != 200:
                    error = f"{response.status_code} {response.text[:80]}"
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            results.normal(kind, time.perf_counter() - started, error)
            time.sleep(think * rng.uniform(0.5, 1.5))


def runaway_client(url: str, stop: float, results: Results, index: int) -> None:
    kinds = sorted(RUNAWAYS)
    turn = index
    with httpx.Client(base_url=url, timeout=120) as client:
        while time.monotonic() < stop:
            kind = kinds[turn % len(kinds)]
            turn += 1
            started = time.perf_counter()
            try:
                response = client.post("/sparql", data={"query": RUNAWAYS[kind]})
                status = response.status_code
                code = response.json()["error"]["code"] if status >= 400 else "-"
            except (httpx.HTTPError, ValueError) as exc:
                status, code = 0, type(exc).__name__
            results.runaway(kind, status, code, time.perf_counter() - started)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(results: Results, args: argparse.Namespace, health: dict) -> None:
    every = [s for samples in results.latency.values() for s in samples]
    print(f"\n{args.clients} clients ({args.runaways} runaway) for {args.seconds} s; "
          f"server: --workers {args.workers} --timeout {args.timeout:g}; think {args.think:g} s")
    print(f"\nnon-runaway requests: {len(every)}  ({len(every) / args.seconds:.0f}/s)")
    print(f"  errors: {sum(results.errors.values())}")
    for error, count in results.errors.most_common(10):
        print(f"    {count} x {error}")
    print(f"  latency ms  p50 {1000 * statistics.median(every):.1f}  p95 {1000 * percentile(every, .95):.1f}  "
          f"p99 {1000 * percentile(every, .99):.1f}  max {1000 * max(every):.1f}")
    print(f"\n  {'kind':<15}{'n':>7}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for kind, samples in sorted(results.latency.items()):
        print(f"  {kind:<15}{len(samples):>7}{1000 * statistics.median(samples):>10.1f}"
              f"{1000 * percentile(samples, .99):>10.1f}{1000 * max(samples):>10.1f}")
    print(f"\nrunaway queries: {len(results.runaways)}")
    limit = 1.1 * args.timeout
    for kind in sorted(RUNAWAYS):
        rows = [r for r in results.runaways if r[0] == kind]
        if not rows:
            continue
        answers = Counter(f"{status} {code}" for _, status, code, _ in rows)
        seconds = [r[3] for r in rows]
        late = sum(s > limit for s in seconds)
        print(f"  {kind:<12} n={len(rows):<4} answers: {dict(answers)}  seconds p50 {statistics.median(seconds):.2f} "
              f"max {max(seconds):.2f}  over 1.1 x timeout ({limit:.1f} s): {late}")
    print(f"\n/healthz at the end: {health}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runaways", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--think", type=float, default=0.1, help="mean pause between a client's requests (s)")
    parser.add_argument("--store", type=Path, help="a built store root (default: build data/ in a temp dir)")
    parser.add_argument("serve", nargs="*", help="extra `lexgraph serve` flags (after --)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.store
        if root is None:
            root = Path(tmp) / "store"
            minter = Minter(ID)
            build(root, load_data_dir(ROOT / "data", minter), minter)
        log = Path(tmp) / "server.log"
        server = start_server(root, log, "--workers", str(args.workers), "--timeout", str(args.timeout), *args.serve)
        try:
            deadline = time.monotonic() + 60
            while httpx.get(server.url + "/healthz").json()["query_workers_ready"] < args.workers:
                assert time.monotonic() < deadline, "query workers did not start"
                time.sleep(0.1)
            for _kind, method, path, data in NORMAL:  # warm up (the projection is built on first use)
                httpx.request(method, server.url + path, params=data if method == "GET" else None,
                              data=data if method == "POST" else None, timeout=60)
            results = Results()
            stop = time.monotonic() + args.seconds
            threads = [threading.Thread(target=runaway_client, args=(server.url, stop, results, i))
                       for i in range(args.runaways)]
            threads += [threading.Thread(target=normal_client, args=(server.url, stop, args.think, results, i))
                        for i in range(args.clients - args.runaways)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            health = httpx.get(server.url + "/healthz").json()
        finally:
            stop_server(server)
        report(results, args, health)
        warnings = [line for line in log.read_text().splitlines() if "WARNING" in line or "ERROR" in line]
        if warnings:
            print(f"\nserver log: {len(warnings)} warning/error lines, e.g. {warnings[:3]}")


if __name__ == "__main__":
    main()
