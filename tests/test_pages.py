"""The HTML pages in process (the real app on the real curated and fixture-corpus stores): one
layout, the landing page and its JSON twin, search, node pages a litigator can cite from, HTML 404s
for browsers only, the API docs and the ontology. The browser flow is tests/test_front_door.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from rdflib import Graph, URIRef
from starlette.testclient import TestClient

from tests.conftest import app_client

HTML = {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}
NAV_LINKS = ["/", "/id/eo/", "/query", "/docs", "/ontology", "/dumps"]


class Outline(HTMLParser):
    """Landmarks, nav links, labelled inputs and element ids of a page."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.nav_links: list[str] = []
        self.labels: set[str] = set()
        self.inputs: list[dict] = []
        self.ids: set[str] = set()
        self._in_nav = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "nav" and a.get("aria-label") == "Site":
            self._in_nav = 1
        elif tag == "a" and self._in_nav:
            self.nav_links.append(a["href"])
        elif tag == "label" and a.get("for"):
            self.labels.add(a["for"])
        elif tag == "input" and a.get("type") not in ("hidden", "submit"):
            self.inputs.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._in_nav = 0


def text_of(html: str, element_id: str) -> str:
    """The text inside the element with this id (tags removed, whitespace collapsed)."""
    m = re.search(rf'id="{element_id}"[^>]*>(.*?)</(ul|p|ol|dd|output)>', html, re.S)
    assert m, f"no #{element_id}"
    return " ".join(re.sub(r"<[^>]+>", " ", m.group(1)).split()).replace("&#34;", '"')


def assert_layout(html: str) -> Outline:
    """The shared layout: landmarks, the one navigation, every input labelled, no CDN."""
    outline = Outline(html)
    for tag in ("header", "nav", "main", "footer"):
        assert tag in outline.tags, tag
    assert outline.nav_links == NAV_LINKS
    for field in outline.inputs:
        assert field.get("id") in outline.labels or field.get("aria-label"), field
    assert 'href="/static/site.css"' in html and "cdn" not in html.lower()
    return outline


@pytest.fixture(scope="module")
def corpus_client(corpus_root) -> Iterator[TestClient]:
    with app_client(corpus_root, workers=1) as c:
        yield c


def test_landing_page_for_browsers_and_an_index_for_json_clients(client):
    page = client.get("/", headers=HTML)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    outline = assert_layout(page.text)
    assert {"q", "suggestions", "main"} <= outline.ids
    assert '<form class="searchbox" role="search" action="/search"' in page.text
    assert '<lexgraph-lineage node="EO 14060"' in page.text and "/widget/lexgraph-lineage.js" in page.text
    build = client.get("/healthz").json()["build"]
    assert f"Build <code>{build}</code>" in page.text
    assert "Curated facts only" in page.text  # the curated store says how far it reaches: not dated
    index = client.get("/", headers={"Accept": "application/json"})
    assert index.headers["content-type"] == "application/json" and "Accept" in index.headers["vary"]
    assert index.json()["build"]["version"] == build and index.json()["links"]["docs"] == "/docs"


def test_landing_page_names_the_coverage_of_a_corpus_store(corpus_client):
    page = corpus_client.get("/", headers=HTML).text
    assert re.search(r"Order texts through \d{4}-\d\d-\d\d", page)
    assert "Disposition tables: " in page


def test_search_ranks_title_words_and_names_one_entry_per_node(client):
    found = client.get("/search", params={"q": "council on transnational"}, headers={"Accept": "application/json"})
    results = found.json()["results"]
    assert results[0]["label"] == "EO 14060" and results[0]["href"] == "/id/eo/14060"
    assert results[0]["type"] == "Executive order"
    assert results[1]["href"] == "/id/org/usctoc"  # a body whose name has every word, before partial titles
    ids = [r["id"] for r in results]
    assert len(ids) == len(set(ids))
    near = client.get("/search", params={"q": "EO 1406"}, headers={"Accept": "application/json"}).json()["results"]
    assert len({r["id"] for r in near}) == len(near)
    exact = client.get("/search", params={"q": "USCTOC"}, headers={"Accept": "application/json"}).json()
    assert exact["results"][0]["match"] == "exact" and exact["results"][0]["href"] == "/id/org/usctoc"


def test_search_form_goes_straight_to_an_exact_match_or_lists_matches(client):
    go = client.get("/search", params={"q": "Executive Order 14060", "go": "1"}, headers=HTML,
                    follow_redirects=False)
    assert go.status_code == 303 and go.headers["location"] == "/id/eo/14060"
    listed = client.get("/search", params={"q": "council on transnational", "go": "1"}, headers=HTML)
    assert listed.status_code == 200
    assert_layout(listed.text)
    assert '<a href="/id/eo/14060">EO 14060</a>' in listed.text
    nothing = client.get("/search", params={"q": "zzzqqq"}, headers=HTML)
    assert "Nothing matches “zzzqqq”" in nothing.text


def test_revoked_order_page_gives_status_on_the_chosen_date_with_proof(client):
    page = client.get("/id/eo/14060", params={"on": "2025-02-01"}, headers=HTML).text
    assert_layout(page)
    assert text_of(page, "status-line") == "EO 14060 on 2025-02-01: revoked"
    proof = text_of(page, "proof")
    assert proof.startswith("Revoked by EO 14148 § 2(ss) on 2025-01-20")
    assert "(ss) Executive Order 14060 of December 15, 2021" in proof
    assert "Exec. Order No. 14,148" in proof  # the revoker's Bluebook cite, under its quote
    assert 'value="2025-02-01"' in page and '<label for="on">Status on</label>' in page
    assert text_of(page, "cite") == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)"
    assert 'data-copy="cite"' in page
    assert "<dt>Type</dt><dd>Executive order</dd>" in page
    assert f'<lexgraph-lineage node="{URIRef("https://w3id.org/lexgraph/id/eo/14060")}" on="2025-02-01"' in page


def test_pinpoint_stands_next_to_the_instrument_that_makes_the_edge(client):
    lineage = text_of(client.get("/id/eo/14060", headers=HTML).text, "lineage-list")
    assert ("United States Council on Transnational Organized Crime replaces Threat Mitigation Working Group "
            "(by EO 14060 § 3(a)(i))") in lineage
    assert "Crime § 3(a)(i)" not in lineage
    assert "EO 14060 § 3(a)(i) revokes in part EO 13773" in lineage


def test_in_force_has_proof_and_names_what_came_later(client):
    page = client.get("/id/eo/14060", params={"on": "2022-03-01"}, headers=HTML).text
    assert "in force" in text_of(page, "status-line")
    proof = text_of(page, "proof")
    assert "Signed 2021-12-15; published at 86 FR 71793 on 2021-12-20." in proof
    assert "No revocation or amendment on or before 2022-03-01 recorded in the sources loaded" in proof
    assert "revoked" in text_of(page, "later")


def test_in_force_proof_names_the_coverage_date(corpus_client):
    page = corpus_client.get("/id/eo/14060", params={"on": "2030-01-01"}, headers=HTML).text
    assert "revoked" in text_of(page, "status-line")
    page = corpus_client.get("/id/eo/13581", params={"on": "2030-01-01"}, headers=HTML).text
    proof = text_of(page, "proof")
    through = re.search(r"No revocation recorded in the sources through (\d{4}-\d\d-\d\d)\.", proof)
    assert through, proof  # amended, so "or amendment" is not claimed
    assert "§ 3(e) amended by EO 13863 § 1 on 2019-03-15" in proof


def test_partially_revoked_order_marks_the_section_and_says_by_what(client):
    page = client.get("/id/eo/13773", params={"on": "2022-03-01"}, headers=HTML).text
    assert text_of(page, "status-line") == "EO 13773 on 2022-03-01: partially revoked — sections revoked: § 3"
    assert "§ 3 revoked by EO 14060 § 3(a)(i) on 2021-12-15" in text_of(page, "proof")
    assert "section 3 of Executive Order 13773 is hereby revoked" in text_of(page, "proof")
    sections = text_of(page, "sections")
    assert "EO 13773 § 3 revoked by EO 14060 § 3(a)(i), 2021-12-15" in sections
    assert '<li class="revoked" data-section="3">' in page
    assert '<li class="" data-section="2">' in page
    before = client.get("/id/eo/13773", params={"on": "2021-01-01"}, headers=HTML).text
    assert '<li class="revoked"' not in before and "in force" in text_of(before, "status-line")


def test_amended_section_is_marked(client):
    page = client.get("/id/eo/13581", params={"on": "2020-01-01"}, headers=HTML).text
    assert "EO 13581 § 3 § 3(e) amended by EO 13863 § 1, 2019-03-15" in text_of(page, "sections")
    assert "§ 3(e) amended by EO 13863 § 1 on 2019-03-15" in text_of(page, "proof")


def test_sections_are_in_numeric_order(corpus_client):
    page = corpus_client.get("/id/eo/13768", headers=HTML).text
    numbers = re.findall(r'data-section="([^"]+)"', page)
    numeric = [int(n) for n in numbers if n.isdigit()]
    assert len(numeric) >= 10 and numeric == sorted(numeric), numbers
    assert numbers[0] == "preamble"


def test_body_page_has_no_self_citation_and_says_who_replaced_it(client):
    page = client.get("/id/org/tmwg", params={"on": "2023-01-01"}, headers=HTML).text
    assert_layout(page)
    assert "Cite as" not in page and "Citation:" not in page
    assert "<dt>Type</dt><dd>Working group</dd>" in page
    assert text_of(page, "status-line") == "Threat Mitigation Working Group on 2023-01-01: replaced"
    proof = text_of(page, "proof")
    assert proof.startswith("Replaced by United States Council on Transnational Organized Crime under EO 14060 "
                            "§ 3(a)(i) on 2021-12-15")
    assert "The USCTOC shall replace the Threat Mitigation Working Group" in proof
    active = client.get("/id/org/usctoc", params={"on": "2022-03-01"}, headers=HTML).text
    assert "Established by EO 14060 § 3(a) on 2021-12-15" in text_of(active, "proof")


def test_a_bad_date_is_said_not_failed(client):
    page = client.get("/id/eo/14060", params={"on": "2022-02-30"}, headers=HTML)
    assert page.status_code == 200 and "“2022-02-30” is not a date" in page.text


def test_browsers_get_an_html_404_with_suggestions_json_clients_the_json_error(client):
    page = client.get("/id/eo/1406", headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert_layout(page.text)
    assert "nothing is known about" in page.text and 'href="/id/eo/' in page.text
    unknown = client.get("/no/such/page", headers=HTML)
    assert unknown.status_code == 404 and "<h1>Not found</h1>" in unknown.text
    for path in ("/id/eo/1406", "/no/such/page"):
        answer = client.get(path, headers={"Accept": "application/json"})
        assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    assert client.get("/id/eo/1406").json()["error"]["code"] == "not_found"  # no Accept: JSON
    assert client.post("/no/such/page", headers=HTML).headers["content-type"] == "application/json"
    api = client.get("/api/node", params={"id": "EO 99999"}, headers=HTML)  # the JSON API stays JSON
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"


def test_every_html_page_shares_the_layout(client):
    for path in ("/", "/search?q=eo", "/id/eo/", "/id/eo/14060", "/docs", "/ontology", "/dumps", "/query"):
        page = client.get(path, headers=HTML)
        assert page.status_code == 200, path
        assert_layout(page.text)
    query = client.get("/query", headers=HTML).text
    assert '<textarea id="query"' in query and 'aria-current="page">SPARQL query' in query


def test_docs_use_swagger_ui_5_from_the_package(client):
    page = client.get("/docs", headers=HTML).text
    assert '<script src="/docs-assets/swagger-ui-bundle.js">' in page and 'id="swagger-ui"' in page
    bundle = client.get("/docs-assets/swagger-ui-bundle.js").text
    assert "isOAS31" in bundle  # Swagger UI 5 renders OpenAPI 3.1; 4.x says "Unable to render"
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")


def test_ontology_documented_and_served_as_turtle(client):
    page = client.get("/ontology", headers=HTML).text
    assert_layout(page)
    assert '<article class="term" id="ExecutiveOrder">' in page and '<article class="term" id="revokes">' in page
    assert '<a href="#PresidentialInstrument">lex:PresidentialInstrument</a>' in page
    turtle = client.get("/ontology.ttl")
    assert turtle.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=turtle.text, format="turtle")
    classes = {str(s) for s in graph.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                              URIRef("http://www.w3.org/2002/07/owl#Class"))}
    documented = set(re.findall(r'<article class="term" id="([^"]+)">', page))
    assert {c.rsplit("#", 1)[1] for c in classes if c.startswith("https://w3id.org/lexgraph/ns#")} <= documented
    assert 'href="/ontology.ttl"' in page
