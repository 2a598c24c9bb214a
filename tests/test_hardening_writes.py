"""Writes cannot reach the network or be injected; the Graph Store Protocol works on terms.

A listener on 127.0.0.1 (tests/listener.py) stands in for any host an update or a request body
could make the server contact: LOAD, SERVICE in an update's WHERE, a remote JSON-LD context,
an XML external entity. It must receive nothing, and a server run with --allow-service shows
the same LOAD does reach it (so the witness works). Graph IRIs given to /store are checked and
bound as terms: text built to break out of an IRI in an update is a 400 that changes nothing.
"""

from __future__ import annotations

import httpx
import pytest

from graph.build import build
from graph.namespaces import DEFAULT_BASE_IRI, Minter
from tests.conftest import start_server, stop_server
from tests.listener import Listener

pytestmark = pytest.mark.hardening

TOKEN = "hardening-writes-token-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TURTLE = {"Content-Type": "text/turtle", **AUTH}
KEEP = "http://example.org/keep"
LEX = "https://w3id.org/lexgraph/ns#"


def _server(tmp_path_factory, *extra: str):
    root = tmp_path_factory.mktemp("writes") / "store"
    build(root, [], Minter(DEFAULT_BASE_IRI))
    return start_server(root, root.parent / "server.log", "--update-token", TOKEN, *extra)


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    live = _server(tmp_path_factory)
    put = httpx.put(live.url + "/store", params={"graph": KEEP}, headers=TURTLE, timeout=60,
                    content='<http://example.org/k> <http://example.org/says> "keep me" .')
    assert put.status_code == 201, put.text
    yield live
    stop_server(live)


@pytest.fixture()
def listener():
    witness = Listener()
    yield witness
    witness.close()


def _state(server) -> tuple:
    """What must not change when a write is refused: the build served and every graph's triples."""
    build_id = httpx.get(server.url + "/healthz").json()["build"]
    dump = httpx.get(server.url + "/dumps/lexgraph.nq").text
    return build_id, sorted(dump.splitlines())


def _update(server, text: str, **params) -> httpx.Response:
    return httpx.post(server.url + "/update", params=params, content=text, timeout=60,
                      headers={"Content-Type": "application/sparql-update", **AUTH})


NETWORK_UPDATES = {
    "load": "LOAD <{url}/data.ttl>",
    "load-silent-into": "LOAD SILENT <{url}/x.ttl> INTO GRAPH <http://example.org/g>",
    "load-lower-case": "load <{url}/x.ttl>",
    "load-after-insert": 'INSERT DATA {{ <http://example.org/a> <http://example.org/b> "c" }} ;\nLOAD <{url}/x.ttl>',
    "load-after-comment": "# a comment\nLOAD <{url}/x.ttl> # LOAD",
    "service-in-where": "INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
    "service-silent-in-delete": "DELETE {{ ?s ?p ?o }} WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
    "service-in-subquery": "INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}/s> {{ ?s ?p ?o }} }} }} }}",
}


@pytest.mark.parametrize("name", NETWORK_UPDATES)
def test_update_never_reaches_the_network(writable, listener, name):
    before = _state(writable)
    response = _update(writable, NETWORK_UPDATES[name].format(url=listener.url))
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_query", response.text
    assert listener.quiet_for(1.0), listener.received
    assert _state(writable) == before


def test_form_encoded_and_dataset_updates_are_checked_too(writable, listener):
    form = httpx.post(writable.url + "/update", data={"update": f"LOAD <{listener.url}/x>"}, headers=AUTH)
    assert form.status_code == 400
    with_dataset = _update(writable, NETWORK_UPDATES["service-in-where"].format(url=listener.url),
                           **{"using-graph-uri": KEEP})
    assert with_dataset.status_code == 400
    assert listener.quiet_for(1.0), listener.received


def test_the_witness_sees_a_load_when_the_operator_allows_it(tmp_path_factory, listener):
    """The control: with --allow-service the same LOAD does reach the listener."""
    live = _server(tmp_path_factory, "--allow-service")
    try:
        response = _update(live, f"LOAD SILENT <{listener.url}/data.ttl> INTO GRAPH <http://example.org/g>")
    finally:
        stop_server(live)
    assert response.status_code == 200, response.text
    assert listener.received and listener.received[0].startswith(b"GET /data.ttl ")


def test_graph_store_bodies_never_fetch(writable, listener):
    before = _state(writable)
    jsonld = f'{{"@context": "{listener.url}/context.jsonld", "@id": "http://example.org/a", "name": "x"}}'
    response = httpx.put(writable.url + "/store", params={"graph": "http://example.org/j"}, content=jsonld,
                         headers={"Content-Type": "application/ld+json", **AUTH}, timeout=60)
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"
    xml = (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "{listener.url}/entity">]>'
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:p="http://example.org/">'
           '<rdf:Description rdf:about="http://example.org/a"><p:q>&e;</p:q></rdf:Description></rdf:RDF>')
    response = httpx.put(writable.url + "/store", params={"graph": "http://example.org/x"}, content=xml,
                         headers={"Content-Type": "application/rdf+xml", **AUTH}, timeout=60)
    assert response.status_code == 400
    assert listener.quiet_for(1.0), listener.received
    assert _state(writable) == before


INJECTED = {
    "clear-all-load": "http://x> ; CLEAR ALL ; LOAD <{url}/x> INTO GRAPH <http://y",
    "drop-all-insert": "http://example.org/g> }} ; DROP ALL ; INSERT DATA {{ GRAPH <http://x",
    "close-brace": "http://example.org/g}}",
    "space": "http://example.org/a b",
    "newline": "http://example.org/a\nDROP ALL",
    "nul": "http://example.org/a\x00",
    "quote": 'http://example.org/a"',
    "bad-percent": "http://example.org/%zz",
    "javascript": "javascript:alert(1)",
    "relative": "graph/updates",
    "huge": "http://example.org/" + "a" * 5000,
}


@pytest.mark.parametrize("method", ["DELETE", "PUT", "POST", "GET", "HEAD"])
@pytest.mark.parametrize("name", INJECTED)
def test_injected_graph_iri_is_a_400_and_changes_nothing(writable, listener, method, name):
    before = _state(writable)
    graph = INJECTED[name].format(url=listener.url)
    response = httpx.request(method, writable.url + "/store", params={"graph": graph}, timeout=60,
                             headers=TURTLE, content=None if method in ("DELETE", "GET", "HEAD") else
                             '<http://example.org/a> <http://example.org/b> "c" .')
    assert response.status_code == 400, response.text
    if method != "HEAD":
        assert response.json()["error"]["code"] == "invalid_input"
    assert _state(writable) == before
    if name == "clear-all-load":
        assert listener.quiet_for(0.5), listener.received


def test_a_direct_graph_iri_is_a_term(writable):
    """Percent-encoded text in a direct-identification path names one graph, literally."""
    path = "/store/a%3E%20;%20CLEAR%20ALL"
    put = httpx.put(writable.url + path, headers=TURTLE, timeout=60,
                    content='<http://example.org/d> <http://example.org/p> "direct" .')
    assert put.status_code == 201, put.text
    assert put.json()["graph"] == writable.url + path
    assert httpx.get(writable.url + "/store", params={"graph": KEEP}).status_code == 200
    got = httpx.get(writable.url + path, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and '"direct"' in got.text
    assert httpx.delete(writable.url + path, headers=AUTH, timeout=60).status_code == 200


def test_default_graph_reads_and_writes(writable):
    nt = {"Accept": "application/n-triples"}
    put = httpx.put(writable.url + "/store?default", headers=TURTLE, timeout=60,
                    content='<http://example.org/d> <http://example.org/in> "default" .')
    assert put.status_code == 200, put.text
    default = httpx.get(writable.url + "/store?default", headers=nt).text
    assert '"default"' in default and "keep me" not in default and LEX not in default  # not the union
    again = httpx.put(writable.url + "/store?default", headers=TURTLE, timeout=60,
                      content='<http://example.org/d> <http://example.org/in> "replaced" .')
    assert again.status_code == 200
    default = httpx.get(writable.url + "/store?default", headers=nt).text
    assert '"replaced"' in default and '"default"' not in default
    assert "keep me" in httpx.get(writable.url + "/store", params={"graph": KEEP}, headers=nt).text
    assert httpx.delete(writable.url + "/store?default", headers=AUTH, timeout=60).status_code == 200
    assert httpx.get(writable.url + "/store?default", headers=nt).text.strip() == ""
    assert "keep me" in httpx.get(writable.url + "/store", params={"graph": KEEP}, headers=nt).text


def test_update_default_graph_is_the_same_graph(writable):
    """INSERT DATA without GRAPH lands in the default graph, where DELETE DATA finds it again."""
    nt = {"Accept": "application/n-triples"}
    triple = '<http://example.org/u> <http://example.org/p> "via update"'
    assert _update(writable, f"INSERT DATA {{ {triple} }}").status_code == 200
    assert '"via update"' in httpx.get(writable.url + "/store?default", headers=nt).text
    assert _update(writable, f"DELETE DATA {{ {triple} }}").status_code == 200
    assert '"via update"' not in httpx.get(writable.url + "/store?default", headers=nt).text


def test_post_to_the_store_creates_a_graph(writable):
    response = httpx.post(writable.url + "/store", headers=TURTLE, timeout=60,
                          content='<http://example.org/n> <http://example.org/p> "new" .')
    assert response.status_code == 201, response.text
    location = response.headers["location"]
    assert location.startswith(DEFAULT_BASE_IRI + "graph/store/")
    got = httpx.get(writable.url + "/store", params={"graph": location}, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and '"new"' in got.text
    head = httpx.head(writable.url + "/store", params={"graph": location})
    assert head.status_code == 200 and head.content == b""
    assert httpx.delete(writable.url + "/store", params={"graph": location}, headers=AUTH, timeout=60).status_code == 200


def test_missing_graph_is_404(writable):
    missing = {"graph": "http://example.org/never"}
    assert httpx.delete(writable.url + "/store", params=missing, headers=AUTH, timeout=60).status_code == 404
    assert httpx.get(writable.url + "/store", params=missing).status_code == 404
    assert httpx.head(writable.url + "/store", params=missing).status_code == 404


def test_a_write_that_breaks_a_shape_is_422_and_changes_nothing(writable):
    before = _state(writable)
    order = f'<{DEFAULT_BASE_IRI}eo/5> a <{LEX}ExecutiveOrder> .'  # no number, date or title
    response = httpx.put(writable.url + "/store", params={"graph": "http://example.org/bad"}, headers=TURTLE,
                         content=order, timeout=60)
    assert response.status_code == 422 and response.json()["error"]["code"] == "shacl_violation", response.text
    assert _state(writable) == before


@pytest.mark.parametrize("graph", ["https://w3id.org/lexgraph/ns", DEFAULT_BASE_IRI + "graph/meta",
                                   DEFAULT_BASE_IRI + "graph/entailed"])
def test_graphs_a_build_derives_cannot_be_written(writable, graph):
    before = _state(writable)
    response = httpx.delete(writable.url + "/store", params={"graph": graph}, headers=AUTH, timeout=60)
    assert response.status_code == 400 and "made by every build" in response.json()["error"]["message"]
    assert _state(writable) == before


def test_writes_need_the_token_before_anything_is_read(writable):
    response = httpx.delete(writable.url + "/store", params={"graph": INJECTED["clear-all-load"]})
    assert response.status_code == 401
