"""The web front door in a real browser (Debian's Chromium, Playwright as the driver) against a
live lexgraph server: a new user's path from `/` to an order's status with its proof, the API docs
and the ontology, each page photographed at 1280 px and 320 px (tests/artifacts/, git-ignored)
and checked for horizontal overflow at 320 px.

The flow is a list of steps on one `Visit`; further steps (the query page reached from the
widget's "Show SPARQL", a result IRI followed to its page) can be added as methods and tests here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.browser import ARTIFACTS, LOCALE, TIMEZONE, in_ci, photograph
from tests.conftest import LiveServer

try:
    from playwright.sync_api import Browser, Page, expect
except ImportError:  # a developer machine without the test extra; under CI this is a failure
    if in_ci():
        raise
    pytest.skip("pip install -e '.[test]' for the browser tests (playwright)", allow_module_level=True)

WIDTHS = (1280, 320)


class Visit:
    """One browser tab at one width on the live server; collects uncaught page errors."""

    def __init__(self, browser: Browser, server: LiveServer, width: int) -> None:
        self.server, self.width = server, width
        self.context = browser.new_context(viewport={"width": width, "height": 900}, timezone_id=TIMEZONE,
                                           locale=LOCALE)
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.allow_404 = False  # an HTML 404 page is itself a failed load in the console
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", self._console)

        self.page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.errors.append(message.text)  # failed loads are reported with their URL below

    def _response(self, response) -> None:
        if response.status >= 400 and not (self.allow_404 and response.status == 404):
            self.errors.append(f"{response.status} {response.url}")

    def open(self, path: str) -> Page:
        self.page.goto(self.server.url + path)
        return self.page

    def check(self, name: str) -> None:
        """Screenshot the page, and at a narrow width assert nothing makes it scroll sideways."""
        ARTIFACTS.mkdir(exist_ok=True)
        photograph(self.page, ARTIFACTS / f"front-{name}-{self.width}.png", full_page=True)
        if self.width <= 320:
            scroll, inner = self.page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"{name} at {self.width} px is {scroll} px wide"

    # ------------------------------------------------------------ steps

    def search_and_open(self, words: str, label: str) -> None:
        """Type into the landing page's search box and follow the suggestion `label`."""
        page = self.page
        page.get_by_label(re.compile("Find an order")).fill(words)
        suggestion = page.locator("#suggestions a", has_text=label).first
        expect(suggestion).to_be_visible()
        suggestion.click()

    def status_on(self, day: str) -> None:
        self.page.get_by_role("textbox", name="Status on", exact=True).fill(day)
        self.page.get_by_role("button", name="Show", exact=True).click()
        expect(self.page).to_have_url(re.compile(rf"on={day}"))

    def close(self) -> None:
        self.context.close()
        assert self.errors == [], f"errors in the page: {self.errors}"


@pytest.fixture(params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def visit(request, browser: Browser, live_server: LiveServer) -> Iterator[Visit]:
    v = Visit(browser, live_server, request.param)
    yield v
    v.close()


def test_from_search_to_status_with_proof(visit: Visit) -> None:
    page = visit.open("/")
    expect(page.get_by_role("navigation", name="Site")).to_be_visible()
    expect(page.locator("main h1")).to_be_visible()
    expect(page.locator("lexgraph-lineage .root")).to_have_attribute("data-state", "ready")
    expect(page.locator("lexgraph-lineage .node")).to_have_count(7)  # the canonical lineage, drawn live
    expect(page.get_by_text(re.compile(r"Build \S+"))).not_to_have_count(0)
    visit.check("home")

    visit.search_and_open("council on transnational", "EO 14060")
    expect(page).to_have_url(re.compile(r"/id/eo/14060$"))
    expect(page.locator("h1")).to_have_text("EO 14060")
    expect(page.locator("#cite")).to_have_text("Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)")
    visit.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=visit.server.url)
    page.get_by_role("button", name="Copy cite").click()
    expect(page.locator("#cite-status")).to_have_text("Copied.")
    assert page.evaluate("navigator.clipboard.readText()") == page.locator("#cite").text_content().strip()

    visit.status_on("2025-02-01")
    expect(page.locator("#status-line")).to_contain_text("EO 14060 on 2025-02-01: revoked")
    proof = page.locator("#proof")
    expect(proof).to_contain_text("Revoked by EO 14148 § 2(ss) on 2025-01-20")
    expect(proof).to_contain_text("Executive Order 14060 of December 15, 2021")
    expect(proof.get_by_role("link", name="EO 14148")).to_have_attribute("href", "/id/eo/14148")
    expect(page.locator("lexgraph-lineage .root")).to_have_attribute("data-state", "ready")
    expect(page.locator("#lineage-list li")).not_to_have_count(0)
    visit.check("eo-14060")


def test_in_force_status_has_its_proof_too(visit: Visit) -> None:
    page = visit.open("/id/eo/14060")
    visit.status_on("2022-03-01")
    expect(page.locator("#status-line")).to_contain_text("in force")
    expect(page.locator("#proof")).to_contain_text("Signed 2021-12-15; published at 86 FR 71793")
    expect(page.locator("#proof")).to_contain_text("No revocation or amendment on or before 2022-03-01")
    expect(page.locator("#later")).to_contain_text("revoked")


def test_api_docs_render_every_operation(visit: Visit) -> None:
    page = visit.open("/docs")
    operations = page.locator(".opblock")
    expect(operations.first).to_be_visible(timeout=15_000)
    assert operations.count() >= 10
    expect(page.locator(".opblock-summary-path", has_text="/api/status").first).to_be_visible()
    expect(page.get_by_text("Unable to render")).to_have_count(0)
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("lexgraph")
    visit.check("docs")


def test_ontology_is_documented(visit: Visit) -> None:
    page = visit.open("/ontology")
    expect(page.locator("h1")).to_have_text("lexgraph vocabulary")
    term = page.locator("#ExecutiveOrder")
    expect(term).to_contain_text("executive order")
    page.locator("nav[aria-label=Terms]").get_by_role("link", name="lex:revokes", exact=True).click()
    expect(page).to_have_url(re.compile(r"#revokes$"))
    expect(page.locator("#revokes")).to_contain_text("Subproperty of")
    visit.check("ontology")


def test_not_found_page_suggests(visit: Visit) -> None:
    visit.allow_404 = True
    page = visit.open("/id/eo/1406")
    expect(page.locator("h1")).to_have_text("Not found")
    expect(page.get_by_role("search")).to_be_visible()
    visit.check("not-found")


@pytest.mark.parametrize("path", ["/id/eo/", "/id/eo/?president=barack-obama", "/id/org/tmwg", "/dumps", "/query"])
def test_every_page_has_the_layout_and_fits(visit: Visit, path: str) -> None:
    page = visit.open(path)
    expect(page.get_by_role("navigation", name="Site")).to_be_visible()
    expect(page.get_by_role("main")).to_be_visible()
    expect(page.get_by_role("contentinfo")).to_be_visible()
    visit.check(re.sub(r"[^a-z0-9]+", "-", path).strip("-"))


def test_keyboard_reaches_skip_link_search_and_suggestions_with_a_visible_focus(visit: Visit) -> None:
    page = visit.open("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))
    search = page.get_by_label(re.compile("Find an order"))
    search.focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none"), outline
    search.press_sequentially("usctoc", delay=20)
    expect(page.locator("#suggestions a").first).to_be_visible()
    search.press("ArrowDown")
    first = page.locator("#suggestions a").first
    expect(first).to_be_focused()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/id/org/usctoc$"))
