"""A lean ASGI path for GET/POST /sparql with a query: the protocol, none of FastAPI's machinery.

Measured on 2 cores (BENCHMARKS.md), most of the main process's time for a point query went
to FastAPI routing, dependency solving and an anyio task group per request, not to the query.
This middleware answers `/sparql` queries itself, before the router: the same parsing
(server/request.py), limits (queries/guard.py), negotiation (server/negotiate.py), worker pool
and streaming response (server/sparql.py) as the routed endpoint, the same error shape
(server/errors.py). It sits inside RequestScope (request id, worker leases) and CORS, so those
still apply. A GET without a query (the service description or the query page) and every other
path go on to the app unchanged.

The query still runs in a sandboxed worker process that is killed at the timeout; a client
that goes away still cancels the wait and gets its worker killed and replaced.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.errors import LexgraphError, NotAcceptable
from queries.guard import check_limits
from server import request as parse
from server.errors import to_response
from server.executor import Answer, Job, Unacceptable
from server.middleware import lend, request_id
from server.negotiate import CANONICAL, GRAPH_TYPES, RESULT_TYPES, choose

log = logging.getLogger("lexgraph.sparql")
PATHS = frozenset({"/sparql", "/sparql/"})
_OFFERS = [*RESULT_TYPES, *GRAPH_TYPES]


def _has_query(scope: Scope) -> bool:
    """A GET with a `query` parameter (a GET without one is the service description or the page)."""
    qs: bytes = scope.get("query_string", b"")
    return qs.startswith(b"query=") or b"&query=" in qs


def _remote(scope: Scope) -> bool:
    """A remote store (graph/remote.py) is answered by the routed endpoint, which forwards the
    query; the fast path drives the local worker pool only."""
    app = scope.get("app")
    stores = getattr(getattr(app, "state", None), "stores", None)
    return stores is not None and stores.get().path is None


class SparqlFastPath:
    """Answers SPARQL protocol queries at /sparql; passes everything else to `app`."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["path"] not in PATHS
                or not (scope["method"] == "POST" or (scope["method"] == "GET" and _has_query(scope)))
                or _remote(scope)):
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive, send)
        try:
            response = await self._answer(request)
        except LexgraphError as exc:
            response = to_response(exc)
        await response(scope, receive, send)

    async def _answer(self, request: Request):
        app = request.app
        settings = app.state.settings
        asked = await parse.sparql_query(request, settings.max_request_bytes)
        if asked.query is None:  # not reached (GET without a query is passed on), kept for safety
            from server.service_description import describe_service
            return describe_service(request)
        sparql = asked.query
        check_limits(sparql, max_length=settings.max_query_length, max_nesting=settings.max_query_nesting)
        accept = request.headers.get("accept")
        result_format, graph_format = choose(accept, RESULT_TYPES), choose(accept, GRAPH_TYPES)
        if result_format is None and graph_format is None:
            raise NotAcceptable(f"cannot answer a query as {accept}; offered: {', '.join(_OFFERS)}", _OFFERS)
        store = app.state.stores.get()
        job = Job(
            store_dir=str(store.path), sparql=sparql, result_format=result_format, graph_format=graph_format,
            default_graphs=asked.default_graphs, named_graphs=asked.named_graphs,
            base_iri=str(request.url.replace(query="")),
            max_length=settings.max_query_length, max_nesting=settings.max_query_nesting,
            allow_service=settings.allow_service,
        )
        try:
            answer = await _unless_disconnected(
                request, app.state.pool.run(job, settings.query_timeout, settings.max_result_bytes))
        except Unacceptable as exc:
            offers = list(GRAPH_TYPES if exc.kind == "graph" else RESULT_TYPES)
            raise NotAcceptable(f"cannot answer a {exc.kind} query as {accept}; offered: {', '.join(offers)}",
                                offers) from None
        if answer is None:
            log.info("request %s: client went away before the answer; query stopped", request_id(request))
            from server.sparql import Response

            return Response(status_code=499)  # never delivered: nobody is listening
        lend(request, answer)  # closed by RequestScope whatever happens to this request
        fmt = graph_format if answer.kind == "graph" else result_format
        assert fmt is not None
        from server.sparql import AnswerResponse, Response

        if answer.complete:
            answer.close()
            return Response(answer.first, media_type=CANONICAL[fmt])
        return AnswerResponse(answer, CANONICAL[fmt], request_id(request))


async def _unless_disconnected(request: Request, work) -> Answer | None:
    """Await `work`; None (and `work` cancelled, so its worker is killed and replaced) if the
    client goes away first. Plain asyncio tasks: cheaper than an anyio task group per request."""
    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(_disconnected(request.receive))
    try:
        await asyncio.wait((task, watch), return_when=asyncio.FIRST_COMPLETED)
    except BaseException:  # this request was cancelled (server shutting down): stop both
        task.cancel()
        watch.cancel()
        raise
    if task.done():
        watch.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watch
        return task.result()  # raises the query's error, if any
    task.cancel()
    with contextlib.suppress(Exception, asyncio.CancelledError):  # cancelled, or failed meanwhile
        await task
    return None


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
