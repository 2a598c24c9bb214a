"""The authority chain of an instrument, as a tree a litigator can read.

What it rests on (its stated authority), what it cites, what it does (revokes, amends,
establishes, directs), and what others did to it or said of it (revoked by, amended by, cited
by) — each item with its pinpoint and quote, from the canned `authority` query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import URIRef

from graph.edge_types import BRANCHES, BY_NAME
from graph.store import GraphStore
from queries.catalog import get
from queries.cite import bluebook
from queries.evidence import prefer_curated
from queries.nodes import describe
from queries.projection import EdgeRecord, Projection, projection


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
    query = get("authority")  # the same answer in SPARQL, returned with it
    info = describe(store, iri)
    result = Authority(node=info.as_dict(), citation=bluebook(info), sparql=query.text_bound(node=iri))
    for key, title in BRANCHES.items():
        result.branches[key] = {"title": title, "items": []}
    proj = projection(store)
    node = str(iri)
    for direction, kind, e in edges_of(proj, node):
        edge_type = BY_NAME.get(kind)
        branch = None if edge_type is None else edge_type.out_branch if direction == "out" else edge_type.in_branch
        if branch is None:
            continue
        other = e.object if direction == "out" else e.instrument
        item = {
            "type": kind, "direction": direction, "subject": e.subject, "object": e.object,
            "object_section": e.object_section,
            "other": other, "label": proj.label(other), "section": e.section, "date": e.date,
            "quote": e.quote, "method": e.method, "evidence": e.evidence, "qualified": e.qualified,
        }
        if edge_type.out_branch == "creates":
            item["label"] = _organisation_phrase(proj, item)
            if direction == "in":  # another instrument acting on this node: name that instrument
                by = proj.label(e.instrument)
                phrase = item["label"]
                item["label"] = f"{phrase} (by {by})" if edge_type.organising else f"{by} {edge_type.present}"
        result.branches[branch]["items"].append(item)
    for branch in result.branches.values():
        branch["items"] = [lead for lead, _ in prefer_curated(
            branch["items"], key=lambda i: (i["type"], i["subject"], i["object"], i["other"], i["section"]),
            method=lambda i: i["method"],
        )]
        branch["items"].sort(key=lambda i: (i["date"] or "", i["label"], section_key(i["section"])))
    return result


def section_key(section: str | None) -> tuple:
    """'2(a)' < '10': sections in numeric order, not as strings."""
    parts = re.findall(r"\d+|[^\d()]+", section or "")
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def edges_of(proj: Projection, node: str) -> list[tuple[str, str, EdgeRecord]]:
    """What queries/rq/authority.rq selects: edges the instrument makes ("out") and edges other
    instruments make about it or its provisions ("in")."""
    found = [("out", e.type, e) for e in proj.by_instrument.get(node, ())]
    for target in (node, *proj.parts_of(node)):
        found += [("in", e.type, e) for e in proj.by_object.get(target, ()) if e.instrument != node]
    return sorted(found, key=lambda f: (f[0], f[1], f[2].date or "", f[2].object))


def _organisation_phrase(proj: Projection, item: dict) -> str:
    kind = BY_NAME[item["type"]]
    if not kind.organising:
        return f"{kind.present} {proj.label(item['object'])}"
    return f"{proj.label(item['subject'])} {kind.present} {proj.label(item['object'])}"
