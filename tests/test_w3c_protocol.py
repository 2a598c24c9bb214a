"""The W3C SPARQL 1.1 Protocol tests, replayed from their manifest against a real server.

Each test's requests (method, path, headers, body) are read from tests/fixtures/w3c-protocol/
manifest.ttl and sent to a lexgraph server on 127.0.0.1 whose store holds the suite's named
graphs. Query tests go to /sparql; update tests go to /update with the server's token (the
suite's "/sparql/" stands for the endpoint under test). Status classes and expected booleans
are checked; "tabular", "boolean" and "RDF" answers must come in a matching media type.

One uvicorn process serves the whole module. The cases stay independent: before each one the
server's `current` link is swapped to a fresh copy of the pristine suite store (the swap the
server already follows after a write), and /healthz must then report the pristine store.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from graph.store import GraphStore
from tests.conftest import FIXTURES, LiveServer, start_server, stop_server

SUITE = FIXTURES / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
TOKEN = "w3c-protocol-test-token-0123456789"
MANIFEST = Graph().parse(SUITE / "manifest.ttl", format="turtle")
GRAPHS = {
    "http://kasei.us/2009/09/sparql/data/data1.rdf": "data1.nt",
    "http://kasei.us/2009/09/sparql/data/data2.rdf": "data2.nt",
    "http://kasei.us/2009/09/sparql/data/data3.rdf": "data3.nt",
}
FORMATS = {
    "tabular": ("json", "xml", "csv", "tab-separated"),
    "boolean": ("json", "xml"),
    "RDF": ("turtle", "n-triples", "rdf+xml", "ld+json"),
}


def _tests() -> list[tuple[str, URIRef]]:
    manifest = next(MANIFEST.subjects(RDF.type, MF.Manifest))
    entries = Collection(MANIFEST, MANIFEST.value(manifest, MF.entries))
    return [(str(t).rsplit("#", 1)[1], t) for t in entries]


_case = itertools.count()


def _point_current_at_a_fresh_copy(root: Path, pristine: Path) -> Path:
    """Copy the pristine store into a new build and swap `current` to it atomically."""
    build = root / "builds" / f"case-{next(_case):03d}"
    shutil.copytree(pristine, build)
    link = root / f".current-{build.name}"
    link.symlink_to(build.relative_to(root))
    os.replace(link, root / "current")
    return build


@pytest.fixture(scope="module")
def suite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, Path, Path, int]]:
    base = tmp_path_factory.mktemp("w3c")
    pristine = base / "pristine"
    store = GraphStore.create(pristine)
    for name, file in GRAPHS.items():
        store.load_file(SUITE / file, "ntriples", URIRef(name))
    store.flush()
    triples = len(store)
    del store
    root = base / "store"
    (root / "builds").mkdir(parents=True)
    _point_current_at_a_fresh_copy(root, pristine)
    live = start_server(root, base / "server.log", "--update-token", TOKEN, "--workers", "1")  # one at a time
    yield live, root, pristine, triples
    stop_server(live)


@pytest.fixture()
def server(suite_server: tuple[LiveServer, Path, Path, int]) -> LiveServer:
    """The module's server, now serving an untouched copy of the suite's store."""
    live, root, pristine, triples = suite_server
    build = _point_current_at_a_fresh_copy(root, pristine)
    health = httpx.get(live.url + "/healthz", timeout=30).json()
    assert health["triples"] == triples, health  # the server follows the swap: a clean store
    assert (root / "current").resolve() == build.resolve()
    return live


def _send(url: str, test: str, request: URIRef) -> httpx.Response:
    method = str(MANIFEST.value(request, HT.methodName))
    path = str(MANIFEST.value(request, HT.absolutePath))
    headers = {}
    header_list = MANIFEST.value(request, HT.headers)
    if header_list is not None:
        for header in Collection(MANIFEST, header_list):
            headers[str(MANIFEST.value(header, HT.fieldName))] = str(MANIFEST.value(header, HT.fieldValue))
    content = None
    body = MANIFEST.value(request, HT.body)
    if body is not None:
        encoding = str(MANIFEST.value(body, CNT.characterEncoding) or "UTF-8")
        content = str(MANIFEST.value(body, CNT.chars)).encode(encoding)
    endpoint = "/update" if "update" in test and "query" not in _content_type(headers) else "/sparql"
    if "update" in test:
        headers["Authorization"] = f"Bearer {TOKEN}"
    target = url + path.replace("/sparql/", endpoint, 1)
    return httpx.request(method, target, headers=headers, content=content, timeout=30)


def _content_type(headers: dict) -> str:
    return next((v for k, v in headers.items() if k.lower() == "content-type"), "")


# lexgraph's update endpoint does not take a protocol dataset for updates (write USING/WITH in
# the update instead); these four tests ask for it, so the server must refuse them clearly.
NOT_SUPPORTED = {
    "update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
    "update_dataset_full",
}


@pytest.mark.parametrize("name, test", _tests(), ids=[n for n, _ in _tests()])
def test_protocol(server, name, test):
    action = MANIFEST.value(test, MF.action)
    if name in NOT_SUPPORTED:
        first = next(iter(Collection(MANIFEST, MANIFEST.value(action, HT.requests))))
        response = _send(server.url, name, first)
        assert response.status_code == 400 and "using-graph-uri" in response.json()["error"]["message"]
        return
    requests = Collection(MANIFEST, MANIFEST.value(action, HT.requests))
    for request in requests:
        response = _send(server.url, name, request)
        expected = MANIFEST.value(request, HT.resp)
        statuses = {str(s).rsplit("#", 1)[1] for s in MANIFEST.objects(expected, MF.expectedStatus)}
        actual = f"StatusCode{response.status_code // 100}xx"
        assert actual in statuses, f"{name}: {response.status_code} {response.text[:300]}"
        fmt = MANIFEST.value(expected, MF.expectedFormat)
        if fmt is not None and actual == "StatusCode2xx":
            kind = response.headers.get("content-type", "")
            assert any(token in kind for token in FORMATS[str(fmt)]), f"{name}: {kind}"
        boolean = MANIFEST.value(expected, MF.expectedBoolean)
        if boolean is not None:
            assert json.loads(response.text)["boolean"] is boolean.toPython(), name


def test_a_write_in_one_case_is_gone_in_the_next(suite_server, server):
    live, root, pristine, triples = suite_server
    insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 1 } }"
    written = httpx.post(live.url + "/update", data={"update": insert}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert written.status_code == 200, written.text
    ask = "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }"
    assert httpx.get(live.url + "/sparql", params={"query": ask}).json()["boolean"] is True
    assert httpx.get(live.url + "/healthz").json()["triples"] != triples  # a write is a whole new build
    _point_current_at_a_fresh_copy(root, pristine)  # what the `server` fixture does before each case
    assert httpx.get(live.url + "/healthz").json()["triples"] == triples
    assert httpx.get(live.url + "/sparql", params={"query": ask}).json()["boolean"] is False


def test_every_manifest_test_is_replayed():
    names = [n for n, _ in _tests()]
    assert len(names) == 34 and len(set(names)) == 34
    assert not [t for t in MANIFEST.subjects(RDF.type, MF.ProtocolTest) if (str(t).rsplit("#", 1)[1]) not in names]
