"""`lexgraph load` and `lexgraph extract`: source documents -> sourced graph facts.

`extract` reads files and prints what the loaders find (no store). `load` adds each file's graph
to the store atomically, like `build`: a new build with the current graphs plus the new ones is
validated against the SHACL shapes and swapped in, or the old store keeps serving.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from graph.errors import NotFound
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
    with err.status("building") as status:
        report = load_into(root, graphs, minter, progress=lambda m: status.update(m))
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {warning}", markup=True)
    err.print(
        f"loaded {len(graphs)} file(s) ({sum(len(g.quads) for g in graphs)} quads) -> {report.store_dir}; "
        f"{report.triples} triples in {len(report.graphs)} named graphs "
        "(validated against ontology/shapes.ttl)"
    )
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
    ex = subparsers.add_parser("extract", help="print what the loaders find in a source document (no store)")
    ex.add_argument("paths", nargs=1, metavar="PATH")
    ex.add_argument("--format", choices=("text", "json"), default="text")
    ex.add_argument("--eo-number", type=int, help="the EO number, for a press release that does not print it")
    ex.add_argument("--data", help="data directory with the curated facts (default: $LEXGRAPH_DATA or data)")
    ex.set_defaults(func=cmd_extract)
