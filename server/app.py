"""The FastAPI application, built by `create_app(settings)` so tests get a fresh app per store."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from server import api, sparql
from server.config import Settings
from server.deps import StoreDep, StoreHolder

STATIC = Path(__file__).resolve().parent / "static"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    app = FastAPI(
        title="lexgraph",
        description="A legal knowledge graph of U.S. presidential instruments: SPARQL and lineage.",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.stores = StoreHolder(settings.store)
    app.state.stores.get()  # fail at start-up, not on the first request, if there is no store
    app.include_router(sparql.router)
    app.include_router(api.router)
    # Read-only GETs are open to any origin, so the widget can be embedded elsewhere.
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_headers=["Accept"])
    app.mount("/widget", StaticFiles(directory=STATIC / "widget"), name="widget")

    @app.get("/healthz", tags=["meta"], operation_id="healthz")
    def healthz(store: StoreDep) -> JSONResponse:
        return JSONResponse({"status": "ok", "triples": len(store), "build": store.info.get("built")})

    return app
