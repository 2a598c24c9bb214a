"""The canned queries that list the whole store come a page at a time (`# page: N`): the pages,
one after another, hold exactly the rows of the full listing the in-memory indexes are built from
(rq/feeds), none twice and none missing; the offset reaches the API and the CLI the same way."""

from __future__ import annotations

import json

import pytest

from graph.errors import QueryError
from queries.catalog import catalog, feed, get
from tests.conftest import iri, run_cli

PAGED = sorted(n for n, q in catalog().items() if q.page)


def _key(row: dict) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in row.items()))


def test_the_whole_store_listings_are_paged():
    assert PAGED == ["edges", "labels", "nodes", "orders", "parts"]


@pytest.mark.parametrize("name", PAGED)
def test_pages_continue_without_overlap_or_gap(loaded_store, name):
    query = get(name)
    full = sorted(map(_key, feed(name).run(loaded_store)))
    assert full, name
    pages, offset = [], 0
    while rows := query.run(loaded_store, offset=offset):
        pages.append(rows)
        offset += query.page
    got = [_key(r) for page in pages for r in page]
    assert sorted(got) == full  # no row twice, none missing
    assert query.run(loaded_store, offset=offset + 10 * query.page) == []


def test_small_pages_continue_each_other(loaded_store):
    """With a page far smaller than the test store, each page's edges follow the last page's:
    no edge on two pages, every edge on one."""
    from dataclasses import replace

    edges = get("edges")
    small = replace(edges, page=7, sparql=edges.sparql.replace(f"LIMIT {edges.page} OFFSET 0", "LIMIT 7 OFFSET 0"))
    seen: list[str] = []
    offset = 0
    while page := {str(r["q"]) for r in small.run(loaded_store, offset=offset)}:
        assert len(page) == 7 or not small.run(loaded_store, offset=offset + 7)
        assert not page & set(seen)
        seen += page
        offset += 7
    assert offset > 7 and sorted(seen) == sorted({str(r["q"]) for r in feed("edges").run(loaded_store)})


def test_offset_is_checked_and_only_for_paged_queries(loaded_store):
    with pytest.raises(QueryError, match="offset"):
        get("edges").run(loaded_store, offset="-1")
    with pytest.raises(QueryError, match="offset"):
        get("edges").run(loaded_store, offset="1 } ?s ?p ?o {")
    with pytest.raises(QueryError, match="no parameter"):
        get("lineage").run(loaded_store, node=iri("eo/14060"), offset="0")


def test_the_api_pages_and_returns_the_paged_sparql(client):
    first = client.get("/api/queries/parts", params={"sparql": "true"}).json()
    assert first["page"]["offset"] == 0 and first["page"]["next"] == first["page"]["size"]
    assert f"LIMIT {first['page']['size']} OFFSET 0" in first["sparql"]
    size = first["page"]["size"]
    later = client.get("/api/queries/parts", params={"offset": str(size * 1000), "sparql": "true"}).json()
    assert later["rows"] == [] and later["page"]["next"] is None
    assert f"LIMIT {size} OFFSET {size * 1000}" in later["sparql"]
    bad = client.get("/api/queries/parts", params={"offset": "x"})
    assert bad.status_code == 400 and "offset" in bad.json()["error"]["message"]
    listed = {q["name"]: q["page"] for q in client.get("/api/queries").json()}
    assert listed["edges"] == get("edges").page and listed["lineage"] is None


def test_the_cli_pages_like_the_api(store_root):
    whole = run_cli("query", "--name", "parts", "--format", "json", store=store_root)
    assert whole.returncode == 0, whole.stderr
    assert json.loads(whole.stdout)["results"]["bindings"]
    past = run_cli("query", "--name", "parts", "--param", "offset=1000000", "--format", "json", store=store_root)
    assert past.returncode == 0, past.stderr
    assert json.loads(past.stdout)["results"]["bindings"] == []


@pytest.mark.parametrize("text", ["USCTOC", "usctoc", "UsCtOc", "united states council on transnational organized crime"])
def test_resolve_label_ignores_case(store, text):
    assert [str(r["node"]) for r in get("resolve-label").run(store, text=text)] == [iri("org/usctoc")]
