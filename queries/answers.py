"""One answer per capability: the JSON that `lexgraph <command> --format json` prints and that
`/api/<command>` returns are the same dict, made here. The CLI's text output is a rendering of it.

Each function takes what a user types (an identifier in any form the resolver accepts) and
returns plain JSON-ready data; bad input raises a LexgraphError. Enrichment (citations, plain
labels, commentary, statuses) is batched: one query describes every node of an answer.
"""

from __future__ import annotations

import datetime as dt

from rdflib import URIRef

from graph import edge_types
from graph.errors import InvalidInput
from graph.namespaces import section_id
from graph.store import GraphStore
from queries.authority import authority
from queries.catalog import get
from queries.cite import bluebook, parallel_cite, pinpoint, plain_label
from queries.lineage import lineage
from queries.nodes import describe, describe_many
from queries.paths import find_paths
from queries.resolve import resolve
from queries.status import status

GENERAL = "general"  # the commentary audience a lineage carries


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    """'2022-03-01' -> date; None stays None; anything else is InvalidInput."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidInput(f"not a {what} (YYYY-MM-DD): {text!r}") from exc


def parse_types(text: str | None) -> set[str] | None:
    """'revokes,replaces' -> {'revokes', 'replaces'}; None or '' -> None (every type).
    Every name is checked against graph/edge_types.py: an unknown one is an error naming the known."""
    names = edge_types.parse_types(text)
    return None if names is None else set(names)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def resolve_answer(store: GraphStore, ident: str) -> dict:
    return {"id": ident, "iri": str(resolve(store, ident))}


def queries_answer() -> list[dict]:
    """The canned queries (queries/rq/*.rq): `lexgraph queries --format json` and `/api/queries`."""
    from queries.catalog import catalog

    return [
        {"name": q.name, "title": q.title, "description": q.description, "kind": q.kind,
         "params": [{"name": p.name, "type": p.type, "description": p.description} for p in q.params],
         "page": q.page}
        for q in catalog().values()
    ]


def canned_values(store: GraphStore, name: str, values: dict[str, str]) -> dict[str, object]:
    """A canned query's parameter values with every `iri` parameter resolved like any other ID:
    `instrument=EO 13773` works wherever `instrument=<IRI>` does (the CLI's --param and
    /api/queries/{name}). Other types are checked by the catalog when bound."""
    query = get(name)
    kinds = {p.name: p.type for p in query.params}
    def value(name: str, text: object) -> object:
        if kinds.get(name) != "iri" or not isinstance(text, str) or "://" in text:
            return text  # an IRI is bound as given (checked by the catalog): an unknown one matches nothing
        return resolve(store, text)

    return {k: value(k, v) for k, v in values.items()}


def node_answer(store: GraphStore, ident: str) -> dict:
    """An instrument, provision or body: label, type, dates, Bluebook citation, plain label."""
    info = describe(store, resolve(store, ident))
    answer = {**info.as_dict(), "citation": bluebook(info), "plain": plain_label(info)}
    if parallel_cite(info):
        answer["parallel_citation"] = parallel_cite(info)
    return answer


def _provision(edge: dict) -> str | None:
    """The IRI of the provision that makes an edge (its FR page pinpoints the cite), if named."""
    section = edge.get("section")
    if not section or section == "preamble" or not edge.get("qualified"):
        return None
    try:
        return section_id(edge["instrument"], section)
    except ValueError:
        return None


def lineage_answer(
    store: GraphStore,
    ident: str,
    *,
    depth: int | None = None,
    types: set[str] | None = None,
    as_of: dt.date | None = None,
    on: dt.date | None = None,
    with_sparql: bool = False,
) -> dict:
    """The lineage, each node with its citation, plain label and general commentary (and its
    status on `on`, when given), each edge with the Bluebook cite of the provision that makes it."""
    iri = resolve(store, ident)
    result = lineage(store, iri, depth=depth, types=types, as_of=_iso(as_of))
    body = result.as_dict(with_sparql=with_sparql)
    provisions = {e["qualified"]: p for e in body["edges"] if (p := _provision(e))}
    ids = {n["id"] for n in body["nodes"]} | {e["instrument"] for e in body["edges"]} | set(provisions.values())
    infos = describe_many(store, ids)
    notes: dict[str, list[dict]] = {}
    for row in get("commentary").run_many(store, "node", [n["id"] for n in body["nodes"]], audience=GENERAL):
        notes.setdefault(str(row["node"]), []).append(
            {"heading": str(row.get("heading", "")), "text": str(row["text"])}
        )
    for node in body["nodes"]:
        info = infos[node["id"]]
        node["citation"], node["plain"] = bluebook(info), plain_label(info)
        if parallel_cite(info):
            node["parallel_citation"] = parallel_cite(info)
        if node["id"] in notes:
            node["commentary"] = notes[node["id"]]
        if on is not None:
            node["status"] = status(store, URIRef(node["id"]), on).status
    for edge in body["edges"]:
        provision = infos.get(provisions.get(edge.get("qualified"), ""))
        edge["citation"] = bluebook(infos[edge["instrument"]], pin_page=provision.fr_page if provision else None)
        edge["pinpoint"] = pinpoint(edge.get("section"))
    if on is not None:
        body["on"] = on.isoformat()
    return body


def status_answer(store: GraphStore, ident: str, on: dt.date | None = None, with_sparql: bool = False) -> dict:
    """Status on `on` (default today), with the proof: the edges that changed it, or, for `in_force`,
    what the sources say positively (signed, published) and how far they reach without recording
    a revocation or amendment (`proof`)."""
    answer = status(store, resolve(store, ident), on or dt.date.today()).as_dict(with_sparql=with_sparql)
    if answer["status"] == "in_force":
        answer["proof"] = in_force_proof(store, answer)
    return answer


def in_force_proof(store: GraphStore, answer: dict) -> list[dict]:
    """Why an instrument is in force on a date: it was signed (and published) by then, and no
    revocation, supersession or suspension — nor, unless listed, amendment — is recorded in the
    sources through their coverage date. Each fact is one dict with a `text` for people."""
    order = describe(store, URIRef(answer["id"].split("/sec/", 1)[0]))
    proof: list[dict] = []
    if order.date:
        proof.append({"fact": "signed", "date": order.date, "text": f"{order.label} was signed on {order.date}"})
    if order.fr_citation:
        when = f" on {order.published}" if order.published else ""
        proof.append({"fact": "published", "date": order.published, "citation": order.fr_citation,
                      "text": f"published at {order.fr_citation}{when}"})
    through = (answer.get("coverage") or {}).get("through")
    acts = "revocation, supersession or suspension" if answer["amended_by"] else \
        "revocation, supersession, suspension or amendment"
    reach = f"in the sources through {through}" if through else "in the curated facts this store holds"
    if through and answer["on"] < through:
        reach = f"in the sources (through {through}) on or before {answer['on']}"
    proof.append({"fact": "not_revoked", "through": through,
                  "text": f"no {acts} of {answer['label']} is recorded {reach}"})
    return proof


def authority_answer(store: GraphStore, ident: str, with_sparql: bool = False) -> dict:
    return authority(store, resolve(store, ident)).as_dict(with_sparql=with_sparql)


def path_answer(
    store: GraphStore,
    source: str,
    target: str,
    *,
    max_length: int = 6,
    all_paths: bool = False,
    types: set[str] | None = None,
    as_of: dt.date | None = None,
    with_sparql: bool = False,
    via_hubs: bool = False,
) -> dict:
    """How two nodes are connected: the shortest path (or all, up to `max_length` steps), not
    through hub nodes such as the Constitution unless `via_hubs` (queries/paths.py, HUB_KINDS)."""
    a, b = str(resolve(store, source)), str(resolve(store, target))
    result = find_paths(
        store, a, b, max_length=max_length, all_paths=all_paths, types=sorted(types) if types else None,
        as_of=_iso(as_of), via_hubs=via_hubs,
    )
    return result.as_dict(with_sparql=with_sparql)


def orders_answer(
    store: GraphStore, *, president: str | None = None, year: int | None = None, on: str | dt.date | None = None,
    limit: int = 0,
) -> dict:
    """Executive orders of a President and/or a year, each with its status on `on` (default today),
    and the count of each status: `lexgraph orders` and `/api/orders`."""
    from queries.orders import orders_with_status

    day = parse_date(on) if isinstance(on, str) else on
    if president is None and year is None:
        raise InvalidInput("give a President, a year, or both")
    return orders_with_status(store, president, year, day or dt.date.today(), limit)


def search_answer(store: GraphStore, q: str, limit: int = 20) -> dict:
    """Orders whose titles contain the words of `q`, best first: `/api/resolve?q=`, `lexgraph search`."""
    from queries.orders import search_titles

    return {"q": q, "results": search_titles(store, q, limit)}
