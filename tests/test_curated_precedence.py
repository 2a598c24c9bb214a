"""After the seeds and the Federal Register fixtures are loaded, curated and extracted evidence for
one edge show as one edge."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from rdflib import URIRef

from graph.store import GraphStore
from queries.lineage import lineage
from queries.status import status
from tests.conftest import iri


@pytest.fixture(scope="module")
def loaded(loaded_store) -> GraphStore:
    return loaded_store


def test_lineage_has_each_edge_once_led_by_curated_evidence(loaded):
    result = lineage(loaded, URIRef(iri("eo/14060")))
    counts = Counter((e.source, e.type, e.target, e.target_part) for e in result.edges)
    assert max(counts.values()) == 1
    assert all(e.method == "curated" for e in result.edges)
    assert any(e.corroborated_by for e in result.edges)  # the seeds confirmed some curated edges


def test_status_reports_each_revoker_once(loaded):
    result = status(loaded, URIRef(iri("eo/13773")), dt.date(2022, 3, 1))
    assert result.status == "partially_revoked"
    assert [r["id"] for r in result.revoked_by] == [iri("eo/14060")]


def test_general_commentary_reaches_the_lineage_api(loaded, loaded_root):
    from queries.catalog import get
    from tests.conftest import app_client

    notes = get("commentary").run(loaded, node=URIRef(iri("eo/14060")), audience="general")
    assert notes and all(str(n["text"]) for n in notes)
    with app_client(loaded_root, workers=1) as client:
        body = client.get("/api/lineage", params={"id": "EO 14060"}).json()
    (node,) = [n for n in body["nodes"] if n["id"] == iri("eo/14060")]
    assert any("USCTOC" in c["text"] or "Council" in c["text"] for c in node["commentary"])
    revocation = next(e for e in body["edges"] if e["type"] == "revokes_in_part")
    # The loaded FR text prints § 3(a)(i) on page 71,794: the cite is pinpointed by that page.
    assert revocation["citation"] == "Exec. Order No. 14,060, 86 Fed. Reg. 71,793, 71,794 (Dec. 20, 2021)"
    assert revocation["pinpoint"] == "§ 3(a)(i)"
