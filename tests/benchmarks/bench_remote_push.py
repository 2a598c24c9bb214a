"""Print what a staged push of a large build costs, and the first answers served through it.

    .venv/bin/lexgraph --store /tmp/corpus build          # the whole corpus, embedded
    .venv/bin/python -m tests.benchmarks.bench_remote_push --store /tmp/corpus [--chunk-mb 4] [--timeout 10]

Starts an empty `oxigraph serve` on 127.0.0.1 (a free port, a temporary directory), pushes the
build with `RemoteStore.push` (the code `lexgraph build --store URL` pushes with; progress bar on
stderr), then starts `lexgraph --store URL serve` and times the first and a second
`/api/lineage?id=eo/14060`, `/api/status` and a `/sparql` point lookup. One run: the figures are
single measurements, not medians. Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from graph.remote import RemoteStore
from graph.store import GraphStore
from server.cli_build import RichTasks
from tests.conftest import free_port, start_server, stop_server
from tests.remote import OxigraphServer


def _peak_rss_mb(pid: int) -> float:
    """The process's RSS high-water mark (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _timed(client: httpx.Client, path: str, params: dict) -> tuple[float, int]:
    start = time.perf_counter()
    response = client.get(path, params=params)
    return (time.perf_counter() - start) * 1000, response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="a built store root (lexgraph build)")
    parser.add_argument("--chunk-mb", type=float, default=4.0)
    parser.add_argument("--timeout", type=float, default=10.0, help="lexgraph serve's query timeout (s)")
    args = parser.parse_args()
    local = GraphStore.open(args.store)
    with tempfile.TemporaryDirectory(prefix="bench-remote-push-") as tmp:
        oxigraph = OxigraphServer(Path(tmp) / "oxigraph", Path(tmp) / "oxigraph.log", free_port(), 600).start()
        server = None
        try:
            assert oxigraph.process is not None
            remote = RemoteStore(oxigraph.url, timeout=600)
            columns = (TextColumn("{task.description:<44}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, console=Console(stderr=True)) as bar:
                pushed = remote.push(local, local.info, chunk_bytes=int(args.chunk_mb * 1e6), tasks=RichTasks(bar))
            disk = sum(f.stat().st_size for f in (Path(tmp) / "oxigraph").rglob("*") if f.is_file()) / 1e6
            print(f"| push of {pushed.quads:,} quads in {pushed.graphs} graphs | {pushed.seconds:.1f} s "
                  f"({pushed.quads / pushed.seconds:,.0f} quads/s), {pushed.chunks} chunks of ≤ {args.chunk_mb:g} MB "
                  f"({pushed.bytes / 1e6:,.0f} MB), switch {pushed.switch_seconds:.2f} s |")
            print(f"| oxigraph serve peak RSS / on disk after the push | {_peak_rss_mb(oxigraph.process.pid):,.0f} MB "
                  f"/ {disk:,.0f} MB |")
            start = time.perf_counter()
            server = start_server(oxigraph.url, Path(tmp) / "lexgraph.log",  # type: ignore[arg-type]
                                  "--timeout", str(args.timeout))
            print(f"| `lexgraph --store URL serve` launch → listening | {time.perf_counter() - start:.2f} s |")
            point = {"query": f"SELECT ?p ?o WHERE {{ <{local.base_iri}eo/14060> ?p ?o }}"}
            cases = [("/api/lineage", {"id": "eo/14060"}), ("/api/status", {"id": "eo/14060"}), ("/sparql", point)]
            with httpx.Client(base_url=server.url, timeout=600) as client:
                for path, params in cases:
                    first, status = _timed(client, path, params)
                    again = [_timed(client, path, params)[0] for _ in range(10)]
                    print(f"| {path} ({status}) first / then median of 10 | {first:,.1f} ms / "
                          f"{statistics.median(again):,.1f} ms |")
        finally:
            if server is not None:
                stop_server(server)
            oxigraph.stop()


if __name__ == "__main__":
    main()
