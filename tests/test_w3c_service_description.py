"""The W3C SPARQL 1.1 Service Description tests (3), from tests/fixtures/w3c-protocol/
service-description-manifest.ttl, against a real server, in every RDF format the server offers.

The manifest names the tests and their intent but carries no requests: GET on the endpoint
returns RDF (`returns-rdf`), the description has `<endpoint> sd:endpoint <endpoint>` for the URL
asked (`has-endpoint-triple`), and it conforms to the vocabulary (`conforms-to-schema`: every
sd: term is defined, and subjects and objects of sd: properties have the classes the
vocabulary's domains and ranges say; tests/fixtures/w3c-protocol/sd-schema.ttl). Each is run
with Accept: Turtle, N-Triples, JSON-LD and RDF/XML, read-only and with writes on (then the
description also names the /update service).
"""

from __future__ import annotations

import httpx
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from tests.conftest import FIXTURES, start_server, stop_server

SUITE = FIXTURES / "w3c-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
MANIFEST = Graph().parse(SUITE / "service-description-manifest.ttl", format="turtle")
SCHEMA = Graph().parse(SUITE / "sd-schema.ttl", format="turtle")
TOKEN = "w3c-sd-test-token-0123456789abcdef"
ACCEPT = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
          "application/rdf+xml": "xml"}


def _tests() -> list[str]:
    manifest = next(MANIFEST.subjects(RDF.type, MF.Manifest))
    return [str(t).rsplit("#", 1)[1] for t in Collection(MANIFEST, MANIFEST.value(manifest, MF.entries))]


@pytest.fixture(scope="module")
def writable(store_root, tmp_path_factory):
    live = start_server(store_root, tmp_path_factory.mktemp("sd") / "server.log", "--update-token", TOKEN)
    yield live
    stop_server(live)


@pytest.fixture(params=["read-only", "writable"])
def server(request, live_server):
    return live_server if request.param == "read-only" else request.getfixturevalue("writable")


def _get(server, media: str) -> tuple[httpx.Response, Graph | None]:
    response = httpx.get(server.url + "/sparql", headers={"Accept": media}, timeout=30)
    if response.status_code != 200:
        return response, None
    return response, Graph().parse(data=response.text, format=ACCEPT[media], publicID=server.url + "/sparql")


def _classes(graph: Graph, node) -> set:
    found = set(graph.objects(node, RDF.type)) | set(SCHEMA.objects(node, RDF.type))
    for cls in list(found):
        found |= set(SCHEMA.transitive_objects(cls, RDFS.subClassOf))
    return found


def conformance_problems(sd: Graph) -> list[str]:
    """sd: terms the vocabulary does not define; subjects/objects outside their property's domain/range."""
    defined = set(SCHEMA.subjects())
    problems = []
    for s, p, o in sd:
        for term in (p, o):
            if isinstance(term, URIRef) and str(term).startswith(str(SD)) and term not in defined:
                problems.append(f"undefined term {term}")
        if not str(p).startswith(str(SD)):
            continue
        domain, range_ = SCHEMA.value(p, RDFS.domain), SCHEMA.value(p, RDFS.range)
        if domain is not None and domain not in _classes(sd, s):
            problems.append(f"{s} {p}: subject is not a {domain}")
        if range_ is not None and range_ != RDF.Property and range_ not in _classes(sd, o):
            problems.append(f"{s} {p} {o}: object is not a {range_}")
    return problems


@pytest.mark.parametrize("media", list(ACCEPT))
@pytest.mark.parametrize("name", _tests())
def test_service_description(server, name, media):
    response, sd = _get(server, media)
    endpoint = URIRef(server.url + "/sparql")
    if name == "returns-rdf":
        assert response.status_code == 200 and response.headers["content-type"].startswith(media)
        assert sd is not None and len(sd) > 10
    elif name == "has-endpoint-triple":
        assert (endpoint, SD.endpoint, endpoint) in sd
        assert (endpoint, RDF.type, SD.Service) in sd
    elif name == "conforms-to-schema":
        assert not conformance_problems(sd)
    else:
        pytest.fail(f"unknown test {name}")


def test_the_description_says_what_the_server_does(live_server, writable):
    _, read_only = _get(live_server, "text/turtle")
    _, with_writes = _get(writable, "text/turtle")
    languages = lambda sd: set(sd.objects(None, SD.supportedLanguage))  # noqa: E731
    assert languages(read_only) == {SD.SPARQL11Query}
    assert languages(with_writes) == {SD.SPARQL11Query, SD.SPARQL11Update}
    assert (URIRef(writable.url + "/update"), SD.endpoint, URIRef(writable.url + "/update")) in with_writes
    assert SD.BasicFederatedQuery not in set(read_only.objects(None, SD.feature))  # SERVICE is off


def test_the_conformance_check_sees_a_violation():
    """Not vacuous: a description with a wrong domain, range and term fails."""
    bad = Graph().parse(data="""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
        <http://x/s> a sd:Service ; sd:supportedLanguage sd:UnionDefaultGraph ; sd:madeUp 1 .
        <http://x/d> sd:defaultGraph [ a sd:Graph ] .""", format="turtle")
    problems = conformance_problems(bad)
    assert any("not a http://www.w3.org/ns/sparql-service-description#Language" in p for p in problems)
    assert any("undefined term" in p for p in problems)
    assert any("subject is not a" in p for p in problems)


def test_browsers_get_the_query_page_and_others_a_clear_406(live_server):
    assert "<textarea" in httpx.get(live_server.url + "/sparql", headers={"Accept": "text/html"}).text
    response = httpx.get(live_server.url + "/sparql", headers={"Accept": "image/png"})
    assert response.status_code == 406 and "text/turtle" in response.json()["error"]["detail"]["offered"]


def test_every_manifest_test_is_run():
    assert sorted(_tests()) == ["conforms-to-schema", "has-endpoint-triple", "returns-rdf"]
