"""Print what a build of a generated store costs, beside `oxigraph load` of the same quads.

    .venv/bin/python -m tests.benchmarks.bench_build --size 1m [--keep DIR] [--skip-oxigraph]

Generates synthetic orders (tests/benchmarks/generate.py) giving about --size quads, loads them
with the real curated loader and builds them with the real `graph.build.build` (bulk write,
entailments, SHACL validation, the projection's rows kept beside the build, compaction), then
prints: seconds by stage, quads/s (of the build alone and with the loader), peak resident memory,
the store's size on disk and its WAL files; then dumps the store to N-Quads, loads that with the
`oxigraph` CLI (pip package `oxigraph`) into a fresh directory and prints its time and size; then
the cold start: a new process opens the store and answers one lineage (projection read from
disk), timed, against the same with the saved rows removed. Figures, not a test: 10 M quads take
minutes and gigabytes, so this stays out of the test suite.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.curated import load_curated
from tests.benchmarks.bench_canned import orders_for
from tests.benchmarks.generate import FIRST, synthetic_orders

ROOT = Path(__file__).resolve().parents[2]
COLD_START = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from rdflib import URIRef
from graph.store import GraphStore
from queries.lineage import lineage
store = GraphStore.open(Path(sys.argv[1]))
opened = time.perf_counter()
answer = lineage(store, URIRef(sys.argv[2]))
done = time.perf_counter()
answer = lineage(store, URIRef(sys.argv[2]))
again = time.perf_counter()
print(json.dumps({"open_s": opened - started, "first_lineage_s": done - opened, "second_lineage_s": again - done,
                  "edges": len(answer.edges)}))
"""


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def cold_start(root: Path, node: str) -> dict:
    out = subprocess.run([sys.executable, "-c", COLD_START, str(root), node], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m", help="about this many quads: 100k, 1m, 10m")
    parser.add_argument("--keep", help="build into this store root and keep it (default: a temporary one)")
    parser.add_argument("--skip-oxigraph", action="store_true", help="do not compare with `oxigraph load`")
    args = parser.parse_args()
    import queries.projection  # noqa: F401 - registers the build hook that keeps the projection's rows

    orders = orders_for(args.size)
    work = Path(tempfile.mkdtemp(prefix="lexgraph-bench-build-", dir=ROOT / "var"))
    root = Path(args.keep) if args.keep else work / "store"
    figures: dict = {"size": args.size, "orders": orders}
    try:
        minter = Minter(DEFAULT_BASE_IRI)
        clock = time.perf_counter()
        source = work / "synthetic.toml"
        source.write_text(synthetic_orders(orders))
        graphs = load_curated([*sorted((ROOT / "data" / "curated").glob("*.toml")), source], minter)
        figures["load_s"] = time.perf_counter() - clock
        figures["quads_loaded"] = sum(len(g.quads) for g in graphs)
        clock = time.perf_counter()
        if root.exists():
            shutil.rmtree(root)
        cpu = cpu_s()
        report = build(root, graphs, minter)
        del graphs
        figures["build_s"] = time.perf_counter() - clock
        figures["build_cpu_s"] = cpu_s() - cpu  # all threads: with other work on the machine, wall time alone misleads
        figures["stages_s"] = {k: round(v, 2) for k, v in report.seconds.items()}
        figures["quads_in_store"] = report.triples
        figures["build_quads_per_s"] = report.triples / figures["build_s"]
        figures["load_and_build_quads_per_s"] = report.triples / (figures["build_s"] + figures["load_s"])
        figures["peak_rss_mb"] = rss_mb()
        figures["store_mb"] = size_mb(report.store_dir)
        figures["wal_files"] = len(list(report.store_dir.glob("*.log")))
        saved = report.store_dir.with_suffix(".projection.pickle")
        figures["projection_rows_mb"] = saved.stat().st_size / 1e6 if saved.exists() else None
        node = f"{DEFAULT_BASE_IRI}eo/{FIRST + orders // 2}"
        figures["cold_start_saved_rows"] = cold_start(root, node)
        if saved.exists():
            kept = saved.read_bytes()
            saved.unlink()
            figures["cold_start_no_saved_rows"] = cold_start(root, node)
            saved.write_bytes(kept)
        if not args.skip_oxigraph:
            dump = work / "store.nq"
            store = GraphStore.open(root)
            with dump.open("wb") as fh:
                store.dump(fh, "nquads")
            del store
            target = work / "oxigraph"
            clock = time.perf_counter()
            oxigraph = Path(sys.executable).with_name("oxigraph")
            subprocess.run([str(oxigraph), "load", "--location", str(target), "--file", str(dump)], check=True,
                           capture_output=True)
            seconds = time.perf_counter() - clock
            usage = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            figures["oxigraph_load"] = {"s": seconds, "quads_per_s": report.triples / seconds,
                                        "store_mb": size_mb(target), "peak_rss_mb": usage,
                                        "wal_files": len(list(target.glob("*.log")))}
            figures["store_size_ratio_to_oxigraph"] = figures["store_mb"] / figures["oxigraph_load"]["store_mb"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(figures, indent=2, default=lambda v: round(v, 3)))
    for key, value in figures.items():
        if isinstance(value, float):
            figures[key] = round(value, 3)
    print(f"\nbuild of {figures['quads_in_store']:,} quads: {figures['build_s']:.1f} s, {figures['build_cpu_s']:.1f} s CPU "
          f"({figures['build_quads_per_s']:,.0f} quads/s; with the loader {figures['load_and_build_quads_per_s']:,.0f}), "
          f"peak RSS {figures['peak_rss_mb']:.0f} MB, store {figures['store_mb']:.0f} MB, "
          f"{figures['wal_files']} WAL files")


if __name__ == "__main__":
    main()
