"""An in-memory projection of the graph, built once per store version and reused.

Why: on a store of a million triples, pyoxigraph evaluates the property paths and joins that
lineage, status and authority need without the parameter bound first (substitution is a
join), so each answer took seconds. The projection reads every qualified edge, node and
part-of link once (flat queries: `edges`, `nodes`, `parts`), then answers in microseconds.
The `.rq` files of the same names stay the standard SPARQL statement of each answer, and the
tests check that the two agree on the real store.

Two networkx views share the edges:

* `graph`: a MultiDiGraph, provisions folded into their instrument, edges as the text states
  them (subject -> object);
* `timeline`: oriented from earlier to later, so ancestors are what a node comes from and
  descendants what came after: an establisher precedes what it establishes; a revoked,
  directed, replaced or amended thing precedes what acted on it.
"""

from __future__ import annotations

import os
import pickle
import re
import secrets
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SKOS, XSD

from graph.build import register_prepare
from graph.edge_types import BY_NAME, BY_PROP
from graph.namespaces import ELI, LEX
from graph.node_types import most_specific
from graph.store import GraphStore
from graph.stored_terms import kept_as_written
from queries.catalog import feed
from queries.nodes import local_type
from queries.versioned import PerVersion


@dataclass
class EdgeRecord:
    qualified: str
    subject: str
    type: str
    object: str
    subject_top: str
    object_top: str
    object_section: str | None
    instrument: str
    section: str | None
    pinpoint: str | None
    date: str | None
    quote: str
    method: str
    evidence: str | None


@dataclass
class Projection:
    version: str
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: list[EdgeRecord] = field(default_factory=list)
    parent: dict[str, str] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)
    by_object: dict[str, list[EdgeRecord]] = field(default_factory=dict)
    by_instrument: dict[str, list[EdgeRecord]] = field(default_factory=dict)
    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)
    timeline: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)
    coverage: dict[str, dict[str, str]] = field(default_factory=dict)  # node -> {"tables"|"texts": date}

    def top(self, node: str) -> str:
        """The instrument a provision belongs to (a node that is part of nothing is its own top)."""
        seen = set()
        if node not in self.parent and node not in self.nodes and "/sec/" in node:
            return node.split("/sec/", 1)[0]  # a section no source put in the graph
        while node in self.parent and node not in seen:
            seen.add(node)
            node = self.parent[node]
        return node

    def ancestors_of(self, node: str) -> list[str]:
        """What contains a provision, nearest first (for a section no source put in the graph,
        what its id says contains it)."""
        out = []
        if node not in self.parent and node not in self.nodes and "/sec/" in node:
            order, _, rest = node.partition("/sec/")
            path = rest.split("/")
            out = [f"{order}/sec/{'/'.join(path[:i])}" for i in range(len(path) - 1, 0, -1)]
            known = next((p for p in out if p in self.parent or p in self.nodes), None)
            if known is not None:
                return out[: out.index(known)] + [known, *self.ancestors_of(known)]
            return [*out, order]
        while node in self.parent and self.parent[node] not in out:
            node = self.parent[node]
            out.append(node)
        return out

    def parts_of(self, node: str) -> list[str]:
        out, stack = [], list(self.children.get(node, ()))
        while stack:
            child = stack.pop()
            out.append(child)
            stack.extend(self.children.get(child, ()))
        return out

    def label(self, node: str) -> str:
        return self.nodes.get(node, {}).get("label", node)

    def type(self, node: str) -> str:
        return self.nodes.get(node, {}).get("type", "Thing")


def _str(row: dict, key: str) -> str | None:
    return str(row[key]) if key in row else None


def _edge_name(prop: object) -> str:
    """The external name of a stored predicate; an undeclared one keeps its local name."""
    local = local_type(prop)
    return BY_PROP[local].name if local in BY_PROP else local


# The rows the projection is made from, as plain strings (None where a variable is unbound), in
# the order of each query's columns. They are what is kept on disk: reading them back and
# assembling takes well under a second at a million quads, running the queries takes seconds.
ROW_COLUMNS = {
    "nodes": ("node", "label", "type", "signed", "published"),
    "parts": ("child", "parent"),
    "edges": ("q", "subject", "type", "object", "objectNumber", "instrument", "section", "pinpoint", "date",
              "quote", "method", "evidence"),
    "coverage": ("node", "text", "until"),
}
SAVED_FORMAT = 2  # bump when ROW_COLUMNS or their meaning change: older files are then rebuilt


def projection_rows(store: GraphStore, names: Sequence[str] = tuple(ROW_COLUMNS)) -> dict[str, list[tuple]]:
    """The flat query rows the projection is assembled from: the full listings
    queries/rq/feeds/{nodes,parts,edges,coverage}.rq (`names`: of these only)."""
    strings = getattr(store, "select_strings", None)  # the embedded store's: no rdflib term per value

    def rows_of(name: str) -> list[tuple]:
        columns, query = ROW_COLUMNS[name], feed(name)
        if strings is not None:
            rows = strings(query.sparql, columns)
        else:
            rows = [tuple(_str(row, c) for c in columns) for row in query.run(store)]
        # in a fixed order, whatever join order the engine chose (ties in answers keep it)
        return sorted(rows, key=lambda r: tuple(v or "" for v in r))

    # two queries at a time: pyoxigraph evaluates a query without Python's lock
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="projection") as pool:
        return dict(zip(names, pool.map(rows_of, names), strict=True))


class _NotAsStored(Exception):  # noqa: N818 - not an error: the feed is queried instead
    """A literal the store may write otherwise than rdflib does (it keeps numbers, dates and booleans
    as values: "01"^^xsd:integer reads back as "1"; "a"^^xsd:string is "a")."""


_P = {
    "type": RDF.type, "label": SKOS.prefLabel, "signed": LEX.signed, "published": LEX.published,
    "part_of": ELI.is_part_of, "number": ELI.number, "subject": RDF.subject, "predicate": RDF.predicate,
    "object": RDF.object, "instrument": LEX.sourceInstrument, "quote": LEX.quote, "method": LEX.method,
    "pinpoint": LEX.pinpoint, "date": LEX.effectiveDate, "evidence": PROV.wasDerivedFrom, "through": LEX.coversThrough,
}


def _text(term: object) -> str:
    """What the store gives as the value of a term (select_strings): its text, if the store keeps the
    term as rdflib states it; else _NotAsStored."""
    if isinstance(term, Literal) and not kept_as_written(term):
        raise _NotAsStored
    return str(term)


def _node_types() -> list[URIRef]:
    """The classes feeds/nodes.rq lists (its VALUES ?type), read from the query itself (written
    otherwise, the nodes feed is queried)."""
    listed = re.search(r"VALUES \?type \{([^}]*)\}", feed("nodes").sparql)
    names = listed.group(1).split() if listed is not None else []
    if not names or not all(name.startswith("lex:") for name in names):
        raise _NotAsStored
    return [LEX[name.removeprefix("lex:")] for name in names]


def rows_from_quads(written: Iterable[Iterable]) -> dict[str, list[tuple]]:
    """The rows `projection_rows` queries, worked out from every quad a build wrote (so a build need not
    query its new store: ~2 s of CPU at a million quads). The same bag of rows the queries give on the
    union of the graphs (a triple stated in two graphs is two rows, as the store answers it), for the
    feeds whose values the store keeps as rdflib states them; a feed with any other literal (a
    number or date the store would rewrite) is left out, for `projection_rows` to query. The feeds'
    .rq files stay the definition: tests/test_build_identical.py checks that these rows are theirs on
    the fixture corpus and on awkward data (edit a feed, and those tests say whether this still agrees)."""
    wanted: dict = {p: {} for p in _P.values()}  # predicate -> subject -> [(object, graph)], as written
    for quads in written:
        for s, p, o, g in quads:
            found = wanted.get(p)
            if found is not None:
                values = found.get(s)
                if values is None:
                    found[s] = [(o, g)]
                else:
                    values.append((o, g))
    # name -> subject -> [object, once per graph stating it] (a quad written twice is stored once)
    by: dict[str, dict] = {
        name: {s: [o for o, _g in (vs if len(vs) == 1 else dict.fromkeys(vs))] for s, vs in wanted[p].items()}
        for name, p in _P.items()
    }
    classes: dict = {}  # class -> [node, once per graph stating `node a class`]
    for node, types in by["type"].items():
        for cls in types:
            classes.setdefault(cls, []).append(node)
    by["class"] = classes
    out: dict[str, list[tuple]] = {}
    for name, make in (("nodes", _nodes_rows), ("parts", _parts_rows), ("edges", _edges_rows),
                       ("coverage", _coverage_rows)):
        try:
            rows = make(by)
        except _NotAsStored:
            continue
        out[name] = sorted(rows, key=lambda r: tuple(v or "" for v in r))
    return out


def _of(index: dict, node: object) -> list:
    return index.get(node, ())


def _typed(by: dict, cls: URIRef) -> list:
    """Every node `?node a cls` matches, once per graph stating it."""
    return by["class"].get(cls, [])


def _nodes_rows(by: dict) -> list[tuple]:
    rows, text = [], _text
    labels, signed, published = by["label"], by["signed"], by["published"]
    for cls in _node_types():
        for node in _typed(by, cls):
            for label in _of(labels, node):
                for sig in _of(signed, node) or (None,):
                    for pub in _of(published, node) or (None,):
                        rows.append((text(node), text(label), text(cls), None if sig is None else text(sig),
                                     None if pub is None else text(pub)))
    return rows


def _parts_rows(by: dict) -> list[tuple]:
    provision = LEX.Provision
    pairs = {(child, parent) for child in _typed(by, provision) for parent in _of(by["part_of"], child)}
    return [(_text(child), _text(parent)) for child, parent in pairs]


def _edges_rows(by: dict) -> list[tuple]:
    text = _text
    provision = LEX.Provision
    numbered: dict = {}  # ?object ?objectNumber: a provision's numbers, once per (type, number) statement
    for node in _typed(by, provision):
        for number in _of(by["number"], node):
            numbered.setdefault(node, []).append(text(number))
    rows = []
    for q in _typed(by, LEX.QualifiedEdge):
        pins = [(text(pin), text(section)) for pin in _of(by["pinpoint"], q) for section in _of(by["number"], pin)]
        dates = [text(d) for d in _of(by["date"], q)] or [None]
        evidence = [text(e) for e in _of(by["evidence"], q)] or [None]
        for subject in _of(by["subject"], q):
            for prop in _of(by["predicate"], q):
                for obj in _of(by["object"], q):
                    numbers = numbered.get(obj) or [None]
                    for inst in _of(by["instrument"], q):
                        for quote in _of(by["quote"], q):
                            for method in _of(by["method"], q):
                                head = (text(q), text(subject), text(prop), text(obj))
                                tail = (text(inst),)
                                for number in numbers:
                                    for pin, section in pins or [(None, None)]:
                                        for date in dates:
                                            for ev in evidence:
                                                rows.append((*head, number, *tail, section, pin, date,
                                                             text(quote), text(method), ev))
    return rows


def _coverage_rows(by: dict) -> list[tuple]:
    instrument = LEX.Instrument
    date = XSD.date
    until: dict = {}
    for node in _typed(by, instrument):
        for source in _of(by["evidence"], node):
            for through in _of(by["through"], source):
                if not (isinstance(through, Literal) and through.datatype == date):
                    raise _NotAsStored  # MAX over other values: the query's ordering is not reproduced here
                key = (node, "true" if "/source/eo-markdown-" in str(source) else "false")
                value = _text(through)
                if key not in until or value > until[key]:
                    until[key] = value
    return [(_text(node), flag, value) for (node, flag), value in until.items()]


def build_projection(store: GraphStore) -> Projection:
    return assemble(store.version, projection_rows(store))


def assemble(version: str, rows: dict[str, list[tuple]]) -> Projection:
    """A projection from its rows (freshly queried or read back from disk): same rows, same projection."""
    proj = Projection(version=version)
    types: dict[str, list[str]] = {}
    for node, label, node_type, signed, published in rows["nodes"]:
        types.setdefault(node, []).append(local_type(node_type))
        dates = [d for d in (signed, published) if d is not None]
        entry = proj.nodes.setdefault(node, {"label": label, "date": None})
        if dates and (entry["date"] is None or min(dates) < entry["date"]):
            entry["date"] = min(dates)
    for node, node_types in types.items():
        proj.nodes[node]["type"] = most_specific(node_types)
    for child, parent in rows["parts"]:
        proj.parent[child] = parent
        proj.children.setdefault(parent, []).append(child)
    names: dict[str, str] = {}
    methods: dict[str, str] = {}
    for q, subject, prop, obj, number, instrument, section, pinpoint, date, quote, method, evidence in rows["edges"]:
        record = EdgeRecord(
            qualified=q, subject=subject, type=names.get(prop) or names.setdefault(prop, _edge_name(prop)),
            object=obj, subject_top=proj.top(subject), object_top=proj.top(obj), object_section=number,
            instrument=instrument, section=section, pinpoint=pinpoint, date=date, quote=quote,
            method=methods.get(method) or methods.setdefault(method, local_type(method)), evidence=evidence,
        )
        proj.edges.append(record)
        proj.by_object.setdefault(obj, []).append(record)
        proj.by_instrument.setdefault(record.instrument, []).append(record)
    for node, text, until in rows["coverage"]:
        kind = "texts" if text in ("true", "1") else "tables"
        proj.coverage.setdefault(node, {})[kind] = until
    _build_views(proj)
    return proj


def _build_views(proj: Projection) -> None:
    for node, data in proj.nodes.items():
        proj.graph.add_node(node, **data)
    for e in proj.edges:
        attrs = {
            "type": e.type, "qualified": e.qualified, "instrument": e.instrument, "section": e.section,
            "date": e.date, "quote": e.quote, "method": e.method, "evidence": e.evidence,
            "target_part": e.object if e.object != e.object_top else None,
            "target_section": e.object_section, "subject": e.subject_top, "object": e.object_top,
        }
        for end in (e.subject_top, e.object_top):
            if end not in proj.graph:
                proj.graph.add_node(end, label=end, date=None, type="Thing")
        proj.graph.add_edge(e.subject_top, e.object_top, key=e.qualified, **attrs)
        kind = BY_NAME.get(e.type)
        if kind is not None and kind.lineage:
            earlier, later = (e.subject_top, e.object_top) if kind.forward else (e.object_top, e.subject_top)
            proj.timeline.add_edge(earlier, later, key=e.qualified, **attrs)
    for node in proj.timeline.nodes:
        proj.timeline.nodes[node].update(proj.graph.nodes[node])


def _load_or_build(store: GraphStore) -> Projection:
    """Its rows are kept on disk beside the build (`builds/<build>.projection.pickle`), written by
    the build itself (see `prepare_build`) or else by the first process that makes them: at a
    million quads the queries take seconds, reading the rows back and assembling well under one."""
    rows = load_rows(store)
    if rows is None:
        rows = projection_rows(store)
        save_rows(store, rows)
    return assemble(store.version, rows)


projection: PerVersion[Projection] = PerVersion(_load_or_build)
"""The projection of a store's current version (rebuilt only when the store changes)."""


def saved_path(store: GraphStore, store_dir: Path | None = None) -> Path | None:
    """Where a build's projection rows are kept (None for an in-memory store or one with no build id).
    `store_dir`: the directory the build will have once it is moved into place (builds write it early)."""
    where = store_dir or store.path
    if where is None or not store.info.get("built"):
        return None
    return where.with_suffix(".projection.pickle")


def load_rows(store: GraphStore) -> dict[str, list[tuple]] | None:
    """The saved rows of this store version, or None (none saved, another version, another format, damaged)."""
    path = saved_path(store)
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as fh:
            found = pickle.load(fh)  # noqa: S301 - written by lexgraph beside its own build
    except Exception:  # noqa: BLE001 - a damaged file is rebuilt, never trusted
        return None
    if not isinstance(found, dict) or found.get("format") != SAVED_FORMAT or found.get("version") != store.version:
        return None
    rows = found.get("rows")
    return rows if isinstance(rows, dict) and set(rows) == set(ROW_COLUMNS) else None


def save_rows(store: GraphStore, rows: dict[str, list[tuple]], store_dir: Path | None = None) -> Path | None:
    """Write the rows beside the build, atomically (a temporary file, then a rename)."""
    path = saved_path(store, store_dir)
    if path is None:
        return None
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    try:
        with tmp.open("wb") as fh:
            pickle.dump({"format": SAVED_FORMAT, "version": store.version, "rows": rows}, fh,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:  # a read-only store directory: keep it in memory only
        tmp.unlink(missing_ok=True)
        return None
    return path


def prepare_build(store: GraphStore, store_dir: Path, written: Sequence[Sequence] | None = None) -> None:
    """graph.build's hook: the new build's rows, kept beside it, so that the first lineage after a
    server starts reads them instead of querying a million quads. `written`: every quad the build
    wrote (batches of quads): the rows are worked out from them (`rows_from_quads`), and only a feed
    they cannot give exactly is queried."""
    rows = rows_from_quads(written) if written is not None else {}
    missing = [name for name in ROW_COLUMNS if name not in rows]
    if missing:
        rows.update(projection_rows(store, missing))
    save_rows(store, {name: rows[name] for name in ROW_COLUMNS}, store_dir)


register_prepare(prepare_build)
