"""`suspends` was added as one row of graph/edge_types.py plus its ontology term; this shows it
reaching status, lineage, authority, paths, the API and the widget with nothing else changed.
Fictional test-only orders (eo/99xxx), built into a real store with the real loaders."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import httpx
import pytest
from rdflib import URIRef

from queries.authority import authority
from queries.lineage import lineage
from queries.paths import find_paths
from queries.status import status
from tests.browser import TIMEZONE, HostPages, widget_page
from tests.conftest import LiveServer, build_store_with, iri, run_cli, start_server, stop_server

FIXTURE = """
[[source]]
id = "source/test-fixture"
title = "Test fixture (fictional orders, not legal data)"

[[instrument]]
id = "eo/99011"
type = "ExecutiveOrder"
eo_number = 99011
title = "Fictional suspended order"
signed = 2010-01-10
sources = ["source/test-fixture"]

[[instrument]]
id = "eo/99012"
type = "ExecutiveOrder"
eo_number = 99012
title = "Fictional suspending order"
signed = 2011-02-20
sources = ["source/test-fixture"]

[[edge]]
subject = "eo/99012"
type = "suspends"
object = "eo/99011"
section = "1"
quote = "Executive Order 99011 is suspended."
source = "source/test-fixture"
"""


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    return build_store_with(tmp_path_factory.mktemp("suspends"), FIXTURE, "test-suspends")


@pytest.fixture(scope="module")
def server(root, tmp_path_factory) -> Iterator[LiveServer]:
    live = start_server(root, tmp_path_factory.mktemp("suspends-server") / "server.log")
    yield live
    stop_server(live)


def test_status_lineage_authority_paths(root):
    from graph.store import GraphStore

    store = GraphStore.open(root)
    node = URIRef(iri("eo/99011"))
    assert status(store, node, dt.date(2010, 6, 1)).status == "in_force"
    later = status(store, node, dt.date(2012, 1, 1))
    assert later.status == "suspended" and [r["id"] for r in later.suspended_by] == [iri("eo/99012")]
    assert [e.type for e in lineage(store, node).edges] == ["suspends"]
    branches = authority(store, URIRef(iri("eo/99012"))).branches
    assert [i["type"] for i in branches["revokes"]["items"]] == ["suspends"]
    path = find_paths(store, iri("eo/99011"), iri("eo/99012"), types=["suspends"])
    assert [s["type"] for s in path.paths[0]] == ["suspends"]


def test_cli_and_api(root, server):
    cli = run_cli("status", "EO 99011", "--on", "2012-01-01", store=root)
    assert cli.returncode == 0 and "suspended" in cli.stdout and "suspended by" in cli.stdout
    body = httpx.get(server.url + "/api/lineage", params={"id": "EO 99011", "types": "suspends"}).json()
    assert [e["type"] for e in body["edges"]] == ["suspends"]
    assert "suspends" in {row["name"] for row in httpx.get(server.url + "/api/edge-types").json()["edge_types"]}
    listed = json.loads(run_cli("edge-types", "--format", "json").stdout)
    assert any(row["name"] == "suspends" and row["effect"] == "suspends" for row in listed)


def test_widget_draws_it(server, browser):
    from playwright.sync_api import expect

    host = HostPages()
    context = browser.new_context(timezone_id=TIMEZONE)
    try:
        page = context.new_page()
        page.goto(host.add("/suspends.html", widget_page(server.url, {
            "endpoint": server.url, "node": "EO 99011", "on": "2012-01-01", "view": "litigator"})))
        expect(page.locator("lexgraph-lineage .root")).to_have_attribute("data-state", "ready")
        assert page.locator("lexgraph-lineage .edge .label").all_text_contents() == ["suspends"]
        assert page.locator("lexgraph-lineage .edge-line.suspends").count() == 1
        expect(page.locator("lexgraph-lineage [data-role=status]").first).to_have_text("suspended")
    finally:
        context.close()
        host.close()
