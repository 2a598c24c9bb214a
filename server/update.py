"""Writes: SPARQL Update at /update and the Graph Store Protocol at /store.

Off unless an update token is configured (`--update-token` / LEXGRAPH_UPDATE_TOKEN); then a
request needs `Authorization: Bearer <token>` (401 without it, 403 with a wrong one). Every
write is an atomic rebuild (graph.build.apply_update), run in a child process that is killed
at the update timeout: the change is applied to a copy, validated against the SHACL shapes, and
swapped in — or refused (400 bad update, 422 breaks a shape, 503 too slow) with the store unchanged.
GET on /store is a read and needs no token.
"""

from __future__ import annotations

import hmac
import threading

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from rdflib import Graph

from graph.errors import (
    BadRequest,
    Forbidden,
    MethodNotAllowed,
    NotAcceptable,
    NotFound,
    Unauthorized,
    UnsupportedMediaType,
)
from server import request as parse
from server.errors import responses
from server.executor import run_write
from server.negotiate import CANONICAL, GRAPH_TYPES, choose

router = APIRouter(tags=["update"], responses=responses(400, 401, 403, 404, 405, 406, 413, 415, 422, 503))
_write_lock = threading.Lock()
RDF_INPUT = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml"}


def authorize(request: Request) -> None:
    """Writes need the configured bearer token: Forbidden (off, or wrong) or Unauthorized (none given)."""
    token = request.app.state.settings.update_token
    if token is None:
        raise Forbidden("updates are disabled on this server (no update token is configured)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise Unauthorized("updates need 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Forbidden("wrong update token")


def _run_update(request: Request, sparql_update: str) -> Response:
    settings = request.app.state.settings
    with _write_lock:
        report = run_write(settings.store, sparql_update, str(request.url.replace(query="")), settings.update_timeout)
    return JSONResponse({"status": "updated", **report})


async def sparql_update(request: Request) -> Response:
    if request.method == "GET":
        raise MethodNotAllowed("SPARQL Update must be POSTed")
    authorize(request)
    update = await parse.sparql_update(request, request.app.state.settings.max_request_bytes)
    return await run_in_threadpool(_run_update, request, update)


async def graph_store(request: Request) -> Response:
    graph = parse.graph_target(request)
    where = f"GRAPH <{graph}>" if graph else ""
    if request.method == "GET":
        fmt = choose(request.headers.get("accept"), GRAPH_TYPES)
        if fmt is None:
            raise NotAcceptable(f"offered: {', '.join(GRAPH_TYPES)}", list(GRAPH_TYPES))
        store = request.app.state.stores.get()
        if graph and graph not in {str(g) for g in store.named_graphs()}:
            raise NotFound(graph, message=f"no graph {graph}")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} {{ ?s ?p ?o }} }}"
        _, body = store.query_serialized(query, graph_format=fmt)
        return Response(body, media_type=CANONICAL[fmt])
    authorize(request)
    target = f"GRAPH <{graph}>" if graph else "DEFAULT"
    if request.method == "DELETE":
        return await run_in_threadpool(_run_update, request, f"DROP {target}")
    media, _ = parse.media_type(request)
    if media not in RDF_INPUT:
        raise UnsupportedMediaType(f"send RDF as one of {', '.join(RDF_INPUT)}")
    _, text = await parse.read_text(request, request.app.state.settings.max_request_bytes)
    try:
        triples = Graph().parse(data=text, format=RDF_INPUT[media])
    except Exception as exc:  # rdflib raises many parser-specific types
        raise BadRequest(f"cannot parse the {media} body: {exc}") from exc
    data = triples.serialize(format="nt")  # terms re-serialized by rdflib: nothing pasted as given
    insert = f"INSERT DATA {{ GRAPH <{graph}> {{ {data} }} }}" if graph else f"INSERT DATA {{ {data} }}"
    update = (f"DROP SILENT {target} ; " if request.method == "PUT" else "") + insert
    return await run_in_threadpool(_run_update, request, update)


for _method in ("GET", "POST"):
    router.add_api_route("/update", sparql_update, methods=[_method], summary=f"SPARQL 1.1 Update ({_method})",
                         operation_id=f"update_{_method.lower()}")
for _method in ("GET", "PUT", "POST", "DELETE"):
    router.add_api_route("/store", graph_store, methods=[_method], summary=f"Graph Store Protocol ({_method})",
                         operation_id=f"store_{_method.lower()}")
