"""No stored XSS through node IRIs: HTML pages link only to local /id/ paths and http(s) IRIs.

A token holder can write any IRI — `javascript:alert(1)` is a valid IRI — through /store or
/update. Written as a section of EO 14060, it appears on that order's page; its label must be
shown as text, never inside `<a href="javascript:...">`. The widget builds one link (Show
SPARQL) and puts the node's IRI in it only when that IRI is http(s); checked in its source here
and in a real browser by tests/test_widget.py.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import httpx
import pytest

from graph.store import GraphStore
from server.linked_data import local_href
from tests.conftest import BASE, iri, start_server, stop_server

pytestmark = pytest.mark.hardening

TOKEN = "hardening-xss-token-0123456789abcdef"
HOSTILE_IRIS = {
    "javascript:alert(1)": "Script section",
    "JaVaScRiPt:alert(2)": "Mixed-case script section",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": "Data section",
    "vbscript:msgbox(1)": "VBScript section",
}
WIDGET = Path(__file__).resolve().parent.parent / "server" / "static" / "widget" / "lineage-element.js"


@pytest.fixture(scope="module")
def writable(store_root, tmp_path_factory):
    root = tmp_path_factory.mktemp("xss") / "store"
    shutil.copytree(store_root, root, symlinks=True)
    live = start_server(root, root.parent / "server.log", "--update-token", TOKEN)
    yield live
    stop_server(live)


def test_hostile_node_iris_are_never_links(writable):
    lines = [f'<{node}> eli:is_part_of <{iri("eo/14060")}> ; skos:prefLabel "{label}" .'
             for node, label in HOSTILE_IRIS.items()]
    lines.append(f'<http://example.org/fine> eli:is_part_of <{iri("eo/14060")}> ; skos:prefLabel "Fine section" .')
    turtle = ("@prefix eli: <http://data.europa.eu/eli/ontology#> .\n"
              "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + "\n".join(lines))
    put = httpx.put(writable.url + "/store", params={"graph": "http://example.org/xss"}, content=turtle,
                    headers={"Content-Type": "text/turtle", "Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert put.status_code == 201, put.text
    page = httpx.get(writable.url + "/id/eo/14060", headers={"Accept": "text/html"}).text
    sections = page.split('id="sections"', 1)[1].split("</ul>", 1)[0]  # the list the hostile parts join
    for label in HOSTILE_IRIS.values():
        assert re.search(rf'<li class="" data-section="[^"]*">{label}\s*</li>', sections), label  # shown, as text
    hrefs = re.findall(r'href="([^"]*)"', sections)
    assert hrefs and all(h.startswith(("/id/", "http://", "https://")) for h in hrefs), hrefs
    assert not re.search(r"(javascript|vbscript|data):", " ".join(re.findall(r'href="([^"]*)"', page)), re.I)
    assert '<a href="http://example.org/fine">Fine section</a>' in page  # http(s) IRIs stay links


def test_lineage_and_section_links_are_checked_in_one_place(store_root):
    store = GraphStore.open(store_root)
    assert local_href(store, iri("eo/14060")) == "/id/eo/14060"
    assert local_href(store, "https://example.org/x") == "https://example.org/x"
    for hostile in [*HOSTILE_IRIS, "urn:x", "file:///etc/passwd", BASE + "not a/valid id"]:
        assert local_href(store, hostile) is None or local_href(store, hostile).startswith("/id/"), hostile
    assert local_href(store, "javascript:alert(1)") is None


def test_the_widget_builds_links_only_from_its_http_endpoint():
    """A static audit of the widget's JavaScript: the one link it makes (Show SPARQL) points at the
    endpoint, only when the endpoint is http(s), and only puts an http(s) node IRI in its query;
    node IRIs never become hrefs (navigation sets the `node` attribute instead)."""
    sources = {path.name: path.read_text() for path in WIDGET.parent.glob("*.js")}
    hrefs = [(name, line.strip()) for name, text in sources.items() for line in text.splitlines()
             if re.search(r"\bhref\b", line) and "import.meta.url" not in line]
    assert [line for _, line in hrefs if "=" in line and "const href" in line] == [
        "const href = `${this.endpoint}/query?query=${encodeURIComponent(query)}`;"]
    assert all("location" not in line for _, line in hrefs)
    body = sources["lineage-element.js"]
    body = body[body.index("#sparqlLink(data) {"):]
    body = body[: body.index("\n  }\n")]
    assert "!/^https?:\\/\\//i.test(this.endpoint)" in body
    guard = body.index("String(data.node?.id")
    assert "/^https?:" in body[guard - 60: guard] and guard < body.index("const query")
