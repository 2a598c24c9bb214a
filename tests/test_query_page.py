"""The query page (/query) in a real browser: Debian's Chromium (Playwright as the driver) against a
live lexgraph server. Opened from the widget's "Show SPARQL" link on EO 14060's lineage, run, its
result IRIs prefixed and linked, one followed to its page; canned queries with required parameter
fields; parser errors with a usable position; the query in the URL; Ctrl+Enter; 320 px.

Screenshots are written to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser import ARTIFACTS, LOCALE, TIMEZONE, HostPages, in_ci, photograph, widget_page
from tests.conftest import BASE

try:
    from playwright.sync_api import Browser, Page, expect
except ImportError:  # a developer machine without the test extra; under CI this is a failure
    if in_ci():
        raise
    pytest.skip("pip install -e '.[test]' for the browser tests (playwright)", allow_module_level=True)

W = "lexgraph-lineage"


@pytest.fixture(scope="module")
def host() -> Iterator[HostPages]:
    pages = HostPages()
    yield pages
    pages.close()


def _page(browser: Browser, width: int) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": width, "height": 900}, timezone_id=TIMEZONE, locale=LOCALE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == [], f"uncaught errors in the page: {errors}"


@pytest.fixture
def wide(browser: Browser) -> Iterator[Page]:
    yield from _page(browser, 1280)


@pytest.fixture
def narrow(browser: Browser) -> Iterator[Page]:
    yield from _page(browser, 320)


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    photograph(page, ARTIFACTS / f"query-{name}.png", full_page=True)


def no_horizontal_overflow(page: Page) -> None:
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page is {widths[0]} px wide in a {widths[1]} px viewport"


def open_page(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("body")).to_have_attribute("data-ready", "true")


def run(page: Page) -> None:
    page.locator("#run").click()
    expect(page.locator("#status")).not_to_have_text("running…")


def sparql_link_from_widget(page: Page, host: HostPages, server: str) -> str:
    url = host.add("/lineage-14060.html", widget_page(server, {"node": "EO 14060", "endpoint": server,
                                                                "view": "researcher", "on": "2022-03-01"}))
    page.goto(url)
    expect(page.locator(f"{W} .root")).to_have_attribute("data-state", "ready")
    link = page.locator(f"{W} a[data-role=sparql]")
    expect(link).to_have_text("Show SPARQL")
    href = link.get_attribute("href") or ""
    assert href.startswith(server + "/query?query="), href
    return href


def test_show_sparql_opens_the_query_page_and_results_are_prefixed_and_linked(wide, host, live_server) -> None:
    page = wide
    href = sparql_link_from_widget(page, host, live_server.url)
    query = parse_qs(urlsplit(href).query)["query"][0]
    # Follow the link as a reader does: the query page, the lineage query filled in (not a download).
    page.goto(href)
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    assert page.locator("#query").input_value() == query
    assert f"VALUES (?node) {{ (<{BASE}eo/14060>) }}" in query  # bound by the API in every WHERE group
    page.locator("#query").press("Control+Enter")  # the keyboard shortcut runs it
    expect(page.locator("#status")).to_contain_text("7 rows", timeout=30_000)
    cells = page.locator(".q-table tbody td")
    # IRIs shortened with the query's own PREFIX lines and the project's (id: for minted IRIs)...
    texts = cells.all_inner_texts()
    assert "id:eo/14060" in texts and "lex:revokes" in texts, texts
    assert not any(t.startswith(BASE) for t in texts)
    # ...and linked: lexgraph IRIs to their pages here, with the full IRI as the title.
    link = page.locator(".q-table a.q-local", has_text="id:eo/13773").first
    assert link.get_attribute("href") == "/id/eo/13773"
    assert link.get_attribute("title") == BASE + "eo/13773"
    # Cells wrap: a 7-row answer fits the page.
    no_horizontal_overflow(page)
    table_width = page.locator(".q-table").evaluate("t => t.getBoundingClientRect().width")
    assert table_width <= 1280
    # The URL carries the query: reloading (or sharing) it gives the same page.
    assert parse_qs(urlsplit(page.url).query)["query"][0] == query
    shot(page, "lineage-1280")
    link.click()
    page.wait_for_url("**/id/eo/13773")
    expect(page.locator("h1")).to_contain_text("13773")


def test_query_page_at_320px_does_not_overflow(narrow, host, live_server) -> None:
    page = narrow
    href = sparql_link_from_widget(page, host, live_server.url)
    page.goto(href)
    expect(page.locator("body")).to_have_attribute("data-ready", "true")
    run(page)
    expect(page.locator("#status")).to_contain_text("7 rows", timeout=30_000)
    no_horizontal_overflow(page)
    shot(page, "lineage-320")


def test_canned_query_parameters_are_required_fields_and_take_friendly_ids(wide, live_server) -> None:
    page = wide
    open_page(page, live_server.url + "/query")
    page.locator("#examples").select_option("revocations")
    field = page.locator("#param-instrument")
    expect(field).to_be_visible()
    assert field.get_attribute("required") is not None
    expect(page.locator("#examples-help")).not_to_be_empty()
    # Unbound, it does not run (it would match every revocation).
    run(page)
    expect(page.locator("#status")).to_contain_text("?instrument: required")
    assert page.locator(".q-table").count() == 0
    # A friendly ID is resolved by the server.
    field.fill("EO 13773")
    run(page)
    expect(page.locator("#status")).to_contain_text("1 row")
    texts = page.locator(".q-table tbody td").all_inner_texts()
    assert "id:eo/14060" in texts
    assert any("section 3 of Executive Order 13773 is hereby revoked" in t for t in texts)
    no_horizontal_overflow(page)
    shot(page, "canned-1280")
    # The shared URL restores the canned query and its parameter.
    params = parse_qs(urlsplit(page.url).query)
    assert params["name"] == ["revocations"] and params["param-instrument"] == ["EO 13773"]
    open_page(page, page.url)
    expect(page.locator("#param-instrument")).to_have_value("EO 13773")
    # An unknown ID is an error naming the parameter.
    page.locator("#param-instrument").fill("EO 99999")
    run(page)
    expect(page.locator("#status")).to_contain_text("?instrument: unknown identifier")
    # Typing clears the previous example's hint.
    page.locator("#query").press("End")
    page.locator("#query").type(" ")
    expect(page.locator("#examples-help")).to_be_empty()


def test_construct_is_shown_as_a_table_or_as_turtle_with_prefixes(wide, live_server) -> None:
    page = wide
    query = ("PREFIX lex: <https://w3id.org/lexgraph/ns#>\nCONSTRUCT { ?s lex:revokes ?o } "
             "WHERE { ?s lex:revokes ?o }")
    open_page(page, live_server.url + "/query?" + "query=" + query.replace("#", "%23").replace(" ", "%20"))
    run(page)
    expect(page.locator("#status")).to_contain_text("triples")
    headers = page.locator(".q-table th").all_inner_texts()
    assert headers == ["#", "subject", "predicate", "object"]
    assert "lex:revokes" in page.locator(".q-table tbody td").all_inner_texts()
    page.locator("#views button[data-view=turtle]").click()
    turtle = page.locator("[data-role=turtle]").inner_text()
    assert turtle.startswith("PREFIX id: <" + BASE + ">")
    assert "id:eo/14148\n    lex:revokes" in turtle
    no_horizontal_overflow(page)


def test_syntax_errors_point_at_the_mistake(wide, live_server) -> None:
    page = wide
    open_page(page, live_server.url + "/query")
    page.locator("#query").fill("SELECT ?x WHERE { ?x ?p ?o FILTER(?x = ) }\n")
    run(page)
    status = page.locator("#status")
    expect(status).to_have_class("q-status error")
    expect(status).to_contain_text("line 1, column 28")  # not "2:1", the end of the text
    expect(page.locator("#views")).to_be_hidden()  # no view switch without an answer
