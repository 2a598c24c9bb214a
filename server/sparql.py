"""The SPARQL 1.1 Protocol query endpoint at /sparql.

GET ?query=, POST application/x-www-form-urlencoded and POST application/sparql-query;
default-graph-uri / named-graph-uri from the query string or the form; results negotiated
by Accept and streamed from a query worker (server/executor.py) that is killed at the
timeout. GET without a query answers the query page to browsers and a SPARQL Service
Description to everything else (server/service_description.py).
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse

from graph.errors import NotAcceptable
from queries.guard import check_query
from server import request as parse
from server.errors import responses
from server.executor import Job
from server.negotiate import CANONICAL, GRAPH_TYPES, RESULT_TYPES, choose
from server.service_description import describe_service

router = APIRouter(tags=["sparql"], responses=responses(400, 406, 413, 415, 503))
log = logging.getLogger("lexgraph.sparql")


async def sparql_endpoint(request: Request) -> Response:
    settings = request.app.state.settings
    asked = await parse.sparql_query(request, settings.max_request_bytes)
    if asked.query is None:
        return describe_service(request)
    sparql = asked.query
    check_query(sparql, max_length=settings.max_query_length, allow_service=settings.allow_service)
    accept = request.headers.get("accept")
    result_format, graph_format = choose(accept, RESULT_TYPES), choose(accept, GRAPH_TYPES)
    store = request.app.state.stores.get()
    job = Job(
        store_dir=str(store.path), sparql=sparql, result_format=result_format or "json",
        graph_format=graph_format or "turtle", default_graphs=asked.default_graphs,
        named_graphs=asked.named_graphs,
        base_iri=str(request.url.replace(query="")),  # relative IRIs resolve against the endpoint
    )
    # QueryError (400) and QueryTimeout (503) propagate to the app's error handler.
    kind, chunks = await run_in_threadpool(
        request.app.state.pool.run, job, settings.query_timeout, settings.max_result_bytes
    )
    fmt = graph_format if kind == "graph" else result_format
    if fmt is None:
        chunks.close()  # type: ignore[attr-defined]
        offers = list(GRAPH_TYPES if kind == "graph" else RESULT_TYPES)
        raise NotAcceptable(f"cannot answer a {kind} query as {accept}; offered: {', '.join(offers)}", offers)
    return StreamingResponse(_guarded(chunks), media_type=CANONICAL[fmt])


def _guarded(chunks):
    """Stream the worker's chunks; a timeout or size cap mid-stream ends the response early."""
    try:
        yield from chunks
    except Exception as exc:  # headers are sent: all we can do is stop (the worker is replaced) and say so
        log.warning("SPARQL answer cut short after its status was sent: %s", exc)


for path in ("/sparql", "/sparql/"):
    for method in ("GET", "POST"):
        router.add_api_route(
            path, sparql_endpoint, methods=[method], include_in_schema=path == "/sparql",
            summary=f"SPARQL 1.1 query ({method})",
            operation_id=f"sparql_{method.lower()}" if path == "/sparql" else None,
            response_class=Response,
        )

