"""`lexgraph load`, `unload` and `extract`: source documents -> sourced graph facts.

`extract` reads files and prints what the loaders find (no store). `load` adds each file's graph
to the store atomically, like `build`: a new build with the current graphs plus the new ones is
validated against the SHACL shapes and swapped in, or the old store keeps serving. It records
each file in `<store>/loaded.json` (graph/loaded.py), and `lexgraph build` reads the recorded
files again (`reload_recorded`), so what `load` added survives a rebuild. `unload` takes a
document out of the store and the record.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from rdflib import URIRef
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph import loaded
from graph.errors import NotFound, StoreMissing
from graph.namespaces import Minter
from graph.quads import LoadedGraph
from graph.settings import Settings

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _files(args: argparse.Namespace) -> list[Path]:
    paths = []
    for name in args.paths:
        path = Path(name)
        if not path.is_file():
            raise NotFound(str(path), message=f"{path}: no such file")
        paths.append(path)
    return paths


def cmd_load(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import load_into
    from graph.namespaces import Minter
    from graph.store import GraphStore
    from loaders.registry import load_files

    paths = _files(args)
    root = settings.store
    store = GraphStore.open(root)
    minter = Minter(store.base_iri)
    del store
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True, disable=len(paths) < 3) as bar:
        task = bar.add_task("reading sources", total=len(paths))
        graphs = load_files(paths, minter, settings.data, progress=lambda _p: bar.advance(task))
    sources = [loaded.LoadedSource.of(g.path, str(g.name)) for g in graphs]
    with err.status("building") as status:
        report = load_into(root, graphs, minter, progress=lambda m: status.update(m), sources=sources)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}", markup=True)
    err.print(
        f"loaded {len(graphs)} file(s) ({sum(len(g.quads) for g in graphs)} quads) -> {report.store_dir}; "
        f"{report.triples} triples in {len(report.graphs)} named graphs "
        "(validated against ontology/shapes.ttl); recorded for `lexgraph build`"
    )
    return 0


def reload_recorded(root: Path, minter: Minter, data: Path) -> Callable[[], tuple[list[LoadedGraph], list[str]]]:
    """For `lexgraph build` (called under the writer lock): the graphs of the documents `load`
    recorded, read again from their files. A file that is gone is named in a warning; its graph is
    kept as the current build has it, or left out if the current build does not have it."""

    def again() -> tuple[list[LoadedGraph], list[str]]:
        from graph.build import current_graphs
        from graph.store import GraphStore
        from loaders.registry import load_files

        sources = loaded.read(root)
        present = [s for s in sources if Path(s.path).is_file()]
        graphs = load_files([Path(s.path) for s in present], minter, data) if present else []
        warnings = [f"{s.path}: changed since it was loaded on {s.loaded}; read as it is now"
                    for s in present if loaded.sha256_of(Path(s.path)) != s.sha256]
        missing = [s for s in sources if not Path(s.path).is_file()]
        if not missing:
            return graphs, warnings
        carried: dict[URIRef, LoadedGraph] = {}
        try:
            current = GraphStore.open(root)
            if current.base_iri == minter.base:
                carried = {g.name: g for g in current_graphs(current, minter)}
            del current
        except StoreMissing:
            pass
        for source in missing:
            kept = carried.get(URIRef(source.graph))
            if kept is not None:
                graphs.append(kept)
                warnings.append(f"{source.path}: loaded on {source.loaded}, but the file is gone; its graph "
                                f"{source.graph} is kept as the current build has it (restore the file, or "
                                f"`lexgraph unload {source.path}` to drop it)")
            else:
                warnings.append(f"{source.path}: loaded on {source.loaded}, but the file is gone and the current "
                                f"build does not have its graph {source.graph}: it is left out (restore the file "
                                f"and build again, or `lexgraph unload {source.path}`)")
        return graphs, warnings

    return again


def cmd_unload(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import unload
    from graph.store import GraphStore
    from loaders.emit import graph_name

    root = settings.store
    minter = Minter(GraphStore.open(root).base_iri)
    by_path = {s.path: s.graph for s in loaded.read(root)}
    names = []
    for given in args.targets:
        if given in by_path.values() or given.startswith(("http://", "https://")):
            names.append(URIRef(given))
        else:
            path = str(Path(given).resolve())
            names.append(URIRef(by_path.get(path) or graph_name(Path(given), minter)))
    with err.status("building") as status:
        report = unload(root, names, progress=lambda m: status.update(m))
    err.print(f"unloaded {len(names)} graph(s) -> {report.store_dir}; {report.triples} triples in "
              f"{len(report.graphs)} named graphs", markup=False)
    return 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from loaders.context import load_context
    from loaders.registry import extract_file

    path = _files(args)[0]
    extraction = extract_file(path, load_context(settings.data), eo_number=args.eo_number)
    if args.format == "json":
        print(json.dumps(extraction.as_dict(), indent=2, ensure_ascii=False))
        return 0
    for about in sorted({c.about for c in extraction.commentary}):
        out.print(f"[bold]commentary about {about}[/] ({extraction.layout}); it makes no edges of the order")
    for inst in extraction.instruments:
        out.print(f"[bold]{inst.id}[/] {inst.title or ''} ({extraction.layout})")
    out.print(
        f"{len(extraction.provisions)} provisions, {len(extraction.edges)} edges, "
        f"{len(extraction.commentary)} commentary notes"
    )
    for edge in extraction.edges:
        pin = f" § {edge.evidence.section}" if edge.evidence.section else ""
        out.print(f"  {edge.subject} [cyan]{edge.type}[/] {edge.object}{pin}", markup=True)
    for warning in extraction.warnings:
        err.print(f"warning: {warning}", markup=False)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `load` and `extract` to the lexgraph command line."""
    ld = subparsers.add_parser("load", help="add source documents' graphs to the store (atomic, validated)")
    ld.add_argument("paths", nargs="+", metavar="PATH")
    ld.add_argument("--data", help="data directory with the curated facts (default: $LEXGRAPH_DATA or data)")
    ld.set_defaults(func=cmd_load)
    un = subparsers.add_parser("unload", help="take loaded documents out of the store (and out of what build re-reads)")
    un.add_argument("targets", nargs="+", metavar="PATH|GRAPH")
    un.set_defaults(func=cmd_unload)
    ex = subparsers.add_parser("extract", help="print what the loaders find in a source document (no store)")
    ex.add_argument("paths", nargs=1, metavar="PATH")
    ex.add_argument("--format", choices=("text", "json"), default="text")
    ex.add_argument("--eo-number", type=int, help="the EO number, for a press release that does not print it")
    ex.add_argument("--data", help="data directory with the curated facts (default: $LEXGRAPH_DATA or data)")
    ex.set_defaults(func=cmd_extract)
