"""Atomic builds: write a new store beside the current one, validate it, then swap it in.

Layout of a store root (default ./var/store):

    current -> builds/20261125T081500Z-4f2a     the store being served (a symlink)
    builds/20261125T081500Z-4f2a/               one complete, validated build
    builds/.tmp-20261125T091000Z-77aa/          a build in progress (never served)

`current` changes only by `os.replace` of a symlink, which is atomic on POSIX: a reader sees the
old build or the new one, never a half-written one. A failed build deletes its temporary
directory; an interrupted one leaves it behind, and the next build sweeps it. pyoxigraph's
`bulk_load` is not transactional, so we never write into the served directory at all.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import gc
import json
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, XSD

from graph import loaded as loaded_record
from graph.errors import InvalidInput, LexgraphError, NotFound, ValidationFailed, storage_error
from graph.loaded import LoadedSource
from graph.namespaces import Minter
from graph.progress import NO_PROGRESS, Task, Tasks
from graph.quads import LoadedGraph
from graph.store import BULK_LOADS, GraphStore
from graph.validate import (
    PYSHACL_MAX_TRIPLES,
    PropertyChecks,
    shape_queries,
    validate_store,
    validate_store_sparql,
)
from ontology import ONTOLOGY_IRI, VOCABULARY

KEEP_BUILDS = 3
# Quads per bulk load. pyoxigraph's bulk loader holds a whole call in memory (one call for a million
# quads peaks at 1.2 GB); each further call lets RocksDB compact, and compacted files take about twice
# the space (at a million quads: one call 155 MB, two 210 MB, four 293 MB). At 1.09 M quads, four loads of
# at most 350,000 two at a time peaked lower than three of 500,000 one at a time (725 vs 830 MB for the
# whole benchmark process) and took 252 MB, not 229; one at a time (GraphStore.add_quads, BULK_LOADS) they
# peak at 600-650 MB.
BATCH = 350_000
# The loaded quads' last batch is written before the entailments are worked out once it has this many
# quads (it loads meanwhile); a smaller one waits for the entailments and goes in the same load.
EARLY_BATCH = 50_000
# Called on every new build once it is validated, before it becomes current: (store, the directory
# the build will have). queries/projection.py registers the one that keeps the projection's rows
# beside the build (data flows graph -> queries, so graph/ cannot call it by name).
_PREPARE: list[Callable[[GraphStore, Path, Sequence[Sequence]], None]] = []
VOID_TRIPLES = URIRef("http://rdfs.org/ns/void#triples")
Progress = Callable[[str], None]

# Materialise the standard super-properties and super-classes the ontology declares, so that
# generic tools (asking for eli:repeals or schema:Legislation) find the data without reasoning.
ENTAILMENT_PAIRS = """
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?kind ?sub ?super WHERE {
      { GRAPH <{ontology}> { ?sub rdfs:subPropertyOf+ ?super } BIND ("property" AS ?kind) }
      UNION
      { GRAPH <{ontology}> { ?sub rdfs:subClassOf+ ?super } BIND ("class" AS ?kind) }
      FILTER (isIRI(?sub) && isIRI(?super))
    } ORDER BY ?kind ?sub ?super"""
ENTAILMENT_UPDATES = (
    """
    INSERT { GRAPH <{entailed}> { ?s <{super}> ?o } }
    WHERE {
      GRAPH ?g { ?s <{sub}> ?o }
      FILTER (?g != <{ontology}>)
      FILTER NOT EXISTS { GRAPH ?h { ?s <{super}> ?o } }
    }""",
    """
    INSERT { GRAPH <{entailed}> { ?s a <{super}> } }
    WHERE {
      GRAPH ?g { ?s a <{sub}> }
      FILTER (?g != <{ontology}>)
      FILTER NOT EXISTS { GRAPH ?h { ?s a <{super}> } }
    }""",
)


def register_prepare(hook: Callable[[GraphStore, Path, Sequence[Sequence]], None]) -> None:
    """Run `hook(store, final_dir, written)` on each validated build before it is swapped in (once per
    hook); `written`: every quad the build wrote, in batches (what the store holds, some perhaps twice)."""
    if hook not in _PREPARE:
        _PREPARE.append(hook)


@dataclass
class BuildReport:
    store_dir: Path
    triples: int
    graphs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    corpus: dict | None = None  # what the corpus loaders found (loaders.corpus_load.summarise)
    seconds: dict[str, float] = field(default_factory=dict)


def report_path(store_dir: Path) -> Path:
    """The corpus report kept beside a build (`lexgraph reconcile` reads it)."""
    return store_dir.with_suffix(".report.json")


def _stamp() -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"{now}-{secrets.token_hex(2)}"


def _sweep(builds: Path, keep: Path | None) -> None:
    """Remove interrupted builds and all but the newest KEEP_BUILDS complete ones."""
    if not builds.exists():
        return
    for leftover in builds.glob(".tmp-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    complete = sorted(p for p in builds.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in complete[:-KEEP_BUILDS]:
        if keep is None or old.resolve() != keep.resolve():
            shutil.rmtree(old, ignore_errors=True)
            old.with_suffix(".json").unlink(missing_ok=True)
            report_path(old).unlink(missing_ok=True)
            old.with_suffix(".projection.pickle").unlink(missing_ok=True)


def _swap_current(root: Path, target: Path) -> None:
    link = root / "current"
    tmp = root / f".current-{secrets.token_hex(4)}"
    tmp.symlink_to(target.relative_to(root))
    os.replace(tmp, link)


def build_metadata(minter: Minter, graphs: Sequence[LoadedGraph], stamp: str) -> list:
    meta = minter.graph("meta")
    quads = []
    build = minter.graph("meta/build/" + stamp.lower())
    quads.append((build, RDF.type, PROV.Activity, meta))
    ended = Literal(dt.datetime.now(dt.UTC).isoformat(), datatype=XSD.dateTime)
    quads.append((build, PROV.endedAtTime, ended, meta))
    for loaded in graphs:
        quads.append((loaded.name, RDF.type, PROV.Entity, meta))
        quads.append((loaded.name, DCTERMS.source, Literal(loaded.path.as_posix()), meta))
        quads.append((loaded.name, VOID_TRIPLES, Literal(len(loaded.quads)), meta))
        quads.append((loaded.name, PROV.wasGeneratedBy, build, meta))
    return quads


def write_store(
    store: GraphStore, graphs: Sequence[LoadedGraph], minter: Minter, stamp: str, progress: Progress,
    tasks: Tasks = NO_PROGRESS, bulk: bool = False, checks: PropertyChecks | None = None,
) -> None:
    """Fill an empty store: ontology, every loaded graph, metadata, entailments. With `bulk` the
    quads go in as few bulk loads as memory allows (BATCH quads each, whatever their graph): no
    transaction, no write-ahead log (the ontology too), and each load runs in the background
    (GraphStore.add_quads), so the loaded quads are loaded while the entailments and name keys are
    worked out from them in memory (no store read); those then go in loads of even size.
    `checks`, if given, sees every quad the store gets, for the shapes' property constraints."""
    progress("loading the ontology")
    store.load_file(VOCABULARY, "turtle", URIRef(ONTOLOGY_IRI), bulk=bulk)
    see = checks.see if checks is not None else (lambda _quads: None)
    see(list(store.quads()))  # the ontology: all the store holds so far
    ontology_names = [(r["s"], r["p"], r["o"], None) for r in store.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ONTOLOGY_IRI}> {{ ?s ?p ?o FILTER (?p IN (<{NAMES[0]}>, <{NAMES[1]}>, "
        f"<{ACRONYM}>)) }} }}"
    )]
    entailer = Entailer(store, minter.graph("entailed"))  # reads the ontology before anything else is written
    meta = build_metadata(minter, graphs, stamp)
    batch: list = []

    def write(loaded: LoadedGraph, task: Task, size: int = BATCH) -> None:
        nonlocal batch
        progress(f"writing {loaded.path.name} ({len(loaded.quads)} quads)")
        at = 0
        while at < len(loaded.quads):
            chunk = loaded.quads[at : at + size - len(batch)]
            at += len(chunk)
            batch.extend(chunk)
            if len(batch) >= size:
                store.add_quads(batch, bulk=bulk)  # with bulk: loads in the background while this goes on
                task.advance(len(batch))
                batch = []

    task = tasks.start("writing the store (quads)", sum(len(g.quads) for g in graphs) + len(meta))
    for loaded in [*graphs, LoadedGraph(name=minter.graph("meta"), path=Path("meta"), quads=meta)]:
        write(loaded, task)
    if len(batch) >= EARLY_BATCH:  # the loaded quads' last batch loads while the entailments are worked out
        store.add_quads(batch, bulk=bulk)
        task.advance(len(batch))
        batch = []
    task.done()
    progress("materialising standard super-properties and classes")
    entailed = entailments(store, [*(g.quads for g in graphs), meta], minter.graph("entailed"), tasks, entailer)
    keys = name_keys([ontology_names, *(g.quads for g in graphs), entailed], minter.graph("name-keys"))
    for loaded in graphs:
        see(loaded.quads)
    see(meta)
    derived = len(batch) + len(entailed) + len(keys)
    task = tasks.start("writing the store (entailments and name keys)", len(entailed) + len(keys))
    # In loads of even size, at least BULK_LOADS once there are EARLY_BATCH quads (so that they run side by side).
    loads = max(-(-derived // BATCH), BULK_LOADS if derived >= EARLY_BATCH else 1)
    for loaded in [LoadedGraph(name=minter.graph("entailed"), path=Path("entailed"), quads=entailed),
                   LoadedGraph(name=minter.graph("name-keys"), path=Path("name-keys"), quads=keys)]:
        see(loaded.quads)
        write(loaded, task, -(-derived // loads))
    if batch:
        store.add_quads(batch, bulk=bulk)
        task.advance(len(batch))
    store.flush()  # waits for the last bulk load
    task.done()


NAME_KEY = URIRef("https://w3id.org/lexgraph/ns#nameKey")
NAMES = (URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))
LISTED_NAME = URIRef("https://w3id.org/lexgraph/ns#listedName")
ACRONYM = URIRef("https://w3id.org/lexgraph/ns#acronym")
LISTED = frozenset((*NAMES, ACRONYM))  # the names rq/feeds/labels.rq lists
PROVISION = URIRef("https://w3id.org/lexgraph/ns#Provision")


def name_keys(sources: Sequence[Sequence], graph: URIRef) -> list:
    """`?node lex:nameKey "lower-cased name"` for every preferred or alternative label (acronyms are
    alternative labels by entailment), in a graph of their own: resolve-label.rq finds a name in any
    case with one index lookup instead of lower-casing every name in the store (~1 s at 1 M quads).
    And `?node lex:listedName ?name` for every name (preferred, alternative, acronym) of a node that
    is not a lex:Provision: the rows of rq/feeds/labels.rq, which labels.rq pages through in one
    index (skipping the provisions' names by MINUS made a late page cost 57 ms at 1 M)."""
    out: dict = {}
    listed: dict = {}
    provisions: set = set()
    types, provision = {RDF.type}, {PROVISION}  # set lookups: an rdflib term hashes in C, `==` runs Python
    for quads in sources:
        for s, p, o, _g in quads:
            if p in LISTED:
                listed[(s, LISTED_NAME, o, graph)] = None
                if p in NAMES and isinstance(o, Literal):
                    out[(s, NAME_KEY, Literal(str(o).lower()), graph)] = None
            elif p in types and o in provision:
                provisions.add(s)
    return list(out) + [quad for quad in listed if quad[0] not in provisions]


class Entailer:
    """The quads ENTAILMENT_UPDATES would insert, worked out from the quads as they are written: for
    every triple whose predicate (or class) has super-properties (super-classes) in the ontology the
    store holds, the same triple with the super-property (super-class), unless some graph has it.
    (Running the SPARQL updates on a million-triple store takes minutes; tests check both agree.)"""

    def __init__(self, store: GraphStore, entailed: URIRef) -> None:
        supers: dict[tuple[str, object], list[URIRef]] = {}
        for row in store.select(ENTAILMENT_PAIRS.replace("{ontology}", ONTOLOGY_IRI)):
            supers.setdefault((str(row["kind"]), row["sub"]), []).append(row["super"])  # type: ignore[arg-type]
        self.by_property = {sub: ups for (kind, sub), ups in supers.items() if kind == "property"}
        self.by_class = {sub: ups for (kind, sub), ups in supers.items() if kind == "class"}
        self.super_props = {u for ups in self.by_property.values() for u in ups}
        self.super_classes = {u for ups in self.by_class.values() for u in ups}
        self.entailed = entailed
        self.existing: set = set()  # triples already stated with a super-property or super-class
        self.candidates: dict = {}  # entailed quads, in the order first seen

    def see(self, quads: Iterable) -> None:
        # Set and dict lookups only: an rdflib term hashes in C, but `==` runs Python code.
        type_only, by_class, by_property = {RDF.type}, self.by_class, self.by_property
        super_props, super_classes = self.super_props, self.super_classes
        existing, out, entailed = self.existing, self.candidates, self.entailed
        for s, p, o, _g in quads:
            if p in type_only:
                if o in super_classes:
                    existing.add((s, p, o))
                for up in by_class.get(o, ()):
                    out[(s, p, up, entailed)] = None
            if p in super_props:
                existing.add((s, p, o))
            for up in by_property.get(p, ()):
                out[(s, up, o, entailed)] = None

    def quads(self) -> list:
        """The entailed quads of everything seen, less the triples some graph states itself."""
        existing = self.existing
        return [q for q in self.candidates if q[:3] not in existing]


def entailments(store: GraphStore, sources: Sequence[Sequence], entailed: URIRef, tasks: Tasks = NO_PROGRESS,
                entailer: Entailer | None = None) -> list:
    """The entailed quads of `sources` (see Entailer), for a store whose ontology is loaded
    (`entailer`: one made from that store already, that has seen nothing yet)."""
    entailer = entailer if entailer is not None else Entailer(store, entailed)
    task = tasks.start("materialising super-properties and classes", sum(len(q) for q in sources))
    for quads in sources:
        entailer.see(quads)
        task.advance(len(quads))
    task.done()
    return entailer.quads()


@contextmanager
def storage_errors(root: Path) -> Iterator[None]:
    """An OSError while writing the store (disk full, permission denied, read-only file system)
    becomes StorageFull / StorageUnavailable naming the store: one clear line for the CLI, 507 or
    503 over HTTP. The failed build's temporary directory is already gone; `current` is unchanged."""
    try:
        yield
    except OSError as exc:
        raise storage_error(exc, f"writing the store at {root}") from exc


@contextmanager
def writer_lock(root: Path) -> Iterator[None]:
    """One writer at a time per store root: a load or an update reads the current build and
    writes the next, so two at once would lose one's changes. Readers never wait."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".write.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(
    root: Path,
    graphs: Sequence[LoadedGraph],
    minter: Minter,
    progress: Progress = lambda _msg: None,
    tasks: Tasks = NO_PROGRESS,
    info: dict | None = None,
    corpus: dict | None = None,
    also: Callable[[], tuple[list[LoadedGraph], list[str]]] | None = None,
) -> BuildReport:
    """Build a validated store from loaded graphs and make it current, or raise and keep the old one.
    `info` is recorded in the build's JSON (e.g. the data hash); `corpus`, the corpus loaders'
    report, is kept beside the build. `also` is called under the writer lock and returns more
    graphs, with warnings: `lexgraph build` passes the documents `lexgraph load` recorded
    (graph/loaded.py), read again.
    """
    with storage_errors(root), writer_lock(root):
        extra, warnings = also() if also is not None else ([], [])
        report = _build_locked(root, [*graphs, *extra], minter, progress, tasks, info, corpus)
    report.warnings = [*warnings, *report.warnings]
    return report


def _validate(store: GraphStore, base: str, tasks: Tasks, checks: PropertyChecks | None = None,
              triples: int | None = None) -> list[str]:
    """pyshacl itself for a small store; for a large one the shapes as SPARQL on the store, less the
    property constraints `checks` already answered from the quads as they were written. `triples`:
    the store's size if known (counting a million quads takes a tenth of a second)."""
    if (len(store) if triples is None else triples) <= PYSHACL_MAX_TRIPLES:
        return validate_store(store, base, engine="pyshacl")
    task = tasks.start("validating (SHACL constraints)", len(shape_queries()))
    try:
        return validate_store_sparql(store, base, progress=task.advance, checked=checks)
    finally:
        task.done()


@contextmanager
def gc_frozen() -> Iterator[None]:
    """Keep Python's cyclic collector off the objects a build holds for its whole run. A build
    makes millions of small objects (terms, quads, the entailment and shape-check tables) that
    live until it ends, and each full collection walked them all again: about a tenth of a build's
    time at a million quads. Frozen objects are never walked; `refreeze` freezes what was made since.
    And the collector is off until the build ends: once everything is frozen, every collection of the
    oldest generation walks all that was made since (the tables as they grow), and a build makes
    little cyclic garbage (~0.8 s of a million-quad build went to collections). `gc.collect()` still
    runs where a build calls it."""
    enabled = gc.isenabled()
    gc.disable()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        if enabled:
            gc.enable()


def refreeze() -> None:
    gc.freeze()


def _prepare(store: GraphStore, final_dir: Path, written: Sequence[Sequence]) -> float:
    """Run the prepare hooks on a validated build (see `register_prepare`); their seconds."""
    clock = time.perf_counter()
    for hook in _PREPARE:
        hook(store, final_dir, written)
    return time.perf_counter() - clock


def _build_locked(
    root: Path,
    graphs: Sequence[LoadedGraph],
    minter: Minter,
    progress: Progress = lambda _msg: None,
    tasks: Tasks = NO_PROGRESS,
    extra_info: dict | None = None,
    corpus: dict | None = None,
) -> BuildReport:
    with gc_frozen():
        return _build_frozen(root, graphs, minter, progress, tasks, extra_info, corpus)


def _build_frozen(
    root: Path,
    graphs: Sequence[LoadedGraph],
    minter: Minter,
    progress: Progress,
    tasks: Tasks,
    extra_info: dict | None,
    corpus: dict | None,
) -> BuildReport:
    root.mkdir(parents=True, exist_ok=True)
    builds = root / "builds"
    builds.mkdir(exist_ok=True)
    current = root / "current"
    _sweep(builds, current.resolve() if current.exists() else None)
    stamp = _stamp()
    tmp_dir = builds / f".tmp-{stamp}"
    checkpoint = builds / f".tmp-{stamp}-checkpoint"
    final_dir = builds / stamp
    store: GraphStore | None = None
    seconds: dict[str, float] = {}
    try:
        clock = time.perf_counter()
        store = GraphStore.create(tmp_dir)
        checks = PropertyChecks()
        write_store(store, graphs, minter, stamp, progress, tasks, bulk=True, checks=checks)
        refreeze()  # the entailment and shape-check tables live until the build ends
        seconds["write"] = time.perf_counter() - clock
        clock = time.perf_counter()
        # The bulk load's files, linked into a copy at once and the writable store closed: left open,
        # RocksDB's background compaction rewrites them into files twice the size on disk (and
        # takes a core while the build validates). The copy has no write-ahead log.
        store.checkpoint(checkpoint, compact=False)
        store = None  # release RocksDB's lock before the directory moves
        gc.collect()
        shutil.rmtree(tmp_dir)
        os.replace(checkpoint, tmp_dir)
        store = GraphStore.open(tmp_dir)  # read-only: nothing compacts it
        triples = len(store)
        seconds["checkpoint"] = time.perf_counter() - clock
        clock = time.perf_counter()
        progress("validating against ontology/shapes.ttl")
        store.info = {"base_iri": minter.base, "built": stamp}
        # The prepare hooks (the projection's queries) run beside the validation: both only read the
        # read-only copy, and pyoxigraph evaluates a query without Python's lock, so on two cores the
        # two take about as long as the longer. What they write is removed if the validation fails.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="prepare") as pool:  # leaving it waits for both
            prepared = pool.submit(_prepare, store, final_dir, checks.written)
            violations = _validate(store, minter.base, tasks, checks, triples)
            del checks
            seconds["validate"] = time.perf_counter() - clock
        if violations:
            raise ValidationFailed(violations)
        seconds["prepare"] = prepared.result()
        seconds["validate and prepare"] = time.perf_counter() - clock
        names = [str(g) for g in store.named_graphs()]
        store = None
        gc.collect()
        info = {"base_iri": minter.base, "built": stamp, "triples": triples, "graphs": names, **(extra_info or {})}
        (builds / f"{stamp}.json").write_text(json.dumps(info, indent=2))
        if corpus is not None:
            report_path(final_dir).write_text(json.dumps(corpus, indent=1, default=str))
        os.replace(tmp_dir, final_dir)
        _swap_current(root, final_dir)
    except BaseException:
        # Close RocksDB first: while the store is open its background threads (and a bulk load still
        # running, see GraphStore.add_quads) can still write into the directory and bring it back
        # after it was removed.
        if store is not None:
            store.settle()
        store = None
        gc.collect()
        for _ in range(3):
            shutil.rmtree(tmp_dir, ignore_errors=True)
            shutil.rmtree(checkpoint, ignore_errors=True)
            if not tmp_dir.exists() and not checkpoint.exists():
                break
            time.sleep(0.1)
        (builds / f"{stamp}.json").unlink(missing_ok=True)
        report_path(final_dir).unlink(missing_ok=True)
        final_dir.with_suffix(".projection.pickle").unlink(missing_ok=True)
        raise
    _sweep(builds, final_dir)
    warnings = [w for g in graphs for w in g.warnings]
    return BuildReport(store_dir=final_dir, triples=triples, graphs=names, warnings=warnings, corpus=corpus,
                       seconds=seconds)


def load_into(
    root: Path,
    graphs: Sequence[LoadedGraph],
    minter: Minter,
    progress: Progress = lambda _msg: None,
    sources: Sequence[LoadedSource] = (),
) -> BuildReport:
    """Add graphs to the current build atomically (`lexgraph load`): a NEW build holds the current
    build's graphs, minus any with the same names as the new ones (so loading a file twice changes
    nothing), plus the new graphs; it is validated and swapped in like any build, or the old one stays.
    `sources` (the files the graphs came from) are then recorded for `lexgraph build` (graph/loaded.py).
    """
    with storage_errors(root), writer_lock(root):
        current = GraphStore.open(root)
        if current.base_iri != minter.base:
            raise LexgraphError(f"the store was built with base IRI {current.base_iri}, not {minter.base}")
        progress("reading the current build")
        previous = current_graphs(current, minter, drop={g.name for g in graphs})
        extra, corpus = carried(current)
        del current  # release the read-only handle before the swap
        report = _build_locked(root, [*previous, *graphs], minter, progress, extra_info=extra, corpus=corpus)
        if sources:
            loaded_record.record(root, sources)
    report.warnings = [w for g in graphs for w in g.warnings]
    return report


def _read_current(root: Path) -> tuple[Minter, list[LoadedGraph], dict, dict | None]:
    """The current build as a write starts from it: its minter, its graphs, and the build facts
    (data hash, coverage, corpus report) the next build keeps. The store handle is closed on return."""
    current = GraphStore.open(root)
    minter = Minter(current.base_iri)
    graphs = current_graphs(current, minter)
    extra, corpus = carried(current)
    return minter, graphs, extra, corpus


def unload(root: Path, names: Sequence[URIRef], progress: Progress = lambda _msg: None) -> BuildReport:
    """Remove loaded graphs (`lexgraph unload`): a new build without them, and their record gone,
    so `lexgraph build` no longer reads their files. NotFound for a graph neither built nor recorded."""
    with storage_errors(root), writer_lock(root):
        minter, graphs, extra, corpus = _read_current(root)
        recorded = {s.graph for s in loaded_record.read(root)}
        for name in names:
            if name not in {g.name for g in graphs} and str(name) not in recorded:
                raise NotFound(str(name), message=f"no loaded graph {name}")
        report = _build_locked(root, [g for g in graphs if g.name not in set(names)], minter, progress,
                               extra_info=extra, corpus=corpus)
        loaded_record.forget(root, [str(n) for n in names])
    return report


CARRIED = ("data_hash", "corpus", "coverage")  # build facts a write to the store keeps


def carried(current: GraphStore) -> tuple[dict, dict | None]:
    """What a new build made from the current one keeps: its data hash, corpus coverage, report."""
    extra = {k: current.info[k] for k in CARRIED if k in current.info}
    path = report_path(current.path) if current.path is not None else None
    corpus = json.loads(path.read_text()) if path is not None and path.exists() else None
    return extra, corpus


def current_graphs(current: GraphStore, minter: Minter, drop: set = frozenset()) -> list[LoadedGraph]:
    """The source graphs of a build (not the ontology, metadata or entailments it derives)."""
    meta = minter.graph("meta")
    derived = derived_graphs(minter)
    sources: dict[object, str] = {}
    kept: dict[URIRef, list] = {}
    for s, p, o, g in current.quads():
        if g == meta and p == DCTERMS.source:
            sources[s] = str(o)
        if g is None or g in derived or g in drop:
            continue
        kept.setdefault(g, []).append((s, p, o, g))  # type: ignore[arg-type]
    return [
        LoadedGraph(name=name, path=Path(sources.get(name, str(name))), quads=kept[name])
        for name in sorted(kept)
    ]


def derived_graphs(minter: Minter) -> set[URIRef]:
    """The graphs every build makes itself (ontology, metadata, entailments, name keys): never
    written by users."""
    return {URIRef(ONTOLOGY_IRI), minter.graph("meta"), minter.graph("entailed"), minter.graph("name-keys")}


def default_graph(minter: Minter) -> URIRef:
    """Where the default graph of writes is kept: SPARQL Update's default graph and the Graph Store
    Protocol's `?default` are the named graph graph/updates (queries see the union of all graphs)."""
    return minter.graph("updates")


def apply_update(
    root: Path,
    sparql_update: str,
    progress: Progress = lambda _msg: None,
    base_iri: str | None = None,
) -> BuildReport:
    """Run a SPARQL Update as a new build: copy the sources into a scratch store, update it,
    then build, validate and swap as usual. The scratch store's default graph holds graph/updates
    (see `default_graph`), and whatever the update leaves in the default graph goes back there.
    A failing update or validation leaves the current store serving.
    """
    with storage_errors(root), writer_lock(root):
        minter, graphs, extra, corpus = _read_current(root)
        updates = default_graph(minter)
        scratch = GraphStore.in_memory()
        for loaded in graphs:
            scratch.add_quads([(s, p, o, None if g == updates else g) for s, p, o, g in loaded.quads])
        scratch.update(sparql_update, base_iri=base_iri)
        paths = {g.name: g.path for g in graphs}
        regrouped: dict[URIRef, dict] = {}
        for s, p, o, g in scratch.quads():
            name = g if g is not None else updates
            regrouped.setdefault(name, {})[(s, p, o, name)] = None  # a dict keeps order, drops repeats
        new_graphs = [
            LoadedGraph(name=name, path=paths.get(name, Path("sparql-update")), quads=list(quads))
            for name, quads in sorted(regrouped.items())
        ]
        return _build_locked(root, new_graphs, minter, progress, extra_info=extra, corpus=corpus)


@dataclass(frozen=True)
class GraphWrite:
    """One Graph Store Protocol write. The graph is a term (`graph` None: the default graph) and
    the triples are terms parsed from the request body: nothing is ever written as update text."""

    method: str  # PUT (replace), POST (merge), DELETE (remove)
    graph: str | None
    triples: tuple = ()


@dataclass
class WriteReport:
    build: BuildReport
    created: bool  # the named graph did not exist before (PUT or POST made it)


def apply_graph_write(root: Path, write: GraphWrite, progress: Progress = lambda _msg: None) -> WriteReport:
    """Replace, merge into or remove one graph, as a new build validated and swapped in like any
    other; NotFound when DELETE names a graph that does not exist (the default graph always does)."""
    if write.method not in ("PUT", "POST", "DELETE"):
        raise InvalidInput(f"not a Graph Store Protocol write: {write.method}")
    with storage_errors(root), writer_lock(root):
        minter, graphs, extra, corpus = _read_current(root)
        target = URIRef(write.graph) if write.graph is not None else default_graph(minter)
        if target in derived_graphs(minter):
            raise InvalidInput(f"{target} is made by every build (ontology, metadata or entailments); "
                               "it cannot be written")
        existing = next((g for g in graphs if g.name == target), None)
        if write.method == "DELETE" and existing is None and write.graph is not None:
            raise NotFound(str(target), message=f"no graph {target}")
        kept = [g for g in graphs if g.name != target]
        quads: dict = {}
        if write.method == "POST" and existing is not None:
            quads.update(dict.fromkeys(existing.quads))
        if write.method != "DELETE":
            quads.update(dict.fromkeys((s, p, o, target) for s, p, o in write.triples))
        if quads:
            path = existing.path if existing is not None else Path("graph-store")
            kept.append(LoadedGraph(name=target, path=path, quads=list(quads)))
        report = _build_locked(root, sorted(kept, key=lambda g: g.name), minter, progress,
                               extra_info=extra, corpus=corpus)
    return WriteReport(build=report, created=existing is None and write.graph is not None and bool(quads))
