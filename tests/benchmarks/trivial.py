"""Trivial SPARQL queries over HTTP: lexgraph beside Oxigraph server (and, optionally, an older
lexgraph), all running at once and measured in turns, so a shared machine's load bends every
server alike.

    .venv/bin/python -m tests.benchmarks.trivial [--size 1M] [--before /work/main] [--rounds 5]
        [--runs 40] [--seconds 4] [--clients 1,4,16]

It uses the stores of tests/benchmarks/side_by_side.py (var/bench/<size>/build.json: build them with
`side_by_side.py --sizes 1M` first) and starts on 127.0.0.1: `lexgraph serve` from this checkout,
`oxigraph serve-read-only --union-default-graph` on the same quads and, with `--before DIR`,
`lexgraph serve` from another checkout with its own .venv (e.g. main before a change). Then:

- latency of the point lookup and of every canned query that answers in about a millisecond
  (`TRIVIAL`, sample parameters bound as side_by_side.py binds them): `--rounds` rounds, each
  sending every query `--runs` times to each server in turn (the order rotates per round), on one
  keep-alive connection per server, by two clients: httpx (what side_by_side.py uses; it spends
  0.3-0.5 ms of Python per request itself) and a raw socket (loadgen.py's reader: the server's time
  plus the loopback). p50 / p95 per query and server, and the ratio to Oxigraph server;
- throughput of the point lookup at each `--clients` count, the servers in turn
  (tests/benchmarks/loadgen.py), with the server's CPU time per answer;
- the load average at every step. Nothing is sent anywhere but 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from graph.namespaces import NS as LEX
from tests.benchmarks import loadgen
from tests.benchmarks.side_by_side import (
    ACCEPT,
    BIN,
    POINT,
    ROOT,
    WORK,
    Server,
    free_port,
    load,
    pct,
    queries,
    tree_cpu,
)

TRIVIAL = ["point lookup", "description", "node", "provisions", "sources", "commentary", "fr-citation",
           "revocations"]


def start_servers(info: dict, before: Path | None, processes: int = 1) -> dict[str, Server]:
    """lexgraph as served by default; the same without its answer cache (every answer computed: the
    figure for queries that are not repeated); optionally an older checkout; Oxigraph server."""
    servers: dict[str, Server] = {}
    checkouts = {"lexgraph": (ROOT, []), "lexgraph-nocache": (ROOT, ["--answer-cache-mb", "0"])}
    if before:
        checkouts["lexgraph-before"] = (before, [])
    for name, (checkout, extra) in checkouts.items():
        port = free_port()
        cmd = [str(checkout / ".venv" / "bin" / "lexgraph"), "--store", info["store"], "serve", "--port", str(port),
               "--log-level", "warning", "--processes", str(processes), *extra]
        servers[name] = Server(name, cmd, f"http://127.0.0.1:{port}", "/sparql", WORK / f"trivial-{name}.log",
                               cwd=checkout)  # the fork server imports the workers' code from the working directory
        servers[name].first_lineage()  # the projection and name index built: no thread left warming up
    port = free_port()
    cmd = [str(BIN / "oxigraph"), "serve-read-only", "--location", info["ox_dir"], "--bind", f"127.0.0.1:{port}",
           "--union-default-graph"]
    servers["oxigraph"] = Server("oxigraph", cmd, f"http://127.0.0.1:{port}", "/query", WORK / "trivial-oxigraph.log")
    time.sleep(5)  # lexgraph's background warm-up (order table, name index) finishes
    return servers


class RawClient:
    """One keep-alive socket sending a pre-built GET (loadgen.py's reader parses the answer)."""

    def __init__(self, url: str, text: str) -> None:
        port, self.raw = loadgen.request_bytes(f"{url}?query={quote(text)}", ACCEPT)
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=30)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reader = loadgen._Reader(self.sock)

    def get(self) -> int:
        self.sock.sendall(self.raw)
        return self.reader.response()[0]

    def close(self) -> None:
        self.sock.close()


def timed(call, runs: int) -> list[float]:
    """`runs` timings of `call` after one untimed warm-up; each must answer 200."""
    status = call()
    if status != 200:
        raise RuntimeError(f"HTTP {status}")
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        status = call()
        out.append(time.perf_counter() - started)
        if status != 200:
            raise RuntimeError(f"HTTP {status}")
    return out


def latency(servers: dict[str, Server], texts: dict[str, str], rounds: int, runs: int) -> dict:
    samples: dict = {}
    clients = {name: httpx.Client(timeout=30) for name in servers}
    try:
        for r in range(rounds):
            order = list(servers)[r % len(servers):] + list(servers)[:r % len(servers)]
            for query, text in texts.items():
                for name in order:
                    url = servers[name].sparql_url
                    http = clients[name]
                    got = timed(lambda: http.get(url, params={"query": text},  # noqa: B023
                                                 headers={"Accept": ACCEPT}).status_code, runs)
                    samples.setdefault(query, {}).setdefault(name, {}).setdefault("httpx", []).extend(got)
                    raw = RawClient(url, text)
                    try:
                        got = timed(raw.get, runs)
                    finally:
                        raw.close()
                    samples[query][name].setdefault("raw", []).extend(got)
            print(f"latency round {r + 1}/{rounds} done (load {load()})", flush=True)
    finally:
        for http in clients.values():
            http.close()
    return {q: {s: {c: {"p50": statistics.median(xs) * 1000, "p95": pct(xs, 0.95) * 1000, "n": len(xs)}
                    for c, xs in by_client.items()} for s, by_client in by_server.items()}
            for q, by_server in samples.items()}


def distinct_points(store: str, count: int = 2000) -> list[str]:
    """Point lookups of `count` different orders: no two alike, so no answer cache is hit (lexgraph
    keeps 512 answers; each client walks the list from its own place)."""
    import pyoxigraph as ox

    found = ox.Store.read_only(store).query(
        f"SELECT ?s WHERE {{ ?s a <{LEX}ExecutiveOrder> }} LIMIT {count}", use_default_graph_as_union=True)
    return [f"SELECT ?p ?o WHERE {{ <{row['s'].value}> ?p ?o }}" for row in found]


def throughput(servers: dict[str, Server], clients: list[int], seconds: float, distinct: list[str]) -> dict:
    """The point lookup repeated ("same"), and a different order's each time ("distinct")."""
    out: dict = {}
    for kind in ("same", "distinct"):
        for n in clients:
            for name, server in servers.items():
                texts = [POINT] if kind == "same" else distinct
                urls = [server.sparql_url + "?query=" + quote(text) for text in texts]
                cpu = tree_cpu(server.proc.pid)
                result = loadgen.run(urls, n, seconds)
                result["cpu_ms"] = (tree_cpu(server.proc.pid) - cpu) * 1000 / max(1, result["ok"])
                result["load"] = load()
                out.setdefault(kind, {}).setdefault(name, {})[str(n)] = result
                print(f"{kind}: {name}: {n} clients {result['rps']:,.0f} req/s, {result['cpu_ms']:.2f} ms CPU/answer "
                      f"({result['errors']} errors; load {result['load']})", flush=True)
    return out


def report(result: dict) -> str:
    names = list(result["servers"])
    lines = [f"Load average {result['load_start']} at start, {result['load_end']} at end.", "",
             "| query | client | " + " | ".join(f"{n} p50 / p95 ms" for n in names) + " | "
             + " | ".join(f"{n} ×ox" for n in names if n != "oxigraph") + " |",
             "| --- | --- | " + " | ".join("---" for _ in names) + " | "
             + " | ".join("---" for n in names if n != "oxigraph") + " |"]
    for query, by_server in result["latency"].items():
        for client in ("httpx", "raw"):
            cells = [f"{by_server[n][client]['p50']:.2f} / {by_server[n][client]['p95']:.2f}" for n in names]
            ox = by_server["oxigraph"][client]["p50"]
            ratios = [f"{by_server[n][client]['p50'] / ox:.2f}×" for n in names if n != "oxigraph"]
            lines.append(f"| {query} | {client} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    what = {"same": "the same point lookup repeated", "distinct": "a different order's point lookup each time"}
    for kind, by_server in result["throughput"].items():
        counts = list(next(iter(by_server.values())))
        lines += ["", f"Throughput, {what[kind]}, requests/s (ratio to Oxigraph server) [server CPU per answer, "
                  "load average]:", "", "| server | " + " | ".join(f"{c} clients" for c in counts) + " |",
                  "| --- | " + " | ".join("---" for _ in counts) + " |"]
        ox_t = by_server.get("oxigraph", {})
        for name, row in by_server.items():
            cells = []
            for c in counts:
                t = row[c]
                rel = f" ({t['rps'] / ox_t[c]['rps']:.2f}×)" if c in ox_t and ox_t[c]["rps"] else ""
                err = f", {t['errors']} errors" if t["errors"] else ""
                cells.append(f"{t['rps']:,.0f}{rel} [{t['cpu_ms']:.2f} ms, load {t['load'].split()[0]}{err}]")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1M", help="a size side_by_side.py built (var/bench/<size>)")
    parser.add_argument("--before", type=Path, help="another checkout (with its .venv) to serve beside this one")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=40, help="requests per query, server, client and round")
    parser.add_argument("--seconds", type=float, default=4.0, help="each throughput run")
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--processes", type=int, default=1, help="lexgraph server processes (SO_REUSEPORT)")
    args = parser.parse_args()
    record = WORK / args.size / "build.json"
    if not record.exists():
        raise SystemExit(f"no {record}: build the stores with tests/benchmarks/side_by_side.py --sizes {args.size}")
    info = json.loads(record.read_text())
    result_args = vars(args) | {"before": str(args.before) if args.before else None}
    texts = {name: text for name, text in queries().items() if name in TRIVIAL}
    result: dict = {"load_start": load(), "args": result_args}
    distinct = distinct_points(info["store"])
    servers = start_servers(info, args.before.resolve() if args.before else None, args.processes)
    try:
        result["servers"] = list(servers)
        result["latency"] = latency(servers, texts, args.rounds, args.runs)
        result["throughput"] = throughput(servers, [int(c) for c in args.clients.split(",")], args.seconds, distinct)
    finally:
        for server in servers.values():
            server.stop()
    result["load_end"] = load()
    (WORK / "trivial.json").write_text(json.dumps(result, indent=1))
    print(report(result))


if __name__ == "__main__":
    main()
