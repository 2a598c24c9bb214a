"""Load the whole corpus: read, merge, reconcile, emit - and say what was found.

`load_corpus(sources_dir, minter, ctx, curated_graphs)` returns the corpus graphs and a report (a
JSON-ready dict: orders, relations by type and source, irregularities, reconciliation, coverage,
timings) that the build prints and keeps beside the store (`lexgraph reconcile` reads it).

Bad source data stops the build: a file that is not exactly as shipped (its sha256 is not the one
in the sources' MANIFEST.toml) must parse without a reported irregularity of a kind in `FATAL` (a
truncated entry, an unknown label, an unparseable date, ...); the first is raised as a DataError
naming the file and line, so the store being served stays as it was. The irregularities of the
shipped files were reviewed when they were shipped (data/README.md, `python -m loaders.coverage
--report`): they are counted and reported, not fatal.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path

from graph.edge_types import BY_NAME
from graph.errors import DataError
from graph.namespaces import LEX, Minter
from graph.progress import NO_PROGRESS, Tasks
from graph.quads import LoadedGraph
from loaders.context import Context
from loaders.corpus import merge_tables, merge_texts, read_tables, read_texts, table_sources
from loaders.corpus_emit import emit_corpus, finalise
from loaders.corpus_model import TABLE_KINDS, Corpus
from loaders.disposition_model import ParseReport
from loaders.reconcile import reconcile
from loaders.sources import markdown_texts, read_manifest

FATAL = frozenset({
    "unknown label", "ambiguous label", "unparseable date", "unparseable target", "bad FR citation",
    "missing date", "truncated line", "truncated entry", "text outside entry", "missing number",
    "malformed row", "empty value",
})


def _shipped_digests(root: Path) -> dict[str, str]:
    """shipped path (relative to root) -> sha256, from root/MANIFEST.toml."""
    doc = read_manifest(root)
    return {f["shipped"]: f["sha256"] for f in doc.get("file", []) if "shipped" in f and "sha256" in f}


def unreviewed(root: Path, paths: list[Path]) -> set[str]:
    """The files (as parsers name them) whose content is not exactly what the manifest lists."""
    digests = _shipped_digests(root)
    out = set()
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if digests.get(rel) != hashlib.sha256(path.read_bytes()).hexdigest():
            out.add(path.as_posix())
    return out


def load_corpus(
    root: Path, minter: Minter, ctx: Context, curated: list[LoadedGraph], tasks: Tasks = NO_PROGRESS
) -> tuple[list[LoadedGraph], dict]:
    if not root.is_dir():
        raise DataError(root, "corpus sources directory not found")
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    corpus = Corpus()
    docs = table_sources(root)
    corpus.sources = {d.id: d for d in docs}
    corpus.tables_through = {d.kind: d.covers_through for d in docs if d.covers_through}
    parse = ParseReport()
    records = read_tables(docs, parse, tasks)
    _refuse_bad_data(root, [d.path for d in docs], parse)
    merge_tables(corpus, records)
    seconds["tables"] = time.perf_counter() - clock

    clock = time.perf_counter()
    archive = [p for p in (root / "eo-markdown").glob("*") if p.is_file()] if (root / "eo-markdown").is_dir() else []
    fresh = unreviewed(root, [p for p in archive if p.suffix == ".xz"])
    texts = list(markdown_texts(root))
    merge_texts(corpus, root, read_texts(texts, ctx, tasks=tasks))
    if fresh:
        bad = [i for i in corpus.issues if i.kind == "unreadable text"]
        if bad:
            raise DataError(bad[0].file, bad[0].text)
    del texts
    seconds["texts"] = time.perf_counter() - clock

    clock = time.perf_counter()
    from loaders.corpus import check_nodes

    check_nodes(corpus)
    finalise(corpus, ctx)
    tabled = {n.id for n in corpus.nodes.values() if n.sources & {d.id for d in docs}}
    rec = reconcile(corpus, tabled)
    seconds["merge and reconcile"] = time.perf_counter() - clock

    clock = time.perf_counter()
    edge_props = {LEX[t.prop] for t in BY_NAME.values()}
    written = {(s, p, o) for g in curated for s, p, o, _g in g.quads if p in edge_props}
    labels = {n.id: n.label for n in corpus.nodes.values()}
    for node_id, data in ctx.curated.instruments.items():
        number = data.get("eo_number")
        labels[node_id] = data.get("label") or (f"EO {number}" if number else str(data.get("title", node_id)))
    graphs = emit_corpus(corpus, minter, ctx, written, labels, root)
    corpus.provisions.clear()  # the extractions' texts are in the quads now
    seconds["emit"] = time.perf_counter() - clock
    report = summarise(corpus, parse, rec.as_dict(), seconds)
    report["quads"] = {str(g.name): len(g.quads) for g in graphs}
    return graphs, report


def _refuse_bad_data(root: Path, paths: list[Path], parse: ParseReport) -> None:
    fresh = unreviewed(root, paths)
    for irregularity in parse.reported():
        if irregularity.kind in FATAL and irregularity.file in fresh:
            where = Path(irregularity.file)
            raise DataError(where, f"{irregularity.kind}: {irregularity.text} (this file is not the shipped "
                            "copy listed in MANIFEST.toml; fix the entry)", irregularity.line)


def summarise(corpus: Corpus, parse: ParseReport, reconciliation: dict, seconds: dict[str, float]) -> dict:
    """The build report: what the corpus holds and how it was read."""
    orders = [n for n in corpus.nodes.values() if n.type == "ExecutiveOrder"]
    table_ids = {d.id for d in corpus.sources.values() if d.kind in TABLE_KINDS}
    with_relations = {e.subject for e in corpus.edges.values()}
    with_relations |= {e.object.split("/sec/")[0] for e in corpus.edges.values()}
    by_type: dict[str, Counter[str]] = {}
    for edge in corpus.edges.values():
        row = by_type.setdefault(edge.type, Counter())
        row["edges"] += 1
        kinds = {ev.kind for ev in edge.table} | ({"text"} if edge.text else set())
        for kind in kinds:
            row[kind] += 1
        row["table and text"] += bool(edge.table and edge.text)
        row["notes"] += len(edge.table)
    others = Counter(n.type for n in corpus.nodes.values() if n.type != "ExecutiveOrder")
    issues = Counter(i.kind for i in corpus.issues)
    years: dict[str, Counter[str]] = {}
    for n in orders:
        signed = n.value("signed")
        year = str(signed.year) if signed is not None and hasattr(signed, "year") else "unknown"
        row = years.setdefault(year, Counter())
        row["known"] += 1
        row["entry"] += n.entry
        row["text"] += n.text is not None
        row["disposition"] += bool(n.entries & set(TABLE_KINDS))
        row["relations"] += n.id in with_relations
    return {
        "orders": {
            "total": len(orders),
            "with an entry of their own": sum(n.entry for n in orders),
            "mentioned only": sum(not n.entry for n in orders),
            "with text": sum(n.text is not None for n in orders),
            "with an entry in a disposition table or export": sum(bool(n.entries & set(TABLE_KINDS)) for n in orders),
            "named in a disposition table or export": sum(bool(n.sources & table_ids) for n in orders),
            "with relations": sum(n.id in with_relations for n in orders),
        },
        "other instruments": dict(others.most_common()),
        "relations": {k: dict(v) for k, v in sorted(by_type.items())},
        "coverage": {
            "tables_through": {k: v.isoformat() for k, v in sorted(corpus.tables_through.items())},
            "texts_through": corpus.texts_through.isoformat() if corpus.texts_through else None,
        },
        "by_year": {k: dict(v) for k, v in sorted(years.items())},
        "parse": {
            "records": dict(parse.records),
            "resolved": dict(parse.counts(True).most_common()),
            "reported": dict(parse.counts(False).most_common()),
            "reported_list": [str(i) for i in parse.reported()],
        },
        "issues": dict(issues.most_common()),
        "issues_list": [str(i) for i in corpus.issues],
        "counts": dict(corpus.counts),
        "reconciliation": reconciliation,
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
    }
