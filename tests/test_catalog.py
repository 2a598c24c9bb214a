"""Every canned query parses, runs on the real store with its parameters bound to real nodes,
and gives the answer it documents; parameters are bound safely and cannot be left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import URIRef

from graph.errors import QueryError
from queries.catalog import catalog, get
from tests.conftest import iri

LEX = "https://w3id.org/lexgraph/ns#"
Rows = list[dict[str, str]]


def _authority(rows: Rows) -> None:
    incoming = {(r["type"], r["other"], r.get("section")) for r in rows if r["direction"] == "in"}
    assert (LEX + "revokes", iri("eo/13993"), "2") in incoming  # EO 13993 § 2 revokes it
    outgoing = {(r["type"], r["object"], r.get("section")) for r in rows if r["direction"] == "out"}
    assert (LEX + "cites", iri("usc/8/1373"), "9") in outgoing
    assert all(r["quote"] and r["method"] in (LEX + "curated", LEX + "extracted") for r in rows)


def _commentary(rows: Rows) -> None:
    assert len(rows) >= 5 and all(r["text"].strip() for r in rows)
    assert "Historical Context" in {r.get("heading") for r in rows}
    assert all(r["commentary"].startswith(iri("commentary/001-dd189a3c9c4d87d7/")) for r in rows)  # seed 001
    assert iri("commentary/001-dd189a3c9c4d87d7/historical-context") in {r["commentary"] for r in rows}


def _edges(rows: Rows) -> None:
    partial = [r for r in rows if (r["subject"], r["type"], r["object"]) == (iri("eo/14060"), LEX + "revokes", iri("eo/13773/sec/3"))]
    assert partial and all(r["objectNumber"] == "3" and r["section"] == "3(a)(i)" and r["date"] == "2021-12-15" for r in partial)
    assert LEX + "curated" in {r["method"] for r in partial} and LEX + "extracted" in {r["method"] for r in partial}
    assert all(r["quote"] and r["instrument"] for r in rows)


def _fr_citation(rows: Rows) -> None:
    assert [r["node"] for r in rows] == [iri("eo/14060")]


def _labels(rows: Rows) -> None:
    names = {(r["node"], r["name"]) for r in rows}
    assert {(iri("org/usctoc"), "USCTOC"), (iri("eo/14060"), "EO 14060"), (iri("org/tmwg"), "TMWG")} <= names


def _lineage(rows: Rows) -> None:
    types = {r["type"].removeprefix(LEX) for r in rows}
    assert {"establishes", "directs", "revokes", "replaces"} <= types
    sources = {r["source"] for r in rows}
    assert {iri("strategy/2011-toc"), iri("eo/13773"), iri("eo/14060"), iri("eo/14148")} <= sources
    assert iri("eo/13993") not in sources  # not sideways through a common revoker


def _node(rows: Rows) -> None:
    assert {(r["label"], r["signed"], r["published"], r["frCitation"], r["eoNumber"]) for r in rows} == {
        ("EO 14060", "2021-12-15", "2021-12-20", "86 FR 71793", "14060")}
    assert LEX + "ExecutiveOrder" in {r["type"] for r in rows}  # one row per type; code picks the most specific


def _nodes(rows: Rows) -> None:
    found = {(r["node"], r["type"].removeprefix(LEX), r.get("signed"), r.get("published")) for r in rows}
    assert (iri("eo/14060"), "ExecutiveOrder", "2021-12-15", "2021-12-20") in found
    assert (iri("org/usctoc"), "Council", None, None) in found
    assert (iri("strategy/2011-toc"), "Strategy", None, "2011-07-25") in found  # a strategy is published


def _parts(rows: Rows) -> None:
    pairs = {(r["child"], r["parent"]) for r in rows}
    assert (iri("eo/13773/sec/3"), iri("eo/13773")) in pairs
    assert (iri("eo/14060/sec/3/a/i"), iri("eo/14060/sec/3/a")) in pairs


def _resolve_label(rows: Rows) -> None:
    assert [(r["node"], r["label"]) for r in rows] == [
        (iri("org/usctoc"), "United States Council on Transnational Organized Crime")]


def _revocations(rows: Rows) -> None:
    assert rows and all(
        (r["revoker"], r["scope"], r["revoked"], r["revokedNumber"], r["pinpoint"], r["date"])
        == (iri("eo/14060"), "part", iri("eo/13773/sec/3"), "3", "3(a)(i)", "2021-12-15") for r in rows)
    assert any("section 3 of Executive Order 13773 is hereby revoked" in r["quote"] for r in rows)


def _status(rows: Rows) -> None:
    part = [r for r in rows if r["relation"] == "part"]
    assert part and all(
        (r["kind"], r["affected"], r["actor"], r["pinpoint"])
        == (LEX + "revokes", iri("eo/13773/sec/3"), iri("eo/14060"), "3(a)(i)") for r in part)
    # and the Federal Register's "revoked in part by EO 14060" note (the FR API fixture), on the order itself
    assert {(r["kind"], r["relation"], r["actor"]) for r in rows if r["relation"] != "part"} <= {
        (LEX + "revokesInPart", "self", iri("eo/14060"))}


def _provisions(rows: Rows) -> None:
    parts = {r["part"] for r in rows}
    assert {iri("eo/14060/sec/3"), iri("eo/14060/sec/4")} <= parts


def _sources(rows: Rows) -> None:
    assert iri("source/fr-2021-27605") in {r["source"] for r in rows} and all(r["title"] for r in rows)


def _description(rows: Rows) -> None:
    text = rows[0]["ntriples"]
    assert f"<{iri('eo/14060')}> <{LEX}eoNumber>" in text and "Establishing the United States Council" in text


def _coverage(rows: Rows) -> None:
    assert all(r["until"][:4].isdigit() for r in rows)
    assert {r["node"] for r in rows} == {iri("eo/13771")}  # an order the fixture corpus's tables record


def _orders(rows: Rows) -> None:
    by_number = {r["number"]: r for r in rows}
    assert by_number["14060"]["node"] == iri("eo/14060") and by_number["14060"]["signed"] == "2021-12-15"
    assert "7532" in by_number  # from the fixture corpus's NARA table


ON_CORPUS = {"coverage", "orders"}

# Each canned query: its parameters bound to real nodes, and what the answer must hold.
CASES: dict[str, tuple[dict[str, str], Callable[[Rows], None]]] = {
    "authority": ({"node": iri("eo/13768")}, _authority),
    "commentary": ({"node": iri("eo/14060"), "audience": "general"}, _commentary),
    "edges": ({}, _edges),
    "fr-citation": ({"citation": "86 FR 71793"}, _fr_citation),
    "labels": ({}, _labels),
    "lineage": ({"node": iri("eo/14060")}, _lineage),
    "node": ({"node": iri("eo/14060")}, _node),
    "nodes": ({}, _nodes),
    "parts": ({}, _parts),
    "resolve-label": ({"text": "usctoc"}, _resolve_label),  # any case
    "revocations": ({"instrument": iri("eo/13773")}, _revocations),
    "status": ({"node": iri("eo/13773")}, _status),
    "provisions": ({"node": iri("eo/14060")}, _provisions),
    "sources": ({"node": iri("eo/14060")}, _sources),
    "description": ({"node": iri("eo/14060")}, _description),
    "coverage": ({"node": iri("eo/13771")}, _coverage),
    "orders": ({}, _orders),
}


def test_every_canned_query_has_a_case():
    assert sorted(CASES) == sorted(catalog())


@pytest.mark.parametrize("name", sorted(catalog()))
def test_every_canned_query_gives_its_documented_answer(loaded_store, name, request):
    """On the curated data plus the seeds (so commentary and extracted evidence exist too); the
    corpus queries on the curated data plus the fixture corpus (real entries of the sources)."""
    if name in ON_CORPUS:
        from graph.store import GraphStore

        loaded_store = GraphStore.open(request.getfixturevalue("corpus_root"))
    query = get(name)
    assert query.title and query.description
    values, check = CASES[name]
    assert sorted(values) == sorted(p.name for p in query.params)
    if query.kind != "select":  # a CONSTRUCT answers RDF: it must describe the node it is given
        check([{"ntriples": query.serialize(loaded_store, "ntriples", **values).decode()}])
        return
    rows = [{k: str(v) for k, v in row.items()} for row in query.run(loaded_store, **values)]
    assert rows, f"{name} returned nothing for {values}"
    offset = 0
    while query.page and (page := query.run(loaded_store, offset=offset + query.page, **values)):  # every page
        rows += [{k: str(v) for k, v in row.items()} for row in page]
        offset += query.page
    for param in query.params:  # a parameter must reach the query: it is projected back
        assert all(r[param.name] == values[param.name] for r in rows), param.name
    check(rows)


@pytest.mark.parametrize("name", sorted(n for n, q in catalog().items() if q.params))
def test_a_parameter_left_out_is_refused(loaded_store, client, name):
    query = get(name)
    values, _ = CASES[name]
    for missing in values:
        partial = {k: v for k, v in values.items() if k != missing}
        with pytest.raises(QueryError, match=f"needs parameter\\(s\\): {missing}"):
            query.bind(partial)
        answer = client.get(f"/api/queries/{name}", params=partial)
        assert answer.status_code == 400 and f"needs parameter(s): {missing}" in answer.json()["error"]["message"]


@pytest.mark.parametrize("name", sorted(n for n, q in catalog().items() if not q.params))
def test_a_query_without_parameters_refuses_one(client, name):
    with pytest.raises(QueryError, match="takes: none"):
        get(name).bind({"node": iri("eo/14060")})
    answer = client.get(f"/api/queries/{name}", params={"node": iri("eo/14060")})
    assert answer.status_code == 400 and "has no parameter(s) node" in answer.json()["error"]["message"]


def test_the_binding_is_what_restricts_the_answer(loaded_store):
    """Unbound, the revocations query lists every revocation; bound, only that instrument's; bound
    to an instrument nothing revokes, nothing."""
    query = get("revocations")
    everything = {str(r["instrument"]) for r in loaded_store.select(query.sparql)}
    assert {iri("eo/13773"), iri("eo/13768"), iri("eo/13993"), iri("eo/14060")} <= everything
    assert {str(r["revoker"]) for r in query.run(loaded_store, instrument=iri("eo/13993"))} == {
        iri("eo/14148"), iri("eo/14159")}
    assert query.run(loaded_store, instrument=iri("eo/14159")) == []


def test_canned_queries_run_through_the_api(any_client):
    answer = any_client.get("/api/queries/revocations", params={"instrument": iri("eo/13993")})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["truncated"] is False
    assert sorted(r["revoker"] for r in body["rows"]) == [iri("eo/14148"), iri("eo/14159")]
    assert all(r["instrument"] == iri("eo/13993") and r["scope"] == "whole" for r in body["rows"])
    bad = any_client.get("/api/queries/revocations", params={"instrument": "https://bad iri"})
    assert bad.status_code == 400 and "not a valid iri" in bad.json()["error"]["message"]
    unknown = any_client.get("/api/queries/revocations", params={"instrument": "not an id"})  # read as an identifier
    assert unknown.status_code == 404 and "unknown identifier" in unknown.json()["error"]["message"]


def test_parameters_cannot_inject_sparql(store):
    evil = 'USCTOC") } UNION { ?node ?p ?label } #'
    assert get("resolve-label").run(store, text=evil) == []
    with pytest.raises(QueryError):
        get("revocations").run(store, instrument="<x> } ?s ?p ?o {")


def test_unknown_and_missing_params_are_errors():
    with pytest.raises(QueryError):
        get("lineage").bind({})
    with pytest.raises(QueryError):
        get("lineage").bind({"node": iri("eo/14060"), "depth": "2"})


def test_run_many_answers_what_run_answers_for_each_value(store):
    nodes = [iri("eo/14060"), iri("org/tmwg"), iri("eo/13773/sec/3")]
    rows = get("node").run_many(store, "node", nodes)
    for node in nodes:
        single = get("node").run(store, node=node)
        assert sorted(map(str, single)) == sorted(str(r) for r in rows if str(r["node"]) == node)
    assert get("node").run_many(store, "node", []) == []


def test_run_many_values_cannot_inject_sparql(store):
    with pytest.raises(QueryError):
        get("node").run_many(store, "node", [iri("eo/14060"), "<x> } ?s ?p ?o {"])
    with pytest.raises(QueryError):  # only IRI parameters are batched
        get("resolve-label").run_many(store, "text", ["USCTOC"])


def test_run_many_binds_inside_the_where_group_not_in_a_comment_or_string():
    from queries.catalog import where_group

    sparql = "# WHERE { not here\nSELECT (\"WHERE {\" AS ?x) ?where WHERE {\n ?s ?p ?o }"
    assert sparql[: where_group(sparql)].endswith("?where WHERE {")


def test_typed_parameters_are_checked(store):
    with pytest.raises(QueryError, match="not a valid iri"):
        get("node").run(store, node="EO 14060")
    assert get("node").run(store, node=URIRef(iri("eo/99999"))) == []  # a well-formed IRI of nothing
