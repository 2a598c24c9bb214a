"""JSON API under /api/: the capabilities of queries/, each able to return its SPARQL.

Handlers do no error handling: a LexgraphError becomes the shared error shape (server/errors.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from rdflib import URIRef

from queries import catalog
from queries.authority import authority
from queries.cite import bluebook, plain_label
from queries.lineage import lineage
from queries.nodes import describe
from queries.paths import find_paths
from queries.resolve import resolve
from queries.status import status
from server.deps import StoreDep
from server.errors import responses

router = APIRouter(prefix="/api", tags=["api"], responses=responses(400, 404, 422, 503))

IdParam = Annotated[str, Query(description='An identifier: "EO 14060", "86 FR 71793", "USCTOC", an IRI, ...')]
SparqlParam = Annotated[bool, Query(description="include the SPARQL behind the answer")]
DateParam = Annotated[dt.date | None, Query(description="a date, YYYY-MM-DD")]


@router.get("/resolve", operation_id="resolve")
def api_resolve(store: StoreDep, id: IdParam) -> JSONResponse:
    return JSONResponse({"id": id, "iri": str(resolve(store, id))})


@router.get("/node", operation_id="node")
def api_node(store: StoreDep, id: IdParam) -> JSONResponse:
    """An instrument, provision or body: label, type, dates, Bluebook citation."""
    info = describe(store, resolve(store, id))
    return JSONResponse({**info.as_dict(), "citation": bluebook(info), "plain": plain_label(info)})


@router.get("/lineage", operation_id="lineage")
def api_lineage(
    store: StoreDep,
    id: IdParam,
    sparql: SparqlParam = False,
    on: DateParam = None,
    depth: Annotated[int | None, Query(ge=1, le=20)] = None,
    types: Annotated[str | None, Query(description="comma-separated edge types")] = None,
    as_of: DateParam = None,
) -> JSONResponse:
    """The lineage; with `on`, each node also carries its status on that date."""
    iri = resolve(store, id)
    result = lineage(
        store, iri, depth=depth, types=set(types.split(",")) if types else None,
        as_of=as_of.isoformat() if as_of else None,
    )
    body = result.as_dict(with_sparql=sparql)
    infos = {}
    for node in body["nodes"]:
        info = infos[node["id"]] = describe(store, URIRef(node["id"]))
        node["citation"], node["plain"] = bluebook(info), plain_label(info)
        notes = catalog.get("commentary").run(store, node=URIRef(node["id"]), audience="general")
        if notes:
            node["commentary"] = [{"heading": str(n.get("heading", "")), "text": str(n["text"])} for n in notes]
        if on is not None:
            node["status"] = status(store, URIRef(node["id"]), on).status
    for edge in body["edges"]:
        maker = infos.get(edge["instrument"]) or describe(store, URIRef(edge["instrument"]))
        section = edge.get("section")
        edge["citation"] = bluebook(maker, pinpoint=section if section != "preamble" else None)
    if on is not None:
        body["on"] = on.isoformat()
    return JSONResponse(body)


@router.get("/status", operation_id="status")
def api_status(
    store: StoreDep, id: IdParam, on: DateParam = None, sparql: SparqlParam = False
) -> JSONResponse:
    result = status(store, resolve(store, id), on or dt.date.today())
    return JSONResponse(result.as_dict(with_sparql=sparql))


@router.get("/authority", operation_id="authority")
def api_authority(store: StoreDep, id: IdParam, sparql: SparqlParam = False) -> JSONResponse:
    result = authority(store, resolve(store, id))
    return JSONResponse(result.as_dict(with_sparql=sparql))


@router.get("/path", operation_id="path")
def api_path(
    store: StoreDep,
    source: IdParam,
    target: IdParam,
    all: bool = False,
    max_length: Annotated[int, Query(ge=1, le=12)] = 6,
    as_of: DateParam = None,
    sparql: SparqlParam = False,
) -> JSONResponse:
    a, b = str(resolve(store, source)), str(resolve(store, target))
    result = find_paths(
        store, a, b, max_length=max_length, all_paths=all, as_of=as_of.isoformat() if as_of else None
    )
    return JSONResponse(result.as_dict(with_sparql=sparql))


@router.get("/queries", operation_id="list_queries")
def api_queries() -> JSONResponse:
    return JSONResponse([
        {"name": q.name, "title": q.title, "description": q.description,
         "params": [{"name": p.name, "type": p.type, "description": p.description} for p in q.params]}
        for q in catalog.catalog().values()
    ])


@router.get("/queries/{name}/sparql", operation_id="query_text")
def api_query_text(name: str) -> JSONResponse:
    query = catalog.get(name)
    return JSONResponse({"name": name, "title": query.title, "sparql": query.sparql})


@router.get("/queries/{name}", operation_id="run_query")
def api_run_query(request: Request, store: StoreDep, name: str, sparql: SparqlParam = False) -> JSONResponse:
    """Run a canned query; its parameters come as query-string values (`?node=IRI`)."""
    query = catalog.get(name)
    values = {k: v for k, v in request.query_params.items() if k != "sparql"}
    limit = request.app.state.settings.max_results
    rows = query.run(store, **values)
    body: dict = {
        "name": name,
        "rows": [{k: str(v) for k, v in row.items()} for row in rows[:limit]],
        "truncated": len(rows) > limit,
    }
    if sparql:
        body["sparql"] = query.sparql
    return JSONResponse(body)
