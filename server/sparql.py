"""The SPARQL 1.1 Protocol query endpoint at /sparql (GET ?query=, POST form, POST sparql-query)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Header, Query, Request
from fastapi.responses import JSONResponse, Response

from graph.errors import QueryError
from server.deps import StoreDep
from server.negotiate import CANONICAL, GRAPH_TYPES, RESULT_TYPES, choose
from server.sparql_guard import check_query

router = APIRouter(tags=["sparql"])


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def run_query(request: Request, store: StoreDep, query: str, accept: str | None) -> Response:
    settings = request.app.state.settings
    try:
        check_query(query, max_length=settings.max_query_length, allow_service=settings.allow_service)
        kind = store.query_kind(query)
    except QueryError as exc:
        return _error(400, str(exc))
    offers = GRAPH_TYPES if kind == "graph" else RESULT_TYPES
    fmt = choose(accept, offers)
    if fmt is None:
        return _error(406, f"cannot answer a {kind} query as {accept}; offered: {', '.join(offers)}")
    try:
        _, body = store.query_serialized(query, result_format=fmt, graph_format=fmt)
    except QueryError as exc:
        return _error(400, str(exc))
    return Response(content=body, media_type=CANONICAL[fmt])


@router.get("/sparql", summary="SPARQL query (GET)", operation_id="sparql_get")
def sparql_get(
    request: Request,
    store: StoreDep,
    query: Annotated[str | None, Query(description="A SPARQL 1.1 query")] = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    if query is None:
        return _error(400, "missing 'query' parameter")
    return run_query(request, store, query, accept)


@router.post("/sparql", summary="SPARQL query (POST form)", operation_id="sparql_post_form")
def sparql_post(
    request: Request,
    store: StoreDep,
    query: Annotated[str, Form(description="A SPARQL 1.1 query")],
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    return run_query(request, store, query, accept)
