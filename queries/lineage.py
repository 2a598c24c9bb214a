"""The lineage of an instrument or body: where it came from and what happened to it.

Answered from the in-memory projection (queries/projection.py); queries/rq/lineage.rq states
the same answer in SPARQL, is returned with it, and the tests check that the two agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
from rdflib import URIRef

from graph.edge_types import BY_NAME, LINEAGE, edge_type, shown_type
from graph.errors import InvalidInput
from graph.node_types import LINEAGE_MEMBERS
from graph.store import GraphStore
from queries.catalog import get
from queries.evidence import prefer_curated
from queries.nodes import NodeInfo, describe
from queries.projection import projection


@dataclass
class LineageEdge:
    source: str
    target: str
    type: str  # a lineage edge type of graph/edge_types.py
    section: str | None  # pinpoint in the instrument that makes the edge, e.g. "3(a)(i)"
    quote: str
    date: str | None
    instrument: str  # the instrument whose text makes the edge
    target_part: str | None = None  # the revoked section, when only part of the target is revoked
    target_section: str | None = None  # its number, e.g. "3"
    stated_type: str | None = None  # the type as the text states it, when `type` is its effect on the order
    method: str = "curated"
    evidence: str | None = None  # the source document the edge was checked in
    qualified: str | None = None  # IRI of the qualified edge node
    corroborated_by: list[str] | None = None  # other qualified edges proving the same edge

    def as_dict(self) -> dict:
        """The documented keys always appear (null when unknown); optional extras only when set."""
        always = {"source", "target", "type", "section", "quote", "date"}
        return {k: v for k, v in self.__dict__.items() if v is not None or k in always}


@dataclass
class Lineage:
    node: NodeInfo
    nodes: list[NodeInfo] = field(default_factory=list)
    edges: list[LineageEdge] = field(default_factory=list)
    sparql: str = ""

    def as_dict(self, with_sparql: bool = False) -> dict:
        out = {
            "node": self.node.as_dict(),
            "nodes": [n.as_dict() for n in self.nodes],
            "edges": [e.as_dict() for e in self.edges],
        }
        if with_sparql:
            out["sparql"] = self.sparql
        return out


def _text(row: dict, key: str) -> str | None:
    value = row.get(key)
    return None if value is None else str(value)


def _pin_key(section: str | None) -> list:
    """Natural order of pinpoints: 3(a) < 3(a)(i) < 3(b) < 10."""
    import re

    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.findall(r"\d+|[a-zA-Z]+", section or "")]


def _merge_evidence(edges: list[LineageEdge]) -> list[LineageEdge]:
    merged = []
    for lead, others in prefer_curated(
        edges, key=lambda e: (e.source, e.type, e.target, e.target_part), method=lambda e: e.method
    ):
        if others:
            lead.corroborated_by = sorted({o.qualified for o in others if o.qualified})
        merged.append(lead)
    # 'Revoked in part by A' (a table note naming no section) corroborates A's revocation of one of
    # its sections rather than standing beside it as another edge.
    parts = {(e.source, e.type, e.target): e for e in merged if e.target_part}
    out = []
    for e in merged:
        named = parts.get((e.source, e.type, e.target)) if not e.target_part else None
        if named is not None:
            named.corroborated_by = sorted({*(named.corroborated_by or []), *([e.qualified] if e.qualified else []),
                                            *(e.corroborated_by or [])})
            continue
        out.append(e)
    return out


def _through(data: dict) -> bool:
    kind = BY_NAME.get(data["type"])
    return kind is not None and kind.through


def lineage_members(timeline: nx.MultiDiGraph, node: str) -> set[str]:
    """What lineage.rq selects as members: the node, what it comes from and what came after it
    along edges a lineage follows through (revokes, supersedes, establishes, directs, ...), and one
    step aside from any of those along the others (what they amend or continue, what amends them)."""
    if node not in timeline:
        return {node}
    core = {node}
    for step in (timeline.in_edges, timeline.out_edges):  # ancestors, then descendants
        seen, frontier = {node}, [node]
        while frontier:
            at = frontier.pop()
            for u, v, data in step(at, data=True):
                other = u if v == at else v
                if other not in seen and _through(data):
                    seen.add(other)
                    frontier.append(other)
        core |= seen
    aside = set()
    for m in core:
        for u, v, data in (*timeline.in_edges(m, data=True), *timeline.out_edges(m, data=True)):
            if not _through(data):
                aside.add(u if v == m else v)
    return core | aside


def restrict(result: Lineage, depth: int | None, types: set[str] | None, as_of: str | None) -> None:
    """Keep edges of the chosen types in effect by `as_of`, and nodes within `depth` steps."""
    edges = [
        e for e in result.edges
        if (types is None or e.type in types) and not (as_of and e.date and e.date > as_of)
    ]
    earlier: dict[str, set[str]] = {}
    later: dict[str, set[str]] = {}
    for e in edges:
        forward = edge_type(e.type).forward  # the projection's orientation
        a, b = (e.source, e.target) if forward else (e.target, e.source)
        later.setdefault(a, set()).add(b)
        earlier.setdefault(b, set()).add(a)
    keep = {result.node.id}
    for links in (earlier, later):  # ancestors, then descendants, breadth first
        frontier, seen, step = {result.node.id}, {result.node.id}, 0
        while frontier and (depth is None or step < depth):
            frontier = {n for f in frontier for n in links.get(f, ())} - seen
            seen |= frontier
            step += 1
        keep |= seen
    result.edges = [e for e in edges if e.source in keep and e.target in keep]
    result.nodes = [n for n in result.nodes if n.id in keep]


def lineage(
    store: GraphStore,
    iri: URIRef,
    *,
    depth: int | None = None,
    types: set[str] | None = None,
    as_of: str | None = None,
) -> Lineage:
    """Lineage of a node; `depth`, `types` (lineage types of graph/edge_types.py) and `as_of` narrow it."""
    for name in sorted(types or ()):
        if not edge_type(name).lineage:
            raise InvalidInput(f"{name!r} is not a lineage edge type; use {', '.join(sorted(LINEAGE))}")
    if depth is not None and depth < 1:
        raise InvalidInput("depth must be at least 1")
    query = get("lineage")
    proj = projection(store)
    node = proj.top(str(iri))
    members = {m for m in lineage_members(proj.timeline, node) if m == node or proj.type(m) in LINEAGE_MEMBERS}
    nodes: dict[str, NodeInfo] = {}
    edges: list[LineageEdge] = []
    member_edges = (
        (u, v, d) for m in members if m in proj.timeline for u, v, d in proj.timeline.out_edges(m, data=True)
    )
    for _source, target, data in member_edges:
        if target not in members:
            continue
        subject, obj = data["subject"], data["object"]
        for end in (subject, obj):
            if end not in nodes:
                nodes[end] = NodeInfo(id=end, label=proj.label(end), type=proj.type(end),
                                      date=proj.nodes.get(end, {}).get("date"))
        part = data["target_part"]
        edges.append(
            LineageEdge(
                source=subject, target=obj,
                type=shown_type(data["type"], bool(part)),
                stated_type=data["type"] if shown_type(data["type"], bool(part)) != data["type"] else None,
                section=data["section"], quote=data["quote"], date=data["date"],
                instrument=data["instrument"], target_part=part, target_section=data["target_section"],
                method=data["method"], evidence=data["evidence"], qualified=data["qualified"],
            )
        )
    edges = _merge_evidence(edges)
    # A body has no signing date: it dates from the first edge that establishes it.
    for edge in sorted(edges, key=lambda e: e.date or "9999"):
        target = nodes[edge.target]
        if target.date is None and edge.type == "establishes" and edge.date:
            target.date = edge.date
    for node in nodes.values():
        if node.date is None:
            dates = [e.date for e in edges if node.id in (e.source, e.target) and e.date]
            node.date = min(dates) if dates else None
    start = describe(store, iri)
    if str(iri) not in nodes:
        nodes[str(iri)] = start
    ordered = sorted(nodes.values(), key=lambda n: (n.date or "9999", n.label))
    edges.sort(key=lambda e: (e.date or "9999", nodes[e.source].date or "", e.source, e.type, _pin_key(e.section)))
    result = Lineage(node=start, nodes=ordered, edges=edges, sparql=query.text_bound(node=iri))
    if depth is not None or types is not None or as_of is not None:
        restrict(result, depth, types, as_of)
    return result
