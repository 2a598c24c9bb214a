"""The read-only guard (server/sparql_guard.py): what it refuses and what it lets through.

SERVICE makes pyoxigraph send HTTP requests to any host, so the guard must find the keyword in
every spelling the SPARQL grammar allows, and only there: not in strings, IRIs, comments,
variables or prefixed names. The bypasses below were found by feeding the same text to the guard
and to pyoxigraph with a listener on 127.0.0.1 standing in for the remote endpoint.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox
import pytest

from graph.errors import QueryError
from queries.guard import check_query, keywords, uses_service

EX = "PREFIX ex: <http://example.org/>\n"


class Listener:
    """A stand-in SPARQL endpoint on 127.0.0.1 that records every request and answers 'no rows'."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        requests = self.requests

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                requests.append(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                body = b'{"head":{"vars":["a","b","c"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815 - http.server's naming

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.endpoint = f"<http://127.0.0.1:{self.httpd.server_address[1]}/sparql>"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def refused(sparql: str, **kwargs: object) -> str:
    with pytest.raises(QueryError) as info:
        check_query(sparql, max_length=100_000, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


def allowed(sparql: str, **kwargs: object) -> None:
    check_query(sparql, max_length=100_000, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- SERVICE is found ...

SERVICE_SPELLINGS = {
    "plain": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "lower case": "select * where { service <http://example.org/sparql> { ?s ?p ?o } }",
    "mixed case": "SELECT * WHERE { SeRvIcE <http://example.org/sparql> { ?s ?p ?o } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "variable endpoint": "SELECT * WHERE { VALUES ?e { <http://example.org/sparql> } SERVICE ?e { ?s ?p ?o } }",
    "prefixed endpoint": EX + "SELECT * WHERE { SERVICE ex:sparql { ?s ?p ?o } }",
    "no spaces": "SELECT*WHERE{?x ?y ?z.SERVICE<http://example.org/sparql>{?s ?p ?o}}",
    "tabs and newlines": "SELECT *\nWHERE {\n\tSERVICE\n\t<http://example.org/sparql>\n{ ?s ?p ?o } }",
    "after a comment line": "# SERVICE is not used here, really\nSELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "after a string with #": 'SELECT * WHERE { BIND("#" AS ?x) SERVICE <http://example.org/sparql> { ?s ?p ?o } }',
    "after an escaped quote": 'SELECT * WHERE { BIND("a \\" # b" AS ?x) SERVICE <http://example.org/sparql> { ?s ?p ?o } }',
    "after a single-quoted string": "SELECT * WHERE { BIND('it\\'s # fine' AS ?x) SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "after a long string": 'SELECT * WHERE { BIND("""a "quoted" # and\nmore""" AS ?x) SERVICE <http://example.org/sparql> { ?s ?p ?o } }',
    "after an IRI with #": "SELECT * WHERE { ?s <http://example.org/ns#p> ?o SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "after a dotted prefixed name": EX + "SELECT * WHERE { ?s ex:a.b ?o . SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "in a subquery": "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } } } }",
    "in OPTIONAL": "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <http://example.org/sparql> { ?s ?q ?r } } }",
    "in a CONSTRUCT": "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "in an ASK": "ASK { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "in a DESCRIBE": "DESCRIBE ?s WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
}


@pytest.mark.parametrize("sparql", SERVICE_SPELLINGS.values(), ids=SERVICE_SPELLINGS.keys())
def test_service_is_refused_in_every_spelling(sparql):
    assert uses_service(sparql)
    assert "SERVICE" in refused(sparql)


@pytest.mark.parametrize("sparql", SERVICE_SPELLINGS.values(), ids=SERVICE_SPELLINGS.keys())
def test_service_is_allowed_when_the_operator_allows_it(sparql):
    allowed(sparql, allow_service=True)


# ---------------------------------------------------------------- ... and only where it is a keyword

NOT_SERVICE = {
    "in a string": 'SELECT * WHERE { ?s ?p "SERVICE <http://example.org/sparql> { }" }',
    "in a single-quoted string": "SELECT * WHERE { ?s ?p 'service' }",
    "in a long string": 'SELECT * WHERE { BIND("""a " SERVICE\n b""" AS ?x) }',
    "in an IRI": "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }",
    "in a comment": "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://example.org/sparql> { }",
    "as a variable": "SELECT ?service $SERVICE WHERE { ?service ?p $SERVICE }",
    "as a local name": EX + "SELECT * WHERE { ?s ex:SERVICE ?o }",
    "as a prefix": "PREFIX service: <http://example.org/>\nSELECT * WHERE { ?s service:x ?o }",
    "inside a longer word": "SELECT * WHERE { ?s ?p ?o FILTER(?o = ?SERVICES) }",
}


@pytest.mark.parametrize("sparql", NOT_SERVICE.values(), ids=NOT_SERVICE.keys())
def test_service_as_data_or_a_name_is_allowed(sparql):
    assert not uses_service(sparql)
    allowed(sparql)


def test_keywords_are_the_bare_words_only():
    assert keywords('PREFIX ex: <http://x/#SERVICE>\nSELECT ?s WHERE { ?s ex:p "insert" } # drop') == [
        "PREFIX", "SELECT", "WHERE"]


# ---------------------------------------------------------------- the other refusals


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x/s> <http://x/p> 1 }", "delete where { ?s ?p ?o }", "DROP ALL", "CLEAR DEFAULT",
    "LOAD <http://example.org/data.ttl>", "CREATE GRAPH <http://x/g>", "COPY DEFAULT TO <http://x/g>",
    "MOVE <http://x/a> TO <http://x/b>", "ADD <http://x/a> TO <http://x/b>",
])
def test_updates_are_refused(update):
    assert "read-only" in refused(update)


def test_update_words_as_names_or_data_are_allowed():
    allowed('SELECT ?insert WHERE { ?insert <http://x/DROP> "DELETE" }')


@pytest.mark.parametrize("empty", ["", "   ", "\n\t"])
def test_an_empty_query_is_refused(empty):
    assert "empty" in refused(empty)


def test_the_length_limit():
    query = "ASK {}" + " " * 94
    check_query(query, max_length=100)
    with pytest.raises(QueryError, match="101 characters; the limit is 100"):
        check_query(query + " ", max_length=100)


# ---------------------------------------------------------------- known bypasses

# Templates: ENDPOINT is replaced by the endpoint's IRI.
ESCAPED_HASH = ("escaped # in a prefixed name",
                EX + "SELECT * WHERE { OPTIONAL { ?s ex:b\\# ?o } SERVICE ENDPOINT { ?a ?b ?c } }")
ESCAPED_QUOTE = ("escaped ' in a prefixed name",
                 EX + "SELECT * WHERE { OPTIONAL { ?s ex:a\\' ?o } SERVICE ENDPOINT { ?a ?b ?c } FILTER(?a != 'x') }")
IRI_ESCAPE_HASH = ("\\u escape then # in an IRI",
                   "SELECT * WHERE { OPTIONAL { ?s <http://x/\\u0041#a> ?o } SERVICE ENDPOINT { ?a ?b ?c } }")
IRI_ESCAPE_QUOTE = ("\\u escape then ' in an IRI",
                    "SELECT * WHERE { OPTIONAL { ?s <http://x/\\u0041'> ?o } SERVICE ENDPOINT { ?a ?b ?c } "
                    "OPTIONAL { ?s <http://y/'> ?o } }")
BYPASSES = {
    ESCAPED_HASH: "sparql_guard's prefixed-name token stops at a backslash, so in `ex:b\\#` (a local-name escape, "
                  "PN_LOCAL_ESC) the guard reads `#` as the start of a comment and misses a SERVICE later on the line",
    ESCAPED_QUOTE: "sparql_guard's prefixed-name token stops at a backslash, so in `ex:a\\'` the guard reads `'` as "
                   "the start of a string that a later quote closes, hiding the SERVICE between them",
    IRI_ESCAPE_HASH: "sparql_guard's IRI token does not allow backslashes, so an IRI with a \\u escape is not read as "
                     "an IRI: a `#` inside it starts a 'comment' that hides a SERVICE later on the line",
    IRI_ESCAPE_QUOTE: "sparql_guard's IRI token does not allow backslashes, so an IRI with a \\u escape is not read as "
                      "an IRI: a `'` inside it starts a 'string' that a later quote closes, hiding the SERVICE",
}


@pytest.mark.parametrize("name, template", list(BYPASSES), ids=[n for n, _ in BYPASSES])
def test_the_bypass_spellings_are_real_service_calls(listener, name, template):
    """Ground truth for the bypass tests below (each once got past the hand tokenizer, now replaced
    by a real parser and an OS barrier): pyoxigraph parses each text as a query with a
    SERVICE clause and really calls the endpoint (here, a listener on 127.0.0.1)."""
    before = len(listener.requests)
    results = ox.Store().query(template.replace("ENDPOINT", listener.endpoint))
    list(results)
    assert len(listener.requests) > before, name


@pytest.mark.parametrize("template", [
    pytest.param(template, id=name) for (name, template), _reason in BYPASSES.items()  # the bypasses once found
])
def test_the_guard_refuses_service_behind_escapes(template):
    sparql = template.replace("ENDPOINT", "<http://example.org/sparql>")
    assert "SERVICE" in refused(sparql)


@pytest.mark.parametrize("template", [
    pytest.param(template, id=name) for (name, template), _reason in BYPASSES.items()  # the bypasses once found
])
def test_the_endpoint_never_calls_out(any_client, listener, template):
    """The whole path: /sparql must answer 400 and no request may reach the 'remote' endpoint."""
    before = len(listener.requests)
    response = any_client.get("/sparql", params={"query": template.replace("ENDPOINT", listener.endpoint)})
    assert len(listener.requests) == before, "the server made a federated request"
    assert response.status_code == 400 and "SERVICE" in response.json()["error"]["message"]


def test_the_endpoint_refuses_plain_service_without_calling_out(any_client, listener):
    before = len(listener.requests)
    response = any_client.get("/sparql", params={"query": f"SELECT * WHERE {{ SERVICE {listener.endpoint} {{ ?a ?b ?c }} }}"})
    assert response.status_code == 400 and "SERVICE" in response.json()["error"]["message"]
    assert len(listener.requests) == before
