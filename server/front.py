"""The shortest way through the server for the commonest /sparql request: GET ?query=<one pattern>.

Why: a point lookup's answer costs pyoxigraph about 0.22 ms to compute and serialize, and uvicorn
about 0.03 ms to read and write; the five layers between them (request id, CORS, ETag and answer
cache, the SPARQL fast path, the endpoint) cost another 0.1-0.15 ms of Python per request, a third
of the server's time for a point lookup that is not repeated (BENCHMARKS.md, "Session 11").

`SparqlFront` is the outermost of lexgraph's middleware. It takes a request only when every layer
below would do nothing but the usual for it: a GET of `/sparql` whose query string is exactly one
`query=` parameter (no dataset parameters), without `If-None-Match` / `If-Modified-Since`, whose
text passes the size and nesting limits and is not volatile (NOW, RAND ...), on a local store. Then it
does in one function what those layers do, with their own functions (server/cache.py for the ETag
and the answer cache, server/inline.py for the answer, server/negotiate.py for `Accept`): an
answer kept for this ETag is sent; else the one-pattern query runs in this process within the
inline budget and its answer is sent and kept. The headers are those the layers would send, in
their order (tests/test_front.py compares them with a server whose queries all go to workers).

Everything else — and this request too, as soon as anything is not the usual (the query is not one
pattern, overran its budget, failed, the client accepts no result format) — goes down the whole
stack unchanged, where the limits, the errors, the workers, the timeout and the network barrier
apply as before. Nothing is sent before the answer is complete, so passing a request on leaves no trace.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import secrets
from urllib.parse import unquote_plus

from starlette.datastructures import URL
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.errors import LexgraphError
from queries.guard import check_limits
from server.cache import (
    CACHE_CONTROL,
    SPARQL_PATHS,
    VARY,
    VOLATILE,
    AnswerCache,
    last_modified,
    make_etag,
    settings_salt,
    sparql_variant,
)
from server.middleware import HEADER as REQUEST_ID
from server.negotiate import CANONICAL, RESULT_TYPES, choose

# The CORS policy of the app (server/app.py gives the same to Starlette's CORSMiddleware for every other answer).
CORS_ORIGINS = ["*"]
CORS_EXPOSE = ["X-Request-Id"]
_CORS_SIMPLE = [(b"access-control-allow-origin", b"*"), (b"access-control-expose-headers", b"X-Request-Id")]
_PASS = object()  # a header that sends the request down the whole stack
_HEADERS = {b"accept": "accept", b"host": "host", b"origin": "origin",
            b"if-none-match": _PASS, b"if-modified-since": _PASS}
_MEMO = 256  # base IRIs and content types remembered


class SparqlFront:
    """Answers GET /sparql?query=<one streaming pattern> (and kept answers of such queries) in one step;
    passes every other request to `app` (the rest of the middleware and the router)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._salt: str | None = None
        self._bases: dict[tuple, str] = {}
        self._content_types: dict[str, bytes] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in SPARQL_PATHS
                or not await self._answered(scope, send)):
            await self.app(scope, receive, send)

    async def _answered(self, scope: Scope, send: Send) -> bool:
        """Answer the request and say True, or say False having sent nothing."""
        raw_query: bytes = scope.get("query_string", b"")
        if not raw_query.startswith(b"query=") or b"&" in raw_query:
            return False
        seen: dict[str, str] = {}
        for key, value in scope["headers"]:
            name = _HEADERS.get(key)
            if name is _PASS:
                return False
            if name is not None and name not in seen:  # the first of a repeated header, as the layers read it
                seen[name] = value.decode("latin-1")
        state = scope["app"].state
        settings = state.settings
        query = raw_query.decode("latin-1")
        sparql = unquote_plus(query[6:])  # what parse_qsl(keep_blank_values=True) gives for one parameter
        if VOLATILE.search(sparql):
            return False
        try:
            check_limits(sparql, max_length=settings.max_query_length, max_nesting=settings.max_query_nesting)
            store = state.stores.get()
        except LexgraphError:  # the layers below answer it in the one error shape
            return False
        if store.path is None:  # a remote store: answered there
            return False
        accept = seen.get("accept")
        result_format = choose(accept, RESULT_TYPES)
        if result_format is None:
            return False
        version = store.version
        if self._salt is None:
            self._salt = settings_salt(settings)
        etag = make_etag(version, scope["path"], query, seen.get("host", ""), sparql_variant(accept), dt.date.today(),
                         self._salt)
        answers: AnswerCache = state.answer_cache
        kept = answers.get(version, etag, count=False)
        if kept is not None:
            answers.hits += 1
            headers, body = kept
        else:
            inline = state.inline.answer(store, sparql, result_format, self._base_iri(scope, seen.get("host")))
            if inline is None:
                return False
            answers.misses += 1
            body = inline.body
            headers = [(b"content-length", str(len(body)).encode("latin-1")),
                       (b"content-type", self._content_type(CANONICAL[result_format])),
                       (b"vary", VARY), (b"etag", etag), (b"cache-control", CACHE_CONTROL)]
            modified = last_modified(version)
            if modified is not None:
                headers.append((b"last-modified", email.utils.format_datetime(modified, usegmt=True).encode()))
            answers.put(version, etag, headers, body)  # not if too big, or with --answer-cache-mb 0
        # what CORSMiddleware and RequestScope add on the way out
        out = [(key, value + b", Origin") if key == b"vary" else (key, value) for key, value in headers]
        if "origin" in seen:
            out += _CORS_SIMPLE
        rid = secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = rid
        out.append((REQUEST_ID, rid.encode()))
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send({"type": "http.response.body", "body": body, "more_body": False})
        return True

    def _base_iri(self, scope: Scope, host: str | None) -> str:
        """`request.url` without its query, as the endpoint resolves relative IRIs against it (memoised:
        building a URL is a few microseconds, and a server sees few distinct ones)."""
        server = scope.get("server")  # a list from some clients (Starlette's TestClient)
        key = (scope.get("scheme"), host, tuple(server) if server else None, scope.get("root_path"), scope["path"])
        base = self._bases.get(key)
        if base is None:
            base = str(URL(scope=scope).replace(query=""))
            if len(self._bases) >= _MEMO:
                self._bases.clear()
            self._bases[key] = base
        return base

    def _content_type(self, media_type: str) -> bytes:
        """The Content-Type Starlette's Response sends for `media_type` (charset added to text types)."""
        found = self._content_types.get(media_type)
        if found is None:
            found = dict(Response(b"", media_type=media_type).raw_headers)[b"content-type"]
            self._content_types[media_type] = found
        return found
