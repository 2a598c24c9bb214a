"""The SPARQL 1.1 Protocol query endpoint at /sparql.

GET ?query=, POST application/x-www-form-urlencoded and POST application/sparql-query;
default-graph-uri / named-graph-uri from the query string or the form; results negotiated
by Accept and streamed from a query worker (server/executor.py) that is killed at the
timeout. GET without a query answers the query page to browsers and a SPARQL Service
Description to everything else.
"""

from __future__ import annotations

import logging
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse

from graph.errors import QueryError
from queries.guard import check_query
from server.executor import Job, QueryTimeout
from server.negotiate import CANONICAL, GRAPH_TYPES, RESULT_TYPES, choose, parse_accept
from server.pages import query_page

router = APIRouter(tags=["sparql"])
log = logging.getLogger("lexgraph.sparql")

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _media_type(request: Request) -> tuple[str, str | None]:
    header = request.headers.get("content-type", "")
    main, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"').lower()
    return main.strip().lower(), charset


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ProtocolError(413, f"request body over the {limit} byte limit")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ProtocolError(413, f"request body over the {limit} byte limit")
    return bytes(body)


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise ProtocolError(415, f"only UTF-8 request bodies are accepted, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"request body is not UTF-8: {exc.reason}") from exc


async def parse_request(request: Request, limit: int) -> tuple[list[str], list[str], list[str]]:
    """(queries, default graphs, named graphs) from any of the protocol's three forms."""
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    queries = params.get("query", [])
    if request.method == "POST":
        media, charset = _media_type(request)
        body = await _read_body(request, limit)
        if media == FORM:
            form = parse_qs(_decode(body, charset), keep_blank_values=True)
            queries = queries + form.get("query", [])
            for key in ("default-graph-uri", "named-graph-uri"):
                params[key] = params.get(key, []) + form.get(key, [])
        elif media == DIRECT:
            queries = queries + [_decode(body, charset)]
        else:
            raise ProtocolError(415, f"POST a query as {FORM} or {DIRECT}, not {media or 'no media type'}")
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query in one request")
    return queries, params.get("default-graph-uri", []), params.get("named-graph-uri", [])


async def sparql_endpoint(request: Request) -> Response:
    settings = request.app.state.settings
    try:
        queries, defaults, named = await parse_request(request, settings.max_request_bytes)
    except ProtocolError as exc:
        return error(exc.status, str(exc))
    if not queries:
        if request.method == "GET":
            return describe_service(request)
        return error(400, "missing 'query'")
    sparql = queries[0]
    try:
        check_query(sparql, max_length=settings.max_query_length, allow_service=settings.allow_service)
    except QueryError as exc:
        return error(400, str(exc))
    accept = request.headers.get("accept")
    result_format, graph_format = choose(accept, RESULT_TYPES), choose(accept, GRAPH_TYPES)
    store = request.app.state.stores.get()
    job = Job(
        store_dir=str(store.path), sparql=sparql, result_format=result_format or "json",
        graph_format=graph_format or "turtle", default_graphs=tuple(defaults), named_graphs=tuple(named),
        base_iri=str(request.url.replace(query="")),  # relative IRIs resolve against the endpoint
    )
    try:
        kind, chunks = await run_in_threadpool(
            request.app.state.pool.run, job, settings.query_timeout, settings.max_result_bytes
        )
    except QueryError as exc:
        return error(400, str(exc))
    except QueryTimeout as exc:
        return error(503, str(exc))
    fmt = graph_format if kind == "graph" else result_format
    if fmt is None:
        chunks.close()  # type: ignore[attr-defined]
        offers = ", ".join(GRAPH_TYPES if kind == "graph" else RESULT_TYPES)
        return error(406, f"cannot answer a {kind} query as {accept}; offered: {offers}")
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


SD_TEMPLATE = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix formats: <http://www.w3.org/ns/formats/> .

<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML, formats:SPARQL_Results_CSV,
        formats:SPARQL_Results_TSV, formats:Turtle, formats:N-Triples, formats:JSON-LD, formats:RDF_XML ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ; void:triples {triples} ]{named}
    ] .
"""


def describe_service(request: Request) -> Response:
    if _prefers_html(request):
        return HTMLResponse(query_page())
    store = request.app.state.stores.get()
    graphs = ",\n            ".join(f"[ a sd:NamedGraph ; sd:name <{g}> ]" for g in store.named_graphs())
    named = f" ;\n        sd:namedGraph {graphs}" if graphs else ""
    endpoint = str(request.url.replace(query=""))
    return Response(SD_TEMPLATE.format(endpoint=endpoint, triples=len(store), named=named), media_type="text/turtle")


def _prefers_html(request: Request) -> bool:
    ranges = parse_accept(request.headers.get("accept"))
    return bool(ranges) and ranges[0][0] in ("text/html", "application/xhtml+xml")
