"""After the seeds are loaded, curated and extracted evidence for one edge show as one edge."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter

import pytest
from rdflib import URIRef

from graph.store import GraphStore
from queries.lineage import lineage
from queries.status import status
from tests.conftest import DATA, iri, run_cli


@pytest.fixture(scope="module")
def loaded(store_root, tmp_path_factory) -> GraphStore:
    root = tmp_path_factory.mktemp("loaded") / "store"
    shutil.copytree(store_root, root, symlinks=True)
    seeds = sorted(str(p) for p in (DATA / "seeds").glob("*.txt"))
    result = run_cli("load", *seeds, store=root)
    assert result.returncode == 0, result.stderr
    return GraphStore.open(root)


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
