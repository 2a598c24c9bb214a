"""The lineage of an instrument or body: where it came from and what happened to it.

Built on the canned `lineage` query (queries/rq/lineage.rq); this module only shapes the rows
into nodes and edges, orders them by date and names edge types the way people say them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from graph.store import GraphStore
from queries.catalog import get
from queries.nodes import NodeInfo, describe, local_type


@dataclass
class Edge:
    source: str
    target: str
    type: str  # establishes | revokes | revokes_in_part | replaces | supersedes | directs | amends
    section: str | None  # pinpoint in the instrument that makes the edge, e.g. "3(a)(i)"
    quote: str
    date: str | None
    instrument: str  # the instrument whose text makes the edge
    target_part: str | None = None  # the revoked section, when only part of the target is revoked
    target_section: str | None = None  # its number, e.g. "3"
    method: str = "curated"
    evidence: str | None = None  # the source document the edge was checked in
    qualified: str | None = None  # IRI of the qualified edge node

    def as_dict(self) -> dict:
        """The documented keys always appear (null when unknown); optional extras only when set."""
        always = {"source", "target", "type", "section", "quote", "date"}
        return {k: v for k, v in self.__dict__.items() if v is not None or k in always}


@dataclass
class Lineage:
    node: NodeInfo
    nodes: list[NodeInfo] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
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


def lineage(store: GraphStore, iri: URIRef) -> Lineage:
    query = get("lineage")
    rows = query.run(store, node=iri)
    nodes: dict[str, NodeInfo] = {}
    edges: list[Edge] = []
    for row in rows:
        for end in ("source", "target"):
            node_id = str(row[end])
            if node_id not in nodes:
                nodes[node_id] = NodeInfo(
                    id=node_id,
                    label=_text(row, f"{end}Label") or node_id,
                    type=local_type(row[f"{end}Type"]) if f"{end}Type" in row else "Thing",
                    date=_text(row, f"{end}Date"),
                )
        kind = local_type(row["type"])
        part = _text(row, "targetPart")
        edges.append(
            Edge(
                source=str(row["source"]),
                target=str(row["target"]),
                type="revokes_in_part" if kind == "revokes" and part else kind,
                section=_text(row, "section"),
                quote=str(row["quote"]),
                date=_text(row, "date"),
                instrument=str(row["instrument"]),
                target_part=part,
                target_section=_text(row, "targetPartNumber"),
                method=local_type(row["method"]),
                evidence=_text(row, "evidenceSource"),
                qualified=str(row["qualified"]),
            )
        )
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
    edges.sort(key=lambda e: (e.date or "9999", nodes[e.source].date or "", e.source, e.type))
    return Lineage(node=start, nodes=ordered, edges=edges, sparql=query.sparql)
