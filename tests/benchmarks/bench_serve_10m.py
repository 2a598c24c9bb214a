"""A 10 M-quad store served over HTTP: `lexgraph serve` beside `oxigraph serve-read-only`, one run.

    .venv/bin/python -m tests.benchmarks.bench_serve_10m [--size 10M] [--runs 20] [--rebuild]

The store is the one `side_by_side.py --sizes 10M` builds (tests/benchmarks/generate.py with 55 000
synthetic orders, exported as N-Quads and loaded with `oxigraph load`), reused from var/bench/10M
when it is there. The servers run one at a time on 127.0.0.1 (nothing is sent anywhere else), and
each figure is printed with the load average when it was taken (the machine is shared):

- lexgraph (one process, default workers): launch → listening (TCP accept), launch → first
  /healthz, then /healthz again; the first /api/lineage of a synthetic order (the projection is
  made then: generated stores carry no saved rows), the same URL again (the answer cache) and
  other orders (computed); /api/status likewise; a GET /sparql point lookup; the canned
  lineage.rq bound to the same order, sent by POST; one 304 on If-None-Match; the RSS of the
  server's process tree at the end and its peak.
- Oxigraph server on the same N-Quads: launch → listening, the same point lookup and lineage.rq,
  RSS; and the ratio of each lexgraph figure to it.

It prints a Markdown table and writes var/bench/serve-<size>.json. Figures, not a test.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from queries.catalog import catalog
from tests.benchmarks.generate import FIRST
from tests.benchmarks.side_by_side import (
    ID,
    JSON,
    ORDERS,
    POINT,
    WORK,
    Server,
    _inline,
    build_size,
    lexgraph_server,
    load,
    mb,
    ms,
    over_http,
    oxigraph_server,
    ratio,
    tree_rss,
)

SPARQL_FORM = {"Accept": JSON, "Content-Type": "application/x-www-form-urlencoded"}


def first(server: Server, method: str, path: str, **kw) -> dict:
    """One request, timed (the first of its kind since launch), with the load average."""
    with httpx.Client(timeout=600) as client:
        started = time.perf_counter()
        response = client.request(method, server.base + path, **kw)
        elapsed = time.perf_counter() - started
    return {"ms": elapsed * 1000, "status": response.status_code, "load": load(),
            "since_launch_s": time.perf_counter() - server.launched}


def each_once(server: Server, paths: list[str]) -> dict:
    """p50/p95 of `paths`, each sent once on one keep-alive connection: answers that are computed, not cached."""
    samples = []
    with httpx.Client(timeout=60) as client:
        for path in paths:
            started = time.perf_counter()
            response = client.get(server.base + path)
            samples.append(time.perf_counter() - started)
            if response.status_code != 200:
                return {"p50": None, "p95": None, "n": len(samples), "note": f"HTTP {response.status_code} on {path}"}
    ordered = sorted(samples)
    return {"p50": statistics.median(ordered) * 1000, "p95": ordered[int(round(0.95 * (len(ordered) - 1)))] * 1000,
            "n": len(samples), "note": ""}


def with_load(entry: dict) -> dict:
    return {**entry, "load": load()}


def revalidate(server: Server, path: str) -> dict:
    """GET `path`, then the same with If-None-Match: the second's time and status."""
    with httpx.Client(timeout=60) as client:
        etag = client.get(server.base + path).headers.get("etag")
        started = time.perf_counter()
        response = client.get(server.base + path, headers={"If-None-Match": etag or '"none"'})
        elapsed = time.perf_counter() - started
    return {"ms": elapsed * 1000, "status": response.status_code, "etag": bool(etag), "load": load()}


def measure_lexgraph(info: dict, node: str, others: list[str], lineage_rq: str, runs: int, base: Path) -> dict:
    out: dict = {}
    server = lexgraph_server(info, 1, base / "lexgraph-serve.log", cold=False)
    try:
        out["listening_s"] = server.listening()
        out["listening_load"] = load()
        out["healthz_first"] = first(server, "GET", "/healthz")
        out["healthz"] = with_load(over_http("GET", server.base + "/healthz", runs))
        lineage = f"/api/lineage?id={quote(node)}"
        out["lineage_first"] = first(server, "GET", lineage)
        out["lineage_same"] = with_load(over_http("GET", server.base + lineage, runs))
        out["lineage_others"] = with_load(each_once(server, [f"/api/lineage?id={quote(o)}" for o in others]))
        status = f"/api/status?id={quote(node)}&on=2020-01-01"
        out["status_first"] = first(server, "GET", status)
        out["status_same"] = with_load(over_http("GET", server.base + status, runs))
        out["status_others"] = with_load(each_once(
            server, [f"/api/status?id={quote(o)}&on=2020-01-01" for o in others]))
        out["point_first"] = first(server, "GET", "/sparql", params={"query": POINT}, headers={"Accept": JSON})
        out["point"] = with_load(over_http("GET", server.sparql_url, runs, params={"query": POINT},
                                           headers={"Accept": JSON}))
        out["lineage_rq_first"] = first(server, "POST", "/sparql", data={"query": lineage_rq}, headers=SPARQL_FORM)
        out["lineage_rq"] = with_load(over_http("POST", server.sparql_url, runs, data={"query": lineage_rq},
                                                headers=SPARQL_FORM))
        out["revalidate"] = revalidate(server, lineage)
        out["rss_end"] = tree_rss(server.proc.pid)
    finally:
        out["rss_peak"] = server.stop()
    return out


def measure_oxigraph(info: dict, lineage_rq: str, runs: int, base: Path) -> dict:
    out: dict = {}
    server = oxigraph_server(info, base / "oxigraph-serve.log", cold=False)
    try:
        out["listening_s"] = server.listening()
        out["listening_load"] = load()
        out["point_first"] = first(server, "GET", "/query", params={"query": POINT}, headers={"Accept": JSON})
        out["point"] = with_load(over_http("GET", server.sparql_url, runs, params={"query": POINT},
                                           headers={"Accept": JSON}))
        # POST: Oxigraph refuses request headers over 8 kB, and the bound lineage.rq is longer once URL-encoded
        out["lineage_rq_first"] = first(server, "POST", "/query", data={"query": lineage_rq}, headers=SPARQL_FORM)
        out["lineage_rq"] = with_load(over_http("POST", server.sparql_url, runs, data={"query": lineage_rq},
                                                headers=SPARQL_FORM))
        out["rss_end"] = tree_rss(server.proc.pid)
    finally:
        out["rss_peak"] = server.stop()
    return out


def one(entry: dict) -> str:
    """A single timed request: ms, and its status when it is not 200."""
    note = "" if entry["status"] == 200 else f" (HTTP {entry['status']})"
    return f"{entry['ms']:,.1f} ms{note}"


def table(size: str, info: dict, node: str, lx: dict, ox: dict) -> str:
    rows = [
        ("launch → listening", f"{lx['listening_s']:.2f} s", lx["listening_load"], f"{ox['listening_s']:.2f} s",
         ox["listening_load"], f"{lx['listening_s'] / ox['listening_s']:.1f}×"),
        ("/healthz, first (launch → answered)",
         f"{one(lx['healthz_first'])} ({lx['healthz_first']['since_launch_s']:.2f} s)",
         lx["healthz_first"]["load"], "—", "", "—"),
        ("/healthz p50 / p95 ms", ms(lx["healthz"]), lx["healthz"]["load"], "—", "", "—"),
        (f"/api/lineage?id={node}, first", one(lx["lineage_first"]), lx["lineage_first"]["load"],
         f"lineage.rq first: {one(ox['lineage_rq_first'])}", ox["lineage_rq_first"]["load"], "—"),
        ("/api/lineage, same URL again (answer cache) p50 / p95", ms(lx["lineage_same"]), lx["lineage_same"]["load"],
         ms(ox["lineage_rq"]) + " (lineage.rq)", ox["lineage_rq"]["load"], ratio(lx["lineage_same"], ox["lineage_rq"])),
        (f"/api/lineage, {lx['lineage_others']['n']} other orders (computed) p50 / p95", ms(lx["lineage_others"]),
         lx["lineage_others"]["load"], ms(ox["lineage_rq"]) + " (lineage.rq)", ox["lineage_rq"]["load"],
         ratio(lx["lineage_others"], ox["lineage_rq"])),
        ("/api/status, first", one(lx["status_first"]), lx["status_first"]["load"], "—", "", "—"),
        ("/api/status, same URL again p50 / p95", ms(lx["status_same"]), lx["status_same"]["load"], "—", "", "—"),
        (f"/api/status, {lx['status_others']['n']} other orders p50 / p95", ms(lx["status_others"]),
         lx["status_others"]["load"], "—", "", "—"),
        ("SPARQL point lookup (GET), first", one(lx["point_first"]), lx["point_first"]["load"],
         one(ox["point_first"]), ox["point_first"]["load"], f"{lx['point_first']['ms'] / ox['point_first']['ms']:.1f}×"),
        ("SPARQL point lookup (GET) p50 / p95", ms(lx["point"]), lx["point"]["load"], ms(ox["point"]),
         ox["point"]["load"], ratio(lx["point"], ox["point"])),
        ("canned lineage.rq (POST), first", one(lx["lineage_rq_first"]), lx["lineage_rq_first"]["load"],
         one(ox["lineage_rq_first"]), ox["lineage_rq_first"]["load"],
         f"{lx['lineage_rq_first']['ms'] / ox['lineage_rq_first']['ms']:.1f}×"),
        ("canned lineage.rq (POST) p50 / p95", ms(lx["lineage_rq"]), lx["lineage_rq"]["load"], ms(ox["lineage_rq"]),
         ox["lineage_rq"]["load"], ratio(lx["lineage_rq"], ox["lineage_rq"])),
        ("/api/lineage with If-None-Match", f"{lx['revalidate']['ms']:.2f} ms, HTTP {lx['revalidate']['status']}",
         lx["revalidate"]["load"], "—", "", "—"),
        ("server RSS at the end / peak (process tree)", f"{mb(lx['rss_end'])} / {mb(lx['rss_peak'])}", "",
         f"{mb(ox['rss_end'])} / {mb(ox['rss_peak'])}", "", f"{lx['rss_peak'] / ox['rss_peak']:.2f}×"),
    ]
    b = info
    head = [
        f"{size}: {b['quads']:,} quads; store {mb(b['lexgraph']['disk'])} on disk (Oxigraph's {mb(b['oxigraph']['disk'])}); "
        f"{b['how']}: {b['lexgraph']['seconds']:.0f} s, {mb(b['lexgraph']['peak_rss'])} peak "
        f"(load {b.get('load_at_build', '?')} after it); `oxigraph load`: {b['oxigraph']['seconds']:.0f} s, "
        f"{mb(b['oxigraph']['peak_rss'])} peak.",
        "",
        "| | lexgraph serve | load avg | oxigraph serve-read-only | load avg | ×ox |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    return "\n".join(head + [f"| {' | '.join(r)} |" for r in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="10M", choices=sorted(ORDERS))
    parser.add_argument("--runs", type=int, default=20, help="requests per median (after one warm-up)")
    parser.add_argument("--rebuild", action="store_true", help="build the store again even if var/bench has it")
    args = parser.parse_args()
    info = build_size(args.size, reuse=not args.rebuild)
    orders = ORDERS[args.size]
    node = f"eo/{FIRST + orders // 2}"
    step = orders // (args.runs + 2)  # other synthetic orders spread over the store, never the first one
    others = [f"eo/{FIRST + k * step + 1}" for k in range(1, args.runs + 1)]
    lineage_rq = _inline(catalog()["lineage"], {"node": ID + node})
    base = WORK / args.size
    print(f"[{args.size}] lexgraph serve (load {load()})", flush=True)
    lx = measure_lexgraph(info, node, others, lineage_rq, args.runs, base)
    time.sleep(5)  # let the load average settle a little between the servers
    print(f"[{args.size}] oxigraph serve-read-only (load {load()})", flush=True)
    ox = measure_oxigraph(info, lineage_rq, args.runs, base)
    result = {"size": args.size, "node": node, "build": info, "lexgraph": lx, "oxigraph": ox,
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    (WORK / f"serve-{args.size}.json").write_text(json.dumps(result, indent=1))
    print(table(args.size, info, node, lx, ox))


if __name__ == "__main__":
    main()
