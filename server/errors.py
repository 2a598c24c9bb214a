"""Errors over HTTP, in one place: every error answer is

    {"error": {"code": "not_found", "message": "unknown identifier 'EO 99999' ...", "detail": {...}}}

with the status of the LexgraphError class that was raised (graph/errors.py). Handlers raise;
`install(app)` turns a LexgraphError, FastAPI's request validation error (422,
`invalid_request`), a routing error (404/405) and anything unexpected (500, `internal_error`)
into that shape. The OpenAPI document describes it once, as the `Error` schema and one
`components/responses` entry per status, which the routers reference through `responses()`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import LexgraphError, Unauthorized

log = logging.getLogger("lexgraph.server")

INVALID_REQUEST = "invalid_request"  # FastAPI's parameter validation (422)
INTERNAL = "internal_error"  # a bug; the message says nothing more
ROUTING = {404: "not_found", 405: "method_not_allowed"}

# status -> name of its entry in components/responses
RESPONSE_NAMES = {
    400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed",
    406: "NotAcceptable", 413: "PayloadTooLarge", 415: "UnsupportedMediaType", 422: "Unprocessable",
    503: "Unavailable", 507: "InsufficientStorage",
}


def body(code: str, message: str, detail: Any = None) -> dict:
    return {"error": {"code": code, "message": message, "detail": detail}}


def to_response(exc: LexgraphError) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="lexgraph"'} if isinstance(exc, Unauthorized) else None
    if hasattr(exc, "headers"):  # e.g. Retry-After on 503 overloaded
        headers = {**(headers or {}), **exc.headers()}
    content = body(exc.code, str(exc), jsonable_encoder(exc.detail()))
    return JSONResponse(content, status_code=exc.http_status, headers=headers)


async def _lexgraph(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, LexgraphError)
    return to_response(exc)


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = jsonable_encoder(exc.errors())
    first = errors[0] if errors else {}
    where = ".".join(str(part) for part in first.get("loc", ()))
    message = f"{where}: {first.get('msg', 'invalid')}" if where else "invalid request"
    return JSONResponse(body(INVALID_REQUEST, message, errors), status_code=422)


async def _routing(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = ROUTING.get(exc.status_code, "http_error")
    return JSONResponse(body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error", exc_info=exc)
    return JSONResponse(body(INTERNAL, "internal server error"), status_code=500)


def install(app: FastAPI) -> None:
    """Register the handlers and document the error shape in the app's OpenAPI document."""
    app.add_exception_handler(LexgraphError, _lexgraph)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _routing)
    app.add_exception_handler(Exception, _unexpected)

    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                for answer in operation.get("responses", {}).values():
                    if "$ref" in answer:  # FastAPI adds a description beside it; the component has one
                        answer.pop("description", None)
        components = schema.setdefault("components", {})
        components.setdefault("schemas", {})["Error"] = error_schema()
        components["responses"] = openapi_responses()
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a router or route: each status refers to the shared error response."""
    return {status: {"$ref": f"#/components/responses/{RESPONSE_NAMES[status]}"} for status in statuses}


def _classes() -> list[type[LexgraphError]]:
    found, stack = [], [LexgraphError]
    while stack:
        cls = stack.pop()
        found.append(cls)
        stack.extend(cls.__subclasses__())
    return found


def codes_by_status() -> dict[int, list[str]]:
    """Every stable error code, by the HTTP status it is answered with."""
    out: dict[int, set[str]] = {422: {INVALID_REQUEST}, 404: {ROUTING[404]}, 405: {ROUTING[405]}}
    for cls in _classes():
        out.setdefault(cls.http_status, set()).add(cls.code)
    return {status: sorted(codes) for status, codes in sorted(out.items())}


def error_schema() -> dict[str, Any]:
    codes = sorted({c for cs in codes_by_status().values() for c in cs} | {INTERNAL, "http_error"})
    return {
        "title": "Error",
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message", "detail"],
                "properties": {
                    "code": {"type": "string", "enum": codes, "description": "stable, machine-readable"},
                    "message": {"type": "string", "description": "for people; may change"},
                    "detail": {
                        "description": "structured detail or null: `candidates` (not_found), `violations` "
                        "(shacl_violation), `offered` (not_acceptable), FastAPI's error list (invalid_request)",
                    },
                },
            }
        },
    }


def openapi_responses() -> dict[str, Any]:
    by_status = codes_by_status()
    return {
        name: {
            "description": f"Error; code: {', '.join(by_status.get(status, ['http_error']))}",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for status, name in RESPONSE_NAMES.items()
    }
