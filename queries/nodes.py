"""One node's description (label, type, date), from the `node` canned query."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace

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
    published: str | None = None  # the Federal Register issue date (Bluebook dates an FR cite by it)
    fr_page: int | None = None  # a provision's first Federal Register page
    cfr_citation: str | None = None  # the 3 C.F.R. compilation cite, where known: "3 C.F.R. 327 (2022)"
    text_loaded: bool | None = None  # False: known only from other instruments' edges
    in_graph: bool = True  # False: a section of a known order that no source put in the graph

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None and not (k == "in_graph" and v)}


def _info(store: GraphStore, iri: str, rows: list[dict]) -> NodeInfo:
    if not rows:
        return _unloaded_section(store, iri) or NodeInfo(id=iri, label=iri, type="Thing")
    row = rows[0]
    date = row.get("signed") or row.get("published")
    return NodeInfo(
        id=iri,
        label=str(row.get("label") or row.get("title") or iri),
        type=most_specific([local_type(r["type"]) for r in rows]),
        date=str(date) if date else None,
        title=str(row["title"]) if "title" in row else None,
        fr_citation=str(row["frCitation"]) if "frCitation" in row else None,
        number=str(row["number"]) if "number" in row else None,
        part_of=str(row["partOf"]) if "partOf" in row else None,
        heading=str(row["heading"]) if "heading" in row else None,
        eo_number=int(row["eoNumber"]) if "eoNumber" in row else None,
        published=str(row["published"]) if "published" in row else None,
        fr_page=int(row["frPage"]) if "frPage" in row else None,
        cfr_citation=str(row["cfrCitation"]) if "cfrCitation" in row else None,
        text_loaded=_text_loaded(rows),
    )


# Descriptions of the current store version, like the projection: a store never changes under
# a version (a build makes a new one), so a node is described once, however many answers need it.
_MAX_CACHED = 20_000
_cache: dict[tuple[int, str], dict[str, NodeInfo]] = {}
_lock = threading.Lock()


def _known(store: GraphStore) -> dict[str, NodeInfo]:
    key = (id(store), store.version)
    with _lock:
        known = _cache.get(key)
        if known is None or len(known) > _MAX_CACHED:
            _cache.clear()
            known = _cache[key] = {}
        return known


def describe(store: GraphStore, iri: URIRef) -> NodeInfo:
    known = _known(store)
    if str(iri) not in known:
        known[str(iri)] = _info(store, str(iri), get("node").run(store, node=iri))
    return replace(known[str(iri)])


def describe_many(store: GraphStore, iris: Iterable[str]) -> dict[str, NodeInfo]:
    """Descriptions of many nodes with one query (what `describe` gives for each)."""
    known = _known(store)
    wanted = {str(i) for i in iris}
    missing = wanted - set(known)
    if missing:
        rows: dict[str, list[dict]] = {}
        for row in get("node").run_many(store, "node", missing):
            rows.setdefault(str(row["node"]), []).append(row)
        for iri in missing:
            known[iri] = _info(store, iri, rows.get(iri, []))
    return {iri: replace(known[iri]) for iri in wanted}


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
