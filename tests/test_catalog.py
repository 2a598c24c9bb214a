"""Every canned query parses, runs on the real store, and binds parameters safely."""

from __future__ import annotations

import pytest

from graph.errors import QueryError
from queries.catalog import catalog, get
from tests.conftest import iri

SAMPLE = {"iri": iri("eo/14060"), "string": "USCTOC", "date": "2022-03-01", "integer": "14060"}
BY_NAME = {"citation": "86 FR 71793", "instrument": iri("eo/13773"), "audience": "general"}


@pytest.mark.parametrize("name", sorted(catalog()))
def test_every_canned_query_runs_and_binds_its_params(loaded_store, name):
    store = loaded_store  # the curated data plus the seeds, so commentary exists too
    query = get(name)
    assert query.title and query.description
    values = {p.name: BY_NAME.get(p.name, SAMPLE[p.type]) for p in query.params}
    if query.kind != "select":  # a CONSTRUCT answers RDF: it must describe the sample node
        assert values["node"].encode() in query.serialize(store, "ntriples", **values)
        return
    rows = query.run(store, **values)
    for param in query.params:  # a parameter must reach the query: it is projected back
        assert rows, f"{name} returned nothing for {values}"
        assert all(str(r[param.name]) == values[param.name] for r in rows)


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
