"""Writes: SPARQL Update at /update and the SPARQL 1.1 Graph Store Protocol at /store.

Off unless an update token is configured (`--update-token` / LEXGRAPH_UPDATE_TOKEN); then a
request needs `Authorization: Bearer <token>` (401 without it, 403 with a wrong one). Every
write is an atomic rebuild run in a child process killed at the update timeout
(server/writes.py): the change is applied to a copy, validated against the SHACL shapes, and
swapped in — or refused with the store unchanged (400 bad update, 404 no such graph, 422 breaks
a shape, 503 too slow or unwritable, 507 disk full). GET and HEAD on /store are reads and need
no token.

Updates cannot reach the network: LOAD and SERVICE are refused unless `--allow-service`
(queries.guard.check_update). The protocol dataset (`using-graph-uri`, `using-named-graph-uri`)
is checked IRI by IRI and written as USING clauses (queries/update_dataset.py).

The Graph Store Protocol names a graph indirectly (`/store?graph=IRI`, `/store?default`) or
directly (`/store/some/path`: the request IRI is the graph). Graph IRIs are checked
(graph.iri.check_iri) and handed to the store as terms; request bodies are parsed by pyoxigraph
(which never fetches a remote JSON-LD context or an XML entity) into terms: no write is ever
made by pasting text into an update. The default graph of writes is the named graph
graph/updates (graph.build.default_graph); queries see the union of all graphs.
"""

from __future__ import annotations

import email.parser
import email.policy
import hmac
import threading
import uuid

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from rdflib import URIRef

from graph.build import GraphWrite, default_graph
from graph.errors import (
    BadRequest,
    Forbidden,
    MethodNotAllowed,
    NotAcceptable,
    NotFound,
    Unauthorized,
    UnsupportedMediaType,
)
from graph.namespaces import Minter
from graph.store import parse_triples
from queries.guard import check_update
from queries.update_dataset import with_protocol_dataset
from server import request as parse
from server.errors import responses
from server.negotiate import CANONICAL, GRAPH_TYPES, choose
from server.writes import UpdateWrite, run_write

router = APIRouter(tags=["update"], responses=responses(400, 401, 403, 404, 405, 406, 413, 415, 422, 503, 507))
_write_lock = threading.Lock()
RDF_INPUT = {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/ld+json": "jsonld",
             "application/rdf+xml": "rdfxml"}
MULTIPART = "multipart/form-data"


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


def _write(request: Request, write: UpdateWrite | GraphWrite) -> dict:
    settings = request.app.state.settings
    with _write_lock:
        return run_write(settings.store, write, settings.update_timeout, allow_network=settings.allow_service)


async def sparql_update(request: Request) -> Response:
    if request.method == "GET":
        raise MethodNotAllowed("SPARQL Update must be POSTed")
    authorize(request)
    settings = request.app.state.settings
    asked = await parse.sparql_update(request, settings.max_request_bytes)
    check_update(asked.update, max_length=settings.max_query_length, allow_service=settings.allow_service)
    update = with_protocol_dataset(asked.update, asked.using, asked.using_named)
    report = await run_in_threadpool(_write, request, UpdateWrite(update, str(request.url.replace(query=""))))
    report.pop("created", None)
    return JSONResponse({"status": "updated", **report})


def _document_triples(media: str, body: bytes, charset: str | None, base_iri: str) -> list:
    """The triples of one RDF document in a request body (or in one part of a multipart body)."""
    if charset not in (None, "utf-8", "utf8"):
        raise UnsupportedMediaType(f"only UTF-8 request bodies are accepted, not {charset}")
    if media not in RDF_INPUT:
        raise UnsupportedMediaType(f"send RDF as one of {', '.join(RDF_INPUT)} (or {MULTIPART} of them)")
    return parse_triples(body, RDF_INPUT[media], base_iri)


async def _read_rdf(request: Request, base_iri: str) -> list:
    """The triples of the body: one RDF document, or a multipart/form-data of several (merged)."""
    media, charset = parse.media_type(request)
    body = await parse.read_body(request, request.app.state.settings.max_request_bytes)
    if media == MULTIPART:
        header = f"Content-Type: {request.headers.get('content-type')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
        if not message.is_multipart():
            raise BadRequest("cannot read the multipart/form-data body")
        triples = []
        for part in message.iter_parts():
            part_media = part.get_content_type()
            part_charset = part.get_content_charset()
            payload = part.get_payload(decode=True) or b""
            triples += _document_triples(part_media, payload, part_charset, base_iri)
        return triples
    return _document_triples(media, body, charset, base_iri)


async def graph_store(request: Request, path: str | None = None) -> Response:
    if request.method not in ("GET", "HEAD"):
        authorize(request)
    target = parse.graph_target(request, direct=path)
    store = request.app.state.stores.get()
    minter = Minter(store.base_iri)
    default = default_graph(minter)
    graph = target.graph if target.graph != str(default) else None  # graph/updates is the default graph
    if request.method in ("GET", "HEAD"):
        fmt = choose(request.headers.get("accept"), GRAPH_TYPES)
        if fmt is None:
            raise NotAcceptable(f"offered: {', '.join(GRAPH_TYPES)}", list(GRAPH_TYPES))
        if graph is not None and not store.has_graph(URIRef(graph)):
            raise NotFound(graph, message=f"no graph {graph}")
        body = store.serialize_graph(URIRef(graph) if graph is not None else default, fmt)
        return Response(body, media_type=CANONICAL[fmt])
    if target.create:
        graph = str(minter.graph(f"store/{uuid.uuid4().hex}"))
    if request.method == "DELETE":
        triples: list = []
    else:
        triples = await _read_rdf(request, graph or str(request.url.replace(query="")))
    write = GraphWrite(request.method, graph, tuple(triples))
    report = await run_in_threadpool(_write, request, write)
    created = report.pop("created")
    what = "deleted" if request.method == "DELETE" else "created" if created else "updated"
    body = {"status": what, "graph": graph, **report}
    if created:
        return JSONResponse(body, status_code=201, headers={"Location": graph or ""})
    return JSONResponse(body)


for _method in ("GET", "POST"):
    router.add_api_route("/update", sparql_update, methods=[_method], summary=f"SPARQL 1.1 Update ({_method})",
                         operation_id=f"update_{_method.lower()}")
for _method in ("GET", "HEAD", "PUT", "POST", "DELETE"):
    router.add_api_route("/store", graph_store, methods=[_method], summary=f"Graph Store Protocol ({_method})",
                         operation_id=f"store_{_method.lower()}", include_in_schema=_method != "HEAD")
    router.add_api_route("/store/{path:path}", graph_store, methods=[_method],
                         summary=f"Graph Store Protocol, direct graph identification ({_method})",
                         operation_id=f"store_direct_{_method.lower()}", include_in_schema=_method != "HEAD")
