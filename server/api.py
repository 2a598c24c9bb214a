"""JSON API under /api/: resolve identifiers and trace lineage."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from graph.errors import NotFound
from queries.lineage import lineage
from queries.resolve import resolve
from server.deps import StoreDep

router = APIRouter(prefix="/api", tags=["api"])

IdParam = Annotated[str, Query(description='An identifier: "EO 14060", "86 FR 71793", "USCTOC", an IRI, ...')]


def not_found(exc: NotFound) -> JSONResponse:
    return JSONResponse({"error": str(exc), "candidates": exc.candidates}, status_code=404)


@router.get("/resolve", operation_id="resolve")
def api_resolve(store: StoreDep, id: IdParam) -> JSONResponse:
    try:
        return JSONResponse({"id": id, "iri": str(resolve(store, id))})
    except NotFound as exc:
        return not_found(exc)


@router.get("/lineage", operation_id="lineage")
def api_lineage(
    store: StoreDep, id: IdParam, sparql: Annotated[bool, Query(description="include the SPARQL")] = False
) -> JSONResponse:
    try:
        iri = resolve(store, id)
    except NotFound as exc:
        return not_found(exc)
    return JSONResponse(lineage(store, iri).as_dict(with_sparql=sparql))
