"""Status on a date, on the real store: each case the queries issue names."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from rdflib import URIRef

from queries.status import status
from tests.conftest import iri, run_cli


def _status(store, node_id: str, day: str):
    return status(store, URIRef(iri(node_id)), dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "node_id, day, expected",
    [
        ("eo/13773", "2021-12-01", "in_force"),
        ("eo/13773", "2022-03-01", "partially_revoked"),
        ("eo/14060", "2024-06-01", "in_force"),
        ("eo/14060", "2025-02-01", "revoked"),
        ("eo/13773/sec/3", "2025-02-01", "revoked"),
        ("eo/13773/sec/2", "2025-02-01", "in_force"),
        ("eo/13768", "2020-01-01", "in_force"),
        ("eo/13768", "2021-06-01", "revoked"),
        ("org/tmwg", "2023-01-01", "replaced"),
        ("org/tmwg", "2015-01-01", "active"),
        ("org/tmwg", "2010-01-01", "not_yet_established"),
        ("eo/14060", "2021-12-14", "not_yet_issued"),
        ("eo/14060", "2021-12-15", "in_force"),  # the signing day itself
        ("org/usctoc", "2025-06-01", "basis_revoked"),
    ],
)
def test_status_on_a_date(store, node_id, day, expected):
    assert _status(store, node_id, day).status == expected


def test_partial_revocation_names_section_revoker_and_pinpoint(store):
    result = _status(store, "eo/13773", "2022-03-01")
    assert result.revoked_sections == ["3"]
    (revoker,) = result.revoked_by
    assert revoker["id"] == iri("eo/14060") and revoker["section"] == "3(a)(i)"
    assert "section 3 of Executive Order 13773 is hereby revoked" in revoker["quote"]


def test_revoking_the_revoker_does_not_revive_section_3(store):
    result = _status(store, "eo/13773/sec/3", "2025-02-01")
    assert result.status == "revoked"
    assert [r["id"] for r in result.revoked_by] == [iri("eo/14060")]
    assert any("1 U.S.C. 108" in note and "EO 14148" in note for note in result.notes)
    whole = _status(store, "eo/13773", "2025-02-01")
    assert whole.status == "partially_revoked" and whole.revoked_sections == ["3"]


def test_several_revokers_are_all_reported(store):
    result = _status(store, "eo/13993", "2025-02-01")
    assert result.status == "revoked"
    assert sorted((r["id"], r["section"]) for r in result.revoked_by) == [
        (iri("eo/14148"), "2(h)"), (iri("eo/14159"), "3(a)")
    ]


def test_tmwg_replaced_by_usctoc_with_evidence(store):
    result = _status(store, "org/tmwg", "2023-01-01")
    (replacer,) = result.replaced_by
    assert replacer["id"] == iri("org/usctoc")
    assert replacer["instrument"] == iri("eo/14060") and replacer["section"] == "3(a)(i)"


def test_status_cli_json_has_the_documented_keys(store_root):
    result = run_cli("status", "EO 14060", "--on", "2025-02-01", "--format", "json", store=store_root)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"id", "status", "on", "revoked_by", "revoked_sections", "evidence"} <= set(data)
    assert data["status"] == "revoked" and data["revoked_by"][0]["label"] == "EO 14148"


def test_status_cli_refuses_a_bad_date(store_root):
    result = run_cli("status", "EO 14060", "--on", "2025-13-01", store=store_root)
    assert result.returncode == 1 and "2025-13-01" in result.stderr


@pytest.mark.parametrize("node_id", ["usc/8/1373", "office/attorney-general", "statute/privacy-act"])
def test_status_of_what_lexgraph_does_not_track_is_not_claimed(store, node_id):
    result = _status(store, node_id, "2025-02-01")
    assert result.status == "not_tracked" and result.notes


def test_amendments_are_reported_from_their_date(store):
    before = _status(store, "eo/13581", "2018-01-01")
    assert before.status == "in_force" and before.amended_by == []
    after = _status(store, "eo/13581", "2020-01-01")
    assert after.status == "in_force"  # an amendment does not revoke
    (amendment,) = after.amended_by
    assert amendment["id"] == iri("eo/13863") and amendment["section"] == "1"
    assert amendment["amended_section"] == "3(e)" and "hereby amended" in amendment["quote"]
