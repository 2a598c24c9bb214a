"""The authority chain of an instrument, as a tree a litigator can read.

What it rests on (its stated authority), what it cites, what it does (revokes, amends,
establishes, directs), and what others did to it or said of it (revoked by, amended by, cited
by) — each item with its pinpoint and quote, from the canned `authority` query.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from graph.store import GraphStore
from queries.catalog import get
from queries.cite import bluebook
from queries.nodes import describe, local_type

# (direction, edge type) -> branch of the tree, in reading order
BRANCHES = [
    ("basis", "Rests on (stated authority)", {("out", "authorizedBy")}),
    ("cites", "Cites", {("out", "cites")}),
    ("revokes", "Revokes or amends", {("out", "revokes"), ("out", "amends"), ("out", "supersedes")}),
    ("creates", "Establishes, directs, organises", {
        ("out", "establishes"), ("out", "directs"), ("out", "replaces"), ("out", "coChairs"),
        ("out", "memberOf"), ("out", "housedAt"), ("out", "reportsTo"),
    }),
    ("revoked_by", "Revoked or amended by", {("in", "revokes"), ("in", "amends"), ("in", "supersedes")}),
    ("cited_by", "Cited by (citing references)", {("in", "cites"), ("in", "authorizedBy")}),
    ("acted_on_by", "Other instruments acting on it", {
        ("in", "directs"), ("in", "establishes"), ("in", "replaces"),
    }),
]


@dataclass
class Authority:
    node: dict
    citation: str
    branches: dict[str, dict] = field(default_factory=dict)
    sparql: str = ""

    def as_dict(self, with_sparql: bool = False) -> dict:
        out = {"node": self.node, "citation": self.citation, "branches": self.branches}
        if with_sparql:
            out["sparql"] = self.sparql
        return out


def authority(store: GraphStore, iri: URIRef) -> Authority:
    query = get("authority")
    info = describe(store, iri)
    result = Authority(node=info.as_dict(), citation=bluebook(info), sparql=query.sparql)
    for key, title, _ in BRANCHES:
        result.branches[key] = {"title": title, "items": []}
    labels: dict[str, str] = {}
    for row in query.run(store, node=iri):
        kind = local_type(row["type"])
        direction = str(row["direction"])
        branch = next((k for k, _, members in BRANCHES if (direction, kind) in members), None)
        if branch is None:
            continue
        other = str(row["other"])
        if other not in labels:
            labels[other] = str(row.get("otherLabel") or describe(store, URIRef(other)).label)
        item = {
            "type": kind,
            "subject": str(row["subject"]),
            "object": str(row["object"]),
            "object_section": str(row["objectNumber"]) if "objectNumber" in row else None,
            "other": other,
            "label": labels[other],
            "section": str(row["section"]) if "section" in row else None,
            "date": str(row["date"]) if "date" in row else None,
            "quote": str(row["quote"]),
            "method": local_type(row["method"]),
            "evidence": str(row["evidence"]) if "evidence" in row else None,
        }
        if kind in ("directs", "establishes", "replaces", "coChairs", "memberOf", "housedAt", "reportsTo"):
            item["label"] = _organisation_phrase(store, item, labels)
        result.branches[branch]["items"].append(item)
    return result


def _organisation_phrase(store: GraphStore, item: dict, labels: dict[str, str]) -> str:
    def name(node: str) -> str:
        if node not in labels:
            labels[node] = describe(store, URIRef(node)).label
        return labels[node]

    verb = {"coChairs": "co-chairs", "memberOf": "member of", "housedAt": "housed at",
            "reportsTo": "reports to"}.get(item["type"], item["type"])
    if item["type"] in ("directs", "establishes"):
        return f"{verb} {name(item['object'])}"
    return f"{name(item['subject'])} {verb} {name(item['object'])}"
