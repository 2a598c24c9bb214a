"""Generate a synthetic store of about a million triples for benchmarks (not legal data).

Synthetic orders (numbers from 900000 up, so they never collide with real ones) come in
families of ten: each order revokes a section of the previous one or the whole of it,
establishes a body that replaces the previous family member's body, directs offices and cites
code sections. Records go through the real curated loader and build, without SHACL
validation (pyshacl on a million triples takes far longer than the benchmark itself); every
synthetic source says it is synthetic.

    .venv/bin/python -m tests.benchmarks.generate --orders 5500 --store var/bench-store
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import tempfile
import time
from pathlib import Path

from graph.build import write_store
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.store import GraphStore
from loaders.curated import load_curated

FIRST = 900000
OFFICES = 20


def synthetic_orders(count: int, first: int = FIRST) -> str:
    """The curated-loader TOML of `count` synthetic orders (see the module docstring)."""
    out = [
        '[[source]]\nid = "source/synthetic"\ntitle = "Synthetic benchmark data; not a legal source"\n',
    ]
    for k in range(OFFICES):
        out.append(f'[[office]]\nid = "office/synthetic-{k}"\nname = "Synthetic Office {k}"\nsources = ["source/synthetic"]\n')
    for i in range(count):
        n = first + i
        # One day apart, never decreasing within a family of ten (a revocation may not predate
        # what it revokes): the calendar wraps only at a multiple of ten orders.
        signed = dt.date(1900, 1, 1) + dt.timedelta(days=i % 40_000)
        out.append(
            f'[[instrument]]\nid = "eo/{n}"\ntype = "ExecutiveOrder"\neo_number = {n}\n'
            f'title = "Synthetic Order {n}"\nsigned = {signed.isoformat()}\n'
            f'fr_citation = "{60 + i // 5000} FR {1000 + i}"\nsources = ["source/synthetic"]\n'
        )
        for s in range(1, 5):
            out.append(f'[[section]]\nid = "eo/{n}/sec/{s}"\nheading = "Section {s}"\nsources = ["source/synthetic"]\n')
        out.append(
            f'[[organization]]\nid = "org/synthetic-{n}"\ntype = "WorkingGroup"\n'
            f'name = "Synthetic Working Group {n}"\nsources = ["source/synthetic"]\n'
        )
        edges = [("establishes", f"org/synthetic-{n}", "2", None)]
        if i % 10:
            target = f"eo/{n - 1}/sec/3" if i % 3 else f"eo/{n - 1}"
            edges.append(("revokes", target, "3", None))
            edges.append(("replaces", f"org/synthetic-{n - 1}", "2(a)", f"org/synthetic-{n}"))
        edges.append(("directs", f"office/synthetic-{i % OFFICES}", "2(b)", None))
        edges.append(("cites", f"usc/8/{1000 + i % 500}", "1", None))
        for kind, target, section, subject in edges:
            subject_line = f'subject = "{subject}"\ninstrument = "eo/{n}"\n' if subject else f'subject = "eo/{n}"\n'
            out.append(
                f'[[edge]]\n{subject_line}type = "{kind}"\nobject = "{target}"\nsection = "{section}"\n'
                f'quote = "Synthetic sentence {n}-{kind}."\nsource = "source/synthetic"\n'
            )
    return "\n".join(out)


def generate(store_dir: Path, orders: int) -> int:
    started = time.perf_counter()
    minter = Minter(DEFAULT_BASE_IRI)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "synthetic.toml"
        path.write_text(synthetic_orders(orders))
        data = Path(__file__).resolve().parents[2] / "data" / "curated"
        graphs = load_curated([*sorted(data.glob("*.toml")), path], minter)
    if store_dir.exists():
        shutil.rmtree(store_dir)
    work = store_dir.with_name(store_dir.name + ".writing")
    shutil.rmtree(work, ignore_errors=True)
    store = GraphStore.create(work)
    write_store(store, graphs, minter, "benchmark", lambda m: None, bulk=True)
    store.checkpoint(store_dir, compact=False)  # as a real build leaves it: the bulk load's files, no WAL
    triples = len(store)
    del store
    gc.collect()  # close RocksDB before its directory goes
    shutil.rmtree(work)
    print(f"generated {triples:,} triples ({orders:,} synthetic orders + the curated data) "
          f"in {time.perf_counter() - started:.1f} s -> {store_dir}")
    return triples


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5500)
    parser.add_argument("--store", default="var/bench-store")
    args = parser.parse_args()
    generate(Path(args.store), args.orders)
