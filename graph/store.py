"""The one module that imports pyoxigraph: its API moves between versions, so it stops here.

Everything above this module speaks rdflib terms (URIRef, Literal, BNode) and plain Python;
`GraphStore` converts at the boundary. Queries see the union of all named graphs as their
default graph, like Oxigraph server's `--union-default-graph`, because every source has its own
named graph and users ask about the facts, not the files.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from graph.errors import BadRequest, QueryError, StoreMissing
from graph.quads import Quad

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {"nquads", "trig", "jsonld"}
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def to_ox(term: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term (or a plain str IRI) -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, str):
        return ox.NamedNode(term)
    raise TypeError(f"cannot store {term!r} as an RDF term")


def from_ox(term: Any) -> Node | None:
    """pyoxigraph term -> rdflib term (None stays None: an unbound variable)."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _RDF_LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unexpected pyoxigraph term {term!r}")


def is_valid_iri(text: str) -> bool:
    """pyoxigraph's strict IRI parser accepts `text` as an absolute IRI."""
    try:
        ox.NamedNode(text)
    except (ValueError, TypeError, UnicodeError):
        return False
    return True


def parse_triples(data: bytes, fmt: str, base_iri: str | None = None) -> list[tuple[Node, Node, Node]]:
    """An RDF document (one graph) -> rdflib triples, by pyoxigraph's parsers, which never fetch
    anything (no remote JSON-LD contexts, no XML external entities). BadRequest if it does not
    parse, or if it holds quads in named graphs (a Graph Store Protocol body is one graph)."""
    triples = []
    try:
        for quad in ox.parse(data, format=RDF_FORMATS[fmt], base_iri=base_iri):
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                raise BadRequest(f"the body puts triples in the named graph {quad.graph_name}; send one graph")
            triples.append((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
    except SyntaxError as exc:
        raise BadRequest(f"cannot parse the {fmt} body: {exc}") from exc
    except (ValueError, OSError) as exc:
        raise BadRequest(f"cannot read the {fmt} body: {exc}") from exc
    return triples  # type: ignore[return-value]


def parse_quads(data: bytes, fmt: str = "nquads") -> Iterator[Quad]:
    """An RDF dataset document -> rdflib quads (graph None: the default graph); used to read what a
    remote store (graph/remote.py) sends, so its answers are the terms the embedded store gives."""
    for q in ox.parse(data, format=RDF_FORMATS[fmt]):
        yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)  # type: ignore[misc]


_AT = re.compile(r"^error at (\d+):(\d+): (.*)$", re.S)


def syntax_message(sparql: str, exc: SyntaxError) -> str:
    """The parser's message with a position a person can use. pyoxigraph names the furthest point
    its parser tried, which for an unfinished group is the end of the text ("error at 2:1" for a
    mistake at 1:26); when it points past the last character, rdflib's parser (which stops where a
    construct fails) gives the line and column instead, with the text found there."""
    text = str(exc)
    m = _AT.match(text)
    if not m:
        return f"SPARQL syntax error: {text}"
    line, col, expected = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    lines = sparql.split("\n")
    offset = sum(len(x) + 1 for x in lines[: line - 1]) + col - 1
    if offset >= len(sparql.rstrip()):
        try:
            from rdflib.plugins.sparql.parser import parseQuery

            parseQuery(sparql)
        except Exception as rd_exc:  # noqa: BLE001 - pyparsing's ParseException and its kin; only the position is read
            if getattr(rd_exc, "lineno", None) and getattr(rd_exc, "col", None):
                line, col = rd_exc.lineno, rd_exc.col
    if "Prefix not found" in expected:
        expected = "a declared prefix: this prefix has no PREFIX line"
    if len(expected) > 200:
        expected = expected[:200] + " …"
    where = lines[line - 1][col - 1 : col + 29].strip() if 0 < line <= len(lines) else ""
    near = f" near “{where}”" if where else " at the end of the query"
    return f"SPARQL syntax error at line {line}, column {col}{near}: expected {expected.removeprefix('expected ')}"


def is_oxigraph_dir(path: Path) -> bool:
    return path.is_dir() and (path / "CURRENT").exists()


# Bulk loads at once, each in a thread of its own (pyoxigraph's loader itself parses in one thread and
# indexes in another). One: at a million quads two side by side took 0.75 s more CPU (median of 10
# interleaved builds, 11.6 vs 10.85 s; four loader threads on the machine's two cores) and 170 MB more
# memory; they were faster only with both cores free (7.1 vs 8.6 s). BENCHMARKS.md, session 12.
BULK_LOADS = 1
_NQ_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


class _Aside(Exception):  # noqa: N818 - not an error: a quad that goes the other way
    """Raised for a blank node: the bulk loader gives blank nodes new names (per file), so a
    quad with one is not written as text but kept aside as pyoxigraph terms."""


class NQuadsWriter:
    """rdflib quads -> N-Quads text for pyoxigraph's bulk loader. Every distinct IRI and language
    tag is checked once by the pyoxigraph constructor `to_ox` would call (so bad data fails here,
    with the same ValueError, and the loader may skip its own checks), and each IRI's text is then
    kept: cheaper than making a pyoxigraph term of every term. Quads with a blank node are set
    aside as pyoxigraph terms (the loader would rename the blank node)."""

    def __init__(self) -> None:
        self._done: dict = {}  # URIRef -> its N-Quads text
        self._checked: set = set()  # language tags already checked

    def _node(self, term: Any) -> str:
        text = self._done.get(term)
        if text is None:
            if isinstance(term, Literal):  # a subclass of Literal (a Literal itself goes to _literal)
                return self._literal(term)
            if isinstance(term, BNode):
                raise _Aside
            if not isinstance(term, URIRef):
                raise TypeError(f"cannot store {term!r} as an IRI")
            ox.NamedNode(term)  # raises ValueError as to_ox does
            if "\\" in term:  # N-Quads would read a backslash as an escape: not the same IRI
                raise ValueError(f"IRI with a backslash cannot be stored: {term}")
            text = self._done[term] = f"<{term}>"
        return text

    def _literal(self, term: Literal) -> str:
        value = str(term).translate(_NQ_ESCAPES)
        language, datatype = term.language, term.datatype
        if language:
            if language not in self._checked:
                ox.Literal("", language=language)
                self._checked.add(language)
            text = f'"{value}"@{language}'
        elif datatype is None:
            text = f'"{value}"'
        else:
            text = f'"{value}"^^{self._node(datatype)}'
        return text

    def write(self, quads: Iterable[Quad], out: BinaryIO, aside: list, lines: int = 50_000) -> int:
        """Write the quads to `out` as N-Quads (UTF-8), `lines` at a time (a batch of quads never
        sits in memory as text all at once), None as graph: the default graph; append those with a
        blank node to `aside` as pyoxigraph quads. Returns how many quads there were."""
        done, node, literal, lit = self._done, self._node, self._literal, Literal
        text: list[str] = []
        append = text.append
        count = 0
        last_g, tail = object(), ""
        for s, p, o, g in quads:
            count += 1
            try:
                if g is not last_g:  # a batch comes graph by graph: the graph's text once per run
                    tail = " .\n" if g is None else f" {done.get(g) or node(g)} .\n"
                    last_g = g
                # subjects, predicates and graphs are never literals; a literal is not looked up (its
                # hash runs Python); `type(o) is` skips isinstance's subclass hook (Node is an ABC)
                obj = literal(o) if type(o) is lit else done.get(o) or node(o)
                append(f"{done.get(s) or node(s)} {done.get(p) or node(p)} {obj}{tail}")
            except _Aside:
                aside.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph() if g is None else to_ox(g)))
            if len(text) >= lines:
                out.write("".join(text).encode("utf-8"))
                text.clear()
        out.write("".join(text).encode("utf-8"))
        return count


class _BulkLoad:
    """One pyoxigraph bulk load of an N-Quads file (then of the quads set aside), in a thread of
    its own: pyoxigraph reads the file, parses and indexes it without Python's lock. The file is
    removed once loaded."""

    def __init__(self, store: ox.Store, path: Path, aside: list) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(store, path, aside), name="bulk-load", daemon=True)
        self._thread.start()

    def _run(self, store: ox.Store, path: Path, aside: list) -> None:
        try:
            # lenient: every term was checked by NQuadsWriter already
            store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS, lenient=True)
            if aside:
                store.bulk_extend(aside)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            self._error = exc
        finally:
            path.unlink(missing_ok=True)

    def wait(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error


class GraphStore:
    """A pyoxigraph store plus the conventions lexgraph queries rely on."""

    def __init__(self, store: ox.Store, path: Path | None = None, info: dict | None = None) -> None:
        self._store = store
        self.path = path
        self.info: dict = info or {}
        self._writer: NQuadsWriter | None = None  # bulk writes (builds only)
        self._bulk: list[_BulkLoad] = []  # the bulk loads running in the background
        self._spool: Path | None = None  # the directory of its N-Quads file

    @property
    def base_iri(self) -> str:
        """The base IRI the store was built with (builds record it beside the store)."""
        from graph.namespaces import DEFAULT_BASE_IRI

        return self.info.get("base_iri", DEFAULT_BASE_IRI)

    @property
    def version(self) -> str:
        """Changes with every build: a cache key for anything derived from the store."""
        return str(self.info.get("built") or id(self._store))

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store())

    @classmethod
    def create(cls, path: Path) -> GraphStore:
        """A new writable on-disk store (used by builds only)."""
        path.mkdir(parents=True, exist_ok=False)
        return cls(ox.Store(str(path)), path)

    @classmethod
    def open(cls, path: Path) -> GraphStore:
        """Open a built store read-only; `path` is a store root (with `current`) or a store dir."""
        target = resolve_store_dir(path)
        info_file = target.with_suffix(".json")
        info = json.loads(info_file.read_text()) if info_file.exists() else {}
        try:
            return cls(ox.Store.read_only(str(target)), target, info)
        except OSError as exc:
            raise StoreMissing(f"cannot open the store at {target}: {exc}") from exc

    # -- writing (builds only) ---------------------------------------------------------------

    def add_quads(self, quads: Iterable[Quad], bulk: bool = False) -> int:
        """Add quads (rdflib terms). `bulk`: into a store nothing reads yet (a build in progress),
        without a transaction, as one bulk load that runs in the background: the quads are written
        here to an N-Quads file beside the store (each distinct term checked once, by the
        constructors `to_ox` uses), which pyoxigraph's loader reads, parses and indexes in a thread
        of its own, without Python's lock, while the caller goes on. BULK_LOADS loads run at once
        (a further call writes its file, then waits for the oldest running); `flush` waits for all
        and raises what failed. (Making a pyoxigraph term of each term cost more than the text.)"""
        if not bulk:
            converted = [
                ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.DefaultGraph() if g is None else to_ox(g))
                for s, p, o, g in quads
            ]
            self._store.extend(converted)
            return len(converted)
        if self._writer is None:
            self._writer = NQuadsWriter()  # kept: the next batch reuses the checked terms
        spool = self._spool_dir()
        aside: list = []
        with tempfile.NamedTemporaryFile("wb", dir=spool, suffix=".nq", delete=False) as fh:
            path = Path(fh.name)
            try:
                count = self._writer.write(quads, fh, aside)
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        while len(self._bulk) >= BULK_LOADS:  # the oldest first: a load starts as soon as one has finished
            self._bulk.pop(0).wait()
        self._bulk.append(_BulkLoad(self._store, path, aside))
        return count

    def _spool_dir(self) -> Path:
        """Where bulk writes put their N-Quads files: beside the store's directory (for a build
        in progress, builds/.tmp-<stamp>-nquads, which the next build sweeps if this one dies)."""
        if self._spool is None:
            if self.path is None:
                self._spool = Path(tempfile.mkdtemp(prefix="lexgraph-nquads-"))
            else:
                self._spool = self.path.with_name(self.path.name + "-nquads")
                self._spool.mkdir(exist_ok=True)
        return self._spool

    def settle(self) -> None:
        """Wait for a background bulk load and drop what it raised: a failed build, before it
        removes the store's directory (the load would write into it again)."""
        with contextlib.suppress(Exception):  # the build is failing already, for its own reason
            self._wait_bulk()
        self._drop_spool()

    def _wait_bulk(self) -> None:
        """Wait for the background bulk load, if any; raise what it raised."""
        running, self._bulk = self._bulk, []
        errors = []
        for load in running:
            try:
                load.wait()
            except BaseException as exc:  # noqa: BLE001 - the first is raised once all have stopped
                errors.append(exc)
        if errors:
            raise errors[0]

    def load_file(self, path: Path, fmt: str, graph: URIRef, base_iri: str | None = None, bulk: bool = False) -> None:
        """Load an RDF file into a graph. `bulk`: into a store nothing reads yet (a build), by the bulk
        loader, now: no transaction, so nothing goes to the write-ahead log (see `checkpoint`)."""
        load = self._store.bulk_load if bulk else self._store.load
        load(path=str(path), format=RDF_FORMATS[fmt], to_graph=to_ox(graph), base_iri=base_iri)

    def update(self, sparql: str, base_iri: str | None = None) -> None:
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from exc
        except (RuntimeError, ValueError) as exc:
            raise QueryError(str(exc)) from exc
        except OSError as exc:
            if self.path is not None:
                raise  # the disk: graph.build turns it into StorageFull / StorageUnavailable
            raise QueryError(f"the update failed: {exc}") from exc  # in memory: LOAD or SERVICE

    def flush(self) -> None:
        """Wait for a background bulk load (see `add_quads`), then flush the memtables."""
        try:
            self._wait_bulk()
        finally:
            self._drop_spool()
        self._store.flush()

    def _drop_spool(self) -> None:
        if self._spool is not None and not self._bulk:
            shutil.rmtree(self._spool, ignore_errors=True)
            self._spool = None

    def compact(self) -> None:
        """Flush the memtables and compact the SST files. A store written by many bulk loads reads
        several times faster compacted (every lookup otherwise probes dozens of overlapping files);
        one written by a few reads about 1.3× faster compacted, but RocksDB writes the compacted
        files uncompressed, about twice the size of the bulk loader's, so builds do not compact."""
        self.flush()
        self._store.optimize()

    def checkpoint(self, target: Path, compact: bool = True) -> None:
        """Write a copy of this store to `target` (a new directory) with no write-ahead log: the
        memtables are flushed (and the SST files compacted if `compact`), then RocksDB's checkpoint
        links the live files (same file system: hard links, no copy). Once everything is flushed
        the checkpoint's log holds no record the SST files lack (it is empty, or an old log RocksDB
        recycled), so it is removed: at once if empty, else after a read-only open of the copy
        without it counts every quad; otherwise it stays. (A bulk-written build otherwise keeps its WAL files.)"""
        if compact:
            self.compact()
        else:
            self.flush()
        self._store.backup(str(target))
        for log in target.glob("*.log"):
            if log.stat().st_size == 0:  # nothing was ever logged (a store only bulk-loaded): no count needed
                log.unlink()
        logs = [log.rename(log.with_name(log.name + ".kept")) for log in target.glob("*.log")]
        if not logs:
            return
        expected = len(self._store)
        try:
            copy = ox.Store.read_only(str(target))
            complete = len(copy) == expected
            del copy
        except OSError:
            complete = False
        for log in logs:
            if complete:
                log.unlink()
            else:
                log.rename(log.with_name(log.name.removesuffix(".kept")))

    # -- reading -----------------------------------------------------------------------------

    def _run(self, sparql: str, bindings: Mapping[str, Any] | None, union: bool = True) -> Any:
        substitutions = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            return self._store.query(
                sparql,
                use_default_graph_as_union=union,
                substitutions=substitutions or None,
            )
        except SyntaxError as exc:
            raise QueryError(syntax_message(sparql, exc)) from exc
        except RuntimeError as exc:
            raise QueryError(str(exc)) from exc

    def select(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> list[dict[str, Node]]:
        """Run a SELECT; each row maps variable name -> rdflib term (unbound variables absent)."""
        results = self._run(sparql, bindings)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in results.variables]
        rows = []
        for solution in results:
            row = {}
            for name in names:
                value = solution[name]
                if value is not None:
                    row[name] = from_ox(value)
            rows.append(row)
        return rows

    def select_strings(self, sparql: str, columns: Sequence[str]) -> list[tuple[str | None, ...]]:
        """Run a SELECT; each row is the string value of each column (None where unbound): what
        `str()` of `select`'s terms gives, without making an rdflib term of every value (at a million
        quads most of the time `select` takes for a large answer)."""
        results = self._run(sparql, None)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError("expected a SELECT query")
        rows = []
        for solution in results:
            values = [solution[c] for c in columns]
            rows.append(tuple(None if v is None else v.value for v in values))
        return rows

    def ask(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> bool:
        result = self._run(sparql, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("expected an ASK query")
        return bool(result)

    def query_serialized(
        self,
        sparql: str,
        result_format: str = "json",
        graph_format: str = "turtle",
        bindings: Mapping[str, Any] | None = None,
        output: BinaryIO | None = None,
        query_dataset: bool = False,
    ) -> tuple[str, bytes | None]:
        """Run any query and serialize its answer; returns (kind, bytes or None if `output`).
        `query_dataset`: the query names its dataset (FROM / FROM NAMED), so use it, not the union."""
        result = self._run(sparql, bindings, union=not query_dataset)
        if isinstance(result, ox.QueryTriples):
            return "graph", result.serialize(output, RDF_FORMATS[graph_format])
        kind = "select" if isinstance(result, ox.QuerySolutions) else "ask"
        return kind, result.serialize(output, RESULT_FORMATS[result_format])

    def prepare(
        self,
        sparql: str,
        *,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
        base_iri: str | None = None,
        query_dataset: bool = False,
    ) -> PreparedQuery:
        """Parse and start a query (syntax errors raise here); serialize its answer later.

        The dataset: the protocol's default-graph-uri / named-graph-uri if given (they override
        the query's own); else, if the query names its dataset (`query_dataset`: it has FROM or
        FROM NAMED), that dataset; else the union of all graphs as the default graph.
        """
        defaults = [ox.NamedNode(g) for g in default_graphs]
        named = [ox.NamedNode(g) for g in named_graphs]
        try:
            result = self._store.query(
                sparql,
                base_iri=base_iri,
                use_default_graph_as_union=not defaults and not named and not query_dataset,
                default_graph=defaults or None,
                named_graphs=named or None,
            )
        except SyntaxError as exc:
            raise QueryError(syntax_message(sparql, exc)) from exc
        except (RuntimeError, ValueError) as exc:
            raise QueryError(str(exc)) from exc
        return PreparedQuery(result)

    def has_graph(self, graph: URIRef) -> bool:
        return self._store.contains_named_graph(to_ox(graph))

    def serialize_graph(self, graph: URIRef, fmt: str) -> bytes:
        """The triples of one named graph (not the union), in a triple format."""
        triples = (ox.Triple(q.subject, q.predicate, q.object)
                   for q in self._store.quads_for_pattern(None, None, None, to_ox(graph)))
        return ox.serialize(triples, format=RDF_FORMATS[fmt])

    def named_graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, output: BinaryIO, fmt: str, prefixes: Mapping[str, str] | None = None) -> None:
        """Write the whole store: quad formats keep named graphs, triple formats get the union."""
        if fmt in DATASET_FORMATS:
            self._store.dump(output, RDF_FORMATS[fmt], prefixes=dict(prefixes or {}) or None)
            return
        triples = self._store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
        )
        ox.serialize(triples, output, RDF_FORMATS[fmt], prefixes=dict(prefixes or {}) or None)

    def quads(self) -> Iterator[Quad]:
        for q in self._store:
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)  # type: ignore[misc]


class PreparedQuery:
    """A started query: its kind is known, its answer is produced while serializing."""

    def __init__(self, result: Any) -> None:
        self._result = result
        if isinstance(result, ox.QueryTriples):
            self.kind = "graph"
        elif isinstance(result, ox.QueryBoolean):
            self.kind = "ask"
        else:
            self.kind = "select"

    def serialize(self, output: BinaryIO, *, result_format: str, graph_format: str) -> None:
        if self.kind == "graph":
            self._result.serialize(output, RDF_FORMATS[graph_format])
        else:
            self._result.serialize(output, RESULT_FORMATS[result_format])


def resolve_store_dir(path: Path) -> Path:
    """A store root holds `current` -> builds/<id>; a bare store dir is accepted as is."""
    current = path / "current"
    if current.exists():
        return current.resolve()
    if is_oxigraph_dir(path):
        return path
    raise StoreMissing(f"no lexgraph store at {path}; run `lexgraph build` first")
