"""The FastAPI application, built by `create_app(settings)` so tests get a fresh app per store.

`settings` (graph/settings.py) is read once, by the caller; errors are answered in one shape by
the handlers server/errors.py installs.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from graph.errors import ConfigError
from graph.settings import Settings
from graph.store import GraphStore
from queries.projection import projection
from server import api, browse, errors, linked_data, pages, sandbox, sparql, update
from server.cache import AnswerCache, ConditionalCache
from server.deps import RemoteHolder, StoreDep, StoreHolder
from server.executor import QueryPool
from server.fastpath import SparqlFastPath
from server.front import CORS_EXPOSE, CORS_ORIGINS, SparqlFront
from server.inline import InlineRunner
from server.middleware import RequestScope
from server.pages import query_page

STATIC = Path(__file__).resolve().parent / "static"
DOCS_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"  # Swagger UI 5: renders OpenAPI 3.1


def triple_count(store: GraphStore) -> int:
    """The quads of the build, as the build recorded them: `len(store)` counts every quad (a tenth
    of a second at a million), too slow for a health check polled by load balancers. A store
    with no build record is counted once."""
    recorded = store.info.get("triples")
    if not isinstance(recorded, int):
        recorded = store.info["triples"] = len(store)
    return recorded


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    stores = RemoteHolder(settings) if settings.remote else StoreHolder(settings.store)
    _ = stores.get().version  # fail at start-up, not on the first request, if there is no store
    barrier = sandbox.probe(allow_network=settings.allow_service)
    if settings.allow_service:
        barrier = "none (--allow-service)"
    elif barrier == sandbox.NONE and not settings.allow_no_barrier:
        raise ConfigError(
            "no network barrier (network namespace or seccomp filter) can be applied to the query "
            "workers on this machine, so a query that slipped past the SERVICE check could make the "
            "server fetch any URL; pass --allow-no-barrier to serve anyway (see SECURITY.md)"
        )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = QueryPool(
            settings.workers, queue_size=settings.query_queue, allow_network=settings.allow_service,
            memory_bytes=settings.worker_memory_mb * 1024 * 1024 or None,
        )
        path = stores.get().path  # None for a remote store: /sparql forwards, the workers stay idle
        app.state.pool.store_dir = str(path) if path is not None else None
        app.state.pool.start()
        # Build the in-memory projection in the background so start-up stays fast.
        threading.Thread(target=lambda: (projection(stores.get()), pages.warm(stores.get())), daemon=True).start()
        try:
            yield
        finally:
            app.state.pool.close()

    app = FastAPI(
        title="lexgraph",
        description="A legal knowledge graph of U.S. presidential instruments: SPARQL, lineage, "
        "status on a date, authority chains and linked-data pages.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # served below from local assets: no CDN
        redoc_url=None,
    )
    errors.install(app)
    pages.install_not_found(app)  # browsers get an HTML 404 with suggestions; JSON clients, the JSON error
    app.state.settings = settings
    app.state.stores = stores
    app.state.barrier = barrier
    app.state.answer_cache = AnswerCache(max_bytes=settings.answer_cache_mb * 1024 * 1024)
    app.state.inline = InlineRunner(settings.inline_budget, settings.max_result_bytes)
    app.include_router(sparql.router)
    app.include_router(update.router)
    app.include_router(api.router)
    app.include_router(browse.router)  # /id/eo/, before the /id/{path} of linked_data
    app.include_router(linked_data.router)
    app.include_router(pages.router)  # /, /search, /docs, /dumps
    app.add_middleware(SparqlFastPath)  # /sparql queries skip the router (server/fastpath.py)
    app.add_middleware(ConditionalCache)  # ETag / 304 by store version (server/cache.py), outside the fast path
    # Read-only GETs are open to any origin, so the widget can be embedded elsewhere.
    app.add_middleware(CORSMiddleware, allow_origins=CORS_ORIGINS, allow_methods=["GET"], allow_headers=["Accept"],
                       expose_headers=CORS_EXPOSE)
    app.add_middleware(RequestScope)  # request id, workers given back whatever happens
    app.add_middleware(SparqlFront)  # outermost: GET /sparql of one pattern in one step (server/front.py)
    app.mount("/widget", StaticFiles(directory=STATIC / "widget"), name="widget")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    app.mount("/docs-assets", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/healthz", tags=["meta"], operation_id="healthz", responses=errors.responses(503))
    async def healthz(store: StoreDep) -> JSONResponse:
        """The build served, and the query workers: alive (process checked), busy, queued, the
        network barrier around them and how many were replaced (killed at a timeout or limit)."""
        stats = app.state.pool.stats()
        if stats["network_barrier"] == "starting":  # no worker yet: what the start-up probe found
            stats["network_barrier"] = app.state.barrier
        return JSONResponse({"status": "ok", "triples": triple_count(store), "build": store.info.get("built"), **stats,
                             **app.state.answer_cache.stats(), **app.state.inline.stats()})

    @app.get("/query", tags=["sparql"], operation_id="query_page", response_class=HTMLResponse)
    def query_form() -> HTMLResponse:
        """The query page: editor, canned examples, results table."""
        return HTMLResponse(query_page())

    return app
