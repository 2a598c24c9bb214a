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
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from rdflib import Graph

from server.executor import run_write
from server.negotiate import CANONICAL, GRAPH_TYPES, choose
from server.sparql import ProtocolError, decode_body, error, media_type, read_body

router = APIRouter(tags=["update"])
_write_lock = threading.Lock()
RDF_INPUT = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
             "application/rdf+xml": "xml"}


def authorize(request: Request) -> JSONResponse | None:
    token = request.app.state.settings.update_token
    if token is None:
        return error(403, "updates are disabled on this server (no update token is configured)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        response = error(401, "updates need 'Authorization: Bearer <token>'")
        response.headers["WWW-Authenticate"] = 'Bearer realm="lexgraph"'
        return response
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        return error(403, "wrong update token")
    return None


def _run_update(request: Request, sparql_update: str) -> Response:
    settings = request.app.state.settings
    with _write_lock:
        status, detail = run_write(
            settings.store, sparql_update, str(request.url.replace(query="")), settings.update_timeout
        )
    if status == "ok":
        return JSONResponse({"status": "updated", **detail})  # type: ignore[dict-item]
    code = {"bad_update": 400, "invalid": 422, "timeout": 503}.get(status, 500)
    return error(code, str(detail))


async def sparql_update(request: Request) -> Response:
    if request.method == "GET":
        return error(405, "SPARQL Update must be POSTed")
    denied = authorize(request)
    if denied is not None:
        return denied
    try:
        media, charset = media_type(request)
        body = decode_body(await read_body(request, request.app.state.settings.max_request_bytes), charset)
    except ProtocolError as exc:
        return error(exc.status, str(exc))
    if media == "application/x-www-form-urlencoded":
        updates = parse_qs(body).get("update", [])
    elif media == "application/sparql-update":
        updates = [body]
    else:
        return error(415, "POST an update as application/x-www-form-urlencoded or application/sparql-update")
    if len(updates) != 1:
        return error(400, "exactly one 'update' is needed")
    if request.query_params.getlist("using-graph-uri") or request.query_params.getlist("using-named-graph-uri"):
        return error(400, "using-graph-uri / using-named-graph-uri are not supported; write USING in the update")
    return await run_in_threadpool(_run_update, request, updates[0])


def _target(request: Request) -> str | None:
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        raise ProtocolError(400, "name a graph with ?graph=IRI or ?default")
    if graph is not None and not graph.startswith(("http://", "https://", "urn:")):
        raise ProtocolError(400, f"not an absolute IRI: {graph!r}")
    return graph


async def graph_store(request: Request) -> Response:
    try:
        graph = _target(request)
    except ProtocolError as exc:
        return error(exc.status, str(exc))
    where = f"GRAPH <{graph}>" if graph else ""
    if request.method == "GET":
        fmt = choose(request.headers.get("accept"), GRAPH_TYPES)
        if fmt is None:
            return error(406, f"offered: {', '.join(GRAPH_TYPES)}")
        store = request.app.state.stores.get()
        if graph and graph not in {str(g) for g in store.named_graphs()}:
            return error(404, f"no graph {graph}")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} {{ ?s ?p ?o }} }}"
        _, body = store.query_serialized(query, graph_format=fmt)
        return Response(body, media_type=CANONICAL[fmt])
    denied = authorize(request)
    if denied is not None:
        return denied
    target = f"GRAPH <{graph}>" if graph else "DEFAULT"
    if request.method == "DELETE":
        return await run_in_threadpool(_run_update, request, f"DROP {target}")
    media, charset = media_type(request)
    if media not in RDF_INPUT:
        return error(415, f"send RDF as one of {', '.join(RDF_INPUT)}")
    try:
        text = decode_body(await read_body(request, request.app.state.settings.max_request_bytes), charset)
        triples = Graph().parse(data=text, format=RDF_INPUT[media])
    except ProtocolError as exc:
        return error(exc.status, str(exc))
    except Exception as exc:  # rdflib raises many parser-specific types
        return error(400, f"cannot parse the {media} body: {exc}")
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
