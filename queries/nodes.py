"""One node's description (label, type, date), from the `node` canned query."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from graph.namespaces import LEX
from graph.node_types import most_specific
from graph.store import GraphStore
from queries.catalog import get


def local_type(iri: object) -> str:
    text = str(iri)
    return text[len(str(LEX)) :] if text.startswith(str(LEX)) else text


@dataclass
class NodeInfo:
    id: str
    label: str
    type: str
    date: str | None = None
    title: str | None = None
    fr_citation: str | None = None
    number: str | None = None
    part_of: str | None = None
    heading: str | None = None
    eo_number: int | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def describe(store: GraphStore, iri: URIRef) -> NodeInfo:
    rows = get("node").run(store, node=iri)
    if not rows:
        return NodeInfo(id=str(iri), label=str(iri), type="Thing")
    row = rows[0]
    date = row.get("signed") or row.get("published")
    return NodeInfo(
        id=str(iri),
        label=str(row.get("label") or row.get("title") or iri),
        type=most_specific([local_type(r["type"]) for r in rows]),
        date=str(date) if date else None,
        title=str(row["title"]) if "title" in row else None,
        fr_citation=str(row["frCitation"]) if "frCitation" in row else None,
        number=str(row["number"]) if "number" in row else None,
        part_of=str(row["partOf"]) if "partOf" in row else None,
        heading=str(row["heading"]) if "heading" in row else None,
        eo_number=int(row["eoNumber"]) if "eoNumber" in row else None,
    )
