"""The /sparql endpoint and the lineage API, through the real app in-process (`client`); queries
still run in the app's query worker processes."""

from __future__ import annotations

from tests.conftest import app_client, iri
from tests.test_cli import PARTIAL


def test_get_finds_the_partial_revocation(any_client):
    response = any_client.get("/sparql", params={"query": PARTIAL})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/sparql-results+json")
    rows = response.json()["results"]["bindings"]
    assert [(r["revoker"]["value"], r["section"]["value"]) for r in rows] == [(iri("eo/14060"), "3")]


def test_post_form_gives_the_same_answer(any_client):
    response = any_client.post("/sparql", data={"query": PARTIAL})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["pinpoint"]["value"] == "3(a)(i)"


def test_malformed_query_is_400_with_the_parser_message(any_client):
    response = any_client.get("/sparql", params={"query": "SELEC ?x"})
    assert response.status_code == 400 and "syntax" in response.json()["error"]["message"]


def test_service_is_refused(any_client):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = any_client.get("/sparql", params={"query": q})
    assert response.status_code == 400 and "SERVICE" in response.json()["error"]["message"]


def test_unsupported_accept_is_406(spare_client):
    response = spare_client.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_a_406_does_not_keep_the_query_worker(store_root):
    with app_client(store_root, workers=1, query_timeout=1) as one_worker:
        refused = one_worker.get("/sparql", params={"query": "ASK {}"}, headers={"Accept": "image/png"})
        assert refused.status_code == 406
        after = one_worker.get("/sparql", params={"query": "ASK {}"})
        assert after.status_code == 200, after.text


def test_lineage_api(any_client):
    response = any_client.get("/api/lineage", params={"id": "EO 14060"})
    assert response.status_code == 200
    types = {e["type"] for e in response.json()["edges"]}
    assert {"establishes", "directs", "revokes_in_part", "replaces", "revokes"} <= types
    missing = any_client.get("/api/lineage", params={"id": "EO 99999"})
    assert missing.status_code == 404


def test_lineage_api_gives_every_node_its_status_on_a_date(any_client):
    body = any_client.get("/api/lineage", params={"id": "EO 14060", "on": "2022-03-01"}).json()
    statuses = {n["label"]: n["status"] for n in body["nodes"]}
    assert statuses["EO 13773"] == "partially_revoked" and statuses["EO 14148"] == "not_yet_issued"
    assert statuses["Threat Mitigation Working Group"] == "replaced"
    assert all(n["citation"] for n in body["nodes"])
