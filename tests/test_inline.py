"""One-pattern queries answered in the server process within a budget (server/inline.py).

The recogniser (queries/streaming.py) is a whitelist: these tests pin what it admits, that no
SERVICE bypass of the guard's tests is admitted, that an admitted query answers byte for byte
what a worker answers, and that a query past the budget or the size cap is answered in full by
a worker instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from graph.namespaces import DEFAULT_BASE_IRI
from queries.streaming import single_pattern
from server.inline import InlineRunner
from tests.conftest import LiveServer, start_server, stop_server
from tests.test_hardening_guard import BYPASSES

EO = f"<{DEFAULT_BASE_IRI}eo/14060>"
ADMITTED = [
    f"SELECT ?p ?o WHERE {{ {EO} ?p ?o }}",
    f"select * {{ {EO} ?p ?o . }} limit 3",
    "PREFIX lex: <https://w3id.org/lexgraph/ns#> SELECT ?s WHERE { ?s a lex:ExecutiveOrder } LIMIT 5",
    'ASK { ?s ?p "Executive Order 14060" }',
    '  SELECT ?s\nWHERE {\n\t?s <http://www.w3.org/2004/02/skos/core#prefLabel> "x"@en-US\n}\n',
    "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
]
REFUSED = {
    "repeated variable": "SELECT * WHERE { ?s ?p ?s }",
    "unbound projection": "SELECT ?z WHERE { ?s ?p ?o }",
    "filter": "SELECT * WHERE { ?s ?p ?o FILTER(isIRI(?o)) }",
    "offset": "SELECT * WHERE { ?s ?p ?o } OFFSET 5",
    "distinct": "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",
    "order": "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o",
    "aggregate": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "two patterns": "SELECT * WHERE { ?s ?p ?o . ?o ?q ?r }",
    "path": "SELECT * WHERE { ?s <http://x/p>* ?o }",
    "graph": "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
    "from": "SELECT * FROM <http://x/> WHERE { ?s ?p ?o }",
    "comment": "SELECT * WHERE { ?s ?p ?o } # done",
    "escaped name": "PREFIX ex: <http://x/> SELECT * WHERE { ?s ex:b\\# ?o }",
    "relative IRI": "SELECT * WHERE { <eo/14060> ?p ?o }",
    "upper-case a": "SELECT * WHERE { ?s A ?o }",
    "escaped string": 'SELECT * WHERE { ?s ?p "a\\"b" }',
    "construct": "CONSTRUCT WHERE { ?s ?p ?o }",
    "update": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "base": "BASE <http://x/> SELECT * WHERE { <a> ?p ?o }",
}


@pytest.mark.parametrize("text", ADMITTED)
def test_the_recogniser_admits_one_streaming_pattern(text):
    assert single_pattern(text) is not None


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_the_recogniser_refuses_everything_else(name):
    assert single_pattern(REFUSED[name]) is None


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_no_service_bypass_is_admitted(name):
    assert single_pattern(BYPASSES[name]) is None


def test_a_query_past_the_budget_is_handed_on_and_remembered(store):
    runner = InlineRunner(budget=1e-9, max_bytes=10**9)
    text = "SELECT * WHERE { ?s ?p ?o }"
    assert runner.answer(store, text, "json", None) is None
    assert runner.stats()["queries_handed_on"] == 1
    assert runner.answer(store, text, "json", None) is None  # remembered: not even tried again
    assert runner.stats()["queries_handed_on"] == 1 and runner.stats()["queries_inline"] == 0


def test_a_respelled_heavy_pattern_is_not_tried_again(store):
    """A hostile client cannot make the server pay the budget again and again for one heavy pattern by renaming
    its variables or prefixes or changing a large LIMIT; a small LIMIT of it is still cheap and still tried."""
    runner = InlineRunner(budget=1e-9, max_bytes=10**9)
    assert runner.answer(store, "SELECT * WHERE { ?s a ?o }", "json", None) is None
    assert runner.stats()["queries_handed_on"] == 1
    for text in ["SELECT ?x ?y WHERE { ?x a ?y }",
                 "SELECT * { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ?o } LIMIT 900000",
                 "PREFIX r: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT * { $s r:type $o }",
                 "PREFIX q: <http://www.w3.org/1999/02/22-rdf-syntax-ns#ty> SELECT * { ?s q:pe ?o }"]:
        assert runner.answer(store, text, "json", None) is None
    assert runner.stats()["queries_handed_on"] == 1  # none of them was evaluated here
    assert runner.answer(store, "SELECT * WHERE { ?s a ?o } LIMIT 5", "json", None) is None  # tried: over 1e-9 s
    assert runner.stats()["queries_handed_on"] == 2


def test_an_answer_past_the_size_cap_is_handed_on(store):
    runner = InlineRunner(budget=5.0, max_bytes=1000)
    assert runner.answer(store, "SELECT * WHERE { ?s ?p ?o }", "json", None) is None
    small = runner.answer(store, f"ASK {{ {EO} ?p ?o }}", "json", None)
    assert small is not None and small.kind == "ask" and b"true" in small.body


def test_a_syntax_error_is_left_to_the_worker(store):
    runner = InlineRunner(budget=5.0, max_bytes=10**6)
    assert runner.answer(store, "SELECT * WHERE { ?s nope:p ?o }", "json", None) is None  # unknown prefix


@pytest.fixture(scope="module")
def servers(store_root, tmp_path_factory) -> Iterator[dict[str, LiveServer]]:
    """The default server, one with every query in a worker, one whose budget nothing meets."""
    logs = tmp_path_factory.mktemp("inline")
    started = {
        "inline": start_server(store_root, logs / "inline.log"),
        "workers": start_server(store_root, logs / "workers.log", "--inline-budget", "0"),
        "overrun": start_server(store_root, logs / "overrun.log", "--inline-budget", "0.000001"),
    }
    yield started
    for server in started.values():
        stop_server(server)


FORMATS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"]


def _health(server: LiveServer) -> dict:
    return httpx.get(server.url + "/healthz", timeout=30).json()


@pytest.mark.parametrize("accept", FORMATS)
def test_answers_in_process_equal_a_workers_byte_for_byte(servers, accept):
    texts = [*ADMITTED, "SELECT * WHERE { ?s ?p ?o }"]
    before = {name: _health(server) for name, server in servers.items()}
    for text in texts:
        bodies = {}
        for name, server in servers.items():
            response = httpx.get(server.url + "/sparql", params={"query": text}, headers={"Accept": accept},
                                 timeout=30)
            assert response.status_code == 200, (name, text, response.text)
            bodies[name] = (response.headers["content-type"], response.content)
        assert bodies["inline"] == bodies["workers"] == bodies["overrun"], text
    after = {name: _health(server) for name, server in servers.items()}
    assert after["inline"]["queries_inline"] - before["inline"]["queries_inline"] >= len(ADMITTED)
    assert after["workers"]["queries_inline"] == after["workers"]["queries_handed_on"] == 0
    assert after["overrun"]["queries_inline"] == 0 and after["overrun"]["queries_handed_on"] >= 1


def test_a_post_and_a_refused_text_keep_the_one_error_shape(servers):
    server = servers["inline"]
    response = httpx.post(server.url + "/sparql", data={"query": "SELECT * WHERE { ?s nope:p ?o }"}, timeout=30)
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_query"
    response = httpx.post(server.url + "/sparql", content=ADMITTED[0],
                          headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert response.status_code == 200 and response.json()["results"]["bindings"]
