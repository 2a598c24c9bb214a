"""Every input error is a 4xx in the one JSON error shape, never a 500: every /api endpoint that
takes an identifier, and the linked-data paths, are sent a list of hostile ids.

IRI-shaped input that is not a valid IRI (`http://x>`, a space, a NUL, bad percent-encoding,
...) is 400 `invalid_input`; an id over the length limit or with control characters is 400
`invalid_input`; anything else that names nothing is 404 `not_found`.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest

from graph.store import is_valid_iri

pytestmark = pytest.mark.hardening

INVALID_IRIS = [
    "http://x>",
    "http://x%3E",  # sent percent-encoded once: the server sees "http://x%3E", a valid IRI -> 404
    "https://w3id.org/lexgraph/id/eo/14060>",
    "http://x y",
    "http://x\x00",
    "http://x/\x7f",
    "http://x/%zz",
    "http://x/\"quoted\"",
    "http://x/{brace}",
    "http://x/a|b",
    "http://x/a^b",
    "http://x/a`b",
    "http://x/a\\b",
    "http://[::1",
    "https://w3id.org/lexgraph/id/eo/14060\nDROP ALL",
]
HOSTILE = INVALID_IRIS + [
    "\x00",
    "%00",
    "EO 14060\x00",
    "\x07\x08\x1b[31m",
    "\u202eEO 14060",
    "\ufeff",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '" } ; DROP ALL ; #',
    "?node",
    "$node",
    "../../../etc/passwd",
    "eo/../../etc/passwd",
    "file:///etc/passwd",
    "urn:x",
    "mailto:a@example.org",
    "http://",
    "https://w3id.org/lexgraph/id/",
    "{{7*7}}",
    "${7*7}",
    "%s%s%s%n",
    "\\",
    "EO 99999999999999999999",
    "EO 1,2,3,4,5",
    "section 99999999999999999999 of EO 14060",
    "86 FR 99999999999",
    "EO 14060 § 3(" + "a)(" * 300,
    "\U0001F642",
    "Ω" * 3000,
    "x" * 5000,
    "https://example.org/" + "a" * 5000,
    " ",
    "\t\n",
]
ENDPOINTS = [
    ("/api/resolve", "id", {}),
    ("/api/node", "id", {}),
    ("/api/lineage", "id", {"on": "2022-03-01"}),
    ("/api/status", "id", {}),
    ("/api/authority", "id", {}),
    ("/api/path", "source", {"target": "EO 14060"}),
    ("/api/path", "target", {"source": "EO 14060"}),
    ("/api/queries/provisions", "node", {}),  # a canned query's IRI parameter: a valid IRI that
    ("/api/queries/lineage", "node", {}),  # names nothing is a 200 with no rows, anything else a 400
]


def _check(response: httpx.Response, what: str, ok: bool = False) -> dict:
    if ok and response.status_code == 200:
        return {}
    assert 400 <= response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    error = response.json()["error"]
    assert set(error) == {"code", "message", "detail"} and error["code"] and error["message"], what
    return error


@pytest.mark.parametrize("path, param, extra", ENDPOINTS, ids=[f"{p}?{n}" for p, n, _ in ENDPOINTS])
def test_hostile_ids_are_4xx_in_the_error_shape(live_server, path, param, extra):
    canned = path.startswith("/api/queries/")
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        for value in HOSTILE:
            valid_iri = canned and value.strip() and is_valid_iri(value.strip())
            _check(client.get(path, params={param: value, **extra}), f"{path}?{param}={value[:60]!r}", ok=valid_iri)


@pytest.mark.parametrize("value", [v for v in INVALID_IRIS if v != "http://x%3E"])
@pytest.mark.parametrize("path", ["/api/resolve", "/api/node", "/api/lineage", "/api/status", "/api/authority"])
def test_an_invalid_iri_is_400_invalid_input(live_server, path, value):
    error = _check(httpx.get(live_server.url + path, params={"id": value}), f"{path} {value!r}")
    assert error["code"] == "invalid_input", error


def test_resolve_example_from_the_issue(live_server):
    """`/api/resolve?id=http://x%3E` as written in a URL: the server sees `http://x>`."""
    response = httpx.get(live_server.url + "/api/resolve?id=http://x%3E")
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_input"


@pytest.mark.parametrize("value", ["x" * 5000, "EO 14060\x00", "\x07\x1b[31m"])
def test_over_long_or_control_characters_are_400(live_server, value):
    error = _check(httpx.get(live_server.url + "/api/resolve", params={"id": value}), repr(value[:20]))
    assert error["code"] == "invalid_input"


def test_canned_query_iri_parameters_are_checked(live_server):
    for value in ("http://x>", "http://x/%zz", "http://x y"):
        response = httpx.get(live_server.url + "/api/queries/provisions", params={"node": value})
        assert response.status_code == 400, value


@pytest.mark.parametrize("value", HOSTILE[:20])
def test_linked_data_paths_are_4xx(live_server, value):
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        response = client.get("/id/" + quote(value, safe="/:"))
        assert response.status_code in (400, 404, 422), f"{value!r}: {response.status_code}"


def test_valid_ids_still_resolve(live_server):
    for value in ("EO 14060", "https://w3id.org/lexgraph/id/eo/14060", "eo/14060", "USCTOC"):
        response = httpx.get(live_server.url + "/api/resolve", params={"id": value})
        assert response.status_code == 200, value
