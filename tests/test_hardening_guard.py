"""Hardening: the query guard (queries/guard.py) — the real parser, fail-closed fallback, limits."""

from __future__ import annotations

import time

import pytest

from graph.errors import QueryError, QueryLimit
from queries.guard import check_query, check_update, keywords

pytestmark = pytest.mark.hardening

TARGET = "http://127.0.0.1:9/sparql"
# A prefixed name may end in an escaped character (PN_LOCAL_ESC). The old hand tokenizer read
# `\#` as the start of a comment and `\'` as the start of a string, and so never saw the SERVICE
# that follows; pyoxigraph runs both queries and fetches the URL.
BYPASSES = {
    "hash": f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ BIND(ex:b\\# AS ?x) SERVICE <{TARGET}> {{ ?s ?p ?o }} }}",
    "quote": f"PREFIX ex: <http://example.org/> SELECT * WHERE {{ BIND(ex:b\\' AS ?x) SERVICE <{TARGET}> {{ ?s ?p ?o }} FILTER(?x != 'a') }}",
    "quote-next-line": f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ ?s ex:a\\' ?o .\n SERVICE <{TARGET}> {{ ?s ?p ?o }} }}",
    "lower-case": f"select * where {{ service <{TARGET}> {{ ?s ?p ?o }} }}",
    "silent": f"SELECT * WHERE {{ SERVICE SILENT <{TARGET}> {{ ?s ?p ?o }} }}",
    "in-optional": f"SELECT * WHERE {{ OPTIONAL {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }} }}",
    "in-subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{TARGET}> {{ ?s ?p ?o }} }} }} }}",
    "variable-endpoint": "SELECT * WHERE { BIND(<http://127.0.0.1:9/> AS ?e) SERVICE ?e { ?s ?p ?o } }",
}


def test_the_hand_tokenizer_was_bypassable():
    """Why the parser is needed: the tokenizer does not see SERVICE in the escaped-name queries."""
    assert "SERVICE" not in keywords(BYPASSES["hash"])
    assert "SERVICE" not in keywords(BYPASSES["quote"])


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_service_is_refused_however_it_is_written(name):
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(BYPASSES[name], max_length=100_000)


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_the_workers_shortcut_still_refuses_service_however_it_is_written(name):
    """The query workers skip the parse only for texts without the word: these all go to it."""
    with pytest.raises(QueryError, match="SERVICE"):
        check_query(BYPASSES[name], max_length=100_000, shortcut=True)
    escaped = BYPASSES[name].replace("SERVICE", "\\u0053ERVICE").replace("service", "\\u0073ervice")
    # a \\u escape sends the text to the parser too: the same verdict as without the shortcut
    # (pyoxigraph itself reads no escapes outside strings and IRIs: a syntax error there)
    assert _verdict(escaped, shortcut=True) == _verdict(escaped, shortcut=False)


def _verdict(query: str, shortcut: bool) -> object:
    try:
        return check_query(query, max_length=100_000, shortcut=shortcut)
    except QueryError as exc:
        return str(exc)


def test_the_workers_shortcut_skips_the_parse_only_when_nothing_can_be_found():
    point = "SELECT ?p ?o WHERE { <http://example.org/eo/14060> ?p ?o }"
    assert not check_query(point, max_length=100_000, shortcut=True).parsed  # no parse: ~50 µs, not ~3 ms
    assert check_query(point, max_length=100_000).parsed
    dataset = "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }"
    assert check_query(dataset, max_length=100_000, shortcut=True).has_dataset
    with pytest.raises(QueryError, match="read-only"):
        check_query("CLEAR ALL", max_length=100_000, shortcut=True)


def test_the_workers_remember_a_verdict_but_never_a_refusal():
    from queries.guard import analyse_remembered

    query = "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }"
    first = check_query(query, max_length=100_000, shortcut=True)
    hits = analyse_remembered.cache_info().hits
    assert check_query(query, max_length=100_000, shortcut=True) == first and first.has_dataset
    assert analyse_remembered.cache_info().hits == hits + 1
    for _ in range(2):  # refused each time: a refusal is an exception, never cached as a verdict
        with pytest.raises(QueryError, match="SERVICE"):
            check_query(BYPASSES["silent"], max_length=100_000, shortcut=True)
    check_query(BYPASSES["silent"], max_length=100_000, shortcut=True, allow_service=True)
    with pytest.raises(QueryError, match="SERVICE"):  # a verdict with SERVICE allowed is not one without
        check_query(BYPASSES["silent"], max_length=100_000, shortcut=True)


@pytest.mark.parametrize("name", sorted(BYPASSES))
def test_service_runs_through_when_allowed(name):
    check_query(BYPASSES[name], max_length=100_000, allow_service=True)


def test_the_word_service_in_data_is_no_service():
    query = 'SELECT * WHERE { ?s <http://example.org/service> "customer SERVICE" }  # SERVICE'
    assert check_query(query, max_length=100_000).parsed


def test_text_the_parser_cannot_read_is_refused_if_it_says_service_anywhere():
    # rdflib does not parse this (pyoxigraph would judge its syntax); it mentions service in an
    # IRI only, but unparsed text cannot be shown to be free of a SERVICE clause: refused.
    query = "SELECT * WHERE { ?s ?p <<( ?a ?b ?c )>> . ?s <http://example.org/service> ?o }"
    with pytest.raises(QueryError, match="could not be checked"):
        check_query(query, max_length=100_000)
    assert not check_query(query.replace("service", "other"), max_length=100_000).parsed


@pytest.mark.parametrize("update", [
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "LOAD SILENT <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://example.org/g>",
    "INSERT DATA { <http://a/b> <http://a/c> 1 } ; LOAD <http://127.0.0.1:9/x>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/> INSERT { ?s ?p ex:b\\# } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "load <http://127.0.0.1:9/data.ttl>",
])
def test_check_update_refuses_load_and_service(update):
    with pytest.raises(QueryError, match="LOAD|SERVICE"):
        check_update(update, max_length=100_000)
    check_update(update, max_length=100_000, allow_service=True)


def test_check_update_passes_plain_updates():
    check_update("INSERT DATA { <http://a/b> <http://a/c> 1 }", max_length=100_000)
    check_update("DELETE WHERE { <http://a/b> ?p ?o }", max_length=100_000)


NESTED = {
    "braces": "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000,
    "parens": "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }",
    "brackets": "SELECT * WHERE { ?s ?p " + "[ <http://e/p> " * 10_000 + "1" + " ]" * 10_000 + " }",
    "subselects": "SELECT * WHERE { " + "{ SELECT * WHERE " * 3_000 + "{ ?s ?p ?o }" + " }" * 3_000 + " }",
    "unbalanced": "SELECT * WHERE { " + "(" * 10_000,
}


@pytest.mark.parametrize("name", sorted(NESTED))
def test_deep_nesting_is_refused_before_parsing(name):
    started = time.monotonic()
    with pytest.raises(QueryLimit) as refused:
        check_query(NESTED[name], max_length=1_000_000)
    assert refused.value.code == "query_limit" and refused.value.http_status == 400
    assert refused.value.detail()["limit"] in {"nesting", "subqueries"}
    assert time.monotonic() - started < 1


def test_nesting_within_the_limit_is_parsed():
    query = "SELECT * WHERE " + "{" * 60 + " ?s ?p ?o " + "}" * 60
    assert check_query(query, max_length=100_000).parsed
    expression = "SELECT * WHERE { FILTER(" + "(" * 60 + "1" + ")" * 60 + ") }"
    assert check_query(expression, max_length=100_000).parsed  # rdflib alone overflows at ~30


def test_over_long_query_is_refused():
    with pytest.raises(QueryLimit) as refused:
        check_query("ASK {}" + " " * 200, max_length=100)
    assert refused.value.detail() == {"limit": "length", "found": 206, "max": 100}


def test_the_parser_reports_the_query_dataset():
    assert check_query("SELECT * FROM <http://g/1> WHERE { ?s ?p ?o }", max_length=1000).has_dataset
    assert check_query("SELECT * FROM NAMED <http://g/1> WHERE { GRAPH ?g { ?s ?p ?o } }", max_length=1000).has_dataset
    assert not check_query("SELECT * WHERE { ?s <http://e/from> ?o }", max_length=1000).has_dataset
