"""One node's description (label, type, date), from the `node` canned query."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from graph.namespaces import LEX, pinpoint_label, split_section_id
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
    text_loaded: bool | None = None  # False: known only from other instruments' edges
    in_graph: bool = True  # False: a section of a known order that no source put in the graph

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None and not (k == "in_graph" and v)}


def describe(store: GraphStore, iri: URIRef) -> NodeInfo:
    rows = get("node").run(store, node=iri)
    if not rows:
        return _unloaded_section(store, iri) or NodeInfo(id=str(iri), label=str(iri), type="Thing")
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
        text_loaded=_text_loaded(rows),
    )


def _unloaded_section(store: GraphStore, iri: URIRef) -> NodeInfo | None:
    """A section of a known order that is not itself in the graph: named after its order."""
    base = store.base_iri
    text = str(iri)
    section = split_section_id(text[len(base) :]) if text.startswith(base) else None
    if section is None:
        return None
    order = describe(store, URIRef(base + section[0]))
    if order.type == "Thing":
        return None
    path = section[1]
    parent = base + section[0] + ("/sec/" + "/".join(path[:-1]) if len(path) > 1 else "")
    pin = pinpoint_label(path)
    return NodeInfo(
        id=text, label=f"{order.label} § {pin}", type="Section" if len(path) == 1 else "Paragraph",
        number=pin, part_of=parent, in_graph=False,
    )


def _text_loaded(rows: list[dict]) -> bool | None:
    """False when some source marks the node lex:textLoaded false and none gives its title."""
    flags = {str(r["textLoaded"]).lower() for r in rows if "textLoaded" in r}
    if "false" in flags and not any("title" in r for r in rows):
        return False
    return None
