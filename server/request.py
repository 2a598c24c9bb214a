"""Reading requests, in one place: media types, size-capped bodies, UTF-8, forms and the
parameters of the SPARQL 1.1 Protocol (query and update) and of the Graph Store Protocol.

Everything here raises the LexgraphError that says what is wrong (413, 415, 400); the app's
error handler (server/errors.py) answers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs

from fastapi import Request

from graph.errors import BadRequest, PayloadTooLarge, UnsupportedMediaType
from graph.iri import check_iri

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


def media_type(request: Request) -> tuple[str, str | None]:
    """(media type, charset) of the request body, lower-cased; ("", None) without a Content-Type."""
    header = request.headers.get("content-type", "")
    main, _, rest = header.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip().strip('"').lower()
    return main.strip().lower(), charset


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it is over `limit` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"request body over the {limit} byte limit")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise PayloadTooLarge(f"request body over the {limit} byte limit")
    return bytes(body)


def decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise UnsupportedMediaType(f"only UTF-8 request bodies are accepted, not {charset}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"request body is not UTF-8: {exc.reason}") from exc


async def read_text(request: Request, limit: int) -> tuple[str, str]:
    """(media type, the body as text)."""
    media, charset = media_type(request)
    return media, decode(await read_body(request, limit), charset)


def _query_params(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        params.setdefault(key, []).append(value)
    return params


@dataclass(frozen=True)
class QueryRequest:
    query: str | None  # None: a GET without a query (the service description)
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]


async def sparql_query(request: Request, limit: int) -> QueryRequest:
    """A query from any of the protocol's three forms: GET ?query=, POST form, POST direct."""
    params = _query_params(request)
    queries = params.get("query", [])
    if request.method == "POST":
        media, text = await read_text(request, limit)
        if media == FORM:
            form = parse_qs(text, keep_blank_values=True)
            queries = queries + form.get("query", [])
            for key in ("default-graph-uri", "named-graph-uri"):
                params[key] = params.get(key, []) + form.get(key, [])
        elif media == SPARQL_QUERY:
            queries = queries + [text]
        else:
            raise UnsupportedMediaType(
                f"POST a query as {FORM} or {SPARQL_QUERY}, not {media or 'no media type'}"
            )
    if len(queries) > 1:
        raise BadRequest("more than one query in one request")
    if not queries and request.method != "GET":
        raise BadRequest("missing 'query'")
    return QueryRequest(
        queries[0] if queries else None,
        tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])),
    )


@dataclass(frozen=True)
class UpdateRequest:
    update: str
    using: tuple[str, ...]  # using-graph-uri: the WHERE's default graph (USING)
    using_named: tuple[str, ...]  # using-named-graph-uri (USING NAMED)


async def sparql_update(request: Request, limit: int) -> UpdateRequest:
    """The one update of a SPARQL Update request (POST form or application/sparql-update), with
    the protocol dataset from the query string or the form, each IRI checked."""
    params = _query_params(request)
    media, text = await read_text(request, limit)
    if media == FORM:
        form = parse_qs(text, keep_blank_values=True)
        updates = form.get("update", [])
        for key in ("using-graph-uri", "using-named-graph-uri"):
            params[key] = params.get(key, []) + form.get(key, [])
    elif media == SPARQL_UPDATE:
        updates = [text]
    else:
        raise UnsupportedMediaType(f"POST an update as {FORM} or {SPARQL_UPDATE}")
    if len(updates) != 1:
        raise BadRequest("exactly one 'update' is needed")
    return UpdateRequest(
        updates[0],
        tuple(check_iri(g, "using-graph-uri") for g in params.get("using-graph-uri", [])),
        tuple(check_iri(g, "using-named-graph-uri") for g in params.get("using-named-graph-uri", [])),
    )


GRAPH_SCHEMES = ("http", "https", "urn")


@dataclass(frozen=True)
class GraphTarget:
    """What a Graph Store Protocol request names: a graph IRI, the default graph (graph None),
    or, for a POST to the store itself, a new graph the server names (create True)."""

    graph: str | None
    create: bool = False


def graph_target(request: Request, direct: str | None = None) -> GraphTarget:
    """Indirect identification (`?graph=IRI`, `?default`) or, when `direct` is the path under the
    endpoint, direct identification (the request IRI names the graph). Every IRI is checked
    (graph.iri.check_iri); it becomes a term, never text in a query or update."""
    graphs = request.query_params.getlist("graph")
    default = "default" in request.query_params
    if direct is not None:
        if graphs or default:
            raise BadRequest("a graph named by the request IRI takes no ?graph= or ?default")
        raw = request.scope.get("raw_path") or request.url.path.encode()
        iri = str(request.base_url).rstrip("/") + raw.decode("latin-1")
        return GraphTarget(check_iri(iri, "graph IRI (the request IRI)", GRAPH_SCHEMES))
    if len(graphs) > 1 or (graphs and default):
        raise BadRequest("name one graph: ?graph=IRI or ?default")
    if graphs:
        return GraphTarget(check_iri(graphs[0], "graph IRI", GRAPH_SCHEMES))
    if default:
        return GraphTarget(None)
    if request.method == "POST":
        return GraphTarget(None, create=True)
    raise BadRequest("name a graph with ?graph=IRI or ?default")
