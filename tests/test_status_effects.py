"""Status effects beyond revocation, on a real store built from data/ plus a test-only curated
file of fictional orders (eo/99xxx, never shipped): supersession whole and in part,
reinstatement after revocation, and the edge-type table reaching status, lineage and authority."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import URIRef

from graph.store import GraphStore
from queries.authority import authority
from queries.lineage import lineage
from queries.status import status
from tests.conftest import build_store_with, iri

FIXTURE = """
[[source]]
id = "source/test-fixture"
title = "Test fixture (fictional orders, not legal data)"

[[instrument]]
id = "eo/99001"
type = "ExecutiveOrder"
eo_number = 99001
title = "Fictional order A"
signed = 2001-01-10
sources = ["source/test-fixture"]

[[instrument]]
id = "eo/99002"
type = "ExecutiveOrder"
eo_number = 99002
title = "Fictional order B"
signed = 2002-02-20
sources = ["source/test-fixture"]

[[instrument]]
id = "eo/99003"
type = "ExecutiveOrder"
eo_number = 99003
title = "Fictional order C"
signed = 2003-03-30
sources = ["source/test-fixture"]

[[instrument]]
id = "eo/99004"
type = "ExecutiveOrder"
eo_number = 99004
title = "Fictional order D"
signed = 2004-04-04
sources = ["source/test-fixture"]

[[section]]
id = "eo/99001/sec/2"
sources = ["source/test-fixture"]

[[edge]]
subject = "eo/99002"
type = "supersedes"
object = "eo/99001/sec/2"
section = "1"
quote = "Section 2 of Executive Order 99001 is superseded."
source = "source/test-fixture"

[[edge]]
subject = "eo/99003"
type = "revokes"
object = "eo/99002"
section = "4"
quote = "Executive Order 99002 is revoked."
source = "source/test-fixture"

[[edge]]
subject = "eo/99004"
type = "reinstates"
object = "eo/99002"
section = "1"
quote = "Executive Order 99002 is reinstated."
source = "source/test-fixture"

[[edge]]
subject = "eo/99004"
type = "supersedes_in_part"
object = "eo/99003"
section = "2"
quote = "Executive Order 99003 is superseded to the extent inconsistent with this order."
source = "source/test-fixture"
"""


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> GraphStore:
    return GraphStore.open(build_store_with(tmp_path_factory.mktemp("effects"), FIXTURE, "test-effects"))


def _status(store, node_id, day):
    return status(store, URIRef(iri(node_id)), dt.date.fromisoformat(day))


@pytest.mark.parametrize("node_id, day, expected", [
    ("eo/99001", "2002-01-01", "in_force"),
    ("eo/99001", "2002-03-01", "partially_superseded"),
    ("eo/99001/sec/2", "2002-03-01", "superseded"),
    ("eo/99002", "2003-04-01", "revoked"),
    ("eo/99002", "2004-05-01", "in_force"),  # reinstated: a source says so
    ("eo/99003", "2004-05-01", "partially_superseded"),
])
def test_status_effects(fx, node_id, day, expected):
    assert _status(fx, node_id, day).status == expected


def test_partial_supersession_names_the_section_and_the_proof(fx):
    result = _status(fx, "eo/99001", "2002-03-01")
    assert result.superseded_sections == ["2"]
    (by,) = result.superseded_by
    assert by["id"] == iri("eo/99002") and by["type"] == "supersedes" and "superseded" in by["quote"]


def test_reinstatement_is_reported_with_the_revocation(fx):
    result = _status(fx, "eo/99002", "2004-05-01")
    assert [r["id"] for r in result.revoked_by] == [iri("eo/99003")]
    assert [r["id"] for r in result.reinstated_by] == [iri("eo/99004")]
    assert any("Reinstated" in n for n in result.notes)


def test_in_part_without_a_section_says_the_source_does_not_say_which(fx):
    result = _status(fx, "eo/99003", "2004-05-01")
    assert result.superseded_sections == []
    assert any("does not say which provisions" in n for n in result.notes)


def test_new_types_reach_lineage_and_authority(fx):
    types = {e.type for e in lineage(fx, URIRef(iri("eo/99002"))).edges}
    assert {"supersedes_in_part", "revokes", "reinstates"} <= types
    branches = authority(fx, URIRef(iri("eo/99004"))).branches
    assert {i["type"] for i in branches["revokes"]["items"]} == {"reinstates", "supersedes_in_part"}
