"""A lean ASGI path for GET/POST /sparql with a query: the protocol, none of FastAPI's machinery.

Measured on 2 cores (BENCHMARKS.md), most of the main process's time for a point query went
to FastAPI routing, dependency solving and an anyio task group per request, not to the query.
This middleware answers `/sparql` queries before the router by calling the endpoint's own
function (server/sparql.py: one definition of the protocol, for a local or a remote store), with
the same error shape (server/errors.py). It sits inside RequestScope (request id, worker leases) and CORS, so those
still apply. A GET without a query (the service description or the query page) and every other
path go on to the app unchanged. The commonest request of all, a plain GET of one triple pattern,
is usually answered before it gets here, by server/front.py.

The query still runs in a sandboxed worker process that is killed at the timeout; a client
that goes away still cancels the wait and gets its worker killed and replaced.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.errors import LexgraphError
from server.errors import to_response
from server.sparql import sparql_endpoint

PATHS = frozenset({"/sparql", "/sparql/"})


def _has_query(scope: Scope) -> bool:
    """A GET with a `query` parameter (a GET without one is the service description or the page)."""
    qs: bytes = scope.get("query_string", b"")
    return qs.startswith(b"query=") or b"&query=" in qs


class SparqlFastPath:
    """Answers SPARQL protocol queries at /sparql; passes everything else to `app`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["path"] not in PATHS
                or not (scope["method"] == "POST" or (scope["method"] == "GET" and _has_query(scope)))):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive, send)
        try:
            response = await self._answer(request)
        except LexgraphError as exc:
            response = to_response(exc)
        await response(scope, receive, send)

    async def _answer(self, request: Request) -> Response:
        """The routed endpoint's own function (server/sparql.py), called without the router."""
        return await sparql_endpoint(request)
