"""JSON API under /api/: the capabilities of queries/, each able to return its SPARQL.

Every answer is made by queries/answers.py, the same dict `lexgraph <command> --format json`
prints. Handlers do no error handling: a LexgraphError becomes the shared error shape
(server/errors.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from graph.edge_types import BRANCHES, EDGE_TYPES, EFFECTS
from graph.errors import InvalidInput
from graph.namespaces import PREFIXES
from queries import answers, catalog
from server.deps import StoreDep
from server.errors import responses

router = APIRouter(prefix="/api", tags=["api"], responses=responses(400, 404, 422, 503))

IdParam = Annotated[str, Query(description='An identifier: "EO 14060", "86 FR 71793", "USCTOC", an IRI, ...')]
SparqlParam = Annotated[bool, Query(description="include the SPARQL behind the answer")]
DateParam = Annotated[dt.date | None, Query(description="a date, YYYY-MM-DD")]
TypesParam = Annotated[str | None, Query(description="comma-separated edge types")]


@router.get("/resolve", operation_id="resolve")
def api_resolve(
    store: StoreDep,
    id: Annotated[str | None, Query(description='An identifier: "EO 14060", "86 FR 71793", "USCTOC", an IRI')] = None,
    q: Annotated[str | None, Query(description="words of an order's title: the matching orders, best first")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> JSONResponse:
    """`id`: the IRI an identifier names. `q`: orders whose titles have these words, ranked."""
    if (id is None) == (q is None):
        raise InvalidInput("give exactly one of id (an identifier) or q (words of a title)")
    if q is not None:
        return JSONResponse(answers.search_answer(store, q, limit))
    return JSONResponse(answers.resolve_answer(store, id))


@router.get("/orders", operation_id="orders")
def api_orders(
    store: StoreDep,
    president: Annotated[str | None, Query(description='a President: "Obama", "barack-obama", an IRI')] = None,
    year: Annotated[int | None, Query(ge=1789, le=2100, description="year of signing")] = None,
    on: DateParam = None,
    limit: Annotated[int, Query(ge=0, le=10000, description="at most this many orders listed (0: all)")] = 0,
) -> JSONResponse:
    """Executive orders by President and year, each with its status on `on` (default today), and
    how many are in force, revoked, ...; the same answer as `lexgraph orders`."""
    return JSONResponse(answers.orders_answer(store, president=president, year=year, on=on, limit=limit))


@router.get("/node", operation_id="node")
def api_node(store: StoreDep, id: IdParam) -> JSONResponse:
    """An instrument, provision or body: label, type, dates, Bluebook citation."""
    return JSONResponse(answers.node_answer(store, id))


@router.get("/lineage", operation_id="lineage")
def api_lineage(
    store: StoreDep,
    id: IdParam,
    sparql: SparqlParam = False,
    on: DateParam = None,
    depth: Annotated[int | None, Query(ge=1, le=20)] = None,
    types: TypesParam = None,
    as_of: DateParam = None,
) -> JSONResponse:
    """The lineage; with `on`, each node also carries its status on that date."""
    return JSONResponse(answers.lineage_answer(
        store, id, depth=depth, types=answers.parse_types(types), as_of=as_of, on=on, with_sparql=sparql,
    ))


@router.get("/status", operation_id="status")
def api_status(store: StoreDep, id: IdParam, on: DateParam = None, sparql: SparqlParam = False) -> JSONResponse:
    """Status on a date (default today), with the proof."""
    return JSONResponse(answers.status_answer(store, id, on, with_sparql=sparql))


@router.get("/authority", operation_id="authority")
def api_authority(store: StoreDep, id: IdParam, sparql: SparqlParam = False) -> JSONResponse:
    return JSONResponse(answers.authority_answer(store, id, with_sparql=sparql))


@router.get("/path", operation_id="path")
def api_path(
    store: StoreDep,
    source: IdParam,
    target: IdParam,
    all: bool = False,
    max_length: Annotated[int, Query(ge=1, le=12)] = 6,
    types: TypesParam = None,
    as_of: DateParam = None,
    sparql: SparqlParam = False,
    via_hubs: Annotated[bool, Query(description="also pass through hub nodes (the Constitution, statutes, "
                                    "offices, agencies, nodes with over 40 neighbours)")] = False,
) -> JSONResponse:
    """How `source` and `target` are connected (identifiers as for `id`), each step with its evidence."""
    return JSONResponse(answers.path_answer(
        store, source, target, max_length=max_length, all_paths=all, types=answers.parse_types(types),
        as_of=as_of, with_sparql=sparql, via_hubs=via_hubs,
    ))


@router.get("/edge-types", operation_id="edge_types")
def api_edge_types() -> JSONResponse:
    """Every edge type: its name, ontology term, words per reader view, lineage orientation and
    status effect (graph/edge_types.py). The widget draws edges from this table."""
    return JSONResponse({
        "edge_types": [t.as_dict() for t in EDGE_TYPES],
        "effects": EFFECTS,
        "branches": BRANCHES,
    })


@router.get("/prefixes", operation_id="prefixes")
def api_prefixes(store: StoreDep) -> JSONResponse:
    """The project's prefixes (graph/namespaces.py, `id:` = this store's base IRI) and where minted
    IRIs have their pages: the query page shortens and links result IRIs with them."""
    return JSONResponse({"prefixes": {**PREFIXES, "id": store.base_iri}, "base": store.base_iri, "pages": "/id/"})


@router.get("/queries", operation_id="list_queries")
def api_queries() -> JSONResponse:
    return JSONResponse(answers.queries_answer())


@router.get("/queries/{name}/sparql", operation_id="query_text")
def api_query_text(name: str) -> JSONResponse:
    query = catalog.get(name)
    return JSONResponse({"name": name, "title": query.title, "sparql": query.sparql, "page": query.page})


@router.get("/queries/{name}", operation_id="run_query")
def api_run_query(request: Request, store: StoreDep, name: str, sparql: SparqlParam = False) -> JSONResponse:
    """Run a canned SELECT query; its parameters come as query-string values (`?node=IRI`); a
    paged query takes `?offset=N` and says where the next page starts (`page.next`, null at the end)."""
    query = catalog.get(name)
    values = {k: v for k, v in request.query_params.items() if k != "sparql"}
    limit = request.app.state.settings.max_results
    offset, _ = query.split_offset(values)
    rows = query.run(store, **answers.canned_values(store, name, values))
    body: dict = {
        "name": name,
        "rows": [{k: str(v) for k, v in row.items()} for row in rows[:limit]],
        "truncated": len(rows) > limit,
    }
    if query.page is not None:
        body["page"] = {"size": query.page, "offset": offset, "next": offset + query.page if rows else None}
    if sparql:
        body["sparql"] = query.text(offset)
    return JSONResponse(body)
