"""A networkx projection of the graph, built once per store version and reused.

Nodes are instruments, bodies, offices and code sections (provisions fold into their
instrument; the edge keeps the provision). Two views share the same data:

* `graph`: a MultiDiGraph with every edge as the text states it (subject -> object);
* `timeline`: a DiGraph oriented from earlier to later, so that ancestors are what a node
  comes from and descendants what came after: an establisher precedes what it establishes, a
  revoked, directed, replaced or amended thing precedes what acted on it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import networkx as nx

from graph.store import GraphStore
from queries.catalog import get
from queries.nodes import local_type, most_specific

# edge type -> True when the edge runs forward in time (subject earlier than object)
TIMELINE = {
    "establishes": True,
    "revokes": False,
    "revokesInPart": False,
    "replaces": False,
    "supersedes": False,
    "directs": False,
    "amends": False,
}
LINEAGE_TYPES = frozenset(TIMELINE)


@dataclass
class Projection:
    version: str
    graph: nx.MultiDiGraph
    timeline: nx.MultiDiGraph


_cache: dict[int, Projection] = {}
_lock = threading.Lock()


def _str(row: dict, key: str) -> str | None:
    return str(row[key]) if key in row else None


def build_projection(store: GraphStore) -> Projection:
    graph = nx.MultiDiGraph()
    types: dict[str, list[str]] = {}
    for row in get("nodes").run(store):
        node = str(row["node"])
        types.setdefault(node, []).append(local_type(row["type"]))
        graph.add_node(node, label=str(row["label"]), date=_str(row, "date"))
    for node, node_types in types.items():
        graph.nodes[node]["type"] = most_specific(node_types)
    timeline = nx.MultiDiGraph()
    for row in get("edges").run(store):
        source = str(row.get("subjectTop") or row["subject"])
        target = str(row.get("objectTop") or row["object"])
        kind = local_type(row["type"])
        attrs = {
            "type": kind,
            "qualified": str(row["q"]),
            "instrument": str(row["instrument"]),
            "section": _str(row, "section"),
            "date": _str(row, "date"),
            "quote": str(row["quote"]),
            "method": local_type(row["method"]),
            "evidence": _str(row, "evidence"),
            "target_part": str(row["object"]) if "objectTop" in row else None,
            "target_section": _str(row, "objectNumber"),
        }
        for end in (source, target):
            if end not in graph:
                graph.add_node(end, label=end, date=None, type="Thing")
        graph.add_edge(source, target, key=attrs["qualified"], **attrs)
        if kind in TIMELINE:
            earlier, later = (source, target) if TIMELINE[kind] else (target, source)
            timeline.add_edge(earlier, later, key=attrs["qualified"], **attrs, subject=source, object=target)
    for node, data in graph.nodes(data=True):
        if node in timeline:
            timeline.nodes[node].update(data)
    return Projection(version=store.version, graph=graph, timeline=timeline)


def projection(store: GraphStore) -> Projection:
    """The cached projection for this store version (rebuilt only when the store changes)."""
    key = id(store)
    cached = _cache.get(key)
    if cached is not None and cached.version == store.version:
        return cached
    with _lock:
        cached = _cache.get(key)
        if cached is None or cached.version != store.version:
            cached = build_projection(store)
            _cache.clear()  # one store is served at a time; drop the old version
            _cache[key] = cached
    return cached
