"""Content negotiation (server/negotiate.py): the Accept parser and the choice of format, unit by
unit, then the 406 answers of the endpoints that use it (through the app, in-process)."""

from __future__ import annotations

import pytest

from server.negotiate import CANONICAL, GRAPH_TYPES, RESULT_TYPES, choose, parse_accept
from tests.conftest import iri

SELECT = f"SELECT ?s WHERE {{ ?s ?p <{iri('eo/13773')}> }} LIMIT 1"
ASK = "ASK { ?s ?p ?o }"
CONSTRUCT = f"CONSTRUCT {{ <{iri('eo/14060')}> ?p ?o }} WHERE {{ <{iri('eo/14060')}> ?p ?o }}"


# ---------------------------------------------------------------- parse_accept


@pytest.mark.parametrize("header", [None, ""])
def test_no_header_accepts_anything(header):
    assert parse_accept(header) == [("*/*", 1.0)]


def test_ranges_are_ordered_by_q_then_by_position():
    assert parse_accept("text/csv;q=0.5, application/json, text/turtle;q=0.5, */*;q=0.1") == [
        ("application/json", 1.0), ("text/csv", 0.5), ("text/turtle", 0.5), ("*/*", 0.1)]


def test_media_types_are_lower_cased_and_spaces_ignored():
    assert parse_accept("  Text/CSV ;  q=0.7 ,APPLICATION/Sparql-Results+JSON") == [
        ("application/sparql-results+json", 1.0), ("text/csv", 0.7)]


@pytest.mark.parametrize("header, q", [
    ("text/csv;q=0", 0.0), ("text/csv;q=0.001", 0.001), ("text/csv;q=1.000", 1.0),
    ("text/csv;q=2", 1.0), ("text/csv;q=-1", 0.0),  # out of range: clamped
    ("text/csv;q=abc", 0.0), ("text/csv;q=", 0.0),  # not a number: not acceptable
])
def test_q_values(header, q):
    assert parse_accept(header) == [("text/csv", q)]


def test_other_parameters_are_ignored_wherever_they_stand():
    assert parse_accept("text/csv;charset=utf-8;q=0.3, text/turtle;q=0.4;level=1") == [
        ("text/turtle", 0.4), ("text/csv", 0.3)]


def test_empty_ranges_are_skipped():
    assert parse_accept("text/csv,, ,;q=0.5,application/json") == [("text/csv", 1.0), ("application/json", 1.0)]


def test_the_q_parameter_name_is_case_insensitive():
    assert parse_accept("text/csv;Q=0.2") == [("text/csv", 0.2)]


def test_a_nan_q_value_is_not_a_full_acceptance():
    assert parse_accept("text/csv;q=nan") == [("text/csv", 0.0)]


# ---------------------------------------------------------------- choose


@pytest.mark.parametrize("header, offers, expected", [
    (None, RESULT_TYPES, "json"), (None, GRAPH_TYPES, "turtle"),  # defaults: the first offer
    ("*/*", RESULT_TYPES, "json"), ("*/*", GRAPH_TYPES, "turtle"),
    ("application/sparql-results+xml", RESULT_TYPES, "xml"), ("application/xml", RESULT_TYPES, "xml"),
    ("application/json", RESULT_TYPES, "json"), ("text/tab-separated-values", RESULT_TYPES, "tsv"),
    ("application/ld+json", GRAPH_TYPES, "jsonld"), ("application/rdf+xml", GRAPH_TYPES, "rdfxml"),
    ("text/*", RESULT_TYPES, "csv"), ("text/*", GRAPH_TYPES, "turtle"),  # a type family: its first offer
    ("application/*", RESULT_TYPES, "json"), ("application/*", GRAPH_TYPES, "ntriples"),
    ("text/csv;q=0.4, text/tab-separated-values;q=0.6", RESULT_TYPES, "tsv"),  # the higher q wins
    ("image/png, text/csv;q=0.1", RESULT_TYPES, "csv"),  # an unknown type is passed over
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RESULT_TYPES, "xml"),  # a browser
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", GRAPH_TYPES, "turtle"),
    ("text/turtle;q=0, */*;q=0.5", RESULT_TYPES, "json"),
])
def test_choose(header, offers, expected):
    assert choose(header, offers) == expected


@pytest.mark.parametrize("header, offers", [
    ("image/png", RESULT_TYPES), ("text/turtle", RESULT_TYPES), ("text/csv", GRAPH_TYPES),
    ("*/*;q=0", RESULT_TYPES), ("text/csv;q=0", RESULT_TYPES), ("image/*", GRAPH_TYPES),
    ("garbage", RESULT_TYPES), (";q=1", RESULT_TYPES),  # names no media range at all
])
def test_nothing_acceptable_is_none(header, offers):
    assert choose(header, offers) is None


def test_a_type_refused_with_q_0_is_not_chosen_through_a_wildcard():
    assert choose("application/sparql-results+json;q=0, application/json;q=0, */*", RESULT_TYPES) != "json"


def test_every_offer_has_a_canonical_media_type():
    assert set(RESULT_TYPES.values()) | set(GRAPH_TYPES.values()) == set(CANONICAL)
    for media, name in {**RESULT_TYPES, **GRAPH_TYPES}.items():
        assert choose(CANONICAL[name], {media: name, **RESULT_TYPES, **GRAPH_TYPES}) == name


# ---------------------------------------------------------------- through the endpoints


@pytest.mark.parametrize("query, accept, media", [
    (SELECT, None, "application/sparql-results+json"),
    (SELECT, "text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    (SELECT, "text/*", "text/csv"),
    (ASK, "application/xml", "application/sparql-results+xml"),
    (CONSTRUCT, None, "text/turtle"),
    (CONSTRUCT, "application/*", "application/n-triples"),
    (CONSTRUCT, "text/csv;q=0.9, application/ld+json;q=0.1", "application/ld+json"),
])
def test_sparql_answers_in_the_negotiated_type(any_client, query, accept, media):
    response = any_client.get("/sparql", params={"query": query}, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    assert response.content  # a real answer, not an empty body


@pytest.mark.parametrize("query, accept, offered", [
    (SELECT, "image/png", RESULT_TYPES), (ASK, "text/turtle", RESULT_TYPES),
    (CONSTRUCT, "text/csv", GRAPH_TYPES), (CONSTRUCT, "application/sparql-results+json", GRAPH_TYPES),
    (SELECT, "*/*;q=0", RESULT_TYPES),
])
def test_sparql_406_names_what_is_offered(spare_client, query, accept, offered):
    response = spare_client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert response.status_code == 406
    message = response.json()["error"]["message"]
    assert accept in message and all(media in message for media in offered)


def test_graph_store_and_linked_data_406(client):
    store = client.get("/store", params={"graph": iri("graph/curated/toc")}, headers={"Accept": "text/csv"})
    assert store.status_code == 406 and all(m in store.json()["error"]["message"] for m in GRAPH_TYPES)
    page = client.get("/id/eo/14060", headers={"Accept": "image/png"})
    assert page.status_code == 406 and "text/html" in page.json()["error"]["message"]
    assert all(m in page.json()["error"]["message"] for m in GRAPH_TYPES)
    assert client.get("/id/eo/14060", headers={"Accept": "application/*"}).headers["content-type"].startswith(
        "application/n-triples")


def test_html_is_chosen_only_when_it_ranks_first(client):
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert client.get("/sparql", headers={"Accept": browser}).headers["content-type"].startswith("text/html")
    assert client.get("/sparql", headers={"Accept": "text/turtle, text/html;q=0.5"}).headers[
        "content-type"].startswith("text/turtle")
    assert client.get("/id/eo/14060", headers={"Accept": browser}).headers["content-type"].startswith("text/html")
