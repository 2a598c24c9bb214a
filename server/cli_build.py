"""`lexgraph build` (with rich progress bars and the corpus report), `lexgraph reconcile` and
`lexgraph orders`.

A build records a content hash of what it was made from (`data_hash`: every file under the data
directory, the corpus setting, the base IRI and the code that reads them); `build --if-changed`
(what `python3 dev.py serve` runs) rebuilds only when that hash differs from the current build's,
and says which it did.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.errors import NotFound, StoreMissing
from graph.progress import Task, Tasks
from graph.settings import Settings

err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
ROOT = Path(__file__).resolve().parent.parent
CODE = ("loaders", "graph", "ontology")  # what reads data/: a change here also makes a build stale


def data_hash(settings: Settings) -> str:
    """sha256 over the data directory's files (paths and contents), the corpus setting, the base IRI
    and the loaders' code."""
    digest = hashlib.sha256()
    digest.update(f"corpus={settings.corpus}\nbase={settings.base_iri}\n".encode())
    roots = [settings.data]
    if settings.corpus_dir is not None and not settings.corpus_dir.is_relative_to(settings.data):
        roots.append(settings.corpus_dir)
    roots += [ROOT / name for name in CODE]
    for base in roots:
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(f"{path.relative_to(base).as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class _RichTask(Task):
    def __init__(self, bar: Progress, task_id: int) -> None:
        self.bar, self.id = bar, task_id

    def advance(self, n: int = 1) -> None:
        self.bar.advance(self.id, n)

    def done(self) -> None:
        task = self.bar.tasks[self.id]
        self.bar.update(self.id, completed=task.total if task.total is not None else task.completed)


class RichTasks(Tasks):
    def __init__(self, bar: Progress) -> None:
        self.bar = bar

    def start(self, name: str, total: int | None = None) -> Task:
        return _RichTask(self.bar, self.bar.add_task(name, total=total))

    def message(self, text: str) -> None:
        self.bar.console.print(f"[dim]{text}[/]")


def _current_info(settings: Settings) -> dict | None:
    from graph.remote import open_store

    try:
        store = open_store(settings)
        info = dict(store.info)
    except StoreMissing:
        return None
    info["path"] = str(store.path or settings.remote)
    return info


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from graph.build import build
    from graph.namespaces import Minter
    from loaders.registry import load_build
    from server.cli_loaders import reload_recorded

    if not settings.data.is_dir():
        from graph.errors import ConfigError

        raise ConfigError(f"no data directory at {settings.data} (give --data DIR or set LEXGRAPH_DATA)")
    chunk = getattr(args, "chunk_mb", 4.0)
    if settings.remote and not 0.001 <= chunk <= 100:
        from graph.errors import ConfigError

        raise ConfigError(f"--chunk-mb {chunk:g}: give a size from 0.001 to 100 MB (one upload of the push)")
    digest = data_hash(settings)
    if getattr(args, "if_changed", False):
        current = _current_info(settings)
        if current is not None and current.get("data_hash") == digest:
            err.print(f"store is up to date: data/ unchanged since build {current.get('built')} "
                      f"({current.get('triples')} triples, hash {digest[:12]}); serving it as it is")
            return 0
        why = "no store yet" if current is None else "data/ or the loaders changed since the last build"
        err.print(f"rebuilding: {why} (hash {digest[:12]})")
    minter = Minter(settings.base_iri)
    columns = (TextColumn("{task.description:<44}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    what = "curated data only" if settings.corpus_dir is None else f"curated data + corpus {settings.corpus_dir}"
    err.print(f"building from {settings.data} ({what})")
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        tasks = RichTasks(bar)
        graphs, report = load_build(settings.data, minter, settings.corpus_dir, tasks)
        extra = {"data_hash": digest, "corpus": settings.corpus}
        if report is not None:
            extra["coverage"] = report["coverage"]
        if settings.remote:  # build and validate here, then a staged push and one switch (graph/remote.py)
            from graph.remote import build_and_push, open_store

            result, pushed = build_and_push(open_store(settings), graphs, minter, chunk_bytes=int(chunk * 1e6),
                                            tasks=tasks, info=extra, corpus=report)
            for warning in pushed.warnings:
                err.print(f"[yellow]warning:[/] {warning}")
            err.print(f"pushed {result.triples} triples in {len(result.graphs)} named graphs from {settings.data} "
                      f"to {settings.remote} in {pushed.chunks} chunks ({pushed.bytes / 1e6:,.1f} MB, "
                      f"{pushed.seconds:.1f} s, switch {pushed.switch_seconds:.2f} s; validated against "
                      "ontology/shapes.ttl before the push)")
            return 0
        again = reload_recorded(settings.store, minter, settings.data)  # what `lexgraph load` added
        result = build(settings.store, graphs, minter, progress=lambda m: None, tasks=tasks, info=extra,
                       corpus=report, also=again)
    for warning in result.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    with err.status("preparing the query projection (kept beside the build)"):
        from graph.store import GraphStore
        from queries.projection import projection

        projection(GraphStore.open(settings.store))
    if report is not None:
        print_report(report, result.seconds)
    err.print(
        f"built {result.triples} triples in {len(result.graphs)} named graphs from {settings.data} "
        f"-> {result.store_dir} (validated against ontology/shapes.ttl)"
    )
    return 0


def print_report(report: dict, seconds: dict[str, float] | None = None) -> None:
    """Orders, relations by type and source, reconciliation counts: what a corpus build printed."""
    orders = Table("orders", "count", title="Executive orders")
    for key, value in report["orders"].items():
        orders.add_row(key, str(value))
    for key, value in report["other instruments"].items():
        orders.add_row(f"other instruments: {key}", str(value))
    err.print(orders)
    sources = ("nara-disposition", "fr-export", "fr-sample", "fr-api-json", "text")
    rel = Table("type", "edges", *sources, "table and text", "notes", title="Relations by type and source "
                "(edges with at least one piece of evidence from each source)")
    for kind, row in report["relations"].items():
        rel.add_row(kind, str(row.get("edges", 0)), *(str(row.get(s, 0)) for s in sources),
                    str(row.get("table and text", 0)), str(row.get("notes", 0)))
    err.print(rel)
    rec = report["reconciliation"]
    counts = Table("reconciliation (relations between orders)", "count")
    for key, value in rec["counts"].items():
        counts.add_row(key, str(value))
    err.print(counts)
    pr = Table("type", "table", "found in text", "recall", "text", "in table", "precision",
               title="Text extraction measured against the tables")
    for kind, row in rec["precision_recall"]["by_type"].items():
        pr.add_row(kind, str(row["table"]), str(row["table_matched"]), _ratio(row["recall"]), str(row["text"]),
                   str(row["text_matched"]), _ratio(row["precision"]))
    err.print(pr)
    issues = sum(report["issues"].values())
    reported = sum(report["parse"]["reported"].values())
    resolved = sum(report["parse"]["resolved"].values())
    err.print(f"irregularities: {resolved} parsed and counted, {reported} reported; corpus issues reported: "
              f"{issues} ({', '.join(f'{k} {v}' for k, v in report['issues'].items())}). "
              "`lexgraph reconcile --issues` lists each with file and line.")
    timing = {**report.get("seconds", {}), **(seconds or {})}
    err.print("seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in timing.items()))


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _report(settings: Settings) -> dict:
    from graph.build import report_path
    from graph.store import GraphStore

    store = GraphStore.open(settings.store)
    path = report_path(store.path)
    if not path.exists():
        raise NotFound(str(path), message=f"the store at {store.path} was built without the corpus "
                       "(no report beside it); run `lexgraph build` with the corpus")
    return json.loads(path.read_text())


def cmd_reconcile(args: argparse.Namespace, settings: Settings) -> int:
    report = _report(settings)
    rec = report["reconciliation"]
    answer = {"counts": rec["counts"], "precision_recall": rec["precision_recall"],
              "disagreements": rec["disagreements"]}
    if args.kind:
        answer["disagreements"] = [d for d in answer["disagreements"] if d["kind"] == args.kind]
    if args.issues:
        answer["issues"] = report["issues_list"]
        answer["reported_irregularities"] = report["parse"]["reported_list"]
    if args.format == "json":
        print(json.dumps(answer, indent=2, ensure_ascii=False))
        return 0
    counts = Table("reconciliation", "count")
    for key, value in rec["counts"].items():
        counts.add_row(key, str(value))
    out.print(counts)
    for title, key in (("by relation type", "by_type"), ("by decade of the acting order", "by_decade")):
        table = Table("", "table", "found in text", "recall", "text", "in table", "precision",
                      title=f"Text extraction against the tables, {title}")
        for name, row in rec["precision_recall"][key].items():
            table.add_row(name, str(row["table"]), str(row["table_matched"]), _ratio(row["recall"]),
                          str(row["text"]), str(row["text_matched"]), _ratio(row["precision"]))
        out.print(table)
    shown = answer["disagreements"][: args.limit] if args.limit else answer["disagreements"]
    out.print(f"[bold]{len(answer['disagreements'])} disagreements[/]" +
              (f" (first {len(shown)}; --limit 0 for all)" if len(shown) < len(answer["disagreements"]) else ""))
    for d in shown:
        out.print(f"[cyan]{d['kind']}[/] {d['label']} ({d['decade']}): table {d['table_type'] or '-'}, "
                  f"text {d['text_type'] or '-'}", markup=True)
        for note in d["table_notes"][:3]:
            out.print(f"    {note['file']}:{note['line']}  {note['quote']}", markup=False)
        for sentence in d["text"][:2]:
            out.print(f"    {sentence['file']} § {sentence['section']}  “{sentence['quote'][:200]}”", markup=False)
    if args.issues:
        for line in answer["issues"] + answer["reported_irregularities"]:
            out.print(line, markup=False)
    return 0


def cmd_orders(args: argparse.Namespace, settings: Settings) -> int:
    from graph.remote import open_store
    from queries.answers import orders_answer

    answer = orders_answer(open_store(settings), president=args.president, year=args.year,
                           on=args.on, limit=args.limit)
    if args.format == "json":
        print(json.dumps(answer, indent=2, ensure_ascii=False))
        return 0
    counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in answer["status_counts"].items())
    out.print(f"[bold]{answer['total']} orders[/]" + (f" of {answer['president_label']}" if answer.get(
        "president_label") else "") + (f" in {args.year}" if args.year else "") + f" — status on {answer['on']}: "
        f"{counts}")
    out.print(f"[dim]{answer['coverage']['note']}[/]")
    table = Table("order", "signed", "status", "title")
    for row in answer["orders"]:
        table.add_row(row["label"], row["signed"] or "", row["status"].replace("_", " "), row["title"] or "")
    out.print(table)
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from graph.remote import open_store
    from queries.answers import search_answer

    answer = search_answer(open_store(settings), " ".join(args.words), args.limit)
    if args.format == "json":
        print(json.dumps(answer, indent=2, ensure_ascii=False))
        return 0
    if not answer["results"]:
        raise NotFound(answer["q"], message=f"no order's title has the words {answer['q']!r}")
    table = Table("order", "signed", "President", "title", "words")
    for row in answer["results"]:
        table.add_row(row["label"], row["signed"] or "", row["president"] or "", row["title"] or "",
                      f"{row['words_matched']}/{row['words']}")
    out.print(table)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    rc = subparsers.add_parser("reconcile", help="do the disposition tables and the order texts agree? counts, "
                               "precision and recall, disagreements")
    rc.add_argument("--format", choices=("text", "json"), default="text")
    rc.add_argument("--kind", choices=("table only", "text only", "contradiction", "type differs"),
                    help="only disagreements of this kind")
    rc.add_argument("--limit", type=int, default=40, help="disagreements to print (0: all; text output only)")
    rc.add_argument("--issues", action="store_true", help="also list every reported irregularity and issue")
    rc.set_defaults(func=cmd_reconcile)
    se = subparsers.add_parser("search", help="orders by the words of their title, best first")
    se.add_argument("words", nargs="+")
    se.add_argument("--limit", type=int, default=20)
    se.add_argument("--format", choices=("text", "json"), default="text")
    se.set_defaults(func=cmd_search)
    od = subparsers.add_parser("orders", help="list executive orders by President and year, with status counts")
    od.add_argument("--president", help='a President: "Obama", "barack-obama", "Joseph R. Biden Jr."')
    od.add_argument("--year", type=int, help="year of signing")
    od.add_argument("--on", help="status on this date (YYYY-MM-DD; default today)")
    od.add_argument("--limit", type=int, default=0, help="at most this many orders (0: all)")
    od.add_argument("--format", choices=("text", "json"), default="text")
    od.set_defaults(func=cmd_orders)
