"""The W3C SPARQL 1.1 Protocol tests, replayed from their manifest against a real server.

Each test's requests (method, path, headers, body) are read from tests/fixtures/w3c-protocol/
manifest.ttl and sent to a lexgraph server on 127.0.0.1 whose store holds the suite's named
graphs (rebuilt before each test). Query tests go to /sparql; update tests go to /update with
the server's token (the suite's "/sparql/" stands for the endpoint under test). Status classes
and expected booleans are checked; "tabular", "boolean" and "RDF" answers must come in a
matching media type.

Two servers: with an update token all 34 tests pass, the update tests with `using-graph-uri` /
`using-named-graph-uri` included (the protocol dataset of an update); read-only (no token), the
7 tests that must change the store are refused as designed (403 `forbidden`) and the other 27
pass.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from graph.quads import LoadedGraph
from tests.conftest import FIXTURES, start_server, stop_server

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


_PRISTINE: dict[str, Path] = {}
_case = itertools.count()


def _pristine() -> Path:
    """One real build of the suite's three named graphs, made once per session."""
    if "build" not in _PRISTINE:
        root = Path(tempfile.mkdtemp(prefix="w3c-pristine-")) / "store"
        graphs = []
        for name, file in GRAPHS.items():
            triples = Graph().parse(SUITE / file, format="nt")
            graphs.append(LoadedGraph(URIRef(name), SUITE / file, [(s, p, o, URIRef(name)) for s, p, o in triples]))
        build(root, graphs, Minter(DEFAULT_BASE_IRI))
        _PRISTINE["build"] = (root / "current").resolve()
    return _PRISTINE["build"]


def _reset(root: Path) -> None:
    """The suite's three named graphs and nothing else: a copy of the pristine build, swapped in as
    `current` (the atomic swap the server follows after every write)."""
    target = root / "builds" / f"case-{next(_case):03d}"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(_pristine(), target)
    link = root / f".current-{target.name}"
    link.symlink_to(target.relative_to(root))
    os.replace(link, root / "current")


def _server(tmp_path_factory, *extra: str):
    root = tmp_path_factory.mktemp("w3c-protocol") / "store"
    _reset(root)
    live = start_server(root, root.parent / "server.log", *extra)
    live.root = root
    return live


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = _server(tmp_path_factory, "--update-token", TOKEN)
    yield live
    stop_server(live)


@pytest.fixture(scope="module")
def read_only(tmp_path_factory):
    live = _server(tmp_path_factory)
    yield live
    stop_server(live)


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


# The tests whose updates must change the store: a read-only server refuses them (403).
WRITES = {
    "update_base_uri", "update_dataset_default_graph", "update_dataset_default_graphs",
    "update_dataset_named_graphs", "update_dataset_full", "update_post_direct", "update_post_form",
}


def replay(url: str, name: str, test: URIRef) -> None:
    action = MANIFEST.value(test, MF.action)
    requests = Collection(MANIFEST, MANIFEST.value(action, HT.requests))
    for request in requests:
        response = _send(url, name, request)
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


@pytest.mark.parametrize("name, test", _tests(), ids=[n for n, _ in _tests()])
def test_protocol(server, name, test):
    """With an update token: 34/34."""
    _reset(server.root)
    replay(server.url, name, test)


@pytest.mark.parametrize("name, test", _tests(), ids=[n for n, _ in _tests()])
def test_protocol_read_only(read_only, name, test):
    """Without a token: 27/34 pass; the 7 that must write are refused with 403 and change nothing."""
    if name not in WRITES:
        replay(read_only.url, name, test)
        return
    before = httpx.get(read_only.url + "/healthz").json()["build"]
    first = next(iter(Collection(MANIFEST, MANIFEST.value(MANIFEST.value(test, MF.action), HT.requests))))
    response = _send(read_only.url, name, first)
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden", response.text
    assert httpx.get(read_only.url + "/healthz").json()["build"] == before


def test_every_manifest_test_is_replayed():
    names = [n for n, _ in _tests()]
    assert len(names) == 34 and len(set(names)) == 34
    assert set(names) >= WRITES and len(WRITES) == 7
    assert not [t for t in MANIFEST.subjects(RDF.type, MF.ProtocolTest) if (str(t).rsplit("#", 1)[1]) not in names]
