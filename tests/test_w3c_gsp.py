"""The W3C SPARQL 1.1 Graph Store Protocol tests, replayed from their manifests against a real server.

tests/fixtures/w3c-gsp/manifest.ttl includes manifest-direct.ttl and manifest-indirect.ttl; every
mf:GraphStoreProtocolTest they define (14: the direct manifest defines head_non_existing_direct
without listing it in mf:entries, and it is run too) is replayed request by request, in order,
against a lexgraph server on 127.0.0.1 with `/gsp` replaced by `/store` and the update token
sent on writes. Each test starts from a fresh store (a real build with no data). Checked as the
manifest says: the status (one of mf:expectedStatus), the Location of a created graph (used in
later requests as $LOCATION$), the response's Content-Type, and the response body, which must be
isomorphic to the expected graph.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from tests.conftest import FIXTURES, start_server, stop_server

SUITE = FIXTURES / "w3c-gsp"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = "http://www.w3.org/2011/http-statusCodes#"
TOKEN = "w3c-gsp-test-token-0123456789abcdef"
STATUS = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404}
RDF_PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
               "application/rdf+xml": "xml"}


def _manifest() -> Graph:
    graph = Graph()
    top = SUITE / "manifest.ttl"
    graph.parse(top, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    for included in Collection(graph, graph.value(manifest, MF.include)):
        graph.parse(SUITE / Path(str(included)).name, format="turtle")
    return graph


MANIFEST = _manifest()


def _tests() -> list[tuple[str, URIRef]]:
    return sorted((str(t).rsplit("#", 1)[1], t) for t in MANIFEST.subjects(RDF.type, MF.GraphStoreProtocolTest))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("w3c-gsp") / "store"
    build(root, [], Minter(DEFAULT_BASE_IRI))
    live = start_server(root, root.parent / "server.log", "--update-token", TOKEN)
    live.root = root
    yield live
    stop_server(live)


def _headers(node) -> dict[str, str]:
    found = {}
    header_list = MANIFEST.value(node, HT.headers)
    if header_list is not None:
        for header in Collection(MANIFEST, header_list):
            found[str(MANIFEST.value(header, HT.fieldName)).lower()] = str(MANIFEST.value(header, HT.fieldValue))
    return found


def _chars(node) -> str | None:
    body = MANIFEST.value(node, HT.body)
    return None if body is None else str(MANIFEST.value(body, CNT.chars))


def _expected_statuses(response_node) -> set[int | str]:
    statuses: set[int | str] = set()
    for status in MANIFEST.objects(response_node, MF.expectedStatus):
        name = str(status).removeprefix(HTS)
        statuses.add(STATUS.get(name, name))  # a name like StatusCode2xx stays a class
    return statuses


def _status_ok(code: int, expected: set[int | str]) -> bool:
    return code in expected or f"StatusCode{code // 100}xx" in expected


def replay(url: str, name: str, test: URIRef) -> list[str]:
    """Every request of one test; returns what went wrong (empty: passed)."""
    action = MANIFEST.value(test, MF.action)
    variables: dict[str, str] = {}
    problems = []
    for number, request in enumerate(Collection(MANIFEST, MANIFEST.value(action, HT.requests)), start=1):
        method = str(MANIFEST.value(request, HT.methodName))
        path = str(MANIFEST.value(request, HT.absolutePath))
        body = _chars(request)
        for variable, value in variables.items():
            path, body = path.replace(variable, value), body.replace(variable, value) if body else body
        assert path.startswith("/gsp"), path
        headers = _headers(request)
        if method in ("PUT", "POST", "DELETE"):
            headers["authorization"] = f"Bearer {TOKEN}"
        target = httpx.URL(url + "/store" + path[len("/gsp"):])
        response = httpx.request(method, target, headers=headers, content=body.encode() if body else None, timeout=60)
        where = f"{name} #{number} {method} {path}"
        expected = MANIFEST.value(request, HT.resp)
        statuses = _expected_statuses(expected)
        if not _status_ok(response.status_code, statuses):
            problems.append(f"{where}: {response.status_code} not in {sorted(map(str, statuses))}: {response.text[:300]}")
            continue
        location = MANIFEST.value(expected, MF.expectedLocation)
        if location is not None:
            if "location" not in response.headers:
                problems.append(f"{where}: no Location header")
                continue
            variables[str(location)] = response.headers["location"]
        wanted = _headers(expected)
        if "content-type" in wanted and response.headers.get("content-type") != wanted["content-type"]:
            problems.append(f"{where}: Content-Type {response.headers.get('content-type')!r}, "
                            f"expected {wanted['content-type']!r}")
        text = _chars(expected)
        if text is not None and method != "HEAD":
            media = wanted["content-type"].split(";")[0]
            got = Graph().parse(data=response.text, format=RDF_PARSERS[media], publicID=url)
            if not isomorphic(got, Graph().parse(data=text, format=RDF_PARSERS[media])):
                problems.append(f"{where}: graph differs:\n{response.text}")
    return problems


@pytest.mark.parametrize("name, test", _tests(), ids=[n for n, _ in _tests()])
def test_graph_store_protocol(server, name, test):
    build(server.root, [], Minter(DEFAULT_BASE_IRI))  # each test starts from an empty store
    problems = replay(server.url, name, test)
    assert not problems, "\n".join(problems)


def test_every_manifest_test_is_replayed():
    names = [n for n, _ in _tests()]
    assert len(names) == 14 and len(set(names)) == 14
    listed = set()
    for manifest in MANIFEST.subjects(RDF.type, MF.Manifest):
        entries = MANIFEST.value(manifest, MF.entries)
        if entries is not None:
            listed |= {str(t).rsplit("#", 1)[1] for t in Collection(MANIFEST, entries)}
    assert listed <= set(names) and set(names) - listed == {"head_non_existing_direct"}
