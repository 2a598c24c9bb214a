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


async def sparql_update(request: Request, limit: int) -> str:
    """The one update of a SPARQL Update request (POST form or application/sparql-update)."""
    media, text = await read_text(request, limit)
    if media == FORM:
        updates = parse_qs(text).get("update", [])
    elif media == SPARQL_UPDATE:
        updates = [text]
    else:
        raise UnsupportedMediaType(f"POST an update as {FORM} or {SPARQL_UPDATE}")
    if len(updates) != 1:
        raise BadRequest("exactly one 'update' is needed")
    if request.query_params.getlist("using-graph-uri") or request.query_params.getlist("using-named-graph-uri"):
        raise BadRequest("using-graph-uri / using-named-graph-uri are not supported; write USING in the update")
    return updates[0]


def graph_target(request: Request) -> str | None:
    """The graph a Graph Store Protocol request names: ?graph=IRI, or None for ?default."""
    graph = request.query_params.get("graph")
    if graph is None and "default" not in request.query_params:
        raise BadRequest("name a graph with ?graph=IRI or ?default")
    if graph is not None and not graph.startswith(("http://", "https://", "urn:")):
        raise BadRequest(f"not an absolute IRI: {graph!r}")
    return graph
