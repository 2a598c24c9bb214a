"""One error shape over HTTP ({"error": {"code", "message", "detail"}}, documented in OpenAPI) and
one error line in the CLI (`lexgraph: error: <message>`, exit status by class)."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import run_cli


def _error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "detail"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize("path", ["/api/lineage", "/api/status", "/api/authority", "/api/node", "/api/resolve"])
def test_unknown_id_is_404_not_found_with_candidates(live_server, path):
    error = _error(httpx.get(live_server.url + path, params={"id": "EO 99999"}), 404, "not_found")
    assert "EO 99999" in error["message"]
    assert "EO 13993" in error["detail"]["candidates"]


def test_unknown_route_and_unknown_iri_and_unknown_query_are_404_in_the_same_shape(live_server):
    _error(httpx.get(live_server.url + "/no/such/page"), 404, "not_found")
    _error(httpx.get(live_server.url + "/id/eo/99999", headers={"Accept": "text/turtle"}), 404, "not_found")
    _error(httpx.get(live_server.url + "/api/queries/no-such-query"), 404, "not_found")


def test_bad_sparql_is_400_bad_query(live_server):
    error = _error(httpx.get(live_server.url + "/sparql", params={"query": "SELEC ?x"}), 400, "bad_query")
    assert "syntax" in error["message"] and error["detail"] is None


def test_bad_parameter_values_are_400_invalid_input(live_server):
    response = httpx.get(live_server.url + "/api/lineage", params={"id": "EO 14060", "types": "abolishes"})
    error = _error(response, 400, "unknown_edge_type")  # an InvalidInput with its own code
    assert "abolishes" in error["message"] and "revokes" in error["detail"]["known"]
    response = httpx.get(live_server.url + "/api/lineage", params={"id": "EO 14060", "types": "cites"})
    assert "not a lineage edge type" in _error(response, 400, "invalid_input")["message"]


@pytest.mark.parametrize("params", [
    {"id": "EO 14060", "depth": "deep"},
    {"id": "EO 14060", "on": "2022-13-01"},
    {},  # id is required
])
def test_fastapi_validation_is_422_invalid_request_in_the_same_shape(live_server, params):
    error = _error(httpx.get(live_server.url + "/api/lineage", params=params), 422, "invalid_request")
    assert isinstance(error["detail"], list) and error["detail"][0]["loc"][0] == "query"


def test_unacceptable_media_type_is_406_with_what_is_offered(live_server):
    response = httpx.get(live_server.url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert "text/csv" in _error(response, 406, "not_acceptable")["detail"]["offered"]
    page = httpx.get(live_server.url + "/id/eo/14060", headers={"Accept": "image/png"})
    assert "text/html" in _error(page, 406, "not_acceptable")["detail"]["offered"]


def test_refusing_an_answer_with_406_does_not_use_up_the_query_workers(live_server):
    for _ in range(3):  # more than the pool's two workers
        response = httpx.get(live_server.url + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
        assert response.status_code == 406
    answered = httpx.get(live_server.url + "/sparql", params={"query": "ASK {}"}, timeout=30)
    assert answered.status_code == 200 and answered.json()["boolean"] is True


def test_protocol_errors_have_the_same_shape(live_server):
    wrong_type = httpx.post(live_server.url + "/sparql", content="ASK {}", headers={"Content-Type": "text/plain"})
    _error(wrong_type, 415, "unsupported_media_type")
    _error(httpx.get(live_server.url + "/update"), 405, "method_not_allowed")
    _error(httpx.post(live_server.url + "/update", data={"update": "CLEAR ALL"}), 403, "forbidden")
    _error(httpx.delete(live_server.url + "/api/lineage"), 405, "method_not_allowed")


def test_openapi_documents_the_error_shape_once(live_server):
    spec = httpx.get(live_server.url + "/openapi.json").json()
    components = spec["components"]
    assert components["schemas"]["Error"]["properties"]["error"]["required"] == ["code", "message", "detail"]
    codes = components["schemas"]["Error"]["properties"]["error"]["properties"]["code"]["enum"]
    assert {"not_found", "bad_query", "invalid_request", "not_acceptable", "timeout"} <= set(codes)
    assert "HTTPValidationError" not in components["schemas"]  # FastAPI's own 422 shape is not used
    lineage = spec["paths"]["/api/lineage"]["get"]["responses"]
    assert lineage["404"] == {"$ref": "#/components/responses/NotFound"}
    assert lineage["422"] == {"$ref": "#/components/responses/Unprocessable"}
    for answer in components["responses"].values():
        assert answer["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


@pytest.mark.parametrize("args, status, words", [
    (("lineage", "EO 99999"), 1, "unknown identifier 'EO 99999'"),
    (("status", "EO 14060", "--on", "2025-13-01"), 1, "not a date (YYYY-MM-DD): '2025-13-01'"),
    (("lineage", "EO 14060", "--types", "abolishes"), 1, "unknown edge type 'abolishes'; known types: amends"),
    (("query", "-"), 1, "SPARQL syntax error"),
    (("serve", "--workers", "0"), 2, "workers must be between 1 and 32, not 0"),
])
def test_cli_errors_are_one_line_with_the_status_of_their_class(store_root, args, status, words):
    result = run_cli(*args, store=store_root, input="SELEC ?x")
    assert result.returncode == status
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("lexgraph: error: ") and words in line
