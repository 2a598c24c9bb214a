"""Property-based API testing: schemathesis generates requests from /openapi.json and sends them
to the real app (in-process, over ASGI); no operation may answer with a 5xx. The schema itself
must load and validate.

schemathesis's pytest plugin does not work with pytest 9, so its Python API is driven directly:
one Hypothesis run per operation, from the operation's own request strategy.
"""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

# /sparql, /update and /store speak the SPARQL protocols (tested in test_w3c_protocol.py and
# test_server.py); a generated query may legitimately run into the 503 timeout.
EXCLUDED = ("/sparql", "/update", "/store")


class SessionApp:
    """The session client's app, whose lifespan (and query worker pool) is already running.
    Refusing the lifespan scope is how an ASGI app says it has none; servers, and schemathesis,
    then just send requests. Requests are counted per path template, so the test can show that
    every operation was really called."""

    def __init__(self, app) -> None:
        self.app, self.paths = app, Counter()

    async def __call__(self, scope, receive, send):
        if scope["type"] == "lifespan":
            raise RuntimeError("the lifespan is run by the session's TestClient")
        self.paths[scope["path"]] += 1
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def session_app(client):
    return SessionApp(client.app)


@pytest.fixture(scope="module")
def operations(session_app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", session_app)
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith(EXCLUDED):
            found.append(operation)
    return found


def test_no_operation_answers_5xx(operations, session_app):
    assert len(operations) >= 10
    for operation in operations:
        before = sum(session_app.paths.values())

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def run(case):
            case.call_and_validate(checks=[not_a_server_error])

        run()
        assert sum(session_app.paths.values()) > before, f"{operation.method} {operation.path} was never called"


def test_openapi_lists_every_capability(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/sparql", "/update", "/store", "/api/lineage", "/api/status", "/api/authority", "/api/path",
                 "/api/resolve", "/api/node", "/api/queries", "/id/{path}", "/dumps/lexgraph.{suffix}", "/healthz"):
        assert path in paths, path


def test_docs_are_served_without_a_cdn(client):
    page = client.get("/docs")
    assert page.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_openapi_document_is_valid(client):
    from openapi_spec_validator import validate

    validate(client.get("/openapi.json").json())  # raises on any violation
