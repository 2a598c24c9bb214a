"""The SPARQL 1.1 Protocol query endpoint at /sparql.

GET ?query=, POST application/x-www-form-urlencoded and POST application/sparql-query;
default-graph-uri / named-graph-uri from the query string or the form; results negotiated
by Accept and streamed from a query worker (server/executor.py) that is killed at the
timeout — or, for one streaming triple pattern, answered in this process within a budget of a
few milliseconds and handed to a worker if it overruns (server/inline.py). GET without a query
answers the query page to browsers and a SPARQL Service Description to everything else.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Coroutine
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.types import Receive, Scope, Send

from graph.errors import LexgraphError, NotAcceptable
from queries.guard import check_limits, check_query
from server import request as parse
from server.errors import responses
from server.executor import Answer, Job, Unacceptable
from server.middleware import lend, request_id
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
    # Size and nesting on the raw text, before the query takes a worker; the worker parses it
    # (queries/guard.py: SERVICE, the query's dataset) before running it.
    check_limits(sparql, max_length=settings.max_query_length, max_nesting=settings.max_query_nesting)
    accept = request.headers.get("accept")
    result_format, graph_format = choose(accept, RESULT_TYPES), choose(accept, GRAPH_TYPES)
    if result_format is None and graph_format is None:
        raise NotAcceptable(f"cannot answer a query as {accept}; offered: {', '.join([*RESULT_TYPES, *GRAPH_TYPES])}",
                            [*RESULT_TYPES, *GRAPH_TYPES])
    store = request.app.state.stores.get()
    if store.path is None:  # a remote store (graph/remote.py): checked here, answered there
        return await _remote_answer(request, store, asked, result_format, graph_format)
    base_iri = str(request.url.replace(query=""))  # relative IRIs resolve against the endpoint
    if not (asked.default_graphs or asked.named_graphs):  # one streaming pattern: here, within a budget
        inline = request.app.state.inline.answer(store, sparql, result_format, base_iri)
        if inline is not None:
            return Response(inline.body, media_type=CANONICAL[result_format])
    job = Job(
        store_dir=str(store.path), sparql=sparql, result_format=result_format, graph_format=graph_format,
        default_graphs=asked.default_graphs, named_graphs=asked.named_graphs, base_iri=base_iri,
        max_length=settings.max_query_length, max_nesting=settings.max_query_nesting,
        allow_service=settings.allow_service,
    )
    # QueryError (400), QueryTimeout / Overloaded / ResourceLimit (503) go to the error handler.
    try:
        answer = await _unless_disconnected(
            request, request.app.state.pool.run(job, settings.query_timeout, settings.max_result_bytes)
        )
    except Unacceptable as exc:
        offers = list(GRAPH_TYPES if exc.kind == "graph" else RESULT_TYPES)
        raise NotAcceptable(f"cannot answer a {exc.kind} query as {accept}; offered: {', '.join(offers)}",
                            offers) from None
    if answer is None:
        log.info("request %s: client went away before the answer; query stopped", request_id(request))
        return Response(status_code=499)  # never delivered: nobody is listening
    lend(request, answer)  # closed by the middleware whatever happens to this request
    fmt = graph_format if answer.kind == "graph" else result_format
    assert fmt is not None
    if answer.complete:  # the whole answer is here: a plain response with its length
        answer.close()
        return Response(answer.first, media_type=CANONICAL[fmt])
    return AnswerResponse(answer, CANONICAL[fmt], request_id(request))


_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.\-]*:)[^<>\"{}|^`\\\s]*>")


async def _remote_answer(request: Request, store, asked, result_format: str | None,
                         graph_format: str | None) -> Response:
    """The same guard as the workers apply (queries/guard.py: limits, SERVICE, the query's dataset)
    before anything is sent; the timeout and the size cap hold on the HTTP request to the store.
    Relative IRIs resolve against this endpoint, as in process: if the text may hold one, a BASE is
    put before the query (the query's own BASE, if any, comes later and wins)."""
    settings = request.app.state.settings
    sparql = asked.query

    def run() -> tuple[str, bytes]:
        analysis = check_query(sparql, max_length=settings.max_query_length, allow_service=settings.allow_service,
                               max_nesting=settings.max_query_nesting)
        own_dataset = analysis.has_dataset or bool(asked.default_graphs or asked.named_graphs)
        text = f"BASE <{request.url.replace(query='')}> {sparql}" if _RELATIVE_IRI.search(sparql) else sparql
        return store.forward(
            text, result_format, graph_format,
            union=not own_dataset, default_graphs=asked.default_graphs, named_graphs=asked.named_graphs,
            timeout=settings.query_timeout, max_bytes=settings.max_result_bytes,
        )

    kind, body = await anyio.to_thread.run_sync(run)
    fmt = graph_format if kind == "graph" else result_format
    if fmt is None:
        offers = list(GRAPH_TYPES if kind == "graph" else RESULT_TYPES)
        raise NotAcceptable(f"cannot answer a {kind} query as {request.headers.get('accept')}; "
                            f"offered: {', '.join(offers)}", offers)
    return Response(body, media_type=CANONICAL[fmt])


async def _unless_disconnected(request: Request, work: Coroutine[Any, Any, Answer]) -> Answer | None:
    """Await `work` in this task; None (and `work` cancelled, so its worker is killed and replaced)
    if the client goes away first. One watcher task per request, which cancels this one on a
    disconnect (not a task for the work too and an asyncio.wait, which cost about 30 µs of a
    trivial query's time)."""
    current = asyncio.current_task()
    assert current is not None
    state = {"waiting": True, "gone": False}

    def on_done(watch: asyncio.Task) -> None:
        if state["waiting"] and not watch.cancelled() and watch.exception() is None:
            state["gone"] = True
            current.cancel()

    watch = asyncio.ensure_future(_disconnected(request.receive))
    watch.add_done_callback(on_done)
    try:
        return await work
    except asyncio.CancelledError:
        if not state["gone"]:  # this request was cancelled (server shutting down): not ours to swallow
            raise
        current.uncancel()
        return None
    finally:
        state["waiting"] = False  # a disconnect noticed from now on cancels nothing
        watch.cancel()


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


class AnswerResponse(Response):
    """Streams a worker's answer. The first chunk was read before the status was chosen; if the
    rest cannot be delivered (timeout, size cap, the worker died), the connection is closed
    without the final chunk of the chunked encoding, so the client sees a truncated transfer
    (requests: ChunkedEncodingError; curl: exit 18), never a complete-looking 200. A client that
    goes away stops the stream; the worker goes back to the pool or is replaced (`close()`)."""

    def __init__(self, answer: Answer, media_type: str, rid: str) -> None:
        super().__init__(media_type=media_type)
        self.answer, self.rid = answer, rid
        del self.headers["content-length"]  # streamed: chunked transfer encoding
        self.cut: str | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            async with anyio.create_task_group() as group:
                async def watch() -> None:
                    while (await receive())["type"] != "http.disconnect":
                        pass
                    log.info("request %s: client went away; answer dropped", self.rid)
                    group.cancel_scope.cancel()

                group.start_soon(watch)
                await self._stream(send)
                group.cancel_scope.cancel()
        finally:
            self.answer.close()
        if self.cut:  # return without the final body message: uvicorn closes the connection
            return

    async def _stream(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        try:
            async for chunk in self.answer.chunks():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except LexgraphError as exc:
            self.cut = str(exc)
            log.warning("request %s: answer cut short after its status was sent (%s): %s",
                        self.rid, exc.code, exc)
            return
        await send({"type": "http.response.body", "body": b"", "more_body": False})


for path in ("/sparql", "/sparql/"):
    for method in ("GET", "POST"):
        router.add_api_route(
            path, sparql_endpoint, methods=[method], include_in_schema=path == "/sparql",
            summary=f"SPARQL 1.1 query ({method})",
            operation_id=f"sparql_{method.lower()}" if path == "/sparql" else None,
            response_class=Response,
        )
