"""lexgraph side by side with Oxigraph server (and rdflib-endpoint), measured in one run.

    .venv/bin/python tests/benchmarks/side_by_side.py [--sizes 100k,corpus,1M,10M] [--quick] [--reuse]
        [--processes 2] [--out BENCHMARKS.md]

For each size it builds a store (corpus: `lexgraph build`, the default full corpus; 100k/1M/10M:
tests/benchmarks/generate.py with 500/5 500/55 000 synthetic orders), exports it as N-Quads,
loads the same N-Quads with `oxigraph load`, then starts on 127.0.0.1, one after the other:
`lexgraph serve` (one process, then `--processes N`), `oxigraph serve-read-only
--union-default-graph` and, on the 100k size only, rdflib-endpoint (it loads everything into
rdflib's in-memory graph: minutes and gigabytes at 1 M). It measures:

- p50/p95 of every canned query (queries/rq, sample parameters bound with VALUES in every WHERE group) and a point
  lookup: pyoxigraph in process, lexgraph /sparql, Oxigraph server, rdflib-endpoint; and of
  /api/lineage, /api/status, /api/authority, /api/node beside Oxigraph answering the canned
  query behind each (lineage.rq, status.rq, authority.rq, node.rq);
- throughput of a point query at 1, 4 and 16 closed-loop keep-alive clients
  (tests/benchmarks/loadgen.py, and why not locust);
- cold start (launch to the first SPARQL answer; for lexgraph also to the first /api/lineage),
  build throughput and peak memory (RSS high-water of the process tree, sampled every 0.1 s),
  store size on disk, peak RSS of each server over its run.

A query slower than the timeout (10 s, the servers' default) is reported as such, not waited
for. The load average is recorded with every figure: the machine may be shared. It prints the
Markdown tables, writes tests/benchmarks/side_by_side.png, var/bench/results.json and (with
--out) BENCHMARKS.md. Nothing is ever sent anywhere but 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from graph.namespaces import DEFAULT_BASE_IRI  # noqa: E402
from graph.store import GraphStore, resolve_store_dir  # noqa: E402
from queries.catalog import catalog  # noqa: E402
from tests.benchmarks import loadgen  # noqa: E402

BIN = Path(sys.executable).parent
WORK = ROOT / "var" / "bench"
PLOT = ROOT / "tests" / "benchmarks" / "side_by_side.png"
ID = DEFAULT_BASE_IRI
SAMPLES = {"node": ID + "eo/14060", "instrument": ID + "eo/13773", "text": "USCTOC", "citation": "86 FR 71793",
           "audience": "general"}
POINT = f"SELECT ?p ?o WHERE {{ <{ID}eo/14060> ?p ?o }}"
JSON = "application/sparql-results+json"
ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"  # SELECT/ASK, and CONSTRUCT/DESCRIBE
ORDERS = {"100k": 500, "1M": 5500, "10M": 55000}
TIMEOUT = 10.0
API = {  # /api call -> the canned query behind it
    "api/lineage": ("/api/lineage?id=EO%2014060", "lineage"),
    "api/status": ("/api/status?id=EO%2013773&on=2022-03-01", "status"),
    "api/authority": ("/api/authority?id=EO%2013768", "authority"),
    "api/node": ("/api/node?id=EO%2014060", "node"),
}


# -- measuring processes --------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(c) for c in fh.read().split()]
    except OSError:
        pass
    return out


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        todo += _children(p)
    return total


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) used so far by `pid` and its live descendants."""
    total, todo = 0.0, [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            continue
        todo += _children(p)
    return total


class Sampler:
    """The RSS high-water of a process tree, sampled every 0.1 s until stopped."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak = pid, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.pid))
            self._stop.wait(0.1)

    def stop(self) -> int:
        self.peak = max(self.peak, tree_rss(self.pid))
        self._stop.set()
        self._thread.join()
        return self.peak


def timed_run(cmd: list[str], log: Path) -> tuple[float, int]:
    """Run `cmd` to its end: (seconds, peak RSS of its process tree)."""
    started = time.perf_counter()
    with log.open("w") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
        sampler = Sampler(proc.pid)
        try:
            code = proc.wait()
        finally:
            peak = sampler.stop()
            if proc.poll() is None:  # this script was stopped: stop the build and its workers too
                os.killpg(proc.pid, 9)
                proc.wait()
    if code:
        raise RuntimeError(f"{' '.join(cmd)} failed ({code}); see {log}")
    return time.perf_counter() - started, peak


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# -- stores ---------------------------------------------------------------------------------

def build_size(size: str, reuse: bool) -> dict:
    """The lexgraph store, its N-Quads and the Oxigraph store of one size, with build figures."""
    base = WORK / size
    record = base / "build.json"
    if reuse and record.exists():
        return json.loads(record.read_text())
    if base.exists():
        shutil.rmtree(base)
    base.mkdir(parents=True)
    store = base / "lexgraph"
    print(f"[{size}] building (load {load()})", flush=True)
    if size == "corpus":
        secs, peak = timed_run([str(BIN / "lexgraph"), "--store", str(store), "build"], base / "build.log")
        how = "`lexgraph build` (full corpus, SHACL validation included)"
    else:
        secs, peak = timed_run([sys.executable, "-m", "tests.benchmarks.generate", "--orders", str(ORDERS[size]),
                                "--store", str(store)], base / "build.log")
        how = f"tests/benchmarks/generate.py --orders {ORDERS[size]} (curated loader + build, no SHACL)"
    opened = GraphStore.open(store)
    quads = len(opened)
    built_dir = resolve_store_dir(store)
    del opened
    nq = base / "data.nq"
    subprocess.run([str(BIN / "lexgraph"), "--store", str(store), "export", "--format", "nquads", "-o", str(nq)],
                   cwd=ROOT, check=True)
    ox_dir = base / "oxigraph"
    ox_secs, ox_peak = timed_run([str(BIN / "oxigraph"), "load", "--location", str(ox_dir), "--file", str(nq)],
                                 base / "oxigraph-load.log")
    out = {
        "size": size, "quads": quads, "how": how, "load_at_build": load(),
        "lexgraph": {"seconds": secs, "peak_rss": peak, "disk": du(built_dir), "qps": quads / secs},
        "oxigraph": {"seconds": ox_secs, "peak_rss": ox_peak, "disk": du(ox_dir), "qps": quads / ox_secs},
        "store": str(store), "nq": str(nq), "ox_dir": str(ox_dir),
    }
    record.write_text(json.dumps(out, indent=1))
    print(f"[{size}] {quads:,} quads: lexgraph {secs:.1f} s, {peak / 2**20:.0f} MB peak; "
          f"oxigraph load {ox_secs:.1f} s, {ox_peak / 2**20:.0f} MB peak", flush=True)
    return out


# -- servers --------------------------------------------------------------------------------

class Server:
    """A server process on 127.0.0.1: its SPARQL URL, its RSS sampler and its cold start."""

    def __init__(self, name: str, cmd: list[str], base: str, sparql_path: str, log: Path, cold: bool = True,
                 cwd: Path = ROOT) -> None:
        """`cold`: wait here for the first SPARQL answer (False: the caller times its own first requests).
        `cwd`: the checkout a lexgraph server runs in (its query workers import from there)."""
        self.name, self.base, self.sparql_url = name, base, base + sparql_path
        self.launched = time.perf_counter()
        self._log = log.open("w")
        self.proc = subprocess.Popen(cmd, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.sampler = Sampler(self.proc.pid)
        self.cold_sparql: float | None = None
        if cold:
            self.cold_sparql = self._first(lambda c: c.get(self.sparql_url, params={"query": POINT},
                                                           headers={"Accept": JSON}))
        self.cold_lineage: float | None = None

    def listening(self, limit: float = 600) -> float:
        """Seconds from launch until the port accepts a TCP connection."""
        host, port = self.base.rsplit("/", 1)[1].rsplit(":", 1)
        while time.perf_counter() - self.launched < limit:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}); see {self._log.name}")
            try:
                with socket.create_connection((host, int(port)), timeout=1):
                    return time.perf_counter() - self.launched
            except OSError:
                time.sleep(0.01)
        raise RuntimeError(f"{self.name} did not listen within {limit} s")

    def _first(self, call, limit: float = 600) -> float:
        """Seconds from launch to the first 200 of `call`."""
        with httpx.Client(timeout=30) as client:
            while time.perf_counter() - self.launched < limit:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"{self.name} exited ({self.proc.returncode}); see {self._log.name}")
                try:
                    if call(client).status_code == 200:
                        return time.perf_counter() - self.launched
                except httpx.HTTPError:
                    pass
                time.sleep(0.02)
        raise RuntimeError(f"{self.name} did not answer within {limit} s")

    def first_lineage(self) -> None:
        self.cold_lineage = self._first(lambda c: c.get(self.base + API["api/lineage"][0]))

    def stop(self) -> int:
        peak = self.sampler.stop()
        os.killpg(self.proc.pid, 15)  # its own session: the server and the processes it started
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, 9)
            self.proc.wait()
        self._log.close()
        return peak


def lexgraph_server(info: dict, processes: int, log: Path, cold: bool = True) -> Server:
    """`cold`: wait for the first SPARQL answer and the first /api/lineage (False: the caller times them)."""
    port = free_port()
    cmd = [str(BIN / "lexgraph"), "--store", info["store"], "serve", "--port", str(port), "--log-level", "warning",
           "--processes", str(processes)]
    name = "lexgraph" if processes == 1 else f"lexgraph --processes {processes}"
    server = Server(name, cmd, f"http://127.0.0.1:{port}", "/sparql", log, cold)
    if cold:
        server.first_lineage()
    return server


def oxigraph_server(info: dict, log: Path, cold: bool = True) -> Server:
    port = free_port()
    # No --timeout-s: Oxigraph 0.5.13 then starts a thread per query that sleeps out the timeout,
    # and at ~1,600 point lookups/s it ran out of threads (EAGAIN) and died. The client cuts a
    # query at TIMEOUT instead, and the server is restarted so the query stops using a core.
    cmd = [str(BIN / "oxigraph"), "serve-read-only", "--location", info["ox_dir"], "--bind", f"127.0.0.1:{port}",
           "--union-default-graph"]
    return Server("oxigraph", cmd, f"http://127.0.0.1:{port}", "/query", log, cold)


def rdflib_server(info: dict, log: Path) -> Server:
    port = free_port()
    cmd = [str(BIN / "rdflib-endpoint"), "serve", info["nq"], "--host", "127.0.0.1", "--port", str(port)]
    return Server("rdflib-endpoint", cmd, f"http://127.0.0.1:{port}", "/", log)


# -- queries --------------------------------------------------------------------------------

def inline(query, params: dict[str, str]) -> str:
    """The sample parameters bound as the remote store binds them (graph/remote.py `bind`): a VALUES
    clause opening every WHERE group, sub-SELECTs included, which is how a canned query's parameter
    reaches each sub-SELECT (a VALUES only around them leaves the sub-SELECTs unbound)."""
    from rdflib import Literal, URIRef

    from graph.remote import bind

    terms = {k: URIRef(v) if v.startswith("http") else Literal(v) for k, v in params.items()}
    return bind(query.sparql, terms)


def queries() -> dict[str, str]:
    out = {"point lookup": POINT}
    for name, query in catalog().items():
        if any(p.name not in SAMPLES for p in query.params):
            print(f"skipped {name}: no sample value for its parameters", flush=True)
            continue
        out[name] = inline(query, {p.name: SAMPLES[p.name] for p in query.params})
    return out


def _in_process_child(store: str, text: str, runs: int, conn) -> None:
    opened = GraphStore.open(Path(store))
    samples = []
    for i in range(runs + 1):
        started = time.perf_counter()
        opened.query_serialized(text, result_format="json", graph_format="ntriples")
        if i:  # the first run warms the caches
            samples.append(time.perf_counter() - started)
        conn.send(samples)


def in_process(store: str, text: str, runs: int) -> dict:
    """pyoxigraph in process (in a forked child, so a query past the timeout can be stopped)."""
    parent, child = mp.get_context("fork").Pipe()
    proc = mp.get_context("fork").Process(target=_in_process_child, args=(store, text, runs, child))
    proc.start()
    samples: list[float] = []
    deadline = time.monotonic() + TIMEOUT * 2
    while proc.is_alive() or parent.poll():
        if parent.poll(0.05):
            try:
                samples = parent.recv()
            except EOFError:
                break
            if len(samples) >= runs:
                break
        if time.monotonic() > deadline:
            break
    proc.kill()
    proc.join()
    return _summary(samples, timed_out=len(samples) < runs and not samples)


def _summary(samples: list[float], timed_out: bool = False, status: str = "") -> dict:
    if not samples:
        return {"p50": None, "p95": None, "n": 0, "note": status or ("timeout" if timed_out else "no answer")}
    return {"p50": statistics.median(samples) * 1000, "p95": pct(samples, 0.95) * 1000, "n": len(samples),
            "note": status}


def over_http(method: str, url: str, runs: int, **kw) -> dict:
    """p50/p95 of one request sent `runs` times (after one warm-up) on a keep-alive connection;
    stops early past the timeout or a total of 3 s per query."""
    samples: list[float] = []
    with httpx.Client(timeout=TIMEOUT + 2) as client:
        spent = time.perf_counter()
        for i in range(runs + 1):
            started = time.perf_counter()
            try:
                response = client.request(method, url, **kw)
            except httpx.TimeoutException:
                return _summary(samples, status="timeout")
            except httpx.HTTPError as exc:
                return _summary(samples, status=type(exc).__name__)
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                return _summary(samples, status=f"HTTP {response.status_code}")
            if i:
                samples.append(elapsed)
            elif elapsed > TIMEOUT / 2:
                samples.append(elapsed)  # slow: one sample is all we take
                break
            if time.perf_counter() - spent > 3 and len(samples) >= 3:
                break
    return _summary(samples)


GET_LIMIT = 6000  # Oxigraph server answers 400 to a request whose headers pass 8 kB (lineage.rq inlined: 6.5 kB)


def sparql(server: Server, text: str, runs: int) -> dict:
    """GET, as a browser or a cache sees it; a query too long for a URL is POSTed (form-encoded), as
    the SPARQL protocol allows."""
    if len(quote(text)) > GET_LIMIT:
        return over_http("POST", server.sparql_url, runs, data={"query": text}, headers={"Accept": ACCEPT})
    return over_http("GET", server.sparql_url, runs, params={"query": text}, headers={"Accept": ACCEPT})


# -- one size -------------------------------------------------------------------------------

def measure(size: str, info: dict, args: argparse.Namespace) -> dict:
    runs = 5 if args.quick else 20
    seconds = 3.0 if args.quick else 8.0
    clients = (1, 4, 16)
    base = WORK / size
    texts = queries()
    out: dict = {"size": size, "build": info, "load_start": load(), "latency": {}, "api": {}, "throughput": {},
                 "servers": {}}
    print(f"[{size}] in-process (load {load()})", flush=True)
    for name, text in texts.items():
        out["latency"].setdefault(name, {})["in-process"] = in_process(info["store"], text, runs)

    engines: list[tuple[str, object]] = [
        ("lexgraph", lambda: lexgraph_server(info, 1, base / "lexgraph.log")),
        (f"lexgraph-{args.processes}p", lambda: lexgraph_server(info, args.processes, base / "lexgraph-np.log")),
        ("oxigraph", lambda: oxigraph_server(info, base / "oxigraph.log")),
    ]
    if size == "100k":
        engines.append(("rdflib-endpoint", lambda: rdflib_server(info, base / "rdflib.log")))
    for key, start in engines:
        print(f"[{size}] {key}: starting (load {load()})", flush=True)
        server = start()
        time.sleep(2)  # every server process's workers up (cold start is measured above)
        loadgen.run(server.sparql_url + "?query=" + quote(POINT), 4, 1.0)  # warm-up, not counted
        record = {"cold_sparql": server.cold_sparql, "cold_lineage": server.cold_lineage}
        try:
            clients_here = (1, 4) if key == "rdflib-endpoint" else clients
            for n in clients_here:
                url = server.sparql_url + "?query=" + quote(POINT)
                cpu = tree_cpu(server.proc.pid)
                result = loadgen.run(url, n, seconds)
                result["load"] = load()
                # the server's CPU per answer: on a shared machine the figure least bent by the load
                result["cpu_ms"] = (tree_cpu(server.proc.pid) - cpu) * 1000 / max(1, result["ok"])
                out["throughput"].setdefault(key, {})[str(n)] = result
                print(f"[{size}] {key}: {n} clients {result['rps']:.0f} req/s ({result['errors']} errors "
                      f"{result['reasons']}; load {result['load']})", flush=True)
            if key == "lexgraph":
                url = server.base + API["api/lineage"][0]
                result = loadgen.run(url, 4, seconds, accept="application/json")
                result["load"] = load()
                out["throughput"].setdefault("lexgraph /api/lineage", {})["4"] = result
            # latency after throughput: a query left running past a client's timeout (rdflib-endpoint
            # cannot stop one) must not eat into the throughput figures
            if key != f"lexgraph-{args.processes}p":  # the same request path as one process: latency once
                stuck = 0
                for name, text in texts.items():
                    if stuck >= 2:  # it cannot stop a query: two are still running, the rest would wait
                        out["latency"][name][key] = _summary([], status="not run (2 timeouts before)")
                        continue
                    out["latency"][name][key] = entry = sparql(server, text, runs)
                    stuck += key == "rdflib-endpoint" and entry["note"] == "timeout"
                    if key == "oxigraph" and entry["note"] == "timeout":  # stop the query: a new server
                        record["peak_rss"] = max(record.get("peak_rss", 0), server.stop())
                        server = start()
                if key == "lexgraph":
                    for name, (path, _) in API.items():
                        out["api"][name] = over_http("GET", server.base + path, runs)
        finally:
            record["peak_rss"] = max(record.get("peak_rss", 0), server.stop())
        out["servers"][key] = record
    out["load_end"] = load()
    return out


# -- report ---------------------------------------------------------------------------------

def ms(entry: dict | None) -> str:
    if not entry:
        return "—"
    if entry.get("p50") is None:
        return entry.get("note") or "—"
    return f"{entry['p50']:.2f} / {entry['p95']:.2f}"


def ratio(entry: dict | None, ref: dict | None) -> str:
    if not entry or not ref or entry.get("p50") is None or ref.get("p50") is None:
        return "—"
    return f"{entry['p50'] / ref['p50']:.2f}×"


def mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def markdown(results: list[dict], args: argparse.Namespace) -> str:
    npname = f"lexgraph-{args.processes}p"
    lines: list[str] = []
    for r in results:
        b = r["build"]
        lines += [f"### {r['size']}: {b['quads']:,} quads (load average {r['load_start']} at start, "
                  f"{r['load_end']} at end)", ""]
        has_rdflib = any("rdflib-endpoint" in v for v in r["latency"].values())
        head = "| query | in-process p50 / p95 ms | lexgraph /sparql p50 / p95 | ×ox | Oxigraph server p50 / p95 |"
        sep = "| --- | --- | --- | --- | --- |"
        if has_rdflib:
            head += " rdflib-endpoint p50 / p95 | ×ox |"
            sep += " --- | --- |"
        lines += [head, sep]
        for name, row in r["latency"].items():
            ox = row.get("oxigraph")
            line = (f"| {name} | {ms(row.get('in-process'))} | {ms(row.get('lexgraph'))} | "
                    f"{ratio(row.get('lexgraph'), ox)} | {ms(ox)} |")
            if has_rdflib:
                line += f" {ms(row.get('rdflib-endpoint'))} | {ratio(row.get('rdflib-endpoint'), ox)} |"
            lines.append(line)
        for name, entry in r["api"].items():
            ox = r["latency"].get(API[name][1], {}).get("oxigraph")
            lines.append(f"| /{name} (vs {API[name][1]}.rq) | — | {ms(entry)} | {ratio(entry, ox)} | {ms(ox)} |"
                         + (" — | — |" if has_rdflib else ""))
        lines += ["", "Throughput, point lookup (GET /sparql), closed loop, keep-alive, requests/s "
                  "(ratio to Oxigraph server; [load average during the run, the server's CPU time per answer]):", "",
                  "| server | 1 client | 4 clients | 16 clients |", "| --- | --- | --- | --- |"]
        ox_t = r["throughput"].get("oxigraph", {})
        for key, row in r["throughput"].items():
            cells = []
            for n in ("1", "4", "16"):
                t = row.get(n)
                if not t:
                    cells.append("—")
                    continue
                ref = ox_t.get(n)
                rel = f" ({t['rps'] / ref['rps']:.2f}×)" if ref and ref["rps"] and "api" not in key else ""
                err = f", {t['errors']} errors" if t["errors"] else ""
                cpu = f", {t['cpu_ms']:.2f} ms CPU/answer" if "cpu_ms" in t else ""
                cells.append(f"{t['rps']:,.0f}{rel} [load {t['load'].split()[0]}{cpu}{err}]")
            lines.append(f"| {key} | " + " | ".join(cells) + " |")
        lines += ["", "| | lexgraph | Oxigraph | ratio |", "| --- | --- | --- | --- |"]
        lx, ox = b["lexgraph"], b["oxigraph"]
        lines.append(f"| build ({b['how']} vs `oxigraph load`) | {lx['seconds']:.1f} s, {lx['qps']:,.0f} quads/s | "
                     f"{ox['seconds']:.1f} s, {ox['qps']:,.0f} quads/s | {lx['qps'] / ox['qps']:.2f}× |")
        lines.append(f"| build peak RSS | {mb(lx['peak_rss'])} | {mb(ox['peak_rss'])} | "
                     f"{lx['peak_rss'] / ox['peak_rss']:.2f}× |")
        lines.append(f"| store on disk | {mb(lx['disk'])} | {mb(ox['disk'])} | {lx['disk'] / ox['disk']:.2f}× |")
        s = r["servers"]
        oxs = s["oxigraph"]
        for key in ("lexgraph", npname):
            if key not in s:
                continue
            x = s[key]
            lines.append(f"| cold start, launch → first SPARQL answer ({key}) | {x['cold_sparql']:.2f} s | "
                         f"{oxs['cold_sparql']:.2f} s | {x['cold_sparql'] / oxs['cold_sparql']:.1f}× |")
            lines.append(f"| cold start, launch → first /api/lineage ({key}) | {x['cold_lineage']:.2f} s | — | — |")
            lines.append(f"| server peak RSS, whole process tree ({key}) | {mb(x['peak_rss'])} | "
                         f"{mb(oxs['peak_rss'])} | {x['peak_rss'] / oxs['peak_rss']:.2f}× |")
        if "rdflib-endpoint" in s:
            x = s["rdflib-endpoint"]
            lines.append(f"| rdflib-endpoint: launch → first answer; peak RSS | {x['cold_sparql']:.2f} s; "
                         f"{mb(x['peak_rss'])} | {oxs['cold_sparql']:.2f} s; {mb(oxs['peak_rss'])} | — |")
        lines.append("")
    return "\n".join(lines)


def plot(results: list[dict], args: argparse.Namespace) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(len(results), 2, figsize=(14, 4.5 * len(results)), squeeze=False)
    for row, r in zip(axes, results, strict=True):
        lat_ax, thr_ax = row
        names = list(r["latency"])
        engines = ["in-process", "lexgraph", "oxigraph", "rdflib-endpoint"]
        width = 0.2
        for k, engine in enumerate(engines):
            values = [(r["latency"][n].get(engine) or {}).get("p50") for n in names]
            if not any(values):
                continue
            xs = [i + (k - 1.5) * width for i in range(len(names))]
            lat_ax.bar(xs, [v or 0 for v in values], width, label=engine)
        lat_ax.set_yscale("log")
        lat_ax.set_xticks(range(len(names)))
        lat_ax.set_xticklabels(names, rotation=60, ha="right", fontsize=8)
        lat_ax.set_ylabel("p50 ms (log)")
        lat_ax.set_title(f"{r['size']} ({r['build']['quads']:,} quads): latency per query")
        lat_ax.legend(fontsize=8)
        for key, series in r["throughput"].items():
            if "api" in key:
                continue
            ns = sorted(series, key=int)
            thr_ax.plot([int(n) for n in ns], [series[n]["rps"] for n in ns], marker="o", label=key)
        thr_ax.set_xscale("log", base=2)
        thr_ax.set_xticks([1, 4, 16])
        thr_ax.set_xticklabels(["1", "4", "16"])
        thr_ax.set_xlabel("clients")
        thr_ax.set_ylabel("point lookups / s")
        thr_ax.set_title(f"{r['size']}: throughput (load avg {r['load_start']})")
        thr_ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(PLOT, dpi=90)


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    ox = subprocess.run([str(BIN / "oxigraph"), "--version"], capture_output=True, text=True).stdout.strip()
    import pyoxigraph

    return {"nproc": os.cpu_count(), "ram_gb": round(mem / 2**20, 1), "cpu": cpu, "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "oxigraph": ox, "kernel": platform.release(),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100k,corpus,1M", help="comma-separated: 100k, corpus, 1M, 10M")
    parser.add_argument("--quick", action="store_true", help="fewer runs (5) and 3 s load runs instead of 20 and 8 s")
    parser.add_argument("--reuse", action="store_true", help="reuse the stores built by an earlier run")
    parser.add_argument("--processes", type=int, default=2, help="the multi-process lexgraph variant")
    parser.add_argument("--out", help="write this Markdown file (e.g. BENCHMARKS.md) with the tables")
    parser.add_argument("--report-only", action="store_true",
                        help="no measuring: the tables, plot and --out file from var/bench/results.json")
    args = parser.parse_args()
    if args.report_only:
        saved = json.loads((WORK / "results.json").read_text())
        table = markdown(saved["results"], args)
        print(table)
        plot(saved["results"], args)
        if args.out:
            saved["machine"].setdefault("command", "tests/benchmarks/side_by_side.py --sizes 100k,corpus,1M "
                                        "--out BENCHMARKS.md")
            write_report(Path(args.out), saved["machine"], table, args)
        return
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the `finally`s: stop the servers
    WORK.mkdir(parents=True, exist_ok=True)
    info = machine()
    info["command"] = " ".join(["tests/benchmarks/side_by_side.py", *sys.argv[1:]])
    print(f"machine: {info}", flush=True)
    results = []
    for size in args.sizes.split(","):
        built = build_size(size.strip(), args.reuse)
        results.append(measure(size.strip(), built, args))
        (WORK / "results.json").write_text(json.dumps({"machine": info, "results": results}, indent=1))
    table = markdown(results, args)
    print(table)
    plot(results, args)
    print(f"plot: {PLOT.relative_to(ROOT)}; figures: {(WORK / 'results.json').relative_to(ROOT)}")
    if args.out:
        write_report(Path(args.out), info, table, args)


def write_report(path: Path, info: dict, table: str, args: argparse.Namespace) -> None:
    """Write the figures between the markers of `path` (kept: everything outside them)."""
    command = info.get("command") or " ".join(["tests/benchmarks/side_by_side.py", *sys.argv[1:]])
    figures = (
        f"{BEGIN}\nMeasured {info['date']} with `.venv/bin/python {command}`.\n\n"
        f"Machine: `nproc` {info['nproc']} ({info['cpu']}), {info['ram_gb']} GB RAM, Linux {info['kernel']}, "
        f"Python {info['python']}, pyoxigraph {info['pyoxigraph']}, {info['oxigraph']}. "
        "The machine was shared with other work during the run: the load average is given with the figures.\n\n"
        f"![latency and throughput]({PLOT.relative_to(ROOT)})\n\n{table}\n{END}\n"
    )
    old = path.read_text() if path.exists() else "# Benchmarks\n\n" + BEGIN + END
    head, _, rest = old.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(head + figures + tail.lstrip("\n"))


BEGIN, END = "<!-- figures: written by tests/benchmarks/side_by_side.py -->", "<!-- /figures -->"


if __name__ == "__main__":
    main()
