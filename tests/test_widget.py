"""<lexgraph-lineage> in a real browser: Debian's Chromium (Playwright as the driver), a live
lexgraph server, and a host page on another origin embedding the widget from the server.

Screenshots are written to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.browser import (
    ARTIFACTS,
    LOCALE,
    TIMEZONE,
    HostPages,
    in_ci,
    photograph,
    widget_page,
)
from tests.conftest import BASE, LiveServer, free_port, start_server, stop_server
from tests.test_widget_model import CASES, case_names

try:
    from playwright.sync_api import Browser, Page, expect
except ImportError:  # a developer machine without the test extra; under CI this is a failure
    if in_ci():
        raise
    pytest.skip("pip install -e '.[test]' for the widget tests (playwright)", allow_module_level=True)

W = "lexgraph-lineage"  # Playwright's CSS selectors pierce the open shadow root
CANONICAL_ORDER = [
    "strategy/2011-toc", "org/tmwg", "eo/13773", "eo/14060", "org/usctoc-strategic-division", "org/usctoc",
    "eo/14148",
]
QUOTE_S3 = "section 3 of Executive Order 13773 is hereby revoked"
_counter = itertools.count()


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def host() -> Iterator[HostPages]:
    pages = HostPages()
    yield pages
    pages.close()


class Session:
    """One browser page; collects uncaught errors and API requests."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("request", lambda req: self.requests.append(req.url) if "/api/" in req.url else None)
        page.on("dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))

    def open(self, host: HostPages, server: str, **attrs: str) -> Page:
        attrs.setdefault("endpoint", server)
        url = host.add(f"/page-{next(_counter)}.html", widget_page(server, attrs))
        self.page.goto(url)
        return self.page

    def ready(self) -> None:
        expect(self.page.locator(f"{W} .root")).to_have_attribute("data-state", "ready")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        photograph(self.page, ARTIFACTS / f"widget-{name}.png", full_page=True)


def _session(browser: Browser, width: int) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": width, "height": 900}, timezone_id=TIMEZONE, locale=LOCALE)
    session = Session(context.new_page())
    yield session
    context.close()
    assert session.errors == [], f"uncaught errors in the page: {session.errors}"


@pytest.fixture
def ui(browser: Browser) -> Iterator[Session]:
    yield from _session(browser, 1280)


@pytest.fixture
def narrow(browser: Browser) -> Iterator[Session]:
    yield from _session(browser, 320)


def node(iri_id: str) -> str:
    return f'{W} .node[data-node="{BASE}{iri_id}"]'


# ---------------------------------------------------------------- the canonical lineage


def test_canonical_lineage_in_date_order_with_edge_labels_and_status_colours(ui, host, any_live_server) -> None:
    page = ui.open(host, any_live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    # Left to right by date; nodes of one date share a column.
    xs = [page.locator(node(n)).locator(".shape").first.evaluate("e => e.getBBox().x") for n in CANONICAL_ORDER]
    assert xs == sorted(xs)
    assert xs[0] == xs[1] and xs[3] == xs[4] == xs[5]
    assert xs[1] < xs[2] < xs[3] < xs[6]
    ids = page.locator(f"{W} .node").evaluate_all("els => els.map(e => e.dataset.node)")
    assert ids == [BASE + n for n in CANONICAL_ORDER]
    # The time axis names the dates.
    axis = page.locator(f"{W} .axis text").all_text_contents()
    assert axis == ["July 25, 2011", "Feb. 9, 2017", "Dec. 15, 2021", "Jan. 20, 2025"]
    # Edge labels (litigator view).
    labels = sorted(page.locator(f"{W} .edge .label").all_text_contents())
    assert labels == sorted(["establishes", "directs", "establishes", "establishes", "revokes § 3", "replaces", "revokes"])
    # Node kinds are drawn differently and say what they are.
    assert page.locator(node("eo/13773")).get_attribute("data-kind") == "order"
    assert page.locator(node("strategy/2011-toc")).get_attribute("data-kind") == "strategy"
    assert page.locator(node("org/tmwg")).get_attribute("data-kind") == "body"
    assert page.locator(node("eo/13773")).locator(".badge").text_content() == "ORDER"
    # Status on 2022-03-01: written in the node and coloured, with a legend.
    expected = {
        "eo/13773": ("partially_revoked", "partially revoked", "rgb(255, 243, 209)"),
        "eo/14060": ("in_force", "in force", "rgb(231, 245, 234)"),
        "org/tmwg": ("replaced", "replaced", "rgb(239, 231, 250)"),
        "eo/14148": ("not_yet_issued", "not yet issued", "rgb(242, 243, 245)"),
    }
    for n, (status, text, fill) in expected.items():
        loc = page.locator(node(n))
        assert loc.get_attribute("data-status") == status
        assert loc.locator("[data-role=status]").text_content() == text
        assert loc.locator(".shape").first.evaluate("e => getComputedStyle(e).fill") == fill
    legend = page.locator(f"{W} .key").inner_text()
    for text in ("in force", "partially revoked", "replaced", "not yet issued", "Executive order", "Interagency body"):
        assert text in legend
    # The centre node is marked for assistive technology; heading names it.
    assert page.locator(node("eo/14060")).get_attribute("aria-current") == "true"
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 14060")
    ui.shot("canonical-1280")


def test_hover_and_focus_on_an_edge_show_its_evidence(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    evidence = page.locator(f"{W} [data-role=evidence]")
    expect(evidence).not_to_contain_text(QUOTE_S3)
    page.locator(f"{W} .edge[data-type=revokes_in_part] .label").hover()
    expect(evidence.locator("[data-role=quote]")).to_contain_text(QUOTE_S3)
    expect(evidence.locator("[data-role=pinpoint]")).to_contain_text("EO 14060 § 3(a)(i)")
    expect(evidence).to_contain_text("Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 20, 2021)")
    ui.shot("evidence-hover")
    # Keyboard: Tab reaches edges; focus shows the evidence too.
    page.locator(f"{W} .edge[data-type=revokes]").focus()
    expect(evidence.locator("[data-role=pinpoint]")).to_contain_text("EO 14148 § 2(ss)")
    expect(evidence.locator("[data-role=quote]")).to_contain_text("(ss) Executive Order 14060 of December 15, 2021")
    label = page.locator(f"{W} .edge[data-type=revokes_in_part]").get_attribute("aria-label")
    assert "EO 14060 revokes § 3 of EO 13773" in label


def test_click_on_a_node_recentres_and_emits_navigate(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    page.locator(node("eo/13773")).locator(".shape").first.click()
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 13773")
    assert page.locator(W).get_attribute("node") == BASE + "eo/13773"
    ui.ready()
    assert page.locator(node("eo/13773")).get_attribute("aria-current") == "true"
    events = page.evaluate("window.widgetEvents.filter(e => e.type === 'lexgraph-navigate')")
    assert events == [{"type": "lexgraph-navigate",
                       "detail": {"node": BASE + "eo/13773", "label": "EO 13773", "from": BASE + "eo/14060"}}]
    # Keyboard: focus a node, press Enter.
    page.locator(node("org/tmwg")).focus()
    page.keyboard.press("Enter")
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of Threat Mitigation Working Group")
    ui.ready()
    # Focus follows the re-centred node, so keyboard users keep their place.
    assert page.evaluate("document.querySelector('lexgraph-lineage').shadowRoot.activeElement?.dataset.node") == BASE + "org/tmwg"
    # A host page can take over navigation by cancelling the event.
    page.evaluate("document.addEventListener('lexgraph-navigate', e => e.preventDefault(), {once: true})")
    page.locator(node("eo/14060")).focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of Threat Mitigation Working Group")


def test_reader_views_change_what_is_shown(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01", view="litigator")
    ui.ready()
    details = page.locator(f"{W} [data-role=details]")
    # Litigator: Bluebook citations, pinpoints, the revocation chain.
    expect(details).to_contain_text("Exec. Order No. 13,773, 82 Fed. Reg. 10,691 (Feb. 14, 2017)")
    expect(details.locator("[data-role=chain]")).to_contain_text("EO 14060 revokes § 3 of EO 13773 — EO 14060 § 3(a)(i)")
    expect(details).not_to_contain_text("https://w3id.org/")
    # Researcher, by the in-widget toggle: IRIs, edge types, a SPARQL link that works.
    page.locator(f"{W} .views label", has_text="Researcher").click()
    assert page.locator(W).get_attribute("view") == "researcher"
    expect(details).to_contain_text(BASE + "eo/13773")
    expect(details).to_contain_text("revokes_in_part")
    assert "lex:revokes § 3" in page.locator(f"{W} .edge .label").all_text_contents()  # the property, not snake case
    link = page.locator(f"{W} a[data-role=sparql]")
    expect(link).to_have_text("Show SPARQL")
    href = link.get_attribute("href")
    assert href.startswith(live_server.url + "/query?query=")  # the query page, not a download of results
    query = parse_qs(urlsplit(href).query)["query"][0]
    rows = httpx.get(live_server.url + "/sparql", params={"query": query},
                     headers={"Accept": "application/sparql-results+json"}, timeout=30).json()["results"]["bindings"]
    assert {r["type"]["value"].rsplit("#", 1)[1] for r in rows} == {"establishes", "directs", "revokes", "replaces"}
    assert len(rows) == 7
    ui.shot("view-researcher")
    # General, by attribute: plain words, no Bluebook, no IRIs.
    page.locator(W).evaluate("el => el.setAttribute('view', 'general')")
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of Executive Order 14060")
    expect(page.locator(node("eo/13773")).locator(".name")).to_have_text("Executive Order 13773")
    assert "revoked section 3" in page.locator(f"{W} .edge .label").all_text_contents()  # no dangling "of"
    expect(details).to_contain_text("Executive Order 14060 revoked section 3 of Executive Order 13773 on December 15, 2021.")
    expect(details).not_to_contain_text("Exec. Order No.")
    expect(details).not_to_contain_text("https://w3id.org/")
    assert page.locator(f"{W} .views input[value=general]").is_checked()
    # A view change re-renders without asking the server again.
    assert sum("/api/lineage" in u for u in ui.requests) == 1
    ui.shot("view-general")


def test_date_control_shows_the_state_on_that_date(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2019-01-01")
    ui.ready()
    eo13773 = page.locator(node("eo/13773"))
    assert eo13773.get_attribute("data-status") == "in_force"
    assert page.locator(node("eo/14060")).get_attribute("data-status") == "not_yet_issued"
    date = page.locator(f"{W} input[type=date]")
    expect(date).to_have_value("2019-01-01")
    date.fill("2022-03-01")
    expect(page.locator(node("eo/13773"))).to_have_attribute("data-status", "partially_revoked")
    expect(page.locator(node("eo/13773")).locator("[data-role=status]")).to_have_text("partially revoked")
    assert page.locator(W).get_attribute("on") == "2022-03-01"
    expect(page.locator(node("org/tmwg"))).to_have_attribute("data-status", "replaced")
    assert any("on=2022-03-01" in u for u in ui.requests)


def test_a_reload_revalidates_the_lineage_and_gets_304(ui, host, live_server) -> None:
    """The widget's fetch uses the browser's HTTP cache: a second load of the same lineage sends
    If-None-Match by itself and the server answers 304 (counted in /healthz), not the body again."""
    page = ui.open(host, live_server.url, node="EO 13768")
    ui.ready()
    before = httpx.get(live_server.url + "/healthz").json()["not_modified"]
    page.reload()
    ui.ready()
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 13768")
    after = httpx.get(live_server.url + "/healthz").json()["not_modified"]
    assert after >= before + 2  # /api/edge-types and /api/lineage revalidated


# ---------------------------------------------------------------- errors and hostile input


def test_unknown_node_shows_the_candidates(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 99999")
    error = page.locator(f"{W} [data-error=notfound]")
    expect(error).to_contain_text("No node matches “EO 99999”.")
    expect(error.locator("button[data-candidate]").first).to_be_visible()
    candidates = error.locator("button[data-candidate]").all_text_contents()
    assert "EO 13993" in candidates
    assert page.evaluate("window.widgetEvents.map(e => e.type)") == ["lexgraph-error"]
    ui.shot("unknown-node")
    error.locator("button[data-candidate]", has_text="EO 13993").first.click()
    ui.ready()
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 13993")


def test_server_down_shows_a_message_not_a_blank_box(ui, host, live_server) -> None:
    dead = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    page = ui.open(host, live_server.url, node="EO 14060", endpoint=dead)
    error = page.locator(f"{W} [data-error=network]")
    expect(error).to_contain_text(f"Could not reach the lexgraph server at {dead}")
    expect(error.locator("button[data-retry]")).to_be_visible()
    ui.shot("server-down")
    # Pointing it at a live server recovers.
    page.locator(W).evaluate(f"el => el.setAttribute('endpoint', '{live_server.url}')")
    ui.ready()


@pytest.fixture(scope="module")
def markup_server(hostile_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A real server on the session's store whose curated labels and quotes hold markup
    (tests/conftest.py: HOSTILE_TOML)."""
    server = start_server(hostile_root, tmp_path_factory.mktemp("markup-server") / "server.log", "--workers", "1")
    yield server
    stop_server(server)


def test_markup_in_labels_and_quotes_renders_as_text(ui, host, markup_server) -> None:
    page = ui.open(host, markup_server.url, node="EO 14060", on="2022-03-01", view="researcher")
    ui.ready()
    task_force = page.locator(node("org/markup-test"))
    assert task_force.get_attribute("aria-label").startswith("<b>bold</b> Task Force <img")
    expect(page.locator(f"{W} [data-role=details]")).to_contain_text('<b>bold</b> Task Force <img src=x onerror="window.pwned=1">')
    page.locator(f'{W} .edge[data-type=establishes][aria-label*="Task Force"]').focus()
    expect(page.locator(f"{W} [data-role=quote]")).to_contain_text("A test <script>window.pwned = 2</script> quote with <i>markup</i>.")
    counts = page.evaluate("""() => {
        const root = document.querySelector('lexgraph-lineage').shadowRoot;
        return { b: root.querySelectorAll('b').length, img: root.querySelectorAll('img').length,
                 script: root.querySelectorAll('script').length, i: root.querySelectorAll('i').length,
                 pwned: window.pwned === undefined ? null : window.pwned };
    }""")
    assert counts == {"b": 0, "img": 0, "script": 0, "i": 0, "pwned": None}
    ui.shot("markup-as-text")


# ---------------------------------------------------------------- layout, isolation, custom-element habits


def test_readable_at_320px_without_overflowing_its_container(narrow, host, live_server) -> None:
    page = narrow.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    narrow.ready()
    sizes = page.evaluate("""() => {
        const el = document.querySelector('lexgraph-lineage');
        const root = el.shadowRoot.querySelector('.root');
        const scroller = el.shadowRoot.querySelector('.scroller');
        return { doc: document.documentElement.scrollWidth, right: el.getBoundingClientRect().right,
                 hostScroll: el.scrollWidth, hostClient: el.clientWidth,
                 rootScroll: root.scrollWidth, rootClient: root.clientWidth,
                 scrollerScroll: scroller.scrollWidth, scrollerClient: scroller.clientWidth,
                 overflowX: getComputedStyle(scroller).overflowX };
    }""")
    assert sizes["doc"] <= 320 and sizes["right"] <= 320
    assert sizes["hostScroll"] <= sizes["hostClient"]
    assert sizes["rootScroll"] <= sizes["rootClient"]
    # The graph is wider than a phone: it scrolls inside the widget.
    assert sizes["scrollerScroll"] > sizes["scrollerClient"] and sizes["overflowX"] == "auto"
    # The centre node is scrolled into view.
    box = page.locator(node("eo/14060")).locator(".shape").first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
    narrow.shot("narrow-320")


def test_shadow_dom_isolates_the_widget_from_host_css_and_back(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    # Host CSS hides svg/text/table and sets fonts; none of it reaches the widget.
    assert page.locator(f"{W} svg.graph").is_visible()
    assert page.locator(node("eo/13773")).is_visible()
    assert page.locator(f"{W} table").is_visible()
    style = page.locator(f"{W} h2").evaluate(
        "e => [getComputedStyle(e).color, getComputedStyle(e).textTransform, getComputedStyle(e).letterSpacing]")
    assert style == ["rgb(31, 36, 48)", "none", "normal"]
    # The widget's styles stay inside it.
    assert page.locator("#host-heading").evaluate("e => getComputedStyle(e).color") == "rgb(255, 0, 0)"


def test_custom_element_habits(ui, host, live_server) -> None:
    page = ui.page
    # Fallback content is readable before (here: without) the script.
    url = host.add("/no-script.html", widget_page(live_server.url, {"node": "EO 14060"}, script=False,
                                                  fallback="Lineage of EO 14060 (needs JavaScript)"))
    page.goto(url)
    expect(page.locator("#fallback")).to_have_text("Lineage of EO 14060 (needs JavaScript)")
    expect(page.locator("#fallback")).to_be_visible()
    # Registration ran twice (two module URLs) without an error; the fallback is replaced.
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    assert page.evaluate("customElements.get('lexgraph-lineage') === window.LexgraphLineageElement")
    expect(page.locator("#fallback")).to_be_hidden()
    # Several attribute changes in one task -> one request and one render.
    before = len(ui.requests)
    page.locator(W).evaluate("""el => {
        el.setAttribute('node', 'EO 13773'); el.setAttribute('on', '2025-02-01');
        el.setAttribute('view', 'researcher'); el.node = 'EO 13768';
    }""")
    ui.ready()
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 13768")
    page.wait_for_timeout(200)
    new = ui.requests[before:]
    assert len(new) == 1 and "id=EO+13768" in new[0] and "on=2025-02-01" in new[0]
    # Removing the element cleans up: a request in flight is aborted, nothing throws.
    page.locator(W).evaluate("el => { el.setAttribute('node', 'EO 14060'); queueMicrotask(() => el.remove()); }")
    page.wait_for_timeout(300)
    assert page.evaluate("window.widgetEvents.filter(e => e.type === 'lexgraph-load').length") == 2
    # Re-attached, it renders again.
    page.evaluate("document.getElementById('box').append(Object.assign(document.createElement('lexgraph-lineage'), {id: 'w2'}))")
    page.evaluate(f"() => {{ const el = document.getElementById('w2'); el.endpoint = '{live_server.url}'; el.node = 'USCTOC'; }}")
    expect(page.locator("#w2 h2")).to_have_text("Lineage of United States Council on Transnational Organized Crime")


def test_demo_page_is_served_and_renders(ui, live_server) -> None:
    page = ui.page
    page.goto(live_server.url + "/widget/demo.html")
    ui.ready()
    expect(page.locator(f"{W} h2")).to_have_text("Lineage of EO 14060")
    assert page.locator(f"{W} .node").count() == 7
    ARTIFACTS.mkdir(exist_ok=True)
    photograph(page.locator(W), ARTIFACTS / "widget-demo.png")


def test_readme_embeds_the_widget_as_served() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    section = readme.split("## Lineage widget", 1)[1]
    assert '<script type="module" src="' in section and "/widget/lexgraph-lineage.js" in section
    assert "<lexgraph-lineage" in section
    assert "server/static/widget/screenshot.png" in section
    assert (Path(__file__).resolve().parent.parent / "server/static/widget/screenshot.png").is_file()


def test_keyboard_reaches_nodes_then_edges_with_a_visible_focus_ring(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    for sel in (f"{W} .node", f"{W} .edge"):
        attrs = page.locator(sel).evaluate_all("els => els.map(e => [e.getAttribute('tabindex'), !!e.getAttribute('aria-label')])")
        assert attrs and all(a == ["0", True] for a in attrs)
    page.locator(f"{W} input[type=date]").focus()
    active = "() => document.querySelector('lexgraph-lineage').shadowRoot.activeElement"
    for _ in range(6):  # through the date field's month, day and year parts, into the graph
        page.keyboard.press("Tab")
        if page.evaluate(f"() => ({active})()?.classList.contains('node')"):
            break
    assert page.evaluate(f"() => ({active})().dataset.node") == BASE + "strategy/2011-toc"
    ring = page.locator(node("strategy/2011-toc")).locator(".focus-ring")
    assert ring.evaluate("e => [getComputedStyle(e).visibility, getComputedStyle(e).stroke]") == ["visible", "rgb(232, 163, 23)"]
    for _ in range(7):  # past the seven nodes, on to the first edge
        page.keyboard.press("Tab")
    assert page.evaluate(f"() => ({active})().classList.contains('edge')")
    page.keyboard.press("Enter")
    expect(page.locator(f"{W} [data-role=quote]")).to_be_visible()
    ui.shot("keyboard-focus")


def test_arrow_keys_walk_the_nodes_in_date_order(ui, host, live_server) -> None:
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01")
    ui.ready()
    active = "() => document.querySelector('lexgraph-lineage').shadowRoot.activeElement?.dataset.node"
    page.locator(node("strategy/2011-toc")).focus()
    page.keyboard.press("ArrowRight")
    assert page.evaluate(active) == BASE + "org/tmwg"
    page.keyboard.press("ArrowRight")
    assert page.evaluate(active) == BASE + "eo/13773"
    page.keyboard.press("ArrowLeft")
    assert page.evaluate(active) == BASE + "org/tmwg"
    page.keyboard.press("End")
    assert page.evaluate(active) == BASE + "eo/14148"
    page.keyboard.press("Home")
    assert page.evaluate(active) == BASE + "strategy/2011-toc"
    page.keyboard.press("ArrowLeft")  # stays on the first node
    assert page.evaluate(active) == BASE + "strategy/2011-toc"


def test_query_page_runs_a_query_and_shows_a_table(ui, any_live_server) -> None:
    """The endpoint's own query page: examples from the canned queries, results as a table."""
    page = ui.page
    page.goto(any_live_server.url + "/query")
    examples = page.locator("#examples option")
    expect(examples.filter(has_text="Lineage of an instrument or body")).to_have_count(1)
    page.select_option("#examples", "revocations")
    expect(page.locator("#query")).to_have_value(re.compile(r"rdf:predicate lex:revokes"))
    page.fill("#query", "PREFIX lex: <https://w3id.org/lexgraph/ns#>\n"
              "SELECT ?revoker WHERE { ?revoker lex:revokesInPart <" + BASE + "eo/13773> }")
    page.click("button[type=submit]")
    expect(page.locator("#results td")).to_have_text(["1", "id:eo/14060"])  # row number, prefixed IRI
    assert page.locator("#results td a").get_attribute("title") == BASE + "eo/14060"
    expect(page.locator("#status")).to_contain_text("1 row in")
    page.fill("#query", "SELEC nope")
    page.click("button[type=submit]")
    expect(page.locator("#status")).to_contain_text("400")
    expect(page.locator("#results td")).to_have_count(0)  # no stale answer under the error
    ARTIFACTS.mkdir(exist_ok=True)
    photograph(page, ARTIFACTS / "query-page.png", full_page=True)


def test_edge_words_come_from_the_servers_edge_type_table(ui, host, live_server) -> None:
    """The widget keeps no copy of the edge types: change the table the API serves and the drawn
    words and styles change with it."""
    def altered(route) -> None:
        body = httpx.get(live_server.url + "/api/edge-types").json()
        for row in body["edge_types"]:
            if row["name"] == "establishes":
                row["present"], row["style"] = "brings into being", "amends"
        route.fulfill(json=body, headers={"Access-Control-Allow-Origin": "*"})

    ui.page.route("**/api/edge-types", altered)
    page = ui.open(host, live_server.url, node="EO 14060", on="2022-03-01", view="litigator")
    ui.ready()
    labels = page.locator(f"{W} .edge .label").all_text_contents()
    assert labels.count("brings into being") == 3 and "establishes" not in labels
    assert page.locator(f"{W} .edge-line.amends").count() == 3
    assert any("/api/edge-types" in url for url in ui.requests)


# ---------------------------------------------------------------- the pure model, in the browser

RUN_MODEL_CASES = """async ([modelUrl, casesSource, typesUrl]) => {
    const model = await import(modelUrl);
    const types = model.edgeTypeTable(await (await fetch(typesUrl)).json());
    const casesUrl = URL.createObjectURL(new Blob([casesSource], { type: "text/javascript" }));
    const { cases, check } = await import(casesUrl);
    const results = [];
    for (const [name, run] of Object.entries(cases)) {
        try { run(model, check, types); results.push([name, null]); }
        catch (error) { results.push([name, String(error && error.message || error)]); }
    }
    return results;
}"""


def test_lineage_model_cases_in_chromium(browser, host, live_server) -> None:
    """tests/js/lineage-model-cases.mjs against lineage-model.js as served, imported from a page on
    another origin (as an embedding page would), in a time zone east of UTC."""
    context = browser.new_context(timezone_id="Asia/Tokyo", locale=LOCALE)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(host.add("/model.html", "<!doctype html><title>lineage-model</title>"))
        results = page.evaluate(RUN_MODEL_CASES, [live_server.url + "/widget/lineage-model.js", CASES.read_text(),
                                                      live_server.url + "/api/edge-types"])
    finally:
        context.close()
    failures = {name: error for name, error in results if error}
    assert failures == {} and errors == []
    assert sorted(name for name, _ in results) == sorted(case_names())
