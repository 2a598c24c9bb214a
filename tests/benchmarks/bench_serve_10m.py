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
- then, the same again on the same store with the projection's rows kept beside it, as `lexgraph
  build` keeps them (`queries.projection.prepare_build`, the build's own hook, run here in process
  and timed; the store is given a build record for it, and both are removed afterwards so that
  side_by_side.py --reuse still measures the store as generated).
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
    build_size,
    inline,
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


def sparql_figures(server, path: str, lineage_rq: str, runs: int) -> dict:  # noqa: ANN001 - a side_by_side Server
    """The same SPARQL on either server (its endpoint at `path`): a point lookup by GET, lineage.rq by POST
    (Oxigraph refuses request headers over 8 kB, and the bound lineage.rq is longer once URL-encoded)."""
    return {
        "point_first": first(server, "GET", path, params={"query": POINT}, headers={"Accept": JSON}),
        "point": with_load(over_http("GET", server.sparql_url, runs, params={"query": POINT},
                                     headers={"Accept": JSON})),
        "lineage_rq_first": first(server, "POST", path, data={"query": lineage_rq}, headers=SPARQL_FORM),
        "lineage_rq": with_load(over_http("POST", server.sparql_url, runs, data={"query": lineage_rq},
                                          headers=SPARQL_FORM)),
    }


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
        out.update(sparql_figures(server, "/sparql", lineage_rq, runs))
        out["revalidate"] = revalidate(server, lineage)
        out["rss_end"] = tree_rss(server.proc.pid)
    finally:
        out["rss_peak"] = server.stop()
    return out


def keep_rows(store_root: str) -> tuple[float, list[Path]]:
    """Keep the projection's rows beside a generated store as `lexgraph build` does: (seconds, files written)."""
    from graph.store import GraphStore, resolve_store_dir
    from queries.projection import prepare_build

    store_dir = resolve_store_dir(Path(store_root))
    record = store_dir.with_suffix(".json")
    written = [] if record.exists() else [record]
    if written:
        record.write_text(json.dumps({"base_iri": ID, "built": "generated-bench", "graphs": []}))
    store = GraphStore.open(store_dir)
    started = time.perf_counter()
    prepare_build(store, store_dir)
    seconds = time.perf_counter() - started
    del store
    return seconds, [*written, store_dir.with_suffix(".projection.pickle")]


def measure_oxigraph(info: dict, lineage_rq: str, runs: int, base: Path) -> dict:
    out: dict = {}
    server = oxigraph_server(info, base / "oxigraph-serve.log", cold=False)
    try:
        out["listening_s"] = server.listening()
        out["listening_load"] = load()
        out.update(sparql_figures(server, "/query", lineage_rq, runs))
        out["rss_end"] = tree_rss(server.proc.pid)
    finally:
        out["rss_peak"] = server.stop()
    return out


def one(entry: dict) -> str:
    """A single timed request: ms, and its status when it is not 200."""
    note = "" if entry["status"] == 200 else f" (HTTP {entry['status']})"
    return f"{entry['ms']:,.1f} ms{note}"


def lexgraph_cells(x: dict) -> list[tuple[str, str]]:
    """One lexgraph run's column: (figure, load average when it was taken) per row of the table."""
    return [
        (f"{x['listening_s']:.2f} s", x["listening_load"]),
        (f"{one(x['healthz_first'])} ({x['healthz_first']['since_launch_s']:.2f} s)", x["healthz_first"]["load"]),
        (ms(x["healthz"]), x["healthz"]["load"]),
        (one(x["lineage_first"]), x["lineage_first"]["load"]),
        (ms(x["lineage_same"]), x["lineage_same"]["load"]),
        (ms(x["lineage_others"]), x["lineage_others"]["load"]),
        (one(x["status_first"]), x["status_first"]["load"]),
        (ms(x["status_same"]), x["status_same"]["load"]),
        (ms(x["status_others"]), x["status_others"]["load"]),
        (one(x["point_first"]), x["point_first"]["load"]),
        (ms(x["point"]), x["point"]["load"]),
        (one(x["lineage_rq_first"]), x["lineage_rq_first"]["load"]),
        (ms(x["lineage_rq"]), x["lineage_rq"]["load"]),
        (f"{x['revalidate']['ms']:.2f} ms, HTTP {x['revalidate']['status']}", x["revalidate"]["load"]),
        (f"{mb(x['rss_end'])} / {mb(x['rss_peak'])}", ""),
    ]


def table(size: str, info: dict, node: str, lx: dict, kept: dict, ox: dict) -> str:
    n = lx["lineage_others"]["n"]
    rq = f"{ms(ox['lineage_rq'])} (lineage.rq)"
    oxigraph = [  # (label, Oxigraph's figure, its load, lexgraph (generated store) ÷ Oxigraph)
        ("launch → listening", f"{ox['listening_s']:.2f} s", ox["listening_load"],
         f"{lx['listening_s'] / ox['listening_s']:.1f}×"),
        ("/healthz, first (since launch)", "—", "", "—"),
        ("/healthz p50 / p95 ms", "—", "", "—"),
        (f"/api/lineage?id={node}, first", f"{one(ox['lineage_rq_first'])} (lineage.rq)",
         ox["lineage_rq_first"]["load"], "—"),
        ("/api/lineage, same URL again (answer cache) p50 / p95", rq, ox["lineage_rq"]["load"],
         ratio(lx["lineage_same"], ox["lineage_rq"])),
        (f"/api/lineage, {n} other orders (computed) p50 / p95", rq, ox["lineage_rq"]["load"],
         ratio(lx["lineage_others"], ox["lineage_rq"])),
        ("/api/status, first", "—", "", "—"),
        ("/api/status, same URL again p50 / p95", "—", "", "—"),
        (f"/api/status, {n} other orders p50 / p95", "—", "", "—"),
        ("SPARQL point lookup (GET), first", one(ox["point_first"]), ox["point_first"]["load"],
         f"{lx['point_first']['ms'] / ox['point_first']['ms']:.1f}×"),
        ("SPARQL point lookup (GET) p50 / p95", ms(ox["point"]), ox["point"]["load"], ratio(lx["point"], ox["point"])),
        ("canned lineage.rq (POST), first", one(ox["lineage_rq_first"]), ox["lineage_rq_first"]["load"],
         f"{lx['lineage_rq_first']['ms'] / ox['lineage_rq_first']['ms']:.1f}×"),
        ("canned lineage.rq (POST) p50 / p95", ms(ox["lineage_rq"]), ox["lineage_rq"]["load"],
         ratio(lx["lineage_rq"], ox["lineage_rq"])),
        ("/api/lineage with If-None-Match (304)", "—", "", "—"),
        ("server RSS at the end / peak (process tree)", f"{mb(ox['rss_end'])} / {mb(ox['rss_peak'])}", "",
         f"{lx['rss_peak'] / ox['rss_peak']:.1f}×"),
    ]
    b = info
    lines = [
        f"{size}: {b['quads']:,} quads; store {mb(b['lexgraph']['disk'])} on disk (Oxigraph's "
        f"{mb(b['oxigraph']['disk'])}); {b['how']}: {b['lexgraph']['seconds']:.0f} s, "
        f"{mb(b['lexgraph']['peak_rss'])} peak (load {b.get('load_at_build', '?')} after it); `oxigraph load`: "
        f"{b['oxigraph']['seconds']:.0f} s, {mb(b['oxigraph']['peak_rss'])} peak. Projection rows kept beside "
        f"the store (as `lexgraph build` does) in {kept['rows_s']:.1f} s.",
        "",
        "| | lexgraph serve, store as generated | load avg | lexgraph serve, rows kept | load avg "
        "| oxigraph serve-read-only | load avg | ×ox (as generated) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for (label, ox_value, ox_load, rel), (a, a_load), (k, k_load) in zip(
            oxigraph, lexgraph_cells(lx), lexgraph_cells(kept), strict=True):
        lines.append(f"| {label} | {a} | {a_load} | {k} | {k_load} | {ox_value} | {ox_load} | {rel} |")
    return "\n".join(lines)


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
    lineage_rq = inline(catalog()["lineage"], {"node": ID + node})
    base = WORK / args.size
    print(f"[{args.size}] lexgraph serve (load {load()})", flush=True)
    lx = measure_lexgraph(info, node, others, lineage_rq, args.runs, base)
    time.sleep(5)
    print(f"[{args.size}] keeping the projection's rows beside the store (load {load()})", flush=True)
    seconds, written = keep_rows(info["store"])
    try:
        print(f"[{args.size}] lexgraph serve, rows kept ({seconds:.1f} s to make; load {load()})", flush=True)
        kept = measure_lexgraph(info, node, others, lineage_rq, args.runs, base)
        kept["rows_s"], kept["rows_load"] = seconds, load()
    finally:
        for path in written:
            path.unlink(missing_ok=True)
    time.sleep(5)  # let the load average settle a little between the servers
    print(f"[{args.size}] oxigraph serve-read-only (load {load()})", flush=True)
    ox = measure_oxigraph(info, lineage_rq, args.runs, base)
    result = {"size": args.size, "node": node, "build": info, "lexgraph": lx, "lexgraph_rows_kept": kept, "oxigraph": ox,
              "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    (WORK / f"serve-{args.size}.json").write_text(json.dumps(result, indent=1))
    print(table(args.size, info, node, lx, kept, ox))


if __name__ == "__main__":
    main()
