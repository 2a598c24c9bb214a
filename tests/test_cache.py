"""HTTP caching keyed by the store version (server/cache.py), the name index built with the
projection (queries/names.py) and /healthz's recorded count, on the real app and the real store.
"""

from __future__ import annotations

import httpx
import pytest
from rdflib import URIRef

from graph.store import GraphStore
from queries import names as names_module
from queries.catalog import get
from queries.resolve import name_index, resolve
from tests.conftest import app_client, iri

TOKEN = "a-cache-test-token-long-enough"
LEX = "https://w3id.org/lexgraph/ns#"
ASK = "ASK { ?s ?p ?o }"
TURTLE = {"Accept": "text/turtle"}
# One request per route family: (path, params, headers)
FAMILIES = {
    "api-lineage": ("/api/lineage", {"id": "EO 14060"}, {}),
    "api-resolve": ("/api/resolve", {"id": "USCTOC"}, {}),
    "api-node": ("/api/node", {"id": "EO 13773"}, {}),
    "id-turtle": ("/id/eo/14060", {}, TURTLE),
    "id-suffix": ("/id/eo/14060.nt", {}, {}),
    "id-html": ("/id/eo/14060", {}, {"Accept": "text/html"}),
    "dump": ("/dumps/lexgraph.nt", {}, {}),
    "sparql-get": ("/sparql", {"query": ASK}, {"Accept": "application/sparql-results+json"}),
}


def _get(client, name: str, **headers: str) -> httpx.Response:
    path, params, base = FAMILIES[name]
    return client.get(path, params=params, headers={**base, **headers})


@pytest.mark.parametrize("name", FAMILIES)
def test_etag_is_stable_and_a_matching_if_none_match_is_304(client, name):
    first, second = _get(client, name), _get(client, name)
    assert first.status_code == second.status_code == 200, first.text
    etag = first.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"') and not etag.startswith("W/")  # strong
    assert second.headers["etag"] == etag and second.content == first.content
    assert first.headers["cache-control"] == "public, no-cache"
    assert "Accept" in first.headers["vary"]
    for given in (etag, f"W/{etag}", f'"other", {etag}'):  # weak comparison, a list
        again = _get(client, name, **{"If-None-Match": given})
        assert again.status_code == 304, given
        assert again.content == b""
        assert again.headers["etag"] == etag and again.headers["cache-control"] == "public, no-cache"
        assert "Accept" in again.headers["vary"]
    assert _get(client, name, **{"If-None-Match": '"not-it"'}).status_code == 200


def test_each_representation_and_request_has_its_own_etag(client):
    tags = {
        client.get("/id/eo/14060", headers=TURTLE).headers["etag"],
        client.get("/id/eo/14060", headers={"Accept": "application/n-triples"}).headers["etag"],
        client.get("/id/eo/14060", headers={"Accept": "text/html"}).headers["etag"],
        client.get("/id/eo/13773", headers=TURTLE).headers["etag"],
        client.get("/api/lineage", params={"id": "EO 14060"}).headers["etag"],
        client.get("/api/lineage", params={"id": "EO 14060", "on": "2022-03-01"}).headers["etag"],
        client.get("/sparql", params={"query": ASK}, headers={"Accept": "text/csv"}).headers["etag"],
        client.get("/sparql", params={"query": ASK}, headers={"Accept": "application/sparql-results+xml"}).headers["etag"],
    }
    assert len(tags) == 8
    # an HTML page shows today's status: no Last-Modified; RDF and dumps have the build's time
    assert "last-modified" not in client.get("/id/eo/14060", headers={"Accept": "text/html"}).headers
    modified = client.get("/dumps/lexgraph.nt").headers["last-modified"]
    assert modified.endswith(" GMT")
    assert client.get("/dumps/lexgraph.nt", headers={"If-Modified-Since": modified}).status_code == 304


def test_errors_volatile_queries_and_posts_are_not_tagged(client):
    assert "etag" not in client.get("/api/lineage", params={"id": "EO 99999"}).headers  # 404
    assert "etag" not in client.get("/sparql", params={"query": "SELECT (RAND() AS ?r) {}"}).headers
    assert "etag" not in client.post("/sparql", data={"query": ASK}).headers
    assert "etag" not in client.get("/sparql", headers=TURTLE).headers  # the description: new blank nodes each time
    assert "etag" not in client.get("/api/lineage", params={"id": "EO 99999"}, headers={"If-None-Match": "*"}).headers


def test_a_304_leases_no_worker_and_computes_nothing(client):
    health = lambda: client.get("/healthz").json()  # noqa: E731
    query = {"query": "ASK { ?s ?p ?o . ?o ?q ?r }"}  # two patterns: never answered in the server process
    json_accept = {"Accept": "application/sparql-results+json"}
    before = health()
    first = client.get("/sparql", params=query, headers=json_accept)
    assert first.status_code == 200  # the first unconditional request leases a worker...
    assert health()["query_workers_leased"] == before["query_workers_leased"] + 1
    before = health()
    again = client.get("/sparql", params=query, headers=json_accept)
    after = health()
    assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
    assert after["query_workers_leased"] == before["query_workers_leased"]  # ... a repeat comes from memory
    assert after["answer_cache_hits"] == before["answer_cache_hits"] + 1
    before = health()
    for _ in range(5):
        assert client.get("/sparql", params=query,
                          headers={**json_accept, "If-None-Match": first.headers["etag"]}).status_code == 304
    after = health()
    assert after["query_workers_leased"] == before["query_workers_leased"]  # ... and a 304 asks for nothing
    assert (after["answer_cache_hits"], after["answer_cache_misses"]) == (
        before["answer_cache_hits"], before["answer_cache_misses"])
    assert after["not_modified"] == before["not_modified"] + 5
    # an /api answer revalidated: neither the answer cache nor the route is asked
    tag = _get(client, "api-lineage").headers["etag"]
    before = health()
    assert _get(client, "api-lineage", **{"If-None-Match": tag}).status_code == 304
    after = health()
    assert (after["answer_cache_hits"], after["answer_cache_misses"]) == (
        before["answer_cache_hits"], before["answer_cache_misses"])


def test_repeated_api_answers_come_from_the_answer_cache(client):
    params = {"id": "EO 13773", "on": "2022-03-01", "depth": "2"}
    before = client.get("/healthz").json()
    first = client.get("/api/lineage", params=params)
    second = client.get("/api/lineage", params=params)
    after = client.get("/healthz").json()
    assert first.status_code == second.status_code == 200
    assert second.content == first.content and second.headers["etag"] == first.headers["etag"]
    assert second.headers["content-type"] == first.headers["content-type"] == "application/json"
    assert after["answer_cache_hits"] >= before["answer_cache_hits"] + 1
    assert after["answers_cached"] >= 1


@pytest.fixture()
def writable(fresh_small_root):
    with app_client(fresh_small_root, update_token=TOKEN, workers=1) as c:
        yield c


def test_a_write_changes_every_etag_and_empties_the_answer_cache(writable):
    families = ["api-lineage", "id-turtle", "dump", "sparql-get"]
    old = {name: _get(writable, name) for name in families}
    assert all(r.status_code == 200 for r in old.values())
    assert writable.get("/healthz").json()["answers_cached"] >= 1
    update = 'INSERT DATA { GRAPH <http://example.org/notes> { <http://example.org/n> <http://example.org/p> "x" } }'
    done = writable.post("/update", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert done.status_code == 200, done.text
    for name, response in old.items():
        again = _get(writable, name, **{"If-None-Match": response.headers["etag"]})
        assert again.status_code == 200, name  # the old tag no longer matches
        assert again.headers["etag"] != response.headers["etag"]
        assert _get(writable, name, **{"If-None-Match": again.headers["etag"]}).status_code == 304
    assert b'"x"' in _get(writable, "dump").content and b'"x"' not in old["dump"].content
    health = writable.get("/healthz").json()
    assert health["answers_cached"] == 2  # only the /api and /sparql answers asked since the write
    assert health["triples"] == len(GraphStore.open(writable.app.state.settings.store))


def test_healthz_reports_the_count_the_build_recorded(client, store_root):
    store = GraphStore.open(store_root)
    assert store.info["triples"] == len(store)
    assert client.get("/healthz").json()["triples"] == len(store)


def test_a_real_server_sends_the_headers_and_304_through_the_process_boundary(live_server):
    url = live_server.url + "/api/lineage"
    first = httpx.get(url, params={"id": "EO 14060"}, headers={"Origin": "http://example.org"})
    assert first.status_code == 200
    etag = first.headers["etag"]
    again = httpx.get(url, params={"id": "EO 14060"},
                      headers={"Origin": "http://example.org", "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag and again.headers["cache-control"] == "public, no-cache"
    assert again.headers["access-control-allow-origin"] == "*" and "Accept" in again.headers["vary"]


# ---------------------------------------------------------------- the name index


def _provision(store: GraphStore, node: str) -> bool:
    return store.ask(f"ASK {{ ?n a <{LEX}Provision> }}", {"n": URIRef(node)})


def test_the_name_index_answers_what_resolve_label_selects(store):
    """Every name in the store, looked up in the index, gives the nodes `resolve-label.rq` selects
    (provisions aside: they are named by their instrument and number, labels.rq leaves them out)."""
    index = name_index(store)
    names = {str(r["name"]) for r in get("labels").run(store)}
    assert len(names) > 50
    for name in sorted(names):
        found = {str(r["node"]) for r in get("resolve-label").run(store, text=name)}
        expected = tuple(sorted(n for n in found if not _provision(store, n)))
        assert index.nodes(name) == expected, name
        assert index.nodes(name.upper()) == expected or name.upper().lower() != name.lower()
        if len(expected) == 1:
            assert str(resolve(store, name)) == expected[0]


def test_names_resolve_through_the_api_as_before(client):
    assert client.get("/api/resolve", params={"id": "USCTOC"}).json()["iri"] == iri("org/usctoc")
    assert client.get("/api/resolve", params={"id": "usctoc"}).json()["iri"] == iri("org/usctoc")
    assert client.get("/api/resolve", params={"id": "EO 14060"}).json()["iri"] == iri("eo/14060")
    missing = client.get("/api/lineage", params={"id": "USCTOX"})
    assert missing.status_code == 404 and "USCTOC" in missing.json()["error"]["detail"]["candidates"]


@pytest.mark.parametrize("text", ["USCTOX", "EO 99999", "Threat Mitigation Workng Group", "attorney genral",
                                  "Executive Order 1406", "Transnational Criminal Organisations"])
def test_suggestions_from_the_trigram_shortlist_equal_a_full_comparison(store, monkeypatch, text):
    index = name_index(store)
    full = index.candidates(text)  # the curated store is small: every name is compared
    assert len(index.keys) <= names_module.SMALL
    monkeypatch.setattr(names_module, "SMALL", 0)
    monkeypatch.setattr(names_module, "SHORTLIST", 40)
    assert len(index.shortlist(text)) <= 40 < len(index.keys)
    assert index.candidates(text) == full
    assert full, text


def test_an_answer_cache_of_zero_keeps_nothing(fresh_small_root):
    with app_client(fresh_small_root, answer_cache_mb=0, workers=1) as c:
        for _ in range(2):
            assert _get(c, "api-lineage").status_code == 200
            assert _get(c, "sparql-get").status_code == 200
        health = c.get("/healthz").json()
    assert health["answers_cached"] == 0 and health["answer_cache_hits"] == 0
