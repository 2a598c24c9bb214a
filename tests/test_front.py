"""GET /sparql of one pattern answered in one step by the outermost middleware (server/front.py).

The front does what five layers do (request id, CORS, ETag and answer cache, the endpoint, the inline
runner) for the one request it takes, so these tests hold it to the layers' own answer: the same
status, body and headers in the same order as a server whose every query goes down the whole stack to
a worker (`--inline-budget 0`), the same ETag (a 304 from the layers for the front's tag), one count
per request in the answer cache's figures, and every request it does not take left to the layers
with their answer and error shape. Real servers on 127.0.0.1, real store.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import httpx
import pytest

from graph.namespaces import DEFAULT_BASE_IRI
from queries.guard import MAX_NESTING, check_limits, nesting_depth
from tests.conftest import LiveServer, start_server, stop_server

EO = f"<{DEFAULT_BASE_IRI}eo/14060>"
POINT = f"SELECT ?p ?o WHERE {{ {EO} ?p ?o }}"
_LIMITS = itertools.count(7)
SKIPPED = {"date", "server", "x-request-id", "etag"}  # differ between two servers (the ETag hashes the Host)


@pytest.fixture(scope="module")
def servers(store_root, tmp_path_factory) -> Iterator[dict[str, LiveServer]]:
    logs = tmp_path_factory.mktemp("front")
    started = {"front": start_server(store_root, logs / "front.log"),
               "layers": start_server(store_root, logs / "layers.log", "--inline-budget", "0")}
    yield started
    for server in started.values():
        stop_server(server)


def _get(server: LiveServer, text: str, **headers: str) -> httpx.Response:
    return httpx.get(server.url + "/sparql", params={"query": text}, headers=headers, timeout=30)


def _comparable(response: httpx.Response) -> list[tuple[str, str]]:
    return [(k, v) for k, v in response.headers.multi_items() if k not in SKIPPED]


def _health(server: LiveServer) -> dict:
    return httpx.get(server.url + "/healthz", timeout=30).json()


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml",
                                    "text/csv", "text/tab-separated-values", "*/*", "text/csv;q=0.5, application/json"])
@pytest.mark.parametrize("origin", [None, "https://example.org"])
def test_the_front_answers_as_the_layers_do(servers, accept, origin):
    # a text of its own per case (answers are kept by representation, and two Accepts may choose one)
    text = f"SELECT * WHERE {{ {EO} ?p ?o }} LIMIT {next(_LIMITS)}"
    headers = {"Accept": accept, **({"Origin": origin} if origin else {})}
    before = _health(servers["front"])
    computed = _get(servers["front"], text, **headers)
    kept = _get(servers["front"], text, **headers)
    layers = _get(servers["layers"], text, **headers)
    after = _health(servers["front"])
    assert computed.status_code == kept.status_code == layers.status_code == 200
    assert computed.content == kept.content == layers.content
    assert _comparable(computed) == _comparable(kept) == _comparable(layers)
    assert (origin is not None) == ("access-control-allow-origin" in computed.headers)
    assert computed.headers["etag"] == kept.headers["etag"]
    assert computed.headers["x-request-id"] != kept.headers["x-request-id"]
    assert after["queries_inline"] - before["queries_inline"] == 1
    assert after["answer_cache_misses"] - before["answer_cache_misses"] == 1  # one count per request
    assert after["answer_cache_hits"] - before["answer_cache_hits"] == 1


def test_the_fronts_etag_is_the_layers_etag(servers):
    server = servers["front"]
    first = _get(server, POINT, Accept="application/sparql-results+json")
    # If-None-Match sends the request down the stack: ConditionalCache computes the tag on its own
    again = _get(server, POINT, **{"Accept": "application/sparql-results+json", "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.headers["etag"] == first.headers["etag"]
    # a tag that does not match: the layers answer from the answer the front kept, with the same headers
    other = _get(server, POINT, **{"Accept": "application/sparql-results+json", "If-None-Match": '"x"'})
    assert other.status_code == 200 and other.content == first.content
    assert _comparable(other) == _comparable(first) and other.headers["etag"] == first.headers["etag"]


def test_a_kept_worker_answer_is_sent_by_the_front(servers):
    """A query the front does not compute (two patterns) is kept by the layers; its repeat comes from the front."""
    server = servers["front"]
    text = f"SELECT * WHERE {{ {EO} ?p ?o . ?o ?q ?r }} LIMIT 3"
    first = _get(server, text, Accept="text/csv")
    before = _health(server)
    second = _get(server, text, Accept="text/csv")
    after = _health(server)
    assert first.status_code == second.status_code == 200 and first.content == second.content
    assert _comparable(first) == _comparable(second)
    assert after["answer_cache_hits"] - before["answer_cache_hits"] == 1
    assert after["queries_inline"] == before["queries_inline"]


@pytest.mark.parametrize("case", ["dataset", "too deep", "not acceptable", "syntax", "two queries", "volatile"])
def test_what_the_front_does_not_take_the_layers_answer(servers, case):
    deep_text = f'SELECT * WHERE {{ {EO} ?p "{"(" * (MAX_NESTING + 1)}" }}'  # one pattern, over the nesting limit
    params = {
        "dataset": [("query", POINT), ("default-graph-uri", f"{DEFAULT_BASE_IRI}graph/curated")],
        "too deep": [("query", deep_text)],
        "not acceptable": [("query", POINT)],
        "syntax": [("query", "SELECT * WHERE { ?s nope:p ?o }")],
        "two queries": [("query", POINT), ("query", POINT)],
        "volatile": [("query", f'SELECT * WHERE {{ {EO} ?p "NOW()" }}')],
    }[case]
    headers = {"Accept": "text/turtle" if case == "not acceptable" else "application/sparql-results+json"}
    answers = [httpx.get(s.url + "/sparql", params=params, headers=headers, timeout=30) for s in servers.values()]
    front, layers = answers
    assert front.status_code == layers.status_code, (front.text, layers.text)
    assert front.content == layers.content
    if front.status_code != 200:
        assert front.json()["error"]["code"] == layers.json()["error"]["code"]
        assert "x-request-id" in front.headers
    if case == "volatile":
        assert "etag" not in front.headers  # not cached, as before


@pytest.mark.parametrize("text", [
    "{" * (MAX_NESTING + 1), "(" * MAX_NESTING, "()" * (MAX_NESTING + 5), '"' + "[" * (MAX_NESTING + 5) + '"',
    "SELECT * WHERE { ?s ?p ?o }",
])
def test_the_nesting_bound_refuses_what_the_scan_refuses(text):
    refused = nesting_depth(text) > MAX_NESTING
    try:
        check_limits(text, max_length=10**6)
    except Exception as exc:  # noqa: BLE001 - the one we expect is QueryLimit
        assert refused and getattr(exc, "code", None) == "query_limit"
    else:
        assert not refused
