"""One answer per capability: `lexgraph <command> --format json` prints exactly what /api/<command>
returns, and the lineage's enrichment is batched rather than one query per node."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from graph.store import GraphStore
from queries.answers import lineage_answer
from queries.nodes import describe, describe_many
from queries.projection import projection
from tests.conftest import iri, run_cli

CASES = [
    (("lineage", "EO 14060", "--on", "2022-03-01", "--sparql"), "/api/lineage",
     {"id": "EO 14060", "on": "2022-03-01", "sparql": "true"}),
    (("lineage", "TMWG", "--depth", "1", "--types", "establishes,replaces"), "/api/lineage",
     {"id": "TMWG", "depth": "1", "types": "establishes,replaces"}),
    (("status", "EO 13773", "--on", "2022-03-01"), "/api/status", {"id": "EO 13773", "on": "2022-03-01"}),
    (("status", "TMWG", "--on", "2023-01-01", "--sparql"), "/api/status",
     {"id": "TMWG", "on": "2023-01-01", "sparql": "true"}),
    (("authority", "EO 13768", "--sparql"), "/api/authority", {"id": "EO 13768", "sparql": "true"}),
    (("authority", "EO 14060"), "/api/authority", {"id": "EO 14060"}),
    (("path", "2011 Strategy", "EO 14148"), "/api/path", {"source": "2011 Strategy", "target": "EO 14148"}),
    (("node", "86 FR 71793"), "/api/node", {"id": "86 FR 71793"}),
]


@pytest.mark.parametrize("args, path, params", CASES, ids=[" ".join(c[0]) for c in CASES])
def test_cli_json_is_the_api_json(store_root, any_live_server, args, path, params):
    result = run_cli(*args, "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    response = httpx.get(any_live_server.url + path, params=params)
    assert response.status_code == 200, response.text
    assert json.loads(result.stdout) == response.json()


def test_lineage_answer_is_enriched(store):
    answer = lineage_answer(store, "EO 14060", on=dt.date(2022, 3, 1))
    by_id = {n["id"]: n for n in answer["nodes"]}
    assert by_id[iri("eo/13773")]["citation"] == "Exec. Order No. 13,773, 82 Fed. Reg. 10,691 (Feb. 14, 2017)"
    assert by_id[iri("eo/13773")]["plain"] == "Executive Order 13773"
    assert by_id[iri("eo/13773")]["status"] == "partially_revoked" and answer["on"] == "2022-03-01"
    revocation = next(e for e in answer["edges"] if e["type"] == "revokes_in_part")
    assert revocation["citation"] == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)"
    assert "status" not in lineage_answer(store, "EO 14060")["nodes"][0]


def test_lineage_enrichment_does_not_query_once_per_node(store_root):
    store = GraphStore.open(store_root)  # a fresh handle: nothing about it is cached yet
    projection(store)
    queries: list[str] = []
    select = store.select

    def counting(sparql, bindings=None):
        queries.append(sparql)
        return select(sparql, bindings)

    store.select = counting  # type: ignore[method-assign]
    answer = lineage_answer(store, "EO 14060", on=dt.date(2022, 3, 1))
    assert len(answer["nodes"]) == 7
    assert len(queries) < len(answer["nodes"]), queries


def test_describe_many_describes_each_node_as_describe_does(store):
    ids = [iri("eo/14060"), iri("eo/13773/sec/3"), iri("org/tmwg"), iri("statute/ina"), iri("no/such/node")]
    many = describe_many(store, ids)
    assert many == {i: describe(GraphStore.open(store.path), i) for i in ids}
